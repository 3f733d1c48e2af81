# A Mi-28 helicopter crashes at an air show in Ryazan, Russia (Sunday 2 August 2015): one pilot dead, one alive.
PAIRS = [
    (11849, "0", 12020, "0", "supports", "airshow-crash",
     "one pilot killed and one hurt when a helicopter crashed at an air show in Ryazan"),
    (11849, "1", 12020, "1", "supports", "airshow-crash",
     "a Mi-28 crashed about 200 km south-east of Moscow; a man came out of the burning wreck"),
    (12539, "0", 11849, "0-4", "supports", "airshow-crash",
     "a Russian pilot survived the fall and fire of his helicopter at an air show (doubt: b also has the dead commander)"),
]
