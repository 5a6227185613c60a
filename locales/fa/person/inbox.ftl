## The inbox.

inbox-title = پیام‌ها
inbox-empty = شما هیچ پیامی ندارید.
inbox-new = جدید
inbox-unread = { $count ->
    [0] پیام جدیدی نیست.
    [one] { $count } پیام جدید.
   *[other] { $count } پیام جدید.
}
inbox-mark-read = علامت زدن همه به عنوان خوانده‌شده
inbox-marked-read = همه پیام‌ها به عنوان خوانده‌شده علامت خوردند.
notification-unknown = یک پیام از درگاه.
notification-consent-give = شما رضایت دادید که اطلاعات با { $recipient } به اشتراک گذاشته شود.
notification-consent-change = شما رضایت خود را برای { $recipient } تغییر دادید.
notification-consent-withdraw = شما رضایت خود را برای { $recipient } پس گرفتید. دیگر هیچ اطلاعاتی به اشتراک گذاشته نمی‌شود.
notification-correction-filed = درخواست شما برای اصلاح { $field } دریافت شد. حداکثر تا { $due } پاسخ می‌گیرید.
notification-correction-accepted = درخواست شما برای اصلاح { $field } پذیرفته شد.
notification-correction-rejected = درخواست شما برای اصلاح { $field } رد شد. دلیل آن را کنار درخواست‌های خود می‌بینید.
notification-correction-recipient-told = یکی از اطلاعاتی که شما گرفته بودید اصلاح شد: { $field }.
notification-correction-acknowledged = { -agency(form: "short") } به درخواست شما برای اصلاح { $field } رسیدگی می‌کند.
notification-correction-information-requested = { -agency(form: "short") } درباره درخواست شما برای اصلاح { $field } یک سؤال دارد. لطفاً در صفحه درخواست خود پاسخ دهید.
notification-correction-extended = مهلت درخواست شما برای اصلاح { $field } تا { $due } تمدید شد. دلیل آن در صفحه درخواست شما آمده است.
notification-correction-due-soon = درباره یک درخواست اصلاح ({ $field }) باید حداکثر تا { $due } تصمیم گرفته شود.
notification-protocol-ending = فسخ پروتکل با { $recipient } اعلام شده است. آخرین روز { $until } است. بعد از آن، اطلاعات شما دیگر به اشتراک گذاشته نمی‌شود.
notification-protocol-ended = پروتکل با { $recipient } دیگر در حال اجرا نیست. اطلاعات شما دیگر به اشتراک گذاشته نمی‌شود. سابقه شما نگه داشته می‌شود.
notification-consent-carried-over = نسخه جدیدی از پروتکل با { $recipient } وجود دارد. این نسخه چیزی بیشتر از نسخه قبلی نمی‌خواهد: انتخاب شما همچنان معتبر است.
notification-consent-review-asked = نسخه جدیدی از پروتکل با { $recipient } وجود دارد. این نسخه بیشتر از نسخه قبلی می‌خواهد. لطفاً انتخاب خود را دوباره بررسی کنید: رضایت شما هنوز موارد جدید را شامل نمی‌شود.
notification-breach-notice = در { $detected }، { $recipient } یک مشکل امنیتی پیدا کرد. ممکن است این مشکل به این اطلاعات شما مربوط باشد: { $fields }. اقداماتی انجام شده است. سؤالی دارید؟ با مسئول حریم خصوصی { -agency(form: "short") } تماس بگیرید: { $contact }.
notification-erasure-requested = { $count ->
    [one] { -agency(form: "short") } از شما می‌خواهد که حذف اطلاعات { $count } نفر را تأیید کنید.
   *[other] { -agency(form: "short") } از شما می‌خواهد که حذف اطلاعات { $count } نفر را تأیید کنید.
}
notification-erasure-overdue = { $count ->
    [one] { $municipality } { $count } مورد حذف را به موقع تأیید نکرد.
   *[other] { $municipality } { $count } مورد حذف را به موقع تأیید نکرد.
}
