"""Real conflicts between sources in the sample-13 articles, found by reading them without the model's output.

    python tests/gold/graph-relations-sample-13/pick_articles.py ../shared/data/news > fresh13.jsonl
    python tests/gold/graph-relations-sample-13/hunt.py fresh13.jsonl > tests/gold/graph-relations-sample-13/hunt.jsonl
    python tests/gold/graph-contradictions-sample-3/funnel.py --store DIR --corpus fresh13.jsonl \\
        --gold tests/gold/graph-relations-sample-13/hunt.jsonl

How they were found (round 1, before the store was built, so before any claim or relation was seen): the 447
titles of the two days were read and grouped by story (the fronts around Aden: al-Hawta and the rest of Lahj, the
al-Anad base, Loder in Abyan, al-Alam and the northern edge of Aden; Taiz and Jabal Sabr; the truce of 27 July;
the US drone strike in Abyan; Mullah Omar's death; the Maiduguri and Gurdaspur attacks; the Mogadishu hotel
bomb; the Iraqi F-16s; Pollard; the Duma arson; Turkey's strikes on the PKK; Clinton's e-mails; ...); each story's
sentences were then grepped for counts, control of places, dates, causes and denials, and read.
Built by sample 6's builder (imported): side a is a stretch of its article (a claim, kept as written), side b the
whole sentence holding the b stretch, both by (0-based) line of fresh13.jsonl; the builder checks both are there.
`origin`: high (the two cannot both be true), med (a count or place that differs between two first reports, a
place reported taken against a report of fighting for it on the same news day, or a first report against a later
one: a fact-checker would still flag it)."""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (id, a line, a stretch, b line, b stretch, origin, note)
SPECS = [
    ("f13-01", 341, "وقتلت أربعة يشتبه أنهم أعضاء في تنظيم القاعدة", 442,
     "أفاد مسؤول حكومي بأن خمسة عناصر مفترضين من تنظيم القاعدة، من بينهم قيادي، قتلوا", "med",
     "the drone strike on a car in al-Mahfad, Abyan, night of 29-30 Jul: four suspected al-Qaeda members killed "
     "(residents and local officials, alweeam via Reuters) vs five, the mid-level leader al-Kazmi and four "
     "companions (a government official, okaz)"),
    ("f13-02", 93, "قتل ستة أشخاص عندما فجرت انتحارية نفسها", 123, "إن انتحاريا فجر نفسه في سوق مكتظة", "med",
     "the Gamboru market bombing in Maiduguri, Friday 31 Jul: a woman blew herself up (witnesses and a militia "
     "member to AFP, aawsat) vs a man blew himself up (Nigeria's emergency agency, 3alyoum via Reuters)"),
    ("f13-03", 59, "وقد يشير تأخر الإعلان عن وفاة الملا عمر بمدّة فاقت السنتين", 326,
     "وحسب المصادر أن الملا محمد عمر توفي قبل يومين أو ثلاثة أيام", "high",
     "Mullah Omar's death, announced 29 Jul: announced more than two years after it happened (aawsat) vs he "
     "died two or three days ago (Afghan government sources via the BBC, alweeam)"),
    ("f13-04", 21, "أن 13 شخصا على الأقل قتلوا عندما اقتحم متشدد من حركة الشباب بوابة الفندق", 297,
     "شاهدنا ستة قتلى معظمهم حراس أمنيون", "med",
     "the car bomb at the Jazeera Palace hotel in Mogadishu, Sunday 26 Jul: at least 13 killed (Reuters, "
     "aawsat) vs six dead, mostly guards, 'maybe more' (the official Mohamed Jama, alwatan)"),
    ("f13-05", 21, "أن 13 شخصا على الأقل قتلوا", 21, "وقال ضابط آخر بالشرطة إن «أربعة أشخاص قتلوا»", "med",
     "the same hotel bomb: at least 13 killed (Reuters) vs four killed (another police officer), one aawsat "
     "article"),
    ("f13-06", 33, "وقتل شرطيان وثلاثة مدنيين في الهجوم", 376, "إن القتلى أربعة مدنيين وشرطيان", "med",
     "the attack on the Dinanagar police station in Gurdaspur, Punjab, Monday 27 Jul: two policemen and three "
     "civilians killed (Punjab police while it went on, aawsat) vs four civilians and two policemen (a senior "
     "Punjab police officer after it ended, alyaum)"),
    ("f13-07", 81, "تمكنت المقاومة الشعبية من السيطرة على مدينة الحوطة عاصمة المحافظة", 160,
     "بسيطرة المقاومة الشعبية على أجزاء من مدينة الحوطة", "med",
     "al-Hawta, capital of Lahj, 30 Jul: the resistance took the city (aawsat) vs it took parts of it, with "
     "violent clashes going on (Yemeni sources to dpa, aljazirah)"),
    ("f13-08", 121, "بسط سيطرته الكاملة على مدينة الحوطة", 344, "ولا يزال الاقتتال دائرا في الحوطة", "med",
     "al-Hawta, 30-31 Jul: the southern alliance took full control of the city (southern sources, 3alyoum via "
     "Reuters) vs fighting still goes on in al-Hawta (officials, alweeam)"),
    ("f13-09", 408, "المقاومة تسيطر على لحج وتقطع طريق تعز", 185,
     "ما تبقى من قوات الحوثيين انسحبوا إلى مدينة الحوطه عاصمة محافظة لحج", "med",
     "Lahj, 26-27 Jul: the resistance controls Lahj (okaz headline; its text: areas on Lahj's edge) vs the "
     "remaining Houthis withdrew to al-Hawta, the capital of Lahj (a source, almadina)"),
    ("f13-10", 197, "وقال السكان إن 25 حوثيا وعشرة من رجال المقاومة الشعبية سقطوا قتلى", 185,
     "مقتل ما يقارب 30 مسلحًا حوثيًا ومواليًا لصالح، فيما قتل من جانب المقاومة ثمانية أشخاص", "med",
     "the battle for Sabr and al-Waht north of Aden, 25-26 Jul: 25 Houthis and ten resistance fighters killed "
     "(residents, aleqtisadiya via Reuters) vs about 30 Houthi and Saleh fighters and eight resistance "
     "fighters (a source, almadina)"),
    ("f13-11", 43, "تمكنت مساء أمس من السيطرة على مدينة لودر", 253,
     "متوقعة إحكام المقاومة سيطرتها على مدينة لودر بشكل كامل خلال الساعات المقبلة", "med",
     "Loder in Abyan, 30 Jul: the resistance took the city last evening (aawsat) vs violent clashes in the "
     "city, full control expected within hours (tribal sources, alriyadh)"),
    ("f13-12", 308, "أسر 48 من المتمردين ضمن المعركة التي يخوضونها للسيطرة على مدينة لودر", 253,
     "أسرت 40 من مسلحي جماعة الحوثي في محافظة أبين", "med",
     "the battle for Loder, 30 Jul: 48 rebels captured (an informed source, alwatan) vs 40 Houthi fighters "
     "captured in Abyan (tribal sources, alriyadh)"),
    ("f13-13", 308, "مضيفة أن 40 من مسلحي الحوثي قتلوا في الاشتباكات", 387,
     "إن 21 من مسلحي الحوثي قُتلوا في الاشتباكات، كما جرح 14 من مقاتليهم", "high",
     "the resistance's storming of the Houthi security square in central Taiz, 30 Jul: 40 Houthi fighters "
     "killed and 14 wounded (alwatan) vs 21 killed and 14 wounded (resistance sources, alyaum)"),
    ("f13-14", 313, "قتل 15 متمردا من الحوثيين وميليشيات صالح، من بينهم ثلاثة قياديين", 303,
     "فقد قتل 30 من مسلحي الحوثي وقوات موالية للمخلوع صالح، وجرح 34 آخرون", "med",
     "Jabal Sabr south of Taiz (Mishraa and Hadnan), Sunday 26 Jul: 15 Houthi and Saleh fighters killed, six "
     "resistance fighters (alweeam) vs 30 killed and 34 wounded (alwatan)"),
    ("f13-15", 210, "سيطرتها على مثلث العلم في محافظة لحج", 344,
     "وسيطرت القوات الموالية للرئيس عبد ربه منصور هادي على منطقة مثلث العلم عند المدخل الشرقي لعدن", "med",
     "al-Alam triangle, 30 Jul: in Lahj province (a resistance field source, aleqtisadiya) vs at the eastern "
     "entrance of Aden, towards Abyan (officials, alweeam; alwatan: in Abyan, east of Aden)"),
    ("f13-16", 423, "نجح الجيش الوطني اليمني بتشديد الحصار على معسكر وقاعدة العند العسكرية بمحافظة لحج واسقاط اجزاء منها",
     81, "وتنتظر توجيهات لاقتحام قاعدة العند", "med",
     "al-Anad base, 30 Jul: the army tightened the siege and took parts of it (field sources, okaz) vs the "
     "resistance is waiting for orders to storm the base (aawsat headline)"),
    ("f13-17", 256, "تم تطهير مدينة عدن بالكامل من الحوثيين", 252,
     "وبهذا تصبح المدينة الخضراء في أطراف عدن هي الملاذ الأخير لميليشيا الحوثي وصالح", "med",
     "Aden, 30 Jul: the city is fully cleared of the Houthis (the governor Nayef al-Bakri) vs al-Madina "
     "al-Khadra on Aden's edge is the Houthis' last refuge there (military sources), one alriyadh issue"),
    ("f13-18", 354, "شرق مدينة الرمادي مركز محافظة صلاح الدين", 358, "الرمادي مركز محافظة الأنبار", "high",
     "Ramadi is the capital of Salahuddin province (an RT correspondent, alweeam) vs the capital of Anbar "
     "province (al-Rai quoting an Anbar official, alweeam)"),
    ("f13-19", 403, "استيلاء مجموعة ضباط أكراد على طائرتين إف 16", 420,
     "قال قائد القوة الجوية العراقية إن إقليم كردستان لم يستول على الطائرتين", "high",
     "Iraq's first F-16s, 26 Jul: a group of Kurdish officers seized two of the four planes (military "
     "information given to MPs, okaz) vs the Kurdistan region did not seize them, the pilots flew over it (the "
     "Iraqi air force commander, okaz 31 Jul)"),
    ("f13-20", 27, "واشنطن تطرح بولارد للمساومة لتهدئة الاعتراضات الإسرائيلية على الاتفاق النووي", 46,
     "وأوضح المحامي أن العفو عن موكله، غير مرتبط بالتطورات الأخيرة في الشرق الأوسط", "high",
     "Pollard's parole: Washington offers Pollard as a bargaining chip to calm Israel's objections to the "
     "nuclear deal (aawsat headline on reports, 27 Jul) vs the parole is not linked to the recent developments "
     "in the Middle East (his lawyer, aawsat 31 Jul; the NSC also denied any link)"),
    ("f13-21", 11, "أنا واثقة من أنني لم أرسل، ولم أستلم، أي معلومات كانت سرية وقت إرسالها", 11,
     "أوضح أن أربعة منها كانت سرية", "med",
     "Clinton's e-mails: she sent and received no information that was classified at the time (Clinton) vs the "
     "intelligence community's inspector general found four of the few e-mails he checked held classified "
     "information (his statement), one aawsat article"),
    ("f13-22", 328, "ضربت خلالها ستة أهداف لحزب العمال الكردستاني داخل تركيا وشمال العراق", 330,
     "وذكر البيان ستة مواقع مختلفة استهدفت في شمال العراق", "med",
     "Turkey's air strikes on the PKK, night of 28-29 Jul: six targets inside Turkey and in northern Iraq (the "
     "prime minister's office via Reuters, alweeam) vs strikes on bases in northern Iraq and south-east Turkey, "
     "six different sites named in northern Iraq alone (the government statement via AFP, alweeam): six in all "
     "against six in Iraq besides Turkey's"),
    ("f13-23", 92, "وأدت النيران إلى إلحاق الدمار بالمنزل الواقع في كفر دوما", 361,
     "والهجوم الإرهابي على منزل عائلته في بلدة دوما شمال الضفة الغربية", "med",
     "the arson that killed the toddler Ali Dawabsheh, 31 Jul: the house is in Kafr Duma (aawsat via Reuters) "
     "vs in the village of Duma (Palestinian factions, alweeam)"),
    ("f13-24", 17, "تبدأ اليوم الهدنة الإنسانية", 404, "بدأت الهدنة الإنسانية في اليمن اعتبارا من أمس", "med",
     "the coalition's five-day truce (from 23:59 on Sunday 26 Jul): it starts today, Monday 27 Jul (aawsat, 27 "
     "Jul) vs it began yesterday, Sunday (okaz editorial, 27 Jul)"),
    ("f13-25", 197, "وقال سكان إن قوات المقاومة الشعبية استولت على حي صبر في شمال عدن", 185,
     "استكملوا سيطرتهم على بلدتي الوهط وصبر التابعتين لمحافظة لحج", "med",
     "Sabr, taken 26 Jul: a district in the north of Aden (residents, aleqtisadiya via Reuters) vs a town of "
     "Lahj province north of Aden (a source, almadina)"),
]

# Sample 6's builder (run from its file, not copied); every spec here is round 1 (one hunt, before any store).
_sample6_build = runpy.run_path(str(HERE.parent / "graph-relations-sample-6" / "hunt.py"))["build"]


def build(corpus: str) -> list[dict]:
    return _sample6_build(corpus, rounds=((1, SPECS),))


if __name__ == "__main__":
    rows = build(sys.argv[1])
    sys.stdout.write("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
