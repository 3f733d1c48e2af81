# Four young men of Saihat missing at sea on a pleasure boat (sailed Wednesday 5 August 2015, search from 6 August).
PAIRS = [
    (16853, "3", 15733, "0-1", "contradicts", "gulfboat-departure",
     "place: they went out through the Dammam port vs a 24-hour permit from the al-Mazrouiya centre (doubt: the "
     "relatives' word)"),
    (16853, "3", 15829, "0", "contradicts", "gulfboat-departure",
     "place: out through the Dammam port at five in the afternoon vs the permit from the al-Mazrouiya centre (doubt)"),
    (15626, "2", 16853, "1", "supports", "gulfboat-who",
     "the missing young men are from Saihat"),
    (16853, "17", 15012, "1", "supports", "gulfboat-report",
     "a pleasure boat with four Saudis overdue on its 24-hour permit; the search began"),
    (15733, "1", 16853, "0", "supports", "gulfboat-report",
     "the boat sailed on Wednesday evening with four Saudis and has not come back"),
    (16853, "7", 15829, "0-2", "unrelated", "gulfboat-cause",
     "strong waves possibly the cause vs the border guard's report of the overdue boat (another detail)"),
    (16853, "13", 15626, "0-2", "unrelated", "gulfboat-cause",
     "nothing points to drowning vs the search for young men who went to sea (another detail)"),
    (16853, "23", 15012, "0-2", "unrelated", "gulfboat-cause",
     "the boat may have been stopped in another state's waters vs the neighbours' coast guards informed (doubt)"),
    (15012, "1", 16853, "0-9", "supports", "gulfboat-report",
     "the boat sailed on Wednesday evening to be back on Thursday evening, four Saudis aboard"),
    (16853, "9", 15012, "2", "unrelated", "gulfboat-search",
     "the missing men's phones all off vs the border guards' coordination with the neighbours (another detail)"),
]
