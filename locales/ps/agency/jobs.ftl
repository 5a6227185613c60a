## The background jobs, on the DPO's page.

jobs-heading = د شالید دندې
jobs-job = دنده
jobs-last-run = وروستۍ اجرا
jobs-result = پایله
jobs-next-run = راتلونکې اجرا
jobs-never = لا نه
jobs-running = روانه ده
jobs-ok = بریالۍ شوه
jobs-failed = ناکامه شوه
jobs-name-protocol-effects = د پروتوکول د نسخو پیل او پای
jobs-name-audit-checkpoint = د پلټنې لاګ لاسلیک شوی کنټرولي ټکی
jobs-name-rectification-reminders = د سمون د وروستیو نېټو یادونې
jobs-name-mail-outbox = د برېښنالیکونو لېږل
jobs-name-retention = د ساتلو موده: له پنځو کلونو وروسته د کسانو مستعار نومول (pseudonymisation)
