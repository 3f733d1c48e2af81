# A kitchen fire on the fourth floor of an 11-storey hotel in west Jeddah (26 July 2015).
PAIRS = [
    (9587, "0", 9063, "2", "supports", "jeddahhotel-fire",
     "two floors of an 11-storey hotel in west Jeddah evacuated after a fire"),
    (9063, "0", 9191, "0-1", "supports", "jeddahhotel-fire",
     "a hotel fire in west Jeddah, evacuated with no one hurt"),
    (9063, "ولم ينتج عن الحادث إصابات أو وفيات ولله الحمد، وباشر الحادث مدير الإدارة العامة للدفاع المدني بمحافظة جدة العقيد غازي بن غرم الله الغامدي",
     9587, "4-5", "supports", "jeddahhotel-fire",
     "no injuries or deaths; Colonel Ghazi al-Ghamdi followed the operation"),
    (9191, "مشيراً إلى أن الحادث حريق في فندق يتكون من 11 دورا ويحتوي على 80 شقة فندقية منها عدد 52 شقة مشغولة، مشيراً إلى أن النيران اشتعلت في مطبخ في شقة في الدور الرابع", 9587, "3-4", "supports", "jeddahhotel-fire",
     "11 floors, 80 flats of which 52 occupied, the fire in a fourth-floor kitchen"),
    (9191, "0", 8553, "0", "unrelated", "jeddahhotel-fire",
     "the Jeddah hotel fire vs a warehouse fire in Sabya (another fire)"),
]
