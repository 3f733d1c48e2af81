# A flat fire in a residential building in al-Aziziya, Mecca (dawn of Thursday 6 August 2015).
PAIRS = [
    (13252, "0", 14078, "3", "contradicts", "aziziya-fire",
     "a building of three floors vs a flat on the second floor of a building of four floors"),
    (14042, "2", 13132, "0", "supports", "aziziya-fire",
     "the rescue units entered the building and evacuated about 35 residents"),
    (14078, "1", 13252, "0-2", "supports", "aziziya-fire",
     "civil defence rescued 35 people from a fire in a building in al-Aziziya on Thursday morning"),
    (14078, "2", 14042, "0-3", "unrelated", "aziziya-fire",
     "neighbours: a phone charger caused it vs the fire, the evacuation and an inquiry into the cause (another detail)"),
    (14042, "3", 14078, "4", "supports", "aziziya-fire",
     "some residents treated on the spot for panic"),
    (13132, "أخلت فرق الدفاع المدني بمكة المكرمة ٣٥ شخص بينهم نساء وأطفال إثر حريق عمارة سكنية بحي العزيزية", 14042,
     "2", "supports", "aziziya-fire", "about 35 people evacuated from the building"),
    (14078, "2", 13252, "2", "unrelated", "aziziya-fire",
     "a phone charger left plugged in vs the evacuation of 35 and panic cases (another detail)"),
]
