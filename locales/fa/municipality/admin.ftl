madmin-nav = مدیریت { -municipality }
madmin-nav-profiles = پروفایل‌های شغلی
madmin-nav-staff = کارمندان
madmin-nav-partners = سازمان‌های همکار
madmin-nav-processors = پردازشگرها
madmin-nav-notices = اطلاعیه‌های انتقال‌های دیگر
madmin-nav-erasure = تأیید حذف
