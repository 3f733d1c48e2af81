# Two short stories: a car hitting a stray camel near Jazan (21 July 2015), the Chattanooga shooting (16 July).
PAIRS = [
    (863, "لقي 4 أشخاص من عائلة واحدة مصرعهم وأصيب 3 آخرون في حادث اصطدام سيارة بناقة سائبة على إحدى طرق منطقة جازان اليوم", 1190, "0-2", "supports", "jazan-camel",
     "four of one family dead, three hurt (reprint)"),
    (1339, "وتم نقل حالتين عن طريق مواطن قبل وصول الفرق الإسعافية", 863, "1-2", "unrelated", "jazan-camel",
     "two moved by a citizen before the teams came vs the call and first aid: not in b (doubt)"),
    (982, "لقي شاب مصرعه فيما أصيب مرافقه إثر اصطدام المركبة التي كانا يستقلانها بجمل، على طريق تبوك - شرما", 1190, "0-2", "unrelated", "jazan-camel",
     "another camel crash (Tabuk) vs the Jazan one"),
    (87, "الجاني محمد يوسف عبد العزيز (24 عاما) الذي قتل، ظهر يوم الخميس، أربعة من جنود المارينز في مكتب عسكري بشاتانوغا", 84, "0-7", "supports", "tennessee-shooting",
     "four Marines (and a sailor) killed by Abdulazeez, 24"),
    (3364, "محمد يوسف عبدالعزيز الذي قتل 5 جنود أمريكيين الخميس الماضى لم يكن من أنصار تنظيم «داعش» بل كان يعتبرهم أشرارًا", 3784, "5-7", "unrelated", "tennessee-shooting",
     "not an ISIS supporter vs the FBI warns against the 'ISIS-inspired' reading: b holds both views (doubt)"),
    (84, "أسفر الهجوم عن إصابة اثنين آخرين، هما مجند لدى المارينز وشرطي", 3784, "1-2", "supports", "tennessee-shooting",
     "a Marine recruiter and a police officer wounded"),
    (13, "يركز المحققون على سفره إلى الأردن العام الماضي، لمعرفة ما إذا كان اتصل حينها بمتطرفين", 3364, "1-3", "unrelated", "tennessee-shooting",
     "the Jordan trip vs his diaries and the lack of evidence of radicalisation"),
    (3364, "تحدثت السلطات عن «عمل إرهابي داخلي» لكنها لم تجد أي دليل فعلي عن وجود تطرف محتمل", 87, "0-1", "unrelated", "tennessee-shooting",
     "no evidence of radicalisation vs officials looking into 'domestic terrorism' (doubt)"),
]
PAIRS += [
    # the al-Ha'ir checkpoint suicide bombing in Riyadh (16 July 2015)
    (18, "فجّر انتحاري سعودي نفسه، مساء أمس، عند نقطة تفتيش أمنية في الرياض، مما دفع رجال الأمن إلى التعامل مع الموقف، وكانت النتيجة مقتل الانتحاري وإصابة اثنين من رجال الأمن", 4349, "0-1", "supports", "hair-bombing",
     "he blew up his car at a Riyadh checkpoint, killing himself; two security men hurt"),
    (18, "الانتحاري (19 عاما)، أطلق النار على خاله، وسلب سيارته، واستخدمها في عملية التفجير", 1307, "0-2", "supports", "hair-bombing",
     "he killed the uncle who sheltered him before blowing himself up (the stolen car is not in b) (doubt)"),
    (18, "الانتحاري يدعى عبد الله فهد عبد الله الرشيد (سعودي الجنسية)، لم يسبق له السفر خارج المملكة", 1307, "0-1", "supports", "hair-bombing",
     "he had never travelled abroad"),
    (18, "ساعدت في الحيلولة دون وصوله بسيارته إلى سجن الحائر حيث يقبع موقوفون على خلفية قضايا أمنية", 7821, "4-5", "supports", "hair-bombing",
     "the target was al-Ha'ir prison"),
    (4349, "نتج عن ذلك تعرض اثنين من رجال الأمن للإصابة حيث تم نقلهما إلى المستشفى وحالتهما الصحية ولله الحمد مستقرة", 7821, "4-5", "unrelated", "hair-bombing",
     "two wounded, stable vs the prison target and the uncle"),
]
