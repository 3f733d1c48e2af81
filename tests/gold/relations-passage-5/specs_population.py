# The UN's World Population Prospects (29 July 2015): India to pass China by 2022.
PAIRS = [
    (10199, "0", 10127, "0-13", "supports", "population-india",
     "India will pass China as the most populous country in under ten years, six years earlier than forecast"),
    (10127, "13", 10199, "9", "supports", "population-india",
     "China and India each over a billion, likely to swap places by 2022"),
    (10549, "1", 10127, "0-13", "supports", "population-nigeria",
     "Nigeria to pass the United States by 2050 as the third most populous (long passage)"),
    (10199, "8", 10127, "7-10", "unrelated", "population-africa",
     "Wilmoth: growth in the poorest countries makes ending poverty harder vs fertility of 2.5 children, 4.7 in Africa"),
    (10127, "1", 10199, "6", "unrelated", "population-africa",
     "Nigeria to pass the US by 2050 vs most growth in developing regions"),
]
