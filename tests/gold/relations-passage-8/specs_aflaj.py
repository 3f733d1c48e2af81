# A family's crash south of al-Aflaj, on the al-Aflaj - al-Sulayyil road (Thursday 6 August 2015).
PAIRS = [
    (11989, "1", 13068, "0", "contradicts", "aflaj-toll",
     "toll: three dead and three injured in a collision vs three dead and seven injured when their Land Cruiser "
     "overturned (doubt: the same family's crash)"),
    (13068, "وذكر أن عدد المتوفين ثلاثة أشخاص وعدد المصابين سبعة بينهم حالة حرجة", 11989, "1-2", "contradicts",
     "aflaj-toll", "toll: three dead, seven injured, one critical vs three dead, three injured (the same Red Crescent "
     "spokesman; doubt)"),
    (11989, "2", 13068, "0", "contradicts", "aflaj-toll",
     "toll: four teams, three dead, one critical and two moderate vs five teams, three dead and seven injured (doubt)"),
]
