## الرسائل.

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
notification-correction-acknowledged = { -agency(form: "short") } تعالج طلبك لتصحيح { $field }.
notification-correction-information-requested = لدى { -agency(form: "short") } سؤال حول طلبك لتصحيح { $field }. أجب في صفحة طلبك.
notification-correction-extended = تم تمديد المهلة لطلبك لتصحيح { $field } حتى { $due }. تجد السبب في صفحة طلبك.
notification-correction-due-soon = يجب البتّ في طلب تصحيح ({ $field }) في موعد أقصاه { $due }.
notification-protocol-ending = تم الإشعار بإنهاء البروتوكول مع { $recipient }. آخر يوم هو { $until }. بعد ذلك لن تتم مشاركة بياناتك.
notification-protocol-ended = البروتوكول مع { $recipient } لم يعد ساري المفعول. لم تعد بياناتك تُشارَك. يبقى سجل اختياراتك محفوظًا.
notification-consent-carried-over = يوجد إصدار جديد من البروتوكول مع { $recipient }. لا يطلب أكثر من الإصدار السابق: يبقى اختيارك ساريًا.
notification-consent-review-asked = يوجد إصدار جديد من البروتوكول مع { $recipient }. يطلب أكثر من الإصدار السابق. راجع اختيارك: موافقتك لا تشمل بعدُ ما هو جديد.
notification-breach-notice = اكتُشفت لدى { $recipient } بتاريخ { $detected } مشكلة في الأمان. قد تمسّ المشكلة هذه البيانات الخاصة بك: { $fields }. تم اتخاذ إجراءات. هل لديك أسئلة؟ تواصل مع مسؤول الخصوصية في { -agency(form: "short") }: { $contact }.
notification-erasure-requested = { $count ->
    [zero] تطلب منك { -agency(form: "short") } تأكيد محو بيانات { $count } شخص.
    [one] تطلب منك { -agency(form: "short") } تأكيد محو بيانات شخص واحد.
    [two] تطلب منك { -agency(form: "short") } تأكيد محو بيانات شخصين.
    [few] تطلب منك { -agency(form: "short") } تأكيد محو بيانات { $count } أشخاص.
    [many] تطلب منك { -agency(form: "short") } تأكيد محو بيانات { $count } شخصًا.
   *[other] تطلب منك { -agency(form: "short") } تأكيد محو بيانات { $count } شخص.
}
notification-erasure-overdue = { $count ->
    [zero] لم تؤكّد السلطة المحلية { $municipality } في الموعد { $count } عملية محو.
    [one] لم تؤكّد السلطة المحلية { $municipality } في الموعد عملية محو واحدة.
    [two] لم تؤكّد السلطة المحلية { $municipality } في الموعد عمليتَي محو.
    [few] لم تؤكّد السلطة المحلية { $municipality } في الموعد { $count } عمليات محو.
    [many] لم تؤكّد السلطة المحلية { $municipality } في الموعد { $count } عملية محو.
   *[other] لم تؤكّد السلطة المحلية { $municipality } في الموعد { $count } عملية محو.
}
