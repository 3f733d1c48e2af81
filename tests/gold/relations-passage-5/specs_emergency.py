# Tunisia extends its state of emergency by two months from 3 August 2015 (announced 31 July 2015).
PAIRS = [
    (10146, "0", 10273, "0-1", "supports", "emergency-extend",
     "Tunisia extends the state of emergency over the whole country by two months"),
    (10844, "1", 12505, "1", "supports", "emergency-extend",
     "the president extended the emergency by two months from 3 August after consulting the premier and the speaker"),
    (10146, "2", 14771, "1", "contradicts", "emergency-sousse",
     "the Sousse attacker killed 39 tourists vs 38 tourists"),
    (12505, "2", 10146, "3", "unrelated", "emergency-extend",
     "not based on specific threats vs in anticipation of more attacks amid continuing threats (doubt: compatible)"),
    (10273, "0", 12505, "0", "supports", "emergency-extend",
     "the emergency declared on 4 July for thirty days extended by two months"),
    (12505, "4", 10146, "0-5", "unrelated", "emergency-extend",
     "the EU adopts 116.8 m euros of aid to Tunisia vs the emergency extended"),
]
