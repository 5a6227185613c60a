staff-home-title = تازه‌واردان در پروژه آزمایشی
staff-home-count = { $count ->
    [one] { $count } نفر رضایت داده است.
   *[other] { $count } نفر رضایت داده‌اند.
}
staff-home-profile-heading = پروفایل شغلی شما
