registers-title = سجلات { -municipality(form: "plural") }
registers-intro = لكل { -municipality(form: "indefinite") }: الملفات الوظيفية، والمنظمات الشريكة، ومعالجو البيانات، وإخطارات عمليات النقل الأخرى (المادتان 4 و6 من البروتوكول).
registers-profiles = الملفات الوظيفية
registers-partners = المنظمات الشريكة
registers-processors = معالجو البيانات
registers-notices = إخطارات عمليات النقل الأخرى
registers-earlier-revisions = النسخ السابقة من الملفات الوظيفية
