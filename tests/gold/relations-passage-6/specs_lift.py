# Mecca: a construction worker falls to his death down a lift shaft from the 10th floor of a building in al-Zahir (5 August 2015).
PAIRS = [
    (15560, "0", 14108, "0-1", "supports", "lift-fall",
     "civil defence recovered the body of a worker who fell down a lift shaft in a building under construction"),
    (14717, "0", 16011, "0-1", "contradicts", "lift-fall",
     "a worker of an Arab nationality vs an 'Asian' worker, the same fall from the tenth floor in al-Zahir"),
    (16011, "1", 14717, "0-2", "supports", "lift-fall",
     "he fell from the tenth floor of a 15-storey building under construction"),
    (15353, "1", 14916, "1", "supports", "lift-fall",
     "the Red Crescent found that he had died"),
    (14717, "3", 15353, "0-2", "unrelated", "lift-fall",
     "a safety report found the contractor at fault and fined him vs the fall and the hand-over to the police"),
    (14916, "2", 15560, "0-1", "supports", "lift-fall",
     "the site handed to the police to complete the investigation"),
]
