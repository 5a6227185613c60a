dpo-title = حماية البيانات
dpo-audit-heading = سجل التدقيق
dpo-chain-ok = سلسلة التدقيق سليمة (عدد الإدخالات: { $length }).
dpo-chain-broken = سلسلة التدقيق تالفة ابتداءً من الإدخال رقم { $seq }.
dpo-checkpoints = { $count ->
    [zero] لا توجد نقاط تحقق موقَّعة؛ الأخيرة:
    [one] نقطة تحقق موقَّعة واحدة؛ الأخيرة:
    [two] نقطتا تحقق موقَّعتان؛ الأخيرة:
    [few] { $count } نقاط تحقق موقَّعة؛ الأخيرة:
    [many] { $count } نقطة تحقق موقَّعة؛ الأخيرة:
   *[other] { $count } نقطة تحقق موقَّعة؛ الأخيرة:
}
dpo-no-checkpoint = لا يوجد بعد
dpo-chain-being-checked = يجري التحقق من سلسلة التدقيق. أعد تحميل الصفحة بعد قليل.
dpo-checked-at = آخر تحقق:
dpo-nav = حماية البيانات
dpo-nav-audit = سجل التدقيق
dpo-nav-breaches = خروقات البيانات
dpo-nav-notices = إخطارات نقل البيانات
dpo-nav-registers = سجلات { -municipality(form: "plural") }
dpo-breaches-title = سجل خروقات البيانات
dpo-breaches-intro = كل بلاغ من { -municipality(form: "indefinite") }، مع مهلة الـ48 ساعة. يُشار إلى البلاغ المتأخر.
dpo-breaches-none = لم يُبلَّغ عن أي خرق للبيانات.
dpo-notices-title = إخطارات بعمليات نقل أخرى
dpo-notices-intro = تُخطر { -municipality } مسبقًا بكل عملية نقل للبيانات إلى منظمة ليست شريكة (المادة 4). ولا يمكنها تسجيل هذا النقل إلا بعد تأكيدك.
dpo-notices-none = لا توجد إخطارات.
dpo-notices-acknowledged = تم تأكيد الإخطار.
dpo-nav-disclosures = سجل الإفصاحات
dpo-disclosures-title = سجل الإفصاحات
dpo-disclosures-intro = كل إفصاح عن بيانات شخصية عبر البوابة: من تلقّى ماذا، ومتى، ولأي غرض، وعبر أي قناة. يُضاف إلى السجل فقط ولا يُعدَّل أبدًا.
dpo-disclosures-none = لا توجد إفصاحات لهذا الاختيار.
dpo-disclosures-when = متى
dpo-disclosures-recipient = الجهة المتلقية
dpo-disclosures-via = أحالته
dpo-disclosures-fields = البيانات
dpo-disclosures-field = البيان
dpo-disclosures-purpose = الغرض
dpo-disclosures-channel = القناة
dpo-disclosures-dossier = رقم الملف
dpo-disclosures-from = من
dpo-disclosures-to = حتى (ضمنًا)
dpo-disclosures-csv = تنزيل هذا الاختيار بصيغة CSV
dpo-breach-acknowledged = تم تأكيد البلاغ.
dpo-breach-notified = تم إبلاغ الأشخاص المعنيين.
dpo-nav-log = إدخالات سجل التدقيق
dpo-log-title = إدخالات سجل التدقيق
dpo-log-intro = كل تغيير وكل إفصاح عن البيانات مسجَّل هنا، الأحدث أولًا. لا يحتوي السجل إلا على أرقام وقيم تجزئة (hash)، ولا يحتوي أبدًا على بيانات شخصية.
dpo-log-none = لا توجد إدخالات لهذا الاختيار.
dpo-log-seq = الرقم
dpo-log-when = الوقت
dpo-log-actor = المنفِّذ
dpo-log-actor-hint = تكفي البداية، مثلًا ⁦staff:⁩ أو ⁦system:⁩.
dpo-log-action = الإجراء
dpo-log-object = الموضوع
dpo-log-payload-hash = قيمة تجزئة المحتوى
dpo-log-entry-hash = قيمة تجزئة الإدخال
dpo-verify-now = تحقَّق الآن
dpo-verified = تم التحقق من سجل التدقيق للتو.
dpo-checkpoints-download = تنزيل نقاط التحقق الموقَّعة (⁦JSON Lines⁩، مع المفتاح العام)
dpo-public-key = المفتاح العام
dpo-disclosures-reference = مرجع الشخص
dpo-nav-erasure = المحو لدى الجهات المتلقية
