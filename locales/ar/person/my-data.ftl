## بياناتي (المادة 15 من اللائحة العامة لحماية البيانات).

my-data-title = بياناتي
my-data-intro = هذه كل البيانات التي تحتفظ بها { -agency } عنك: لماذا، ومن يتلقاها، وكم من الوقت تُحفظ.
my-data-dossier = رقم الملف { $dossier }
my-data-updated = آخر تعديل في { $when }
my-data-fields-caption = بياناتك
my-data-field = البيان
my-data-value = ما نحتفظ به
my-data-actions = الإجراءات
my-data-correct-link = طلب التصحيح
my-data-processing-heading = لأي غرض ومع من
my-data-purposes = لماذا
my-data-legal-basis = لماذا يُسمح بهذا (الأساس القانوني)
my-data-fields = أي بيانات
my-data-partners = شركاء { -municipality }
my-data-no-partners = لا يوجد
my-data-retention = إلى متى
my-data-period = الفترة
my-data-open-ended = بدون تاريخ انتهاء
my-data-consent-link = عرض موافقتي أو تعديلها
my-data-more-heading = المزيد
my-data-disclosures-link = من تلقّى أي بيانات؟
my-data-corrections-link = طلبات التصحيح الخاصة بي
my-data-export-link = تنزيل كل شيء في ملف (JSON)
my-data-export-hint = ملف فيه بياناتك، وموافقاتك، ومن تلقّى ماذا، وطلباتك. يمكنك أن تحتفظ به أو تعطيه لشخص آخر.
