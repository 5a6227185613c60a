error-not-found = هغه څه چې تاسو یې لټول، موږ ونه موندل.
error-forbidden = تاسو دې معلوماتو ته لاسرسی نه لرئ.
error-unauthenticated = مهرباني وکړئ لومړی ننوځئ.
error-rate-limited = ډېرې غوښتنې. مهرباني وکړئ یوه شېبه وروسته بیا هڅه وکړئ.
error-internal = زموږ له خوا یوه ستونزه پېښه شوه. مهرباني وکړئ وروسته بیا هڅه وکړئ.
error-unavailable = پورټال اوس خپلو معلوماتو ته لاسرسی نه لري. هېڅ شی نه دی خوندي شوی او نه بدل شوی. مهرباني وکړئ یوه دقیقه وروسته بیا هڅه وکړئ.
error-too-large = هغه څه چې تاسو ولېږل ډېر لوی دي. هېڅ شی نه دی خوندي شوی. مهرباني وکړئ لنډ یې کړئ او بیا هڅه وکړئ.
error-headers-too-large = ستاسو براوزر تر هغه ډېر معلومات ولېږل چې پورټال یې مني، ډېری وخت د ډېرو کوکیز له امله. هېڅ شی نه دی خوندي شوی. مهرباني وکړئ په خپل براوزر کې د دې وېبپاڼې کوکیز پاک کړئ او بیا هڅه وکړئ.
error-request-timeout = هغه څه چې تاسو ولېږل په رسېدو کې یې ډېر وخت ونیو، کېدای شي ځکه چې ستاسو انټرنېټ ورو دی. هېڅ شی نه دی خوندي شوی. مهرباني وکړئ بیا هڅه وکړئ.
error-bad-request = دا غوښتنه نیمګړې یا ناسمه ده.
error-reference = د مرستې دفتر لپاره حواله:
error-field-unknown = دا خانه نشته.
error-dutch-level = یوه کچه وټاکئ: له A1 څخه ټیټه، A1، A2، B1، B2، C1 یا C2.
error-mo-status = د ټولنیزې پېژندنې کورس لپاره یو حالت وټاکئ.
error-language-unknown = د دې ژبې ملاتړ نه کېږي.

error-forbidden-title = لاسرسی نشته
error-operation-unknown = دا کړنه نشته.
error-role-unknown = دا رول نشته.
error-party-kind-unknown = دا ډول اړخ نشته.
error-field-category-unknown = د معلوماتو دا کټګوري نشته.
error-consent-action = د رضایت دا کړنه نشته.
error-consent-channel = دا چینل نشته.
error-disclosure-channel = دا چینل نشته.
error-termination-kind = د پای ته رسولو دا طریقه نشته.
error-version-status = د نسخې دا حالت نشته.

error-refused-title = ترسره نه شو
error-cross-site = دا فورمه له بلې وېبپاڼې راغلې وه. ستاسو د خوندیتوب لپاره موږ هغه ترسره نه کړه. پخپله پورټال پرانیزئ او بیا هڅه وکړئ.
error-rate-limited-wait = { $seconds ->
    [one] مهرباني وکړئ { $seconds } ثانیه وروسته بیا هڅه وکړئ.
   *[other] مهرباني وکړئ { $seconds } ثانیې وروسته بیا هڅه وکړئ.
}
error-text-characters = په دې متن کې نه لیدل کېدونکي توري شته، د بېلګې په توګه د کاپي او پیسټ له امله. مهرباني وکړئ متن بیا ولیکئ.
error-title-not-found = ونه موندل شو
error-title-forbidden = اجازه نشته
error-title-unauthenticated = ننوتلي نه یاست
error-title-invalid = ناسم معلومات
error-title-refused = د پروتوکول له مخې رد شو
error-title-rate-limited = ډېرې غوښتنې
error-title-internal = داخلي تېروتنه
error-title-unavailable = لنډمهاله شتون نه لري
error-title-too-large = ډېر لوی
error-title-request-timeout = ډېر وخت یې ونیو
error-token-unknown = دا API ټوکن نه پېژندل کېږي. وګورئ چې بشپړ کاپي شوی که نه.
error-token-revoked = دا API ټوکن لغوه شوی. له { -agency(form: "short-obl") } څخه نوی ټوکن وغواړئ.
error-token-expired = د دې API ټوکن موده پای ته رسېدلې. له { -agency(form: "short-obl") } څخه نوی ټوکن وغواړئ.
error-form-summary = فورمه ونه لېږل شوه: هغه خانه وګورئ چې توضیح ورسره ده.
