# Shells from Yemen on the al-Masyal border-guard post, Dhahran al-Janoub sector, Asir (Friday 31 July 2015).
PAIRS = [
    (9566, "1", 8175, "0-2", "supports", "masyal-toll",
     "three border guards killed (a corporal and two privates) and seven injured at al-Masyal"),
    (7768, "1", 8703, "1", "supports", "masyal-toll",
     "the three dead: Corporal Ahmad al-Mujayshi, Privates First Class Muhammad al-Amri and Hasan Bishiri"),
    (7768, "0", 9060, "0-1", "supports", "masyal-toll",
     "the interior ministry announced that three border guards were killed"),
    (7768, "0", 8175, "2", "unrelated", "masyal-tuwal",
     "the al-Masyal toll vs a Mujahideen patrol member killed in al-Tuwal, Jazan (another incident)"),
]
