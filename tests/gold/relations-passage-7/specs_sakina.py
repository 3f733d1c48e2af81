# The girl Sakina al-Muhanna of Qatif: her hand's amputation, the complaint against Qatif Central Hospital, her death
# (9 August 2015) and the Eastern Province health directorate's statement.
PAIRS = [
    (17008, "1-2", 7256, "0-1", "supports", "sakina-complaint",
     "the complaint investigated and referred to the Eastern Province's legal health board"),
    (17461, "4", 7256, "0", "supports", "sakina-complaint",
     "Sakina's case referred to the legal health board for a ruling"),
    (17008, "3", 7256, "2", "contradicts", "sakina-hand",
     "the failed attempts at the drip needle by the treating doctor vs by the nurse on the doctor's instructions "
     "(doubt)"),
    (17461, "وقوفًا على دواعي بتر أصابعها<<>>أدى إلى موت الأصابع واستئصالها", 17008, "3-5", "contradicts", "sakina-hand",
     "the directorate: she was prone to clotting, which blocked the artery vs a clot from the failed needle attempts "
     "(doubt: two accounts of the cause)"),
    (17008, "0", 17461, "4-6", "supports", "sakina-death",
     "Sakina died after her condition worsened in Qatif Central Hospital (doubt: b names 'the same hospital')"),
    (17461, "قبل ستة أيام من وفاتها<<>>والتهاب رئوي", 17008, "3", "unrelated",
     "sakina-death", "the last admission with pneumonia six days before her death vs the earlier visit for a lung "
     "inflammation that led to the clot (another admission; doubt)"),
    (7256, "ونقلت الطفلة في ذلك الحين للعلاج في المستشفى التخصصي بالعاصمة الرياض", 17008, "5", "unrelated",
     "sakina-hand", "treated at the specialist hospital in Riyadh vs taken to Cairo where part of the palm was "
     "amputated (doubt: both can be true)"),
    (17461, "أن حالة الطفلة سكينة -رحمها الله- معروفة بمرض التكيس الليفي الرئوي", 17008, "0-5", "unrelated", "sakina-death",
     "she had cystic fibrosis vs her story without it (another detail)"),
]
