breach-title = Порушення захисту даних
breach-intro = Про порушення захисту даних, яких стосується протокол, { -municipality } повідомляє { -agency(form: "short-dat") } негайно, не пізніше ніж через 48 годин після виявлення (стаття 6).
breach-new = Повідомити про порушення захисту даних
breach-new-title = Повідомити про порушення захисту даних
breach-rule = Повідомте протягом { $hours } год після виявлення порушення. Пізніше повідомлення буде позначено як запізніле.
breach-detected-at = Виявлено
breach-detected-at-hint = Дата й час за бельгійським часом.
breach-description = Що сталося?
breach-categories = Дані, яких це стосується
breach-categories-hint = Яких видів даних це стосується?
breach-persons = Особи, яких це стосується
breach-persons-hint = Виберіть осіб пілотного проєкту, яких це стосується, якщо ви їх знаєте.
breach-measures = Ужиті заходи
breach-submit = Надіслати повідомлення
breach-reported = Повідомлення надіслано { -agency(form: "short-dat") }.
breach-clock-deadline = Повідомити { -agency(form: "short-dat") } до
breach-clock-left = Залишилося часу
breach-clock-hours = год
breach-clock-minutes = хв
breach-clock-overdue = Строк 48 годин минув: однаково повідомте негайно.
breach-deadline = Строк повідомлення
breach-reported-at = Повідомлено
breach-late = із запізненням
breach-in-time = вчасно
breach-by-system = система { -municipality(form: "singular-gen") }
breach-municipality = { -municipality(form: "title") }
breach-history = Подальші дії { -agency(form: "short-gen") }
breach-step-acknowledged = Отримання підтвердив співробітник { -agency(form: "short-gen") } з питань захисту даних
breach-step-persons-notified = Осіб, яких це стосується, повідомлено
breach-persons-told = { $count ->
    [one] Повідомлено { $count } особу
    [few] Повідомлено { $count } особи
    [many] Повідомлено { $count } осіб
   *[other] Повідомлено { $count } особи
}
breach-acknowledge = Підтвердити отримання повідомлення
breach-notify = { $count ->
    [one] Повідомити { $count } особу, якої це стосується
    [few] Повідомити { $count } особи, яких це стосується
    [many] Повідомити { $count } осіб, яких це стосується
   *[other] Повідомити { $count } особи, яких це стосується
}
breach-notify-hint = Зробіть це, якщо інцидент, імовірно, призведе до високого ризику для прав осіб (GDPR, стаття 34). Кожна особа отримає повідомлення своєю мовою, без опису від того, хто повідомив про порушення.
