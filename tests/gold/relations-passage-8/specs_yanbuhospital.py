# The air conditioning of Yanbu General Hospital: a visitor's video from intensive care (almadina, 6 August 2015) and
# Yanbu health affairs' statement (okaz, 7 August).
PAIRS = [
    (12485, "1", 14767, "0-1", "contradicts", "yanbuhospital-ac",
     "denial: the air conditioning is out in intensive care vs not stopped, only weak; the video's claim untrue"),
    (14767, "0", 12485, "0-2", "contradicts", "yanbuhospital-ac",
     "denial: the hospital's air conditioning not stopped, its central units weak vs out of order in intensive care "
     "and other wards"),
    (14767, "وتم التعميد على حساب المقاول الحالي للصيانة<<>>لحل هذه المعضلة جذريا", 12485, "0-2", "unrelated",
     "yanbuhospital-contract", "a maintenance order of 1,003,000 riyals vs the patients' complaints (another detail)"),
    (12485, "2", 14767, "0", "unrelated", "yanbuhospital-ac",
     "high temperatures in Yanbu these days vs the units weak (another detail)"),
]
