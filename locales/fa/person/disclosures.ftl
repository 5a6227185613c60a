## Who received my data.

disclosures-title = چه کسی اطلاعات مرا گرفته است؟
disclosures-intro = هر بار که یک { -municipality } یا یک سازمان همکار اطلاعات شما را درخواست کند، اینجا ثبت می‌شود.
disclosures-overview-heading = خلاصه برای هر گیرنده
disclosures-none = هنوز هیچ کس اطلاعات شما را نگرفته است.
disclosures-partner-of = { $partner } (سازمان همکار { $municipality })
disclosures-field = مورد
disclosures-count = چند بار
disclosures-last = آخرین بار
disclosures-times = { $count ->
    [one] { $count } بار
   *[other] { $count } بار
}
disclosures-timeline-heading = همه دفعات، جدیدترین اول
disclosures-filter-party = گیرنده
disclosures-filter-field = مورد
disclosures-filter-all = همه
disclosures-filter-from = از
disclosures-filter-to = تا پایان
disclosures-filter-apply = نمایش
disclosures-found = { $count ->
    [0] چیزی پیدا نشد.
    [one] { $count } نتیجه پیدا شد.
   *[other] { $count } نتیجه پیدا شد.
}
disclosures-fields = اطلاعات: { $fields }
disclosures-channel-ui = یک کارمند آن را دید
disclosures-channel-api = یک سیستم کامپیوتری آن را درخواست کرد
disclosures-channel-onward = به یک سازمان همکار داده شد
disclosures-channel-export = در یک خروجی (export)
disclosures-purpose = هدف:
disclosures-consent = بر اساس رضایت شما در { $when }: { $scopes }.
disclosures-previous = قبلی
disclosures-next = بعدی
disclosures-pages = صفحه‌ها
disclosures-page-of = صفحه { $page } از { $pages }
disclosures-error-date = تاریخ را به شکل ⁦yyyy-mm-dd⁩ (سال-ماه-روز) بنویسید، برای مثال ⁦2026-03-01⁩.
disclosures-error-period = تاریخ شروع باید پیش از تاریخ پایان باشد.
