# North Korea: the 99.97 % turnout of the local elections (19 July 2015); "Pyongyang time", 30 minutes back from 15 August.
PAIRS = [
    (21, "0-1", 574, "0-3", "supports", "pyongyang-vote",
     "99.97 % turnout in North Korea's local elections"),
    (574, "5", 3548, "2", "unrelated", "pyongyang-vote",
     "Kim Jong Un voted in Pyongyang vs voters chose city, county and province deputies"),
    (21, "4", 574, "3-5", "supports", "pyongyang-vote",
     "only those abroad could not vote; the old and sick used mobile ballot boxes"),
    (3548, "0-1", 21, "2-3", "unrelated", "pyongyang-vote",
     "the 99.97 % turnout vs the agency on who was elected and the voters' zeal (no figure)"),
    (16267, "1", 17008, "0", "supports", "pyongyang-time",
     "North Korea sets its clock back 30 minutes for the 70th anniversary of liberation from Japan"),
    (16267, "3", 17008, "1", "supports", "pyongyang-time",
     "'Pyongyang time' from 15 August, the peninsula's time before Japanese rule"),
    (17008, "3", 16267, "1-4", "unrelated", "pyongyang-time",
     "the local time set by a Japanese colonial decree in 1912 vs the change and the agency's words (no date)"),
    (16267, "1", 21, "0-1", "unrelated", "pyongyang-time",
     "the time-zone change vs the election turnout (another event)"),
]
