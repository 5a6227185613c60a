## /agency/protocols: the protocol admin drafts, publishes and ends protocol versions (art. 8, 10, 12).

protocols-title = البروتوكولات
protocols-intro = هنا تُعِدّ بروتوكولًا أو إصدارًا جديدًا، وتنشره، وتُنهي إصدارًا. لا تظهر المسودة للآخرين إلا بعد نشرها.
protocols-back = العودة إلى البروتوكولات
protocols-new-version = إعداد إصدار جديد
protocols-ends-on = ينتهي في { $day }
protocols-ending-banner = البروتوكول «{ $title }» على وشك الانتهاء: آخر يوم هو { $day }.
protocols-new-heading = بروتوكول جديد
protocols-new-title = العنوان (بالهولندية)
protocols-new-slug = الاسم المختصر في عنوان الويب
protocols-new-slug-hint = أحرف لاتينية صغيرة وأرقام وشرطات، من 3 إلى 60 حرفًا. مثلًا: ⁦agii-gent-pilot⁩.
protocols-new-recipient = السلطة المحلية التي تتلقى البيانات
protocols-new-submit = إنشاء مسودة
protocols-version-title = إصدار البروتوكول
protocols-saved = تم حفظ المسودة.
protocols-published = تم نشر الإصدار. وهو الآن معروض في الصفحة العامة.
protocols-noticed = تم تسجيل الإشعار بالإنهاء. وتم إبلاغ الأشخاص الذين منحوا موافقتهم.
protocols-terminated = تم إنهاء الإصدار. لم تعد أي بيانات تُشارَك بموجب هذا الإصدار.
protocols-public-page = الصفحة العامة لهذا الإصدار
protocols-publish-heading = النشر
protocols-ready = كل شيء جاهز للنشر.
protocols-problems = { $count ->
    [zero] لا ينقص أي عنصر قبل النشر:
    [one] لا يزال ينقص عنصر واحد قبل أن تتمكن من النشر:
    [two] لا يزال ينقص عنصران قبل أن تتمكن من النشر:
    [few] لا تزال تنقص { $count } عناصر قبل أن تتمكن من النشر:
    [many] لا يزال ينقص { $count } عنصرًا قبل أن تتمكن من النشر:
   *[other] لا يزال ينقص { $count } عنصر قبل أن تتمكن من النشر:
}
protocols-publish = نشر
protocols-publish-refused = لا يمكن النشر بعد. تجد أدناه ما ينقص.
protocols-diff-heading = الاختلافات عن الإصدار { $number }
protocols-diff-none = هذه المسودة مطابقة للإصدار الساري المفعول.
protocols-diff-added = بيانات جديدة: { $fields }
protocols-diff-removed = لم تعد تُشارَك: { $fields }
protocols-diff-texts = تغيّر النص باللغات التالية:
protocols-diff-review = يطلب هذا الإصدار أكثر من الإصدار السابق. موافقة الأشخاص لا تشمل ما هو جديد: سيُطلب منهم مراجعة اختيارهم.
protocols-draft-heading = المسودة
protocols-term-legal-basis = الأساس القانوني
protocols-term-purposes = الأغراض
protocols-purposes-hint = فيمَ تُستخدم البيانات.
protocols-term-recipients = فئات الجهات المتلقية
protocols-recipients-hint = من يحق له تلقي البيانات (المادة 4).
protocols-term-fields = البيانات (المادة 3)
protocols-fields-hint = اختر البيانات التي يشاركها البروتوكول.
protocols-term-retention = مدة الحفظ
protocols-term-signed-on = تاريخ التوقيع
protocols-term-validity = مدة السريان
protocols-term-notice-period = مهلة الإشعار
protocols-term-dpo-advice = رأي مسؤولي حماية البيانات
protocols-retention-months = مدة الحفظ بالأشهر
protocols-retention-hint = 60 شهرًا على الأكثر (5 سنوات، المادة 2).
protocols-notice-months = مهلة الإشعار بالأشهر
protocols-valid-from = ساري المفعول ابتداءً من
protocols-valid-from-hint = ليس قبل يوم النشر.
protocols-valid-until = ساري المفعول حتى (ضمنًا)
protocols-valid-until-hint = اتركه فارغًا إذا كان الإصدار يسري إلى أن يتم إنهاؤه.
protocols-advice-discloser = رأي مسؤول حماية البيانات في { -agency(form: "short") } بتاريخ
protocols-advice-recipient = رأي مسؤول حماية البيانات في السلطة المحلية بتاريخ
protocols-texts-heading = النصوص حسب اللغة
protocols-texts-hint = تحتاج كل لغة إلى نص البروتوكول ونص الموافقة. النص الهولندي هو النص الملزِم.
protocols-text-title = العنوان
protocols-text-body = نص البروتوكول
protocols-text-notice = نص الموافقة
protocols-text-purposes = الأغراض بهذه اللغة (إذا تُركت فارغة: تُعرض الأغراض بالهولندية مع ملاحظة)
protocols-save = حفظ المسودة
protocols-notice-heading = الإشعار بالإنهاء (المادة 12)
protocols-notice-hint = { $months ->
    [zero] لا توجد مهلة إشعار لهذا الإصدار. بعد ذلك لن تتم مشاركة أي بيانات. يرى الجميع تاريخ الانتهاء.
    [one] يبقى الإصدار ساري المفعول لمدة شهر واحد آخر. بعد ذلك لن تتم مشاركة أي بيانات. يرى الجميع تاريخ الانتهاء.
    [two] يبقى الإصدار ساري المفعول لمدة شهرين آخرين. بعد ذلك لن تتم مشاركة أي بيانات. يرى الجميع تاريخ الانتهاء.
    [few] يبقى الإصدار ساري المفعول لمدة { $months } أشهر أخرى. بعد ذلك لن تتم مشاركة أي بيانات. يرى الجميع تاريخ الانتهاء.
    [many] يبقى الإصدار ساري المفعول لمدة { $months } شهرًا آخر. بعد ذلك لن تتم مشاركة أي بيانات. يرى الجميع تاريخ الانتهاء.
   *[other] يبقى الإصدار ساري المفعول لمدة { $months } شهر آخر. بعد ذلك لن تتم مشاركة أي بيانات. يرى الجميع تاريخ الانتهاء.
}
protocols-end-reason = السبب
protocols-notice-submit = الإشعار بالإنهاء
protocols-terminate-heading = الإنهاء فورًا (المادة 8)
protocols-terminate-hint = فقط في حالة إخلال جسيم بالبروتوكول. ابتداءً من اليوم لن تتم مشاركة أي بيانات.
protocols-terminate-reason-hint = إلزامي. صِف الإخلال.
protocols-terminate-submit = الإنهاء فورًا
protocols-missing-legal-basis = الأساس القانوني غير موجود.
protocols-missing-purposes = الأغراض غير موجودة.
protocols-missing-recipients = فئات الجهات المتلقية غير موجودة.
protocols-missing-fields = لم يتم اختيار أي بيانات.
protocols-missing-advice-discloser = تاريخ رأي مسؤول حماية البيانات في { -agency(form: "short") } غير موجود.
protocols-missing-advice-recipient = تاريخ رأي مسؤول حماية البيانات في السلطة المحلية غير موجود.
protocols-missing-text = العنوان أو النص باللغة { $language } غير موجود.
protocols-missing-notice = نص الموافقة باللغة { $language } غير موجود.
protocols-dates-signed-after-start = يجب أن يكون التوقيع قبل أول يوم من السريان.
protocols-dates-advice-after-signing = يجب أن يكون رأي مسؤولي حماية البيانات قبل التوقيع.
protocols-dates-end-before-start = آخر يوم يقع قبل أول يوم.
protocols-dates-start-in-past = أول يوم من السريان يقع في الماضي. اختر اليوم أو تاريخًا لاحقًا.
protocols-retention-out-of-range = مدة الحفظ من شهر واحد إلى 60 شهرًا.
protocols-notice-out-of-range = مهلة الإشعار من 0 إلى 24 شهرًا.
protocols-error-too-long = هذا النص طويل جدًا.
protocols-error-day = اكتب التاريخ بهذا الشكل: ⁦YYYY-MM-DD⁩ (السنة-الشهر-اليوم).
protocols-error-not-a-draft = تم نشر هذا الإصدار ولم يعد من الممكن تغييره. أعِدّ إصدارًا جديدًا.
protocols-error-slug = استخدم من 3 إلى 60 حرفًا من الأحرف اللاتينية الصغيرة أو الأرقام أو الشرطات.
protocols-error-slug-taken = يوجد بروتوكول بهذا الاسم المختصر من قبل.
protocols-error-title-required = اكتب عنوانًا.
protocols-error-recipient = اختر سلطة محلية.
protocols-error-not-endable = هذا الإصدار لم يعد ساري المفعول أو تم إنهاؤه من قبل.
