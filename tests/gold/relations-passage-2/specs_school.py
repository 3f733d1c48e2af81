# The rumoured postponement of the 2015/16 school start (21-23 July 2015) and the education minister's denial.
PAIRS = [
    (4549, "توقعت مصادر «عكاظ» تأجيل بداية العام الدراسي الجديد إلى 16 ذي الحجة بدلا مما كان مقررا سابقا 8 ذي القعدة", 3151, "0-1", "contradicts", "school-postpone",
     "sources expect postponement to 16 Dhu al-Hijja vs the minister: no postponement, school starts 8 Dhu al-Qa'da"),
    (4549, "توقعت مصادر «عكاظ» تأجيل بداية العام الدراسي الجديد إلى 16 ذي الحجة بدلا مما كان مقررا سابقا 8 ذي القعدة", 3495, "0-2", "contradicts", "school-postpone",
     "expected postponement vs the minister's denial"),
    (1239, "ما يتم تداوله عن #تأجيل_الدراسة_إلى_بعد_الحج غير صحيح", 3151, "0-1", "supports", "school-postpone",
     "the minister's denial of postponement"),
    (871, "نفى الدكتور عزام الدخيل وزير التعليم اليوم على حسابة في موقع \"تويتر\" ما تم تداولة مؤخرا عبر مواقع التواصل الاجتماعي عن تأجيل الدراسة إلى ما بعد موسم الحج", 5655, "0-2", "supports", "school-postpone",
     "the minister denied the rumour and kept the start date"),
    (3495, "أصدر وزير التعليم مؤخرا قرارا بتشكيل لجنة مهمتها بحث كامل أوجه الاستعداد لبدء العام الدراسي الجديد في مناطق ومحافظات الحد الجنوبي", 4549, "0-3", "unrelated", "school-postpone",
     "the southern-border committee vs the meeting with education directors (doubt: b mentions Najran schools only as a reason)"),
    (4549, "تبدأ إدارات التعليم اعتبارا من الأحد المقبل في إجراء المقابلات الشخصية للمعلمين المعينين حديثا", 3495, "5", "supports", "school-postpone",
     "interviews for newly appointed teachers announced"),
    (5655, "اعتماد وتعديل الجدول الدراسي هو من صلاحيات مجلس الوزراء", 3495, "0-2", "unrelated", "school-postpone",
     "who sets the calendar vs the minister's meeting and denial"),
]
