# The Athens stock exchange reopens after five weeks shut (Monday 3 August 2015).
PAIRS = [
    (11522, "وتراجع مؤشر سوق الأسهم في اليونان بنحو 22.<<>>مقارنة بآخر إغلاق سجله في 25 يونيو الماضي.", 10983, "4",
     "contradicts", "athex-date", "date: the last close on 25 June vs the last session before the closure on 26 June"),
    (10293, "4", 11522, "2-5", "contradicts", "athex-date",
     "date: the last session on 26 June vs the fall measured from the last close of 25 June (doubt: b's own next "
     "sentence is outside the passage)"),
    (11522, "1", 10983, "1-3", "contradicts", "athex-limit",
     "amount: the daily limit cut from 30 % to 20 % vs the National Bank and the bank index down by the daily maximum "
     "of 30 % (doubt)"),
    (10983, "2", 11522, "0-2", "contradicts", "athex-limit",
     "amount: the National Bank fell by the daily maximum of 30 % vs the limit cut from 30 % to 20 % (doubt)"),
    (10353, "1", 10306, "4", "contradicts", "athex-rules",
     "other: buying allowed with limits on capital from outside Greece vs foreign investors trade as usual and the "
     "domestic ones under the capital controls (doubt)"),
    (11377, "0", 11522, "2", "supports", "athex-open",
     "the shares lost more than 22 % at the start of Monday's session"),
    (10293, "0", 11377, "0-7", "supports", "athex-open",
     "a sharp fall on Monday after five weeks of closure"),
    (10293, "وأظهرت بيانات غير رسمية أن المؤشر الرئيسي للبورصة هبط 16.<<>>2 بالمئة في ختام التعاملات.", 10983, "0-1",
     "unrelated", "athex-open", "16.2 % down at the close vs about 23 % down in the morning (another hour)"),
    (10306, "3", 11522, "6-8", "supports", "athex-banks",
     "the government closed the bourse and the banks; the banks reopened on 20 July"),
    (10300, "0", 10983, "0-3", "unrelated", "athex-euro",
     "the euro fell against the dollar vs the Greek shares' fall (another market)"),
    (11377, "4", 11522, "7", "unrelated", "athex-banks",
     "savers withdrew more than 40 bn euros since December vs savers' panic after the referendum (another detail)"),
    (10983, "1", 11377, "0-10", "supports", "athex-open",
     "the main index down about 23 % in the morning (b: 22.82 % minutes after the opening)"),
    (11377, "2", 10293, "3", "supports", "athex-banks",
     "the bank shares fell about 30 %, the daily limit"),
    (10306, "1", 10983, "4", "supports", "athex-date",
     "the bourse closed after the session of 26 June"),
]
