error-not-found = آنچه را که دنبالش بودید پیدا نکردیم.
error-forbidden = شما به این اطلاعات دسترسی ندارید.
error-unauthenticated = لطفاً اول وارد شوید.
error-rate-limited = درخواست‌ها بیش از حد زیاد است. لطفاً کمی بعد دوباره امتحان کنید.
error-internal = در سیستم ما مشکلی پیش آمد. لطفاً بعداً دوباره امتحان کنید.
error-unavailable = درگاه در حال حاضر به اطلاعات خود دسترسی ندارد. هیچ چیزی ذخیره یا تغییر داده نشد. لطفاً یک دقیقه دیگر دوباره امتحان کنید.
error-too-large = آنچه فرستادید بیش از حد بزرگ است. هیچ چیزی ذخیره نشد. لطفاً آن را کوتاه‌تر کنید و دوباره امتحان کنید.
error-headers-too-large = مرورگر شما اطلاعاتی بیش از آنچه درگاه می‌پذیرد فرستاد، اغلب به خاطر کوکی‌های بیش از حد. هیچ چیزی ذخیره نشد. لطفاً کوکی‌های این وب‌سایت را در مرورگر خود پاک کنید و دوباره امتحان کنید.
error-request-timeout = رسیدن آنچه فرستادید بیش از حد طول کشید، شاید چون اتصال اینترنت کند است. هیچ چیزی ذخیره نشد. لطفاً دوباره امتحان کنید.
error-bad-request = این درخواست ناقص یا نامعتبر است.
error-reference = شماره پیگیری برای بخش پشتیبانی:
error-field-unknown = این مورد اطلاعاتی وجود ندارد.
error-dutch-level = یک سطح انتخاب کنید: پایین‌تر از A1، A1، A2، B1، B2، C1 یا C2.
error-mo-status = یک وضعیت برای دوره آشنایی با جامعه انتخاب کنید.
error-language-unknown = این زبان پشتیبانی نمی‌شود.

error-forbidden-title = دسترسی ندارید
error-operation-unknown = این عملیات وجود ندارد.
error-role-unknown = این نقش وجود ندارد.
error-party-kind-unknown = این نوع طرف وجود ندارد.
error-field-category-unknown = این دسته از داده‌ها وجود ندارد.
error-consent-action = این عملیات رضایت وجود ندارد.
error-consent-channel = این کانال وجود ندارد.
error-disclosure-channel = این کانال وجود ندارد.
error-termination-kind = این روش پایان دادن وجود ندارد.
error-version-status = این وضعیت نسخه وجود ندارد.

error-refused-title = انجام نشد
error-cross-site = این فرم از یک وب‌سایت دیگر آمده است. برای امنیت شما، آن را انجام ندادیم. خود درگاه را باز کنید و دوباره امتحان کنید.
error-rate-limited-wait = { $seconds ->
    [one] لطفاً { $seconds } ثانیه دیگر دوباره امتحان کنید.
   *[other] لطفاً { $seconds } ثانیه دیگر دوباره امتحان کنید.
}
error-text-characters = در این متن نشانه‌های نامرئی هست، مثلاً به خاطر کپی و پیست کردن. لطفاً متن را دوباره تایپ کنید.
error-title-not-found = پیدا نشد
error-title-forbidden = مجاز نیست
error-title-unauthenticated = وارد نشده‌اید
error-title-invalid = ورودی نامعتبر
error-title-refused = طبق پروتکل رد شد
error-title-rate-limited = درخواست‌های بیش از حد
error-title-internal = خطای داخلی
error-title-unavailable = موقتاً در دسترس نیست
error-title-too-large = بیش از حد بزرگ
error-title-request-timeout = بیش از حد طول کشید
error-token-unknown = این توکن API شناخته‌شده نیست. بررسی کنید که کامل کپی شده باشد.
error-token-revoked = این توکن API باطل شده است. از { -agency(form: "short") } یک توکن جدید بخواهید.
error-token-expired = اعتبار این توکن API تمام شده است. از { -agency(form: "short") } یک توکن جدید بخواهید.
error-form-summary = فرم فرستاده نشد: خانه‌ای را که کنارش توضیح آمده است بررسی کنید.
