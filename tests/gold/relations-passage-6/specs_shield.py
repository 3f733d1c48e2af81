# The Community Shield at Wembley (Sunday 2 August 2015): Arsenal 1, Chelsea 0; the previews, the tallies, Cech's debut.
PAIRS = [
    (11795, "0", 12014, "0", "supports", "shield-match",
     "Arsenal won the Community Shield, beating Chelsea 1-0"),
    (11795, "1", 12487, "2", "contradicts", "shield-record",
     "Arsenal's sixth Shield vs Arsenal's tally raised to 14 titles"),
    (12014, "1", 12306, "3", "contradicts", "shield-record",
     "Arsenal's sixth title, Chelsea's three earlier wins vs Arsenal after a 14th title, Chelsea with four wins, the last in 2009"),
    (12746, "وحسم هدف رائع سجله اليكس اوكسليد تشامبرلين<<>>داخل منطقة جزاء تشيلسي", 12487, "6", "supports", "shield-match",
     "Oxlade-Chamberlain scored in the 24th minute after a move through Walcott"),
    (12487, "7", 12746, "2", "supports", "shield-match",
     "Wenger's first win over Mourinho (doubt: b counts 14 attempts, a English competitions)"),
    (12487, "5", 12014, "2", "unrelated", "shield-cech",
     "Cech's 10 m pound move and his Chelsea titles vs his first official match for Arsenal after 11 seasons"),
    (12306, "فريق المدرب الفرنسي ارسين فينغر<<>>استون فيلا 4 -صفر", 12487, "1", "supports", "shield-record",
     "Arsenal won 20 of their last 26 games and kept the Cup beating Aston Villa 4-0"),
]
