# إطار كل صفحة.
layout-skip-to-content = انتقل إلى المحتوى
layout-language-nav = اللغة
layout-footer-operator = { -portal } التابعة لـ{ -agency }
layout-footer-protocols = البروتوكولات المنشورة

not-found-title = الصفحة غير موجودة
not-found-body = هذه الصفحة غير موجودة (أو لم تعد موجودة). يرجى التحقق من العنوان.
not-found-home-link = إلى الصفحة الرئيسية

layout-account-nav = حسابك
layout-start-page = الرئيسية
layout-account = الحساب والوصول
layout-sign-in = تسجيل الدخول
layout-sign-out = تسجيل الخروج
layout-idle-warning = لم يكن لديك أي نشاط منذ مدة. بعد 5 دقائق سيتم تسجيل خروجك لحماية بياناتك.
layout-idle-stay = البقاء متصلاً
layout-footer-accessibility = بيان إمكانية الوصول
layout-translation-unreviewed = لم تتم مراجعة هذه الترجمة بعد. النص الهولندي هو النص المُلزِم.
layout-translation-dutch-link = اقرأ هذه الصفحة باللغة الهولندية
layout-untranslated = لم تُترجم بعد. هذا هو النص الهولندي.
