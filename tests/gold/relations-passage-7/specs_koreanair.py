# Korean Air flight 962 to Seoul returns to King Khalid airport, Riyadh, with an engine fault (Thursday 23 July 2015).
PAIRS = [
    (3814, "0", 4930, "0-1", "supports", "koreanair-return",
     "flight 962, an Airbus 330 bound for Seoul, back about 30 minutes after take-off with an engine fault"),
    (5040, "1", 3814, "1", "supports", "koreanair-return",
     "the airport declared an emergency, the aircraft landed safely with 198 passengers on board"),
    (5411, "0", 5907, "0-2", "supports", "koreanair-replacement",
     "the replacement flight left on Friday afternoon (15:40)"),
    (3937, "1", 5411, "0-2", "supports", "koreanair-return",
     "flight 962 returned about 30 minutes after take-off with a fault in an engine"),
    (5907, "1", 4930, "0-1", "unrelated", "koreanair-return",
     "the passengers taken to the terminal and cared for vs the return and the emergency (another detail)"),
    (4930, "1", 5907, "0", "unrelated", "koreanair-replacement",
     "the emergency and 198 passengers on Thursday vs the replacement flight's departure on Friday"),
    (5411, "1", 3937, "0-1", "unrelated", "koreanair-return",
     "the passengers' care in the terminal vs the return itself (another detail)"),
]
