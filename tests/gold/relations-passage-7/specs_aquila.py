# Facebook's solar drone Aquila for internet access (announced Thursday 30 July 2015).
PAIRS = [
    (8064, "1", 16886, "0", "supports", "aquila-drone",
     "a solar drone that stays aloft for months (doubt: three months vs 'several months')"),
    (16886, "8", 8064, "5-6", "supports", "aquila-drone",
     "at 90,000 feet by day, down to 60,000 at night to save its power"),
    (8064, "4", 16886, "6", "unrelated", "aquila-test",
     "a test in the US later this year vs the first full-size drone finished and the laser research (another detail)"),
    (16886, "1", 8064, "0-3", "supports", "aquila-drone",
     "Facebook's drone is called Aquila (doubt: b does not name the connectivity lab)"),
    (16886, "7", 8064, "1", "unrelated", "aquila-drone",
     "a V-shaped 140-foot craft of about 880 tonnes vs three months aloft on solar power (another detail)"),
]
