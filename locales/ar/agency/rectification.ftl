queue-title = طلبات التصحيح
queue-empty = لا توجد طلبات مفتوحة.
queue-field = البيان
queue-received = تاريخ الاستلام
queue-due = آخر موعد
queue-status = الحالة
queue-left = المتبقي
queue-kind = مقدم من
queue-kind-person = الشخص
queue-kind-staff = الوكالة، نيابة عن الشخص
queue-kind-municipality = بلدية (بلاغ جودة)
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
queue-filter-apply = عرض
queue-pages = الصفحات
queue-previous = السابقة
queue-next = التالية
