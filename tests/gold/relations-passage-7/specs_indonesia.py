# Five Roma players refused entry at Jakarta's airport on the club's first visit to Indonesia (Friday 24 July 2015).
PAIRS = [
    (5946, "0", 5529, "2", "supports", "indonesia-roma",
     "five Roma players not let into Indonesia for the friendly (b names them and says they return to Rome)"),
    (6547, "0", 5529, "1", "supports", "indonesia-roma",
     "Indonesia did not let five of Roma's players in"),
    (5529, "3", 5946, "1", "supports", "indonesia-roma",
     "no reason given for refusing the five players"),
    (6428, "2", 6547, "4", "unrelated", "indonesia-roma",
     "the five players named, sent back to Rome vs the crowds of fans at the airport (another detail)"),
    (6547, "2-3", 6428, "6", "supports", "indonesia-roma",
     "Zanzi: an unfortunate, frustrating situation at the airport"),
    (5529, "4", 5946, "0", "unrelated", "indonesia-roma",
     "Roma's tour of Australia (Real Madrid beaten on penalties) vs the ban in Jakarta (another event)"),
]
