# The shooting at a wedding in Deh Salah, Baghlan, northern Afghanistan (night of Sunday to Monday 27 July 2015).
PAIRS = [
    (7981, "3", 7275, "1", "contradicts", "baghlan-cause",
     "cause: a security official fired in the air after a quarrel and both sides shot vs gunmen entered and opened fire "
     "on the male guests (doubt: two police officers' accounts)"),
    (7981, "4", 7275, "1", "supports", "baghlan-victims",
     "the victims were male guests (doubt: a gives their ages, b only that the fire was on the male guests)"),
    (7275, "0", 7981, "0-1", "contradicts", "baghlan-toll",
     "toll: 21 guests killed and eight injured vs 20 killed and 10 injured"),
    (7981, "1", 7275, "0-1", "contradicts", "baghlan-cause",
     "cause: an exchange of fire between gunmen (20 dead, 10 hurt) vs gunmen who fired on the guests (21, eight)"),
    (7981, "2", 7275, "0-2", "contradicts", "baghlan-cause",
     "cause: a quarrel between armed men before the exchange of fire vs an attack on the guests (doubt: b also says "
     "the cause was not clear)"),
    (7275, "2", 7981, "5", "supports", "baghlan-inquiry",
     "an investigation under way vs an official delegation sent to investigate (doubt)"),
    (7981, "5", 7275, "2", "supports", "baghlan-inquiry",
     "an official delegation sent to investigate vs the investigation under way (doubt)"),
]
