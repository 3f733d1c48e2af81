# Colombia: a police helicopter crashes in Antioquia during an anti-drug operation (4 August 2015); an air force transport crash in Cesar (31 July).
PAIRS = [
    (14670, "0", 15338, "0-1", "supports", "colombia-helicopter",
     "16 police officers killed in a helicopter crash in north-eastern Colombia"),
    (14670, "3", 15338, "0-1", "supports", "colombia-helicopter",
     "the defence minister blames bad weather: poor visibility, probably hit a mountainside"),
    (11820, "0", 15338, "0", "unrelated", "colombia-plane",
     "11 soldiers killed when a transport plane's engine failed in Cesar vs the police helicopter (another crash)"),
    (14670, "1", 15338, "0-1", "supports", "colombia-helicopter",
     "four officers hurt during an operation against drug traffickers"),
]
