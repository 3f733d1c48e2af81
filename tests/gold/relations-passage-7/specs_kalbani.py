# A fire at Sheikh Adel al-Kalbani's house in Riyadh (night of Saturday 25 July 2015) and the Red Crescent's reply.
PAIRS = [
    (6279, "1", 6806, "0-1", "supports", "kalbani-fire",
     "civil defence put out a fire at Sheikh al-Kalbani's house in the night"),
    (6806, "1", 6279, "2", "supports", "kalbani-fire",
     "his tweet: nobody hurt, thanks to civil defence"),
    (6853, "0", 6279, "1-2", "supports", "kalbani-fire",
     "a fire at the house of the imam of al-Muhaisin mosque, Riyadh, last night"),
    (6806, "0", 6853, "3", "contradicts", "kalbani-fire",
     "no member of the family hurt vs the son's hand injured (doubt: both are al-Kalbani's own words, tweet and "
     "complaint)"),
    (6853, "وقال (الظاهر<<>>التوصيلات الكهربائية)", 6279, "1-2", "unrelated", "kalbani-fire",
     "the cause seemingly tangled wiring vs the fire put out, nobody hurt (another detail)"),
    (6853, "1-2", 6806, "1", "supports", "kalbani-fire",
     "his tweet: a fire broke out at home, nobody hurt, thanks to civil defence"),
    (6279, "2", 6853, "0-2", "supports", "kalbani-fire",
     "al-Kalbani on Twitter: nobody hurt, thanks to civil defence"),
]
