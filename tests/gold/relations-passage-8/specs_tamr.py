# The daily counts of the Buraidah dates festival's statistics team (reported 9-10 August 2015).
PAIRS = [
    (16815, "0-2", 16890, "0-1", "contradicts", "tamr-count",
     "amount: up to yesterday 1,467 cars with 194,792 cartons, 584.376 tonnes vs yesterday 1,554 cars with 209,020 "
     "cartons, about 627,006 tonnes (doubt: other counting windows)"),
    (16081, "1-2", 16636, "0-2", "contradicts", "tamr-count",
     "amount: 1,554 cars and about 627,006 tonnes yesterday vs 1,467 cars and 584.376 tonnes up to this morning "
     "(doubt: other counting windows)"),
    (16636, "0-2", 17034, "1-2", "contradicts", "tamr-count",
     "amount: 1,467 cars and 584.376 tonnes vs 1,554 cars and 627,006 tonnes (doubt)"),
    (15759, "0-2", 16815, "0-2", "unrelated", "tamr-friday",
     "Friday's count vs a later day's count (another day)"),
]
