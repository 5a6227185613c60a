staff-home-title = په آزمایښتي پروژه کې نوي راغلي کسان
staff-home-count = { $count ->
    [one] { $count } کس رضایت ورکړی.
   *[other] { $count } کسانو رضایت ورکړی.
}
staff-home-profile-heading = ستاسو د دندې پروفایل
