# The death of Bobbi Kristina Brown, Whitney Houston's daughter (Sunday 26 July 2015), and her burial in New Jersey.
PAIRS = [
    (6889, "0", 12895, "1", "supports", "bobbi-death",
     "Bobbi Kristina Brown died aged 22"),
    (12895, "0", 6889, "0-7", "unrelated", "bobbi-burial",
     "buried beside her mother vs her death (another stage)"),
    (6889, "وكان قد عثر على الشابة فاقدة للوعي<<>>في 31 يناير (كانون الثاني)", 12895, "3", "supports", "bobbi-death",
     "found unconscious in her bath at home in January (doubt: Atlanta vs Roswell, a suburb of it)"),
    (12895, "4", 6889, "6-7", "unrelated", "bobbi-burial",
     "a funeral for family and friends only vs the fans' messages on Twitter (another detail)"),
    (6889, "2", 12895, "1", "supports", "bobbi-death",
     "she died in Georgia (doubt: b does not name the Duluth care centre)"),
]
