# Rollovers near Arar: two young men killed on the al-Jadida road (21 July 2015); a workers' car east of Arar near Hijrat Zahwa (August).
PAIRS = [
    (1181, "0", 1275, "0", "supports", "rollover-jadida",
     "two young men killed and a third badly hurt when their car overturned on the al-Jadida - Arar road"),
    (1275, "2", 1181, "0-1", "supports", "rollover-jadida",
     "a car with three young men overturned: two dead, the third seriously injured"),
    (14097, "تبين أنّه حادث انقلاب سيارة تقل أربعة عمال<<>>لإصابات متوسطة", 16686, "0", "supports", "rollover-zahwa",
     "a car carrying four workers overturned: one dead, three injured"),
    (14097, "أن غرفة عمليات الهلال الأحمر بالمنطقة تلقت صباح اليوم بلاغًا<<>>بالقرب من هجرة زهوة", 16686, "1", "contradicts", "rollover-zahwa",
     "the Red Crescent got the report this morning (6 August report) vs the day before yesterday (7 August report) (doubt: print days)"),
    (1275, "0", 14097, "1", "unrelated", "rollover-zahwa",
     "the July rollover of three young men vs the August rollover of four workers (another accident)"),
    (14097, "1", 16686, "2", "unrelated", "rollover-zahwa",
     "one injured taken by passers-by as ambulances were far vs the Red Crescent's advice to drivers"),
]
