"""Focused extraction behaviours on short sentences in the style of real Arabic news
(SaudiNewsNet, 2015). The extractor (and with it the stanza pipeline) is loaded once per module."""

from __future__ import annotations

import json

import pytest

from kg.attribution import AttributionExtractor
from kg.model import Article

from .conftest import SEEDS, GOLD_FILE


@pytest.fixture(scope="module")
def extractor():
    return AttributionExtractor()


def claims(extractor, text, date="2015-07-23"):
    return extractor.extract(Article(text=text, date=date)).claims


def one(extractor, text, **kw):
    found = claims(extractor, text, **kw)
    assert len(found) == 1, [(c.source.label, c.cue, c.quote) for c in found]
    return found[0]


def test_elided_subject_of_waadafa_is_the_previous_source(extractor):
    text = ("قال المرصد السوري لحقوق الإنسان إن 173 مدنيا قتلوا جراء الغارات. "
            "وأضاف أن الطائرات استهدفت مقار التنظيم في ريف حلب.")
    a, b = claims(extractor, text)
    assert a.source.key == b.source.key == "sohr"
    assert b.cue == "أضاف" and b.quote == "الطائرات استهدفت مقار التنظيم في ريف حلب"


def test_unregistered_speaker_and_a_later_short_reference(extractor):
    text = ("وقال الصحافي المختص بالجماعات المتطرفة الهادي محمد الأمين إن الطالب كان مسؤولا عن قطاع الصيدلة. "
            "وأوضح الأمين في اتصال هاتفي أن الطالب تلقى الفكر المتطرف في الخرطوم.")
    a, b = claims(extractor, text)
    assert a.source.label == "الصحافي المختص بالجماعات المتطرفة الهادي محمد الأمين"
    assert not a.source.registered
    assert b.source.label == "الأمين" and b.source.key == a.source.key
    assert b.quote == "الطالب تلقى الفكر المتطرف في الخرطوم"


def test_bihasab_attributes_the_rest_of_the_sentence(extractor):
    c = one(extractor, "وبحسب المرصد السوري لحقوق الإنسان، قتل 12 عنصرا من قوات النظام في اشتباكات قرب تدمر.")
    assert c.source.key == "sohr" and c.cue == "بحسب"
    assert c.quote == "قتل 12 عنصرا من قوات النظام في اشتباكات قرب تدمر"


def test_content_before_a_nominal_cue(extractor):
    c = one(extractor, "سقطت ثلاث قذائف على حي المزة في دمشق، وفقاً لوكالة سانا.")
    assert c.source.key == "sana" and c.quote == "سقطت ثلاث قذائف على حي المزة في دمشق"


def test_quoted_speech_with_the_speaker_after(extractor):
    c = one(extractor, "«لن نسمح بتقسيم سوريا تحت أي ظرف»، قال وزير الخارجية السوري وليد المعلم.")
    assert c.source.key == "walid-muallem"
    assert c.quote == "لن نسمح بتقسيم سوريا تحت أي ظرف" and c.cue == "قال"


def test_denial_by_verb_and_by_expression(extractor):
    c = one(extractor, "ونفت وزارة الخارجية الروسية أن تكون طائراتها قصفت مواقع مدنية في إدلب.")
    assert c.source.key == "russian-foreign-ministry" and c.polarity == "denied" and c.cue == "نفت"
    d = one(extractor, "وقال الجيش السوري الحر إنه لا صحة لانسحاب مقاتليه من الزبداني.")
    assert d.source.key == "free-syrian-army" and d.polarity == "denied" and d.cue == "لا صحة"
    e = one(extractor, "وأكد المرصد السوري أن الاشتباكات مستمرة في محيط المدينة.")
    assert e.polarity == "asserted"


def test_hedging_verb_and_marker(extractor):
    a = one(extractor, "ورجّح المرصد السوري لحقوق الإنسان أن يكون عدد القتلى أكبر من ذلك.")
    assert a.hedged and a.hedge == "رجح"
    b = one(extractor, "وقال مصدر ميداني إن التنظيم ربما نقل مقاتليه إلى الرقة.")
    assert b.hedged and b.hedge == "ربما"
    c = one(extractor, "وقال مصدر ميداني إن التنظيم نقل مقاتليه إلى الرقة.")
    assert not c.hedged and c.hedge is None


def test_spokesperson_speaks_for_the_body_named(extractor):
    c = one(extractor, "ولكن متحدثا باسم وحدات حماية الشعب قال إن «انفجارات» وقعت في كوباني نتيجة انفجار عتاد.")
    assert c.source.key == "ypg" and c.source.label == "متحدثا باسم وحدات حماية الشعب"


def test_participle_continues_the_same_speaker(extractor):
    found = claims(extractor, "وأعلن التحالف الدولي أنه شن 14 غارة على مواقع التنظيم، مضيفاً أن الغارات دمرت مستودعات أسلحة.")
    assert [c.cue for c in found] == ["أعلن", "مضيفاً"]
    assert {c.source.key for c in found} == {"us-led-coalition"}


def test_relative_dates_and_weekdays(extractor):
    c = one(extractor, "وقال المرصد السوري أمس إن الغارات استهدفت مدينة الرقة.", date="2015-07-23")
    assert c.date == "2015-07-22"
    d = one(extractor, "وقال المرصد السوري إن الغارات استهدفت مدينة الرقة يوم الأحد الماضي.", date="2015-07-23")
    assert d.date == "2015-07-19"  # 2015-07-23 was a Thursday


def test_banter_scores_below_every_core_factual_claim_of_the_seed(extractor):
    gold = json.loads(GOLD_FILE.read_text(encoding="utf-8"))["claims"]
    meta = json.loads((SEEDS / "palmyra-kerry-lavrov.ar.meta.json").read_text(encoding="utf-8"))
    text = (SEEDS / "palmyra-kerry-lavrov.ar.txt").read_text(encoding="utf-8")
    got = extractor.extract(Article(text=text, title=meta["title"], date=meta["date"])).claims

    def score(g):
        best = max(got, key=lambda c: min(c.end, g["end"]) - max(c.start, g["start"]))
        assert min(best.end, g["end"]) - max(best.start, g["start"]) > 0, g["id"]
        return best.checkworthiness

    banter = [score(g) for g in gold if not g["checkworthy"] and not g["optional"]]
    factual = [score(g) for g in gold if g["checkworthy"] and not g["optional"]]
    assert len(banter) >= 3 and len(factual) >= 12
    assert all(0.0 <= s <= 1.0 for s in banter + factual)
    assert max(banter) < min(factual)


def test_checkworthiness_ranks_numbers_and_events_above_thanks(extractor):
    fact = one(extractor, "وقال المرصد السوري إن 27 شخصا قتلوا في انفجار سيارة مفخخة في الحسكة.")
    thanks = one(extractor, "وقال المرصد السوري إنه يتقدم بالشكر والتهنئة للجميع بمناسبة العيد.")
    assert fact.checkworthiness > 0.7 > 0.3 > thanks.checkworthiness


def test_extract_json_carries_the_added_fields(extractor):
    c = one(extractor, "وقال المرصد السوري إن 27 شخصا قتلوا في انفجار في الحسكة.")
    j = c.to_json()
    assert {"hedged", "hedge", "checkworthiness"} <= set(j)
    for k in ("id", "text", "quote", "start", "end", "sentence", "source", "cue", "cue_start", "cue_end",
              "polarity", "article", "key", "date", "own", "places"):
        assert k in j


def test_a_relayed_statement_belongs_to_the_innermost_speaker(extractor):
    c = one(extractor, "ونقلت الصحيفة عن مواقع سورية معارضة أن قوات النظام انسحبت من المدينة.")
    assert c.source.label == "مواقع سورية معارضة" and c.quote == "قوات النظام انسحبت من المدينة"
    d = one(extractor, "ونقلت رويترز عن المرصد السوري قوله إن 20 شخصا قتلوا في القصف.")
    assert d.source.key == "sohr" and d.cue == "قوله"


def test_a_negated_report_is_not_a_claim_and_the_lead_is_the_outlets(extractor):
    text = ("قتل 20 شخصا في غارة جوية على مدينة الرقة أمس الاثنين بحسب ناشطين.\n"
            "لكن هذه المعلومة لم يؤكدها المرصد السوري لحقوق الإنسان.")
    found = claims(extractor, text)
    assert [c.cue for c in found] == ["بحسب"] and found[0].source.key == "activists"
    lead = one(extractor, "عين اليوم – عمّان\nأطلقت الحملة الوطنية السعودية لنصرة الأشقاء في سوريا برنامجا لتوزيع الخبز.")
    assert lead.own and lead.source.type == "outlet-own" and lead.cue is None
    assert lead.quote == "أطلقت الحملة الوطنية السعودية لنصرة الأشقاء في سوريا برنامجا لتوزيع الخبز"


def test_a_quotation_introduced_by_a_colon_alone(extractor):
    text = ("ونفى ضابط رفيع أن يكون عناصر النصرة وصلوا إلى المستشفيات. "
            "ولكنه في مقابلة مع الصحيفة: «بعض الجرحى من عناصر التنظيم وصلوا فعلا إلى المستشفيات».")
    a, b = claims(extractor, text)
    assert a.polarity == "denied" and a.cue == "نفى"
    assert b.cue == ":" and b.source.key == a.source.key and b.polarity == "asserted"
    assert b.quote == "بعض الجرحى من عناصر التنظيم وصلوا فعلا إلى المستشفيات"


# ------------------------------------------------------------------ the parse, with a hand-made analysis
class _W:
    def __init__(self, id, text, lemma, upos, head, deprel):
        self.id, self.text, self.lemma, self.upos, self.head, self.deprel = id, text, lemma, upos, head, deprel


class _T:
    def __init__(self, start, end, words):
        self.start_char, self.end_char, self.words = start, end, words


class _S:
    def __init__(self, tokens):
        self.tokens = tokens


class _D:
    def __init__(self, sentences, ents=()):
        self.sentences, self.ents = sentences, list(ents)


def _fake_parse(sentence: str, rows) -> _D:
    """rows: (surface, lemma, upos, head, deprel), in order; offsets found in the sentence."""
    tokens, at = [], 0
    for k, (surface, lemma, upos, head, deprel) in enumerate(rows, 1):
        start = sentence.index(surface, at)
        at = start + len(surface)
        tokens.append(_T(start, at, [_W(k, surface, lemma, upos, head, deprel)]))
    return _D([_S(tokens)])


def test_the_parse_adds_cues_by_lemma_and_subjects_before_the_verb():
    sentence = "المحللون أكدو أن الهجوم فشل."
    rows = [("المحللون", "محلل", "NOUN", 2, "nsubj"), ("أكدو", "أكد", "VERB", 0, "root"), ("أن", "أن", "SCONJ", 2, "mark"),
            ("الهجوم", "هجوم", "NOUN", 5, "nsubj"), ("فشل", "فشل", "VERB", 2, "ccomp"), (".", ".", "PUNCT", 2, "punct")]
    calls = []

    def fake_nlp(sentences):
        calls.append(list(sentences))
        return [_fake_parse(s, rows) for s in sentences]

    rules_only = AttributionExtractor(nlp=False).extract(Article(text=sentence)).claims
    assert not rules_only  # "أكدو" (a misspelling) is no surface form of a reporting verb
    c = one(AttributionExtractor(nlp=fake_nlp), sentence)
    assert calls == [[sentence]]  # one call per article, its sentences as one batch
    assert c.cue == "أكدو" and c.quote == "الهجوم فشل" and c.source.label == "المحللون"


def test_extract_ingest_and_eval_fail_clearly_without_the_stanza_models(tmp_path):
    from .conftest import SEED_FILE, sanad

    env = {"SANAD_STANZA_DIR": str(tmp_path / "no-models")}
    for args in (("extract", str(SEED_FILE)), ("ingest", str(SEEDS), "--store", str(tmp_path / "store"), "--quiet"),
                 ("eval", "extract")):
        r = sanad(*args, check=False, env=env)
        assert r.returncode == 2, (args, r.stderr)
        assert "stanza model file(s) missing" in r.stderr and "python -m training.train_stanza" in r.stderr
        assert "Traceback" not in r.stderr
