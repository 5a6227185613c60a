account-title = الحساب والوصول
account-passkeys-heading = مفاتيح المرور الخاصة بك
account-passkey-added = أُضيف في { $when }
account-passkey-last-used = آخر استخدام في { $when }
account-passkey-never-used = لم يُستخدم بعد
account-passkey-remove = حذف
account-passkey-remove-label = حذف مفتاح المرور { $name }
account-passkey-removed = تم حذف مفتاح المرور.
account-passkey-last-one = هذا هو مفتاح المرور الوحيد لديك. أضف مفتاحًا آخر أولاً، ثم احذف هذا المفتاح.
account-passkey-add-heading = إضافة مفتاح مرور
account-passkey-add-button = تأكيد وإضافة
account-sessions-heading = الأجهزة التي سجّلت الدخول منها
account-session-since = تم تسجيل الدخول في { $when }
account-session-current = هذا الجهاز
account-session-end = تسجيل الخروج على هذا الجهاز
account-session-ended = تم تسجيل خروجك على ذلك الجهاز.
account-session-unknown-device = جهاز غير معروف

notification-passkey-added = تمت إضافة مفتاح مرور إلى حسابك: { $name }.
notification-passkey-removed = تم حذف مفتاح مرور من حسابك: { $name }.
account-notices-heading = التغييرات على حسابك
account-recovered = لقد استخدمت دعوة استعادة. تجد أدناه كل مفاتيح المرور في حسابك. هل هناك مفتاح لا تعرفه؟ احذفه إذن. وسجّل الخروج أيضًا على الأجهزة التي لا تعرفها.
notification-recovery-issued = { $via ->
    [email] أُرسلت دعوة استعادة لحسابك بالبريد الإلكتروني.
    [sms] أُرسلت دعوة استعادة لحسابك برسالة نصية.
    [letter] أُرسلت دعوة استعادة لحسابك برسالة بريدية.
   *[in_person] سُلّمت دعوة استعادة لحسابك في الشباك.
} ألم تطلبها؟ تواصل مع { -agency(form: "short") } فورًا.
