# The Egyptian actress Mirna al-Mohandes dies at Cairo's International Medical Center (5-6 August 2015).
PAIRS = [
    (13200, "0", 14783, "0", "contradicts", "mirna-age",
     "other: she died aged 36 vs the actress (37) buried (doubt: years counted differently)"),
    (14783, "شيع نجوم الفن الفنانة المصرية ميرنا المهندس (37 عاما)، أمس من مسجد الشربتلي بالقاهرة الجديدة", 13200, "0-2",
     "contradicts", "mirna-age", "other: aged 37 vs aged 36 (doubt)"),
    (13200, "1", 14783, "0", "contradicts", "mirna-date",
     "date: she died moments ago (6 August) vs died the day before yesterday (5 August, in a paper of the 7th) (doubt: "
     "the crawl time of a)"),
    (13200, "2", 14783, "0", "supports", "mirna-illness",
     "she lay in a critical state at the International Medical Center with a platelet deficiency"),
    (14783, "1", 13200, "0", "unrelated", "mirna-union",
     "the actors' union head's words of mourning vs a board member confirms the death (another speaker)"),
    (14783, "1", 13200, "1", "unrelated", "mirna-illness",
     "the actors' union head mourns her vs her spinal problems and lung bleeding (another detail)"),
]
