persons-nav = عملك في المشروع التجريبي
persons-nav-persons = المشاركون في مسار الاندماج
persons-nav-breaches = خروقات البيانات
persons-nav-corrections = تصحيحات { -agency(form: "short") }
persons-no-protocol = لا يوجد الآن أي بروتوكول ساري المفعول لدى { -municipality } التي تعمل فيها: لا تتم مشاركة أي بيانات.
persons-list-caption = المشاركون في مسار الاندماج الذين منحوا موافقتهم
persons-reference = المرجع
persons-scopes = الموافقة على
persons-since = منذ
persons-scope-contact = بيانات الاتصال
persons-scope-trajectory = بيانات المسار
persons-scope-onward = النقل إلى الشركاء
persons-open-person = فتح الشخص { $reference }
persons-pages = الصفحات
persons-previous = السابق
persons-next = التالي
persons-page-of = الصفحة { $page } من { $pages }
persons-search-title = البحث عن شخص
persons-search-label = البحث بالاسم
persons-search-hint = حرفان على الأقل. تُسجَّل الأسماء التي تظهر لك: يرى الشخص أنك اطّلعت عليها.
persons-search-submit = بحث
persons-search-none = لم يُعثر على أحد.
persons-search-found = { $count ->
    [zero] لم يُعثر على أي شخص.
    [one] تم العثور على شخص واحد.
    [two] تم العثور على شخصين.
    [few] تم العثور على { $count } أشخاص.
    [many] تم العثور على { $count } شخصًا.
   *[other] تم العثور على { $count } شخص.
}
persons-search-recorded = كل اسم في هذه القائمة قراءةٌ يستطيع الشخص رؤيتها.
persons-search-length = ابحث بما بين 2 و80 حرفًا.
persons-search-needs-names = ملفك الوظيفي لا يشمل الأسماء: لا يمكنك البحث بالاسم.
persons-person-title = الشخص
persons-read-recorded = تم تسجيل هذه القراءة: يرى الشخص من تلقّى أي بيانات، ومتى.
persons-fields-caption = البيانات التي يحق لك الاطلاع عليها
persons-contested = قيد المراجعة (المادة 18 من اللائحة العامة لحماية البيانات)
persons-withheld-heading = بيانات غير معروضة
persons-withheld-not-in-protocol = البروتوكول لا يشمل هذا البيان.
persons-withheld-no-consent-contact = لم يوافق الشخص على مشاركة بيانات الاتصال.
persons-withheld-no-consent-trajectory = لم يوافق الشخص على مشاركة بيانات المسار.
persons-withheld-not-in-profile = ملفك الوظيفي لا يشمل هذا البيان.
persons-onward-heading = النقل إلى شريك
persons-onward-no-consent = لم يوافق الشخص على نقل بياناته.
persons-onward-no-partner = ليس لدى { -municipality } التي تعمل فيها شريك أو جهة متلقية مؤكَّدة.
persons-onward-partner = إلى
persons-onward-fields = البيانات
persons-onward-purpose = الغرض
persons-onward-purpose-hint = يرى الشخص هذا الغرض مع عملية النقل.
persons-onward-submit = تسجيل النقل
persons-passed-on = تم تسجيل النقل. يرى الشخص أي منظمة تلقّت أي بيانات.
persons-quality-heading = الإبلاغ عن خطأ
persons-quality-hint = هل هناك بيان غير صحيح؟ أبلِغ { -agency(form: "short") } بذلك (المادة 7). يرى الشخص البلاغ ضمن تصحيحاته.
persons-quality-field = البيان
persons-quality-statement = ما الذي ليس صحيحًا؟
persons-quality-statement-hint = 1000 حرف على الأكثر.
persons-quality-proposed = القيمة الصحيحة، إن كنت تعرفها
persons-quality-proposed-hint = اختياري.
persons-quality-submit = إرسال البلاغ
persons-quality-reported = البلاغ الآن في قائمة انتظار { -agency(form: "short") }.
persons-back = العودة إلى القائمة
