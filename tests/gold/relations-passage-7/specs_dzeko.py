# Manchester City agree to sell Edin Dzeko to Roma for 14 m pounds (reported 4-5 August 2015).
PAIRS = [
    (12783, "0", 13166, "0", "supports", "dzeko-transfer",
     "City agreed to sell Dzeko to Roma for 14 m pounds"),
    (13166, "1", 12783, "1", "supports", "dzeko-city",
     "he joined City from Wolfsburg for 27 m pounds (January 2011, four years ago)"),
    (13166, "3", 12783, "2", "supports", "dzeko-transfer",
     "Pellegrini accepted that Dzeko would leave (doubt: a after Sterling's signing, b 'last month')"),
    (12783, "4", 13166, "0-1", "unrelated", "dzeko-transfer",
     "the second Premier League player to Roma after Szczesny vs the deal and his past (another detail)"),
    (13166, "4", 12783, "1", "unrelated", "dzeko-city",
     "top scorer in 2012-13, six goals last season vs 72 goals in 187 games (another figure)"),
    (13166, "2", 12783, "0", "unrelated", "dzeko-city",
     "a new four-year contract last summer vs the sale to Roma (another detail)"),
]
