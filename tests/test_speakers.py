"""One speaker, one source (kg.speakers): a speaker's several names, and the body he speaks
for, make two statements not independent. Made-up claims, names from SaudiNewsNet."""

import pytest

from kg.sources import unregistered_ref
from kg.speakers import independent, parse_name, resolve_claims, speakers_graph


def _claim(n, name, date="2015-07-24", text=None, registered_key=None):
    key = registered_key or unregistered_ref(name).key
    return {"key": f"k{n}", "id": f"urn:claim:{n}", "text": text or f"نص {n}", "polarity": "asserted",
            "places": None, "date": date, "article": f"urn:article:{n}",
            "source": {"key": key, "name": name, "name_ar": name, "type": "unknown", "label": name}}


def _speaker_of(resolution, name):
    key = unregistered_ref(name).key
    return resolution.speaker.get(key, key)


def test_a_name_splits_into_title_and_person():
    p = parse_name("رئيس الوزراء التركي أحمد داود أوغلو")
    assert p.name == ("احمد", "داوداوغلو") and p.title == ("رييس", "الوزراء", "التركي")
    p = parse_name("المدير الإقليمي للحملة الوطنية السعودية لنصرة الأشقاء في سوريا الدكتور بدر بن عبدالرحمن السمحان")
    assert p.name == ("بدر", "عبدالرحمن", "السمحان")
    assert parse_name("هيثم مناع عضو لجنة مؤتمر القاهرة").name == ("هيثم", "مناع")
    assert parse_name("الناطق باسم الجبهة الجنوبية عصام الريس").body == "الجبهه الجنوبيه"
    assert parse_name("وزير الخارجية الأمريكي").name == ()


def test_one_persons_names_across_outlets_are_one_speaker():
    names = ["رئيس الوزراء التركي أحمد داود أوغلو", "أحمد داود أوغلو", "رئيس الوزراء التركي احمد واود اوغلو",
             "رئيس الوزراء التركي احمد داود اأوغلو",
             "داود أوغلو", "رئيس الحكومة التركية أحمد داود أوغلو"]
    other = "وزير الخارجية التركي مولود تشاوش أوغلو"  # another «-oğlu»: another person
    r = resolve_claims([_claim(i, n) for i, n in enumerate(names)] + [_claim(9, other)])
    assert len({_speaker_of(r, n) for n in names}) == 1
    assert _speaker_of(r, other) != _speaker_of(r, names[0])
    # the canonical source is the fullest name; every name keeps its own source (shown as written)
    assert r.names[_speaker_of(r, names[1])] in (names[0], names[2], names[4])
    a, b = unregistered_ref(names[0]).key, unregistered_ref(names[3]).key
    assert a != b and not independent({a}, {b}, r)
    # «رئيس الحكومة التركية» names the government he speaks for; so does «وزير الخارجية التركي» (an organ of the
    # same state: test_two_organs_of_one_state_are_one_voice), so the two are not independent either, though
    # they stay two speakers
    assert "turkish-government" in r.identities(a)
    assert "turkish-government" in r.identities(unregistered_ref(other).key)
    assert not independent({a}, {unregistered_ref(other).key}, r)


def test_a_lone_surname_joins_only_the_one_speaker_it_fits():
    r = resolve_claims([_claim(1, "مدير المرصد رامي عبد الرحمن"), _claim(2, "عبدالرحمن"),
                        _claim(3, "الناطق باسم الجبهة الجنوبية عصام الريس"), _claim(4, "إدريس")])
    assert _speaker_of(r, "عبدالرحمن") == _speaker_of(r, "مدير المرصد رامي عبد الرحمن")
    assert _speaker_of(r, "إدريس") != _speaker_of(r, "الناطق باسم الجبهة الجنوبية عصام الريس")  # one letter off
    # two people end with the same name: a lone «عبد الرحمن» is left alone
    r = resolve_claims([_claim(1, "مدير المرصد رامي عبد الرحمن"), _claim(2, "عبدالرحمن"),
                        _claim(3, "الدكتور خالد عبد الرحمن")])
    assert _speaker_of(r, "عبدالرحمن") == unregistered_ref("عبدالرحمن").key


def test_names_spelled_otherwise_and_a_surname_with_its_title():
    r = resolve_claims([_claim(1, "الجنرال كيفن كيليا"), _claim(2, "البريجادير جنرال الأمريكي كيفين كيليا"),
                        _claim(3, "قطان"), _claim(4, "السفير قطان"), _claim(5, "الوزير منصور"), _claim(6, "الشيخ منصور")])
    assert _speaker_of(r, "الجنرال كيفن كيليا") == _speaker_of(r, "البريجادير جنرال الأمريكي كيفين كيليا")
    assert _speaker_of(r, "قطان") == _speaker_of(r, "السفير قطان")
    assert _speaker_of(r, "الوزير منصور") != _speaker_of(r, "الشيخ منصور")  # one word and two titles: left apart


def test_descriptions_are_not_people():
    r = resolve_claims([_claim(1, "تقارير إعلامية"), _claim(2, "تقارير إعلامية محلية"),
                        _claim(3, "الفصائل المقاتلة"), _claim(4, "الفصائل المقاتلة المعارضة")])
    assert r.speaker == {}


def test_a_director_speaks_for_his_organisation():
    rami = _claim(1, "مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن")
    sohr = _claim(2, "المرصد السوري لحقوق الإنسان", registered_key="sohr")
    other = _claim(3, "الناطق باسم الجبهة الجنوبية عصام الريس")
    r = resolve_claims([rami, sohr, other])
    assert "sohr" in r.identities(rami["source"]["key"])
    assert not independent({rami["source"]["key"]}, {"sohr"}, r)
    assert independent({other["source"]["key"]}, {"sohr"}, r)
    # a media officer speaks for the body his title names, quoted or not under its own name
    dogan = _claim(4, "المسؤول الإعلامي للجناح العسكري لحزب العمال الكردستاني بختيار دوغان")
    wing = _claim(5, "الجناح العسكري لحزب العمال الكردستاني")
    r = resolve_claims([dogan, wing])
    assert not independent({dogan["source"]["key"]}, {wing["source"]["key"]}, r)
    # «مدير المرصد» (the contextual alias) names the Observatory too
    r = resolve_claims([_claim(1, "مدير المرصد رامي عبدالرحمن")])
    assert "sohr" in r.identities(unregistered_ref("مدير المرصد رامي عبدالرحمن").key)


def test_registered_people_by_name_and_by_office_within_their_term():
    garbled = "وزير الخارجية الروسي سيرغي لافروف الولايات المتحدة"  # the span ran on past the name
    assert _speaker_of(resolve_claims([_claim(1, garbled)]), garbled) == "sergey-lavrov"
    assert _speaker_of(resolve_claims([_claim(1, "لافروف الولايات المتحدة")]), "لافروف الولايات المتحدة") != "sergey-lavrov"
    r = resolve_claims([_claim(1, "وزير الخارجية وليد المعلم")])
    assert _speaker_of(r, "وزير الخارجية وليد المعلم") == "walid-muallem"
    assert not independent({unregistered_ref("وزير الخارجية وليد المعلم").key}, {"walid-muallem"}, r)
    # the registry's affiliation: Muallem speaks for the Syrian government, as SANA does
    assert not independent({"walid-muallem"}, {"sana"}, r)
    office = "وزير الخارجية الأمريكي"
    assert _speaker_of(resolve_claims([_claim(1, office, "2015-07-24")]), office) == "john-kerry"
    assert _speaker_of(resolve_claims([_claim(1, office, "2019-07-24")]), office) != "john-kerry"  # after his term
    assert _speaker_of(resolve_claims([_claim(1, office, None)]), office) != "john-kerry"  # no date: unknown


def test_the_speakers_graph_links_names_to_one_source():
    from rdflib import URIRef

    from kg.model import source_iri
    from kg.sources import SANAD

    names = ["رئيس الوزراء التركي أحمد داود أوغلو", "داود أوغلو"]
    r = resolve_claims([_claim(i, n) for i, n in enumerate(names)] + [_claim(5, "رئيس الحكومة التركية أحمد داود أوغلو")])
    g = speakers_graph(r, "test")
    canon = URIRef(source_iri(_speaker_of(r, names[0])))
    assert (URIRef(source_iri(unregistered_ref(names[1]).key)), SANAD.speaker, canon) in g
    assert (canon, SANAD.speaksFor, URIRef(source_iri("turkish-government"))) in g


def test_relating_counts_one_speaker_quoted_twice_as_not_independent():
    from kg.ingest import relate_claims

    a = "نفذ التحالف الدولي 9 غارات جوية على مواقع تنظيم داعش في مدينة الرقة السورية"
    b = "شن طيران التحالف الدولي 9 غارات على مواقع لتنظيم داعش في الرقة"
    one = relate_claims([_claim(1, "رئيس الوزراء التركي أحمد داود أوغلو", "2015-07-21", a),
                         _claim(2, "داود أوغلو", "2015-07-22", b)])
    assert [(r.relation.relation, r.same_source, r.independent) for r in one.relations] == [
        ("supports", False, False)]
    two = relate_claims([_claim(1, "رئيس الوزراء التركي أحمد داود أوغلو", "2015-07-21", a),
                         _claim(2, "مدير المرصد رامي عبد الرحمن", "2015-07-22", b)])
    assert [(r.relation.relation, r.independent) for r in two.relations] == [("supports", True)]


@pytest.mark.parametrize("types, expected", [
    (["unknown", "government-official", "unknown"], "government-official"),
    (["government-official", "unknown", "unknown"], "government-official"),
    (["unknown", "unknown", "collective"], "collective"),
    (["collective", "government-official", "government-official"], "government-official"),
    (["government-official", "government-official", "collective"], "government-official"),
])
def test_a_source_typed_otherwise_in_two_articles_reads_with_one_type(tmp_path, types, expected):
    """An unregistered source is typed in each article graph from that article's context; every
    read (one claim, the claim lists, the source list, the source page) picks the same type."""
    from dataclasses import replace

    from kg.attribution import AttributionExtractor
    from kg.ingest import write_extraction, write_reference_graphs
    from kg.model import Article
    from kg.repository import Repository
    from kg.store import open_store

    extractor = AttributionExtractor(nlp=False)
    store = open_store(tmp_path / "store")
    write_reference_graphs(store)
    texts = ["قال الباحث هنري باركي إن الغارات على مواقع التنظيم ستستمر أسابيع.",
             "وقال الباحث هنري باركي إن تركيا لن ترسل قوات برية إلى سوريا.",
             "وأكد الباحث هنري باركي أن المفاوضات متوقفة منذ شهر."]
    for n, (text, type_) in enumerate(zip(texts, types)):
        ext = extractor.extract(Article(text=text, url=f"https://example.org/{n}", date=f"2015-07-2{n}"))
        assert ext.claims
        for c in ext.claims:
            c.source = replace(c.source, type=type_)
        write_extraction(ext, "test", store)
    repo = Repository(store)
    listed = repo.all_claims()
    key = listed[0]["source"]["key"]
    assert {c["source"]["key"] for c in listed} == {key}
    # a known type before "unknown" (however many graphs say unknown), then the most graphs' type
    assert {c["source"]["type"] for c in listed} == {expected}
    assert {repo.claim(c["key"])["source"]["type"] for c in listed} == {expected}
    assert [s["type"] for s in repo.sources() if s["key"] == key] == [expected]
    assert repo.source(key)["type"] == expected


def test_the_source_profile_names_its_speaker_and_the_body_he_speaks_for(tmp_path):
    from kg.attribution import AttributionExtractor
    from kg.ingest import write_extraction, write_reference_graphs
    from kg.model import Article
    from kg.repository import Repository
    from kg.speakers import SPEAKERS_GRAPH
    from kg.store import open_store

    store = open_store(tmp_path / "store")
    write_reference_graphs(store)
    extractor = AttributionExtractor(nlp=False)
    for n, text in enumerate(["وقال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن إن 12 مدنيا قتلوا في دوما.",
                              "وقال رامي عبد الرحمن إن الغارات استمرت حتى المساء."]):
        write_extraction(extractor.extract(Article(text=text, url=f"https://example.org/{n}", date="2015-07-24")),
                         "test", store)
    repo = Repository(store)
    claims = repo.all_claims()
    store.replace_graph(SPEAKERS_GRAPH, speakers_graph(resolve_claims(claims), "test").serialize(format="nt"))
    keys = {c["source"]["name"]: c["source"]["key"] for c in claims}
    short, full = keys["رامي عبد الرحمن"], keys["مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن"]
    assert repo.source(short)["speaker_key"] == full and repo.source(short)["speaks_for"] == ["sohr"]
    assert repo.source(full)["speaker_key"] is None and repo.source(full)["speaks_for"] == ["sohr"]
    assert repo.source("sohr")["speaker_key"] is None and repo.source("sohr")["speaks_for"] == []


def test_a_source_that_names_no_one_cannot_make_a_pair_independent():
    from kg.speakers import names_someone

    for cut in ("البيان فقد أقدم كل", "شبابنا", "سماحته", "الحكومة", "الوزارة", "المصادر نفسها", "الحصيلة السابقة",
                "بعض", "معاليه", "معلومات", "سموه"):  # «سموه»: «His Highness», named before (session 22's fresh read)
        assert not names_someone(cut), cut
    for name in ("الأمير فيصل بن خالد", "بحاح", "الغانم", "مصادر محلية", "مصدر", "مسؤول يمني رفيع المستوى",
                 "وزارة الدفاع اليمنية", "د. عبدالعزيز الساعاتي مدير جامعة الملك فيصل بالأحساء بقوله"):
        assert names_someone(name), name
    assert names_someone("البيان", "outlet-own")  # an outlet's own voice is the outlet
    # a document named alone says not whose it is (sample 14: «تقرير» restating the Yemeni media centre's report);
    # with its author it names him
    for document in ("تقرير", "التقرير", "تقارير", "دراسة", "بيان", "بيانات"):
        assert not names_someone(document), document
    assert names_someone("تقرير الأمم المتحدة") and names_someone("مركز الدراسات والإعلام الاقتصادي اليمني")
    assert names_someone("بيان الخارجية")  # a statement with its author names him
    # the corpus's «بيان» (cut from «حسب بيان نشر على صفحة حركة نور الدين الزنكي») set 50 dead against that group's
    # own 20 of the day before as two independent sources
    res = resolve_claims([_claim(1, "بيان"), _claim(2, "حركة نور الدين زنكي")])
    assert not independent({unregistered_ref("بيان").key}, {unregistered_ref("حركة نور الدين زنكي").key}, res)
    res = resolve_claims([_claim(1, "الحكومة"), _claim(2, "الغانم")])
    assert not independent({unregistered_ref("الحكومة").key}, {unregistered_ref("الغانم").key}, res)


def test_an_emir_of_a_region_and_a_name_with_amir_in_it_are_one_speaker():
    res = resolve_claims([_claim(1, "أمير منطقة عسير الأمير فيصل بن خالد بن عبدالعزيز"),
                          _claim(2, "الأمير فيصل بن خالد")])
    assert _speaker_of(res, "الأمير فيصل بن خالد") == _speaker_of(res, "أمير منطقة عسير الأمير فيصل بن خالد بن عبدالعزيز")
    assert parse_name("حسين أمير عبد اللهيان").name == ("حسين", "امير", "عبداللهيان")
    res = resolve_claims([_claim(1, "نائب وزير الخارجية الايراني حسين امير عب"), _claim(2, "حسين أمير عبد اللهيان")])
    assert _speaker_of(res, "حسين أمير عبد اللهيان") == _speaker_of(res, "نائب وزير الخارجية الايراني حسين امير عب")
    assert parse_name("ياسين أوزتورك رئيس حي هارفان").name == ("ياسين", "اوزتورك")  # a title after a name stays one


def test_an_outlets_lead_and_the_source_it_quotes_are_one_report():
    from kg.ingest import relate_claims

    lead = "انفجار أسفر عن مقتل أربعة فلسطينيين وإصابة 30 آخرين في مدينة رفح بجنوب قطاع غزة على الحدود مع مصر"
    quoted = "قتل أربعة فلسطينيين وأصيب أكثر من ثلاثين بجراح أمس بعد انفجار داخل منزل بالقرب من رفح جنوب قطاع غزة"
    outlet = {"key": "outlet-aawsat", "name": "aawsat", "name_ar": "aawsat", "type": "outlet-own", "label": ""}
    one, source = _claim(1, "aawsat", "2015-08-06", lead), _claim(2, "وزارة الصحة", "2015-08-06", quoted)
    one["source"] = outlet
    same_article = relate_claims([one, {**source, "article": one["article"]}])
    assert [(r.relation.relation, r.independent) for r in same_article.relations] == [("supports", False)]
    apart = relate_claims([one, source])
    assert [(r.relation.relation, r.independent) for r in apart.relations] == [("supports", True)]
    # the quoted source in another article of the same outlet (its own voice is in that article too): one report
    headline = {**_claim(3, "aawsat", "2015-08-06", "وصول وفد الأمم المتحدة إلى العاصمة للقاء الرئيس"),
                "article": source["article"], "source": outlet}
    same_outlet = relate_claims([one, source, headline])
    assert [(r.relation.relation, r.independent) for r in same_outlet.relations] == [("supports", False)]


def test_a_speaker_and_the_source_he_relays_are_one_voice():
    from kg.speakers import independent_appearances, relay_links

    # «قال المسؤول إن الدراسات المختصة تشير إلى أن …»: the official's claim holds the studies' claim (one article);
    # the studies quoted alone in another outlet agreeing with the official is no corroboration
    outer = {**_claim(1, "المسؤول في الهيئة"), "article": "urn:article:a", "start": 10, "end": 120}
    inner = {**_claim(2, "الدراسات المختصة"), "article": "urn:article:a", "start": 30, "end": 120}
    elsewhere = {**_claim(3, "الدراسات المختصة"), "article": "urn:article:b", "start": 0, "end": 90}
    apart = {**_claim(4, "وزارة الطاقة"), "article": "urn:article:c", "start": 0, "end": 90}
    claims = [outer, inner, elsewhere, apart]
    keys = {c["source"]["key"] for c in (outer, inner)}
    assert relay_links(claims) == {frozenset(keys)}
    resolution = resolve_claims(claims)
    a = {(outer["source"]["key"], "urn:article:a")}
    b = {(elsewhere["source"]["key"], "urn:article:b")}
    assert not independent_appearances(a, b, resolution)
    assert independent_appearances(a, b, resolution, agreeing=False)  # opposing: still two speakers
    assert independent_appearances(a, {(apart["source"]["key"], "urn:article:c")}, resolution)
    # side by side in one article, neither inside the other: no relay
    assert relay_links([outer, {**apart, "article": "urn:article:a", "start": 130, "end": 200}]) == frozenset()


def test_two_organs_of_one_state_are_one_voice():
    from kg.speakers import state_of

    # the nationality adjective right after a state organ word names a registered government
    for name, state in (("وزارة الداخلية التركية", "turkish-government"), ("الجيش الأمريكي", "us-government"),
                        ("مسؤولون أمريكيون", "us-government"), ("السفير السعودي في لبنان", "saudi-government"),
                        ("رئيس الوزراء التركي أحمد داود أوغلو", "turkish-government"),
                        ("مصدر أمني تركي", "turkish-government"), ("النظام السوري", "syrian-government"),
                        ("مؤسسة الإذاعة والتلفزيون التركية", "turkish-government")):
        assert state_of(name) == state, name
    # not where it qualifies another body, a former holder, the opposition, or a country whose government the
    # registry does not hold
    for name in ("رئيس المرصد السوري", "رئيس الائتلاف الوطني السوري", "الجيش السوري الحر",
                 "وزير الخارجية الأمريكي السابق", "رئيس الحكومة السورية المؤقتة", "المعارضة السورية",
                 "مصدر تركي", "وزارة الدفاع اليمنية", "مكتب رئيس الوزراء"):
        assert state_of(name) is None, name
    ministry = _claim(1, "وزارة الداخلية التركية")
    army = _claim(2, "الجيش الأمريكي")
    r = resolve_claims([ministry, army, _claim(3, "الحكومة التركية", registered_key="turkish-government"),
                        _claim(4, "البنتاغون", registered_key="pentagon")])
    assert not independent({ministry["source"]["key"]}, {"turkish-government"}, r)
    assert not independent({army["source"]["key"]}, {"pentagon"}, r)  # the Pentagon's registered affiliation
    assert independent({ministry["source"]["key"]}, {army["source"]["key"]}, r)


def test_a_body_named_without_the_complement_of_its_name_is_that_body():
    short = _claim(1, "القيادة المشتركة", date="2015-07-31")
    whole = _claim(2, "التحالف الدولي", date="2015-07-31", registered_key="us-led-coalition")
    whole["source"]["label"] = "القيادة المشتركة لقوات التحالف الدولي"
    r = resolve_claims([short, whole])
    assert _speaker_of(r, "القيادة المشتركة") == "us-led-coalition"
    assert not independent({short["source"]["key"]}, {"us-led-coalition"}, r)
    # not on another day, and not where the name goes on with an adjective, «في» or «و»: the short one is general
    assert _speaker_of(resolve_claims([_claim(1, "القيادة المشتركة", date="2015-09-01"), whole]),
                       "القيادة المشتركة") != "us-led-coalition"
    for longer in ("النيابة العامة الإماراتية", "النيابة العامة في دبي", "النيابة العامة والشرطة"):
        r = resolve_claims([_claim(1, "النيابة العامة"), _claim(2, longer)])
        assert _speaker_of(r, "النيابة العامة") == unregistered_ref("النيابة العامة").key, longer
    # a title is not a body: its holder differs from story to story
    r = resolve_claims([_claim(1, "المدير الإقليمي"), _claim(2, "المدير الإقليمي للحملة الوطنية")])
    assert _speaker_of(r, "المدير الإقليمي") == unregistered_ref("المدير الإقليمي").key
