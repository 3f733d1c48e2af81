"""Two short texts, one an explicit denial of what the other says, contradict each other where the lexical model
sees no contradiction (kg.relate.rails.denial_rail; pairwise `relate`, and the lexical verdicts the passage layer
reads). A denial of something else, a conceded denial, both sides denying, or a bare negator: no rail. Made-up
sentences."""
from kg.relate import facts, relate
from kg.relate.rails import FIGURE_RAIL_WORDS, denial_rail


def rail(a: str, b: str):
    return denial_rail(facts(a), facts(b))


ABDUCTED = "وخطفت جبهة النصرة ثمانية عناصر من الفرقة مساء الأربعاء قرب مدينة أعزاز"


def test_a_denial_of_the_act_contradicts_the_report_of_it():
    denied = "نفت وزارة الدفاع الأمريكية أسر أو اعتقال أي من أفراد القوة السورية الجديدة"
    got = rail(ABDUCTED, denied)
    assert got is not None and got.relation == "contradicts" and got.why.startswith("a denial of what the other text")
    assert rail(denied, ABDUCTED) is not None  # either side may deny
    assert relate(ABDUCTED, denied).relation == "contradicts"
    # the denial of an accusation against the accusation
    assert rail("اتهم الحزب الكردي أنقرة بالتواطؤ مع تنظيم داعش",
                "نفى الرئيس التركي بقوة اليوم الاتهامات بأن تركيا تساعد تنظيم داعش") is not None


def test_no_rail_on_a_denial_of_something_else_a_conceded_one_or_two_denials():
    assert rail(ABDUCTED, "نفت وزارة الدفاع الأمريكية تقديم دعم مالي لفصائل المعارضة في الجنوب") is None
    assert rail(ABDUCTED, "ورغم نفي وزارة الدفاع خطف أي من عناصر الفرقة أكدت مصادر محلية الخبر") is None
    assert rail("نفت وزارة الدفاع أسر أو اعتقال أي من أفراد القوة", "ونفى قائد الفرقة خطف أي من عناصره قرب أعزاز") is None
    assert rail(ABDUCTED, "لم يخطف أحد من عناصر الفرقة قرب أعزاز") is None  # a bare negator: the model's, not this rail's
    assert rail(ABDUCTED, "قالت الوزارة إنها تحقق في مزاعم خطف عناصر من الفرقة قرب أعزاز") is None  # allegations named


def test_only_short_texts():
    long = " ".join(["نفت وزارة الدفاع الأمريكية أسر أو اعتقال أي من أفراد القوة السورية الجديدة"] * 2)
    assert len(long.split()) > FIGURE_RAIL_WORDS and rail(ABDUCTED, long) is None


def test_ruling_out_and_no_claim_of_responsibility_read_by_the_rail():
    """Session 22 (pass27): «استبعد أن» and «لم تعلن أي جهة مسؤوليتها» against a claim of responsibility are denials the
    rail reads; «لم يستبعد» (does not rule out) and a report of the attack that names no claimant are not."""
    zone = "ينص الاتفاق بين أنقرة وواشنطن على إقامة منطقة حظر جوي في شمال سوريا"
    assert rail(zone, "واستبعد مسؤولون أمريكيون أن تتعاون بلادهم مع تركيا في إقامة منطقة حظر جوي") is not None
    assert rail(zone, "ولم يستبعد مسؤولون أمريكيون التعاون مع تركيا في إقامة منطقة حظر جوي") is None
    unclaimed = "ولم تعلن أي جهة حتى الآن مسؤوليتها عن الهجوم على المسجد"
    assert rail(unclaimed, "وتبنى تنظيم داعش الهجوم الانتحاري على المسجد") is not None
    assert rail(unclaimed, "قتل عشرة أشخاص في الهجوم الانتحاري على المسجد") is None
