# France and Russia end the 2011 Mistral contract (5-6 August 2015): the Elysee, the Kremlin and Le Drian on the refund.
PAIRS = [
    (15350, "1", 15002, "0-9", "contradicts", "mistral-refund",
     "all the money the contract provided for will be paid vs less than the 1.2 bn euro price, as the ships were not finished (doubt: a may mean the sums advanced)"),
    (15980, "أعلن الكرملين الاربعاء ان روسيا تعتبر ان قضية سفينتي ميسترال قد \"تمت تسويتها تماما\" بعدما سددت باريس المبالغ التي تم دفعها مسبقا",
     15002, "6-7", "supports", "mistral-deal",
     "the Kremlin: the Mistral affair fully settled vs Le Drian: the talks ended, no more dispute (doubt: b does not say Paris repaid)"),
    (15350, "0", 15980, "0", "supports", "mistral-deal",
     "Hollande and Putin reached an agreement on the undelivered Mistral ships"),
    (15002, "وأضاف أنه لا توجد شروط جزائية أخرى في العقد الذي ألغي بسبب دور روسيا في الأزمة الأوكرانية.",
     15350, "0-1", "unrelated", "mistral-refund",
     "no other penalty clauses vs the presidents' agreement and the full payment"),
    (15350, "مضيفا أنه \"سيتم دفع كامل الأموال التي نص عليها العقد\" لروسيا", 15980, "0", "unrelated", "mistral-refund",
     "the full contract money will be paid vs the affair settled after Paris repaid the advance (doubt)"),
]
