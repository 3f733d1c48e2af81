"""The reporting-verb lexicon: lemmas with every written form, participles, and the verb classes
(object verbs, prepositional openers, verbs that need a complement)."""

from __future__ import annotations

import re

from ..text import normalize

# ----------------------------------------------------------------------------- reporting verbs
# lemma: (past stem, present stem after the person prefix, kind). Normalized spelling (kg.text).
# Sound verbs get every person/number/gender form generated; weak ones are listed.
SOUND = {
    "أعلن": ("اعلن", "علن"), "ذكر": ("ذكر", "ذكر"), "أكد": ("اكد", "وكد"), "أوضح": ("اوضح", "وضح"),
    "اعتبر": ("اعتبر", "عتبر"), "حذر": ("حذر", "حذر"), "كشف": ("كشف", "كشف"), "زعم": ("زعم", "زعم"),
    "طالب": ("طالب", "طالب"), "شدد": ("شدد", "شدد"), "لفت": ("لفت", "لفت"), "صرح": ("صرح", "صرح"),
    "تابع": ("تابع", "تابع"), "ختم": ("ختم", "ختم"), "رجح": ("رجح", "رجح"), "أعرب": ("اعرب", "عرب"),
    "نوه": ("نوه", "نوه"), "أبلغ": ("ابلغ", "بلغ"), "اتهم": ("اتهم", "تهم"), "تناقل": ("تناقل", "تناقل"),
    "اعترف": ("اعترف", "عترف"), "نبه": ("نبه", "نبه"), "طلب": ("طلب", "طلب"), "نقل": ("نقل", "نقل"),
    "نشر": ("نشر", "نشر"), "كذب": ("كذب", "كذب"), "أشاد": ("اشاد", "شيد"), "توقع": ("توقع", "توقع"),
    "استبعد": ("استبعد", "ستبعد"), "أورد": ("اورد", "ورد"), "قدر": ("قدر", "قدر"),
    "واصل": ("واصل", "واصل"), "استطرد": ("استطرد", "ستطرد"), "ندد": ("ندد", "ندد"), "كتب": ("كتب", "كتب"),
    "بين": ("بين", "بين"), "نسب": ("نسب", "نسب"), "وصف": ("وصف", "وصف"),
    "أردف": ("اردف", "ردف"), "استدرك": ("استدرك", "ستدرك"), "أفصح": ("افصح", "فصح"),
    "حث": ("حث", "حث"),
    # أخبر "told", as أبلغ: its object is who was told (kg.attribution.recipients.hearer_start)
    "أخبر": ("اخبر", "خبر"),
    # ناشد "appealed to": a call like طالب, its object before its ب ("مناشدة الأمانة بتوفير …")
    "ناشد": ("ناشد", "ناشد"),
    # تحدّث "spoke of": a report only when reports or the media speak ("وكانت تقارير إخبارية تحدثت عن تحويل …";
    # kg.attribution.attribute.REPORTING_HEADS); "تحدث الوزير عن أهمية …" names a topic
    "تحدث": ("تحدث", "تحدث"),
    # تطرّق "touched on": a report only with "إلى أن" (NEEDS_COMPLEMENT); "تطرق إلى الملف" names a topic
    "تطرق": ("تطرق", "تطرق"),
    # شرح "explained": a report only with its complementizer close by ("ويشرح خليل أن …", "وكما يشرح هول فإن …";
    # NEEDS_COMPLEMENT): "شرح الوضع", "شرح" (an explanation) report nothing
    "شرح": ("شرح", "شرح"),
    # تنبّأ "predicted", as توقع: a forecast with its source, only with its complementizer (NEEDS_COMPLEMENT)
    "تنبأ": ("تنبا", "تنبا"),
    # انتقد "criticized": an evaluation (GUIDE), its object is what it criticizes ("انتقدت المعارضة الزيارة …")
    "انتقد": ("انتقد", "نتقد"),
    # أطلق "launched": a report only when what it launches is a call or a warning ("أطلق الأمين العام نداء ملحا إلى
    # المانحين لسد …": kg.attribution.cues keeps it only with CALL_NOUN_RE close after; "أطلق النار" is no report)
    "أطلق": ("اطلق", "طلق"),
}
WEAK = {
    "قال": ["قال", "قالت", "قالوا", "قالا", "قالتا", "يقول", "تقول", "يقولون", "تقولون", "يقولان", "اقول",
            "نقول", "قلت", "قوله", "قولها", "قولهم"],
    "أفاد": ["افاد", "افادت", "افادوا", "افادا", "يفيد", "تفيد", "يفيدون", "نفيد"],
    "نفى": ["نفي", "نفت", "نفوا", "نفيا", "ينفي", "تنفي", "ينفون", "ننفي", "انفي",
            "نفا", "نفو"],  # "نفاه"، "نفوه": the past before an object pronoun (VERB_RE adds the pronoun)
    "أشار": ["اشار", "اشارت", "اشاروا", "اشارا", "يشير", "تشير", "يشيرون", "نشير", "اشير"],
    "أضاف": ["اضاف", "اضافت", "اضافوا", "اضافا", "يضيف", "تضيف", "يضيفون", "نضيف"],
    "دعا": ["دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "ندعو", "ادعو"],
    "رأى": ["راي", "رات", "راوا", "يري", "تري", "يرون", "نري"],
    "ارتأى": ["ارتاي", "ارتات", "ارتاوا", "يرتاي", "ترتاي"],
    "رد": ["رد", "ردت", "ردوا", "يرد", "ترد"],
    "أبان": ["ابان", "ابانت"],
    "ادعى": ["ادعي", "ادعت", "ادعوا"],
    "روى": ["روي", "روت", "رووا", "يروي", "تروي"],
    "أقر": ["اقر", "اقرت", "اقروا", "يقر", "تقر"],
    # عدّ "considered": only the past with its shadda written (عد is also "count", وعد "promise")
    "عد": ["عد", "عدت", "عدوا"],
    # أثبت "proved": the past only (يثبت "it proves" has an abstract subject, not a source)
    "أثبت": ["اثبت", "اثبتت", "اثبتوا"],
    # أرجع "put down to": the past only (يرجع is mostly "goes back to", agentless)
    "أرجع": ["ارجع", "ارجعت", "ارجعوا"],
    # عزا "put down to", as أرجع: the past only, not عزت (also the name Izzat)
    "عزا": ["عزا", "عزوا"],
    "ألمح": ["المح", "المحت", "المحوا", "يلمح", "تلمح"],
    # هدّد / توعّد "threatened (with)": the past only; the present mostly has a thing for subject
    # ("ما يهدد بالدخول في دوامة …", "الإعلان يهدد بتوسيع رقعة المعركة")
    "هدد": ["هدد", "هددت", "هددوا", "هددا"],
    "توعد": ["توعد", "توعدت", "توعدوا"],
    # أدان / دان "condemned": the past (the present يدين is also "two hands", "owes"; bare دان, also a name, only
    # opening a clause: kg.attribution.pipeline.not_a_verb)
    "أدان": ["ادان", "ادانت", "ادانوا", "دان", "دانت", "دانوا"],
    # أظهر "showed": the past only, and only a study, a report or a body (kg.attribution.attribute), not footage
    "أظهر": ["اظهر", "اظهرت", "اظهروا"],
    # زاد "added": only opening its sentence with و and followed by its complementizer (kg.attribution.cues;
    # otherwise it is "increased")
    "زاد": ["زاد", "زادت"],
    # خلص "concluded" and وجد "found": the past only, and only with their complementizer close by
    # (NEEDS_COMPLEMENT: "خلصت الدراسة إلى أن …", "وجد الباحثون أن …"; not "وجدت الشرطة جثة")
    "خلص": ["خلص", "خلصت", "خلصوا", "خلصا"],
    "وجد": ["وجد", "وجدت", "وجدوا"],
    # آمن "believed (that)": only written with its madda (kg.attribution.cues; أمن is "security", آمن also the
    # adjective "safe") and with its complementizer close by (NEEDS_COMPLEMENT)
    "آمن": ["امن", "امنت", "امنوا"],
    # حكم "ruled (that)": a court's or a judge's finding, the past only and only with بأن close by
    # (NEEDS_COMPLEMENT): حكم is also the noun "rule" and يحكم "governs"
    "حكم": ["حكم", "حكمت", "حكموا"],
    # تعهد "pledged (to)": the past only, its content is what it pledges (ب), as for a threat
    "تعهد": ["تعهد", "تعهدت", "تعهدوا", "تعهدا"],
    # نعى "mourned (a death)": the past only; its object is the death reported ("نعى النجيفي مقتل 2070 شخصا")
    "نعى": ["نعي", "نعوا"],
    # أوصى "recommended (to X) that": a call, its object before its ب ("أوصت الهيئة أهل فلسطين بتقوى الله")
    "أوصى": ["اوصي", "اوصت", "اوصوا"],
    # نصح "advised (X) to": the same call as أوصى, its object before its ب ("ونصح باستخدام التعشيق الثقيل"); the
    # past only (the noun «نصح» is told apart as the other ambiguous forms are)
    "نصح": ["نصح", "نصحت", "نصحوا"],
    # أيّد "backed": the past only, its object is what is backed ("وأيد حلفاء غربيون الإجراءات التركية")
    "أيد": ["ايد", "ايدت", "ايدوا"],
}
# Active participles used as a second cue of the same speaker ("، مضيفا أن …").
PARTICIPLES = {
    "أضاف": ["مضيفا", "مضيفين"], "أكد": ["موكدا", "موكدين"], "أشار": ["مشيرا", "مشيرين"],
    "أوضح": ["موضحا"], "اعتبر": ["معتبرا"], "حذر": ["محذرا"], "لفت": ["لافتا"],
    "قال": ["قايلا"], "نوه": ["منوها"], "أعرب": ["معربا"], "شدد": ["مشددا"],
    "نفى": ["نافيا"], "طالب": ["مطالبا"], "دعا": ["داعيا"], "كشف": ["كاشفا"],
    "تابع": ["متابعا"], "رجح": ["مرجحا"], "اتهم": ["متهما"], "أبان": ["مبينا"], "وصف": ["واصفا"],
    "أرجع": ["مرجعا"], "عزا": ["عازيا"], "استدرك": ["مستدركا"], "ألمح": ["ملمحا"], "أفصح": ["مفصحا"],
    "قلل": ["مقللا"], "استبعد": ["مستبعدا"], "هدد": ["مهددا"], "توعد": ["متوعدا"],
    "ندد": ["منددا", "منددين"], "حث": ["حاثا"], "ناشد": ["مناشدا"], "ادعى": ["مدعيا"], "أوصى": ["موصيا"],
    "نصح": ["ناصحا"],
    "تعهد": ["متعهدا"], "أشاد": ["مشيدا"],
    # certainty stated of oneself: "وبدا الوزير واثقاً من أن …", "متيقنين من أن …": the speaker asserts what follows
    # (no verb of saying, but the GUIDE's evaluation frame with an identifiable source)
    "وثق": ["واثقا"], "تيقن": ["متيقنا"],
    # أبدى "expressed", as أعرب: only its participle, whose object is what it expresses ("مبدياً اتفاق الطرفين على …")
    "أبدى": ["مبديا"],
    # حمّل "held (X) responsible": the participle only, and only with المسؤولية close after it (cues.BLAME_RE; "محملا
    # بالأسلحة" is "loaded with"); its object, the responsibility and who bears it, is the content
    "حمل": ["محملا"],
}
# Verbs whose content is their object, not a clause: "دعا X من تبقى … للخروج".
DIRECTIVE = {"دعا", "طلب"}
# Calls, demands and threats: their content is what is called for, up to the subject's next act.
CALL_VERBS = DIRECTIVE | {"طالب", "هدد", "توعد", "حث", "ناشد", "أوصى", "نصح", "تعهد"}
# Verbs with an object before their ب-complement: "مطالبا نظام الأسد بوقف القصف", "متهما المعارضة بتلقي دعم".
OBJECT_THEN_B = {"طالب", "اتهم", "هدد", "توعد", "ناشد", "أوصى", "نصح"}
# Threats: their content is only what they threaten with (ب), after the subject or its object
# ("هددت الولايات المتحدة نظام الأسد أمس باتخاذ خطوات …"); a far «أن» or quotation is someone else's.
THREATS = {"هدد", "توعد", "تعهد"}
# Verbs that can take the content as a plain object: "أعلنت X دخول القوات …".
OBJECT_VERBS = {"أعلن", "ذكر", "أكد", "نفى", "كشف", "نشر", "أشاد", "حذر", "رد", "كذب", "نقل", "تناقل", "أورد",
                "نسب", "وصف", "عد", "أثبت", "اتهم", "أدان", "نعى", "حمل", "أيد", "أبدى"}
# Verbs that take the content as an object only behind a subject whose end is sure (a definite body noun,
# a registered or an earlier-named source: "أوضحت الوزارة احتواء …", "اعتبرت الوزارة تطبيق الدليل بمثابة …",
# "أرجع الائتلاف السوري المعارض عدم …"), and only in the past (the present is mostly passive: "ويُقدّر محصول
# سورية بـ…", "يُعتبر عاملا أساسيا"); their participles take it right after them ("مرجعا سبب رفض العرض …").
BOUNDED_OBJECT_VERBS = {"أوضح": "اوضح", "اعتبر": "اعتبر", "أرجع": "ارجع", "عزا": "عز", "قدر": "قدر",
                        # an expectation of a verbal noun: "توقعت مصادر تركية اقتراب اكتمال …" (hedged by its verb)
                        "توقع": "توقع", "رجح": "رجح",
                        # a criticism of a decision, a visit, a stance: "انتقدت المعارضة في المنفى الزيارة …"
                        "انتقد": "انتقد", "أطلق": "اطلق"}
# "أرجع/عزا X سبب Y إلى Z": who puts something down to a cause names the cause (a cause word, or ذلك for what
# was just said) as its object.
CAUSE_VERBS = {"أرجع", "عزا"}
CAUSE_WORD_RE = re.compile(r"(?<![\w])(?:سبب|اسباب|السبب|الاسباب|ذلك|الامر)(?![\w])")
# "وصف X الوضع بأنه كارثي": what is described is a state of affairs or an event, a noun no speaker is named by,
# so it ends the subject just as a cause word does.
DESCRIBED_WORD_RE = re.compile(r"(?<![\w])(?:الوضع|الاوضاع|الحاله|الهجوم|الهجمات|الحادث|الحادثه|القرار|الخطوه|"
                               r"الاتفاق|الزياره|الاجتماع|المحادثات|الموقف|التفجير|الضربات|العمليه|ما)(?![\w])")
# What a speaker launches when it speaks: a call, an appeal, a warning (the object of أطلق, its content).
CALL_NOUN_RE = re.compile(r"(?<![\w])(?:نداء|نداءا|نداءات|دعوه|دعوات|مناشده|تحذيرا|تحذيرات|صرخه)(?![\w])")
OBJECT_HEAD_RE = {"أرجع": CAUSE_WORD_RE, "عزا": CAUSE_WORD_RE, "وصف": DESCRIBED_WORD_RE, "انتقد": DESCRIBED_WORD_RE,
                  "اعتبر": DESCRIBED_WORD_RE,  # "اعتبر رئيس الوزراء الهجوم عملا إرهابيا": the event judged
                  "أطلق": CALL_NOUN_RE}
# Adjectives of certainty (normalized) and the verb each reports as: a plain predicate ("والوزير واثق من أن …",
# kg.attribution.cues) and the teller's certainty after a complementizer ("قال إنه متيقن من أن …",
# kg.attribution.content); their accusative participles ("واثقاً من أن") are in PARTICIPLES.
CERTAIN_ADJECTIVES = {"واثق": "وثق", "متيقن": "تيقن", "متاكد": "تيقن"}
# Verbs whose present is mostly passive ("يُتّهم X بـ…"): only the past takes an object or a charge.
PASSIVE_PRESENT = {"اتهم": "اتهم"}
# Verbs whose object is only a report with a second complement: "نسب الهجوم إلى التنظيم",
# "وصف الخطاب بالفارغ", "عدّ البرنامج من البرامج المهمة".
NEEDS_COMPLEMENT = {"نسب": r"(?<![\w])(?:الي|الى)(?![\w])", "وصف": r"(?<![\w])ب\S", "عد": r"(?<![\w])(?:من|ب\S)",
                    # "خلصت الدراسة إلى أن", "وجد الباحثون، الذين …، أن": the complementizer within a few words
                    "خلص": r"^\s*(?:\S+\s+){0,7}?(?:الي|الى)\s+(?:ان|انه|انها|انهم)(?![\w])",
                    "تطرق": r"^\s*(?:\S+\s+){0,7}?(?:الي|الى)\s+(?:ان|انه|انها|انهم)(?![\w])",
                    "وجد": r"^\s*(?:\S+\s+){0,7}?(?:ان|انه|انها|انهم|بان)(?![\w])",
                    "شرح": r"^\s*(?:\S+\s+){0,7}?(?:ان|انه|انها|انهم|بان|فان|فانه|فانها)(?![\w])",
                    # "تنبأ الخبراء أن …": a forecast with its complementizer, not "تنبأ فيها بالثورة" (a novel's theme)
                    "تنبأ": r"^\s*(?:\S+\s+){0,7}?(?:ان|انه|انها|انهم|بان|بانه|بانها|بانهم)(?![\w])",
                    "آمن": r"^\s*(?:\S+\s+){1,4}?(?:ان|انه|انها|انهم|بان|بانه|بانها|بانهم)(?![\w])",
                    # "حكم القاضي في القضية بأن …": a ruling's بأن after its court, not "حكم بالسجن" (a sentence)
                    "حكم": r"^\s*(?:\S+\s+){1,10}?(?:بان|بانه|بانها|بانهم)(?![\w])"}
# Verbs whose content follows a preposition ("أشار إلى ارتفاع …", "كشف عن …").
PREP_OPENER = {"ندد": ("ب",), "شدد": ("علي",), "أشار": ("الي",), "لفت": ("الي",), "نوه": ("الي", "ب"),
               "دعا": ("الي",), "كشف": ("عن",), "أعرب": ("عن",), "تناقل": ("عن",), "أعلن": ("عن",), "حذر": ("من",),
               "طالب": ("ب",), "تحدث": ("عن",), "أفاد": ("ب", "عن"), "اتهم": ("ب",),
               "قلل": ("من",), "هدد": ("ب",), "توعد": ("ب",), "أكد": ("علي",), "حث": ("علي",),
               "ناشد": ("ب",), "أوصى": ("ب",), "نصح": ("ب",), "تعهد": ("ب",),
               # "اعترف أثناء استجوابه بالعمل لصالح …": what is confessed follows ب
               "اعترف": ("ب",),
               # "ألمح اليغري إلى بقاء بوغبا": what is hinted at follows إلى
               "ألمح": ("الي",),
               # "مشيدا باهتمام المشروع …": what is praised follows ب
               "أشاد": ("ب",)}
# Verbs whose preposition opens the content only at once or after an occasion: "أكد على أهمية …" (أكد mostly
# takes أن or an object, and "على" further on belongs to that object: "أكد الوزير أهمية التعاون على …").
TIGHT_PREP = {"أكد"}
# Past 3rd masculine forms that are spelled like a noun (نشر "publishing", ذكر "mention"):
# a parse that calls them nouns, or a preposition before them, rules them out.
AMBIGUOUS_FORMS = {"كتب", "بين", "شرح", "نسب", "وصف", "عد", "نفي", "نشر", "ذكر", "كشف", "نقل", "رد", "طلب", "زعم", "حذر", "صرح", "ختم", "قدر", "راي", "توقع",
                   "تابع", "طالب", "تعهد", "نعي", "حكم", "امن", "نصح"}


def _sound_forms(past: str, present: str) -> list[str]:
    forms = [past + s for s in ("", "ت", "وا", "ا", "تا", "نا")]
    forms += [p + present + s for p in ("ي", "ت") for s in ("", "ون", "ان")]
    forms += ["ن" + present, "ا" + present] if len(present) >= 3 else []
    return forms


VERB_FORM: dict[str, str] = {}
for _lemma, (_past, _present) in SOUND.items():
    for _f in _sound_forms(_past, _present):
        VERB_FORM.setdefault(_f, _lemma)
for _lemma, _forms in WEAK.items():
    for _f in _forms:
        VERB_FORM[_f] = _lemma
PARTICIPLE_FORM = {f: lemma for lemma, forms in PARTICIPLES.items() for f in forms}
# Their masculine plurals ("، لافتين إلى أن", "مبينين أن"), except those that are mostly nouns or passive adjectives
# ("متهمين" the accused, "متابعين" followers, "مهددين" threatened).
PARTICIPLE_FORM.update({f[:-1] + "ين": lemma for f, lemma in list(PARTICIPLE_FORM.items())
                        if f.endswith("ا") and f[:-1] + "ين" not in ("متهمين", "متابعين", "مهددين")})
# Feminine participles double as adjectives (مؤكدة "confirmed"): cues only before a complementizer or quotation.
FEMININE_PARTICIPLE = {f[:-1] + "ه": lemma for f, lemma in PARTICIPLE_FORM.items() if f.endswith("ا")}
PARTICIPLE_FORM.update(FEMININE_PARTICIPLE)
# Forms that collide with frequent other words, and first persons of a call whose object would pass for its
# subject ("أناشد معالي وزير التعليم أن …").
for _f in ("اناشد", "نناشد", "تري", "نري", "نقول", "ترد", "نشرت", "تقر", "يقر", "نقلا", "ذكرا", "طلبا", "ردا", "كشفا", "زعما",
           "نشرا", "قدرا", "تابعا", "ختما", "حذرا", "صرحا", "شددا", "نقلنا", "طالبا", "تبين", "رات", "يرد"):
    VERB_FORM.pop(_f, None)
VERB_FORM["نشرت"] = "نشر"  # "نشرت تنسيقية تدمر …" is common; the noun reading needs a preposition first


def cue_lemma(cue: str) -> str:
    """The lemma of a cue as written, with or without «و»/«ف» before it («ونفى», «فقال»): the letter is a conjunction
    only when the form without it is a verb, so «وصف», «واصل», «فند» keep theirs ("" when no verb)."""
    n = normalize(cue)
    return VERB_FORM.get(n) or (VERB_FORM.get(n[1:], "") if n[:1] in ("و", "ف") else "")


# Stems that are also frequent common nouns are only cues with a source: handled by the caller.
LEMMAS = set(SOUND) | set(WEAK)
NORM_LEMMA = {normalize(lemma).replace("ي", "ي"): lemma for lemma in LEMMAS}
SAY_VERBS = {"قال", "أضاف", "تابع", "أوضح", "أكد", "استطرد", "واصل", "أردف", "استدرك"}
# Verbs of expectation or belief: right after another verb's complementizer ("قال إنه يتوقع أن …") they open
# the content (and hedge it), they do not report anew.
BELIEF_VERBS = {"توقع", "رجح", "استبعد", "قدر"}
# Words the parse may lemmatize to a reporting verb that are something else here ("ويدعى" "is called",
# "يشار إلى" agentless, "تبين" "it turned out").
NOT_LEMMA_CUES = {"يدعي", "تدعي", "يشار", "تبين", "يبين", "ينقل", "تنقل", "يقال", "قيل", "يذكر", "ذكرا"}
