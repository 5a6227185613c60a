person-home-title = صفحتي
person-home-greeting = مرحبًا { $name }.
person-home-pilots-heading = المشاريع التي تخصّك
person-home-consent-given = لقد منحت موافقتك.
person-home-no-consent = لم تمنح موافقتك.

queue-title = طلبات التصحيح
queue-empty = لا توجد طلبات مفتوحة.
queue-field = البيان
queue-received = تاريخ الاستلام
queue-due = آخر موعد
queue-status = الحالة

admin-title = إدارة البروتوكولات
admin-invitations-heading = الدعوات
admin-invitation-for = مُوجَّهة إلى
admin-invitation-person = مشارك في مسار الاندماج
admin-created = تاريخ الإنشاء
admin-expires = صالحة حتى
admin-status = الحالة
admin-invitation-status-open = مفتوحة
admin-invitation-status-redeemed = مستخدَمة
admin-invitation-status-revoked = ملغاة
admin-invitation-status-expired = منتهية الصلاحية
admin-clients-heading = اتصالات API
admin-client-name = الاسم
admin-client-for = الجهة والملف الوظيفي
admin-client-active = نشط
admin-client-revoked = ملغى

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

register-title = سجل الملفات الوظيفية
register-intro = أي الوظائف يحق لها الاطلاع على أي بيانات، ولماذا (المادة 4 من البروتوكول).

staff-home-title = المشاركون في مسار الاندماج ضمن المشروع التجريبي
staff-home-count = { $count ->
    [zero] لم يمنح أي شخص موافقته.
    [one] منح شخص واحد موافقته.
    [two] منح شخصان موافقتهما.
    [few] { $count } أشخاص منحوا موافقتهم.
    [many] { $count } شخصًا منحوا موافقتهم.
   *[other] { $count } شخص منحوا موافقتهم.
}
staff-home-profile-heading = ملفك الوظيفي

staff-error-role-not-for-party = هذا الدور لا يناسب هذا النوع من المنظمات.
staff-error-separation-of-duties = قراءة البيانات مسموحة فقط للموظفين الذين لديهم ملف وظيفي، وليست مسموحة للمسؤولين عن الإدارة (الفصل بين المهام).
staff-error-profile-not-of-party = هذا الملف الوظيفي لا يخص منظمتك.
admin-error-client-name = أعطِ الاتصال اسمًا لا يزيد على 120 حرفًا.
admin-error-no-such-person = لا يوجد مشارك في مسار الاندماج يحمل رقم الملف هذا.
admin-working = لحظة من فضلك…
admin-issued-link = رابط الدعوة
admin-issued-code = رمز للإدخال يدويًا
admin-issued-token = رمز واجهة البرمجة (API)
admin-shown-once = يُعرض هذا مرة واحدة فقط. أرسله الآن؛ فنحن لا نحتفظ به.
admin-dossier-ref = رقم الملف
admin-party = الجهة
admin-role = الدور
admin-profile = الملف الوظيفي
admin-no-profile = لا شيء (فقط للموظفين الذين لديهم ملف وظيفي)
admin-invite-person-heading = دعوة مشارك في مسار الاندماج
admin-invite-staff-heading = دعوة موظف
admin-invite-submit = إنشاء الدعوة
admin-client-create = إنشاء الربط
admin-revoke = إلغاء
admin-revoked = تم الإلغاء.
admin-issued-title = تم الإنشاء
admin-issued-valid-until = صالح حتى { $when }.
admin-issued-nothing = لا يوجد شيء لعرضه هنا: ما أنشأته يُعرض مرة واحدة فقط.
admin-back = العودة إلى إدارة البروتوكولات
admin-client-expires-days = مدة الصلاحية (بالأيام، فارغ = بلا انتهاء)
admin-error-expiry = أدخل عددًا من الأيام بين 1 و3650، أو اترك الحقل فارغًا.
