"""Real conflicts between sources in the sample-6 articles, found by reading them without the model's output.

    python tests/gold/graph-relations-sample-6/pick_articles.py ../shared/data/news > fresh2.jsonl
    python tests/gold/graph-relations-sample-6/hunt.py fresh2.jsonl > tests/gold/graph-relations-sample-6/hunt.jsonl
    python tests/gold/graph-contradictions-sample-3/funnel.py --store DIR --corpus fresh2.jsonl \
        --gold tests/gold/graph-relations-sample-6/hunt.jsonl

How they were found: the article titles of the three days were read, grouped by story (the Asir mosque
bombing, al-Anad and Lahj, Zinjibar, Nineveh executions, Sevare hostages, Parchin, ...), and the sentences of
each story grepped for counts, control of places, dates and denials. Each SPEC names side a by a stretch of
its article (a claim: kept as written) and side b by a stretch of a sentence of its article (written out as
the whole sentence), both by line of fresh2.jsonl; the builder checks both are there. The rows have the fields
of ../relations/syria-claim-sentence.jsonl (so ../graph-contradictions-sample-3/funnel.py reads them) plus
each side's URL, outlet and date. `origin`: high (the two cannot both be true), med (a count or date that was
revised, or a first report against a later one: a fact-checker would still flag it). `round`: 1 for the pairs
found before any of the model's output or claims were seen, 2 for the six found afterwards (see SPECS_ROUND2)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kg.text import split_sentences

# (id, a line, a stretch, b line, b stretch, origin, note)
SPECS = [
    ("fh-01", 518, "بسطت سيطرتها على مدينة زنجبار عاصمة محافظة أبين", 465,
     "واصل مسلحو المقاومة الشعبية والجيش الوطني الشرعي امس الجمعة حصارهم لمدينة زنجبار", "high",
     "Zinjibar, Friday 7 Aug: the army took control of the city (aawsat) vs the resistance still besieging it, "
     "Houthis entrenched inside (alriyadh)"),
    ("fh-02", 503, "تم تطهير محافظتي أبين وزنجبار من العناصر الحوثية", 465,
     "واصل مسلحو المقاومة الشعبية والجيش الوطني الشرعي امس الجمعة حصارهم لمدينة زنجبار", "high",
     "al-Maysari: Abyan and Zinjibar cleared of Houthis vs Zinjibar still besieged with Houthis inside, same day"),
    ("fh-03", 27, "قاعدة العند لم تتحرر بشكل نهائي", 103, "بعد تحرير محافظة لحج بالكامل، بما فيها قاعدة العند",
     "high", "al-Anad base not fully liberated, skirmishes in its north (Hadi's secretary) vs Lahj fully "
             "liberated including al-Anad (army and resistance sources), both 5 Aug"),
    ("fh-04", 27, "قاعدة العند لم تتحرر بشكل نهائي", 7, "الوضع العسكري في قاعدة العند الجوية مسيطر عليه تماما",
     "med", "al-Anad not fully liberated vs 'completely under control' (the same speaker adds that pockets and "
            "snipers are being cleared)"),
    ("fh-05", 65, "استعادت القوات الموالية للحكومة اليمنية الشرعية المعترف بها دوليا أمس الثلاثاء قاعدة العند الجوية",
     22, "واستعادوا السيطرة على قاعدة العند الجوية أمس الاثنين", "med",
     "al-Anad retaken 'yesterday Tuesday' (aljazirah) vs 'yesterday Monday' (alweeam, and the defence ministry "
     "statement): one event, two days"),
    ("fh-06", 286, "استشهاد» 17 من رجال الأمن وإصابة العشرات", 276,
     "استشهاد» 15 شخصًا، ضمنهم 12 من رجال الأمن وثلاثة من العاملين في الموقع", "high",
     "Asir mosque bombing, 6 Aug: 17 security men killed and dozens injured (Egypt's mufti) vs 15 killed, 12 of "
     "them security men and 3 workers, 7 injured (the Interior ministry's figure)"),
    ("fh-07", 358, "استشهاد 13 وإصابة تسعة مصلين في تفجير إرهابي بمسجد قوات الطوارئ في عسير", 337,
     "تفجير إرهابي يودي بحياة 15 من منسوبي قوات الطوارئ الخاصة في عسير", "med",
     "Asir bombing, headlines of 7 Aug: 13 killed vs 15 killed (a first count against the revised one)"),
    ("fh-08", 222, "نحو 17 شخصا \"استشهدوا\" بينهم طلبة، وجرح قرابة 30 آخرين", 267,
     "استشهاد 15 رجل أمن من بينهم 3 عاملين بالموقع فيما أصيب 7 آخرون", "med",
     "Asir bombing: 'first information' of about 17 killed and about 30 injured vs the ministry's 15 killed, 7 "
     "injured"),
    ("fh-09", 112, "نجل زعيم طالبان السابق الملا يعقوب قتل في كمين لأنصار أختر منصور في كويتا", 112,
     "غير أن طالبان نفت مقتل الرجل", "high",
     "the Afghan deputy speaker: Mullah Omar's son Yaqoub killed in an ambush in Quetta vs the Taliban deny it"),
    ("fh-10", 283, "وجود بعض الاختلافات المهمة", 283, "نفت وزارة الخارجية الأميركية هذا الاختلاف", "high",
     "the New York Post: important differences between the Persian and English texts of the nuclear deal vs the "
     "State Department denies any difference"),
    ("fh-11", 591, "إيران ربما كانت تطهر الموقع قبل أن يدخله مفتشو الوكالة", 593,
     "اتهامات بأن بلاده تقوم بأنشطة في موقع بارشين العسكري بأنها “أكاذيب”", "high",
     "ISIS (the institute): suspicious activity at Parchin, Iran may be cleaning the site vs Zarif: the "
     "accusations are lies (road works)"),
    ("fh-12", 168, "زاعمة أنها تمكنت من إسقاط الطائرة", 168, "هبوطا اضطراريا في منفذ الطوال السعودي", "high",
     "the Houthis: they shot down the Saudi Apache vs the joint command: an emergency landing at al-Tuwal, no "
     "damage"),
    ("fh-13", 429, "قتل أربعة أشخاص بينهم عسكريان ومهاجم الجمعة في هجوم استهدف فندقا", 434,
     "وأوقعت ثمانية قتلى بينهم ثلاثة عسكريين", "med",
     "Sevare hotel, Friday: four killed incl. two soldiers vs eight killed incl. three soldiers (a toll that "
     "rose the same day; a third count, 12 with five soldiers, on Saturday)"),
    ("fh-14", 467, "نفذ الإعدام مرة واحدة في عدد 2700 شخص من أهالي الموصل", 576,
     "2070 مواطنًا من أهالي نينوى", "med",
     "Nineveh executions: 2,700 people of Mosul executed at once (al-Nujaifi) vs 2,070 citizens of Nineveh "
     "(the defence minister): one list, two numbers"),
    ("fh-15", 319, "لكن حركة طالبان تبنت العملية قائلة إنها أسقطت المروحية بصاروخ", 289,
     "وسقطت المروحية بسبب عطل تقني في مقاطعة شينكاي", "high",
     "Zabul helicopter crash, 17 dead: the Taliban say they shot it down with a missile (alwatan) vs it fell "
     "because of a technical fault, in an area free of insurgents (aawsat, local and military authorities)"),
    ("fh-16", 345, "لكن حركة طالبان تبنت العملية قائلة إنها اسقطت المروحية بصاروخ", 345,
     "وقالت وزارة الدفاع الافغانية إن المروحية سقطت بسبب عطل تقني", "high",
     "the same cause conflict inside one article: the Taliban's missile vs the defence ministry's technical fault"),
]


# Found after the funnel had been run on the pairs above and the claims of articles 7, 22, 27, 65, 103, 276, 286,
# 289, 319, 337 and 358 had been looked at (fh-17 and fh-18 use 276, 334 and 337's stories): not blind, so
# reported apart (`round` 2).
SPECS_ROUND2 = [
    ("fh-17", 249, "أنباء راجت عن احباط عملية ارهابية كبيرة ظهر اليوم تستهدف مبنى طواري الرياض", 195,
     "الداخلية : لاصحة لتعرض مقرات قوات الطوارئ الخاصة لمحاولة تفجير ارهابي", "high",
     "reports that a big attack on the Riyadh emergency forces building was foiled the same day vs the "
     "interior ministry: no truth that any emergency forces HQ was the target of an attempted bombing"),
    ("fh-18", 334, "استشهاد 13 من منسوبي قوات الطوارئ الخاصة وثلاثة من العاملين في الموقع، وإصابة تسعة آخرين", 276,
     "استشهاد» 15 شخصًا، ضمنهم 12 من رجال الأمن وثلاثة من العاملين في الموقع", "med",
     "Asir bombing: 13 security men and 3 workers killed, 9 injured (aleqtisadiya) vs 15 killed, 12 of them "
     "security men, 7 injured (aawsat)"),
    ("fh-19", 57, "البديل عن الاتفاق الحالي مع ايران هو عمل عسكري ضدها", 228,
     "الامر الذي ندد به معارضوه باعتبار انه معادلة غير صحيحة", "high",
     "Obama: the alternative to the Iran deal is military action vs his opponents: that equation is wrong, the "
     "alternative is a better deal"),
    ("fh-20", 58, "هؤلاء المهاجرين يشعرون بالعنف العرقي في شينجيانغ وإن الصين تتحكم في ممارستهم لشعائرهم الدينية وثقافتهم",
     58, "وهي مزاعم تنفيها بكين", "high",
     "rights groups: Uighur migrants suffer ethnic violence in Xinjiang, China controls their religion vs "
     "Beijing denies it"),
    ("fh-21", 130, "مصر تحيي مشروع مراقبة دور العبادة «إلكترونيًا»", 130,
     "ونفى القيادي في الأوقاف أن «يكون تركيب كاميرات في المساجد الكبرى يستهدف مراقبة المصلين", "high",
     "Egypt revives a project to watch mosques electronically (to stop extremists) vs the Awqaf official denies "
     "the cameras are meant to watch worshippers, imams or preachers"),
    ("fh-22", 176, "من يقبض عليهم سيعاملون بطريقة قاسية تجعلهم يفضلون الموت", 176,
     "مضيفا أن هذه المعلومات كاذبة غير صحيحة، وأن أسرى الحوثيين لدى المقاومة يُعاملون بطريقة إنسانية", "high",
     "Houthi leaders tell their fighters that whoever is captured is treated harshly vs the imam al-Radfani: "
     "false, Houthi prisoners of the resistance are treated humanely"),
]


def sentence_with(text: str, stretch: str) -> str:
    at = text.find(stretch)
    if at < 0:
        raise ValueError(f"not in the article: {stretch}")
    for span in split_sentences(text):
        if span.start <= at < span.end:
            return text[span.start:span.end]
    raise ValueError(stretch)


def build(corpus: str, rounds: tuple[tuple[int, list], ...] = ((1, SPECS), (2, SPECS_ROUND2))) -> list[dict]:
    """The rows of each (round, specs) against the corpus lines (later samples pass their own specs)."""
    articles = [json.loads(line) for line in Path(corpus).read_text(encoding="utf-8").splitlines()]

    def full(n: int) -> str:
        return articles[n]["title"] + "\n" + articles[n]["content"]

    rows = []
    specs = [(round_, *spec) for round_, round_specs in rounds for spec in round_specs]
    for round_, id_, a_line, a_stretch, b_line, b_stretch, origin, note in specs:
        if a_stretch not in full(a_line):
            raise ValueError(f"{id_}: side a not in article {a_line}")
        row = {"id": id_, "a": a_stretch, "b": sentence_with(full(b_line), b_stretch), "gold": "contradicts",
               "a_article": a_line, "b_article": b_line, "note": note, "origin": origin,
               "round": round_}
        for side, n in (("a", a_line), ("b", b_line)):
            art = articles[n]
            row.update({f"{side}_url": art["url"], f"{side}_source": art["source"],
                        f"{side}_date": art["date_extracted"][:10]})
        rows.append(row)
    return rows


if __name__ == "__main__":
    for r in build(sys.argv[1]):
        print(json.dumps(r, ensure_ascii=False))
