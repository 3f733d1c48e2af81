"""The rule signals of a claim against a passage's sentences (kg/relate/passage_signals.py), on made-up pairs."""

from kg.relate.claims import facts
from kg.relate.passage_signals import (counted_figures, denial_about, denial_cue_about, denial_on_target,
                                       denial_reaches, denial_reaches_target, figures_agree, figures_conflict,
                                       passage_denials, passage_maxima, passage_wide, rules_support)

CLAIM = facts("قتل 57 مدنيا بينهم 12 طفلا في قصف على حي دار سعد")
OTHER_TOLL = facts("أسفر القصف على دار سعد عن مقتل 43 مدنيا وإصابة 173 آخرين")
SAME_TOLL = facts("أسفر القصف على دار سعد عن مقتل 57 مدنيا وإصابة 173 آخرين")
OFF_TOPIC = facts("ارتفعت أسعار النفط في الأسواق العالمية بعد تراجع المخزونات للأسبوع الثالث")


def test_what_a_text_counts_is_keyed_by_its_noun():
    assert counted_figures(CLAIM) == {"مدنيا": frozenset({(57, 57)}), "children": frozenset({(12, 12)})}
    assert counted_figures(facts("قال إن نحو 30 مسلحا قتلوا")) == {"fighters": frozenset({(24, 36)})}
    # a year is no count; a scaled number is read whole, but only `figures_agree` reads it (loose=False: not a conflict)
    assert counted_figures(facts("في عام 2015 وصل 3 آلاف جندي")) == {"fighters": frozenset({(3000, 3000)})}
    assert counted_figures(facts("في عام 2015 وصل 3 آلاف جندي"), loose=False) == {}
    assert counted_figures(facts("لم يقتل 5 جنود")) == {}  # negated


def test_a_figure_that_differs_for_the_same_noun_conflicts_and_the_same_figure_agrees():
    assert figures_conflict(CLAIM, OTHER_TOLL) == 1.0 and figures_agree(CLAIM, OTHER_TOLL) == 0.0
    assert figures_conflict(CLAIM, SAME_TOLL) == 0.0 and figures_agree(CLAIM, SAME_TOLL) == 0.5
    age = (facts("وقتل المسلح (59 عاما) نفسه"), facts("قبل أن يقتل المسلح (58 عاماً) نفسه"))
    assert figures_conflict(*age) == 1.0
    # a range holds the other's figure: «نحو 17» is 14–21
    assert figures_conflict(facts("مقتل نحو 17 شخصا في التفجير"), facts("مقتل 15 شخصا في التفجير")) == 0.0


def test_a_denial_counts_as_much_as_the_rare_words_it_shares_with_the_claim():
    rumour = facts("أنباء عن إحباط عملية إرهابية تستهدف مبنى قوات الطوارئ في الرياض")
    denial = facts("نفى المتحدث الأمني تعرض أي مقر لقوات الطوارئ الخاصة لهجوم إرهابي")
    assert denial_about(rumour, denial) > 0.1
    assert denial_about(rumour, facts("نفى الوزير رفع أسعار الوقود هذا العام")) < denial_about(rumour, denial)
    assert denial_about(rumour, OFF_TOPIC) == 0.0  # no denial on either side
    assert denial_about(denial, denial) == 0.0  # both deny


def test_the_maxima_read_every_sentence_of_the_passage():
    got = passage_maxima(CLAIM, [OFF_TOPIC, OTHER_TOLL])
    assert got["figures_conflict_max"] == 1.0 and got["figures_agree_max"] == 0.0
    assert passage_maxima(CLAIM, [])["figures_conflict_max"] == 0.0
    assert set(passage_maxima(CLAIM, [OFF_TOPIC])) == {f"{n}_max" for n in
                                                       ("figures_conflict", "figures_agree", "denial_about",
                                                        "denial_cue_about", "rules_support")}


def test_the_rules_support_one_event_reported_with_the_same_details():
    a = facts("سيطرت قوات المعارضة على مدينة جسر الشغور بعد معارك عنيفة")
    b = facts("قوات المعارضة تسيطر على مدينة جسر الشغور في ريف إدلب بعد معارك عنيفة")
    assert rules_support(a, b) == 1.0
    assert rules_support(a, OFF_TOPIC) == 0.0


def test_an_explicit_denial_or_a_report_called_false_counts_a_bare_negator_does_not():
    landing = facts("نزل المئات من الجنود الخليجيين في ميناء عدن مع العشرات من الدبابات")
    false_report = facts("وقال المتحدث إن ما تم تداوله عن إنزال جنود التحالف في عدن أخبار مغلوطة")
    assert denial_cue_about(landing, false_report) > 0.1
    negated = facts("لكن الجنود لم يتمكنوا من الوصول إلى ميناء عدن بسبب الأمواج")  # a negator, no denial of a report
    assert denial_cue_about(landing, negated) == 0.0 and denial_about(landing, negated) > 0.0


def test_the_whole_passage_conflicts_only_when_it_gives_the_claims_figure_nowhere():
    updated = facts("أسفر القصف على دار سعد عن مقتل 43 مدنيا. ثم ارتفع عدد القتلى إلى 57 مدنيا")
    assert passage_wide(CLAIM, updated) == {"figures_conflict_passage": 0.0}
    assert passage_wide(CLAIM, OTHER_TOLL) == {"figures_conflict_passage": 1.0}


def test_an_opposite_outcome_counts_as_much_as_the_rare_words_it_shares_with_the_claim():
    from kg.relate.passage_signals import opposite_outcome, passage_outcomes

    killed = facts("زعيم حركة طالبان الملا محمد عمر قتل على يد نائبه")
    illness = facts("أكدت حركة طالبان وفاة زعيمها الملا محمد عمر بسبب المرض")
    assert opposite_outcome(killed, illness) > 0.1
    assert opposite_outcome(killed, facts("أعلن الجيش مقتل الملا محمد عمر زعيم حركة طالبان")) == 0.0  # the same outcome
    assert opposite_outcome(killed, facts("توفي رجل بسبب المرض في مستشفى بالعاصمة")) == 0.0  # no rare word shared
    taken = facts("تمكنت المقاومة من تحرير مدينة زنجبار عاصمة محافظة أبين")
    pending = facts("قال المتحدث إن تحرير زنجبار بات قريبا")
    assert passage_outcomes(taken, [OFF_TOPIC, pending])["opposite_outcome_max"] > 0.1
    assert passage_outcomes(taken, []) == {"opposite_outcome_max": 0.0}


def test_the_claims_numbers_found_anywhere_in_the_passage_in_digits_or_words():
    from kg.relate.passage_signals import numbers_found

    claim = facts("قتل عنصران من الشرطة وأصيب 24 في هجوم على مركز للدرك")
    assert numbers_found(claim, facts("هاجم مسلحون مركزا للدرك. وقتل اثنان منهم وأصيب 24 آخرون")) == {
        "numbers_found_passage": 1.0, "numbers_missing_passage": 0.0}
    assert numbers_found(claim, facts("قتل خمسة جنود في هجوم عام 2015")) == {
        "numbers_found_passage": 0.0, "numbers_missing_passage": 1.0}  # a year is not a figure
    assert numbers_found(claim, OFF_TOPIC) == {"numbers_found_passage": 0.0, "numbers_missing_passage": 0.0}
    revenue = facts("تقدر إيرادات القناة حاليا بنحو 5.5 مليار دولار")  # a decimal is one number, not 5 and 5
    assert numbers_found(revenue, facts("زيادة إيراداتها من 5.3 مليار دولار حاليا"))["numbers_missing_passage"] == 1.0


def test_a_negation_counts_only_when_it_is_about_a_word_the_other_side_says_unnegated():
    """A negator on one side about something else («لم يحدد انتماؤهما») is no denial of the other's report
    (`denial_about` counts it); a denial of what the other says is; the same no on both sides is not."""
    clashes = facts("قتلت الشرطة مسلحين اثنين لم يحدد انتماؤهما خلال الاشتباكات في المدينة")
    report = facts("ولاحقا وقعت اشتباكات بين المهاجمين والشرطة في المدينة استمرت طوال الليل")
    assert denial_about(clashes, report) > 0.0 and denial_on_target(clashes, report) == 0.0
    taken = facts("سيطر المسلحون على مطار المدينة بعد معارك عنيفة")
    denied = facts("نفى الجيش سيطرة المسلحين على مطار المدينة")
    assert denial_on_target(taken, denied) > 0.1 and denial_on_target(denied, taken) > 0.1  # either side may deny
    assert denial_on_target(denied, denied) == 0.0
    assert passage_denials(taken, [report, denied]) == {"denial_on_target_max": denial_on_target(taken, denied),
                                                        "denial_reach_max": denial_reaches_target(taken, denied)}
    assert passage_denials(taken, []) == {"denial_on_target_max": 0.0, "denial_reach_max": 0.0}


def test_a_denial_of_the_act_the_other_side_reports_counts_whatever_else_they_share():
    """A denial names its speaker, the report its actors: they share few rare words, so `denial_on_target` (weighed by
    them) is ~0; `denial_reaches_target` weighs the share of the denied words the other side says (one act in other
    words: «أسر أو اعتقال» ~ «خطفت»)."""
    abducted = facts("خطف مسلحون من جبهة النصرة قائد الفرقة 30 وسبعة من عناصره قرب أعزاز مساء الأربعاء")
    denied = facts("نفت وزارة الدفاع الأمريكية أسر أو اعتقال أي من أفراد القوة السورية الجديدة")
    assert denial_on_target(abducted, denied) < 0.1
    assert denial_reaches_target(abducted, denied) > 0.2 and denial_reaches_target(denied, abducted) > 0.2
    # a report called false, with the article («التصريحات المغلوطة»), about what the claim reports
    landed = facts("نزل مئات الجنود الخليجيين في ميناء عدن مع عشرات الدبابات")
    false = facts("جاء ذلك بعد التصريحات المغلوطة التي تفيد بأن قوات برية من دول التحالف وصلت إلى ميناء عدن")
    assert denial_reaches(false) and denial_reaches_target(landed, false) > 0.1


def test_what_a_denial_of_the_target_does_not_fire_on():
    abducted = facts("خطف مسلحون من جبهة النصرة قائد الفرقة 30 وسبعة من عناصره قرب أعزاز مساء الأربعاء")
    # a denial of something else in the passage (nothing it denies is said by the claim)
    other = facts("نفت وزارة الدفاع الأمريكية تقديم دعم مالي لفصائل المعارضة في الجنوب")
    assert denial_reaches_target(abducted, other) == 0.0
    # a denial of a third claim beside a report that repeats the claim: the report denies nothing
    assert denial_reaches_target(abducted, facts("وأكدت الفرقة 30 خطف قائدها وسبعة من عناصرها قرب أعزاز")) == 0.0
    # a denial quoted and gone past («رغم نفي …»): not the text's own word
    conceded = facts("ورغم نفي وزارة الدفاع الأمريكية خطف أي من عناصر الفرقة أكدت مصادر محلية الخبر")
    assert denial_reaches(conceded) == [] and denial_reaches_target(abducted, conceded) == 0.0
    # both sides deny: they agree
    denied = facts("نفت وزارة الدفاع الأمريكية أسر أو اعتقال أي من أفراد القوة السورية الجديدة")
    assert denial_reaches_target(denied, facts("ونفى قائد الفرقة 30 خطف أي من عناصره قرب أعزاز")) == 0.0
    # allegations and rumours named without calling them false; a bare negator (denial_on_target reads it)
    assert denial_reaches(facts("قالت الوزارة إنها تحقق في مزاعم وقوع قتلى مدنيين في القرية")) == []
    assert denial_reaches(facts("دعا الحركة إلى عدم الاستماع إلى الشائعات عن خلافات في قيادتها")) == []
    assert denial_reaches(facts("لم يخطف أحد من عناصر الفرقة")) == []


def test_ruling_out_rejecting_and_no_claim_of_responsibility_deny_the_other_side():
    """Session 22 (pass27): «استبعد أن» (rules out), «رفض الاتهامات» / «رفض أن تكون», «دحض», and «لم تعلن أي جهة
    مسؤوليتها» against a claim of responsibility are denials of what the other side says (made-up sentences)."""
    zone = facts("ينص الاتفاق بين أنقرة وواشنطن على إقامة منطقة حظر جوي في شمال سوريا")
    ruled_out = facts("واستبعد مسؤولون أمريكيون أن تتعاون بلادهم مع تركيا في إقامة منطقة حظر جوي")
    assert denial_reaches(ruled_out) and denial_reaches_target(zone, ruled_out) > 0.3
    ruled_out = facts("واستبعد مسؤولون أمريكيون التعاون مع تركيا في إقامة منطقة حظر جوي")  # no «أن», no «من»
    assert denial_reaches(ruled_out) and denial_reaches_target(zone, ruled_out) > 0.3
    helped = facts("قدمت تركيا التسهيلات لتنظيم داعش وفتحت الحدود لمقاتليه")
    rejected = facts("ورفض رئيس الوزراء التركي بشدة أن تكون بلاده قدمت أي تسهيلات لتنظيم داعش")
    charges = facts("ورفض رئيس الوزراء التركي الاتهامات بأن بلاده قدمت تسهيلات لتنظيم داعش")
    rebutted = facts("ودحض رئيس الوزراء التركي تقديم بلاده تسهيلات لتنظيم داعش")
    for denial in (rejected, charges, rebutted):
        assert denial_reaches_target(helped, denial) > 0.3
    claimed = facts("وتبنى تنظيم داعش الهجوم الانتحاري على المسجد في المدينة")
    unclaimed = facts("ولم تعلن أي جهة حتى الآن مسؤوليتها عن الهجوم على المسجد")
    assert denial_reaches(unclaimed) == [] and denial_reaches(unclaimed, claimed=True)
    assert denial_reaches_target(unclaimed, claimed) > 0.3 and denial_reaches_target(claimed, unclaimed) > 0.3
    assert denial_reaches_target(unclaimed, facts("أعلن تنظيم داعش مسؤوليته عن الهجوم على المسجد")) > 0.3


def test_the_reach_counts_from_what_is_denied_not_from_the_speaker():
    """A long speaker frame («نفى المتحدث باسم وزارة الداخلية في بيان صحفي اليوم أن …») used up DENIAL_REACH before
    the denied words: the reach starts after the complementizer, and a frame without one («في تغريدة له عبر موقع
    التواصل الاجتماعي تويتر») is passed over."""
    report = facts("أحبطت قوات الأمن هجوما إرهابيا استهدف مقر قوات الطوارئ الخاصة في الرياض")
    that = facts("ونفى المتحدث الرسمي باسم وزارة الداخلية اللواء منصور التركي في بيان صحفي اليوم أن يكون مقر قوات "
                 "الطوارئ الخاصة قد تعرض لهجوم")
    tweet = facts("نفى المتحدث الرسمي لوزارة الداخلية اللواء منصور التركي في تغريدة له عبر موقع التواصل الاجتماعي "
                  "تويتر تعرض أي مقر لقوات الطوارئ الخاصة لهجوم إرهابي")
    assert denial_reaches_target(report, that) > 0.3 and denial_reaches_target(report, tweet) > 0.3


def test_what_ruling_out_rejecting_and_no_claim_do_not_fire_on():
    zone = facts("ينص الاتفاق بين أنقرة وواشنطن على إقامة منطقة حظر جوي في شمال سوريا")
    # «لم يستبعد», «لا يستبعد», «غير مستبعد»: does not rule out; «لا ينفي»: does not deny
    for text in ("ولم يستبعد مسؤولون أمريكيون أن تتعاون بلادهم مع تركيا في إقامة منطقة حظر جوي",
                 "ولا يستبعد مسؤولون أمريكيون أن تقام منطقة حظر جوي",
                 "وقال مسؤول إن إقامة منطقة حظر جوي أمر غير مستبعد",
                 "وقال مسؤول أمريكي إنه لا ينفي أن تقام منطقة حظر جوي"):
        assert denial_reaches(facts(text)) == [] and denial_reaches_target(zone, facts(text)) == 0.0
    # «استبعد» without «أن»: mostly left out of a team or a list («استبعد المدرب قائد الفريق من المباراة»)
    assert denial_reaches(facts("واستبعد الجهاز الفني قائد الفريق من مباراة السوبر أمام النصر")) == []
    # «رفض» an offer, a comment: no denial
    assert denial_reaches(facts("ورفض المتحدث باسم الجيش التعليق على إقامة منطقة حظر جوي")) == []
    assert denial_reaches(facts("ورفض الوزير أن يعلق على إقامة منطقة حظر جوي")) == []
    # a denial of something else in the passage; «نفى» of a third claim the claim does not make
    assert denial_reaches_target(zone, facts("ورفض الوزير الاتهامات بتهريب الأسلحة عبر الحدود")) == 0.0
    assert denial_reaches_target(zone, facts("ونفت الخارجية الأمريكية أن تكون قد أرسلت قوات برية إلى العراق")) == 0.0
    # a denial quoted and gone past
    assert denial_reaches(facts("ورغم نفي مسؤولين أمريكيين أن تقام منطقة حظر جوي وقع الاتفاق")) == []
    # no claim of responsibility against a report of the attack that names no claimant, or a blame
    unclaimed = facts("ولم تعلن أي جهة حتى الآن مسؤوليتها عن الهجوم على المسجد")
    assert denial_reaches_target(unclaimed, facts("قتل عشرة أشخاص في الهجوم على المسجد في المدينة")) == 0.0
    assert denial_reaches_target(unclaimed, facts("وحملت الحكومة تنظيم داعش المسؤولية عن الهجوم على المسجد")) == 0.0
    # two sides that both say no one claimed it agree
    assert denial_reaches_target(unclaimed, facts("ولم تتبن أي جماعة الهجوم على المسجد")) == 0.0


def test_passage_denials_reads_the_claims_own_reach_once():
    """The claim's reach is computed once for a passage and given to every sentence (the same values)."""
    ruled_out = facts("واستبعد مسؤولون أمريكيون أن تتعاون بلادهم مع تركيا في إقامة منطقة حظر جوي")
    sentences = [facts("ينص الاتفاق بين أنقرة وواشنطن على إقامة منطقة حظر جوي"), facts("وصل الوزير إلى أنقرة")]
    got = passage_denials(ruled_out, sentences)
    assert got["denial_reach_max"] == max(denial_reaches_target(ruled_out, s) for s in sentences) > 0.3
