# Al-Ittihad of Jeddah signs the Romanian coach Laszlo Boloni during its camp in Italy (announced 21 July 2015).
PAIRS = [
    (2386, "0", 1669, "0-3", "supports", "ittihad-coach",
     "Ittihad signed the Romanian Boloni for next season, succeeding Victor Piturca"),
    (2386, "2", 2595, "1", "supports", "ittihad-coach",
     "the assistant Lazar already at the camp, the coach to arrive on Wednesday"),
    (1669, "2", 2595, "2", "supports", "ittihad-camp",
     "the team's supervisor Mansour al-Balawi to reach the camp in Italy in the coming days"),
    (1669, "فقد منحت إدارة النادي الصلاحيات<<>>والبولندي زوكالا", 2595, "2", "unrelated", "ittihad-players",
     "Boloni chose to keep San Martin and Zuchala vs al-Balawi to discuss the foreign players with him (another "
     "detail)"),
    (3997, "اتفقت إدارة نادي الاتحاد مع المدرب الروماني سولزو بولين 62 عام وذلك لقيادة الجهاز الفني للموسم المقبل", 2386,
     "0-1", "supports", "ittihad-coach", "Ittihad's 62-year-old Romanian coach for next season (doubt: the name garbled)"),
    (2304, "وسبق لبولوني تدريب منتخب روماني موسم ٢٠٠٠م، ودرب الجزيرة الاماراتي وحقق معه كأس الاندية الخليجية", 3997,
     "1", "unrelated", "ittihad-coach",
     "he coached Romania and won the Gulf club cup with al-Jazira vs his clubs al-Jazira, al-Wahda and al-Khor (doubt: "
     "b gives neither the national team nor the cup)"),
    (3997, "وتعتبر تجربته مع الاتحاد<<>>فور وصوله لإيطاليا", 1669, "0", "contradicts", "ittihad-coach",
     "he will sign his contract when he reaches Italy vs the contract signed at dawn the day before (doubt: a report "
     "of two days later)"),
    (2595, "3", 2386, "0-2", "unrelated", "ittihad-coach",
     "the good memories of the Romanian school (Iordanescu's Asian title) vs the signing (another detail)"),
    (1669, "6", 2304, "0-1", "unrelated", "ittihad-players",
     "Yahya Dagriri lent to Najran vs the squad at the camp in Italy (another detail)"),
]
