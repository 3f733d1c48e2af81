# Howard Webb's post in the Saudi football federation (27 Jul - 4 Aug 2015).
PAIRS = [
    (13788, "0", 13172, "7", "contradicts", "referees-webb",
     "Webb named head of the referees committee, succeeding al-Rubaish vs Webb heads a refereeing department under the referees committee"),
    (13788, "1", 13172, "2", "contradicts", "referees-webb",
     "al-Rubaish resigned as head of the referees committee vs he resigned as head of the disciplinary committee"),
    (9005, "وعن الحكم الإنجليزي هاورد ويب الذي تم التعاقد معه<<>>لإدارة المباريات في المنافسات", 13995, "4-5", "supports", "referees-webb",
     "Webb hired to run the refereeing department and assign the referees"),
    (13995, "6", 9005, "1-2", "unrelated", "referees-webb",
     "Webb's salary over 25,000 dollars a month vs al-Muhanna: he is an expert"),
    (13788, "4", 9005, "2", "unrelated", "referees-webb",
     "Webb refereed the 2010 Champions League and World Cup finals vs his post in England after retiring"),
    (13995, "رفض المهنا إثبات أو نفي صحة ما تم تداوله<<>>الخاصة بالحكام السعوديين", 13172, "7", "unrelated", "referees-webb",
     "al-Muhanna will neither confirm nor deny he lost the assignments vs Webb's department under his committee"),
]
