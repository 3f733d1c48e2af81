# The shooting at a wedding in Deh Salah, Baghlan, northern Afghanistan (night of Sunday to Monday 27 July 2015).
PAIRS = [
    (7981, "3", 7275, "1", "contradicts", "baghlan-cause",
     "cause: a security official fired in the air after a quarrel and both sides shot vs gunmen entered and opened fire "
     "on the male guests (doubt: two police officers' accounts)"),
    (7981, "4", 7275, "1", "supports", "baghlan-victims",
     "the victims were male guests (doubt: a gives their ages, b only that the fire was on the male guests)"),
]
