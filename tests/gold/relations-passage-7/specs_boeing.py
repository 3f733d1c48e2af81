# Boeing's warning on the 777 after a panel fell from an Air France 777 over Shanghai (warning of 18 July 2015).
PAIRS = [
    (2174, "0", 1229, "0-2", "supports", "boeing-warning",
     "Boeing warned airlines about the 777 after a metal piece fell from an Air France aircraft leaving Shanghai"),
    (85, "0", 2174, "0", "contradicts", "boeing-warning",
     "the warning memo sent 'yesterday' (Sunday, in a paper of the 20th) vs on Saturday (doubt: days in reports of "
     "different days)"),
    (85, "3", 2174, "1", "supports", "boeing-panel",
     "a 60 kg piece fell on Monday over a Shanghai suburb from flight 111 to Paris, nobody hurt"),
    (1229, "2", 85, "4", "supports", "boeing-panel",
     "it fell from 3,700 m through a factory roof, the aircraft landed in Paris"),
    (2174, "5", 85, "0-2", "supports", "boeing-fleet",
     "more than 1,100 Boeing 777s in service"),
    (1229, "4", 2174, "2", "unrelated", "boeing-warning",
     "Boeing gave its customers maintenance guidance vs where the piece fell (another detail)"),
    (85, "7", 1229, "2", "unrelated", "boeing-warning",
     "the change made to 777s still in production vs the piece through a factory roof (another detail)"),
]
