# Seoul blames Pyongyang for the landmines that maimed two South Korean soldiers in the demilitarised zone (statement of
# Monday 10 August 2015; the blast of Tuesday 4 August).
PAIRS = [
    (17208, "1", 16912, "0-3", "supports", "dmz-mines",
     "the South accuses the North of laying the mines that wounded two soldiers last week and threatens a response"),
    (16912, "1", 16309, "0-3", "supports", "dmz-mines",
     "mines exploded under a South Korean patrol in the demilitarised zone (doubt: b gives neither three mines nor "
     "Tuesday)"),
    (17018, "1", 16912, "2", "supports", "dmz-mines",
     "North Korean soldiers crossed the military line recently to lay the mines"),
    (16912, "3", 17208, "1-4", "unrelated", "dmz-mines",
     "one soldier lost both legs, the other one vs two soldiers wounded (b has no detail of the wounds)"),
    (16912, "8", 16309, "0-3", "supports", "dmz-mines",
     "the mines were laid recently (doubt: a the UN command's inquiry, b the South's army)"),
    (16309, "2", 16912, "4-6", "supports", "dmz-response",
     "the South condemns the act as a violation of the agreements (doubt: the armistice vs the non-aggression accords)"),
    (16912, "6", 17018, "0-3", "unrelated", "dmz-response",
     "a demand for an apology and punishment vs the threat and the condemnation (another detail)"),
    (17018, "3", 16912, "7-8", "unrelated", "dmz-response",
     "an angry reaction from Pyongyang likely vs the UN command's inquiry (another detail)"),
    (16912, "5", 16309, "3", "unrelated", "dmz-response",
     "an unjustified violation of the non-aggression accords vs an angry reaction from Pyongyang likely (another "
     "detail)"),
]
