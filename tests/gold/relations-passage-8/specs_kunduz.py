# The Taliban bombing in Khanabad, Kunduz, northern Afghanistan (Saturday evening 8 August 2015).
PAIRS = [
    (16164, "1", 16685, "وقالت وزارة الداخلية في بيانها<<>>وجرح عشرة آخرين\"", "contradicts", "kunduz-victims",
     "who: the attack struck a gathering of the pro-government Arbaki militia vs 21 civilians killed (the ministry)"),
    (16164, "2", 16685, "وقالت وزارة الداخلية في بيانها<<>>وجرح عشرة آخرين\"", "contradicts", "kunduz-weapon",
     "other: a car packed with explosives set off near the gathering vs a suicide bomber who set off his belt"),
    (16685, "\"الهجوم الانتحاري أسفر عن استشهاد 21 مدنيا وجرح عشرة آخرين\"", 16164, "0-3", "contradicts",
     "kunduz-victims", "who: 21 civilians killed vs at least 22 killed, most of them local militiamen, four commanders"),
    (16685, "لكن المتحدث باسم حاكم ولاية قندوز<<>>قتلوا بانفجار عبوة ناسفة", 15601, "0-1", "contradicts",
     "kunduz-victims", "who: 22 militants, four commanders among them, vs all the dead civilians according to the "
     "ministry (doubt: b also gives the local officials' word)"),
    (16164, "3", 16685, "لكن المتحدث باسم حاكم ولاية قندوز<<>>قتلوا بانفجار عبوة ناسفة", "supports",
     "kunduz-victims", "four local commanders among the dead"),
    (15601, "0", 16164, "0-6", "supports", "kunduz-toll",
     "at least 21 killed in a Taliban attack in Kunduz vs at least 22 (compatible: 'at least')"),
    (16164, "15", 15601, "0-1", "supports", "kunduz-claim",
     "the Taliban claimed the Kunduz attack (doubt: a also names their target)"),
    (16685, "4", 16164, "16-17", "unrelated", "kunduz-taliban",
     "the violence shows the insecurity vs the Taliban's leadership tension (another detail)"),
    (16164, "2", 15601, "0", "unrelated", "kunduz-weapon",
     "a car packed with home-made explosives vs at least 21 killed in a Taliban attack (b names no weapon)"),
]
