# A fire in a workers' flat in a seven-storey building in al-Nuzha, north Jeddah (22 Jul 2015).
PAIRS = [
    (5453, "0", 4037, "0-2", "supports", "nuzha-fire",
     "civil defence put out a flat fire in al-Nuzha, north Jeddah, and rescued six"),
    (5534, "1", 5453, "2", "supports", "nuzha-fire",
     "the seven-storey building evacuated"),
    (3043, "2", 5534, "4", "supports", "nuzha-fire",
     "the Red Crescent gave first aid to those who breathed the smoke"),
    (5534, "5", 4223, "0-2", "unrelated", "nuzha-fire",
     "the Jeddah civil defence director on the scene, the inquiry begun vs the fire and the first aid"),
    (5534, "0", 5848, "1-3", "supports", "nuzha-fire",
     "six people slightly hurt by the smoke, treated on the spot"),
]
