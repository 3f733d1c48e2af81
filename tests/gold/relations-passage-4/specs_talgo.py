# Talgo says Saudi Arabia cancelled its contract to run six high-speed trains Riyadh-Dammam (22 Jul 2015).
PAIRS = [
    (3825, "0", 1587, "0-8", "supports", "talgo-contract",
     "Saudi Arabia cancelled Talgo's contract to run six fast trains"),
    (1587, "2", 3825, "1", "supports", "talgo-contract",
     "Talgo gave no reason and its share fell 12 %"),
    (1587, "5", 3825, "0-1", "unrelated", "talgo-contract",
     "the fast trains would cut the trip to under three hours vs the cancelled contract"),
    (3825, "وفازت الشركة بعقد قيمته<<>>بين الرياض والدمام", 1587, "8", "unrelated", "talgo-contract",
     "the 201 million dollar contract vs no effect on the 2015-2016 forecasts"),
]
