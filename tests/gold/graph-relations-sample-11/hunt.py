"""Real conflicts between sources in the sample-11 articles, found by reading them without the model's output.

    python tests/gold/graph-relations-sample-11/pick_articles.py ../shared/data/news > fresh11.jsonl
    python tests/gold/graph-relations-sample-11/hunt.py fresh11.jsonl > tests/gold/graph-relations-sample-11/hunt.jsonl
    python tests/gold/graph-contradictions-sample-3/funnel.py --store DIR --corpus fresh11.jsonl \\
        --gold tests/gold/graph-relations-sample-11/hunt.jsonl

How they were found (round 1, before the store was built, so before any claim or relation was seen): the 599
titles of the three days were read and grouped by story (the last districts of Aden, al-Maasheeq and al-Tawahi,
the first aid ship and planes in Aden, the al-Anad front, Taiz, the Diyala and Baghdad bombings, the Algerian
ambush, the US strike on an Afghan checkpoint, the Gaza car bombs, Zarif before the Majlis, Burundi, ...); each
story's sentences were then grepped for counts, control of places, dates and hours, causes and denials, and read.
Built by sample 6's builder (imported): side a is a stretch of its article (a claim, kept as written), side b the
whole sentence holding the b stretch, both by (0-based) line of fresh11.jsonl; the builder checks both are there.
`origin`: high (the two cannot both be true), med (a count or date that was revised, or a first report against a
later one, or a place reported taken against a report of fighting for it on the same news day: a fact-checker
would still flag it)."""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (id, a line, a stretch, b line, b stretch, origin, note)
SPECS = [
    ("f11-01", 329, "إلى 120 قتيلا على الأقل", 378, "والذي سقط خلالها 100 قتيل و150 جريحا", "med",
     "the Khan Bani Saad market bombing in Diyala, Friday 17 Jul: the toll rose to at least 120 dead, about 130 "
     "injured (alriyadh, 22 Jul) vs 100 dead and 150 injured (the Iraqi judiciary's investigation, okaz, 22 Jul)"),
    ("f11-02", 478, "ما تسبب في مقتل 16 شخصا واصابة 48 شخصا", 533,
     "ادى تفجير سيارة مفخخة الى مقتل 19 شخصا على الاقل واصابة 43", "med",
     "the Baghdad al-Jadida car bomb, Tuesday 21 Jul: 16 killed and 48 injured (police and medics, aawsat) vs at "
     "least 19 killed and 43 injured (an interior ministry source, alriyadh via AFP)"),
    ("f11-03", 478, "قتل شخصان آخران في هجمات بقنابل في حي الزعفرانية في جنوب بغداد", 533,
     "ما ادى الى مقتل اربعة اشخاص على الاقل", "med",
     "the same day in al-Zaafaraniya, south Baghdad: two killed in bomb attacks (aawsat) vs a car bomb killed at "
     "least four and wounded ten (alriyadh via AFP, the same ministry source)"),
    ("f11-04", 81, "قتل 14 جنديًا جزائريًا في كمين نصبه في ولاية عين الدفلى", 341,
     "مقتل تسعة من جنود الجيش وجرح اثنين آخرين", "high",
     "the Ain Defla attack on the evening of Eid, 17 Jul: AQIM claims 14 soldiers killed in an ambush (alyaum; "
     "al-Khabar: 11) vs the Algerian defence ministry: nine soldiers killed and two wounded, fired on during a "
     "search operation (alriyadh)"),
    ("f11-05", 102, "قال مسؤولون أفغان ان 14 جنديا أفغانيا قتلوا", 465,
     "وأشار الجيش إلى أن سبعة جنود قتلوا وأصيب خمسة آخرون", "high",
     "the US helicopter strike on an Afghan army checkpoint in Baraki Barak, Monday 20 Jul: 14 soldiers killed "
     "(Afghan officials, aawsat) vs seven killed and five wounded (the US military, alyaum)"),
    ("f11-06", 70, "التي وقعت في توقيت واحد", 79, "ووقعت كل الانفجارات تباعا خلال ربع الساعة", "med",
     "the five car bombs in Gaza, Sunday 19 Jul: the blasts went off at one time (witnesses to Anadolu, sabq) vs "
     "one after another within a quarter of an hour (witnesses to AFP, alyaum)"),
    ("f11-07", 394, "وعلى متنها 3000 طن متري من الغذاء", 405, "أن الحمولة تضم 4700 طن من المواد الغذائية والأدوية",
     "med",
     "the first WFP ship in Aden (MV Han Zhi), 21 Jul: 3,000 metric tons of food (the WFP regional director, "
     "aleqtisadiya) vs a cargo of 4,700 tons of food and medicine (the transport minister Basalama, aawsat)"),
    ("f11-08", 239, "رست اول سفينة تنقل مساعدات إنسانية تابعة للأمم المتحدة، اليوم (الثلاثاء)، في مرفأ عدن", 467,
     "وكان الميناء قد استقبل الاثنين الماضي سفينة", "high",
     "the first UN aid ship docked in Aden on Tuesday 21 Jul (the governor's deputy, aawsat) vs the port received "
     "the WFP ship last Monday (alweeam, 22 Jul)"),
    ("f11-09", 281, "الذي كان الثوار استعادوه في وقت متأخر أول من أمس", 109,
     "أن قصر المعاشيق الرئاسي في حي كريتر لا يزال بأيدي المتمردين", "med",
     "al-Maasheeq presidential palace in Aden: retaken by the resistance late on Monday 20 Jul (alwatan, 22 Jul) "
     "vs the resistance spokesman al-Ahmadi on Monday: al-Maasheeq palace in Crater is still in the rebels' hands "
     "(aawsat, 21 Jul)"),
    ("f11-10", 281, "الذي كان الثوار استعادوه في وقت متأخر أول من أمس", 483,
     "المقاومة الشعبية الى القصر الجمهوري في المعاشيق", "high",
     "al-Maasheeq palace: retaken late on Monday 20 Jul (alwatan, 22 Jul) vs the resistance entered the republican "
     "palace in al-Maasheeq, the Houthis' last stronghold, on Thursday 23 Jul (alweeam, 23 Jul)"),
    ("f11-11", 181, "وأصبحت المنطقة تحت سيطرت المقاومة بشكل كامل بعد تمشيطها الإثنين", 47,
     "نجحوا في السيطرة على معظم حي التواهي ومنشآته الحيوية", "med",
     "al-Tawahi, Monday 20 Jul: fully under the resistance after Monday's combing (the resistance leader Abu "
     "Mohammed al-Adani, aleqtisadiya) vs the resistance controls most of al-Tawahi (the spokesman al-Ahmadi, "
     "alwatan)"),
    ("f11-12", 392, "تم تطهير كل الجيوب المتبقية في آخر مناطق كانت توجد فيها هذه الميليشيات", 456,
     "وتخوض المقاومة الشعبية معارك متقطعة في منطقة المعاشيق في عدن لطرد آخر المسلحين", "med",
     "Aden, 22 Jul papers: every remaining Houthi pocket cleared, in al-Tawahi, Crater and Bat (al-Ahmadi to "
     "aleqtisadiya) vs the resistance fighting on and off in al-Maasheeq to expel the last gunmen, Houthi snipers "
     "still there (alyaum)"),
    ("f11-13", 167, "عن مقتل سبعة مدنيين في اليوم الأول للعيد، فيما أصيب 70 آخرون", 73,
     "كما قُتل 7 أشخاص وجُرح 54 آخرون، أغلبهم من المدنيين، في قصف عشوائي", "med",
     "the Houthi shelling of Taiz at Eid: seven civilians killed and 70 injured on the first day, two killed and "
     "12 injured on the second (the Taiz doctors' syndicate, okaz) vs seven killed and 54 injured, mostly "
     "civilians, on Saturday 18 Jul (sabq via Sky News Arabia)"),
    ("f11-14", 243, "أن بلاده لم تقدم أي امتيازات أو تنازلات خلال المفاوضات النووية", 387,
     "وشدد وزير الخارجية الإيراني على تقديم طهران لتنازلات", "med",
     "Zarif before the Majlis, 21 Jul: Iran made no concessions in the nuclear talks (alweeam, via Fars) vs Zarif "
     "stressed that Tehran made concessions, each side gave up part of its demands (almadina)"),
    ("f11-15", 32, "ووفاة 15\u00a0حالة", 210, "واستشهد 26 كويتياً", "med",
     "the Imam al-Sadiq mosque bombing in Kuwait, 26 Jun: the emergency services' first report, 15 dead (alweeam) "
     "vs 26 Kuwaitis killed (a Gulf paper quoted in alweeam's press review; another headline there says 27)"),
    ("f11-16", 186, "وتحديدا على منطقة عقان شمال قاعدة العند وقطع الإمدادات", 574,
     "المقاومة سيطرت على وادي عقان", "med",
     "the al-Anad front: the resistance took the road and the Aqqan area north of al-Anad and cut the Houthis' "
     "supplies (the front's spokesman Qaid Nasr, aawsat, 21 Jul) vs the resistance took Wadi Aqqan and cut the "
     "supply roads on Wednesday 22 Jul (a source to DPA, aleqtisadiya, 23 Jul)"),
    ("f11-17", 134, "إن «المسلحين عبروا من رواندا", 134,
     "ونفت وزيرة الخارجية الرواندية لويز موشيكيوابو أي علاقة لبلدها باشتباكات شمال بوروندي", "high",
     "the clashes in northern Burundi: the gunmen crossed from Rwanda (the governor of Kayanza) vs Rwanda's "
     "foreign minister denies any link of her country to the clashes (one aawsat article)"),
    ("f11-18", 595, "لكن الإقبال في بوجمبورا وفي المناطق الأخرى بدا أول من أمس بصورة عامة أدنى من الإقبال", 595,
     "ونفى رئيس اللجنة الانتخابية هذا التراجع الظاهر", "high",
     "Burundi's presidential vote, 21 Jul: turnout looked lower than at the June legislative vote (many "
     "journalists) vs the head of the electoral commission denies the drop (one aawsat article)"),
    ("f11-19", 13, "انها اطلقت قذيفتي هاون على موقع للتدريب تابع لكتائب", 13,
     "لكن وزارة الداخلية التابعة للحركة نفت هذا", "high",
     "Gaza, May: a Salafi group says it fired two mortar shells at a Qassam training site vs Hamas's interior "
     "ministry denies the claim (one alweeam article)"),
    ("f11-20", 456, "قيادات حوثية كبيرة وقعت أسرى لدى المقاومة، من بينهم شقيق عبدالملك الحوثي", 413,
     "وبمحاصرة قيادي حوثي بارز في منطقة التواهي التابعة لعدن، يعتقد أنه عبد الخالق الحوثي", "med",
     "Aden, 22 Jul papers: senior Houthi leaders captured by the resistance, among them Abdulmalik al-Houthi's "
     "brother (alyaum) vs a senior Houthi leader, believed to be his brother Abdulkhaliq, besieged in al-Tawahi "
     "(field sources, aawsat)"),
]


def build(corpus: str) -> list[dict]:
    """Sample 6's builder (run from its file, not copied) on this folder's specs, all round 1."""
    sample6 = runpy.run_path(str(HERE.parent / "graph-relations-sample-6" / "hunt.py"))
    return sample6["build"](corpus, rounds=((1, SPECS),))


if __name__ == "__main__":
    for r in build(sys.argv[1]):
        print(json.dumps(r, ensure_ascii=False))
