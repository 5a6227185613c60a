staff-home-title = المشاركون في مسار الاندماج ضمن المشروع التجريبي
staff-home-count = { $count ->
    [zero] لم يمنح أي شخص موافقته.
    [one] منح شخص واحد موافقته.
    [two] منح شخصان موافقتهما.
    [few] { $count } أشخاص منحوا موافقتهم.
    [many] { $count } شخصًا منحوا موافقتهم.
   *[other] { $count } شخص منحوا موافقتهم.
}
staff-home-profile-heading = ملفك الوظيفي
