"""A place taken against the same place still besieged or fought over (kg.relate.control)."""

from __future__ import annotations

from kg.relate import facts
from kg.relate.candidates import control_pairs
from kg.relate.conflicts import METHOD
from kg.relate.control import control_conflict, control_of
from kg.relate.events import holding_conflict, holding_of

TAKEN = "سيطرت قوات النظام وحزب الله على مدينة الزبداني بالكامل بعد معارك استمرت شهرا"
EDGES = "اشتباكات عنيفة على أطراف الزبداني بين حزب الله ومقاتلي المعارضة دون تحقيق أي تقدم"
BESIEGED = "قوات النظام تحاصر الزبداني وتقصفها بالبراميل المتفجرة"
FOUGHT_ON_EDGES = "شهدت الأطراف الشمالية والشرقية لعدن معارك عنيفة بين الحوثيين والمقاومة"  # sample 8 (aawsat)


def test_control_of_reads_what_a_claim_says_was_taken_or_is_contested():
    assert control_of(facts(TAKEN)) == {"zabadani": "taken"}
    assert control_of(facts(EDGES)) == {"zabadani": "contested"}  # on its edges «دون تحقيق أي تقدم»: not got in
    assert control_of(facts(BESIEGED)) == {"zabadani": "contested"}
    assert control_of(facts("أهالي بلدة مضايا المحاصرة يعانون من الجوع")) == {"madaya": "contested"}
    assert control_of(facts("سقوط مدينة جسر الشغور بيد جيش الفتح")) == {"jisr-al-shughur": "taken"}


def test_control_of_leaves_out_landmarks_aims_and_shells_falling():
    assert control_of(facts("سيطرت قوات النظام على قرية قرب تدمر")) == {}  # a village near Palmyra
    assert control_of(facts("سيطرت قوات النظام على نقاط استراتيجية بمحيط تدمر")) == {}
    assert control_of(facts("أعلنت الفصائل استئناف معركة تحرير درعا")) == {}  # a campaign, not a fact
    assert control_of(facts("مقتل سبعة أشخاص بقذائف سقطت على بلدتي الفوعة وكفريا")) == {}  # shells falling
    assert control_of(facts("بقيت لهم منطقة صغيرة عند أطراف الحسكة")) == {}  # edges
    # negated: not taken, and so still held (kg.relate.still_held), no longer nothing
    assert control_of(facts("لم يتم تحرير الزبداني بعد")) == {"zabadani": "held"}
    assert control_of(facts("سيطرة المعارضة على الزبداني", "denied")) == {}  # denied


def test_taken_against_still_besieged_the_next_day_contradicts():
    rel = control_conflict(facts(TAKEN), facts(BESIEGED), "2015-08-01", "2015-08-02")
    assert rel is not None and rel.relation == "contradicts" and rel.method == METHOD and "zabadani" in rel.why
    assert control_conflict(facts(BESIEGED), facts(TAKEN), "2015-08-02", "2015-08-01") is not None


def test_fighting_on_the_edges_of_a_place_taken_the_day_before_is_its_defence():
    """The side that lost a place fights back at its edges: that does not deny the taking (blind sample 11: a city's
    own edges fought over a day after it fell). Fighting on the edges that has not got in does (the Zabadani pair)."""
    taken = facts("سيطرت المقاومة على مدينة عدن بعد معارك عنيفة")
    assert holding_of(taken) == {"aden": "taken"} and holding_of(facts(FOUGHT_ON_EDGES)) == {"aden": "edges"}
    assert holding_conflict(taken, facts(FOUGHT_ON_EDGES), "2015-08-01", "2015-08-02") is None
    assert holding_conflict(taken, facts("قوات صالح تحاصر عدن"), "2015-08-01", "2015-08-02") is not None
    assert control_conflict(facts(TAKEN), facts(EDGES), "2015-08-01", "2015-08-02") is not None


def test_taken_and_besieged_the_same_day_are_stages_of_one_offensive():
    """News days cannot order an attack on a place and its fall (sample 8: 5 of 5 same-day pairs were stages)."""
    assert control_conflict(facts(TAKEN), facts(BESIEGED), "2015-08-01", "2015-08-01") is None
    assert control_conflict(facts(TAKEN), facts(BESIEGED)) is None  # dates unknown


def test_what_taken_against_besieged_does_not_contradict():
    taken, edges = facts(TAKEN), facts(BESIEGED)
    assert control_conflict(taken, edges, "2015-08-01", "2015-08-01", same_source=True) is None  # an update
    assert control_conflict(taken, edges, "2015-08-05", "2015-08-01") is None  # days apart
    assert control_conflict(taken, edges, "2015-08-02", "2015-08-01") is None  # besieged, then taken: history
    assert control_conflict(taken, facts(TAKEN.replace("الزبداني", "مضايا")), "2015-08-01", "2015-08-02") is None
    assert control_conflict(taken, facts(BESIEGED.replace("الزبداني", "مضايا")), "2015-08-01", "2015-08-02") is None


def test_fighting_or_shelling_at_a_citys_edges_does_not_contradict_its_taking():
    """Seen on 599 fresh articles: shelling of Aden's northern edges against «تحرير عدن», 3 of 3 stored wrong."""
    aden = facts("سيطرت المقاومة الشعبية على مدينة عدن")
    for edges in ("تواصل قصف الحوثيين للأطراف الشمالية لمدينة عدن", "معارك عنيفة في مشارف عدن"):
        assert control_of(facts(edges)).get("aden") != "contested"  # its edges fought over: not held by the other side
        assert control_conflict(aden, facts(edges), "2015-07-17", "2015-07-18") is None
    # SaudiNewsNet (development articles): a country's "limbs", Libya's "parties" in Geneva, Jarablus's outskirts
    from kg.relate.events import holding_of
    for text in ("وهو من يريد تفتيت البلاد وتقسيم أطرافها ليسهل ابتلاعها وفرض أجندته على أراضيها",
                 "وتطرقت الصحف إلى استئناف المفاوضات بين الأطراف الليبية بجنيف كما اهتمت بتدهور الوضع الأمني",
                 "الجيش التركي قصف مواقع تابعة لها في قرية على مشارف بلدة جرابلس التي يسيطر عليها تنظيم الدولة"):
        assert "contested" not in holding_of(facts(text)).values()  # at most its edges
    assert control_conflict(aden, facts("أهالي مدينة عدن المحاصرة يعانون من الجوع"), "2015-07-17",
                            "2015-07-18") is not None  # besieged: the place itself


def test_control_candidates_pair_taken_with_contested_at_one_place_within_a_day():
    texts = [(TAKEN, "2015-08-01"), (BESIEGED, "2015-08-01"), (BESIEGED, "2015-08-09"),
             (BESIEGED.replace("الزبداني", "مضايا"), "2015-08-01"), ("افتتحت وزارة التربية مدرسة جديدة", "2015-08-01")]
    items = [(str(n), facts(t)) for n, (t, _) in enumerate(texts)]
    assert list(control_pairs(items, [d for _, d in texts])) == [(0, 1)]


def test_a_masdar_of_taking_is_a_taking_only_as_a_headline_with_no_aim():
    # seen on fresh news: the plan «في تحرير مدينة الرمادي» and «استعادة داريا … يبقى هدفًا» read as taken
    plan = "الخطة الموضوعة من قبل قيادة العمليات المشتركة في تحرير مدينة الرمادي تعتمد على الهجوم"
    assert control_of(facts(plan)) == {}
    assert control_of(facts("استعادة داريا من الثوار يبقى هدفًا استراتيجيًا للنظام")) == {}
    assert control_of(facts("تحرير مدينة الرمادي بالكامل من داعش")) == {"ramadi": "taken"}
    assert control_of(facts("حررت القوات العراقية مدينة الرمادي بعد معارك")) == {"ramadi": "taken"}  # a verb states it


def test_a_purpose_or_a_priority_is_no_siege_and_no_taking():
    """Fresh news (sample 10, session 11): «لحصار صنعاء» and «تحرير صنعاء … من أولويات» were paired as taken vs
    besieged."""
    assert control_of(facts("الرجال الذين يتجهون لحصار صنعاء قبل أن يحرروها من الانقلابيين")) == {}
    assert control_of(facts("تحرير صنعاء يعد من أولويات القوات المؤيدة للشرعية")) == {}
    assert control_of(facts("قوات النظام تحاصر الزبداني وتقصفها بالبراميل المتفجرة")) == {"zabadani": "contested"}


def test_still_held_and_not_yet_taken_are_read_as_held():
    assert control_of(facts("قصر المعاشيق الرئاسي في حي كريتر لا يزال بأيدي المتمردين")) == {"maasheeq": "held"}
    assert control_of(facts("لا تزال الحوطة تحت سيطرة الحوثيين")) == {"houta": "held"}
    assert control_of(facts("لا يزال المسلحون يسيطرون على مدينة الحوطة")) == {"houta": "held"}
    assert control_of(facts("أرجع التأخر إلى عدم تحرير مدينة الحوطة حتى الآن")) == {"houta": "held"}
    assert control_of(facts("لم تدخل قوات النظام تدمر حتى الآن")) == {"palmyra": "held"}
    assert control_of(facts("لم تتمكن القوات من دخول زنجبار")) == {"zinjibar": "held"}


def test_held_leaves_out_landmarks_others_claims_and_forecasts():
    assert control_of(facts("لا يزال الحوثيون يسيطرون على مطار عدن")) == {}  # the airport, not Aden
    assert control_of(facts("خاصة أن كثيرا من مداخل محافظة تعز لا تزال تحت سيطرة الحوثي")) == {}  # a part of it
    assert control_of(facts("زعم أن عدن لا تزال في أيدي جنوده")) == {}  # another's claim, told to be denied
    assert control_of(facts("قال إنه لم يقل إن تدمر سقطت")) == {}  # another verb negated
    assert control_of(facts("يتوقع تحرير تعز بالكامل بعد التصدعات")) == {}  # a forecast, not a taking
    # the relative's antecedent is «مناطق سنجار» (its areas), not Sinjar
    assert control_of(facts("توقع بارزاني تحرير بقية مناطق سنجار التي مازالت تحت سيطرة تنظيم داعش قريبا")) == {}
    # outside the framed slot after a verb, a rare word is no place
    assert holding_of(facts("ناهيك عن أن الجزر الإماراتية الثلاث ما زالت تحت الاحتلال")) == {}


def test_taken_against_still_held_the_same_day_or_later_contradicts():
    taken = facts("سيطرت القوات على مدينة الحوطة عاصمة محافظة لحج")
    held = facts("أرجع التأخر إلى عدم تحرير مدينة الحوطة حتى الآن")
    rel = control_conflict(taken, held, "2015-08-01", "2015-08-01")
    assert rel is not None and rel.relation == "contradicts" and "houta" in rel.why and "same day" in rel.why
    assert control_conflict(held, taken, "2015-08-02", "2015-08-01") is not None  # held a day after the taking
    assert control_conflict(held, taken, "2015-07-31", "2015-08-01") is None  # held, then taken: its history
    assert control_conflict(taken, held, None, "2015-08-01") is None  # a date unknown
    assert control_conflict(taken, held, "2015-08-01", "2015-08-01", same_source=True) is None  # one source
    extended = facts("بسطت القوات سيطرتها الكاملة على مدينة الحوطة عاصمة محافظة لحج")  # kg.relate.events' verbs
    assert holding_conflict(extended, held, "2015-08-01", "2015-08-01") is not None


def test_a_place_taken_in_a_relative_clause_after_it():
    # sample 11: the palace retaken on the Monday, against it «لا يزال بأيدي المتمردين» the next day
    retaken = "تتناثر الجثث في ساحة قصر المعاشيق الرئاسي في عدن، الذي كان الثوار استعادوه في وقت متأخر أول من أمس"
    assert control_of(facts(retaken)) == {"maasheeq": "taken"}
    assert holding_of(facts(retaken)) == {"maasheeq": "taken"}
    assert control_of(facts("عدن التي حررها الثوار")) == {"aden": "taken"}
    assert control_of(facts("مطار عدن الذي سيطرت عليه المقاومة")) == {}  # the airport, not Aden
    assert control_of(facts("مدينة زنجبار التي لم يستعيدوها بعد")) == {}  # not taken
    held = facts("قصر المعاشيق الرئاسي في حي كريتر لا يزال بأيدي المتمردين")
    assert control_conflict(facts(retaken), held, "2015-07-20", "2015-07-21") is not None
