admin-title = مدیریت پروتکل
admin-invitations-heading = دعوت‌نامه‌ها
admin-invitation-for = برای
admin-invitation-person = تازه‌وارد
admin-created = ساخته شده
admin-expires = معتبر تا
admin-status = وضعیت
admin-invitation-status-open = باز
admin-invitation-status-redeemed = استفاده شده
admin-invitation-status-revoked = پس گرفته شده
admin-invitation-status-expired = منقضی شده
admin-clients-heading = اتصال‌های API
admin-client-name = نام
admin-client-for = طرف و پروفایل شغلی
admin-client-active = فعال
admin-client-revoked = پس گرفته شده

staff-error-role-not-for-party = این نقش به این نوع سازمان تعلق ندارد.
staff-error-separation-of-duties = فقط کارمندانی که پروفایل شغلی دارند می‌توانند داده‌ها را بخوانند؛ مدیران نمی‌توانند (تفکیک وظایف).
staff-error-profile-not-of-party = این پروفایل شغلی به سازمان شما تعلق ندارد.
admin-error-client-name = برای اتصال یک نام حداکثر 120 حرف‌ای بنویسید.
admin-error-no-such-person = هیچ تازه‌واردی با این شماره پرونده وجود ندارد.
admin-working = یک لحظه…
admin-issued-link = لینک دعوت
admin-issued-code = کد برای تایپ کردن
admin-issued-token = توکن API
admin-shown-once = این فقط یک بار نشان داده می‌شود. همین الان آن را منتقل کنید؛ ما آن را نگه نمی‌داریم.
admin-dossier-ref = شماره پرونده
admin-party = سازمان
admin-role = نقش
admin-profile = پروفایل شغلی
admin-no-profile = هیچ (فقط برای کارمندان دارای پروفایل شغلی)
admin-invite-person-heading = دعوت از یک تازه‌وارد
admin-invite-staff-heading = دعوت از یک کارمند
admin-invite-submit = ساختن دعوت‌نامه
admin-revoke = پس گرفتن
admin-revoked = پس گرفته شد.
admin-issued-title = ساخته شد
admin-issued-valid-until = معتبر تا { $when }.
admin-issued-nothing = اینجا چیزی برای نمایش نیست: آنچه ساخته‌اید فقط یک بار نشان داده می‌شود.
admin-back = بازگشت به مدیریت پروتکل
admin-client-expires-days = مدت اعتبار (تعداد روز؛ خالی = بدون انقضا)
admin-error-expiry = تعداد روزها را بین 1 و 3650 وارد کنید، یا خانه را خالی بگذارید.

admin-assisted-consent-link = ثبت رضایتی که روی کاغذ داده شده

admin-handover-legend = اگر این شخص از قبل حساب کاربری دارد (بازیابی)
admin-handover-hint = دعوت‌نامه اول (وقتی هنوز گذرکلیدی نیست) در مرحله بعد به شما نشان داده می‌شود، برای باجه یا برای نامه. دعوت‌نامه‌ای که یک حساب کاربری موجود را باز می‌کند، هرگز فقط به شما نشان داده نمی‌شود.
admin-handover-delivered = فرستادن به اطلاعات تماس ثبت‌شده (ایمیل، وگرنه پیامک، وگرنه نامه)
admin-handover-in-person = تحویل در باجه: اول یک مدیر پروتکل دوم تأیید می‌کند
admin-four-eyes-hint = اول یک مدیر پروتکل دوم این را تأیید می‌کند؛ سپس شما آن را اینجا، یک بار، می‌سازید.
admin-request-submit = درخواست تأیید
admin-requests-heading = درخواست‌ها برای مدیر پروتکل دوم
admin-requests-intro = فقط چیزی را تأیید کنید که خودتان می‌توانید بررسی کنید. کسی که درخواستی داده نمی‌تواند آن را تأیید کند.
admin-requests-empty = هیچ درخواستی وجود ندارد.
admin-request-what = چه چیزی
admin-request-by = درخواست‌کننده
admin-request-action = عملیات
admin-approval-kind-staff-invitation = دعوت‌نامه کارمند
admin-approval-kind-api-client = کلاینت API
admin-approval-kind-person-recovery = بازیابی در باجه
admin-approval-client-days = { $days ->
    [one] معتبر برای { $days } روز
   *[other] معتبر برای { $days } روز
}
admin-approval-client-no-expiry = بدون انقضا
admin-approval-status-pending = در انتظار تأیید
admin-approval-status-approved = تأیید شده
admin-approval-status-refused = رد شده
admin-approval-status-issued = ساخته شده
admin-approval-status-lapsed = از اعتبار افتاده
admin-approval-decided-by = تصمیم‌گیرنده: { $name }
admin-approval-yours = درخواست شما: یک مدیر پروتکل دیگر تصمیم می‌گیرد.
admin-approve = تأیید
admin-refuse = رد
admin-issue-now = ساختن همین حالا
admin-approved-done = تأیید شد. درخواست‌کننده اکنون می‌تواند آن را بسازد.
admin-refused-done = رد شد.
admin-delivered = { $channel ->
    [email] دعوت‌نامه بازیابی با ایمیل به { $to } فرستاده می‌شود.
    [sms] دعوت‌نامه بازیابی با پیامک به { $to } فرستاده می‌شود.
   *[letter] دعوت‌نامه بازیابی با نامه به { $to } فرستاده می‌شود.
}
admin-delivered-not-shown = این شخص از قبل حساب کاربری دارد. لینک و کد فقط به خود شخص فرستاده می‌شود؛ شما آن‌ها را نمی‌بینید.
admin-delivered-told = به شخص در درگاه و از طریق همه کانال‌های دیگر ثبت‌شده هم خبر داده می‌شود. دعوت‌نامه‌های قبلی پس گرفته شده‌اند.
admin-requested = درخواست { $id } ({ $kind }) در انتظار یک مدیر پروتکل دوم است.
admin-requested-next = پس از تأیید، آن را در صفحه مدیریت پروتکل، زیر بخش درخواست‌ها، می‌سازید. در آن هنگام یک بار نشان داده می‌شود.
admin-error-no-such-request = این درخواست وجود ندارد.
admin-error-no-such-party = این سازمان وجود ندارد.
admin-error-handover = انتخاب کنید که دعوت‌نامه چگونه به شخص برسد: فرستاده شود یا در باجه تحویل داده شود.
admin-error-decision = تأیید یا رد را انتخاب کنید.
admin-error-approval-role = فقط مدیر پروتکل { -agency(form: "short") } درباره درخواست‌ها تصمیم می‌گیرد.
admin-error-approval-own = نمی‌توانید درخواست خودتان را تأیید یا رد کنید: این کار را یک مدیر پروتکل دیگر انجام می‌دهد.
admin-error-approval-decided = درباره این درخواست قبلاً تصمیم گرفته شده، یا از اعتبار افتاده است.
admin-error-approval-not-yours = فقط کسی که درخواست را داده آن را می‌سازد.
admin-error-approval-pending = این درخواست هنوز در انتظار تأیید یک مدیر پروتکل دیگر است.
admin-error-approval-issued = این درخواست قبلاً ساخته شده است. آنچه آن زمان نشان داده شد، دوباره نشان داده نمی‌شود.
admin-error-approval-not-approved = این درخواست رد شده یا از اعتبار افتاده است. در صورت نیاز یک درخواست جدید بدهید.
admin-registers-link = دفترهای ثبت { -municipality(form: "plural") }
staff-error-invitee-name-required = نام کارمند را بنویسید.
staff-error-invitee-name-too-long = نام خیلی طولانی است (حداکثر 200 حرف).
staff-error-invitee-contact = یک آدرس ایمیل یا شماره تلفن معتبر بنویسید.
staff-error-disable-self = نمی‌توانید خودتان را غیرفعال کنید.
admin-protocols-link = پیش‌نویس، انتشار و پایان دادن پروتکل‌ها
admin-client-agency-system = سامانه پیگیری مراجعان (بدون پروفایل شغلی)
admin-error-client-needs-profile = اتصال بدون پروفایل شغلی فقط برای سامانه پیگیری مراجعانِ خودِ { -agency(form: "short") } است؛ اتصال یک { -municipality } داده‌ها را با پروفایل شغلی می‌خواند.
