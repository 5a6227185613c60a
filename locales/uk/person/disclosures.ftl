## Who received my data.

disclosures-title = Хто отримав мої дані?
disclosures-intro = Щоразу, коли { -municipality } або партнер запитує ваші дані, це записується тут.
disclosures-overview-heading = Огляд за отримувачами
disclosures-none = Ще ніхто не отримував ваших даних.
disclosures-partner-of = { $partner } (партнер { $municipality })
disclosures-field = Дані
disclosures-count = Скільки разів
disclosures-last = Востаннє
disclosures-times = { $count ->
    [one] { $count } раз
    [few] { $count } рази
    [many] { $count } разів
   *[other] { $count } разу
}
disclosures-timeline-heading = Усі випадки, спочатку найновіші
disclosures-filter-party = Отримувач
disclosures-filter-field = Дані
disclosures-filter-all = Усі
disclosures-filter-from = З
disclosures-filter-to = До (включно)
disclosures-filter-apply = Показати
disclosures-found = { $count ->
    [0] Нічого не знайдено.
    [one] Знайдено { $count } результат.
    [few] Знайдено { $count } результати.
    [many] Знайдено { $count } результатів.
   *[other] Знайдено { $count } результату.
}
disclosures-fields = Дані: { $fields }
disclosures-channel-ui = Переглянув працівник
disclosures-channel-api = Запитала комп’ютерна система
disclosures-channel-onward = Передано партнерові
disclosures-channel-export = В експорті даних
disclosures-purpose = Мета:
disclosures-consent = На підставі вашої згоди від { $when }: { $scopes }.
disclosures-previous = Попередня
disclosures-next = Наступна
disclosures-pages = Сторінки
disclosures-page-of = Сторінка { $page } з { $pages }
disclosures-error-date = Напишіть дату у форматі рррр-мм-дд, наприклад 2026-03-01.
disclosures-error-period = Дата початку має бути раніше за дату кінця.
