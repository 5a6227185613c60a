breach-title = د معلوماتو سرغړونې
breach-intro = { -municipality } د پروتوکول د معلوماتو هره سرغړونه سمدستي { -agency(form: "short-obl") } ته راپور ورکوي، تر ټولو وروسته د موندلو 48 ساعته وروسته (6مه ماده).
breach-new = د معلوماتو د سرغړونې راپور ورکړئ
breach-new-title = د معلوماتو د سرغړونې راپور ورکړئ
breach-rule = د سرغړونې له موندلو وروسته په { $hours } ساعتونو کې راپور ورکړئ. تر دې وروسته راپور ناوخته په نښه کېږي.
breach-detected-at = د موندلو نېټه
breach-detected-at-hint = نېټه او وخت، د بلجیم وخت.
breach-description = څه پېښ شول؟
breach-categories = اړوند معلومات
breach-categories-hint = کوم ډول معلومات اغېزمن شوي؟
breach-persons = اړوند کسان
breach-persons-hint = د آزمایښتي پروژې هغه کسان وټاکئ چې اغېزمن شوي، که یې پېژنئ.
breach-measures = اخیستل شوي ګامونه
breach-submit = راپور ولېږئ
breach-reported = راپور { -agency(form: "short-obl") } ته ولېږل شو.
breach-clock-deadline = { -agency(form: "short-obl") } ته د راپور ورکولو وروستی وخت
breach-clock-left = پاتې وخت
breach-clock-hours = ساعت
breach-clock-minutes = دقیقې
breach-clock-overdue = د 48 ساعتونو وروستۍ موده تېره شوې: بیا هم سمدستي راپور ورکړئ.
breach-deadline = د راپور وروستۍ نېټه
breach-reported-at = د راپور نېټه
breach-late = ناوخته
breach-in-time = په وخت
breach-by-system = د { -municipality(form: "singular-obl") } سیسټم
breach-municipality = { -municipality(form: "title") }
breach-history = د { -agency(form: "short-obl") } تعقیب
breach-step-acknowledged = د { -agency(form: "short-obl") } د معلوماتو د ساتنې د مسؤل له خوا ومنل شو
breach-step-persons-notified = اړوندو کسانو ته خبر ورکړل شو
breach-persons-told = { $count ->
    [one] { $count } کس ته خبر ورکړل شو
   *[other] { $count } کسانو ته خبر ورکړل شو
}
breach-acknowledge = راپور ومنئ
breach-notify = { $count ->
    [one] اغېزمن کس ته خبر ورکړئ
   *[other] { $count } اغېزمنو کسانو ته خبر ورکړئ
}
breach-notify-hint = دا کار هغه وخت وکړئ چې پېښه احتمالاً د کسانو حقونو ته لوړ خطر رامنځته کړي (GDPR، 34مه ماده). هر کس په خپله ژبه یو پیغام ترلاسه کوي، د راپور ورکوونکي له تشریح پرته.
