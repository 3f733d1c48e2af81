# Germany's statistics office: a record number of people of migrant origin in 2014 (3 Aug 2015); attacks on refugee shelters.
PAIRS = [
    (12824, "1", 12734, "0-9", "supports", "migrants-census",
     "10.9 million people of migrant origin last year, a million (10.6 %) more than in 2011 (long passage)"),
    (12734, "1", 14658, "6-7", "contradicts", "migrants-census",
     "a million (10.6 %) more than in 2011 vs 1.5 million or ten per cent more than in 2011"),
    (16120, "أعلن مكتب الإحصاء الاتحادي بألمانيا<<>>بواقع 11 مليونا", 12734, "1-2", "supports", "migrants-census",
     "a record 11 million, up 3.7 % last year vs 10.9 million, up 3.7 % on 2013 (doubt: rounded)"),
    (14658, "10", 16120, "0-8", "unrelated", "migrants-asylum",
     "arrivals expected to double to 450000 this year vs the office's figures for 2014"),
    (16120, "8", 10014, "0", "unrelated", "migrants-asylum",
     "150 arson or other attacks destroyed refugee shelters in the first half of 2015 vs 173 far-right attacks on asylum housing (doubt: counted differently)"),
    (14658, "5", 12824, "4", "unrelated", "migrants-census",
     "most migrants came from other EU states vs a marked rise of migrants from EU states (doubt)"),
    (12734, "8", 14658, "6-9", "supports", "migrants-census",
     "people of no foreign origin down 1.4 % (b: with the 1.5 m rise of those of migrant origin)"),
]
