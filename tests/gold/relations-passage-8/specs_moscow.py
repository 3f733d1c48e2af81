# A helicopter and a seaplane collide over the Istra reservoir near Moscow (Saturday 8 August 2015).
PAIRS = [
    (16752, "0", 15528, "0-1", "supports", "moscow-toll",
     "at least six dead vs eight bodies found (compatible: 'at least'; doubt)"),
    (16752, "1", 15528, "0-1", "unrelated", "moscow-toll",
     "three people still sought vs one still missing with eight bodies found (another stage of the search; doubt)"),
    (15528, "3", 16752, "0-1", "supports", "moscow-crash",
     "a seaplane and a helicopter collided over the water near Moscow"),
    (15528, "7", 16752, "4-5", "unrelated", "moscow-cause",
     "the seaplane's captain did not report the flight vs the cause not clear, a pilot's manoeuvre (another detail)"),
    (16752, "3", 15528, "2-3", "unrelated", "moscow-victims",
     "a 12-year-old girl could not be revived vs two children among the dead (another detail)"),
    (15528, "4", 16752, "1", "unrelated", "moscow-crash",
     "the site 60 km from Moscow, a water-sports place vs over a reservoir west of the capital (doubt: compatible)"),
]
