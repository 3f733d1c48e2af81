# A man shoots dead his son of 11 and wounds his wife in a village of al-Hait, Hail (Saturday evening 1 August 2015).
PAIRS = [
    (9906, "0", 10493, "0", "contradicts", "hait-shooter",
     "other: a man in his twenties ('third decade') vs a man of 35 (doubt: the phrase may be meant loosely)"),
    (10493, "أقدم مواطن يبلغ من العمر 35 عاماً<<>>ما أدّى إلى وفاته", 9906, "0-2", "contradicts", "hait-shooter",
     "other: a man of 35 vs a man in his third decade (doubt)"),
    (9906, "ورد بلاغ عن قيام مواطن بإطلاق النار على زوجته<<>>مما أسفر عن وفاة الابن وإصابة الزوجة", 10493, "1",
     "supports", "hait-shooting",
     "a man shot his wife and his son of 11 at home in a village of al-Hait; the son died and the wife was hurt"),
    (9906, "2", 10493, "0", "unrelated", "hait-arrest",
     "the man arrested and the weapon seized vs the shooting and the wife's wound (another detail)"),
]
