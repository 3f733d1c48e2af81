# Russia vetoes the UN Security Council draft for a tribunal on the Malaysian airliner downed over Ukraine (29 Jul 2015).
PAIRS = [
    (10739, "0", 10015, "0-5", "supports", "mh17-veto",
     "Russia vetoed the draft for an international tribunal on the Malaysian plane downed over Ukraine"),
    (10015, "1", 11197, "0", "unrelated", "mh17-veto",
     "11 of the 15 members voted for the draft vs the veto"),
    (11197, "0", 10015, "21-23", "unrelated", "mh17-veto",
     "the veto vs resolution 2166, which Russia backed, and what the rejected draft required"),
]
