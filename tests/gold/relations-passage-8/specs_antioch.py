# A gunman shot dead at the Carmike Hickory 8 cinema in Antioch near Nashville (Wednesday 5 August 2015); the Aurora
# gunman's jury (7 August).
PAIRS = [
    (12607, "0", 13050, "0-5", "contradicts", "antioch-weapon",
     "other: a gun and a small axe vs a firearm and a hammer (doubt: b quotes the local paper)"),
    (13050, "3", 12607, "0-1", "contradicts", "antioch-weapon",
     "other: a firearm and a hammer vs a gun and a small axe (doubt)"),
    (12068, "0", 13266, "0-2", "supports", "antioch-shooting",
     "a gunman killed after opening fire in a cinema near Nashville, other deaths not known"),
    (12607, "1", 12068, "0-2", "unrelated", "antioch-victims",
     "someone may have been hurt by the axe vs whether anyone else died not known (another detail)"),
    (13050, "5", 12607, "0", "supports", "antioch-shooting",
     "officers went in and one of them shot the gunman (doubt: b only that the police killed him)"),
    (12068, "1", 12607, "0", "supports", "antioch-shooting",
     "the police: the suspected gunman at the Hickory 8 cinema is dead"),
    (13050, "8", 14993, "0-2", "unrelated", "antioch-aurora",
     "the Aurora gunman awaits the jury's word on death vs the jury's life sentence two days later (another time; "
     "doubt)"),
    (13050, "7", 14993, "3-4", "supports", "antioch-aurora",
     "the 2012 Aurora shooting at a Batman film killed 12"),
]
