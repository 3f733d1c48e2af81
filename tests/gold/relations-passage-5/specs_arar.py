# Arar: children playing start a fire in a flat in Badana; seven people suffocated and rescued (29-30 July 2015).
PAIRS = [
    (9805, "1", 11104, "0-1", "supports", "arar-flat",
     "seven suffocated in a flat fire in Badana, Arar, started by children"),
    (11518, "0", 9805, "2", "supports", "arar-flat",
     "civil defence rescued the seven trapped in the flat in Badana"),
    (11104, "0", 10848, "0-1", "unrelated", "arar-flat",
     "the Arar flat fire vs a house fire in Madinah (another fire)"),
]
