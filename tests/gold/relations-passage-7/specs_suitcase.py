# A young Moroccan suffocates in a suitcase in his brother's car boot on the Melilla-Almeria ferry (reported Monday
# 3 August 2015).
PAIRS = [
    (10355, "1", 11488, "0-5", "supports", "suitcase-death",
     "the 27-year-old found dead on the ferry from Melilla to the port of Almeria"),
    (11836, "0", 10219, "1-2", "contradicts", "suitcase-death",
     "found dead when the car reached the Spanish port of Melilla vs a ferry from Melilla to Almeria"),
    (10355, "2", 11488, "3-4", "contradicts", "suitcase-brother",
     "the brother arrested for murder vs for suspected involuntary manslaughter (doubt: one charge, two renderings)"),
    (10219, "4", 10355, "3", "contradicts", "suitcase-death",
     "the brother found him not breathing during the crossing vs called for help when the ferry docked (doubt)"),
    (11888, "1", 10219, "5-6", "supports", "suitcase-brother",
     "the brother charged with involuntary manslaughter (doubt: b does not give his French nationality)"),
    (11888, "2", 10219, "7-9", "supports", "suitcase-earlier",
     "an Ivorian boy was found hidden in a suitcase earlier"),
    (10355, "4", 11888, "0-3", "unrelated", "suitcase-migrants",
     "3,500 migrants dead in the Mediterranean last year vs the Moroccan's death (another topic)"),
    (11488, "5", 11836, "0-3", "unrelated", "suitcase-migrants",
     "Moroccan police stopped over 400 migrants near Melilla last week vs the suitcase death (another event)"),
    (11488, "2", 10219, "1-6", "supports", "suitcase-death",
     "the brother found him no longer breathing and alerted the ferry's crew (doubt: b has no five hours in the sun)"),
]
