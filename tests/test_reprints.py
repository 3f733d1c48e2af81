"""A statement printed by several outlets: one statement with its appearances, in the graph,
the JSON API, the claim page and the card, over real HTTP."""

import json

import pytest

from .conftest import ROOT, Server, http_get, sanad, sparql_json, write_article

WIRE = "قال المرصد السوري لحقوق الإنسان إن طائرات النظام نفذت 14 غارة على مدينة دوما في الغوطة الشرقية."
OTHER = "وأكد ناشطون في دوما أن الطيران الحربي شن 14 غارة على المدينة وأحياء الغوطة الشرقية."


def write_reprint_articles(directory) -> None:
    """The wire text printed by two outlets a day apart, and a third outlet's own wording."""
    directory.mkdir(exist_ok=True)
    for name, publisher, date, text in [("a", "الشرق الأوسط", "2015-07-21", WIRE), ("b", "عكاظ", "2015-07-22", WIRE),
                                        ("c", "الرياض", "2015-07-22", OTHER)]:
        write_article(directory, name, text, title=f"عنوان {name}", publisher=publisher, date=date,
                      url=f"https://example.org/{name}")


@pytest.fixture(scope="module")
def reprint_server(tmp_path_factory):
    base = tmp_path_factory.mktemp("reprints")
    write_reprint_articles(base / "articles")
    store = base / "store"
    sanad("ingest", str(base / "articles"), "--store", str(store), "--quiet")
    srv = Server(store)
    yield srv
    srv.stop()


def _get(srv, path):
    return http_get(srv.url + path)


def _wire_claims(srv):
    claims = [c for a in json.loads(_get(srv, "/api/articles"))["items"]
              for c in json.loads(_get(srv, f"/api/articles/{a['key']}"))["claims"]]
    return [c for c in claims if "14 غارة على مدينة دوما" in c["text"]]


def test_the_two_prints_are_one_statement_with_two_appearances(reprint_server):
    wire = _wire_claims(reprint_server)
    assert len(wire) == 2
    for c in wire:
        got = json.loads(_get(reprint_server, f"/api/claims/{c['key']}"))
        assert [a["publisher"] for a in got["appearances"]] == ["الشرق الأوسط", "عكاظ"]  # earliest first
        assert [a["canonical"] for a in got["appearances"]] == [True, False]
    # the two prints never corroborate each other
    rels = json.loads(_get(reprint_server, "/api/relations?kind=supports"))["items"]
    keys = {c["key"] for c in wire}
    assert not any({r["a"]["key"], r["b"]["key"]} == keys for r in rels)


def test_claim_page_and_card_say_printed_by_two_outlets(reprint_server):
    for c in _wire_claims(reprint_server):
        page = _get(reprint_server, f"/claims/{c['key']}?lang=en")
        assert "Printed by 2 outlets" in page and "عكاظ" in page
        card = _get(reprint_server, f"/cards/{c['key']}?lang=en")
        assert "printed by 2 outlets" in card
        assert "نشرته 2 وسائل إعلام" in _get(reprint_server, f"/cards/{c['key']}?lang=ar")


def test_reprint_triples_are_in_the_graph(reprint_server):
    q = """PREFIX sanad: <https://w3id.org/sanad/ns#> PREFIX schema: <http://schema.org/>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT (COUNT(DISTINCT ?r) AS ?reprints) (COUNT(DISTINCT ?art) AS ?appearances) WHERE {
  ?r sanad:reprintOf ?c . ?c schema:firstAppearance/oa:hasSource ?first .
  { ?c schema:appearance/oa:hasSource ?art } UNION { ?r schema:appearance/oa:hasSource ?art } }"""
    row = sparql_json(reprint_server.url, q)["results"]["bindings"][0]
    assert row["reprints"]["value"] == "1" and row["appearances"]["value"] == "2"


def test_the_corroboration_is_between_independent_sources_and_on_the_home_page(reprint_server):
    rels = json.loads(_get(reprint_server, "/api/relations?kind=supports&independent=true"))["items"]
    assert len(rels) == 1 and rels[0]["independent"] and not rels[0]["same_source"]
    assert {rels[0]["a"]["key"], rels[0]["b"]["key"]} & {c["key"] for c in _wire_claims(reprint_server)}
    home = _get(reprint_server, "/?kind=supports&lang=en")
    assert "independent sources only" in home and "14 غارة على المدينة" in home
    assert json.loads(_get(reprint_server, "/api/relations?kind=supports&independent=false"))["items"] == []


def test_the_example_query_lists_the_statement_and_its_two_outlets(reprint_server):
    q = (ROOT / "ontology" / "queries" / "reprints.rq").read_text(encoding="utf-8")
    rows = sparql_json(reprint_server.url, q)["results"]["bindings"]
    assert len(rows) == 1 and rows[0]["prints"]["value"] == "2" and rows[0]["outlets"]["value"] == "2"
    assert set(rows[0]["printedBy"]["value"].split(" | ")) == {"الشرق الأوسط", "عكاظ"}


def test_one_claims_reprint_group_read_alone_is_the_whole_maps(tmp_path):
    # a SPARQL server's reads (others may write) take one claim's group; the embedded store the map
    from kg.repository import Repository
    from kg.store import OxigraphStore

    write_reprint_articles(tmp_path / "articles")
    sanad("ingest", str(tmp_path / "articles"), "--store", str(tmp_path / "store"), "--quiet")
    store = OxigraphStore(tmp_path / "store", read_only=True)
    try:
        repo = Repository(store)
        of, members = repo._reprints()
        assert of and members
        keys = [c["key"] for c in repo.all_claims()]
        for k in keys:
            canon = of.get(k, k)
            assert repo._read_reprint_group(k) == (canon, members.get(canon, []))
            assert repo.statement_key(k) == canon
    finally:
        store.close()


def test_one_wording_in_two_prints_is_one_voice_not_two():
    from kg.reprints import worded_alike

    # one wire sentence in two outlets: one runs on and has one more figure, so it is no reprint, but one wording
    a = ("قصفت ثلاث طائرات حربية تركية اليوم عدة مواقع لتنظيم داعش الإرهابي في سوريا وذلك غداة تبادل لإطلاق النار "
         "بين الجيش التركي والمسلحين على الحدود")
    b = ("قصفت ثلاث طائرات حربية تركية أمس، عدة مواقع لتنظيم \"داعش\" الإرهابي في سورية، وذلك غداة تبادل لإطلاق "
         "النار بين الجيش التركي والمسلحين على الحدود، وأسفر الاشتباك عن مقتل جندي تركي و5 من المسلحين")
    assert worded_alike(a, b) and worded_alike(b, a)
    # two reports of one fact in their own words
    c = "أكدت وزارة الدفاع التركية أن مقاتلاتها استهدفت مواقع التنظيم داخل الأراضي السورية فجر الجمعة ودمرتها"
    assert not worded_alike(a, c)
    # a short report of one fact is said with the same words by many: it must be found whole
    d = "نفذ التحالف الدولي 9 غارات جوية على مواقع تنظيم داعش في مدينة الرقة السورية"
    e = "شن طيران التحالف الدولي 9 غارات على مواقع لتنظيم داعش في الرقة"
    assert not worded_alike(d, e)
    assert worded_alike("مقاتلي المقاومة نجحوا في السيطرة على معظم حي التواهي ومنشآته",
                        "وقال إن مقاتلي المقاومة نجحوا في السيطرة على معظم حي التواهي ومنشآته الحيوية")
    assert not worded_alike("قتل خمسة جنود", "قتل خمسة جنود")  # too short to tell a copy from a fact


def test_one_wire_sentence_reworded_is_one_voice():
    from kg.reprints import reworded, worded_alike

    # two outlets' prints of one wire sentence, its words reordered (the corpus, 25 July 2015): in order they share
    # too little for `worded_alike`, in any order 9 of the shorter's 11 content words, no number, one country
    a = "قصفت طائرات حربية تركية أهدافا لتنظيم الدولة الإسلامية في سوريا للمرة الأولى اليوم الجمعة"
    b = "للمرة الأولى قصفت طائرات حربية تركية أهدافا لتنظيم داعش في سوريا أمس"
    assert not worded_alike(a, b)
    assert reworded(a, b) and reworded(b, a)
    # one AFP sentence under two «المصادر»: the same figures, once in words and once in digits; Baghdad is Iraq's
    c = "كما انفجرت سيارة في اليوم نفسه في منطقة الزعفرانية (جنوب)، ما أدى إلى مقتل أربعة أشخاص على الأقل وجرح عشرة"
    d = "كما انفجرت سيارة مفخخة في الزعفرانية بجنوب بغداد، ما أدى إلى مقتل أربعة أشخاص وأصيب 10"
    assert reworded(c, d)
    # …another toll is another report
    assert not reworded(c, d.replace("أربعة أشخاص", "ستة أشخاص"))
    # two states' formulaic backing of one neighbour: each names its own country, so two voices
    kuwait = ("وقوف دولة الكويت الكامل إلى جانب المملكة العربية السعودية وتأييدها لجميع الإجراءات التي تتخذها "
              "للحفاظ على أمنها واستقرارها")
    qatar = "تأييدها الكامل لجميع الإجراءات الأمنية التي تتخذها المملكة للحفاظ على أمنها واستقرارها"
    assert not reworded(kuwait, qatar)
    # a short report of one fact is said alike by many (9 content words): not enough to call it one wording
    assert not reworded("نفذ التحالف الدولي 9 غارات جوية على مواقع تنظيم داعش في مدينة الرقة السورية",
                        "شن طيران التحالف الدولي 9 غارات على مواقع لتنظيم داعش في الرقة")


def _two_speakers(said: tuple[tuple[str, str], ...], date: str, articles: tuple[str, str]):
    """Two claims (source name, text) by two unregistered sources: their speakers (kg.speakers.resolve_claims) and
    each one's appearances (source key, article)."""
    from kg.sources import unregistered_ref
    from kg.speakers import resolve_claims

    claims = []
    for n, ((name, text), article) in enumerate(zip(said, articles)):
        key = unregistered_ref(name).key
        claims.append({"key": f"k{n}", "id": f"urn:claim:{n}", "text": text, "polarity": "asserted", "places": None,
                       "date": date, "article": article,
                       "source": {"key": key, "name": name, "name_ar": name, "type": "unknown", "label": name}})
    return resolve_claims(claims), [{(c["source"]["key"], c["article"])} for c in claims]


def test_reworded_agreeing_statements_are_not_independent_but_conflicting_ones_are():
    from kg.ingest import independent_statements

    a = "قصفت طائرات حربية تركية أهدافا لتنظيم الدولة الإسلامية في سوريا للمرة الأولى اليوم الجمعة"
    b = "للمرة الأولى قصفت طائرات حربية تركية أهدافا لتنظيم داعش في سوريا أمس"
    speakers, apps = _two_speakers((("وكالة الأناضول", a), ("مصادر ميدانية سورية", b)), "2015-07-25",
                                   ("urn:article:0", "urn:article:1"))
    assert not independent_statements(a, b, apps[0], apps[1], speakers, agreeing=True)
    assert independent_statements(a, b, apps[0], apps[1], speakers, agreeing=False)
    # the same two sources in their own words are two witnesses
    c = "أكدت وزارة الدفاع التركية أن مقاتلاتها استهدفت مواقع التنظيم داخل الأراضي السورية فجر الجمعة ودمرتها"
    assert independent_statements(a, c, apps[0], apps[1], speakers, agreeing=True)


def test_unnamed_people_beside_the_speaker_of_their_article_are_one_voice_when_they_agree():
    """A report's description of unnamed people («متعاملون في قطاع التأمين») printed only together with the speaker
    it quotes (one article, or one story and its copy) restates that speaker when they agree; in two articles, or
    between two named speakers of one article, they stay two witnesses, and a dispute is never touched
    (kg.ingest.restated_in_report)."""
    from kg.ingest import independent_statements, restated_in_report

    lead = "ارتفعت أسعار التأمين على المركبات بسبب ارتفاع عدد الحوادث وارتفاع قيمة الديات إلى 300 ألف ريال"
    expert = "أسعار التأمين على المركبات شهدت ارتفاعا كبيرا بسبب الحوادث والديات التي بلغت 300 ألف ريال"
    dealers, executive = "متعاملون في قطاع التأمين", "عبدالكريم الفهيد مدير تنفيذي لمجموعة الحرفيين"
    speakers, apps = _two_speakers(((dealers, lead), (executive, expert)), "2015-07-21",
                                   ("urn:article:1", "urn:article:1"))
    # without where they are printed (as before): two speakers, two witnesses
    assert independent_statements(lead, expert, apps[0], apps[1], speakers, agreeing=True)
    one = (({"urn:article:1"}, dealers), ({"urn:article:1"}, executive))
    assert not independent_statements(lead, expert, apps[0], apps[1], speakers, True, *one)
    assert independent_statements(lead, expert, apps[0], apps[1], speakers, False, *one)  # a dispute stays
    # one story and its copy in another outlet: still printed only together
    assert restated_in_report({"urn:article:1", "urn:article:2"}, dealers, {"urn:article:2", "urn:article:1"},
                              executive)
    # two articles, or one statement printed elsewhere as well: two witnesses
    assert not restated_in_report({"urn:article:1"}, dealers, {"urn:article:2"}, executive)
    assert not restated_in_report({"urn:article:1", "urn:article:2"}, dealers, {"urn:article:1"}, executive)
    assert not restated_in_report((), dealers, (), executive)
    # two named speakers of one article (an armed group and the Observatory on one blast): two witnesses
    assert not restated_in_report({"urn:article:1"}, "جيش الفتح", {"urn:article:1"}, "المرصد السوري لحقوق الإنسان")
    assert not restated_in_report({"urn:article:1"}, "شبكة شام", {"urn:article:1"}, "المعارضة السورية المسلحة")
