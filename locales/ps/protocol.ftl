protocol-error-title = پروتوکول
protocol-facts-heading = په لنډ ډول
protocol-discloser = ورکوونکی
protocol-recipient = ترلاسه کوونکی
protocol-fields = معلومات
protocol-retention = څومره موده ساتل کېږي (د ساتلو موده)
protocol-retention-years = { $years ->
    [one] تر ټولو زیات { $years } کال
   *[other] تر ټولو زیات { $years } کاله
}
protocol-notice-period = د پای ته رسولو لپاره څومره مخکې خبر ورکول کېږي (د فسخې د خبرتیا موده)
protocol-notice-months = { $months ->
    [one] { $months } میاشت
   *[other] { $months } میاشتې
}
protocol-signed-on = د لاسلیک نېټه
protocol-dpo-advice = د محرمیت د مسؤلینو مشوره (د معلوماتو د ساتنې مسؤلین)
protocol-dpo-discloser = { -agency(form: "short") }
protocol-dpo-recipient = { -municipality(form: "title") }
protocol-legal-basis = ولې دا کار اجازه لري (قانوني بنسټ)
protocol-versions-heading = نسخې
protocol-version-label = نسخه { $number }
protocol-text-heading = بشپړ متن
protocol-translation-missing = دا متن ستاسو په ژبه نشته. تاسو هالنډي متن لولئ.
protocol-filter-label = په متن کې لټون
protocol-filter-status = له { $total } برخو څخه { $shown } ښودل کېږي
protocol-period-bounded = له { $from } څخه تر { $until } پورې، د دې ورځې په ګډون
protocol-period-open = له { $from } څخه

protocol-state-draft = مسوده
protocol-state-scheduled = لا نافذ نه دی
protocol-state-in-force = نافذ دی
protocol-state-terminated = فسخ شوی
protocol-state-expired = موده یې پای ته رسېدلې

protocol-error-dutch-text-required = د پروتوکول هره نسخه تل هالنډي متن ته اړتیا لري.
protocol-state-notice-given = د فسخې خبرتیا ورکړل شوې
protocol-ends-on = د دې پروتوکول د فسخې خبرتیا ورکړل شوې. وروستۍ ورځ { $day } ده.
