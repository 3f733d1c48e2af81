# Two girls harassed by a crowd of youths on the Jeddah corniche during Eid al-Fitr (video of 19-20 July 2015): the
# arrests, the prosecution, and the municipality's surveillance cameras.
PAIRS = [
    (5224, "0", 6555, "0-1", "contradicts", "corniche-cameras",
     "denial: the municipality began installing 112 cameras vs its spokesman: no cameras, a plan not before 2017"),
    (4695, "1", 6555, "0", "contradicts", "corniche-cameras",
     "denial: cameras to be installed on the northern corniche vs the talk of cameras still under study (doubt)"),
    (6555, "فهناك خطة لوضع كاميرات مراقبة ولكنها لن تدخل حيز التنفيذ قبل العام 2017", 5224, "0-2", "contradicts",
     "corniche-cameras", "date: the cameras not before 2017 vs the installation of 112 cameras begun (doubt: a's plan is "
     "for the corniche's fourth and fifth phases)"),
    (1063, "0", 288, "0", "unrelated", "corniche-arrests",
     "the emirate's account: one arrested, at dawn vs the police: a number arrested, later that day (another stage; "
     "doubt)"),
    (2606, "0", 615, "4-5", "unrelated", "corniche-prosecution",
     "some arrested admitted being in the video but denied meaning harm vs the questioning begins (another detail)"),
    (615, "0", 944, "2", "unrelated", "corniche-law",
     "the prosecutors question the accused today vs the Shura committee on an anti-harassment law (another detail)"),
    (288, "4", 5224, "1", "contradicts", "corniche-date",
     "date: on the second day of Eid vs on the day of Eid al-Fitr (doubt)"),
    (5224, "1", 288, "4", "contradicts", "corniche-date",
     "date: on the day of Eid al-Fitr vs on the second day of Eid (doubt)"),
    (2782, "0", 5224, "1", "contradicts", "corniche-date",
     "date: the girls harassed on the corniche on the second day of Eid vs on the day of Eid (doubt)"),
    (288, "4", 4695, "3-4", "contradicts", "corniche-girls",
     "other: the girls walking on the corniche vs riding quad bikes on a seafront (doubt)"),
    (4695, "4", 288, "0", "supports", "corniche-arrests",
     "suspects arrested, four so far (doubt: b gives no number)"),
    (615, "5", 288, "0", "supports", "corniche-arrests",
     "the police identified suspects from the video and arrested them"),
    (2606, "2", 4695, "4", "unrelated", "corniche-arrests",
     "the source gave no number of the arrested vs four arrested, an Arab resident among them (another speaker)"),
    (615, "0", 5224, "3", "supports", "corniche-prosecution",
     "the prosecution's morality department questions the accused"),
]
