# Two men die in a well at Shawaq (Ashwaq), Duba governorate, Tabuk region, when a petrol pump catches fire (20 Jul 2015).
PAIRS = [
    (1411, "0", 2471, "0-4", "supports", "well-deaths",
     "two died inside a well at Shawaq, Tabuk"),
    (944, "وعند الوصول تبيّن ان الحادث عبارة عن احتراق ماطور بنزين شفط مياه داخل بير عمقه 8 أمتار وقطره مترين", 1411, "1-2", "supports", "well-cause",
     "a petrol water pump burned inside the 8 m well; b: a fire in the pump in the well"),
    (4104, "0", 944, "0", "supports", "well-deaths",
     "two suffocated in an eight-metre well at Ashwaq while pumping water with a motor"),
    (2471, "3", 4104, "1", "supports", "well-cause",
     "the two were trying to start the motor; burns and suffocation; the well's owner and a worker"),
    (4104, "3", 2471, "0-4", "unrelated", "well-history",
     "Tabuk saw more deaths in wells over two years vs this accident"),
    (4104, "6", 1411, "0-2", "unrelated", "well-history",
     "the last well deaths, in January at Umluj vs this accident"),
    (2471, "4", 944, "2", "supports", "well-deaths",
     "the bodies handed to the Disah police"),
    (944, "وأوضح المتحدث الرسمي بمديرية الدفاع المدني<<>>في هجرة حجالة شرق الديسة", 2471, "1", "supports", "well-deaths",
     "the Tabuk control centre was told of two men trapped in a well at Shawaq, Hijrat Hajala east of Disah"),
]
