"""Conflicts one article ties (kg.relate.one_article: a denial pointing at the report it answers, two sources'
accounts of one aircraft) and their candidate channel ("article" in kg.ingest.graph_candidates). Sentences from
sample 8's articles (hunt f8-18, f8-19, f8-20) and sample 6's (fh-16)."""

from __future__ import annotations

from kg.relate.one_article import article_conflict, article_pairs, answers, one_aircraft, pointer, statements_conflict

# «واتهمت إيران التي لا تعترف بالجنسية المزدوجة رضائيان بجمع معلومات سرية …» / «ونفت "واشنطن بوست" التهم الموجهة إليه»
CHARGE = "التي لا تعترف بالجنسية المزدوجة رضائيان بجمع معلومات سرية وتمريرها إلى حكومات معادية"
CHARGES_DENIED = "التهم الموجهة إليه ووصفتها بأنها"
# «قال معهد العلوم والأمن الدولي … إن إيران ربما كانت تطهر الموقع …» / «ونفى رئيس البرلمان الإيراني ما قاله المعهد أيضا»
CLEANING = "إيران ربما كانت تطهر الموقع قبل أن يدخله مفتشو الوكالة"
SAID_DENIED = "ما قاله المعهد أيضا"
INSTITUTE = "معهد العلوم والأمن الدولي ومقره الولايات المتحدة"


def claim(n, text, label, cue, polarity="asserted", article="a1", start=None, key=None):
    return {"key": f"k{n}", "id": f"urn:claim:{n}", "text": text, "polarity": polarity, "places": None,
            "date": "2015-08-09", "article": f"urn:article:{article}", "cue": cue, "start": start if start is not None
            else 100 * n, "source": {"key": key or f"s-{label}", "label": label}}


def test_pointer_reads_charges_and_what_a_named_source_said_not_a_denial_with_its_own_proposition():
    assert pointer(CHARGES_DENIED) == ("charges", frozenset())
    assert pointer("هذه الاتهامات") == ("charges", frozenset())
    kind, named = pointer(SAID_DENIED)
    assert kind == "said" and "معهد" in named
    assert pointer("ما ذكرته الصحيفة")[0] == "said"
    assert pointer("مقتل أي مدنيين أفغان في الهجوم") is None  # says what is denied: the other rules read it
    assert pointer("ما يتردد") is None  # no saying verb naming whose report
    assert pointer("التهم " + "الموجهة إليه في القضية التي تنظر فيها المحكمة الثورية منذ شهور") is None  # too long
    assert pointer("وهو ما تنفيه الدوحة") == ("prior", frozenset())
    assert pointer("وهي مزاعم تنفيها بكين") == ("prior", frozenset())
    assert pointer("وهو ما تؤكده الدوحة") is None


def test_a_pointing_denial_answers_the_reports_of_its_article_by_another_source():
    charge = claim(1, CHARGE, "إيران", "اتهمت")
    denial = claim(2, CHARGES_DENIED, "واشنطن", "نفت", "denied")
    lawyer = claim(3, "أتوقع تبرئة موكلي لأنه بريء، بريء تمامًا", "المحامية ليلى إحسان", "قالت")
    assert answers(denial, charge) == "charges"
    assert answers(denial, lawyer) is None  # not a charge
    assert answers(charge, denial) is None  # the denial is the one that points
    assert answers(denial, claim(4, CHARGE, "إيران", "اتهمت", article="a2")) is None  # another article
    assert answers(denial, claim(5, CHARGE, "واشنطن", "اتهمت", key="s-واشنطن")) is None  # its own source
    institute = claim(6, CLEANING, INSTITUTE, "قال", article="p")
    larijani = claim(7, SAID_DENIED, "رئيس البرلمان الإيراني", "نفى", "denied", article="p")
    zarif = claim(8, "الأنشطة في بارشين لها علاقة بأعمال طرق", "ظريف", "قال", article="p")
    assert answers(larijani, institute) == "said"
    assert answers(larijani, zarif) is None  # not the source it names
    rel = article_conflict(institute, larijani)
    assert rel.relation == "contradicts" and "«ما قاله المعهد أيضا» denies what the other's source said" in rel.why


def test_answer_pairs_link_each_denial_to_its_nearest_reports_only():
    claims = [claim(1, CHARGE, "إيران", "اتهمت", start=1225),
              claim(2, CHARGES_DENIED, "واشنطن", "نفت", "denied", start=621),
              claim(3, "وتتهم طهران الصحفي بالتجسس", "إيران", "تتهم", start=1500),
              claim(4, "ويتهمه الادعاء بالعمل لحساب الاستخبارات", "الادعاء", "يتهم", start=2500),
              claim(5, CHARGE, "إيران", "اتهمت", article="a2")]
    assert list(article_pairs(claims)) == [(1, 0), (1, 2)]  # the two nearest charges of its article
    assert statements_conflict(claims, [0, 4], [1]).relation == "contradicts"
    assert statements_conflict(claims, [4], [1]) is None


def test_a_pointing_denial_is_stored_against_the_report_it_answers():
    from kg.ingest import relate_claims

    claims = [claim(1, CLEANING, INSTITUTE, "قال", article="p"),
              claim(2, SAID_DENIED, "رئيس البرلمان الإيراني", "نفى", "denied", article="p"),
              claim(3, "المرشد الأعلى يدعم فريق التفاوض", "مسؤول إيراني", "قال", article="p")]
    found = relate_claims(claims)
    contra = [(r.a["key"], r.b["key"]) for r in found.relations if r.relation.relation == "contradicts"]
    assert contra == [("k1", "k2")]


def test_a_denying_clause_answers_the_claim_just_before_it():
    # «وتتهم مصر قطر بدعم جماعة الأخوان التي حظرتها القاهرة … وهو ما تنفيه الدوحة» (extraction gave the clause
    # another cue and source, and no denied polarity: the denial verb is in its own text)
    claims = [claim(1, "العلاقة بين مصر وقطر علاقة طيبة", "أبو زيد", "أكد", start=292),
              claim(2, "قطر بدعم جماعة الأخوان التي حظرتها القاهرة", "مصر", "تتهم", start=762),
              claim(3, "وهو ما تنفيه الدوحة", "جماعة إرهابية", "أعلنت", start=828)]
    assert list(article_pairs(claims)) == [(2, 1)]
    assert "what was said just before it" in article_conflict(claims[1], claims[2]).why


def test_two_sources_in_one_article_on_one_aircraft_shot_down_or_failed():
    # sample 6, fh-16: the Zabul helicopter, one alwatan article
    missile = claim(1, "اسقطت المروحية بصاروخ", "حركة طالبان", "قائلة", article="z")
    fault = claim(2, "المروحية سقطت بسبب عطل تقني في مقاطعة شينكاي وهي منطقة خالية نسبيا من المتمردين في ولاية زابل",
                  "وزارة الدفاع الافغانية", "قالت", article="z")
    assert one_aircraft(missile, fault)
    assert list(article_pairs([missile, fault])) == [(0, 1)]
    assert "shot down" in article_conflict(fault, missile).why
    assert not one_aircraft(missile, {**fault, "article": "urn:article:other"})  # another article: another aircraft
    assert not one_aircraft(missile, {**fault, "source": missile["source"]})  # one source: its own account


def test_charges_said_to_be_against_someone_are_not_a_charge_that_someone_makes():
    # made up, after fresh sample 11 («ومن جانبه، يتهم النظام الإيراني المعارضة … بالتهويل» … «الاتهامات الموجهة إلى
    # نظام طهران غير صحيحة»): the charge's text starts at its verb, so its first words are the accuser
    from kg.relate.one_article import accused_by_themselves, charged_party

    denial = claim(2, "الاتهامات الموجهة إلى نظام طهران غير صحيحة", "دبلوماسي", "قال", "denied")
    by_tehran = dict(claim(1, "النظام الإيراني المعارضة في الخارج بالتهويل والمبالغة", "معارض", "يتهم"), cue_end=99)
    assert charged_party(denial["text"]) >= {"iran", "نظام"} and charged_party("التهم الموجهة إليه") == frozenset()
    assert accused_by_themselves(denial, by_tehran)
    assert answers(denial, by_tehran) is None and article_conflict(by_tehran, denial) is None
    # the accuser named before the text («واتهم قبادي نظام الرئيس روحاني باتباع …»): the regime is the accused
    against_tehran = dict(claim(3, "النظام الإيراني باتباع سياسة ظالمة بحق العمال", "قبادي", "اتهم"), cue_end=290)
    assert not accused_by_themselves(denial, against_tehran) and answers(denial, against_tehran) == "charges"
    # a charge against someone else, or a denial naming no one, as before
    by_kyiv = dict(claim(4, "روسيا بتأجيج التمرد", "كييف", "تتهم"), cue_end=399)
    assert answers(claim(5, "التهم بشكل مستمر", "موسكو", "تنفي", "denied"), by_kyiv) == "charges"
    assert answers(denial, by_kyiv) == "charges"
