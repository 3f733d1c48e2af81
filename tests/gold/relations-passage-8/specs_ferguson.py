# Ferguson, Missouri, on the first anniversary of Michael Brown's death (Sunday 9 August 2015): the marches, the night's
# shooting, the state of emergency (10 August).
PAIRS = [
    (16159, "18", 16610, "2", "contradicts", "ferguson-march",
     "amount: four and a half minutes of silence vs a minute of silence at the march (doubt: several gatherings)"),
    (16930, "0", 16230, "0-1", "supports", "ferguson-shooting",
     "people wounded by gunfire during the anniversary protest (doubt: two vs at least one)"),
    (16610, "0", 16159, "0-10", "unrelated", "ferguson-march",
     "two wounded by gunfire during a march vs the anniversary marches and the evening's clashes, no shooting (another "
     "detail)"),
    (16159, "22", 16610, "0-4", "unrelated", "ferguson-other",
     "a police officer killed Christian Taylor in Texas on Friday vs the Ferguson shooting (another event)"),
    (16610, "2", 16159, "18", "contradicts", "ferguson-march",
     "amount: a minute of silence vs four and a half minutes at the march (doubt: several gatherings)"),
    (16230, "0", 16930, "0-3", "supports", "ferguson-shooting",
     "people wounded by gunfire during the anniversary protest (doubt: at least one vs two)"),
    (16930, "5", 16159, "10", "unrelated", "ferguson-march",
     "after dark protesters blocked traffic and smashed windows vs some jumped a police barrier (another detail)"),
    (16610, "0", 16230, "0", "supports", "ferguson-shooting",
     "people wounded by gunfire during the anniversary protest in Ferguson (doubt: two vs at least one)"),
]
