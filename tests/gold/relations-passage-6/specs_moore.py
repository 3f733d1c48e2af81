# A young man drowned in the pool of Demi Moore's Beverly Hills house during a party in her absence (18-19 July 2015).
PAIRS = [
    (464, "1", 1896, "1", "contradicts", "moore-drowning",
     "the body found on Saturday evening vs found on Sunday morning, 19 July (the coroner via the LA Times)"),
    (464, "0", 4070, "0-3", "supports", "moore-drowning",
     "a 21-year-old found dead in the pool of Demi Moore's Los Angeles house"),
    (3932, "4-5", 1896, "2-3", "supports", "moore-statement",
     "Moore: totally shocked, she was abroad with her daughters for a birthday"),
    (464, "2", 4070, "5-6", "supports", "moore-drowning",
     "he probably could not swim (doubt: b from his family, no slip)"),
    (1896, "5", 3932, "6", "supports", "moore-drowning",
     "Moore was not at home (doubt: b says the party was held in her absence)"),
    (3932, "2-3", 4070, "4", "unrelated", "moore-drowning",
     "police ruled out foul play vs the coroner: he drowned, found on Sunday morning"),
    (3932, "1", 1896, "0-1", "supports", "moore-drowning",
     "the young man's body found in the pool (doubt: b gives no time)"),
]
