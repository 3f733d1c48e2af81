"""Generic anonymous labels are one speaker only within one report (kg.anonymous, issue 13). Sources and texts from
the development samples 6 and 8 (tests/gold/graph-relations-sample-6, -8)."""

from kg.anonymous import anonymous_label
from kg.ingest import KeepChecks
from kg.relate import facts
from kg.reprints import Statement
from kg.sources import unregistered_ref
from kg.speakers import independent_appearances, resolve_claims


def _claim(n, name, article, text, date="2015-08-07", type_="anonymous-source", key=None):
    return {"key": f"k{n}", "id": f"urn:claim:{n}", "text": text, "polarity": "asserted", "places": None,
            "date": date, "article": article,
            "source": {"key": key or unregistered_ref(name).key, "name": name, "name_ar": name, "type": type_,
                       "label": name}}


def test_generic_labels_are_anonymous_and_named_people_are_not():
    for label in ("مسؤول أمني عراقي", "مسؤول أمريكي رفيع", "مصادر عسكرية عراقية"):  # adjectives name no one
        assert anonymous_label(label), label
    for label in ("مصادر عسكرية", "مصدر أمني", "مسؤولون", "أحد المصادر العسكرية", "ناشطون", "مصدر عسكري مالي",
                  "مسؤول مركز الإعلام الأمني", "مسؤولون أكراد وعراقيون"):
        assert anonymous_label(label, "anonymous-source"), label
    assert anonymous_label("مصادر محلية", "unknown")  # the head says it, whatever the extractor's type
    assert anonymous_label("شهود عيان", "anonymous-source", registered=True)
    assert not anonymous_label("مسؤول لجنة حي بطن الهوى زهير الرجبي", "anonymous-source")  # a man named
    assert not anonymous_label("وحد الله مايار المتحدث باسم وزارة الصحة", "unknown")
    assert not anonymous_label("المرصد السوري لحقوق الإنسان", "monitoring-group", registered=True)


MALI_4 = "قتل أربعة أشخاص بينهم عسكريان ومهاجم الجمعة في هجوم استهدف فندقا يقيم فيه غربيون في مدينة سيفاري في وسط مالي"
MALI_8 = ("عملية احتجاز الرهائن على يد مجموعة مسلحة في أحد فنادق مدينة سيفاري في وسط مالي لا تزال متواصلة مساء "
          "الجمعة، وأوقعت ثمانية قتلى بينهم ثلاثة عسكريين")


def _checks(claims):
    statements = [Statement(canonical=n, members=[n]) for n in range(len(claims))]
    items = [(c["key"], facts(c["text"], c["polarity"], c["places"])) for c in claims]
    return KeepChecks(claims, statements, items)


def test_one_anonymous_label_in_two_articles_is_two_speakers():
    # sample 6 (fh-13): «مصدر عسكري مالي» in two outlets' articles of one Friday, 4 then 8 dead
    claims = [_claim(1, "مصدر عسكري مالي", "urn:article:a", MALI_4), _claim(2, "مصدر عسكري مالي", "urn:article:b", MALI_8)]
    checks = _checks(claims)
    assert not checks.same_author(0, 1)
    assert checks.independent(0, 1, supports=False) and not checks.independent(0, 1, supports=True)
    # within one article it stays one speaker
    one = [_claim(1, "مصدر عسكري مالي", "urn:article:a", MALI_4), _claim(2, "مصدر عسكري مالي", "urn:article:a", MALI_8)]
    checks = _checks(one)
    assert checks.same_author(0, 1) and not checks.independent(0, 1, supports=False)


def test_a_named_speaker_stays_one_speaker_across_articles():
    name = "وحد الله مايار المتحدث باسم وزارة الصحة"
    claims = [_claim(1, name, "urn:article:a", "امرأة وطفلا من بين الجرحى", type_="unknown"),
              _claim(2, name, "urn:article:b", "امرأة وطفل من بين القتلى", type_="unknown")]
    checks = _checks(claims)
    assert checks.same_author(0, 1) and not checks.independent(0, 1, supports=False)


def test_two_outlets_anonymous_sources_disagree_independently_but_do_not_corroborate():
    # a contradiction: two outlets' «مصادر محلية» are two informants; a corroboration: as likely one wire story's
    # source printed twice (sample 8: 6 of 6 such supports read), so not independent
    key = unregistered_ref("مصادر محلية").key
    r = resolve_claims([_claim(1, "مصادر محلية", "urn:article:a", "نص"), _claim(2, "مصادر محلية", "urn:article:b", "نص")])
    assert independent_appearances({(key, "outlet-aawsat")}, {(key, "outlet-alyaum")}, r, agreeing=False)
    assert not independent_appearances({(key, "outlet-aawsat")}, {(key, "outlet-alyaum")}, r, agreeing=True)
    assert not independent_appearances({(key, "outlet-aawsat")}, {(key, "outlet-aawsat")}, r, agreeing=False)
