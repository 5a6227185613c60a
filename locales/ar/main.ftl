# الأسماء المشتركة وإطار كل صفحة.
-portal = بوابة الموافقة
-agency = وكالة الاندماج والاندماج المدني

app-name = { -portal }
layout-skip-to-content = انتقل إلى المحتوى
layout-language-nav = اللغة
layout-footer-operator = { -portal } التابعة لـ{ -agency }
layout-footer-protocols = البروتوكولات المنشورة

not-found-title = الصفحة غير موجودة
not-found-body = هذه الصفحة غير موجودة (أو لم تعد موجودة). يرجى التحقق من العنوان.
not-found-home-link = إلى الصفحة الرئيسية

error-not-found = لم نجد ما تبحث عنه.
error-forbidden = لا يحق لك الاطلاع على هذه البيانات.
error-unauthenticated = يرجى تسجيل الدخول أولاً.
error-rate-limited = طلبات كثيرة جدًا. يرجى المحاولة مرة أخرى بعد قليل.
error-internal = حدث خطأ من جهتنا. يرجى المحاولة لاحقًا.
error-bad-request = هذا الطلب غير مكتمل أو غير صالح.
error-reference = المرجع لمكتب المساعدة:
error-field-unknown = هذا البيان غير موجود.
error-dutch-level = اختر مستوى: أقل من A1، A1، A2، B1، B2، C1 أو C2.
error-mo-status = اختر حالة دورة التوجيه الاجتماعي.
error-language-unknown = هذه اللغة غير مدعومة.

date-long = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

layout-account-nav = حسابك
layout-start-page = الرئيسية
layout-account = الحساب والوصول
layout-sign-in = تسجيل الدخول
layout-sign-out = تسجيل الخروج
layout-idle-warning = لم يكن لديك أي نشاط منذ مدة. بعد 5 دقائق سيتم تسجيل خروجك لحماية بياناتك.
layout-idle-stay = البقاء متصلاً

error-forbidden-title = الوصول غير مسموح
error-operation-unknown = هذا الإجراء غير موجود.
error-role-unknown = هذا الدور غير موجود.
error-party-kind-unknown = هذا النوع من الجهات غير موجود.
error-field-category-unknown = فئة البيانات هذه غير موجودة.
error-consent-action = إجراء الموافقة هذا غير موجود.
error-consent-channel = هذه القناة غير موجودة.
error-disclosure-channel = هذه القناة غير موجودة.
error-termination-kind = طريقة الإنهاء هذه غير موجودة.
error-version-status = حالة الإصدار هذه غير موجودة.
consent-error-no-change = لم يتم تغيير أي شيء.
consent-error-onward-without-sharing = لا يمكنك تمرير البيانات إلى الشركاء إلا إذا كنت تشارك البيانات أيضًا مع البلدية.
consent-error-no-notice-in-language = شرح هذا البروتوكول غير متوفر بهذه اللغة بعد.
protocol-error-dutch-text-required = يحتاج كل إصدار من البروتوكول دائمًا إلى نص باللغة الهولندية.

role-agency-rectification-officer = مسؤول معالجة طلبات التصحيح
role-agency-protocol-admin = مسؤول إدارة البروتوكولات
role-agency-dpo = مسؤول حماية البيانات
role-municipality-admin = مسؤول إدارة الملفات الوظيفية
role-municipality-staff = موظف لديه ملف وظيفي
