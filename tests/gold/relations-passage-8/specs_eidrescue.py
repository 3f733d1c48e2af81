# Eastern Province border guards' sea rescues during the Eid al-Fitr holiday (reported 21-23 July 2015).
PAIRS = [
    (3754, "0", 1872, "0", "contradicts", "eidrescue-count",
     "amount: 13 drowning cases in the region's sectors vs 16 people saved (doubt: a may count al-Khobar only)"),
    (1872, "0", 3754, "0-1", "contradicts", "eidrescue-count",
     "amount: 16 people saved vs 13 drowning cases (b's own body gives 13 plus a child) (doubt)"),
    (1872, "2", 3754, "1", "supports", "eidrescue-child",
     "a one-year-old saved at al-Uqair beach and taken to the eye hospital"),
    (563, "0", 1872, "0-3", "supports", "eidrescue-count",
     "the border guards' teams carried out several rescues on the beaches during Eid"),
    (1872, "4", 563, "1-2", "unrelated", "eidrescue-advice",
     "the spokesman's call to swim only where safe vs the rescues (another detail)"),
]
