# Malaysia's 1MDB affair: the Sarawak Report block (19 July), the Edge papers suspended (24 July), Najib's deputy and
# attorney general removed (28 July), Qatar's and China's interest in 1MDB assets (1 August 2015).
PAIRS = [
    (10447, "0-3", 10820, "0-3", "supports", "malaysia-assets",
     "Najib: Qatar and China showed interest in the assets of the indebted 1MDB fund"),
    (10820, "4", 10447, "4", "supports", "malaysia-assets",
     "the Qatar Investment Authority keen on the fund's assets and land in Bandar Malaysia"),
    (10820, "6", 10447, "5", "supports", "malaysia-assets",
     "China's ambassador expressed his country's interest in the fund"),
    (10447, "ويسعى الصندوق الذي يرأس نجيب مجلسه الاستشاري لتقليص ديونه البالغة 11 مليار دولار", 7953, "5", "supports",
     "malaysia-fund", "1MDB's debts of about 11 bn dollars (doubt: b gives them in a side clause)"),
    (12150, "4", 7953, "4", "contradicts", "malaysia-attorney",
     "the attorney general stepped down for his health vs was dismissed by the prime minister (doubt: the official "
     "reason given was his health)"),
    (12150, "3", 7953, "0-4", "supports", "malaysia-deputy",
     "Najib removed his deputy prime minister, his critic over the affair"),
    (12150, "2", 5627, "6-9", "supports", "malaysia-fund",
     "the report that about 700 m dollars from 1MDB reached Najib's accounts (doubt: b has no denial)"),
    (7953, "8", 12150, "0-4", "unrelated", "malaysia-inquiry",
     "the public accounts committee's proceedings suspended vs the affair, the reshuffle, the attorney general "
     "(another detail)"),
    (12150, "9", 10447, "6-8", "unrelated", "malaysia-markets",
     "reserves down 5 bn dollars in two weeks of July vs the fund's debts and power plants (another detail)"),
    (7953, "0", 12150, "3-4", "unrelated", "malaysia-inquiry",
     "the parliamentary inquiry suspended vs the deputy removed and the attorney general gone (another detail)"),
    (10820, "7", 7953, "5", "supports", "malaysia-fund",
     "1MDB's debts of about 11 bn dollars (doubt: b gives them in a side clause)"),
]
