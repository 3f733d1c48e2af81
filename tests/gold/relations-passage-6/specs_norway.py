# A prisoner escapes from Norway's Bastoy island prison, probably on a surfboard (5 August 2015).
PAIRS = [
    (15153, "0", 16347, "0-1", "supports", "norway-escape",
     "a prisoner fled Bastoy island prison, probably on a surfboard"),
    (16831, "0", 15153, "0", "contradicts", "norway-escape",
     "he fled in the night of Tuesday to Wednesday vs on Wednesday evening (doubt: times in next-day reports)"),
    (15153, "1", 16831, "0-1", "supports", "norway-escape",
     "the 23-year-old, convicted of rape and drugs, missing from his cell in the morning"),
    (15526, "2", 16831, "1-2", "supports", "norway-escape",
     "a surfboard and a shovel from Bastoy found on the shore at Horten"),
    (16347, "4", 15153, "0-2", "unrelated", "norway-escape",
     "Bastoy's open community between Horten and Moss vs the escape"),
]
