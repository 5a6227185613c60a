madmin-nav = إدارة { -municipality }
madmin-nav-profiles = الملفات الوظيفية
madmin-nav-staff = الموظفون
madmin-nav-partners = المنظمات الشريكة
madmin-nav-processors = معالجو البيانات
madmin-nav-notices = إخطارات عمليات النقل الأخرى
madmin-nav-erasure = تأكيد المحو
