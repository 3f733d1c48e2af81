"""One speaker's figure quoted differently by two outlets on one day is a contradiction of the record; one outlet's
update, or a later day's, stays a revision (kg.relate.quoted, kg.ingest.KeepChecks; issue 13). The texts are two
outlets' real sentences on the Asir mosque bombing (sample 6, aleqtisadiya and aawsat of 7 August 2015), here both
attributed to one spokesman: the speaker is what the test varies."""

from kg.ingest import KeepChecks
from kg.relate import facts
from kg.reprints import Statement
from kg.sources import unregistered_ref

ALEQT = ("وقف الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير ظهر أمس على موقع التفجير الغاشم الذي استهدف مسجد قوات "
         "الطوارئ الخاصة في المنطقة ونتج عنه استشهاد 13 من منسوبي قوات الطوارئ الخاصة وثلاثة من العاملين في الموقع، "
         "وإصابة تسعة آخرين")
AAWSAT = ("طالت يد الغدر، أمس، مصلين في مسجد تابع لـ«قوات الطوارئ» الخاصة في منطقة عسير، الواقعة جنوب غربي السعودية، "
          "ونفذ انتحاري العملية الإرهابية مرتديًا حزامًا ناسفًا مما أسفر عن «استشهاد» 15 شخصًا، ضمنهم 12 من رجال الأمن "
          "وثلاثة من العاملين في الموقع، إضافة إلى إصابة 7 آخرين")
SPOKESMAN = "المتحدث الأمني بوزارة الداخلية"
COS = 0.8  # the two reports' closeness in meaning (the encoder's cosine), given: the rules read it, not the test


def _claim(n, article, text, date="2015-08-07", name=SPOKESMAN):
    return {"key": f"k{n}", "id": f"urn:claim:{n}", "text": text, "polarity": "asserted", "places": None,
            "date": date, "article": article,
            "source": {"key": unregistered_ref(name).key, "name": name, "name_ar": name, "type": "unknown",
                       "label": name}}


def _judge(claims, outlets):
    """The kept verdict on statements 0 and 1, as relate_claims keeps it, or None when nothing is kept."""
    statements = [Statement(canonical=n, members=[n]) for n in range(len(claims))]
    items = [(c["key"], facts(c["text"], c["polarity"], c["places"])) for c in claims]
    checks = KeepChecks(claims, statements, items, outlets)
    rel = checks.verdict(0, 1, None, COS)
    if rel is None or rel.relation != "contradicts":
        return None
    independent = checks.independent(0, 1, False)
    rel = checks.quoted_apart(0, 1, rel, independent) or rel
    return None if checks.stopped(0, 1, rel, independent) is not None else rel


def test_one_spokesman_quoted_by_two_outlets_with_two_tolls_is_kept():
    rel = _judge([_claim(1, "urn:a", ALEQT), _claim(2, "urn:b", AAWSAT)], {"urn:a": "aleqtisadiya", "urn:b": "aawsat"})
    assert rel is not None and rel.why.startswith(f"quoted figures: «{SPOKESMAN}»'s figure as quoted by Al Eqtisadiya "
                                                  "vs by Asharq Al-Awsat: different death tolls")


def test_one_outlets_two_reports_of_its_speaker_stay_a_revision():
    assert _judge([_claim(1, "urn:a", ALEQT), _claim(2, "urn:b", AAWSAT)], {"urn:a": "aawsat", "urn:b": "aawsat"}) is None


def test_a_later_days_figure_stays_a_revision():
    claims = [_claim(1, "urn:a", ALEQT), _claim(2, "urn:b", AAWSAT, date="2015-08-08")]
    assert _judge(claims, {"urn:a": "aleqtisadiya", "urn:b": "aawsat"}) is None


def test_unknown_outlets_tell_nothing():
    assert _judge([_claim(1, "urn:a", ALEQT), _claim(2, "urn:b", AAWSAT)], None) is None


def test_an_outlet_that_carried_both_figures_followed_the_revision():
    # a third article of aawsat quotes the spokesman with the first toll too: the speaker revised it
    claims = [_claim(1, "urn:a", ALEQT), _claim(2, "urn:b", AAWSAT), _claim(3, "urn:c", ALEQT)]
    outlets = {"urn:a": "aleqtisadiya", "urn:b": "aawsat", "urn:c": "aawsat"}
    assert _judge(claims, outlets) is None
