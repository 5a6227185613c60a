## The background jobs, on the DPO's page.

jobs-heading = کارهای پس‌زمینه
jobs-job = کار
jobs-last-run = آخرین اجرا
jobs-result = نتیجه
jobs-next-run = اجرای بعدی
jobs-never = هنوز نه
jobs-running = در حال اجرا
jobs-ok = موفق
jobs-failed = ناموفق
jobs-name-protocol-effects = شروع و پایان نسخه‌های پروتکل
jobs-name-audit-checkpoint = نقطه بررسی امضاشده دفتر حسابرسی
jobs-name-rectification-reminders = یادآوری مهلت‌های اصلاح
jobs-name-mail-outbox = فرستادن ایمیل
jobs-name-retention = مدت نگهداری: مستعارسازی اشخاص پس از پنج سال
