# Road accidents around al-Taif: the Sufaiha pass crash (18-19 Jul 2015) and the accidents of the evening of 24 Jul 2015.
PAIRS = [
    (7881, "0", 8394, "0-2", "contradicts", "taif-friday",
     "3 dead and 15 injured in three accidents vs 3 dead and 12 injured in two accidents (the same Red Crescent account)"),
    (7881, "3", 8394, "2", "supports", "taif-friday",
     "road security reported an accident between Radwan and al-Atif at 10:21 pm"),
    (7195, "1", 7881, "1-2", "unrelated", "taif-friday",
     "two dead and five injured of one family near the Ushaira bridge vs one dead and seven injured at al-Birk on the Mahani road (doubt: perhaps the same accident)"),
    (2318, "0", 2453, "0-2", "supports", "taif-sufaiha",
     "five dead and five injured in the crash at the Sufaiha pass"),
    (2453, "أعلنت جمعية البر الخيرية<<>>تضامناً مع أسر ضحايا حادث عقبة الصفيحة", 2318, "0-1", "unrelated", "taif-sufaiha",
     "the mass wedding postponed in solidarity vs the crash and the injured taken to hospital"),
]
