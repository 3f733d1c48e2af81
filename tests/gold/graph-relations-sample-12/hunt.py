"""Conflicts between sources in the sample-12 articles, hunted by reading them before any store existed.

    python tests/gold/graph-relations-sample-12/hunt.py fresh12.jsonl > tests/gold/graph-relations-sample-12/hunt.jsonl

Round 1 only: the titles were grouped by story, and each story's sentences grepped for counts, places held,
days and hours, and denials, then read side by side across outlets (README.md of this folder says which stories).
A row of SPECS names two 0-based lines of fresh12.jsonl: side a is a stretch of its article kept as written, side
b the sentence of the other article that holds the b stretch; sample 6's builder (run from its file) checks that
both are there and adds each side's URL, outlet and date. `origin` is high where the two cannot both be true, med
where a fact-checker would still flag them (a revised count, a first report against a later one, a place said to be
held against fighting reported in it over the same news days)."""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (id, a line, a stretch, b line, b stretch, origin, note)
SPECS = [
    ("f12-01", 127, "قتل مساء أول من أمس ما لا يقل عن 16 شخصا، وأصيب ستة آخرين بعد غرق مركب", 315,
     "الى 29 قتيلا بحسب الحصيلة الجديدة التي اعلنتها وزارة الصحة المصرية", "med",
     "the Nile boat collision at al-Warraq, Giza, Wednesday 22 Jul: at least 16 dead and six injured (aawsat, 24 "
     "Jul) vs the toll rose to 29 dead (the Egyptian health ministry on Friday, alriyadh via AFP, 25 Jul)"),
    ("f12-02", 313, "أسفرت عن مقتل أحد أخطر الإرهابيين المطلوبين وإيقاف ثمانية آخرين", 353,
     "واعتقلت 13 شخصاً بينما قتل عنصر آخر", "med",
     "the Tunisian raid at Sejnane (Bizerte), Thursday 23 Jul: one of the most wanted killed and eight others "
     "arrested (alriyadh) vs 13 arrested and one killed (the interior ministry's spokesman to DPA, aljazirah)"),
    ("f12-03", 313, "وفي منزل بورقيبة تم إيقاف أربعة إرهابيين", 353,
     "اعتقلت وحدات خاصة ثلاثة عناصر إرهابية متحصنة بأحد المنازل بمدينة منزل بورقيبة", "med",
     "the second raid, at Menzel Bourguiba, Friday 24 Jul: four terrorists arrested after a siege (alriyadh) vs "
     "three arrested holed up in a house (aljazirah via DPA)"),
    ("f12-04", 377, "بأغلبية 174 صوتا مقابل اعتراض عشرة نواب وعدم امتناع أي نائب عن التصويت", 428,
     "بأغلبية 174 نائباً وامتناع عشرة نواب عن التصويت، في حين لم يصوت ضده أي نائب", "high",
     "Tunisia's anti-terror law, passed on the night of Friday 24 Jul: 174 for, ten against, no abstention "
     "(alriyadh) vs 174 for, ten abstaining, none against (aljazirah, from AFP)"),
    ("f12-05", 333, "مما أدى إلى مقتل (20) شخصاً", 349, "وقد قتلت شابتان انتحاريتان 13 شخصا", "med",
     "the twin suicide bombing in Maroua, northern Cameroon, Wednesday 22 Jul: 20 killed (the OIC secretariat's "
     "condemnation, alyaum) vs two young women bombers killed 13 (official sources via AFP, aawsat)"),
    ("f12-06", 349, "غداة هجوم انتحاري أسفر عن 13 قتيلا و31 جريحا", 349,
     "وأكد مكتب الرئيس بول بيا، أن 11 شخصا قتلوا و32 أصيبوا بجروح", "med",
     "the same Maroua bombing: 13 dead and 31 wounded (official sources) vs President Biya's office: 11 killed and "
     "32 wounded (one aawsat article, two sources)"),
    ("f12-07", 307, "مما أدى إلى مقتل 37 شخصاً", 349,
     "وقتل أكثر من 50 شخصًا الأربعاء الماضي في هجمات مفترضة لحركة «بوكو حرام» في الكاميرون ونيجيريا", "med",
     "Boko Haram's attacks of Wednesday (and Thursday) 22-23 Jul in Cameroon and Nigeria: 37 killed in all (the "
     "OIC and the US condemnations, alriyadh) vs more than 50 killed on Wednesday in the two countries (aawsat; "
     "almadina: 37 in Gombe alone plus 13 in Maroua)"),
    ("f12-08", 539, "تبدأ من ظهر اليوم الأحد وتستمر لمدة خمسة أيام", 556,
     "فقد تقرر أن تبدأ الهدنة الإنسانية اعتباراً من الساعة (11:59) مساء بتوقيت اليمن يوم الأحد", "high",
     "the coalition's five-day humanitarian truce in Yemen: starts at noon on Sunday 26 Jul (aleqtisadiya) vs the "
     "coalition's statement: starts at 11:59 pm Yemen time on Sunday 26 Jul (alriyadh)"),
    ("f12-09", 553, "باحترام الهدنة الإنسانية التي جرى سريانها منتصف الليلة الماضية", 546,
     "ومن المقرر بدء سريان الهدنة في الساعة (20:59 بتوقيت جرينتش) ليل اليوم الأحد", "med",
     "the same truce, 26 Jul papers: Hadi calls on the rebels to respect the truce that took effect at midnight "
     "last night (alriyadh, SABA) vs the truce is due to take effect at 20:59 GMT on Sunday night (alweeam, "
     "Reuters)"),
    ("f12-10", 11, "حتى اللحظة ليس هناك سيطرة أو معارك داخل قاعدة العند", 23,
     "ما أسفر عن مقتل 44 من ميليشيات الحوثي والمخلوع صالح في اشتباكات عنيفة في قاعدة العند", "high",
     "al-Anad air base, 24 Jul papers: no control and no battles inside the base so far, though it is besieged "
     "(the resistance spokesman al-Ahmadi to okaz) vs 44 Houthi and Saleh militiamen killed in fierce clashes in "
     "al-Anad base and 66 captured (alwatan)"),
    ("f12-11", 11, "حتى اللحظة ليس هناك سيطرة أو معارك داخل قاعدة العند", 251,
     "معارك عنيفة ضد الميليشيات الحوثية وقوات الرئيس المخلوع علي عبد الله صلاح، داخل قاعدة العند", "med",
     "al-Anad: no battles inside the base yet (al-Ahmadi, okaz, 24 Jul) vs the army and the resistance fought "
     "fierce battles inside al-Anad air base on Friday 24 Jul (aawsat, 25 Jul)"),
    ("f12-12", 177, "أحكمت عناصر المقاومة الشعبية سيطرتها على مثلث العند", 342,
     "وأشارت المصادر إلى أن المقاومة قصفت مثلث العند بصواريخ كاتيوشا استهدفت تجمعا لميليشيات الحوثي وصالح",
     "med",
     "the al-Anad triangle (the crossroads by the base): the resistance tightened its control over it (3alyoum, "
     "24 Jul) vs the resistance shelled a gathering of Houthi and Saleh militia in the al-Anad triangle with "
     "Katyusha rockets (local sources, aawsat, 25 Jul)"),
    ("f12-13", 178, "سيطرت قوات المقاومة الشعبية، الاثنين، على منطقة التواهي الاستراتيجية في مدينة عدن، آخر المناطق",
     74, "أحكمت المقاومة الشعبية قبضتها تماما على عدن بدخولها القصر الجمهوري آخر معقل للحوثيين", "med",
     "Aden's last rebel district: al-Tawahi, taken on Monday 20 Jul, the last area the rebels held (the "
     "resistance spokesman, 3alyoum, 24 Jul) vs the republican palace in al-Maasheeq, the Houthis' last "
     "stronghold, entered on Thursday 23 Jul (alyaum, 24 Jul)"),
    ("f12-14", 23, "نحو 44 من المتمردين قتلوا في جبل معاشيق", 74,
     "بعد معارك ضارية أسفرت عن مقتل عشرين من الحوثيين وقوات صالح", "med",
     "the battle for al-Maasheeq palace, 22-23 Jul: about 44 rebels killed on Jabal Maasheeq (field sources, "
     "alwatan) vs twenty Houthis and Saleh forces killed (alyaum)"),
    ("f12-15", 356, "وقتل 8 حوثيين وأصيب 10 آخرون، مساء أمس الأربعاء، خلال تطهير قوات المقاومة القصر الرئاسي", 74,
     "بعد معارك ضارية أسفرت عن مقتل عشرين من الحوثيين وقوات صالح", "med",
     "the same palace battle: eight Houthis killed and ten wounded on Wednesday evening (a local official to "
     "Anadolu, 3alyoum) vs twenty killed (alyaum)"),
    ("f12-16", 188, "أن مدينة عدن الساحلية الجنوبية أصبحت الآن تحت سيطرة المقاومة الشعبية بالكامل", 351,
     "انسحبت ميليشيات الحوثيين وقوات الرئيس السابق علي عبد الله صالح، السبت، من الأطراف الشمالية لمدينة عدن",
     "med",
     "Aden: Vice President Bahah announced on Friday 24 Jul that the city is now fully under the resistance "
     "(3alyoum) vs the Houthi and Saleh forces withdrew on Saturday 25 Jul from the northern outskirts of Aden "
     "(alweeam)"),
    ("f12-17", 188, "أن مدينة عدن الساحلية الجنوبية أصبحت الآن تحت سيطرة المقاومة الشعبية بالكامل", 368,
     "وتدور اشتباكات عنيفة في مناطق المعلا والتواهي وكريتر بين القوات الموالية للرئيس", "med",
     "Aden fully under the resistance (Bahah, Friday 24 Jul, 3alyoum) vs fierce clashes going on in al-Mualla, "
     "al-Tawahi and Crater between Hadi's forces and Ansar Allah (alweeam, Saturday 25 Jul)"),
    ("f12-18", 176, "مبينا أن 750 شخصا قتلوا في معارك عدن خلال 3 أشهر من الاشتباكات", 74,
     "إن ألف قتيل سقطوا في محافظة عدن", "med",
     "the toll of the war in Aden since March: 750 killed in three months (the interior minister al-Hudhaifi, "
     "3alyoum) vs a thousand killed in Aden governorate since the fighting began (a health ministry official, "
     "alyaum)"),
    ("f12-19", 20, "تعرض أول من أمس ١٤ سعوديا من بين ٢٢ شخصا للتسمم", 445, "تسمم 22 مواطنا", "med",
     "the food poisoning at a Mashhad hotel, 22 Jul: 14 Saudis of a group of 22 poisoned (the Saudi consul, "
     "alwatan) vs the poisoning of 22 citizens (alyaum, the families' complaint)"),
    ("f12-20", 20, "وأكد الحمراني عدم دخول أي شخص سعودي ممن تعرضوا للتسمم إلى المستشفيات", 445,
     "تلقيه العلاج بمستشفى الكاظم بمدينة مشهد الإيرانية", "high",
     "the Mashhad poisoning: the consul al-Hamrani says none of the poisoned Saudis went into hospital (alwatan) "
     "vs a medical report of one of the poisoned confirms he was treated at al-Kadhim hospital in Mashhad "
     "(alyaum)"),
    ("f12-21", 258, "سيزور اعتبارا من اليوم كلا من الكوي", 429, "سيقوم يوم غد الأحد بزيارة إلى دول المنطقة", "med",
     "Zarif's tour of Kuwait, Qatar and Iraq: starts today, Saturday 25 Jul (ISNA via aawsat, 25 Jul) vs Iranian "
     "sources on Saturday: he visits tomorrow, Sunday 26 Jul (aljazirah; alweeam: received in Kuwait on Sunday)"),
    ("f12-22", 258, "وعلم أن ظريف سيبدأ زيارته للعراق", 429, "أن الكويت ستكون المحطة الأولي لزيارة ظريف", "high",
     "the same tour: Zarif will start with Iraq (aawsat) vs Kuwait will be the first stop, then Qatar, then Iraq "
     "(Iranian sources, aljazirah)"),
    ("f12-23", 214, "قيل إنها لرئيس الوزراء العراقي نوري المالكي عندما كان لاجئاً عراقياً في محافظة رفحاء", 214,
     "هي لشخص شبيه بالمالكي", "high",
     "a photo shared by activists: said to be al-Maliki as a refugee in Rafha (social media) vs sources to "
     "alweeam: it is of a man who looks like al-Maliki, and al-Maliki was never on Rafha's refugee lists (one "
     "alweeam article, two sources)"),
    ("f12-24", 75, "وتابع المصدر الطبي أن فلاح قتل جراء إصابته برصاصة في الصدر", 132,
     "وقتلته بعد إصابته برصاصتين في الصدر", "med",
     "the killing of Falah Abu Maria in Beit Ummar, Thursday 23 Jul: killed by a bullet in the chest (a medical "
     "source, alyaum via AFP) vs killed after two bullets in the chest (aawsat)"),
    ("f12-25", 39, "أنه لم تكن هناك زيارة رسمية من أعضاء حركة (حماس) للمملكة", 123,
     "فقد جاء استقبال مشعل في الرياض، لا سيما مستوى اللقاءات التي عقدها", "med",
     "Khaled Meshaal's Hamas delegation in Saudi Arabia, mid-July: there was no official visit by Hamas members, "
     "only a group performing Umrah (the foreign minister al-Jubeir, alriyadh) vs Meshaal was received in Riyadh, "
     "with meetings at a high level, after a rupture (a columnist, aawsat)"),
    ("f12-26", 500, "وصول أول سفينة إغاثة إلى ميناء عدن", 22,
     "حيث تمكن برنامج الأغذية العالمي الثلاثاء الماضي من إيصال سفينة مساعدات هي الأولى منذ بداية النزاع", "med",
     "the Darb al-Khair ship, Sunday 26 Jul: the first relief ship to reach Aden port (the King Salman Centre, "
     "aawsat's title) vs the WFP delivered an aid ship, the first since the conflict began, on Tuesday 21 Jul, and "
     "an ICRC ship docked on Thursday 23 Jul (alwatan)"),
]


def build(corpus: str) -> list[dict]:
    return runpy.run_path(str(HERE.parent / "graph-relations-sample-6" / "hunt.py"))["build"](corpus, rounds=((1, SPECS),))


if __name__ == "__main__":
    print("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build(sys.argv[1])), end="")
