# The frame of every page.
layout-skip-to-content = رفتن به محتوا
layout-language-nav = زبان
layout-footer-operator = { -portal }، متعلق به { -agency }
layout-footer-protocols = پروتکل‌های منتشرشده

not-found-title = صفحه پیدا نشد
not-found-body = این صفحه وجود ندارد (یا دیگر وجود ندارد). لطفاً آدرس را بررسی کنید.
not-found-home-link = رفتن به صفحه اصلی

layout-account-nav = حساب کاربری شما
layout-start-page = صفحه اصلی
layout-account = حساب کاربری و دسترسی
layout-sign-in = ورود
layout-sign-out = خروج
layout-idle-warning = مدتی است که فعال نبوده‌اید. برای حفاظت از اطلاعات شما، تا 5 دقیقه دیگر از حساب خود خارج می‌شوید.
layout-idle-stay = وارد بمانید
layout-footer-accessibility = بیانیه دسترس‌پذیری
layout-translation-unreviewed = این ترجمه هنوز بررسی نشده است. متن هلندی متن الزام‌آور است.
layout-translation-dutch-link = این صفحه را به زبان هلندی بخوانید
layout-untranslated = هنوز ترجمه نشده است. این متن هلندی است.
