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
admin-revoke = إلغاء
admin-revoked = تم الإلغاء.
admin-issued-title = تم الإنشاء
admin-issued-valid-until = صالح حتى { $when }.
admin-issued-nothing = لا يوجد شيء لعرضه هنا: ما أنشأته يُعرض مرة واحدة فقط.
admin-back = العودة إلى إدارة البروتوكولات
admin-client-expires-days = مدة الصلاحية (بالأيام، فارغ = بلا انتهاء)
admin-error-expiry = أدخل عددًا من الأيام بين 1 و3650، أو اترك الحقل فارغًا.

admin-assisted-consent-link = تسجيل موافقة أُعطيت على الورق

admin-handover-legend = إذا كان لهذا الشخص حساب من قبل (استعادة)
admin-handover-hint = تُعرض عليك الدعوة الأولى (دون مفتاح دخول بعد) في الصفحة التالية، للشباك أو لرسالة بريدية. أما الدعوة التي تفتح حسابًا موجودًا فلا تُعرض عليك وحدك أبدًا.
admin-handover-delivered = إرسالها إلى بيانات الاتصال في الملف (البريد الإلكتروني، وإلا رسالة نصية، وإلا رسالة بريدية)
admin-handover-in-person = تسليمها في الشباك: يوافق عليها مسؤول بروتوكولات ثانٍ أولًا
admin-four-eyes-hint = يوافق مسؤول بروتوكولات ثانٍ على هذا أولًا؛ ثم تُنشئه هنا مرة واحدة.
admin-request-submit = طلب الموافقة
admin-requests-heading = طلبات لمسؤول بروتوكولات ثانٍ
admin-requests-intro = لا توافق إلا على ما تستطيع التحقق منه بنفسك. من قدّم الطلب لا يستطيع الموافقة عليه.
admin-requests-empty = لا توجد طلبات.
admin-request-what = ماذا
admin-request-by = طلبه
admin-request-action = الإجراء
admin-approval-kind-staff-invitation = دعوة موظف
admin-approval-kind-api-client = اتصال API
admin-approval-kind-person-recovery = استعادة في الشباك
admin-approval-client-days = { $days ->
    [zero] صالح دون أيام
    [one] صالح يومًا واحدًا
    [two] صالح يومين
    [few] صالح { $days } أيام
    [many] صالح { $days } يومًا
   *[other] صالح { $days } يوم
}
admin-approval-client-no-expiry = دون تاريخ انتهاء
admin-approval-status-pending = بانتظار الموافقة
admin-approval-status-approved = تمت الموافقة
admin-approval-status-refused = مرفوض
admin-approval-status-issued = تم الإنشاء
admin-approval-status-lapsed = انتهت المهلة
admin-approval-decided-by = قرّر ذلك { $name }
admin-approval-yours = طلبك: يقرّر فيه مسؤول بروتوكولات آخر.
admin-approve = موافقة
admin-refuse = رفض
admin-issue-now = الإنشاء الآن
admin-approved-done = تمت الموافقة. يستطيع مقدّم الطلب إنشاءه الآن.
admin-refused-done = تم الرفض.
admin-delivered = { $channel ->
    [email] تُرسل دعوة الاستعادة بالبريد الإلكتروني إلى { $to }.
    [sms] تُرسل دعوة الاستعادة برسالة نصية إلى { $to }.
   *[letter] تُرسل دعوة الاستعادة برسالة بريدية إلى { $to }.
}
admin-delivered-not-shown = لهذا الشخص حساب من قبل. يصل الرابط والرمز إلى الشخص وحده؛ ولا تراهما أنت.
admin-delivered-told = يُبلَّغ الشخص أيضًا في البوابة وعلى كل قناة أخرى في الملف. وقد أُلغيت الدعوات الأقدم.
admin-requested = الطلب { $id } ({ $kind }) بانتظار مسؤول بروتوكولات ثانٍ.
admin-requested-next = بعد الموافقة تُنشئه في صفحة إدارة البروتوكولات، تحت الطلبات. ويُعرض حينها مرة واحدة.
admin-error-no-such-request = هذا الطلب غير موجود.
admin-error-no-such-party = هذه المنظمة غير موجودة.
admin-error-handover = اختر كيف تصل الدعوة إلى الشخص: بالإرسال أو في الشباك.
admin-error-decision = اختر الموافقة أو الرفض.
admin-error-approval-role = لا يقرّر في الطلبات إلا مسؤول بروتوكولات في { -agency(form: "short") }.
admin-error-approval-own = لا يمكنك الموافقة على طلبك أو رفضه: يفعل ذلك مسؤول بروتوكولات آخر.
admin-error-approval-decided = تم البتّ في هذا الطلب من قبل، أو انتهت مهلته.
admin-error-approval-not-yours = لا يُنشئ الطلب إلا من قدّمه.
admin-error-approval-pending = لا يزال هذا الطلب بانتظار موافقة مسؤول بروتوكولات آخر.
admin-error-approval-issued = تم إنشاء هذا الطلب من قبل. ما عُرض حينها لا يُعرض مرة أخرى.
admin-error-approval-not-approved = رُفض هذا الطلب أو انتهت مهلته. قدّم طلبًا جديدًا عند الحاجة.
admin-registers-link = سجلات { -municipality(form: "plural") }
staff-error-invitee-name-required = اكتب اسم الموظف.
staff-error-invitee-name-too-long = الاسم طويل جدًا (200 حرف على الأكثر).
staff-error-invitee-contact = أدخل عنوان بريد إلكتروني أو رقم هاتف صالحًا.
staff-error-disable-self = لا يمكنك تعطيل حسابك أنت.
admin-protocols-link = إعداد البروتوكولات ونشرها وإنهاؤها
admin-client-agency-system = نظام متابعة العملاء (بلا ملف وظيفي)
admin-error-client-needs-profile = الاتصال بلا ملف وظيفي مخصّص فقط لنظام متابعة العملاء الذي تملكه { -agency(form: "short") } نفسها؛ أما اتصال أي { -municipality(form: "indefinite") } فيقرأ البيانات بملف وظيفي.
