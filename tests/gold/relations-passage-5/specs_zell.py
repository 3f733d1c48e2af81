# A 14-year-old Saudi girl dies on a ride in Zell am See, Austria (6 Aug 2015): three accounts of how.
PAIRS = [
    (16823, "1", 17400, "0", "supports", "zell-girl",
     "a 14-year-old Saudi girl on holiday with her family died at an amusement park in Zell am See"),
    (16823, "2", 18157, "1-2", "contradicts", "zell-girl",
     "she fell off the ride, filming Snapchat, for want of proper safety vs the embassy: the ride safe, with a belt; she slipped and hit her head on the track"),
    (17400, "أن الفتاة توفيت إثر اصطدام العربة التي تقودها في اللعبة بعربة أخرى من الخلف، مما أدى إلى إصابة قوية في رأسها تسببت في وفاتها",
     18157, "2", "contradicts", "zell-girl",
     "her cart was hit from behind by another cart vs she slipped and hit her head on the track (doubt: a relative's account vs the embassy's)"),
    (18157, "إن الفتاة السعودية التي لقيت حتفها في إحدى مدن الألعاب الشهيرة لم تتوف في قطار الموت كما أشيع على مواقع التواصل الاجتماعي",
     17400, "0-1", "unrelated", "zell-girl",
     "not on a roller coaster as rumoured vs a collision of two carts on the ride"),
    (17400, "1", 18157, "3", "unrelated", "zell-girl",
     "a rumour that filming killed her, denied by her relatives vs the rumour of a fall while filming (b holds no denial)"),
]
