## E-mail from the outbox: only that there is a message, never what it says (the inbox does).

mail-subject = پیام جدید در { -portal }
mail-greeting = { $name } عزیز،
mail-new-message = یک پیام جدید برای شما در { -portal } هست.
mail-read-it = برای خواندن آن وارد شوید:
mail-invitation-subject = دعوت‌نامه شما برای { -portal }
mail-invitation-intro = با این لینک دوباره به حساب کاربری خود دسترسی پیدا می‌کنید. این لینک فقط یک بار کار می‌کند و پس از مدت کوتاهی از اعتبار می‌افتد.
mail-invitation-code = یا این کد را در صفحه زیر تایپ کنید:
mail-invitation-not-you = شما این را نخواسته بودید؟ پس از لینک استفاده نکنید و با { -agency } تماس بگیرید.
mail-footer = این پیام به طور خودکار فرستاده شده است. پاسخ به این آدرس خوانده نمی‌شود.
