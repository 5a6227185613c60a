person-home-title = زما لنډیز
person-home-greeting = سلام { $name }.
person-home-left-the-pilot = ستاسو پروګرام له { -agency(form: "short-obl") } سره په { $date } پای ته ورسېد. ستاسو رضایت نور اعتبار نه لري: ستاسو معلومات نور له هېچا سره نه شریکېږي. هغه څه چې مخکې شریک شوي، په دې پاڼو کې پاتې کېږي.
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
