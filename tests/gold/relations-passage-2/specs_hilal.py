# The reported Qatar Gas sponsorship of Al-Hilal (20-24 July 2015) and the denials.
PAIRS = [
    (4579, "شركة غاز قطر قدمت عرضا لإدارة نادي الهلال لرعاية النادي لثماني سنوات بعقد يصل إلى أكثر من ٦٠٠ مليون ريال سعودي", 5734, "0-2", "contradicts", "hilal-qatargas",
     "an eight-year offer worth 600+ million vs Qatar Gas: the sponsorship report is untrue"),
    (4326, "العرض القطري يشترط ظهور إعلان رئيسي في مكان بارز على قمصان لاعبي الفريق", 7697, "0-1", "contradicts", "hilal-qatargas",
     "the Qatari offer's conditions vs Qatar Gas denies any partnership with Gulf clubs (doubt: an offer is not a partnership)"),
    (3510, "وفداً استثمارياً من نادي الهلال قرر التوجه إلى الدوحة في الأيام القليلة المقبلة لفتح مفاوضات مع مسؤولي شركة غاز قطر", 4326, "0-2", "supports", "hilal-qatargas",
     "a Hilal delegation to Doha to negotiate with Qatar Gas"),
    (4326, "تقدم الشركة القطرية بعرض لرعاية الهلال لمدة ثمانية أعوام مقابل بقيمة تزيد على 600 مليون ريال سعودي", 4579, "0-1", "supports", "hilal-qatargas",
     "eight years, over 600 million riyals"),
    (5734, "عدم صحة ما تردد حول رعايتها لنادي الهلال السعودي لمدة ثمانية أعوام بقيمة تزيد على 600 مليون ريال سعودي", 7697, "0-1", "supports", "hilal-qatargas",
     "Qatar Gas denies the sponsorship"),
    (735, "نفى لـ \"الاقتصادية\" مصدر مسؤول في نادي الهلال، أن يكون هناك توقيع أي عقود استثمارية في الفترة الحالية", 7697, "0-1", "supports", "hilal-qatargas",
     "a club source: no investment contract signed now; b: no partnership, the club denied an agreement"),
    (4579, "رفعت مجموعة قنوات BeIN Sport من قيمة عقد إطلاق قناة الهلال إلى 200 مليون ريال لثماني سنوات قابلة للتجديد", 5734, "0-2", "unrelated", "hilal-qatargas",
     "the beIN channel deal vs Qatar Gas's denial"),
    (3510, "أعلن نادي بيليديا أخيسار سبورت التركي تنسيقه المبدئي مع الهلال لمواجهته ودياً في ال 30 من شهر يوليو الجاري", 7697, "2-5", "unrelated", "hilal-qatargas",
     "a friendly in Austria vs the coach's camp work"),
]
