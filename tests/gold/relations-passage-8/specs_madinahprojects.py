# The municipal ministry's new projects in the Madinah region (reported 8-9 August 2015).
PAIRS = [
    (15660, "0", 15922, "0-3", "contradicts", "madinahprojects-cost",
     "amount: 665,932,983 million riyals vs 665,932,983 riyals (doubt: a misprinted unit)"),
    (15922, "أنهت وزارة الشؤون البلدية والقروية، جملة من المشروعات<<>>983 ريالا.", 15660, "0", "contradicts",
     "madinahprojects-cost", "amount: 665.932.983 riyals vs 665,932,983 million riyals (doubt: a misprinted unit)"),
    (15015, "3", 15660, "0", "supports", "madinahprojects-scope",
     "flood drainage, new and restored public gardens, projects in the governorates"),
    (15922, "3", 15660, "3", "unrelated", "madinahprojects-scope",
     "flood drainage, gardens and the governorates' projects vs the Wadi al-Aqiq crossing for 67,898,290 (another "
     "detail)"),
]
