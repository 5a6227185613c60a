person-home-title = خلاصه من
person-home-greeting = سلام { $name }.
person-home-left-the-pilot = برنامه شما در { -agency(form: "short") } در تاریخ { $date } به پایان رسید. رضایت شما دیگر اعتبار ندارد: اطلاعات شما دیگر با هیچ کس به اشتراک گذاشته نمی‌شود. آنچه قبلاً به اشتراک گذاشته شده، در این صفحه‌ها باقی می‌ماند.
person-home-pilots-heading = پروژه‌هایی که به شما مربوط است
person-home-consent-given = شما رضایت داده‌اید.
person-home-no-consent = شما رضایت نداده‌اید.

person-home-data-heading = اطلاعات شما
person-home-my-data = { -agency } چه اطلاعاتی درباره شما دارد
person-home-disclosures = چه کسی اطلاعات شما را گرفته است
person-home-corrections = درخواست اصلاح یک مورد
person-home-notifications = { $count ->
    [0] پیام‌ها
    [one] پیام‌ها ({ $count } پیام جدید)
   *[other] پیام‌ها ({ $count } پیام جدید)
}
