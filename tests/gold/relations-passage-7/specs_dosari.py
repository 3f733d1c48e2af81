# The death of the broadcaster Saud al-Dosari in Paris (dawn of Saturday 8 August 2015) and his burial in Riyadh.
PAIRS = [
    (16646, "ووري جثمان المذيع الراحل سعود الدوسري<<>>بحضور جمع من المسؤولين", 16961, "0-4", "supports", "dosari-burial",
     "buried on Sunday afternoon in Umm al-Hamam cemetery after the prayer at King Khalid mosque"),
    (15539, "يصف لـ\"الاقتصادية\" عبد الرحمن الحقباني<<>>من الشخصيات الهادئة", 16646, "0-2", "contradicts", "dosari-family",
     "Abdulrahman al-Haqbani his sister's son vs one of his two brothers"),
    (14976, "0", 16961, "0-3", "unrelated", "dosari-death",
     "died aged 47 vs the burial and his career (b gives no age)"),
    (14976, "6", 16961, "5-7", "unrelated", "dosari-career",
     "his programmes and the best Arab presenter award of 1995 vs his career on MBC and Orbit (doubt: b names Hanin "
     "only, no award)"),
    (16961, "وقد بدأ حياته الإعلامية في إذاعة القرآن الكريم<<>>في نهاية الثمانينات ميلادية", 14976, "6-7", "unrelated",
     "dosari-career", "he began reading news on the Quran radio at the end of the 1980s vs his programmes and channels"),
    (16961, "0", 16646, "0-3", "supports", "dosari-burial",
     "the funeral after the afternoon prayer at King Khalid mosque; he had died at his home in Paris"),
    (15539, "وكان الراحل سعود الدوسري- رحمه الله، يعاني تضخما في القلب", 16646, "3", "unrelated", "dosari-death",
     "an enlarged heart vs a sudden cardiac arrest (doubt: compatible, another detail)"),
]
