# Saudi travellers turned back at Kuwait's Nuwaiseeb crossing (23-25 July 2015) and Kuwait's denials.
PAIRS = [
    (8036, "اضطر عدد من المواطنين إلى العودة إلى منفذ جوازات الخفجي السعودي، بعد أن تم ردهم من منفذ النويصيب الكويتي", 9011, "0-1", "contradicts", "kuwaitborder-denial",
     "Saudis turned back at Nuwaiseeb vs Kuwait's interior ministry denies any ban; entry is normal"),
    (8036, "جميع المسافرين إلى الكويت الذين تم ردهم كانوا عزاباً بدون اصطحاب عوائل، حيث سمح للمسافرين العوائل بالدخول", 8605, "0-1", "contradicts", "kuwaitborder-denial",
     "only single men were turned back vs the ministry denies barring single Saudi men"),
    (8079, "سبب منع العزاب السعوديين لدولة الكويت يوم امس كان لأسباب أمنيه، حيث تم السماح لهم صباح اليوم من العبور عبر منفذ النويصيب من جهة الخفجي", 9903, "0", "contradicts", "kuwaitborder-denial",
     "a ban on single men for security reasons vs 'entry of GCC citizens is normal', denial of any ban"),
    (8036, "المنع يشمل منفذي السالمي والنويصيب الحدوديين مع المملكة", 7760, "0-2", "contradicts", "kuwaitborder-denial",
     "the ban covers both crossings vs a Kuwaiti source denies Saudis were turned back"),
    (9011, "نفت وزارة الداخلية الكويتية الأنباء المتداولة عن منع سعوديين من الدخول إلى أراضيها", 8605, "0-1", "supports", "kuwaitborder-denial",
     "the same denial"),
    (6747, "نفت مصادر كويتية مسؤولة ما تردد عن أن الكويت أعادت سعوديين من منفذي الخفجي والنويصييب ومنعهتم من دخول البلاد", 8079, "1-2", "contradicts", "kuwaitborder-denial",
     "denial of turning Saudis back vs Kuwait justified the ban on single men"),
    (7760, "الإجراءات التي تم اتخاذها تجاه بعض المسافرين كانت مجرد احترازات تتكرر من وقت لآخر وفق تقارير أمنية انتهت في حينها", 8079, "1-2", "supports", "kuwaitborder-denial",
     "measures for security reasons, since lifted (doubt)"),
    (9903, "وكانت صحيفة «سبق» الإكترونية السعودية قد نشرت خبراً بعنوان (منفذ النويصيب الحدودي يرد المسافرين من الخفجي دون إبداء أسباب)", 8036, "0-2", "supports", "kuwaitborder-denial",
     "Sabq did report travellers turned back without reasons"),
]
