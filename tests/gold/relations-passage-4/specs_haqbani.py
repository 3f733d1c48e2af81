# Saud al-Haqbani, Saudi under-14 tennis player, in US junior tournaments: the clay title at Winston-Salem and the hard-court event at Little Rock (Jul - Aug 2015).
PAIRS = [
    (2508, "0", 4260, "0-4", "supports", "haqbani-clay",
     "al-Haqbani won the Super International beating the top seed Hashimoto 7-5 7-5"),
    (4260, "1", 2508, "2-3", "supports", "haqbani-clay",
     "the win brings him full sponsorship from Nike and Babolat"),
    (10432, "يخوض كابتن المنتخب السعودي<<>>في مدينة ليتل رآك بولاية اركنسا", 11060, "0", "contradicts", "haqbani-hard",
     "al-Jazirah of 31 Jul: he plays the day after tomorrow vs al-Watan of 31 Jul: tomorrow (doubt: the day is the conflict)"),
    (11060, "ويسعى الحقباني إلى كسب البطولة بصفته مصنفا ثالثا فيها<<>>في مدينة وينستن سيلم", 2508, "0-1", "unrelated", "haqbani-hard",
     "third seed at Little Rock, after the clay title two weeks ago vs the clay final: b holds only the side clause"),
    (13152, "افتتح نجم التنس السعودي الواعد سعود الحقباني<<>>ليتأهل للدور الثاني من هذه البطولة", 13411, "0-1", "supports", "haqbani-hard",
     "he beat New Jersey's Nick Jameson 6-1 6-2 and reached the second round"),
    (13986, "0", 13411, "0", "unrelated", "haqbani-hard",
     "he beat Philip Martin (second round) vs he beat Jameson and meets Martin next"),
    (13411, "2", 11060, "0", "supports", "haqbani-hard",
     "a knockout event of the best 128 players"),
    (13986, "2", 13152, "2", "unrelated", "haqbani-hard",
     "96 players out in the first two days vs the format"),
]
