# Landslides after heavy rain around Pokhara, central Nepal (Thursday 30 July 2015).
PAIRS = [
    (7682, "1", 8505, "0", "supports", "nepal-landslides",
     "the landslides in central Nepal killed 28"),
    (8458, "0", 8505, "0-3", "unrelated", "nepal-landslides",
     "the interior ministry's at least 30 dead vs the police's at least 28 (doubt: two lower bounds of the same day)"),
    (7682, "2", 8458, "5", "contradicts", "nepal-landslides",
     "29 more missing in Lumle vs a search for nine missing there (doubt: other hours of the same day)"),
    (8505, "3", 7682, "1-6", "supports", "nepal-landslides",
     "five dead in a landslide at Bhadaure, Kaski"),
    (7682, "4", 8505, "8", "supports", "nepal-landslides",
     "seven dead in Myagdi, three of one family"),
    (8458, "1", 7682, "1-6", "unrelated", "nepal-landslides",
     "villages near Pokhara, 125 km west of Kathmandu, just after midnight vs the tolls by district (another detail)"),
    (8458, "6", 8505, "0-9", "unrelated", "nepal-quakes",
     "this year's two earthquakes killed about 9,000 vs the landslides' toll (another event)"),
    (8505, "9", 7682, "4-5", "supports", "nepal-landslides",
     "one dead in Baglung when a landslide buried his house"),
]
