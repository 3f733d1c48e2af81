# A dead girl's body left in a room of King Faisal hospital, Mecca; the health directorate dismisses four managers
# (statement of 24 July 2015).
PAIRS = [
    (5431, "0", 5749, "0-5", "supports", "kingfaisal-dismissal",
     "the hospital's director and the heads of medical services, support services and emergency dismissed"),
    (5548, "الطفلة المتوفاة كانت قد أحضرت<<>>قبل حضورها إلى المستشفى بنصف ساعة تقريبا", 5431, "0-3", "supports",
     "kingfaisal-girl", "brought to the emergency department at 7:39 pm already dead for about half an hour"),
    (5570, "4", 5425, "5-7", "supports", "kingfaisal-dismissal",
     "the committee's recommendation: the four managers dismissed"),
    (6083, "4", 5431, "2", "supports", "kingfaisal-girl",
     "all formalities over the body completed and the girl buried"),
    (5570, "2", 5749, "4", "supports", "kingfaisal-girl",
     "the duty manager noticed a smell from the room on Friday and the body was moved to al-Muaisim's mortuary"),
    (5570, "2", 5431, "0", "unrelated", "kingfaisal-girl",
     "the smell noticed on Friday vs the dismissals (another detail)"),
    (6083, "4", 5548, "5", "unrelated", "kingfaisal-girl",
     "the girl buried vs the four managers dismissed (another detail)"),
    (5431, "0", 5548, "3", "unrelated", "kingfaisal-dismissal",
     "the dismissals vs the family asked for the examination form and an ID (another detail)"),
]
