person-home-title = زما لنډیز
person-home-greeting = سلام { $name }.
person-home-pilots-heading = هغه پروژې چې تاسو پورې اړه لري
person-home-consent-given = تاسو رضایت ورکړی.
person-home-no-consent = تاسو رضایت نه دی ورکړی.

person-home-data-heading = ستاسو معلومات
person-home-my-data = { -agency } ستاسو په اړه کوم معلومات لري
person-home-disclosures = ستاسو معلومات چا ترلاسه کړل
person-home-corrections = د یو معلومات د سمون غوښتنه وکړئ
person-home-notifications = { $count ->
    [0] پیغامونه
    [one] پیغامونه ({ $count } نوی)
   *[other] پیغامونه ({ $count } نوي)
}
