# The girl Sakina al-Muhanna of Qatif: her hand's amputation, the complaint against Qatif Central Hospital, her death
# (9 August 2015) and the Eastern Province health directorate's statement.
PAIRS = [
    (17008, "1-2", 7256, "0-1", "supports", "sakina-complaint",
     "the complaint investigated and referred to the Eastern Province's legal health board"),
    (17008, "3", 7256, "2", "contradicts", "sakina-hand",
     "the failed attempts at the drip needle by the treating doctor vs by the nurse on the doctor's instructions "
     "(doubt)"),
    (7256, "ونقلت الطفلة في ذلك الحين للعلاج في المستشفى التخصصي بالعاصمة الرياض", 17008, "5", "unrelated",
     "sakina-hand", "treated at the specialist hospital in Riyadh vs taken to Cairo where part of the palm was "
     "amputated (doubt: both can be true)"),
    (7256, "1", 17008, "1", "supports", "sakina-complaint",
     "the spokesman Asaad al-Saud: the inquiry began once the complaint came in"),
    (17008, "0", 7256, "0-2", "unrelated", "sakina-death",
     "Sakina died after her hand's amputation vs the complaint referred (b, of 27 July, is before her death)"),
]
