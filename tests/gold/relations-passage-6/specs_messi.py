# Messi's visit to Gabon's president Ali Bongo (mid-July 2015): the Port-Gentil stadium, the payment reports and the denial, the shorts.
PAIRS = [
    (560, "0-1", 5563, "5", "contradicts", "messi-gabon",
     "the Daily Mail: Messi was paid 3.5 m euros in cash vs Gabon's government denies paying him anything"),
    (560, "2-3", 1976, "0-1", "supports", "messi-gabon",
     "Messi laid the foundation stone of the Port-Gentil stadium for the 2017 Cup of Nations with Ali Bongo"),
    (1976, "3", 560, "3", "unrelated", "messi-gabon",
     "a 20,000-seat stadium with test matches from November 2016 vs the foundation stone"),
    (5563, "2", 560, "4", "unrelated", "messi-gabon",
     "the UPG objected to his T-shirt and shorts vs he helped open the Bongo family's restaurant"),
]
