"""Rails on the model's contradictions in the graph (kg.relate.contradiction_rails): each stops one shape
of wrong contradiction read on fresh news (tests/gold/graph-contradictions-sample-5/fresh-labels.tsv) and
lets the seed's Palmyra contradiction (state media: forces entered Palmyra; the coordination group: "not
true") through. Sentences shaped like the ones read, names changed where it does not matter."""

from __future__ import annotations

from kg.model import Relation
from kg.relate import facts
from kg.relate.conflicts import METHOD, denial_conflict, graph_verdict
from kg.relate.contradiction_rails import (ANALYSIS_WORDS, analysis_rail, both_deny_rail, bound_rail, denial_target_rail,
                                           mixed_directions_rail, model_contradiction_rail, negations,
                                           shared_participant_rail)

ENTERED = facts("قوات النظام السوري تدخل مدينة تدمر بعد أن سيطرت على نقاط استراتيجية بمحيطها")
NOT_TRUE = facts("لا صحة لدخول قوات النظام للمدينة", "denied")
CONTRA = Relation("contradicts", 0.9, "the model's reading", "ans-logreg-v1")


def test_negations_read_what_each_negation_reaches_first():
    assert [t for _, t in ((c, NOT_TRUE.toks[j]) for c, j in negations(NOT_TRUE))] == ["لدخول", "لدخول"]
    no_solution = facts("إغلاق تويتر ليس حلاً لمواجهة الإرهاب")
    assert [(c, no_solution.toks[j]) for c, j in negations(no_solution)] == [("ليس", "حلا")]
    # «غير» + a participle, and a negator behind a conjunction, are negations; «لا تزال» is not
    linked = facts("مجموعات قومية متطرفة غير مرتبطة بحزب العمال ولا تستلم أي توجيهات من الحزب")
    assert [c for c, _ in negations(linked)] == ["غير", "لا"]
    assert negations(facts("لا تزال الاشتباكات مستمرة على مدخل المدينة")) == []
    # «لا» before a definite noun is a contrast ("X, not Y")
    assert negations(facts("هذه الخطوة تخدم مصالح أنقرة لا القتال ضد النظام")) == []
    # «غير» before a definite word is an attribute («المهاجرين غير الشرعيين»: illegal migrants), not a negation
    assert negations(facts("إسرائيل تقر خطة لترحيل المهاجرين الأفارقة غير الشرعيين")) == []


def test_denial_target_rail_a_negation_must_be_about_what_the_other_claim_says():
    # the denial of the entry is about the entry: it stands, in either order
    assert denial_target_rail(ENTERED, NOT_TRUE) is None and denial_target_rail(NOT_TRUE, ENTERED) is None
    # «ليس حلاً» negates "a solution", which the other claim does not mention
    conference = facts("المؤتمر الإعلامي الدولي لمواجهة الإرهاب التكفيري")
    rail = denial_target_rail(conference, facts("إغلاق تويتر ليس حلاً لمواجهة الإرهاب"))
    assert rail is not None and rail.relation == "unrelated"
    assert rail.why.startswith("rail denial-target") and "حلا" in rail.why
    # «لم يخالف القانون بقتل الأسد» against a denied accusation of 1980: the denial's head is not in the other
    lion = facts("لم يخالف القانون بقتل الأسد")
    rail = denial_target_rail(lion, facts("اتهموا في حزيران عام 1980 بمحاولة اغتيال الرئيس حافظ الأسد", "denied"))
    assert rail is not None and "اتهموا" in rail.why
    # the same polarity on both sides (a negator out of the model's reach): not this rail's case
    march = facts("لن يسمح بالمسيرة التي كان من المقرر خروجها بعد أن قتل انتحاري 32 شخصا في بلدة سروج")
    battle = facts("قرارها دخول المعركة ضد تنظيم داعش بعد مقتل 32 شخصا في مدينة سروج سيساعد على خلق منطقة آمنة")
    assert denial_target_rail(battle, march) is None


def test_both_deny_rail_two_noes_agree():
    not_linked = facts("مجموعات قومية متطرفة غير مرتبطة بحزب العمال الكردستاني ولا تستلم أي توجيهات من الحزب")
    denied_link = facts("تكون هذه المجموعة مرتبطة تنظيمياً بحزب العمال الكردستاني في تركيا", "denied")
    rail = both_deny_rail(not_linked, denied_link)
    assert rail is not None and rail.why.startswith("rail both-deny") and "مرتبط" in rail.why
    # one asserts, one denies: not this rail's business
    assert both_deny_rail(ENTERED, NOT_TRUE) is None
    # the conflict rule's denial no longer fires on the pair, but still on an assertion of the link
    assert denial_conflict(not_linked, denied_link, "2015-07-23", "2015-07-23") is None
    linked = facts("المجموعات الآبوجية مرتبطة تنظيمياً بحزب العمال الكردستاني وتتلقى توجيهاته")
    assert denial_conflict(linked, denied_link, "2015-07-23", "2015-07-23") is not None


def test_shared_participant_rail_opposite_events_need_a_participant_in_common():
    university = facts("قوات الأمن دخلت جامعة الأنبار في جنوب مدينة الرمادي واشتبكت مع مسلحي تنظيم داعش داخل حرمها")
    withdrawal = facts("امتعاضه من انسحاب القوات العراقية من مدينة الرمادي إثر هجوم لتنظيم داعش")
    rail = shared_participant_rail(university, withdrawal)
    assert rail is not None and rail.why.startswith("rail shared-participant") and "انسحاب" in rail.why
    # «دخول المعركة» against a march «خروجها»: the opposed words share no participant
    march = facts("لن يسمح بالمسيرة التي كان من المقرر خروجها بعد أن قتل انتحاري 32 شخصا في بلدة سروج")
    battle = facts("قرارها دخول المعركة ضد تنظيم داعش بعد مقتل 32 شخصا في مدينة سروج سيساعد على خلق منطقة آمنة")
    assert shared_participant_rail(battle, march) is not None
    # the same town right by both opposed words: one place entered and left, the rail lets it through
    left = facts("انسحبت قوات النظام من مدينة تدمر بعد هجوم لتنظيم داعش")
    assert shared_participant_rail(ENTERED, left) is None
    # a headline pair of one story (ANS dev): the dollar, rarer than «قوات», is the participant of both
    assert shared_participant_rail(facts("الدولار يرتفع لأعلى مستوى في 4 أشهر"),
                                   facts("الدولار يهبط لأدنى مستوى في ٤ أشهر")) is None
    # no opposed words: nothing to check
    assert shared_participant_rail(ENTERED, NOT_TRUE) is None


def test_bound_rail_a_negated_direction_is_a_bound():
    at_least = facts("قتل ما لا يقل عن 56 مسلحاً من حركة طالبان وتنظيم داعش جراء ست غارات جوية")
    rose = facts("عدد قتلى داعش ارتفع إلى 25 مسلحاً بينهم قياديان")
    rail = bound_rail(at_least, rose)
    assert rail is not None and rail.why.startswith("rail bound") and "يقل" in rail.why
    assert bound_rail(rose, at_least) is not None
    # an asserted fall against a rise is a direction conflict the rail leaves alone
    assert bound_rail(facts("عدد قتلى داعش انخفض إلى 25 مسلحاً"), rose) is None


def test_mixed_directions_rail_one_analysis_names_a_rise_and_a_fall():
    # graph-relations-sample-10's wrong contradictions: analysts' commentaries on oil, each naming several moves
    commentary = facts("هناك جهود لإحداث مزيد من الانخفاض في الأسعار ويدعم ذلك استمرار صعود الدولار الذي يؤثر سلبا "
                       "في أسعار النفط الخام")
    cause = facts("ظاهرة مؤقتة بسبب التراجع الحاد الذي حدث في أسعار النفط في شهر يوليو الماضي")
    rail = mixed_directions_rail(commentary, cause)
    assert rail is not None and rail.why.startswith("rail mixed directions") and "صعود" in rail.why
    assert mixed_directions_rail(cause, commentary) is not None
    assert model_contradiction_rail(CONTRA, commentary, cause).why.startswith("rail mixed directions")
    # one rise against one fall of one thing stays for the model to judge
    rose, fell = facts("ارتفعت أسعار النفط الخام أمس في الأسواق"), facts("انخفضت أسعار النفط الخام أمس في الأسواق")
    assert mixed_directions_rail(rose, fell) is None
    # a side naming both, but the pair's conflict is a negation, not a direction: not this rail's shape
    assert mixed_directions_rail(ENTERED, NOT_TRUE) is None


def test_analysis_rail_a_paragraph_is_beyond_the_headline_model():
    long = facts(" ".join(["لم يكل المسؤولون الأتراك عن نفي الاتهامات الموجهة إلى بلادهم"] * 7))
    assert len(long.toks) > ANALYSIS_WORDS
    rail = analysis_rail(long, facts("أنقرة أرسلت طائرات مقاتلة إلى الحدود السورية عقب الاشتباكات"))
    assert rail is not None and rail.why.startswith("rail analysis")
    assert analysis_rail(ENTERED, NOT_TRUE) is None


def test_the_rails_in_the_graph_verdict():
    # the Palmyra denial stands as the model's contradiction
    assert graph_verdict(CONTRA, ENTERED, NOT_TRUE, "2016-03-25", "2016-03-25") is CONTRA
    assert model_contradiction_rail(CONTRA, ENTERED, NOT_TRUE) is None
    # a stopped contradiction keeps the model's method and says which rail stopped it
    conference = facts("المؤتمر الإعلامي الدولي لمواجهة الإرهاب التكفيري")
    out = graph_verdict(CONTRA, conference, facts("إغلاق تويتر ليس حلاً لمواجهة الإرهاب"), "2015-07-24", "2015-07-24")
    assert out.relation == "unrelated" and out.method == CONTRA.method and out.why.startswith("rail denial-target")
    # supports and the conflict rules' contradictions are not the model rails' business
    supports = Relation("supports", 0.8, "model", "ans-logreg-v1")
    assert model_contradiction_rail(supports, conference, facts("إغلاق تويتر ليس حلاً لمواجهة الإرهاب")) is None
    report = facts("خطفت جبهة النصرة ثمانية مقاتلين تلقوا تدريبات في برنامج التدريب الأميركي قرب بلدة كفرنوران")
    denied = facts("خطف جبهة النصرة لمقاتلين شاركوا في برنامج التدريب الأميركي، خلافا لما ذكره المرصد", "denied")
    assert graph_verdict(supports, report, denied).method == METHOD
