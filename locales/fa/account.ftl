account-title = حساب کاربری و دسترسی
account-passkeys-heading = گذرکلیدهای شما
account-passkey-added = اضافه شده در { $when }
account-passkey-last-used = آخرین استفاده در { $when }
account-passkey-never-used = هنوز استفاده نشده
account-passkey-remove = حذف
account-passkey-remove-label = حذف گذرکلید { $name }
account-passkey-removed = گذرکلید حذف شد.
account-passkey-last-one = این تنها گذرکلید شماست. پیش از حذف آن، اول یک گذرکلید دیگر اضافه کنید.
account-passkey-add-heading = افزودن گذرکلید
account-passkey-add-button = تأیید و افزودن
account-sessions-heading = جاهایی که وارد شده‌اید
account-session-since = ورود در { $when }
account-session-current = همین دستگاه
account-session-end = خروج در این دستگاه
account-session-ended = شما از آن دستگاه خارج شدید.
account-session-unknown-device = دستگاه ناشناس

notification-passkey-added = یک گذرکلید به حساب کاربری شما اضافه شد: { $name }.
notification-passkey-removed = یک گذرکلید از حساب کاربری شما حذف شد: { $name }.
account-notices-heading = تغییرات حساب کاربری شما
account-recovered = شما از یک دعوت‌نامه بازیابی استفاده کردید. در پایین همه گذرکلیدهای حساب شما آمده است. آیا یک گذرکلید را نمی‌شناسید؟ پس آن را حذف کنید. از دستگاه‌هایی هم که نمی‌شناسید خارج شوید.
notification-recovery-issued = { $via ->
    [email] یک دعوت‌نامه بازیابی برای حساب کاربری شما با ایمیل فرستاده شد.
    [sms] یک دعوت‌نامه بازیابی برای حساب کاربری شما با پیامک فرستاده شد.
    [letter] یک دعوت‌نامه بازیابی برای حساب کاربری شما با نامه فرستاده شد.
   *[in_person] یک دعوت‌نامه بازیابی برای حساب کاربری شما در باجه تحویل داده شد.
} شما آن را نخواسته بودید؟ فوراً با { -agency(form: "short") } تماس بگیرید.
