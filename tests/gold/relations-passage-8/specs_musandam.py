# A Saudi girl, Zainab Labbad, hit in the head by a stray bullet at a hotel in Dibba, Musandam, Oman (Saturday 25 July
# 2015).
PAIRS = [
    (6556, "0", 7458, "0-1", "contradicts", "musandam-date",
     "date: hit today, Sunday vs on 25 July, a Saturday, in the hotel garden (doubt: a print report of the next day)"),
    (6556, "0", 7458, "4-5", "contradicts", "musandam-age",
     "other: a girl of four vs three and a half years old, according to the Omani police source (doubt)"),
    (7274, "وتبين من المعلومات الأولية للتحقيق أنه ناتج عن طلق ناري من خارج الفندق أثناء احتفال خاص", 7458, "4",
     "supports", "musandam-cause",
     "a shot from outside the hotel during a private celebration vs a stray bullet of a man firing at a wedding 2 km "
     "away"),
    (6556, "1", 7458, "5", "supports", "musandam-hospital",
     "she was taken to a hospital in the capital, Muscat (b: Dibba hospital, then al-Nahda in Muscat)"),
    (7458, "1", 6556, "0-1", "contradicts", "musandam-date",
     "date: hit on 25 July (a Saturday) vs today, Sunday (doubt: a print report)"),
    (7458, "5", 6556, "0-2", "contradicts", "musandam-age",
     "other: three and a half years old vs four (doubt)"),
    (7274, "1", 7458, "4-5", "supports", "musandam-shooting",
     "the girl was hit by mistake while playing in the hotel garden in Musandam"),
    (7274, "3", 6556, "2", "supports", "musandam-hospital",
     "the embassy followed the case and the girl's condition is stable"),
    (6556, "0", 7274, "0-2", "unrelated", "musandam-shooter",
     "an unknown shooter still sought vs the shooter held by the Omani authorities a day later (another stage; doubt)"),
]
