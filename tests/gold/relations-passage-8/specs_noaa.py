# NOAA: June 2015 the warmest June on record (reported 21-22 July 2015).
PAIRS = [
    (2003, "0", 259, "0-1", "contradicts", "noaa-record",
     "date: records kept since 1888 vs since 1880"),
    (259, "ذكرت الإدارة الوطنية الأمريكية للمحيطات<<>>في عام .1880", 2003, "0", "contradicts", "noaa-record",
     "date: the warmest June since records began in 1880 vs in 1888"),
    (2003, "1", 259, "1-2", "supports", "noaa-record",
     "June's land and ocean average 0.88 degrees above the twentieth-century average of 15.5"),
    (259, "3", 2003, "0-2", "unrelated", "noaa-halfyear",
     "the first half of the year the warmest on record vs June the warmest June (another period)"),
    (259, "2", 2003, "2", "supports", "noaa-record",
     "June 2015 beat June 2014, the earlier record"),
]
