## My data (GDPR 15).

my-data-title = اطلاعات من
my-data-intro = این‌ها همه اطلاعاتی است که { -agency } درباره شما نگه می‌دارد: چرا، چه کسی آن را می‌گیرد و تا چه مدت نگه داشته می‌شود.
my-data-dossier = پرونده { $dossier }
my-data-updated = آخرین تغییر در { $when }
my-data-fields-caption = اطلاعات شما
my-data-field = مورد
my-data-value = آنچه ما نگه می‌داریم
my-data-actions = کارها
my-data-correct-link = درخواست اصلاح
my-data-processing-heading = برای چه و با چه کسی
my-data-purposes = چرا
my-data-legal-basis = چرا این کار مجاز است (مبنای قانونی)
my-data-fields = کدام اطلاعات
my-data-partners = سازمان‌های همکار { -municipality }
my-data-no-partners = هیچ
my-data-retention = تا چه مدت
my-data-period = دوره
my-data-open-ended = بدون تاریخ پایان
my-data-consent-link = دیدن یا تغییر رضایت من
my-data-more-heading = بیشتر
my-data-disclosures-link = چه کسی کدام اطلاعات را گرفته است؟
my-data-corrections-link = درخواست‌های اصلاح من
my-data-export-link = دانلود همه چیز به صورت یک فایل (JSON)
my-data-export-hint = یک فایل با اطلاعات شما، رضایت‌های شما، اینکه چه کسی چه چیزی گرفته و درخواست‌های شما. می‌توانید آن را نگه دارید یا به کس دیگری بدهید.
