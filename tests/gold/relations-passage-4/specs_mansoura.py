# A house fire in al-Mansoura, al-Ahsa (16 Jul 2015): its fourth victim, a bride-to-be, dies (21 Jul 2015).
PAIRS = [
    (4454, "0", 4447, "0-1", "supports", "mansoura-fire",
     "the fourth victim of the al-Mansoura house fire of last Thursday died yesterday"),
    (4447, "0", 4454, "0-1", "supports", "mansoura-fire",
     "a woman in her twenties died of her injuries before her wedding; b: Sadiqa (24), before her wedding on Thursday (doubt: a week vs Thursday)"),
    (4447, "2", 4454, "0", "unrelated", "mansoura-family",
     "the family cannot go home, the power of the four flats cut vs the fourth death and six injured"),
    (4454, "1", 4447, "1", "unrelated", "mansoura-fire",
     "she was in hospital for suffocation vs the wedding date and the count rising to four"),
]
