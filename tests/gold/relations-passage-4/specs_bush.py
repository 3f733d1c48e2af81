# Former US president George H. W. Bush breaks a neck bone in a fall at his Maine home (July 2015).
PAIRS = [
    (3830, "0", 1692, "0-3", "supports", "bush-fall",
     "Bush senior broke a bone in his neck in a fall at his home in Maine (doubt: 'yesterday, Wednesday' vs 'yesterday' in a report crawled a day earlier; the crawl days do not give the publication days)"),
    (2523, "1", 1692, "1-2", "supports", "bush-fall",
     "his condition is stable"),
    (1692, "2", 3830, "0-1", "supports", "bush-fall",
     "he will be treated with a neck brace"),
    (2523, "2", 1692, "3", "unrelated", "bush-health",
     "his health has declined in recent years, aged 91 vs he said he fights a form of Parkinson's (doubt)"),
    (1692, "5-6", 2523, "0-2", "unrelated", "bush-health",
     "his hospital stays of 2014 and 2012 vs the fall"),
]
