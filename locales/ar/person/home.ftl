person-home-title = صفحتي
person-home-greeting = مرحبًا { $name }.
person-home-left-the-pilot = انتهى مسارك لدى { -agency(form: "short") } بتاريخ { $date }. لم تعد موافقتك سارية: لم تعد بياناتك تُشارَك مع أي أحد. وما تمت مشاركته من قبل يبقى معروضًا في هذه الصفحات.
person-home-pilots-heading = المشاريع التي تخصّك
person-home-consent-given = لقد منحت موافقتك.
person-home-no-consent = لم تمنح موافقتك.

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
