protocol-error-title = پروتکل
protocol-facts-heading = به طور خلاصه
protocol-discloser = دهنده اطلاعات
protocol-recipient = گیرنده
protocol-fields = اطلاعات
protocol-retention = تا چه مدت نگه داشته می‌شود (مدت نگهداری)
protocol-retention-years = { $years ->
    [one] حداکثر { $years } سال
   *[other] حداکثر { $years } سال
}
protocol-notice-period = چه مدت پیش از پایان باید خبر داد (مهلت اعلام فسخ)
protocol-notice-months = { $months ->
    [one] { $months } ماه
   *[other] { $months } ماه
}
protocol-signed-on = تاریخ امضا
protocol-dpo-advice = نظر مسئولان حریم خصوصی (مسئولان حفاظت از داده‌ها)
protocol-dpo-discloser = { -agency(form: "short") }
protocol-dpo-recipient = { -municipality(form: "title") }
protocol-legal-basis = چرا این کار مجاز است (مبنای قانونی)
protocol-versions-heading = نسخه‌ها
protocol-version-label = نسخه { $number }
protocol-text-heading = متن کامل
protocol-translation-missing = این متن به زبان شما وجود ندارد. شما متن هلندی را می‌خوانید.
protocol-filter-label = جستجو در متن
protocol-filter-status = نمایش { $shown } بخش از { $total } بخش
protocol-period-bounded = از { $from } تا پایان { $until }
protocol-period-open = از { $from }

protocol-state-draft = پیش‌نویس
protocol-state-scheduled = هنوز اجرایی نشده
protocol-state-in-force = در حال اجرا
protocol-state-terminated = پایان داده شده
protocol-state-expired = منقضی شده

protocol-error-dutch-text-required = هر نسخه پروتکل همیشه به متن هلندی نیاز دارد.
protocol-state-notice-given = فسخ اعلام شده
protocol-ends-on = فسخ این پروتکل اعلام شده است. آخرین روز { $day } است.
