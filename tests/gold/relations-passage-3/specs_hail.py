# A father's complaint that his newborn was burnt at the Hail maternity hospital, and the health directorate's
# denial (5-6 Aug 2015).
PAIRS = [
    (16775, "4", 16132, "0", "contradicts", "hail-newborn",
     "third-degree burns from neglect vs the directorate: only friction dermatitis, the burns report is untrue"),
    (16775, "4", 14863, "1-2", "contradicts", "hail-newborn",
     "the father: his baby suffered serious burns vs the directorate denies any burns"),
    (14863, "1", 16775, "0-3", "supports", "hail-newborn",
     "the directorate denies the newborn was burnt (b: dermatitis, the committee, the father's complaint)"),
    (16132, "3", 16775, "2", "supports", "hail-newborn",
     "the father rejected the medical opinion, the complaint referred to the follow-up department"),
    (16775, "8", 16132, "2", "unrelated", "hail-newborn",
     "the human-rights commission forms a committee vs the directorate's committee and its finding"),
    (16775, "5", 14863, "1-2", "contradicts", "hail-newborn",
     "the father refuses to take the baby home before an inquiry into the burns on her back vs the denial of any burns (doubt: a reports his action)"),
]
