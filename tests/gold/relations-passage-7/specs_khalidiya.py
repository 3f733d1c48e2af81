# A fire in a residential building in al-Khalidiya on the Kharj road, Riyadh (evening of Thursday 23 July 2015).
PAIRS = [
    (5190, "0", 6251, "2", "supports", "khalidiya-fire",
     "civil defence: 15 cases of suffocation and two of light burns, all taken to hospital"),
    (5379, "0", 5190, "0-1", "unrelated", "khalidiya-fire",
     "22 injured (the Red Crescent's count, five treated on the spot) vs 17 taken to hospital (civil defence) "
     "(doubt: compatible counts of two services)"),
    (5379, "وأضاف: تم الفرز وتصنيف الحالات كالتالي<<>>5 حالات طفيفة", 6251, "1", "supports", "khalidiya-fire",
     "a child in a critical state, his pulse restored after resuscitation (doubt: b gives no other counts)"),
    (6251, "0", 5379, "0-3", "supports", "khalidiya-fire",
     "22 people injured in a fire in a residential building on the Kharj road"),
    (6251, "أن الحريق اندلع عند الساعة 7:58 مساء وباشرته 13 فرقة إسعافية و6 فرق استجابة متقدمة", 5379, "3", "supports",
     "khalidiya-fire", "13 ambulance teams and six advanced response teams (doubt: b gives no hour)"),
    (5190, "1", 5379, "0-3", "unrelated", "khalidiya-fire",
     "civil defence's warning on storing flammable goods vs the injured (another detail)"),
]
