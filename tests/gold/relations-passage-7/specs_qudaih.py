# The wanted man Mohammed al-Faraj, of the list of 23, shot dead in al-Qudaih, Qatif (morning of Sunday 26 July 2015).
PAIRS = [
    (6909, "أعلنت شرطة المنطقة الشرقية، أمس الأحد، عن مقتل المطلوب الأمني محمد علي عبد الرحيم الفرج", 7268, "0", "supports",
     "qudaih-faraj", "the wanted Mohammed Ali Abdulrahim al-Faraj shot dead on Sunday"),
    (6909, "2", 7268, "0", "supports", "qudaih-faraj",
     "his brother named the culprits, men wanted in criminal cases"),
    (7444, "1", 6909, "0-2", "supports", "qudaih-faraj",
     "Qatif police began the criminal inquiry"),
    (6909, "0", 7083, "0", "contradicts", "qudaih-faraj",
     "the list of 23 announced in late June 2012 vs dated 8-2-1433 AH, early January 2012 (doubt: b gives the Hijri "
     "date only)"),
]
