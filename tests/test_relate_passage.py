"""A claim against an article passage (kg/relate/passage.py): sentence selection by meaning, the
trained layer's verdict, and `why` naming the sentence it rests on."""

import pytest

from kg.encoder import embed
from kg.relate import ModelMissing, passage, relate, relate_many

CLAIM = "قوات النظام السوري دخلت مدينة تدمر وسيطرت على أحيائها الغربية"
DENIAL = ("تستمر المعارك في محيط مدينة تدمر منذ أسابيع بين مقاتلي التنظيم والقوات الحكومية المدعومة بالطيران. "
          "ونفت تنسيقية تدمر دخول قوات النظام إلى المدينة، مؤكدة أن لا صحة لما تبثه وسائل إعلام النظام. "
          "وقال ناشطون إن الطيران الروسي شن عشرات الغارات على المدينة.")
SUPPORT = ("أعلن التلفزيون الرسمي أن قوات النظام تمكنت من دخول مدينة تدمر والسيطرة على الأحياء الغربية منها. وأضاف "
           "أن وحدات الهندسة تعمل على تفكيك الألغام في الشوارع التي زرعها مقاتلو التنظيم قبل انسحابهم من المدينة "
           "خلال الليلة الماضية. وبث التلفزيون صوراً قال إنها للجنود في شوارع المدينة.")
OFF_TOPIC = ("ارتفعت أسعار النفط في الأسواق العالمية يوم الثلاثاء بعد تراجع المخزونات الأمريكية للأسبوع الثالث على "
             "التوالي. وقال محللون إن الطلب على الوقود في آسيا يواصل النمو بوتيرة أسرع من المتوقع هذا العام، "
             "فيما تترقب الأسواق اجتماع المنتجين الشهر المقبل في العاصمة النمساوية فيينا.")


# an article's other paragraphs: the release check's passages run to 400 words, the labelled ones to 162
FILLER = ("وقال وزير المالية إن الحكومة ستعرض مشروع الموازنة الجديدة على البرلمان مطلع الشهر المقبل بعد إقرارها في مجلس الوزراء. "
          "وأوضح أن العجز المتوقع سيكون أقل من العام الماضي بفضل زيادة الإيرادات غير النفطية وخفض الإنفاق على المشاريع المتأخرة. "
          "وفي سياق آخر، افتتح أمير المنطقة معرضاً للكتاب يشارك فيه أكثر من خمسمئة ناشر من ثلاثين دولة ويستمر عشرة أيام. "
          "وتوقعت هيئة الأرصاد الجوية أن تشهد المناطق الساحلية ارتفاعاً في درجات الحرارة ورطوبة عالية خلال الأيام الثلاثة المقبلة. "
          "وعلى صعيد الرياضة، تأهل المنتخب الوطني إلى الدور النهائي من البطولة بعد فوزه على منافسه بهدفين مقابل هدف واحد. "
          "وأعلنت شركة الطيران الوطنية عن تسيير رحلات جديدة إلى عدد من المدن الأوروبية اعتباراً من الموسم الصيفي المقبل. "
          "وأشار تقرير صادر عن البنك المركزي إلى نمو الودائع المصرفية بنسبة ستة في المئة خلال النصف الأول من العام الجاري.")


def test_a_stance_buried_in_a_long_article_keeps_its_verdict():
    """The passage's length is no evidence: the same paragraph inside a 200-word article keeps its verdict
    (a layer fitted on short passages alone called most long ones a contradiction)."""
    first, rest = FILLER.split(". ", 1)
    denial, support = first + ". " + DENIAL + " " + rest, FILLER + " " + SUPPORT
    off_topic = FILLER + " " + OFF_TOPIC
    assert min(len(t.split()) for t in (denial, support, off_topic)) > passage.LONG_WORDS  # the long fit's range
    out = relate_many([(CLAIM, denial), (CLAIM, support), (CLAIM, off_topic)])
    assert [r.relation for r in out] == ["contradicts", "supports", "unrelated"]
    assert {r.method for r in out} == {passage.LONG_METHOD}
    assert "«ونفت تنسيقية تدمر" in out[0].why


def test_passages_within_and_beyond_the_labelled_range_keep_their_order():
    """Short passages go to the first fit, longer ones to the long fit, in one call, answers in order."""
    long_support = FILLER + " " + SUPPORT
    out = relate_many([(CLAIM, DENIAL), (CLAIM, long_support), (SUPPORT, CLAIM)])
    assert [r.method for r in out] == [passage.METHOD, passage.LONG_METHOD, passage.METHOD]
    assert [r.relation for r in out] == ["contradicts", "supports", "supports"]


def test_the_best_matching_sentences_are_chosen_first():
    assert min(len(t.split()) for t in (DENIAL, SUPPORT, OFF_TOPIC)) > passage.PASSAGE_WORDS
    v = passage.views_for([(CLAIM, DENIAL)], embed)[0]
    assert len(v.sentences) == 3 and v.chosen[0] == 1  # the denial, not the battle or the air strikes
    assert v.cos[1] > v.cos[2]
    assert set(v.signals) == set(passage.SIGNALS)


def test_a_denial_in_a_passage_contradicts_and_why_quotes_it():
    r = relate(CLAIM, DENIAL)
    assert r.relation == "contradicts" and r.method == passage.METHOD
    assert r.why.startswith("passage sentence 2 of 3 «ونفت تنسيقية تدمر") and "opposite polarity" in r.why


def test_a_restating_passage_supports_and_an_off_topic_one_is_unrelated():
    sup, off = relate_many([(CLAIM, SUPPORT), (OFF_TOPIC, CLAIM)])  # either side may be the passage
    assert sup.relation == "supports" and "passage sentence 1 of 3" in sup.why
    assert off.relation == "unrelated" and off.why.startswith("no passage sentence takes a stance")


def test_headline_pairs_stay_with_the_lexical_model_and_order_is_kept():
    short = ("دخلت قوات النظام مدينة تدمر", "نفت المعارضة دخول قوات النظام إلى تدمر")
    sentence = (CLAIM, DENIAL.split(". ")[1])  # a claim against one sentence: the lexical model and its rail
    out = relate_many([short, (CLAIM, DENIAL), short, sentence])
    assert [r.method for r in out] == ["ans-logreg-v1", passage.METHOD, "ans-logreg-v1", "ans-logreg-v1"]
    assert out[0] == out[2] and out[0].relation == "contradicts"


def test_a_missing_passage_model_names_the_training_command(monkeypatch, tmp_path):
    monkeypatch.setenv("SANAD_PASSAGE_MODEL", str(tmp_path / "none.joblib"))
    passage._bundle.cache_clear()
    try:
        with pytest.raises(ModelMissing, match="python -m training.train_passage"):
            relate(CLAIM, DENIAL)
    finally:
        monkeypatch.delenv("SANAD_PASSAGE_MODEL")
        passage._bundle.cache_clear()


def test_a_fit_reads_only_the_signals_its_bundle_names():
    """A fit trained before signals were added keeps reading its own columns, in its order."""
    v = passage.PassageView("أ", "ب")
    v.signals = {n: float(i) for i, n in enumerate(passage.SIGNALS)}
    older = list(passage.SIGNALS[:3])
    assert passage.matrix([v], older).tolist() == [[0.0, 1.0, 2.0]]
    assert passage.matrix([v]).shape == (1, len(passage.SIGNALS))


def test_the_within_range_fit_reads_the_signals_and_configuration_its_training_chose():
    """models/passage-stance.joblib is `python -m training.train_passage --no-buried`: WITHIN (chosen by
    training.passage_parts_cv --grid), without the one-sided negation signals that denial_on_target replaced."""
    from training import train_passage as tp

    b = passage._bundle()
    assert b["config"] == tp.WITHIN and b["features"] == list(tp.within_signals())
    assert "denial_on_target_max" in b["features"] and not set(tp.WITHIN_LEAVES_OUT) & set(b["features"])
    assert set(tp.WITHIN_LEAVES_OUT) <= set(passage._bundle(True)["features"])  # the long fit is session 16's


def test_the_cv_scores_every_labelled_train_part_and_the_fit_reads_train_files_only():
    """training.passage_parts_cv names each scored part for its file (set i, relations-passage-8, scored since
    session 21); the shipped within-range fit read TRAIN_FILES, none of the parts scored but not fitted on."""
    from training import passage_parts_cv as pc
    from training import train_passage as tp

    for name, path in pc.PARTS.items():
        assert path.parent.name == ("relations" if name == "claim/sentence" else f"relations-{name}"), name
    assert pc.VARIANTS["all nine"] == tuple(pc.PARTS) and "passage-8" in pc.VARIANTS["five + set i"]
    trained = passage._bundle()["trained_on"]
    assert trained == [tp._relative(p) for p in tp.TRAIN_FILES]
    assert not {tp._relative(p) for p in tp.SCORED_FILES[len(tp.TRAIN_FILES):]} & set(trained)
