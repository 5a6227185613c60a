role-agency-rectification-officer = مسؤول معالجة طلبات التصحيح
role-agency-protocol-admin = مسؤول إدارة البروتوكولات
role-agency-dpo = مسؤول حماية البيانات
role-municipality-admin = مسؤول إدارة الملفات الوظيفية
role-municipality-staff = موظف لديه ملف وظيفي
role-municipality-dpo = مسؤول حماية البيانات لدى السلطة المحلية
