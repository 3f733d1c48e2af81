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


# ----------------------------------------------------------------------------- extract2: more cues and sources
def attributed(extractor, text, **kw):
    return [c for c in claims(extractor, text, **kw) if not c.own]


def test_nasaba_ila_is_an_attribution_and_a_rate_is_not(extractor):
    (c,) = attributed(extractor, "ونسب وزير الداخلية التركي الهجوم إلى تنظيم داعش.")
    assert c.cue == "نسب" and c.quote == "الهجوم إلى تنظيم داعش"
    assert c.source.label.startswith("وزير الداخلية")
    assert not attributed(extractor, "وارتفعت نسبة البطالة في المخيمات إلى 40 في المئة خلال العام الماضي.")


def test_wasifan_bi_gives_the_description_to_the_same_speaker(extractor):
    a, b = attributed(extractor, "وقال المرصد السوري لحقوق الإنسان إن القصف استهدف مدرسة في حلب، "
                                 "واصفاً الهجوم بأنه «جريمة حرب».")
    assert a.quote == "القصف استهدف مدرسة في حلب"
    assert b.cue == "واصفاً" and b.quote == "جريمة حرب" and a.source.key == b.source.key == "sohr"


def test_a_quoted_name_before_the_speech_is_passed_over(extractor):
    (c,) = attributed(extractor, 'وقال قائد ميداني في حوار لـ"الحياة": "لن نسمح بسقوط المدينة مهما كلف الأمر".')
    assert c.quote == "لن نسمح بسقوط المدينة مهما كلف الأمر" and c.source.label == "قائد ميداني"


def test_an_apposition_between_speaker_and_complementizer(extractor):
    (c,) = attributed(extractor, "وقالت سلمى الحسن وهي ناشطة حقوقية في منظمة محلية معنية بالمعتقلين إن عشرات "
                                 "المعتقلين نقلوا إلى سجن صيدنايا.")
    assert c.source.label == "سلمى الحسن"
    assert c.quote == "عشرات المعتقلين نقلوا إلى سجن صيدنايا"


def test_afada_bi_and_afada_an_open_the_content(extractor):
    (a,) = attributed(extractor, "وأفاد المرصد السوري لحقوق الإنسان بمقتل تسعة مدنيين في قصف على دوما.")
    assert a.source.key == "sohr" and a.quote == "مقتل تسعة مدنيين في قصف على دوما"
    (b,) = attributed(extractor, "وأفاد المرصد السوري لحقوق الإنسان أمس عن سقوط قذائف على حي الميدان.")
    assert b.source.key == "sohr" and b.quote == "سقوط قذائف على حي الميدان"


def test_a_dateline_without_colon_is_not_the_lead(extractor):
    text = ("الرياض 12 شوال 1436 هـ الموافق 28 يوليو 2015 م واس\n"
            "وصلت قافلة مساعدات سعودية تضم 40 شاحنة إلى مخيم الزعتري في الأردن أمس.")
    (c,) = claims(extractor, text)
    assert c.own and c.quote.startswith("وصلت قافلة مساعدات سعودية تضم 40 شاحنة")


def test_the_leads_own_clause_before_an_attributed_one(extractor):
    found = claims(extractor, "شهدت مدينة حلب أمس قصفا عنيفا أوقع 20 قتيلا على الأقل في الأحياء الشرقية، "
                              "نسبته المعارضة إلى طيران النظام.")
    own = [c for c in found if c.own]
    other = [c for c in found if not c.own]
    assert len(own) == 1 and own[0].quote == "شهدت مدينة حلب أمس قصفا عنيفا أوقع 20 قتيلا على الأقل في الأحياء الشرقية"
    assert len(other) == 1 and other[0].cue == "نسبت" and other[0].quote == "إلى طيران النظام"
    assert other[0].source.label == "المعارضة"


def test_bidaawa_is_the_claim_of_the_active_subject(extractor):
    (c,) = attributed(extractor, "وهاجمت الصحف الموالية للنظام الحكومة التركية بدعوى أنها تسهل عبور المقاتلين إلى سوريا.")
    assert c.cue == "بدعوى" and c.quote == "تسهل عبور المقاتلين إلى سوريا"
    assert "الصحف" in c.source.label


def test_a_quotation_after_a_sentence_ending_in_a_colon(extractor):
    text = ("وكتب الناشط أحمد الخطيب على حسابه في تويتر تعليقا على الحادثة:\n"
            "«لن ننسى شهداء هذه المجزرة ولن نسامح من ارتكبها».")
    (c,) = attributed(extractor, text)
    assert c.quote == "لن ننسى شهداء هذه المجزرة ولن نسامح من ارتكبها" and c.cue == "كتب"
    assert c.source.label == "الناشط أحمد الخطيب" and text[c.cue_start:c.cue_end] == "كتب"


def test_a_wa_anna_sentence_continues_the_previous_claim(extractor):
    a, b = attributed(extractor, "وقال وزير الخارجية السعودي إن المملكة تدعم الحل السياسي في سوريا. "
                                 "وأنها ستواصل دعم الشعب السوري في مخيمات اللجوء.")
    assert b.quote == "ستواصل دعم الشعب السوري في مخيمات اللجوء"
    assert b.source.key == a.source.key and b.cue == a.cue and b.cue_start == a.cue_start


def test_a_report_in_a_subordinate_clause_is_its_own_claim(extractor):
    a, b = attributed(extractor, "أعلن مسؤول في الحكومة الأردنية أن الحدود ستبقى مغلقة أمام الشاحنات، "
                                 "بعدما أفادت تقارير عن تسلل مسلحين من الجانب السوري.")
    assert a.quote == "الحدود ستبقى مغلقة أمام الشاحنات"
    assert b.source.label == "تقارير" and b.quote == "تسلل مسلحين من الجانب السوري"


def test_kama_afada_attributes_the_clause_before_it(extractor):
    (c,) = attributed(extractor, "وفي ريف إدلب، قتل خمسة مدنيين في غارة جوية على بلدة سراقب، "
                                 "كما أفاد المرصد السوري لحقوق الإنسان.")
    assert c.source.key == "sohr" and c.quote == "قتل خمسة مدنيين في غارة جوية على بلدة سراقب"


def test_a_report_inside_the_content_keeps_the_outer_speaker(extractor):
    (c,) = attributed(extractor, "وقال مسؤول أمني إن التحقيقات الأولية تشير إلى أن الانفجار نجم عن سيارة مفخخة.")
    assert c.cue == "قال" and c.quote == "التحقيقات الأولية تشير إلى أن الانفجار نجم عن سيارة مفخخة"


def test_anaphors_resolve_to_the_sources_named_before(extractor):
    a, b = attributed(extractor, "وأفادت مصادر محلية أن القوات انسحبت من البلدة. "
                                 "وأضاف المصدر أن الاشتباكات مستمرة في محيطها.")
    assert a.source.type == "anonymous-source" and b.source.key == a.source.key and b.source.label == "المصدر"
    text = ("أكدت منظمة الصحة العالمية ومنظمة الأغذية والزراعة أن مليوني طفل يعانون من سوء التغذية في سوريا. "
            "وكتبت المنظمتان أن النزاع دمر شبكات المياه. "
            "وقال المسؤول في المنظمة جان بيير إن الوضع يتدهور. "
            "وارتفعت أسعار الخبز بنسبة 80 في المئة، وفق البيان.")
    first, dual, official, statement = attributed(extractor, text)
    assert "منظمة الصحة العالمية" in first.source.label
    assert dual.source.label == "المنظمتان" and dual.source.key == first.source.key
    assert official.source.key != first.source.key
    assert statement.source.label == "البيان" and statement.source.key == first.source.key


def test_suraan_ma_is_not_a_negation(extractor):
    (c,) = attributed(extractor, "وسرعان ما ندد الرئيس الفرنسي خلال زيارته إلى لبنان بـ«الهجوم الجبان».")
    assert c.cue == "ندد" and c.quote == "الهجوم الجبان"


def test_a_report_noun_that_heads_the_source_is_not_skipped(extractor):
    (c,) = attributed(extractor, "وقتل 30 شخصا على الأقل في سلسلة تفجيرات في بغداد، بحسب ما أفادت مصادر أمنية وطبية.")
    assert c.source.label == "مصادر أمنية وطبية" and c.source.type == "anonymous-source"
    assert c.quote == "وقتل 30 شخصا على الأقل في سلسلة تفجيرات في بغداد"


def test_adda_with_shadda_reports_and_without_it_does_not(extractor):
    (c,) = attributed(extractor, "وعدّ المرصد السوري لحقوق الإنسان الهجوم من أعنف الهجمات على المدينة منذ بداية العام.")
    assert c.cue == "عدّ" and c.source.key == "sohr"
    assert c.quote == "الهجوم من أعنف الهجمات على المدينة منذ بداية العام"
    assert not attributed(extractor, "وعد الوزير بزيارة المخيم من أجل تفقد أحوال اللاجئين الأسبوع المقبل.")


def test_a_complementizer_after_the_colon_is_not_content(extractor):
    (c,) = attributed(extractor, "وقالت إيران التي تدعم النظام عسكريا وماليا: إنها ستطرح قريبا خطة لإحلال السلام في سوريا.")
    assert c.source.key == "iranian-government" and c.quote == "ستطرح قريبا خطة لإحلال السلام في سوريا"


def test_a_charge_inside_a_report_stays_in_it(extractor):
    (c,) = attributed(extractor, 'وذكر المرصد السوري لحقوق الإنسان أن التنظيم أعدم رجلين بتهمة "التعامل مع النظام" في دير الزور.')
    assert c.source.key == "sohr" and c.quote == 'التنظيم أعدم رجلين بتهمة "التعامل مع النظام" في دير الزور'


# Evaluation verbs (وصف): sentences of tests/gold/unseen-2015 and unseen-2015-c.
def test_a_quoted_description_ends_at_its_closing_mark(extractor):
    cs = claims(extractor, 'وفيما وصفه رئيس الوزراء التركي أحمد داود أوغلو بأنه "معركة متزامنة ضد الارهاب" سمحت '
                           'تركيا للتحالف بقيادة الولايات المتحدة الذي يحارب تنظيم داعش باستخدام قواعدها.')
    (c,) = [c for c in cs if c.cue.startswith("وصف")]
    assert c.quote == "معركة متزامنة ضد الارهاب" and c.source.label == "رئيس الوزراء التركي أحمد داود أوغلو"


def test_a_one_word_quoted_description_is_a_claim_and_its_object_no_cue(extractor):
    # "طلب" is the object of ووصفت (a verbal noun), not a second report verb cutting it short
    (c,) = claims(extractor, "ووصفت واشنطن طلب التأشيرة في ذلك الوقت بأنه “مؤسف”.")
    assert c.cue == "وصفت" and c.text == "مؤسف" and c.source.label == "واشنطن"


def test_a_plural_past_with_an_object_pronoun_drops_its_alif(extractor):
    cs = claims(extractor, "وأعلنت وزارة الداخلية الأفغانية أن جميع الأشخاص الذين قتلوا في الهجوم هم مدنيون، "
                           "غير أن مسؤولين محليين وصفوهم بأنهم مقاتلون ضد حركة طالبان.")
    (c,) = [c for c in cs if c.cue_start > 60]
    assert c.quote == "مقاتلون ضد حركة طالبان" and c.source.label == "مسؤولين محليين"


def test_the_enemy_is_no_plural_past(extractor):
    assert not [c for c in claims(extractor, "وقال القائد إن عدوهم الأول هو الفقر في المنطقة.") if c.cue != "قال"]


def test_a_feminine_call_participle_with_ila_after_a_long_object(extractor):
    # tests/gold/unseen-2015-c (alriyadh-2015-07-26-894): the call ends the statement and is one of its own
    cs = claims(extractor, "وقالت لجنة الشؤون الخارجية في بيان اليوم ان هذه الزيارة من شأنها أن تشجع النظام الإيراني "
                           "على مواصلة عمليات التعذيب وأعمال القتل، مطالبة جميع مدافعي حقوق الإنسان وحقوق المرأة "
                           "ودعاة الديمقراطية إلى اتخاذ عمل عاجل لإلغاء هذه الزيارة.")
    said, called = cs
    assert said.quote.endswith("وأعمال القتل") and called.cue == "مطالبة"
    assert called.quote.startswith("اتخاذ عمل عاجل") and called.source.key == said.source.key


def test_tataraq_ila_anna_and_a_praise_participle(extractor):
    # tests/gold/unseen-2015-b (okaz-2015-08-04-1213): "تطرق إلى أن" reports; "مشيدا في الوقت ذاته بـ" praises
    said, praised = claims(extractor, "وتطرق العقيلي إلى أن القناة تتميز بموقعها الجغرافي، الذي يصل البحر الأبيض "
                                      "المتوسط بالبحر الأحمر، مشيدا في الوقت ذاته باهتمام المشروع للتطورات المستقبلية.")
    assert said.cue == "تطرق" and said.quote.startswith("القناة تتميز") and said.quote.endswith("بالبحر الأحمر")
    assert praised.cue == "مشيدا" and praised.quote == "اهتمام المشروع للتطورات المستقبلية"


def test_tataraq_to_a_topic_is_no_report(extractor):
    assert not [c for c in claims(extractor, "وتطرق الوزير إلى ملف اللاجئين في المنطقة.") if c.cue]


def test_almaha_ila_opens_what_is_hinted(extractor):
    (c,) = [c for c in claims(extractor, "ألمح مدرب يوفنتوس ماسيميليانو اليغري إلى بقاء لاعب الوسط الفرنسي بول بوغبا "
                                         "مع فريقه.") if c.cue]
    assert c.cue == "ألمح" and c.quote == "بقاء لاعب الوسط الفرنسي بول بوغبا مع فريقه"


def test_ayyada_backs_its_object(extractor):
    # tests/gold/unseen-2015-b (alwatan-2015-08-08-930)
    (c,) = claims(extractor, "إلى ذلك أيد مجلس محافظة نينوى، مطالبة المحافظ المقال أثيل النجيفي، بتدويل قضية الموصل.")
    assert c.cue == "أيد" and c.source.label == "مجلس محافظة نينوى"
    assert c.quote == "مطالبة المحافظ المقال أثيل النجيفي، بتدويل قضية الموصل"


def test_lakin_without_a_comma_opens_another_speakers_clause(extractor):
    # tests/gold/unseen-2015 (alriyadh-2015-08-03-672): the backing ends at لكن, the urging is a claim of its own
    cs = claims(extractor, "وأيد حلفاء غربيون بينهم حلف شمال الأطلسي والولايات المتحدة الاجراءات التركية لكن كثيرين "
                           "حثوا أنقرة على ضبط النفس.")
    backed, urged = cs
    assert backed.quote.endswith("الاجراءات التركية") and urged.cue == "حثوا" and urged.quote == "ضبط النفس"
