queue-title = طلبات التصحيح
queue-empty = لا توجد طلبات مفتوحة.
queue-field = البيان
queue-received = تاريخ الاستلام
queue-due = آخر موعد
queue-status = الحالة
queue-left = المتبقي
queue-kind = مقدم من
queue-kind-person = الشخص
queue-kind-staff = { -agency(form: "short") }، نيابة عن الشخص
queue-kind-municipality = { -municipality(form: "indefinite") } (بلاغ جودة)
queue-kind-source_system = نظام متابعة العملاء (تغيير في المصدر)
queue-days = { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
queue-overdue-by = { $days ->
    [zero] متأخر { $days } يوم
    [one] متأخر يومًا واحدًا
    [two] متأخر يومين
    [few] متأخر { $days } أيام
    [many] متأخر { $days } يومًا
   *[other] متأخر { $days } يوم
}
queue-due-soon = قريب الاستحقاق
queue-overdue = متأخر
queue-count-open = مفتوحة
queue-count-due-soon = قريبة الاستحقاق
queue-count-overdue = متأخرة
queue-count-handled = تم البت فيها هذا الشهر
queue-count-median = الوسيط حتى القرار
queue-median-none = لا شيء بعد
queue-filter-pending = كل المفتوحة
queue-filter-any = الكل
queue-municipality = { -municipality(form: "title") } (بلاغات الجودة)
queue-filter-apply = عرض
queue-pages = الصفحات
queue-previous = السابقة
queue-next = التالية
desk-title = طلب تصحيح
desk-person = الشخص
desk-value-filed = القيمة عند تقديم الطلب
desk-value-now = القيمة الحالية
desk-extension-reason = سبب التمديد
desk-holders-heading = من تلقّى هذه البيانات
desk-holders-intro = وفقًا لسجل الإفصاحات، تلقّت هذه الجهات هذه البيانات الخاصة بهذا الشخص. إذا قُبل الطلب، يتم إبلاغها بالتصحيح (المادة 19 من اللائحة العامة لحماية البيانات).
desk-holders-none = لم تتلقَّ أي جهة هذه البيانات الخاصة بهذا الشخص.
desk-told = أُرسل التصحيح إلى: { $parties }.
desk-history-heading = السجل
desk-back = العودة إلى الطلبات
desk-decided = تم البت في هذا الطلب. القرار نهائي.
desk-waiting = الطلب في انتظار إجابة الشخص على سؤالك:
desk-acknowledge-heading = بدء المعالجة
desk-acknowledge-hint = يتم إبلاغ الشخص بأنك تعالج الطلب.
desk-acknowledge-submit = بدء المعالجة
desk-ask-heading = طلب معلومات
desk-ask-question = سؤالك إلى الشخص
desk-ask-hint = يقرأ الشخص السؤال في البوابة ويجيب في صفحة الطلب. حتى ذلك الحين ينتظر الطلب؛ وتستمر المهلة في السريان.
desk-ask-submit = إرسال السؤال
desk-extend-heading = تمديد المهلة
desk-extend-limit = يمكن ذلك مرة واحدة فقط، خلال الشهر الأول، حتى { $last } كحد أقصى.
desk-extend-until = المهلة الجديدة
desk-extend-until-hint = تاريخ (YYYY-MM-DD). تسري المهلة حتى نهاية ذلك اليوم.
desk-extend-reason = السبب
desk-extend-reason-hint = يرى الشخص المهلة الجديدة وهذا السبب.
desk-extend-submit = تمديد المهلة
desk-accept-heading = قبول
desk-accept-value = القيمة الصحيحة
desk-accept-hint = الاقتراح مُدرج مسبقًا. عدّله إذا لم يكن صحيحًا تمامًا؛ تنطبق القواعد نفسها كما عند تقديم الطلب.
desk-accept-effect = يتم تصحيح البيانات، ولا تعود محل اعتراض، ويتم إبلاغ كل جهة تلقّتها. هذا نهائي.
desk-accept-submit = قبول وتصحيح
desk-reject-heading = رفض
desk-reject-reason = سبب الرفض
desk-reject-hint = يقرأ الشخص هذا السبب وكيفية تقديم شكوى. هذا نهائي.
desk-reject-submit = رفض
desk-done-acknowledge = الطلب قيد المعالجة. تم إبلاغ الشخص.
desk-done-ask = تم إرسال سؤالك. ينتظر الطلب الإجابة.
desk-done-extend = تم تمديد المهلة. تم إبلاغ الشخص بالمهلة الجديدة والسبب.
desk-done-accept = تم قبول الطلب وتصحيح البيانات. تم إبلاغ الجهات المتلقية.
desk-done-reject = تم رفض الطلب. تم إبلاغ الشخص بالسبب.
