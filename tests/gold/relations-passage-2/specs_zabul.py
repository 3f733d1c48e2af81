# The Afghan Mi-17 crash in Zabul (6 August 2015): technical fault or shot down.
PAIRS = [
    (22984, "حركة طالبان تبنت العملية قائلة إنها اسقطت المروحية بصاروخ", 23473, "0-2", "contradicts", "zabul-cause",
     "the Taliban: shot down by a missile vs a technical fault in an area free of insurgents"),
    (23688, "المروحية سقطت بسبب عطل تقني في مقاطعة شينكاي، وهي منطقة خالية نسبيا من المتمردين في ولاية زابل", 23473, "0-2", "supports", "zabul-cause",
     "crashed from a technical fault in Shinkai"),
    (22984, "ان17شخصا قتلوا12جندياً وأفراد الطاقم الخمسة في مقاطعة شينكاي في ولاية زابل الجنوبية", 23688, "0-3", "supports", "zabul-cause",
     "17 dead: 12 soldiers and 5 crew"),
    (23473, "القوات الأفغانية تمتلك 83 مروحية ام آي 17 للنقل الجوي", 22984, "5-7", "supports", "zabul-cause",
     "83 Mi-17 helicopters, many under maintenance"),
    (23473, "واسقط المتمردون في مناسبات عدة مروحيات لحلف شمال الأطلسي، منها طائرة شينوك الأميركية العام 2011 والتي قتل فيها 30 أميركيا", 23688, "5-8", "unrelated", "zabul-cause",
     "earlier NATO losses vs the claim of this crash and the fleet"),
]
