"""Real conflicts between sources in the sample-10 articles, found by reading them without the model's output.

    python tests/gold/graph-relations-sample-10/pick_articles.py ../shared/data/news > fresh10.jsonl
    python tests/gold/graph-relations-sample-10/hunt.py fresh10.jsonl > tests/gold/graph-relations-sample-10/hunt.jsonl
    python tests/gold/graph-contradictions-sample-3/funnel.py --store DIR --corpus fresh10.jsonl \\
        --gold tests/gold/graph-relations-sample-10/hunt.jsonl

How they were found (round 1, before the store was built, so before any claim or relation was seen): the 600
titles of the four days were read and grouped by story (al-Anad base, Zinjibar, Lawdar and al-Houta, Sabir in
Taiz, the mines north of Aden, Bahah's visit to Aden, the Najran projectile, the Kuwait mosque trial, the Hamburg
fire, the Russian raids in the Caucasus, Turkey's raids on the PKK, the lion Jericho, ...); each story's sentences
were then grepped for counts, control of places, dates and hours, causes and denials (nafa, "rumours", "not yet"),
and read. Built by sample 6's builder (imported): side a is a stretch of its article (a claim, kept as written),
side b the whole sentence holding the b stretch, both by line of fresh10.jsonl; the builder checks both are there.
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
    ("f10-01", 535, "أصيب 27 شخصًا اليوم في حادث اندلاع حريق وانفجار في مبنى بمدينة هامبورج الألمانية", 486,
     "إلى 38 مصابًا", "med",
     "Hamburg bunker fire, Tuesday 4 Aug: 27 injured (3alyoum, the fire brigade spokesman) vs the number of "
     "injured rose to 38 (aawsat, the same spokesman, later)"),
    ("f10-02", 519, "ومن بين المصابين 11 رجل إطفاء", 535, "بينهم ثمانية من رجال الإطفاء", "med",
     "the same fire: 11 firefighters among the injured (alriyadh) vs 11 badly injured, eight of them firefighters "
     "(3alyoum)"),
    ("f10-03", 388, "مقتل 14 مقاتلا متمردا في عملية للقوات الخاصة الروسية في نالتشيك", 546,
     "إن قوات الأمن قتلت ستة أشخاص", "high",
     "Nalchik raid, 3 Aug: 14 rebels killed in the special forces operation in Nalchik (aawsat's lead; 14 is the "
     "Nalchik six plus Sunday's eight in Ingushetia) vs six killed in Nalchik (alyaum, the anti-terror committee)"),
    ("f10-04", 73, "جعلتهم الميليشيات دروعًا بشرية في قاعدة العند والذين يبلغ عددهم ألفي أسير", 88,
     "إضافة إلى وجود 1320 أسيراً جنوبياً", "high",
     "al-Anad before the assault, 1 Aug: the resistance front commander: two thousand of our prisoners used as "
     "human shields in the base (aawsat) vs the resistance spokesman Qaid Nasr: 1,320 southern prisoners held "
     "inside the base as human shields (alweeam via al-Seyassah)"),
    ("f10-05", 455, "وأوقعت وسطهم أكثر من 80 قتيلا و120 جريحا", 537,
     "أسرت 70 متمردا وقتلت 10 آخرين في المواجهات", "high",
     "al-Anad taken, 3 Aug: more than 80 rebels killed and 120 wounded, 80 surrendered (resistance sources, "
     "alwatan) vs the commander of the operation Fadl Hassan: 70 rebels captured and 10 killed (3alyoum)"),
    ("f10-06", 455, "فاجأت المقاومة الشعبية أمس قوات التمرد الحوثي المتحصنة داخل قاعدة العند الجوية الاستراتيجية، "
                    "حيث قامت في ساعات الصباح الأولى", 544,
     "بعد نجاح المقاومة في اقتحام مدخلها الغربي، ظهر أمس", "med",
     "al-Anad, 3 Aug: the resistance stormed and took the base in the first hours of the morning (alwatan) vs "
     "clashes inside the base after it stormed the western entrance at noon (alyaum, correspondents)"),
    ("f10-07", 455, "التي تحاصر القاعدة الاستراتيجية منذ أكثر من عشرة أيام", 566,
     "وباتت منذ الأربعاء الماضي تخضع لحصار من عدة جهات", "med",
     "al-Anad: besieged by the resistance for more than ten days (military sources, alwatan, 4 Aug) vs besieged "
     "from several sides since last Wednesday, 29 July (sabq via Reuters, 4 Aug)"),
    ("f10-08", 399, "وكانت مصادر كشفت لـ«الشرق الأوسط» مطلع الأسبوع الجاري عن فرار قائد قيادة العند العميد مرزوق "
                    "الصيادي", 566, "بعد ساعة من بدء الهجوم الشامل", "med",
     "the Houthis' al-Anad commander Marzouq al-Sayadi fled early this week, after a quarrel over reinforcements, "
     "before the assault (aawsat, 3 Aug) vs he was seen fleeing towards Taiz an hour after the assault began "
     "(the resistance spokesman Qaid Nasr, sabq, 4 Aug)"),
    ("f10-09", 317, "تمكنت المقاومة الشعبية من استرداد مدينة زنجبار، عاصمة محافظة أبين", 337,
     "واصلت المقاومة، تقدمها إلى المدينة الخضراء في شمال عدن، بالإضافة إلى زنجبار", "med",
     "Zinjibar, 3 Aug papers: the resistance retook the city, the governorate building and the 15th brigade camp "
     "(the resistance media centre, alwatan) vs the resistance still advancing towards Zinjibar (officials and "
     "witnesses, alriyadh)"),
    ("f10-10", 394, "إن 9 أشخاص بينهم 5 مدنيين لقوا حتفهم، وأصيب 81 آخرون", 318,
     "ارتفاع حصيلة ضحايا الألغام الأرضية التي زرعها الحوثيون إلى عشرة قتلى و81 جريحاً", "med",
     "mines left north of Aden: 9 dead incl. 5 civilians and 81 injured in one day (medical sources, aawsat) vs "
     "the toll rose to ten dead and 81 injured over the past two days (medical sources, alwatan, same day)"),
    ("f10-11", 39, "مقتل 22 متمردا وجرح 9 آخرين", 93, "قتل فيها قرابة 16 مسلحا حوثيا", "med",
     "Taiz, Mashraa and Hadnan on Sabir, the Tabbat Masoud battle of Thursday 30 July: 22 rebels killed and 9 "
     "wounded (the resistance media centre, alwatan) vs about 16 Houthi and Saleh fighters and 9 resistance men "
     "killed (alriyadh)"),
    ("f10-12", 201, "إن زيارة خالد بحاح، نائب الرئيس اليمني، إلى عدن صباح أمس", 145,
     "الى مطار عدن الدولي عصر اليوم السبت", "high",
     "Bahah's visit to Aden, Saturday 1 Aug: in the morning (the transport minister Basalama, aawsat) vs he "
     "arrived at Aden airport in the afternoon (alweeam; Reuters via 3alyoum: around noon)"),
    ("f10-13", 364, "أنه عند الساعة الرابعة من فجر أمس الأحد باشر رجال الدفاع المدني بلاغا عن سقوط مقذوف عسكري",
     321, "أنه عند الساعة الرابعة عصر يوم أمس", "high",
     "the projectile that killed the student Abdullah Dawas Al Mansour in Najran, Sunday 2 Aug: the civil defence "
     "spokesman: at four at dawn (okaz) vs the same spokesman: at four in the afternoon (alwatan; his father: the "
     "first projectile to fall in the evening)"),
    ("f10-14", 364, "حيث قام بإيقاف سيارته داخل فناء المنزل", 321,
     "عندما كان يهم بإيقاف سيارته أمام منزل العائلة", "med",
     "the same death: hit while parking his car inside the courtyard of the house (his uncle, okaz) vs while "
     "parking in front of the family house (medical sources, alwatan)"),
    ("f10-15", 450, "وذهب ضحيته 27 قتيلا كما جرح 227 آخرون", 513,
     "ما أدى إلى استشهاد 26 شخصا وإصابة 227 آخرين", "med",
     "the Imam al-Sadiq mosque bombing in Kuwait, 26 June: 27 dead and 227 injured per the health ministry (sabq) "
     "vs 26 dead and 227 injured (alriyadh and the other reports of the trial)"),
    ("f10-16", 513, "وكانت النيابة العامة وجهت في 14 يوليو الماضي الاتهام إلى 29 شخصا في حادث التفجير الإرهابي", 598,
     "نفى المتهمون الاخرون اي ضلوع لهم في الاعتداء", "high",
     "the Kuwait mosque trial, 4 Aug: the prosecution charged 29 people in the bombing (alriyadh) vs all the "
     "accused but Abdulrahman Saud denied any part in the attack (aleqtisadiya, AFP)"),
    ("f10-17", 165, "أسفرت خلال أسبوع عن مقتل حوالى 260 عنصرا من حزب العمال", 165,
     "أما حزب العمال بالعراق فتحدث عن مقتل خمسة أشخاص فقط قبل غارات أمس", "high",
     "Turkey's raids on the PKK, the first week: about 260 PKK members killed (Anadolu) vs the PKK in Iraq: only "
     "five killed before yesterday's raids (one alwatan article)"),
    ("f10-18", 423, "واعتبر الحوثي نجاح المقاومة والتحالف في استعادة عدن الشهر الماضي", 468,
     "التي نفى فيها سقوط عدن في أيدي المقاومة", "high",
     "Aden: Abdulmalik al-Houthi, on television on 2 Aug, calls the resistance's recapture of Aden last month a "
     "limited success (3alyoum) vs his spokesman Mohammed Abdulsalam had denied that Aden fell to the resistance "
     "(alwatan)"),
    ("f10-19", 269, "وكانت مجموعة المهام الخاصة بالحفاظ على الطبيعة قد اعلنت فى وقت سابق اطلاق النار ومقتل الاسد "
                    "جيركو", 269, "بيانات نظام تحديد المواقع لا تشير إلى أن جيركو قتل", "high",
     "the lion Jericho, Cecil's brother: shot dead (the Zimbabwe Conservation Task Force) vs the researcher "
     "Brent Stapelkamp: the GPS data show he is alive and moving (one alyaum article)"),
    ("f10-20", 492, "وستضم القائمة رئيس مجلس تشخيص مصلحة النظام، هاشمي رفسنجاني، والرئيس الإيراني حسن روحاني", 492,
     "نفى صحة التقارير حول قائمة الإصلاحيين والمعتدلين الموحدة", "high",
     "Iran's Assembly of Experts election: the reformist and moderate list will include Rafsanjani, Rouhani and "
     "Hassan Khomeini (the paper Arman) vs Rafsanjani denies the reports of a unified list (one aawsat article)"),
    ("f10-21", 391, "وتذهب الشائعات حتى إلى تحالف دوستم ونور للدفاع عن منطقتهما في الشمال", 545,
     "لكن مصدرا مقربا من دوستم ينفي ذلك", "high",
     "northern Afghanistan: rumours of an alliance of Dostum and Atta Noor to defend the north (aawsat, AFP) vs a "
     "source close to Dostum denies it, speaking of local cooperation (alyaum, the same AFP copy)"),
    ("f10-22", 77, "ليصل بذلك إجمالي صادرات البلاد إلى 3.104 مليون برميل يوميا", 134,
     "تجاوزت 96 مليون برميل وبمعدل 3 ملايين و64 ألف برميل يوميا", "med",
     "Iraq's oil exports in July: the total reached 3.104 million bpd (3.064 from the south plus 40,000 through "
     "Ceyhan; the oil ministry via Reuters, alyaum) vs the total, over 96 million barrels, averaged 3.064 million "
     "bpd (the ministry spokesman Asim Jihad, aleqtisadiya)"),
    ("f10-23", 39, "وأن الثوار أكملوا سيطرتهم الكاملة على المدينة", 88,
     "إلى عدم تحرير مدينة الحوطة عاصمة محافظة لحج والمدينة الخضراء قرب عدن حتى الآن", "high",
     "al-Houta, the capital of Lahj, 1 Aug papers: the rebels completed their full control of the city "
     "(witnesses, alwatan) vs al-Houta not yet liberated, the resistance advancing towards it (the Lahj resistance "
     "spokesman Qaid Nasr, alweeam)"),
    ("f10-24", 87, "طردوا أيضاً الحوثيين من مدينة \"لودر\" في محافظة أبين الجنوبية", 60,
     "وتجري المواجهات في داخل مدينة لودر لتطهيرها من عناصر الميليشيات", "med",
     "Lawdar, 1 Aug: southern fighters and loyal army units expelled the Houthis from the town (sabq via Sky "
     "News) vs the fiercest fighting of the front is inside Lawdar, to clear it of the militias (local sources, "
     "aawsat, same day)"),
    ("f10-25", 540, "وقاعدة العند الجوية بعد تحريرها من الحوثيين وقوات صالح بشكل كامل", 537,
     "مضيفا أن عملية استعادة قاعدة العند بالكامل ستحسم قريبا", "med",
     "al-Anad, 4 Aug papers: the base fully liberated, now being combed (alyaum) vs the operation's commander Fadl "
     "Hassan: the army and resistance hold the west gate, the airfield and some southern parts, full recovery "
     "soon, clashes in the adjacent camp (3alyoum)"),
    ("f10-26", 123, "هجوما بسيارتين مفخختين تبعه اشتباكات بالأسلحة الرشاشة والقذائف، استهدف نقطة عسكرية تابعة "
                    "للواء 135", 23, "واقتحم انتحاري بسيارة مفخخة نقطة تفتيش في بلدة القطن في محافظة حضرموت", "high",
     "the attack that killed nine soldiers in Hadramawt, Friday 31 July: two car bombs followed by gunfire on a "
     "post of the 135th brigade in Wadi Sirr (a Yemeni security source, okaz) vs one suicide bomber in a car bomb "
     "at a checkpoint in the town of al-Qatn (a military source, alyaum via AFP)"),
]


def build(corpus: str) -> list[dict]:
    """Sample 6's builder (run from its file, not copied) on this folder's specs, all round 1."""
    sample6 = runpy.run_path(str(HERE.parent / "graph-relations-sample-6" / "hunt.py"))
    return sample6["build"](corpus, rounds=((1, SPECS),))


if __name__ == "__main__":
    for r in build(sys.argv[1]):
        print(json.dumps(r, ensure_ascii=False))
