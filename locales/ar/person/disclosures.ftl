## من تلقّاها.

disclosures-title = من تلقّى بياناتي؟
disclosures-intro = في كل مرة تطلب فيها { -municipality(form: "indefinite") } أو شريك بياناتك، يُسجَّل ذلك هنا.
disclosures-overview-heading = نظرة عامة حسب الجهة المتلقية
disclosures-none = لم يتلقَّ أحد بياناتك حتى الآن.
disclosures-partner-of = { $partner } (شريك لـ{ $municipality })
disclosures-field = البيان
disclosures-count = كم مرة
disclosures-last = آخر مرة
disclosures-times = { $count ->
    [zero] ولا مرة
    [one] مرة واحدة
    [two] مرتان
    [few] { $count } مرات
    [many] { $count } مرة
   *[other] { $count } مرة
}
disclosures-timeline-heading = كل المرات، الأحدث أولًا
disclosures-filter-party = الجهة المتلقية
disclosures-filter-field = البيان
disclosures-filter-all = الكل
disclosures-filter-from = من
disclosures-filter-to = حتى (ضمنًا)
disclosures-filter-apply = عرض
disclosures-found = { $count ->
    [0] لم يُعثر على أي شيء.
    [zero] لم يُعثر على أي شيء.
    [one] تم العثور على نتيجة واحدة.
    [two] تم العثور على نتيجتين.
    [few] تم العثور على { $count } نتائج.
    [many] تم العثور على { $count } نتيجة.
   *[other] تم العثور على { $count } نتيجة.
}
disclosures-fields = البيانات: { $fields }
disclosures-channel-ui = اطّلع عليها موظف
disclosures-channel-api = طلبها نظام حاسوبي
disclosures-channel-onward = نُقلت إلى شريك
disclosures-channel-export = ضمن ملف تصدير
disclosures-purpose = الغرض:
disclosures-consent = بناءً على موافقتك بتاريخ { $when }: { $scopes }.
disclosures-previous = السابق
disclosures-next = التالي
disclosures-pages = الصفحات
disclosures-page-of = الصفحة { $page } من { $pages }
disclosures-error-date = اكتب التاريخ بهذا الشكل: ⁦yyyy-mm-dd⁩ (السنة-الشهر-اليوم)، مثلًا ⁦2026-03-01⁩.
disclosures-error-period = يجب أن يكون تاريخ البداية قبل تاريخ النهاية.
