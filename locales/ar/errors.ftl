error-not-found = لم نجد ما تبحث عنه.
error-forbidden = لا يحق لك الاطلاع على هذه البيانات.
error-unauthenticated = يرجى تسجيل الدخول أولاً.
error-rate-limited = طلبات كثيرة جدًا. يرجى المحاولة مرة أخرى بعد قليل.
error-internal = حدث خطأ من جهتنا. يرجى المحاولة لاحقًا.
error-unavailable = لا تستطيع البوابة الوصول إلى بياناتها الآن. لم يُحفظ أو يُغيَّر أي شيء. يرجى المحاولة مرة أخرى بعد دقيقة.
error-too-large = ما أرسلته كبير جدًا. لم يُحفظ أي شيء. يرجى تقصيره والمحاولة مرة أخرى.
error-headers-too-large = أرسل متصفحك معلومات أكثر مما تقبله البوابة، غالبًا بسبب كثرة ملفات تعريف الارتباط (cookies). لم يُحفظ أي شيء. يرجى حذف ملفات تعريف الارتباط الخاصة بهذا الموقع من متصفحك والمحاولة مرة أخرى.
error-request-timeout = استغرق وصول ما أرسلته وقتًا طويلًا جدًا، ربما لأن الاتصال بالإنترنت بطيء. لم يُحفظ أي شيء. يرجى المحاولة مرة أخرى.
error-bad-request = هذا الطلب غير مكتمل أو غير صالح.
error-reference = المرجع لمكتب المساعدة:
error-field-unknown = هذا البيان غير موجود.
error-dutch-level = اختر مستوى: أقل من A1، A1، A2، B1، B2، C1 أو C2.
error-mo-status = اختر حالة دورة التوجيه الاجتماعي.
error-language-unknown = هذه اللغة غير مدعومة.

error-forbidden-title = الوصول غير مسموح
error-operation-unknown = هذا الإجراء غير موجود.
error-role-unknown = هذا الدور غير موجود.
error-party-kind-unknown = هذا النوع من الجهات غير موجود.
error-field-category-unknown = فئة البيانات هذه غير موجودة.
error-consent-action = إجراء الموافقة هذا غير موجود.
error-consent-channel = هذه القناة غير موجودة.
error-disclosure-channel = هذه القناة غير موجودة.
error-termination-kind = طريقة الإنهاء هذه غير موجودة.
error-version-status = حالة الإصدار هذه غير موجودة.

error-refused-title = لم يتم التنفيذ
error-cross-site = جاء هذا النموذج من موقع آخر. حفاظًا على أمانك لم ننفذه. افتح البوابة نفسها وحاول مرة أخرى.
error-rate-limited-wait = { $seconds ->
    [zero] يرجى المحاولة مرة أخرى الآن.
    [one] يرجى المحاولة مرة أخرى بعد ثانية واحدة.
    [two] يرجى المحاولة مرة أخرى بعد ثانيتين.
    [few] يرجى المحاولة مرة أخرى بعد { $seconds } ثوانٍ.
    [many] يرجى المحاولة مرة أخرى بعد { $seconds } ثانية.
   *[other] يرجى المحاولة مرة أخرى بعد { $seconds } ثانية.
}
error-text-characters = يحتوي هذا النص على رموز غير مرئية، مثلًا بعد النسخ واللصق. يرجى كتابة النص من جديد.
error-title-not-found = غير موجود
error-title-forbidden = غير مسموح
error-title-unauthenticated = لم يتم التحقق من الهوية
error-title-invalid = إدخال غير صالح
error-title-refused = مرفوض بموجب البروتوكول
error-title-rate-limited = طلبات كثيرة جدًا
error-title-internal = خطأ داخلي
error-title-unavailable = غير متاح مؤقتًا
error-title-too-large = كبير جدًا
error-title-request-timeout = استغرق وقتًا طويلًا جدًا
error-token-unknown = رمز واجهة البرمجة هذا غير معروف. تحقّق من نسخه كاملًا.
error-token-revoked = تم إلغاء رمز واجهة البرمجة هذا. اطلب رمزًا جديدًا من { -agency(form: "short") }.
error-token-expired = انتهت صلاحية رمز واجهة البرمجة هذا. اطلب رمزًا جديدًا من { -agency(form: "short") }.
error-form-summary = لم يُرسَل النموذج: راجِع الحقل المرفق بشرح.
