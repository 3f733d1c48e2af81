# Eastern Ukraine: four soldiers killed in 24 hours before the Minsk talks (Monday 3 August 2015) and the Starohnativka
# attack (10 August).
PAIRS = [
    (17018, "2", 12763, "2", "unrelated", "ukraine-shelling",
     "400 separatists attack Starohnativka (10 August) vs shelling of Stanytsia Luhanska (another event)"),
]
