## The inbox.

inbox-title = پیغامونه
inbox-empty = تاسو هېڅ پیغام نه لرئ.
inbox-new = نوی
inbox-unread = { $count ->
    [0] هېڅ نوی پیغام نشته.
    [one] { $count } نوی پیغام.
   *[other] { $count } نوي پیغامونه.
}
inbox-mark-read = ټول لوستل شوي په نښه کړئ
inbox-marked-read = ټول پیغامونه لوستل شوي په نښه شول.
notification-unknown = د پورټال یو پیغام.
notification-consent-give = تاسو رضایت ورکړ چې معلومات له { $recipient } سره شریک شي.
notification-consent-change = تاسو د { $recipient } لپاره خپل رضایت بدل کړ.
notification-consent-withdraw = تاسو د { $recipient } لپاره خپل رضایت بېرته واخیست. نور هېڅ شی نه شریکېږي.
notification-correction-filed = د { $field } د سمون لپاره ستاسو غوښتنه ترلاسه شوه. تاسو به تر { $due } پورې ځواب ترلاسه کړئ.
notification-correction-accepted = د { $field } د سمون لپاره ستاسو غوښتنه ومنل شوه.
notification-correction-rejected = د { $field } د سمون لپاره ستاسو غوښتنه رد شوه. دلیل یې د خپلو غوښتنو په پاڼه کې لیدلی شئ.
notification-correction-recipient-told = یو معلومات چې تاسو ترلاسه کړی و، سم شو: { $field }.
notification-correction-acknowledged = { -agency(form: "short") } د { $field } د سمون لپاره ستاسو په غوښتنه کار کوي.
notification-correction-information-requested = { -agency(form: "short") } د { $field } د سمون لپاره ستاسو د غوښتنې په اړه یوه پوښتنه لري. مهرباني وکړئ د خپلې غوښتنې په پاڼه کې ځواب ورکړئ.
notification-correction-extended = د { $field } د سمون لپاره ستاسو د غوښتنې وروستۍ نېټه تر { $due } پورې وغځول شوه. دلیل یې ستاسو د غوښتنې په پاڼه کې لیکل شوی.
notification-correction-due-soon = د سمون پر یوې غوښتنې ({ $field }) باید تر { $due } پورې پرېکړه وشي.
notification-protocol-ending = له { $recipient } سره د پروتوکول د فسخې خبرتیا ورکړل شوه. وروستۍ ورځ { $until } ده. له هغې وروسته ستاسو معلومات نور نه شریکېږي.
notification-protocol-ended = له { $recipient } سره پروتوکول نور نافذ نه دی. ستاسو معلومات نور نه شریکېږي. ستاسو تاریخچه ساتل کېږي.
notification-consent-carried-over = له { $recipient } سره د پروتوکول نوې نسخه راغلې. دا له مخکینۍ نسخې زیات څه نه غواړي: ستاسو انتخاب لا هم د اعتبار وړ دی.
notification-consent-review-asked = له { $recipient } سره د پروتوکول نوې نسخه راغلې. دا له مخکینۍ نسخې زیات څه غواړي. مهرباني وکړئ خپل انتخاب بیا وګورئ: ستاسو رضایت لا هغه څه نه شاملوي چې نوي دي.
notification-breach-notice = په { $detected }، { $recipient } د خوندیتوب یوه ستونزه وموندله. ښايي دا ستونزه ستاسو په دې معلوماتو اغېز ولري: { $fields }. اړین ګامونه اخیستل شوي. پوښتنې لرئ؟ د { -agency(form: "short-obl") } د محرمیت له مسؤل سره اړیکه ونیسئ: { $contact }.
notification-erasure-requested = { $count ->
    [one] { -agency(form: "short") } له تاسو غواړي چې د { $count } کس د معلوماتو پاکول تایید کړئ.
   *[other] { -agency(form: "short") } له تاسو غواړي چې د { $count } کسانو د معلوماتو پاکول تایید کړئ.
}
notification-erasure-overdue = { $count ->
    [one] { $municipality } د پاکولو { $count } غوښتنه په خپل وخت تایید نه کړه.
   *[other] { $municipality } د پاکولو { $count } غوښتنې په خپل وخت تایید نه کړې.
}
