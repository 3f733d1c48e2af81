"""The gazetteer (kg/places.tsv via kg.places): names matched as printed, common words not taken for places, and
containment (a city in its province is one place, two towns of one province two)."""

from kg.places import (COUNTRIES, GAZETTEER, PARENT, apart, containers, country_of, finest, overlap, places_in,
                       same_place)


def test_the_data_file_is_consistent():
    assert len(GAZETTEER) > 200
    for slug, up in PARENT.items():
        assert up in GAZETTEER or up in COUNTRIES, (slug, up)
        assert slug not in containers(up), slug  # no cycle
    assert not COUNTRIES & GAZETTEER.keys()


def test_names_as_printed_with_clitics_and_variants():
    assert places_in("استهدف مسجد قوات الطوارئ بمنطقة عسير") == ["asir"]
    assert places_in("التفجير الانتحاري في مسجد بأبها") == ["abha"]
    assert places_in("قصف على جيزان ونجران") == ["jazan", "najran"]
    assert places_in("انسحب الحوثيون من قاعدة العند في لحج") == ["al-anad", "lahj"]
    assert places_in("للرقة") == ["raqqa"]


def test_countries_and_capitals_named_for_their_governments_are_never_matched():
    assert places_in("قتل 10 في اليمن وسوريا والعراق") == []
    assert places_in("وقالت واشنطن إن الدوحة لم ترد") == []


def test_common_words_are_not_places():
    # «عند» (at), «حديثه» (his talk), «وجيزة» (brief), «للحج» (for the hajj), «جده» (grandfather), «قصير» (short)
    for text in ("وعند عودته إلى قريتنا", "قال في حديثه للصحيفة", "في فترة وجيزة", "استعدادات للحج",
                 "كل حسب جده واجتهاده", "في وقت قصير", "وخرج منه خالي الوفاض", "أمر عسير على الجميع"):
        assert places_in(text) == [], text


def test_a_quoted_name_is_a_newspaper_not_a_place():
    assert places_in('وقال الناطق باسم المقاومة لـ«الرياض» إن المقاومة سيطرت على مديرية النادرة') == ["nadirah"]
    assert places_in("وصل الوفد إلى الرياض") == ["riyadh"]


def test_ambiguous_names_after_a_frame_or_in_a_list():
    assert places_in("في جدة") == ["jeddah"]
    assert places_in("محافظة عمران") == ["amran"]
    assert places_in("يحكمان السيطرة على الضالع") == ["al-dhale"]
    assert places_in("انتصارات في عدن ولحج وأبين") == ["aden", "lahj", "abyan"]
    assert places_in("عبدالخالق عمران") == []


def test_a_province_named_like_its_capital_is_its_own_place():
    assert places_in("في ريف حلب الشمالي") == ["aleppo-province"]
    assert places_in("في حلب") == ["aleppo"]


def test_containment():
    assert containers("abha") == ("abha", "asir")
    assert country_of("abha") == "saudi-arabia"
    assert same_place("abha", "asir") and same_place("qudaih", "eastern-province")
    assert not same_place("abha", "khamis-mushait")  # two cities of Asir
    assert not apart({"abha"}, {"asir"})
    assert apart({"abha"}, {"khamis-mushait"})
    assert apart({"aden"}, {"taiz"})
    assert apart({"aleppo"}, {"azaz"}) and not apart({"aleppo-province"}, {"azaz"})
    assert overlap({"zinjibar", "aden"}, {"abyan"}) == {"zinjibar"}
    assert not apart(set(), {"aden"})


def test_districts_lie_in_their_city_and_two_districts_are_two_places():
    # a police colonel and the interior ministry on two car bombs in Baghdad, 21 July 2015 (the Syria corpus)
    bayaa = "استشهد 16 شخصا على الأقل وجرح 30 في تفجير سيارة مفخخة في شارع تجاري في منطقة البياع في غرب العاصمة"
    new_baghdad = "واستهدف أكثر الهجمات دموية منطقة بغداد الجديدة في شرق العاصمة، حيث قتل 19 شخصا وأصيب 43"
    assert places_in(bayaa) == ["bayaa"] and places_in(new_baghdad) == ["new-baghdad"]
    assert places_in("تفجير مماثل في منطقة الحبيبية بمدينة الصدر، شرقي بغداد") == ["sadr-city", "baghdad"]
    assert same_place("karrada", "baghdad") and apart({"bayaa"}, {"new-baghdad"})
    assert country_of("jobar") == "syria" and country_of("sheikh-othman") == "yemen"
    # a district named with its city is the district
    assert finest(["sadr-city", "baghdad"]) == {"sadr-city"} and finest(["baghdad"]) == {"baghdad"}
    # a district name that is also a word needs a frame: «الشيخ عثمان» is a preacher's name too
    assert places_in("محاضرة الشيخ عثمان الخميس") == [] and places_in("اشتباكات في الشيخ عثمان") == ["sheikh-othman"]


def test_a_clipped_name_never_takes_a_written_name_s_place(monkeypatch):
    """Names without «ال» are registered after every written name: the file's order does not decide."""
    import kg.places as places

    fake = {"a-town": ("الحمرا", "al-Hamra", ()), "b-town": ("حمرا", "Hamra", ())}
    monkeypatch.setattr(places, "GAZETTEER", fake)
    monkeypatch.setattr(places, "FRAMED", frozenset())
    places._matcher.cache_clear()
    try:
        assert places.places_in("في حمرا") == ["b-town"]  # the written name, no «ل» needed
        assert places.places_in("في الحمرا") == ["a-town"]
    finally:
        places._matcher.cache_clear()
