# Greece, 20-21 July 2015: the banks reopen, withdrawal limits, the IMF arrears paid, the VAT rise.
PAIRS = [
    (27, "الحد الاقصى لعمليات السحب حدد بـ300 يورو اي 60 يورو يوميا لخمسة ايام حتى الجمعة المقبل", 613, "1-3", "contradicts", "greece-banks",
     "300 euros, 60 a day for five days vs 420 euros a week instead of 60 a day"),
    (27, "الحد الاقصى لعمليات السحب حدد بـ300 يورو اي 60 يورو يوميا لخمسة ايام حتى الجمعة المقبل", 3805, "5-7", "contradicts", "greece-banks",
     "300 euros until Friday vs no more than 420 euros a week"),
    (122, "تم تحديد حد السحب الأسبوعي بقيمة 420 يورو، بدلا من الحد الأقصى اليومي السابق", 613, "2-4", "supports", "greece-banks",
     "a weekly cap of 420 euros replaces the daily one"),
    (613, "ورفعت كل فروع المصارف اليونانية في البلاد ستائرها الحديدية التي بقيت مسدلة في معظمها منذ 29 يونيو", 27, "1-2", "supports", "greece-banks",
     "branches reopened after being shut since 29 June (reprint)"),
    (585, "اليونان لم تعد في حالة تخلف عن السداد حيال الصندوق بعدما دفعت متأخرات مستحقاتها والبالغة حوالى ملياري يورو", 1379, "3-5", "supports", "greece-banks",
     "no longer in arrears to the IMF (the two billion not in b) (doubt)"),
    (3805, "وتطبق زيادة الضرائب من 13% إلى 23% على منتجات وخدمات مثل الأطعمة المجهزة والمشروبات والأطباق", 613, "5", "supports", "greece-banks",
     "VAT from 13 % to 23 %"),
    (3805, "ارتفاع الضرائب يتوقع أن يجمع 800 مليون يورو (867 مليون دولار) بحلول نهاية هذا العام", 613, "3-5", "unrelated", "greece-banks",
     "the expected VAT yield vs the rates and the withdrawal cap"),
    (3805, "وافق البرلمان على رفع الضرائب يوم الخميس الماضي ضمن تدابير تقشفية وإصلاحية اشترطها مقرضو اليونان", 27, "0-2", "unrelated", "greece-banks",
     "parliament's vote on Thursday vs the reopening under a decree (doubt)"),
]
