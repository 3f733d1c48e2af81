# Two house fires of 29-30 July 2015: two children dead in al-Jurf, Madinah; seven people suffocated in a flat in Badana, Arar.
PAIRS = [
    (9893, "1", 10848, "0-1", "supports", "madinah-jurf",
     "two children dead and a woman hurt in a fire in an old house in al-Jurf, Madinah"),
    (10848, "1", 11215, "3", "supports", "madinah-jurf",
     "two children dead, a woman hurt by the smoke, evacuated and treated on the spot"),
    (11215, "تبلغ عند تمام الساعة ٢٢:٢٤ من يوم أمس الخميس عن حادث مفاده وجود حريق بمنزل في حي الجرف",
     9893, "1", "supports", "madinah-jurf",
     "a house fire in al-Jurf reported on Thursday at 22:24 vs last night (doubt: b gives no hour)"),
    (9893, "3", 11104, "0", "unrelated", "madinah-jurf",
     "the woman evacuated from the smoke in Madinah vs seven suffocated in an Arar flat (another fire)"),
]
