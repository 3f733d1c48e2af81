"""Reports the rules gave the wrong speaker or missed (session 17, ext20, issue 14): the outlet's background
asides before a report, and calls with their addressee: made-up sentences, with the stanza parse and with the
rules alone."""

from __future__ import annotations

from tests.test_attribution_patterns import extractor  # noqa: F401 (a fixture)
from tests.test_attribution_missed_sides import said  # (cue, source as written, quote) of each report


def test_a_report_after_the_outlets_background_aside_is_its_own_speakers(extractor):
    # «جدير بالذكر أن», «يذكر أن», «تجدر الإشارة إلى أن» are the writer's, not the last speaker going on
    first = "وأكد المتحدث باسم الوزارة عدم صحة هذه الرسائل. "
    for aside in ("جدير بالذكر أن", "والجدير بالذكر أن", "يذكر أن", "تجدر الإشارة إلى أن"):
        text = first + aside + " المريضة ذكرت أن والدها تقدم بشكوى إلى إدارة المستشفى."
        assert said(extractor, text)[1:] == [("ذكرت", "المريضة", "والدها تقدم بشكوى إلى إدارة المستشفى")], aside
    text = "قال الوزير إن الطريق سيفتح غدا. ومن المعروف أن البلدية أعلنت أن أعمال الصيانة انتهت."
    assert said(extractor, text)[1:] == [("أعلنت", "البلدية", "أعمال الصيانة انتهت")]
    # the speaker still goes on where no aside comes between
    text = "قال الوزير إن الطريق سيفتح غدا. وأضاف أن أعمال الصيانة انتهت."
    assert [c[1] for c in said(extractor, text)] == ["الوزير", "الوزير"]
