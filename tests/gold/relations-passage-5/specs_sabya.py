# A food warehouse fire in al-Dhabya village, Sabya, Jazan (25 July 2015).
PAIRS = [
    (8553, "0", 9581, "0-1", "supports", "sabya-warehouse",
     "ten fire teams of Jazan's civil defence put out a fire in a food warehouse in al-Dhabya, Sabya"),
    (8885, "أن غرفة عمليات الدفاع المدني بمحافظة صبيا تلقت بلاغاً مساء أمس عن اشتعال النيران في مستودع للمواد الغذائية",
     9190, "1", "contradicts", "sabya-warehouse",
     "the alarm came yesterday evening vs the evening before yesterday, in reports of the same day (doubt: a print date can differ)"),
    (9190, "2", 8553, "0-2", "supports", "sabya-warehouse",
     "a firefighter moderately hurt and taken to hospital by the Red Crescent"),
    (9581, "أن غرفة عمليات إدارة صبيا تبلغت عن حريق في المستودع، وتم انتقال 10 فرق إطفاء مدعومة بفرق الإسناد والكمامات، حيث تمت السيطرة على الحريق الذي تبلغ مساحته (30×30 م)",
     8885, "0", "supports", "sabya-warehouse",
     "ten fire teams controlled the warehouse fire (doubt: b gives no area)"),
]
