"""Reported-speech sentence gold for tests/gold/pud-speech (UD Arabic-PUD), written as strings;
build_pud_speech_gold.py finds the offsets.

Annotated blind: from each sentence's Arabic `# text` (its English `# text_en` read to understand it) on
tests/gold/GUIDE.md ("Real articles"), without running or reading the project's extractor.

Notation of ../unseen-2015/unseen_notation.py: A(id, source slug, source type, source as written, cue, quote,
**options) is an attributed claim, O(id, quote, **options) an outlet-own claim (optional unless core=True).
Options: after, cue_ctx / src_ctx, coref, via, pol, hedged, date, opt, cw, alt, alt_cues, note.
S(sent_id, *claims) files a sentence with an attributed statement; N(sent_id) a negative (no attributed
statement; its gold is one optional outlet claim over the sentence, made by the builder).
READ is the first and last sent_id read, in file order; every sentence in it was judged.
"""

from unseen_notation import ANON, ARMED, GOV, INTL, OFF, OTHER, OUTLET, PERSON, A, O  # noqa: F401

ARTICLES: dict[str, dict] = {}


def _file(sent_id: str, claims: list, note: str, negative: bool) -> None:
    src = {"corpus": "UD_Arabic-PUD", "file": "ar_pud-ud-test.conllu", "sent_id": sent_id,
           "licence": "CC BY-SA 3.0"}
    ARTICLES[f"pud-{sent_id}"] = {"source_article": src, "ref_date": None, "claims": claims, "note": note,
                                  "relations": [], **({"negative": True} if negative else {})}


def S(sent_id: str, *claims, note: str = "") -> None:
    _file(sent_id, list(claims), note, False)


def N(sent_id: str) -> None:
    _file(sent_id, [], "", True)


# ---- n01001011 .. ----
S("n01001011",
  A("c1", "kori-schulman", OFF, "كوري شولمان", "كتبت",
    "فيما الكثير من عمليات الانتقال الرقمي غير مسبوقة في الولايات المتحدة, فإن الانتقال السلمي للسلطة سبق له أن حدث",
    note="the appositive المساعدة الخاصة لأوباما is left out of the label; يوم الإثنين has no reference date: null"))
S("n01002017",
  A("c1", "republican-nominee", PERSON, "المرشح الجمهوري", "أعلن",
    'كرئيس سيسمح "بأعدادٍ هائلة" من المهاجرين الشرعيين على أساس "نظام الجدارة"',
    alt=['أنه كرئيس سيسمح "بأعدادٍ هائلة" من المهاجرين الشرعيين على أساس "نظام الجدارة"']))
S("n01002032",
  A("c1", "unnamed-speaker", PERSON, "قال", "قال",
    "للحشد الذي تجمع في أحد الملاعب الرياضية الخاصة بجامعة كارولينا الشمالية", opt=True, cw=False,
    note="the speaker is a pronoun with no antecedent in the sentence and the content clause is not in the "
         "Arabic (the translation kept only the frame): the verb stands for the speaker and the rest of the "
         "sentence is the span; optional"))
S("n01005024",
  A("c1", "joe-sternlieb", PERSON, "جو ستيرنليب", "قال",
    "نواجه الكثير من المنافسة, ونرى أن بوسع النقل بالمرور أن يساعد"))
S("n01005031",
  A("c1", "feasibility-study", OTHER, "دراسة الجدوى", "تقدر",
    "المسافرين سيستغرقون نحو أربع دقائق لعبور نهر بوتوماك على متن الجندول",
    note="an estimate with its agent (the study): not hedged"))
S("n01006011",
  A("c1", "eyewitness", ANON, "شاهد عيان", "أخبر",
    "الضحية هاجم المشتبه به في شهر نيسان الماضي"))
S("n01008017",
  A("c1", "census-bureau", GOV, "مكتب الإحصاء", "وفق",
    "11 بالمئة فقط من إجمالي الأصوات طرحت يوم الانتخابات عام 1996"),
  O("c2", "وارتفعت تلك النسبة باطراد بمرور السنين"),
  O("c3", "ويبدو أنها من المرجح أن ترتفع مجدداً هذا العام", hedged=True))
S("n01009054",
  A("c1", "saqib", PERSON, "ثاقب", "قال",
    "طلبنا المساعدة من الدول الأخرى كي نملأ حديقة الحيوان بأنواعٍ مختلفة من الحيوانات بما فيها الخنازير"))
S("n01010042",
  A("c1", "panvalkar", PERSON, "السيد بانفالكار", "قال",
    "شعر ذات مرة أن عليهم ترك المبنى"))
S("n01011011",
  A("c1", "police", GOV, "الشرطة", "صرحت",
    "المرأة قتلت أندريه برايس الثالث من خلال ضغط وجهه بفرشة هوائية في غرفة جلوسها قبل أن تحاول فعل ذات الشيء مع ابنتها"))
S("n01014003",
  A("c1", "michael-fallon", OFF, "مايكل فالون", "قال",
    "تاريخ البدء بقطع الفولاذ سيسهم في تأمين استثمارات جديدة وحفظ مئات الوظائف المهارية حتى عام 2035"))
S("n01014012",
  A("c1", "royal-navy", GOV, "البحرية الملكية", "وعد",
    "بإجراء ترتيبات جديدة لتأمين صناعة السفن في نهر كلايد", opt=True,
    note="a nominal promise in a passive frame (أطلق وعد البحرية الملكية): whether the navy is the promiser or "
         "the object is doubtful in the Arabic, so optional"),
  O("c2", "أطلق وعد البحرية الملكية بإجراء ترتيبات جديدة لتأمين صناعة السفن في نهر كلايد قبل استفتاء استقلال اسكتلندا عام 2014"))
S("n01016014",
  A("c1", "south-korean-company", OTHER, "الشركة الكورية", "ظنت",
    "اللوم يقع على عاتق خطأٍ في البطارية", note="a belief verb with its holder: attributed, not hedged"),
  O("c2", "واستبدلت بطارياتها الخاصة لتحل محل بطاريات الشركات الموردة"))
S("n01016019",
  A("c1", "analysts", ANON, "العديد من المحللين", "أشار",
    "هواوي في موقعٍ مثاليٍ للاستفادة من كبوة سامسونغ"))
S("n01017005",
  A("c1", "travel-expert", ANON, "أحد خبراء السفريات", "نبه",
    "الإنترنت خلال رحلات الطيران كان لا يعول عليه وكان من المستبعد أن يؤثر على اختيار المسافرين لشركات الطيران",
    alt_cues=["نبه إلى"]))
S("n01017010",
  A("c1", "the-company", OTHER, "الشركة", "قالت",
    "المسؤولية تقع على عاتق كل شركة طيران لتحديد ما إذا كانت ستتقاضى رسوماً على استخدام الإنترنت",
    note="the complementizer is doubled in the text (أن أن); الشركة has no antecedent in the sentence: the label "
         "as written"))
S("n01019005",
  A("c1", "security-experts", ANON, "بعض خبراء الأمن", "أثاروا تساؤلات",
    "الحاجة لهذه الدورة والغاية من ورائها", opt=True,
    note="a speech act about a topic with no content clause: optional"))
S("n01021007",
  A("c1", "jesse-labrocca", PERSON, "جيسي لابروكا", "كتب",
    "مجدداً للأسف, تفسد القلة الأمر على الكثرة", cw=False,
    note="quotation introduced by a colon without quotation marks; an aphorism: not checkworthy"))
S("n01021012",
  A("c1", "analysis", ANON, "التحليلات", "تكشف",
    "كميات تاريخية من البيانات كانت تستخدم لإحداث الاضطراب"))
S("n01022002",
  A("c1", "un-report", INTL, "تقرير الأمم المتحدة", "يقول",
    "أقل من المستوى المطلوب للحفاظ على ارتفاع حرارة الأرض بمقدار أقل من درجتين مئويتين",
    alt=["أنها أقل من المستوى المطلوب للحفاظ على ارتفاع حرارة الأرض بمقدار أقل من درجتين مئويتين"],
    note="a document stands for its issuer; the label leaves out its topic (عن الخطط الوطنية ...)"))
S("n01022005",
  A("c1", "scientists", ANON, "العديد من العلماء", "يقول",
    "لا ضرورة إلى تقنيات تزيل الكربون من الجو من أجل تحقيق أهداف قمة باريس للمناخ",
    note="the Arabic negates what the English asserts; the Arabic is annotated"))
S("n01022010",
  A("c1", "erik-solheim", INTL, "إيريك سولهايم", "قال",
    "نحن نسير على الدرب الصحيح. اتفاق باريس سيبطئ من التغير المناخي, كما أن تعديل كيغالي سيخفض من انبعاثات مركبات الكربون الهيدروكلورية فلورية"))

# ---- generated by the range rule: do not edit below ----
READ = ("n01001011", "n01022010")
N("n01003007")
N("n01004009")
N("n01009027")
N("n01013005")
N("n01017008")
N("n01019004")
N("n01021011")
