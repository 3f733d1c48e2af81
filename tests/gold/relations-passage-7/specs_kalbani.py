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
    (6853, "3", 8582, "0-1", "contradicts", "kalbani-redcrescent",
     "the Red Crescent not up to its task vs its spokesman's denial and account of an 8-minute response"),
    (8582, "2", 6806, "0-1", "unrelated", "kalbani-redcrescent",
     "the Red Crescent asks papers to check their news vs the fire (another detail)"),
    (6853, "وقال (الظاهر<<>>التوصيلات الكهربائية)", 6279, "1-2", "unrelated", "kalbani-fire",
     "the cause seemingly tangled wiring vs the fire put out, nobody hurt (another detail)"),
    (6806, "0", 8582, "1", "contradicts", "kalbani-fire",
     "nobody in the family hurt vs a 36-year-old of the family short of breath and treated on the spot (doubt)"),
]
