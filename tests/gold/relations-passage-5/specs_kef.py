# Tunisia: a cell of six arrested in Dahmani, al-Kef, said to plan attacks on security sites (4-5 Aug 2015), and another in Ben Arous.
PAIRS = [
    (16477, "0", 15669, "0-2", "supports", "kef-cell",
     "a terrorist cell that planned attacks on sensitive security sites dismantled"),
    (15669, "1", 16270, "0-6", "supports", "kef-cell",
     "six members linked to the groups in the mountains arrested in Dahmani, al-Kef"),
    (15071, "0", 16270, "0-6", "unrelated", "kef-cell",
     "a seven-member cell caught in Ben Arous south of Tunis vs six arrested in Dahmani, al-Kef (another cell)"),
    (14771, "6", 16477, "0", "supports", "kef-cell",
     "the group planned to target sensitive security sites in al-Kef and Tunis"),
    (16270, "6", 15071, "0-2", "unrelated", "kef-cell",
     "dozens of militants arrested since the Sousse attack vs a seven-member cell caught last night"),
    (14771, "5", 15669, "1", "unrelated", "kef-cell",
     "forces pursue Okba Ibn Nafaa in the al-Kef and Kasserine mountains vs six arrested in Dahmani"),
]
