# The Tayma elephant: parts of a fossil elephant found south of Tayma shown at the Yanbu summer festival (August 2015).
PAIRS = [
    (13013, "اكتشاف تاريخي لهيئة المساحة الجيولوجية لأجزاء فيل<<>>جنوب تيماء", 18641, "0", "supports", "tayma-elephant",
     "elephant parts 800 thousand to a million years old shown by the Geological Survey (doubt: a drops 'thousand')"),
    (13013, "أن هذا الاكتشاف عثر عليه في شهر اكتوبر الماضي<<>>السعوديين بوحدة الأحافير", 18641, "4", "supports", "tayma-elephant",
     "found last October by a team of Saudi geologists of the fossil unit"),
    (18641, "أنه تم استخراج فك الفيل كأول الأجزاء<<>>الفخذ المعروض فى الجناح", 13013, "3", "supports", "tayma-elephant",
     "over 70 % of the elephant recovered (doubt: b does not say the jaw came first)"),
    (18641, "ودفعت أجزاء الفيل المعروضة الفضوليين<<>>الذي ورد ذكره بالقرآن الكريم", 13013, "4", "unrelated", "tayma-elephant",
     "visitors' tales linking it to Abraha's elephant vs thousands visiting the stand"),
]
