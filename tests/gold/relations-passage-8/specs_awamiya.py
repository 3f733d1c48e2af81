# The specialized criminal court's first ruling on two men of al-Qatif: 30 years for shooting at the al-Awamiya police
# station, eight for the other (reported 5-6 August 2015).
PAIRS = [
    (13550, "فيما أدين المتهم الثاني بتلقي مبلغ مالي من أحد الأشخاص<<>>مما يعد تمويلا للإرهاب", 12624, "1", "contradicts",
     "awamiya-charges", "who: the second defendant took money to go out in the protests vs the first one, who also "
     "fired on the police station"),
    (13550, "0", 12624, "0", "supports", "awamiya-ruling",
     "a first ruling of 38 years in prison with travel bans against two citizens (b: 30 and eight years)"),
    (13550, "2", 12624, "2", "supports", "awamiya-ruling",
     "the first defendant: 30 years from his arrest and a 15-year travel ban after his release"),
    (12624, "0", 13550, "0-4", "supports", "awamiya-ruling",
     "two Saudis sentenced to 30 and eight years by the specialized criminal court in Jeddah"),
    (13550, "4", 12624, "4", "unrelated", "awamiya-appeal",
     "both sides to appeal vs the second defendant's eight years and flogging (another detail)"),
]
