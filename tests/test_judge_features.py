"""The learned judge's pair features (training/pair_features.py) and its label reading (training/judge_data.py):
real claim texts, the values a judge is trained on."""

from kg.relate import facts
from training.judge_data import GOLD, gold_files, read_labels
from training.pair_features import CHANNELS, pair_features

TOLL_A = "أسفر الهجوم عن مقتل 17 من رجال الأمن وإصابة العشرات في مدينة أبها"
TOLL_B = "أسفر الهجوم عن مقتل 13 من رجال الأمن وإصابة آخرين في مدينة أبها"
DENIAL = "نفت أنقرة أن يكون الجيش التركي قصف مواقع وحدات الحماية الكردية في قرية قرب جرابلس"
ASSERTED = "قصف الجيش التركي مواقع وحدات الحماية الكردية في قرية قرب جرابلس"


def claim(source: str, day: str, article: str) -> dict:
    return {"source": {"key": source}, "date": day, "article": article}


def features(text_a, text_b, a, b, polarity_b="asserted", channel="blocks"):
    return pair_features(facts(text_a, "asserted"), facts(text_b, polarity_b), a, b, cos=0.8,
                         probs={"contradicts": 0.6, "supports": 0.3, "unrelated": 0.1}, channel=channel,
                         independent=True, same_outlet=False, partners=(3, 5), verdict_contradicts=True,
                         verdict_confidence=0.7, method="conflict-rules-v1")


def test_two_tolls_of_one_day_differ_in_their_numbers():
    f = features(TOLL_A, TOLL_B, claim("s1", "2015-08-07", "x"), claim("s2", "2015-08-07", "y"))
    assert f["numbers_apart"] == 1.0 and f["numbers_shared"] == 0.0
    assert f["same_day"] == 1.0 and f["gap_days"] == 0.0 and f["same_article"] == 0.0
    assert f["rare_shared"] >= 1 and 0 < f["rare_share_min"] <= f["rare_share_max"] <= 1
    assert f["denied_one"] == 0.0 and f["same_source"] == 0.0
    assert (f["partners_min"], f["partners_max"]) == (3.0, 5.0)


def test_a_denial_against_the_report_it_denies():
    f = features(ASSERTED, DENIAL, claim("s1", "2015-07-27", "x"), claim("s2", "2015-07-31", "y"),
                 polarity_b="denied", channel="denial")
    assert f["denied_one"] == 1.0 and f["denied_both"] == 0.0
    assert f["gap_days"] == 4.0 and f["same_day"] == 0.0
    assert f["channel_denial"] == 1.0 and sum(f[f"channel_{c}"] for c in CHANNELS) == 1.0
    assert f["method_conflict-rules-v1"] == 1.0


def test_a_missing_date_is_flagged_not_read_as_one_day():
    f = features(TOLL_A, TOLL_B, claim("s1", None, "x"), claim("s1", "2015-08-07", "x"))
    assert f["no_date"] == 1.0 and f["same_day"] == 0.0
    assert f["same_article"] == 1.0 and f["same_source"] == 1.0


def test_labels_are_the_contradictions_of_a_sample():
    labels = read_labels(gold_files("6")[0])
    rows = [line.split("\t") for line in open(GOLD / "graph-relations-sample-6" / "labels.tsv", encoding="utf-8")][1:]
    assert len(labels) == len({r[0] for r in rows if r[1] == "contradicts"})
    assert set(labels.values()) <= {"correct", "doubt", "wrong"}
    # the corpus reads samples 3, 5 and 7, and the hunted pairs of tests/gold/relations
    files, hunt = gold_files("corp")
    assert all(f.exists() for f in files) and hunt.name == "syria-claim-sentence.jsonl"
