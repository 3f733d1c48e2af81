# A Saudi student found shot dead in a car park at Wichita State University, Kansas (Saturday 8 August 2015).
PAIRS = [
    (15539, "0", 15380, "1-3", "supports", "wichita-killing",
     "a Saudi student found shot dead in a car park in Wichita, Kansas, on Saturday"),
    (15380, "4", 15539, "1", "supports", "wichita-student",
     "the student was 23 and studied electrical engineering"),
    (15539, "3", 15380, "3", "unrelated", "wichita-inquiry",
     "the police suspect nobody yet vs the police treat it as a murder (another detail)"),
    (15380, "2", 15539, "0-1", "supports", "wichita-killing",
     "a passer-by found a man covered in blood beside a car, apparently shot (doubt: a the arm wound)"),
    (15539, "2", 15380, "1-4", "unrelated", "wichita-university",
     "the university's president: no such case since 1993 vs the finding of the body (another detail)"),
]
