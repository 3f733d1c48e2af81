# Al-Khurmah: a driver fleeing a highway-patrol stop dies of a warning shot (5 Aug 2015).
PAIRS = [
    (15411, "0", 15830, "0", "supports", "khurmah-shot",
     "a citizen died of a warning shot fired by highway patrolmen in al-Khurmah trying to stop him"),
    (15624, "0", 15830, "1-3", "supports", "khurmah-shot",
     "a man in his twenties died of a warning shot of the highway patrol (b: a driver in his twenties hit and died)"),
    (15624, "وجرى إسعافه ونقله إلى أقرب مركز صحي إلا أنه فارق الحياة قبل وصوله", 15830, "2", "contradicts", "khurmah-shot",
     "taken to the nearest health centre vs to the nearest hospital (doubt: a small difference)"),
    (15830, "3", 16635, "1", "supports", "khurmah-shot",
     "the body kept in the morgue and the case papers sent to the competent authority"),
    (15830, "1", 15411, "0-2", "supports", "khurmah-shot",
     "the patrol suspected a driver who fled when they tried to stop him, and fired warning shots"),
]
