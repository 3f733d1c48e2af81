"""Real conflicts between sources in the sample-8 articles, found by reading them without the model's output.

    python tests/gold/graph-relations-sample-8/pick_articles.py ../shared/data/news > fresh8.jsonl
    python tests/gold/graph-relations-sample-8/hunt.py fresh8.jsonl > tests/gold/graph-relations-sample-8/hunt.jsonl
    python tests/gold/graph-contradictions-sample-3/funnel.py --store DIR --corpus fresh8.jsonl \\
        --gold tests/gold/graph-relations-sample-8/hunt.jsonl

How they were found (round 1, before the store was built, so before any claim or relation was seen): the titles
of the three days were read and grouped by story (the Heliopolis court bomb, the Sevare hotel toll, the Kabul
airport bomb, typhoon Soudelor, Zinjibar, Shaqra and Lawdar, al-Dhale, the Asir mosque bombing, the Yemeni
wounded flown to Jordan, Ferguson, Parchin, ...); each story's sentences were then grepped for counts, control of
places, dates, causes and denials (nafa, "lies", "claims"), and read. Built by sample 6's builder (imported): side
a is a stretch of its article (a claim, kept as written), side b the whole sentence holding the b stretch, both by
line of fresh8.jsonl; the builder checks both are there. `origin`: high (the two cannot both be true), med (a
count or date that was revised, or a first report against a later one: a fact-checker would still flag it)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (id, a line, a stretch, b line, b stretch, origin, note)
SPECS = [
    ("f8-01", 213, "أسفر عن إصابة ضابطين ومجند", 297, "ضابطي شرطة ومدنيا أصيبوا في انفجار", "high",
     "Heliopolis court bomb, 10 Aug: two officers and a conscript injured (the interior ministry, by name) vs two "
     "officers and a civilian (the health ministry spokesman and MENA)"),
    ("f8-02", 232, "إن أربعة أشخاص أصيبوا ونقلوا إلى مستشفيين", 297, "نقل المصابون الثلاثة إلى مستشفى هليوبوليس",
     "high", "the same bomb, the same health ministry spokesman: four injured taken to two hospitals (3alyoum) vs "
             "the three injured taken to Heliopolis hospital (alyaum)"),
    ("f8-03", 556, "وتم نقل ضابطي الشرطة والمواطن الذي تصادف مروره بموقع الانفجار إلى المستشفى", 213,
     "إصابة العقيد هشام العزب والرائد أحمد فكري والمجند مصطفى علي عباس", "high",
     "the same bomb, both citing the interior ministry: two officers and a passer-by citizen (alriyadh) vs two "
     "officers and the conscript Mustafa Ali Abbas, traffic police on duty there (aawsat)"),
    ("f8-04", 594, "قتل 15 من الكفار والمتواطئين معهم", 594, "وتشير الحصيلة الرسمية للهجوم على فندق بيبلوس",
     "high", "Sevare hotel attack: the jihadist Kinan says 15 infidels and collaborators were killed vs the "
             "official toll of 13 (4 soldiers, 5 UN contractors, 4 attackers)"),
    ("f8-05", 82, "سقط خلالها 12 قتلى على الأقل، بينهم خمسة جنود، وأربعة من المهاجمين، وثلاثة من الأجانب", 124,
     "بين القتلى «خمسة من القوات المالية وخمسة ارهابيين»", "high",
     "Sevare, Saturday: 12 dead = 5 soldiers, 4 attackers, 3 foreigners (a presidential spokesman to CNN) vs 12 "
     "dead = 5 soldiers, 5 terrorists, 2 foreigners (a Malian military source to AFP)"),
    ("f8-06", 124, "قتل 12 شخصاً، بينهم خمسة عسكريين", 214, "«حصيلة نهائية» لعدد ضحايا الهجوم بلغت 13 قتيلا",
     "med", "Sevare: 12 dead incl. 5 soldiers (the army, Saturday) vs the government's final toll on Sunday: 13, "
            "incl. 4 soldiers"),
    ("f8-07", 538, "إن الاعتداء أدى إلى مقتل خمسة مدنيين", 469, "ونفى مقتل أي مدنيين أفغان في الهجوم", "high",
     "Kabul airport car bomb, 10 Aug: the Kabul police spokesman: five civilians killed vs the Taliban spokesman "
     "denies any Afghan civilian was killed (the targets were foreigners, all killed)"),
    ("f8-08", 511, "إن امرأة وطفلا من بين الجرحى", 469, "ان امرأة وطفل من بين القتلى", "high",
     "the same bomb, the same health ministry spokesman: a woman and a child among the wounded (aawsat) vs among "
     "the dead (aljazirah)"),
    ("f8-09", 212, "ما لا يقل عن خمسة أشخاص لقوا حتفهم وأصيب 18 آخرون", 511,
     "ما لا يقل عن ستة أشخاص، من بينهم انتحاري لقوا حتفهم وأصيب 21 آخرون", "med",
     "the same bomb: at least 5 dead, 18 injured (officials, aawsat on the day) vs at least 6 dead incl. the bomber, "
     "21 injured (officials, aawsat the next day; the police chief: 5 and 16)"),
    ("f8-10", 33, "مما أسفر عن مقتل تسعة أشخاص", 335, "أسفر عن سقوط 14 قتيلا في شرق الصين", "med",
     "typhoon Soudelor in mainland China, Sunday: nine killed (aawsat) vs 14 killed (state media via alriyadh)"),
    ("f8-11", 87, "أكمل الثوار أول من أمس، بمساعدة عناصر الجيش الموالي للشرعية، وإسناد قوي من طائرات التحالف العربي، "
                  "استرداد مدينة زنجبار", 311,
     "أمس الأحد، السيطرة على مدينة زنجبار", "med",
     "Zinjibar: the rebels completed its recapture the day before yesterday (Friday 7 Aug, alwatan of 9 Aug) vs "
     "the army completed control yesterday Sunday (9 Aug, aleqtisadiya of 10 Aug)"),
    ("f8-12", 346, "كما دخلت القوات الى زنجبار التي كانت خالية من قوات الحوثيين", 215,
     "من ميليشيات الحوثي والرئيس المخلوع صالح، عقب معارك عنيفة", "high",
     "Zinjibar: the forces entered a city empty of Houthi forces (local and military sources, alriyadh) vs "
     "liberated from the Houthis after fierce battles (aawsat)"),
    ("f8-13", 353, "وسيطرت عليها من دون مقاومة كبيرة من الحوثيين", 346,
     "والذين يتركز وجودهم في ابين على الشريط الساحلي الممتد حتى شقرة", "high",
     "Shaqra, 9-10 Aug: loyal forces took the coastal town without much resistance (military sources, alwatan) vs "
     "the Houthis' presence in Abyan is concentrated on the coastal strip up to Shaqra (alriyadh, same day)"),
    ("f8-14", 209, "وسيطرت على المدينة وهي واحدة من آخر معاقل المتمردين الحوثيين في محافظة أبين", 448,
     "باستثناء مدينة لودر التي تتجه المقاومة إليها وتشهد اشتباكات عنيفة", "high",
     "Lawdar: the resistance took the town on Monday 10 Aug (aawsat) vs Abyan liberated except Lawdar, towards "
     "which the resistance heads, with violent clashes (okaz, 11 Aug)"),
    ("f8-15", 182, "استشهاد ١٢ من منسوبي القوات، إضافة إلى ثلاثة من العاملين في الموقع", 108,
     "وأربعة من العاملين في الموقع من الجنسية البنجلاديشية", "high",
     "Asir mosque bombing: 12 members of the forces and 3 workers killed (alyaum) vs the interior ministry's "
     "list: 5 security men, 6 trainees and 4 Bangladeshi workers"),
    ("f8-16", 131, "13 شهيدا من بينهم ضابطان و11 فردا و449 مصابا", 438,
     "حيث بلغ عدد الضحايا (٢٥) شهيدا و(٤٦٥) مصابا ما بين ضباط وأفراد", "med",
     "the emergency forces' toll over 11 years against terrorists: 13 martyrs and 449 injured (okaz, 9 Aug) vs 25 "
     "martyrs and 465 injured (okaz, 11 Aug)"),
    ("f8-17", 34, "واعترف أثناء استجوابه بالعمل لصالح حزب الله", 34,
     "نفت ليا تسيميل، محامية حزران الإسرائيلية، التهم الموجهة إلى موكلها", "high",
     "the Shin Bet: the Swede Khalil Hazran confessed to working for Hezbollah vs his lawyer denies the charges "
     "(he refused any request to harm Israel's security)"),
    ("f8-18", 71, "وتتهم مصر قطر بدعم جماعة الأخوان", 71, "وهو ما تنفيه الدوحة", "high",
     "Egypt accuses Qatar of supporting the Brotherhood vs Doha denies it (one sentence)"),
    ("f8-19", 501, "واتهمت إيران التي لا تعترف بالجنسية المزدوجة رضائيان بجمع معلومات سرية وتمريرها إلى حكومات معادية",
     501, "ونفت «واشنطن بوست» التهم الموجهة إليه", "high",
     "Iran accuses Jason Rezaian of gathering secret information for hostile governments vs the Washington Post "
     "denies the charges as absurd"),
    ("f8-20", 54, "إن إيران ربما كانت تطهر الموقع قبل أن يدخله مفتشو الوكالة", 54,
     "ونفى رئيس البرلمان الإيراني علي لاريجاني ما قاله المعهد أيضا", "high",
     "Parchin: the ISIS institute: Iran may be cleaning the site before the IAEA inspectors enter vs Larijani "
     "denies what the institute said"),
    ("f8-21", 38, "حركة المركبات ليس لها صلة - على ما يبدو - بأعمال طرق", 54,
     "نقول إن الأنشطة في بارشين لها علاقة بأعمال طرق", "high",
     "Parchin: the US institute: the vehicle movements apparently have nothing to do with road works vs Zarif: "
     "the activity at Parchin is road works"),
    ("f8-22", 226, "تنفق 20 مليون دولار على حملة ضد الاتفاق", 226, "فتقول إنها لا تقف وراء هذه الإعلانات", "high",
     "Obama: AIPAC spends $20 million (millions on ads) against the Iran deal vs AIPAC: it is not behind these ads"),
    ("f8-23", 188, "وصل إلى العاصمة الأردنية عمّان 80 مصابا يمنيا", 364,
     "35 جريحا من فئة الشباب كانوا أول جرحى المقاومة الشعبية في عدن", "med",
     "Yemeni wounded flown to Amman on 8 Aug: 80 arrived (the relief committee via Saba, aawsat) vs 35, the first "
     "wounded of the Aden resistance, arrived that evening (the receiving hospital, alwatan)"),
    ("f8-24", 505, "جرى نقل 70 جريحًا يمنيًا من البلاد إلى الأردن", 76,
     "وصل 80 مصابًا يمنيًا إلى العاصمة الأردنية عمان اليوم", "med",
     "Yemeni wounded to Jordan: 70 transferred (the government spokesman Badi, 11 Aug) vs 80 arrived (Jordanian "
     "medical sources, 9 Aug)"),
    ("f8-25", 516, "أصيب خلاله شخص واحد بجروح خطيرة", 296, "أصيب شخصان في إطلاق للنار وقع خلال مسيرة", "med",
     "Ferguson anniversary, Sunday night: one person seriously wounded in the exchange of fire (aawsat) vs two "
     "people wounded by gunfire during a march (alyaum, Reuters)"),
    ("f8-26", 516, "وقفوا خلالها أربع دقائق ونصف دقيقة", 333, "بعد الوقف دقيقة حدادا", "med",
     "Ferguson, the silent march: four and a half minutes of silence (aawsat) vs one minute of silence (alriyadh)"),
    ("f8-27", 42, "سيطرت أمس على معسكر الصدرين آخر معاقل اللواء 33 مدرع", 111,
     "وكانت المقاومة الشعبية سيطرت الجمعة الماضي على معسكر «الصدرين»", "med",
     "al-Dhale: the resistance took the Sadrain camp yesterday (Saturday 8 Aug, aawsat) vs last Friday "
     "(7 Aug, aljazirah)"),
    ("f8-28", 198, "عن مقتل 17 داعشيا ضمن عمليات شرقي الفلوجة", 239,
     "قيادة عمليات بغداد تمكنت ضمن عملية فجر الكرمة من قتل 14 من عناصر", "med",
     "the Baghdad operations command, 10 Aug: 17 ISIS members killed east of Fallujah (alweeam, the SPA wire) vs 14 killed in the "
     "Fajr al-Karma operation (3alyoum, the war media cell)"),
    ("f8-29", 191, "الاتفاق لا يتضمن اية قيود على البرنامجين الصاروخي والنووي الايراني", 191,
     "ويتضمن قرار مجلس الامن ضمن بنوده استمرار الحظر على تكنولوجيا الصواريخ الايرانية لمدة ثمانية اعوام", "med",
     "Zarif: the deal puts no restriction on Iran's missile and nuclear programmes vs the Security Council "
     "resolution (endorsing the deal) keeps the ban on missile technology for eight years"),
]


def _sample6_hunt():
    spec = importlib.util.spec_from_file_location("sample6_hunt", HERE.parent / "graph-relations-sample-6" / "hunt.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(corpus: str) -> list[dict]:
    return _sample6_hunt().build(corpus, rounds=((1, SPECS),))


if __name__ == "__main__":
    for r in build(sys.argv[1]):
        print(json.dumps(r, ensure_ascii=False))
