breach-title = خروقات البيانات
breach-intro = تُبلغ { -municipality } { -agency(form: "short") } فورًا بأي خرق يمسّ بيانات البروتوكول، في موعد أقصاه 48 ساعة بعد اكتشافه (المادة 6).
breach-new = الإبلاغ عن خرق للبيانات
breach-new-title = الإبلاغ عن خرق للبيانات
breach-rule = أبلِغ خلال { $hours } ساعة من اكتشاف الخرق. يُعَدّ البلاغ بعد ذلك متأخرًا.
breach-detected-at = وقت الاكتشاف
breach-detected-at-hint = التاريخ والوقت، بتوقيت بلجيكا.
breach-description = ماذا حدث؟
breach-categories = البيانات المعنية
breach-categories-hint = ما أنواع البيانات المتأثرة؟
breach-persons = الأشخاص المعنيون
breach-persons-hint = اختر الأشخاص المتأثرين من المشروع التجريبي، إن كنت تعرفهم.
breach-measures = التدابير المتخذة
breach-submit = إرسال البلاغ
breach-reported = تم إرسال البلاغ إلى { -agency(form: "short") }.
breach-clock-deadline = أبلِغ { -agency(form: "short") } قبل
breach-clock-left = الوقت المتبقي
breach-clock-hours = س
breach-clock-minutes = د
breach-clock-overdue = انقضت مهلة الـ48 ساعة: أبلِغ عن الخرق فورًا مع ذلك.
breach-deadline = آخر موعد للإبلاغ
breach-reported-at = تاريخ الإبلاغ
breach-late = متأخر
breach-in-time = في الموعد
breach-by-system = نظام { -municipality }
breach-municipality = { -municipality(form: "title") }
breach-history = المتابعة من قِبل { -agency(form: "short") }
breach-step-acknowledged = استلمه مسؤول حماية البيانات في { -agency(form: "short") }
breach-step-persons-notified = تم إبلاغ الأشخاص المعنيين
breach-persons-told = { $count ->
    [zero] لم يتم إبلاغ أي شخص
    [one] تم إبلاغ شخص واحد
    [two] تم إبلاغ شخصين
    [few] تم إبلاغ { $count } أشخاص
    [many] تم إبلاغ { $count } شخصًا
   *[other] تم إبلاغ { $count } شخص
}
breach-acknowledge = تأكيد البلاغ
breach-notify = { $count ->
    [zero] إبلاغ الأشخاص المتأثرين
    [one] إبلاغ الشخص المتأثر
    [two] إبلاغ الشخصين المتأثرين
    [few] إبلاغ { $count } أشخاص متأثرين
    [many] إبلاغ { $count } شخصًا متأثرًا
   *[other] إبلاغ { $count } شخص متأثر
}
breach-notify-hint = قم بذلك إذا كان الخرق قد يؤدي إلى خطر مرتفع على حقوق الأشخاص (المادة 34 من اللائحة العامة لحماية البيانات). يتلقى كل شخص رسالة بلغته، دون الوصف الذي كتبه مقدّم البلاغ.
