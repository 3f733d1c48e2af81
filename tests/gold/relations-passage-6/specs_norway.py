# A prisoner escapes from Norway's Bastoy island prison, probably on a surfboard (5 August 2015).
PAIRS = [
    (15552, "0", 16746, "0-1", "supports", "norway-escape",
     "a prisoner fled Bastoy island prison, probably on a surfboard"),
    (17230, "0", 15552, "0", "contradicts", "norway-escape",
     "he fled in the night of Tuesday to Wednesday vs on Wednesday evening (doubt: times in next-day reports)"),
    (15552, "1", 17230, "0-1", "supports", "norway-escape",
     "the 23-year-old, convicted of rape and drugs, missing from his cell in the morning"),
    (15925, "2", 17230, "1-2", "supports", "norway-escape",
     "a surfboard and a shovel from Bastoy found on the shore at Horten"),
    (16746, "4", 15552, "0-2", "unrelated", "norway-escape",
     "Bastoy's open community between Horten and Moss vs the escape"),
]
