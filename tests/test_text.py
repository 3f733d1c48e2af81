from kg.text import light_stem, normalize, normalize_with_offsets, split_sentences


def test_normalize_folds_alef_hamza_taa_marbuta_diacritics_tatweel():
    assert normalize("أعلنَ") == normalize("اعلن") == "اعلن"
    assert normalize("إنّ") == "ان"
    assert normalize("مدينة") == "مدينه"
    assert normalize("مصطفى") == "مصطفي"
    assert normalize("قـــال") == "قال"
    assert normalize("«داعش»") == '"داعش"'


def test_offsets_map_back_to_the_original_text():
    text = "أعلنَتْ وسائلُ الإعلام"
    norm, offsets = normalize_with_offsets(text)
    i = norm.index("وسايل")
    j = i + len("وسايل الاعلام")
    assert text[offsets[i]:offsets[j - 1] + 1].startswith("وسائل")
    assert offsets[len(norm)] == len(text)


def test_sentences_do_not_split_inside_quotes_or_at_headline_ellipsis():
    text = "قوات النظام تدخل تدمر.. و«داعش» يفخخ\nقال كيري «هذا. ذاك». وأضاف لافروف أن لا."
    spans = [text[s.start:s.end] for s in split_sentences(text)]
    assert spans == ["قوات النظام تدخل تدمر.. و«داعش» يفخخ", "قال كيري «هذا. ذاك».", "وأضاف لافروف أن لا."]


def test_light_stem_strips_one_clitic_each_side():
    assert light_stem(normalize("الاشتباكات")) == "اشتباك"
    assert light_stem(normalize("لدخول")) == "دخول"
    assert light_stem(normalize("للمدينة")) == light_stem(normalize("المدينة"))
