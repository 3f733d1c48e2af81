# Eastern Ukraine: four soldiers killed in 24 hours before the Minsk talks (Monday 3 August 2015) and the Starohnativka
# attack (10 August).
PAIRS = [
    (11100, "0", 12763, "0-1", "supports", "ukraine-toll",
     "four Ukrainian soldiers killed and 15 wounded in 24 hours of fighting in the east"),
    (12763, "0", 11100, "0-4", "supports", "ukraine-toll",
     "four soldiers killed in 24 hours (doubt: b was written before the Minsk meeting a says failed)"),
    (11100, "4", 12763, "4-5", "unrelated", "ukraine-minsk",
     "the sides about to meet in Minsk vs the meeting held and failed (another stage)"),
    (11100, "5", 12763, "6", "unrelated", "ukraine-toll",
     "29 soldiers killed in July (Reuters' count) vs more than 6,800 dead in 15 months (another figure)"),
    (17018, "2", 12763, "2", "unrelated", "ukraine-shelling",
     "400 separatists attack Starohnativka (10 August) vs shelling of Stanytsia Luhanska (another event)"),
    (11100, "2", 12763, "1", "unrelated", "ukraine-shelling",
     "banned heavy weapons, west of Donetsk the tensest vs four soldiers lost, four districts shelled (another detail)"),
]
