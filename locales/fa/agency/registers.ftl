registers-title = دفترهای ثبت { -municipality(form: "plural") }
registers-intro = برای هر { -municipality }: پروفایل‌های شغلی، سازمان‌های همکار، پردازشگرها و اطلاعیه‌های انتقال‌های دیگر (مواد 4 و 6 پروتکل).
registers-profiles = پروفایل‌های شغلی
registers-partners = سازمان‌های همکار
registers-processors = پردازشگرها
registers-notices = اطلاعیه‌های انتقال‌های دیگر
registers-earlier-revisions = نسخه‌های قبلی پروفایل‌های شغلی
