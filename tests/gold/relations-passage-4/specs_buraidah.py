# Two fires in Buraidah, al-Qassim: a sponge and curtain-fabric workshop in al-Shiqqa (21 Jul 2015) and a carton factory in the industrial city (24 Jul 2015).
PAIRS = [
    (5388, "0", 4777, "0-1", "supports", "buraidah-shiqqa",
     "a fire in a curtain and sofa-fabric workshop in al-Shiqqa, north Buraidah, no one hurt"),
    (1296, "0", 5388, "1", "supports", "buraidah-shiqqa",
     "civil defence teams from the region fight the fire of the 2000 m2 workshop in al-Shiqqa"),
    (5388, "2", 4777, "0-1", "unrelated", "buraidah-shiqqa",
     "about 7 hours to put it out vs the fire and no injuries"),
    (5595, "1", 5388, "0", "unrelated", "buraidah-carton",
     "Friday's carton-factory fire in the industrial city vs the al-Shiqqa workshop fire (another fire)"),
    (5595, "3", 1296, "0", "unrelated", "buraidah-carton",
     "the carton fire spread to a neighbouring factory vs the al-Shiqqa fire"),
    (4777, "0", 1296, "0", "supports", "buraidah-shiqqa",
     "civil defence fights a fire in a sponge and curtain warehouse in al-Shiqqa"),
]
