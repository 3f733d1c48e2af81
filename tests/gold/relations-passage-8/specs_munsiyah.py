# Asian workers riot near their company's offices in al-Munsiyah, east Riyadh, and two police cars are set on fire
# (Thursday 30 July 2015).
PAIRS = [
    (8867, "2", 9351, "0-1", "contradicts", "munsiyah-cause",
     "cause: the crowd gathered because a worker was run over by the company's bus vs a money dispute and the "
     "company's ill treatment (doubt: both may hold)"),
    (9351, "0", 8213, "0-1", "contradicts", "munsiyah-cause",
     "cause: a dispute with the company over money vs the crowd formed while the police handled a worker's death under "
     "a company bus (doubt)"),
    (7624, "1", 8867, "3", "supports", "munsiyah-patrols",
     "workers set two security patrol cars on fire near their company"),
    (9351, "3", 7624, "1-2", "supports", "munsiyah-patrols",
     "the workers' attack on the two patrol cars set them on fire"),
    (9484, "0", 9351, "0-3", "supports", "munsiyah-riot",
     "the security forces brought under control gatherings of Asian workers who tried to make chaos at their company"),
    (8213, "2", 9484, "0-1", "unrelated", "munsiyah-riot",
     "three major generals at the scene, workers arrested, the dead man's body removed vs the chaos put down (another "
     "detail)"),
    (8867, "1", 9484, "1", "supports", "munsiyah-riot",
     "the security forces dealt with a large gathering of workers (doubt: b names no district or special forces)"),
    (9351, "2", 8213, "2-3", "unrelated", "munsiyah-inquiry",
     "the authorities take it up with the company and may contact embassies vs the inquiry continues (another detail)"),
    (7624, "2", 8213, "1", "supports", "munsiyah-riot",
     "workers smashed other cars at the site (b: the company's cars damaged and overturned)"),
]
