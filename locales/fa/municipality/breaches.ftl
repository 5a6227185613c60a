breach-title = نقض داده‌ها
breach-intro = { -municipality } هر نقض داده‌ها را که به داده‌های پروتکل مربوط باشد، فوراً به { -agency(form: "short") } گزارش می‌دهد، حداکثر 48 ساعت پس از پیدا شدن آن (ماده 6).
breach-new = گزارش نقض داده‌ها
breach-new-title = گزارش نقض داده‌ها
breach-rule = ظرف { $hours } ساعت پس از پیدا شدن نقض گزارش دهید. گزارش دیرتر، به عنوان دیرهنگام علامت‌گذاری می‌شود.
breach-detected-at = تاریخ پیدا شدن
breach-detected-at-hint = تاریخ و ساعت، به وقت بلژیک.
breach-description = چه اتفاقی افتاد؟
breach-categories = داده‌های مربوط
breach-categories-hint = چه نوع داده‌هایی آسیب دیده‌اند؟
breach-persons = اشخاص مربوط
breach-persons-hint = اشخاصی از پروژه آزمایشی را که آسیب دیده‌اند انتخاب کنید، اگر آن‌ها را می‌شناسید.
breach-measures = اقدامات انجام‌شده
breach-submit = فرستادن گزارش
breach-reported = گزارش برای { -agency(form: "short") } فرستاده شد.
breach-clock-deadline = گزارش به { -agency(form: "short") } پیش از
breach-clock-left = زمان باقی‌مانده
breach-clock-hours = ساعت
breach-clock-minutes = دقیقه
breach-clock-overdue = مهلت 48 ساعته گذشته است: با این حال فوراً گزارش دهید.
breach-deadline = مهلت گزارش
breach-reported-at = تاریخ گزارش
breach-late = دیرهنگام
breach-in-time = به موقع
breach-by-system = سیستم { -municipality }
breach-municipality = { -municipality(form: "title") }
breach-history = پیگیری توسط { -agency(form: "short") }
breach-step-acknowledged = دریافت آن توسط مسئول حفاظت از داده‌های { -agency(form: "short") } تأیید شد
breach-step-persons-notified = به اشخاص مربوط اطلاع داده شد
breach-persons-told = { $count ->
    [one] به { $count } نفر اطلاع داده شد
   *[other] به { $count } نفر اطلاع داده شد
}
breach-acknowledge = تأیید دریافت گزارش
breach-notify = { $count ->
    [one] اطلاع دادن به { $count } نفر آسیب‌دیده
   *[other] اطلاع دادن به { $count } نفر آسیب‌دیده
}
breach-notify-hint = این کار را وقتی انجام دهید که احتمال دارد این حادثه خطر بالایی برای حقوق اشخاص داشته باشد (ماده 34 GDPR). هر شخص یک پیام به زبان خودش می‌گیرد، بدون شرحی که گزارش‌دهنده نوشته است.
