# A fire and an explosion in a former bunker in Hamburg (morning of Tuesday 4 August 2015).
PAIRS = [
    (11102, "1", 11363, "0", "unrelated", "hamburg-fire",
     "27 injured vs the count risen to 38 (a later count)"),
    (11363, "4", 11102, "2", "supports", "hamburg-fire",
     "the fire broke out early in the morning in a carpentry workshop in the building"),
    (11102, "انفجارًا وقع خلال أعمال الإطفاء<<>>باختناقات بسيطة", 11363, "1-3", "contradicts", "hamburg-fire",
     "11 partly seriously injured, eight of them firemen vs all injuries light or moderate, 11 firemen among them "
     "(doubt: counts of other hours)"),
    (11363, "وأجلت قوات الإطفاء السكان من المنازل المجاورة، ونقلت أكثر من 60 شخصا إلى مكان آمن", 11102, "3", "supports",
     "hamburg-fire", "the neighbouring houses evacuated, more than 60 people moved to safety"),
    (11363, "7", 11102, "1-4", "unrelated", "hamburg-fire",
     "about 100 tonnes of aromatic oils stored in the war-time building vs the fire and the injured (another detail)"),
    (11102, "4", 11363, "8-9", "supports", "hamburg-fire",
     "the cause of the fire and the extent of the damage not yet known"),
    (11363, "2-3", 11102, "3", "unrelated", "hamburg-fire",
     "11 firemen among the injured, 19 in hospital vs the neighbours evacuated (another detail)"),
]
