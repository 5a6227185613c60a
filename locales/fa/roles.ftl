role-agency-rectification-officer = مسئول رسیدگی به درخواست‌های اصلاح
role-agency-protocol-admin = مدیر پروتکل
role-agency-dpo = مسئول حفاظت از داده‌ها
role-municipality-admin = مدیر پروفایل‌های شغلی
role-municipality-staff = کارمند دارای پروفایل شغلی
role-municipality-dpo = مسئول حفاظت از داده‌های اداره محلی
