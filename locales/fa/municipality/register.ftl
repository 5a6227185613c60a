register-title = دفتر ثبت پروفایل‌های شغلی
register-intro = کدام شغل‌ها می‌توانند کدام داده‌ها را ببینند، و چرا (ماده 4 پروتکل).
register-add = افزودن پروفایل شغلی
register-created = پروفایل شغلی اضافه شد.
register-changed = دفتر ثبت به‌روز شد.
register-revised = تغییر به عنوان نسخه جدید ذخیره شد. هر کس این پروفایل را دارد، از این پس طبق این نسخه می‌خواند.
register-deactivated = پروفایل شغلی غیرفعال شد: هر کس آن را دارد، دیگر هیچ داده‌ای نمی‌خواند.
register-reactivated = پروفایل شغلی دوباره فعال شد.
register-inactive = غیرفعال
register-revision = نسخه { $number } از { $date }
register-holders = { $count ->
    [0] هیچ کس این پروفایل را ندارد.
    [one] { $count } کارمند یا سیستم این پروفایل را دارد.
   *[other] { $count } کارمند و سیستم این پروفایل را دارند.
}
register-new-title = پروفایل شغلی جدید
register-new-intro = پروفایل شغلی مشخص می‌کند که یک شغل کدام داده‌ها را می‌تواند ببیند و چرا. فقط چیزی را انتخاب کنید که آن شغل واقعاً لازم دارد.
register-profile-title = پروفایل شغلی
register-name = نام شغل
register-purpose = هدف
register-purpose-hint = این شغل داده‌ها را برای چه استفاده می‌کند؟ شخص این هدف را با هر بار خواندن می‌بیند.
register-fields = داده‌ها
register-fields-hint = فقط داده‌هایی از فهرست ماده 3 پروتکل.
register-create = افزودن پروفایل
register-save = ذخیره تغییر
register-change-heading = تغییر
register-change-hint = هر تغییر یک نسخه جدید می‌سازد. خواندن‌های قبلی به نسخه‌ای که در زمان آن انجام شده‌اند مرتبط می‌مانند.
register-state-active = فعال
register-state-inactive = غیرفعال
register-deactivate = غیرفعال کردن
register-deactivate-hint = در این صورت هر کس این پروفایل را دارد، دیگر هیچ داده‌ای نمی‌تواند بخواند.
register-reactivate = فعال کردن دوباره
register-reactivate-hint = در این صورت هر کس این پروفایل را دارد، دوباره می‌تواند آنچه را پروفایل اجازه می‌دهد بخواند.
register-history-heading = همه نسخه‌ها
register-history-revision = نسخه
register-history-valid = معتبر
register-current = اکنون
register-back = بازگشت به دفتر ثبت
profile-error-name-required = برای شغل یک نام بنویسید.
profile-error-name-too-long = نام خیلی طولانی است (حداکثر 120 حرف).
profile-error-name-taken = پروفایل شغلی با این نام از قبل وجود دارد.
profile-error-purpose-required = هدف را شرح دهید.
profile-error-purpose-too-long = هدف خیلی طولانی است (حداکثر 300 حرف).
profile-error-fields-required = دست‌کم یک مورد اطلاعاتی انتخاب کنید.
profile-error-field-unknown = این مورد اطلاعاتی در فهرست پروتکل نیست.
