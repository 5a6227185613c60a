## The background jobs, on the DPO's page.

jobs-heading = المهام في الخلفية
jobs-job = المهمة
jobs-last-run = آخر تشغيل
jobs-result = النتيجة
jobs-next-run = التشغيل التالي
jobs-never = ليس بعد
jobs-running = قيد التشغيل
jobs-ok = نجحت
jobs-failed = فشلت
jobs-name-protocol-effects = بدء إصدارات البروتوكولات وانتهاؤها
jobs-name-audit-checkpoint = نقطة تحقق موقَّعة لسجل التدقيق
jobs-name-rectification-reminders = تذكيرات بمهل طلبات التصحيح
jobs-name-mail-outbox = إرسال البريد الإلكتروني
jobs-name-retention = مدة الحفظ: استبدال هوية الأشخاص باسم مستعار بعد خمس سنوات
