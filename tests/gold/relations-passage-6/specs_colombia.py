# Colombia: a police helicopter crashes in Antioquia during an anti-drug operation (4 August 2015); an air force transport crash in Cesar (31 July).
PAIRS = [
    (14271, "0", 14939, "0-1", "supports", "colombia-helicopter",
     "16 police officers killed in a helicopter crash in north-eastern Colombia"),
    (14271, "3", 14939, "0-1", "supports", "colombia-helicopter",
     "the defence minister blames bad weather: poor visibility, probably hit a mountainside"),
    (14271, "1", 14939, "0-1", "supports", "colombia-helicopter",
     "four officers hurt during an operation against drug traffickers"),
]
