## Erasure at the recipients (art. 2): the agency's requests, the municipalities' attestations.

erasure-title = حذف نزد گیرندگان
erasure-intro = داده‌هایی که یک اداره محلی بیش از پنج سال پیش دریافت کرده، باید در همان‌جا حذف شوند. { -agency(form: "short") } از آن اداره می‌خواهد که این را تأیید کند. هر درخواست با وضعیت آن اینجا آمده است.
erasure-admin-intro = { -agency(form: "short") } از شما می‌خواهد تأیید کنید که داده‌های این اشخاص را حذف کرده‌اید: شما آن‌ها را بیش از پنج سال پیش دریافت کرده‌اید. اول آن‌ها را در سیستم‌های خود حذف کنید، سپس برای هر شخص تأیید کنید.
erasure-none = هیچ درخواست حذفی وجود ندارد.
erasure-municipality = اداره محلی
erasure-reference = شماره مرجع
erasure-last-disclosed = آخرین دریافت
erasure-requested = تاریخ درخواست
erasure-due = تأیید پیش از
erasure-state = وضعیت
erasure-open = باز
erasure-overdue = دیرکرد
erasure-escalated = دیرکرد، به مسئولان حفاظت از داده‌ها گزارش شد
erasure-attested = حذف تأیید شد
erasure-attest = تأیید حذف
erasure-done = حذف تأیید شد.
erasure-error-attested = این حذف قبلاً تأیید شده است.
