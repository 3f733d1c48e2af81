# Ferguson, Missouri, on the first anniversary of Michael Brown's death (Sunday 9 August 2015): the marches, the night's
# shooting, the state of emergency (10 August).
PAIRS = [
    (16230, "0", 16108, "0-4", "contradicts", "ferguson-wounded",
     "who: at least one protester wounded by gunfire vs the man who opened fire on the police, badly hurt in the "
     "exchange (doubt: b is the next day's police account)"),
    (16108, "0", 16230, "0-1", "contradicts", "ferguson-wounded",
     "who: the wounded man had fired on the police vs a protester wounded by gunfire during the clashes (doubt)"),
    (16159, "18", 16610, "2", "contradicts", "ferguson-march",
     "amount: four and a half minutes of silence vs a minute of silence at the march (doubt: several gatherings)"),
    (16930, "0", 16230, "0-1", "supports", "ferguson-shooting",
     "people wounded by gunfire during the anniversary protest (doubt: two vs at least one)"),
    (16930, "3", 16108, "4", "supports", "ferguson-wounded",
     "one of the wounded, a young black man, badly hurt (b: critical and unstable, in surgery)"),
    (16930, "2", 16108, "0", "unrelated", "ferguson-wounded",
     "the source of the fire not yet known vs the police chief's next-day account (another stage; doubt)"),
    (16930, "6", 17384, "3", "unrelated", "ferguson-arrests",
     "no protester arrested that night vs about 50 arrested at the courthouse the next day (another day)"),
    (17384, "0", 16610, "0-4", "unrelated", "ferguson-emergency",
     "St. Louis County's state of emergency vs the night's shooting and clashes (another detail)"),
    (16610, "0", 16159, "0-3", "supports", "ferguson-march",
     "a march in Ferguson on the first anniversary of Brown's death turned to clashes with the police (doubt: b has "
     "no shooting)"),
    (16159, "22", 16610, "0-4", "unrelated", "ferguson-other",
     "a police officer killed Christian Taylor in Texas on Friday vs the Ferguson shooting (another event)"),
]
