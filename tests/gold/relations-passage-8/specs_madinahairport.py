# The air conditioning of Prince Mohammed bin Abdulaziz airport, Madinah (Tayba's statement of 5 August 2015,
# passengers' complaints and the director's word of 10 August).
PAIRS = [
    (12688, "0", 16341, "2-3", "supports", "madinahairport-ac",
     "the cooling problem is being fixed (b: set again, the temperature back within 12 hours; doubt: four days later)"),
    (12688, "1", 16341, "3", "supports", "madinahairport-ac",
     "the new system was set up in the winter, at the trial opening, and must be tuned for the summer heat"),
    (12688, "3", 16341, "0-1", "unrelated", "madinahairport-ac",
     "the maker's team expected to finish within hours vs passengers fanning themselves since Tuesday (another day)"),
]
