disclosure-refused-protocol-not-in-force = البروتوكول غير ساري المفعول: لا تتم مشاركة أي بيانات.
disclosure-refused-no-consent = لم يمنح هذا الشخص موافقته.
disclosure-refused-no-onward-consent = لم يوافق هذا الشخص على مشاركة بياناته مع الشركاء.
disclosure-refused-nothing-allowed = ملفك الوظيفي لا يمنحك الوصول إلى هذه البيانات.
disclosure-refused-no-profile = ليس لديك ملف وظيفي يسمح بقراءة البيانات.
disclosure-refused-not-a-partner = هذه المنظمة ليست شريكًا لبلديتك.
