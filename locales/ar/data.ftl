## بياناتي (المادة 15 من اللائحة العامة لحماية البيانات)، ومن تلقّاها، وطلبات التصحيح (المادة 7)، والرسائل.

person-home-data-heading = بياناتك
person-home-my-data = البيانات التي تحتفظ بها { -agency } عنك
person-home-disclosures = من تلقّى بياناتك
person-home-corrections = طلب تصحيح بيان
person-home-notifications = { $count ->
    [0] الرسائل
    [zero] الرسائل
    [one] الرسائل (رسالة جديدة واحدة)
    [two] الرسائل (رسالتان جديدتان)
    [few] الرسائل ({ $count } رسائل جديدة)
    [many] الرسائل ({ $count } رسالة جديدة)
   *[other] الرسائل ({ $count } رسالة جديدة)
}

field-value-none = (غير معروف)
dutch-level-below-a1 = لم يصل إلى A1 بعد
mo-status-not-started = لم تبدأ بعد
mo-status-in-progress = جارية
mo-status-completed = مكتملة
mo-status-exempt = معفى منها

my-data-title = بياناتي
my-data-intro = هذه كل البيانات التي تحتفظ بها { -agency } عنك: لماذا، ومن يتلقاها، وكم من الوقت تُحفظ.
my-data-dossier = رقم الملف { $dossier }
my-data-updated = آخر تعديل في { $when }
my-data-fields-caption = بياناتك
my-data-field = البيان
my-data-value = ما نحتفظ به
my-data-actions = الإجراءات
my-data-correct-link = طلب التصحيح
my-data-processing-heading = لأي غرض ومع من
my-data-purposes = لماذا
my-data-legal-basis = الأساس القانوني
my-data-fields = أي بيانات
my-data-partners = شركاء البلدية
my-data-no-partners = لا يوجد
my-data-retention = إلى متى
my-data-period = الفترة
my-data-open-ended = بدون تاريخ انتهاء
my-data-consent-link = عرض موافقتي أو تعديلها
my-data-more-heading = المزيد
my-data-disclosures-link = من تلقّى أي بيانات؟
my-data-corrections-link = طلبات التصحيح الخاصة بي
my-data-export-link = تنزيل كل شيء (JSON)
my-data-export-hint = ملف فيه بياناتك، وموافقاتك، ومن تلقّى ماذا، وطلباتك.

disclosures-title = من تلقّى بياناتي؟
disclosures-intro = في كل مرة تطلب فيها بلدية أو شريك بياناتك، يُسجَّل ذلك هنا.
disclosures-overview-heading = نظرة عامة حسب الجهة المتلقية
disclosures-none = لم يتلقَّ أحد بياناتك حتى الآن.
disclosures-partner-of = { $partner } (شريك لـ{ $municipality })
disclosures-field = البيان
disclosures-count = كم مرة
disclosures-last = آخر مرة
disclosures-times = { $count ->
    [zero] ولا مرة
    [one] مرة واحدة
    [two] مرتان
    [few] { $count } مرات
    [many] { $count } مرة
   *[other] { $count } مرة
}
disclosures-timeline-heading = كل المرات، الأحدث أولًا
disclosures-filter-party = الجهة المتلقية
disclosures-filter-field = البيان
disclosures-filter-all = الكل
disclosures-filter-from = من
disclosures-filter-to = حتى (ضمنًا)
disclosures-filter-apply = عرض
disclosures-found = { $count ->
    [0] لم يُعثر على أي شيء.
    [zero] لم يُعثر على أي شيء.
    [one] تم العثور على نتيجة واحدة.
    [two] تم العثور على نتيجتين.
    [few] تم العثور على { $count } نتائج.
    [many] تم العثور على { $count } نتيجة.
   *[other] تم العثور على { $count } نتيجة.
}
disclosures-fields = البيانات: { $fields }
disclosures-channel-ui = اطّلع عليها موظف
disclosures-channel-api = طلبها نظام حاسوبي
disclosures-channel-onward = نُقلت إلى شريك
disclosures-channel-export = ضمن ملف تصدير
disclosures-purpose = الغرض:
disclosures-consent = بناءً على موافقتك بتاريخ { $when }: { $scopes }.
disclosures-previous = السابق
disclosures-next = التالي
disclosures-pages = الصفحات
disclosures-page-of = الصفحة { $page } من { $pages }
disclosures-error-date = اكتب التاريخ بهذا الشكل: ⁦yyyy-mm-dd⁩ (السنة-الشهر-اليوم)، مثلًا ⁦2026-03-01⁩.
disclosures-error-period = يجب أن يكون تاريخ البداية قبل تاريخ النهاية.

corrections-title = طلبات التصحيح الخاصة بي
corrections-intro = هل هناك بيان غير صحيح؟ اطلب من { -agency } تصحيحه. ستتلقى ردًا خلال شهر واحد.
corrections-new-button = طلب تصحيح بيان
corrections-none = لم تقدّم أي طلب بعد.
corrections-deadline = قُدّم في { $received } · الرد في موعد أقصاه { $due }
corrections-decided-on = قُدّم في { $received } · صدر القرار في { $decided }
corrections-due-label = آخر موعد للرد:
corrections-new-title = طلب تصحيح بيان
corrections-new-intro = اختر البيان، واكتب ما هو الصحيح، واشرح السبب باختصار.
corrections-current-caption = ما نحتفظ به الآن
corrections-field-label = أي بيان؟
corrections-value-label = ما هو الصحيح؟
corrections-value-hint = مثلًا رقم هاتف مثل ⁦0470 12 34 56⁩، أو مستوى مثل B1.
corrections-statement-label = لماذا؟
corrections-statement-hint = { $max } حرف على الأكثر.
corrections-submit = تقديم الطلب
corrections-back = العودة إلى طلباتي
correction-hint-given-name = اسمك الشخصي كما هو في بطاقة هويتك.
correction-hint-family-name = اسم عائلتك كما هو في بطاقة هويتك.
correction-hint-address = الشارع ورقم المنزل والرمز البريدي والبلدية.
correction-hint-phone = مثلًا ⁦0470 12 34 56⁩ أو ⁦+32 470 12 34 56⁩.
correction-hint-email = مثلًا ⁦name@example.be⁩.
correction-hint-contact-language = اختر اللغة التي تريد أن تتلقى بها الرسائل.
correction-hint-dutch-level = اختر مستواك (A1، A2، B1، B2، C1 أو C2).
correction-hint-mo-status = اختر المرحلة التي وصلت إليها في الدورة.
correction-title = طلب تصحيح
correction-filed = تم تقديم طلبك. سترد عليك { -agency } خلال شهر واحد.
correction-current = ما كنا نحتفظ به
correction-proposed = ما تقترحه
correction-pending = تدرس { -agency } طلبك. وإلى أن يصدر القرار، ترى الجهات المتلقية أن هذا البيان محلّ اعتراض.
correction-accepted = تم قبول طلبك، وتم تصحيح البيان.
correction-parties-told = تم إبلاغ هذه الجهات المتلقية بالتصحيح: { $parties }.
correction-told-nobody = لا أحد (لم يتلقَّ أحد هذا البيان)
correction-rejected = تم رفض طلبك.
correction-reason = السبب:
correction-complaint = هل أنت غير موافق؟ يمكنك تقديم شكوى لدى ⁦Vlaamse Toezichtcommissie (www.vlaamsetoezichtcommissie.be)⁩.
correction-extended = تم تمديد المهلة. السبب:
correction-status-open = تم الاستلام
correction-status-acknowledged = قيد المعالجة
correction-status-accepted = مقبول
correction-status-rejected = مرفوض

correction-error-value-empty = اكتب ما هو الصحيح.
correction-error-value-too-long = هذا طويل جدًا: 300 حرف على الأكثر.
correction-error-value-characters = يحتوي النص على رموز غير مسموح بها هنا.
correction-error-name = يتكوّن الاسم من حروف، 100 حرف على الأكثر.
correction-error-address = اكتب العنوان كاملًا: الشارع ورقم المنزل والرمز البريدي والبلدية.
correction-error-phone = رقم الهاتف هذا غير صالح. اكتبه بهذا الشكل: ⁦0470 12 34 56⁩ أو ⁦+32 470 12 34 56⁩.
correction-error-email = عنوان البريد الإلكتروني هذا غير صالح. اكتبه بهذا الشكل: ⁦name@example.be⁩.
correction-error-language = اختر لغة من لغات البوابة: nl أو en أو fr أو ar.
correction-error-dutch-level = هذا ليس مستوى. اكتب A1 أو A2 أو B1 أو B2 أو C1 أو C2.
correction-error-mo-status = اختر أحد الخيارات: لم تبدأ بعد، جارية، مكتملة أو معفى منها.
correction-error-statement-empty = اشرح باختصار لماذا البيان غير صحيح.
correction-error-statement-too-long = شرحك طويل جدًا: 1000 حرف على الأكثر.
correction-error-unchanged = هذا هو نفس ما نحتفظ به بالفعل.
correction-error-already-pending = يوجد بالفعل طلب قيد المعالجة لهذا البيان. انتظر الرد.
correction-error-already-decided = تم اتخاذ قرار بشأن هذا الطلب من قبل.
correction-error-reason-required = اذكر السبب.

inbox-title = الرسائل
inbox-empty = ليست لديك أي رسائل.
inbox-new = جديدة
inbox-unread = { $count ->
    [0] لا توجد رسائل جديدة.
    [zero] لا توجد رسائل جديدة.
    [one] رسالة جديدة واحدة.
    [two] رسالتان جديدتان.
    [few] { $count } رسائل جديدة.
    [many] { $count } رسالة جديدة.
   *[other] { $count } رسالة جديدة.
}
inbox-mark-read = تحديد الكل كمقروء
inbox-marked-read = تم تحديد كل الرسائل كمقروءة.
notification-unknown = رسالة من البوابة.
notification-consent-give = لقد منحت موافقتك على مشاركة البيانات مع { $recipient }.
notification-consent-change = لقد عدّلت موافقتك بشأن { $recipient }.
notification-consent-withdraw = لقد سحبت موافقتك بشأن { $recipient }. لن تتم مشاركة أي شيء بعد الآن.
notification-correction-filed = تم استلام طلبك لتصحيح { $field }. الرد في موعد أقصاه { $due }.
notification-correction-accepted = تم قبول طلبك لتصحيح { $field }.
notification-correction-rejected = تم رفض طلبك لتصحيح { $field }. اطّلع على السبب في صفحة طلباتك.
notification-correction-recipient-told = تم تصحيح بيان تلقيته: { $field }.
