## Who received my data.

disclosures-title = زما معلومات چا ترلاسه کړل؟
disclosures-intro = هر ځل چې یوه { -municipality } یا همکار سازمان ستاسو معلومات غواړي، دلته ثبتېږي.
disclosures-overview-heading = د هر ترلاسه کوونکي لنډیز
disclosures-none = تر اوسه هېچا ستاسو معلومات نه دي ترلاسه کړي.
disclosures-partner-of = { $partner } (د { $municipality } همکار)
disclosures-field = معلومات
disclosures-count = څو ځله
disclosures-last = وروستی ځل
disclosures-times = { $count ->
    [one] { $count } ځل
   *[other] { $count } ځله
}
disclosures-timeline-heading = هر ځل، له نوي څخه تر زاړه
disclosures-filter-party = ترلاسه کوونکی
disclosures-filter-field = معلومات
disclosures-filter-all = ټول
disclosures-filter-from = له
disclosures-filter-to = تر (په ګډون)
disclosures-filter-apply = وښایاست
disclosures-found = { $count ->
    [0] هېڅ شی ونه موندل شو.
    [one] { $count } پایله وموندل شوه.
   *[other] { $count } پایلې وموندل شوې.
}
disclosures-fields = معلومات: { $fields }
disclosures-channel-ui = د یو کارکوونکي له خوا کتل شوي
disclosures-channel-api = د یو کمپیوټري سیسټم له خوا غوښتل شوي
disclosures-channel-onward = یو همکار سازمان ته ورکړل شوي
disclosures-channel-export = په یو صادر شوي فایل (export) کې
disclosures-purpose = موخه:
disclosures-consent = ستاسو د { $when } د رضایت پر بنسټ: { $scopes }.
disclosures-previous = مخکینۍ
disclosures-next = بله
disclosures-pages = پاڼې
disclosures-page-of = پاڼه { $page } له { $pages } څخه
disclosures-error-date = نېټه داسې ولیکئ: ⁦yyyy-mm-dd⁩ (کال-میاشت-ورځ)، د بېلګې په توګه ⁦2026-03-01⁩.
disclosures-error-period = د پیل نېټه باید د پای له نېټې مخکې وي.
