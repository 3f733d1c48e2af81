# The death of the broadcaster Saud al-Dosari in Paris (dawn of Saturday 8 August 2015) and his burial in Riyadh.
PAIRS = [
    (16646, "ووري جثمان المذيع الراحل سعود الدوسري<<>>بحضور جمع من المسؤولين", 16961, "0-1", "supports", "dosari-burial",
     "buried on Sunday afternoon in Umm al-Hamam cemetery after the prayer at King Khalid mosque"),
    (15453, "1", 16961, "0", "supports", "dosari-burial",
     "the funeral prayer after the afternoon prayer on Sunday at King Khalid mosque (doubt: b has no arrival at dawn)"),
    (16646, "يذكر أن سعود الدوسري توفي بسكتة قلبية مفاجئة<<>>في العاصمة الفرنسية باريس", 15446, "1", "supports",
     "dosari-death", "a sudden heart attack at his home in Paris"),
    (15453, "2", 15539, "0-1", "contradicts", "dosari-mother",
     "in France last Thursday to visit his mother in intensive care vs his mother in the Security Forces hospital in "
     "Riyadh, where he flew to see her"),
    (15539, "يصف لـ\"الاقتصادية\" عبد الرحمن الحقباني<<>>من الشخصيات الهادئة", 16646, "0-2", "contradicts", "dosari-family",
     "Abdulrahman al-Haqbani his sister's son vs one of his two brothers"),
    (14976, "0", 16961, "0-3", "unrelated", "dosari-death",
     "died aged 47 vs the burial and his career (b gives no age)"),
    (14976, "6", 16961, "5-7", "unrelated", "dosari-career",
     "his programmes and the best Arab presenter award of 1995 vs his career on MBC and Orbit (doubt: b names Hanin "
     "only, no award)"),
    (15453, "5", 16646, "4", "supports", "dosari-burial",
     "condolences at the family's hall at the junction of Imam Abdullah bin Saud road and Sheikh Jaber road"),
    (15446, "3", 15539, "5-6", "unrelated", "dosari-death",
     "his last tweet of 12 July vs the mourning on Twitter (another detail)"),
    (15453, "3", 15539, "5-7", "supports", "dosari-family",
     "his brother: he began life as a student of Quran memorisation"),
    (16961, "وقد بدأ حياته الإعلامية في إذاعة القرآن الكريم<<>>في نهاية الثمانينات ميلادية", 14976, "6-7", "unrelated",
     "dosari-career", "he began reading news on the Quran radio at the end of the 1980s vs his programmes and channels"),
    (15446, "2", 16646, "4", "unrelated", "dosari-death",
     "artists and his audience mourned him vs the condolences' place (another detail)"),
]
