## Who received my data.

disclosures-title = Кто получил мои данные?
disclosures-intro = Каждый раз, когда { -municipality } или партнёр запрашивает ваши данные, это записывается здесь.
disclosures-overview-heading = Обзор по получателям
disclosures-none = Пока никто не получал ваши данные.
disclosures-partner-of = { $partner } (партнёр: { $municipality })
disclosures-field = Данные
disclosures-count = Сколько раз
disclosures-last = Последний раз
disclosures-times = { $count ->
    [one] { $count } раз
    [few] { $count } раза
    [many] { $count } раз
   *[other] { $count } раза
}
disclosures-timeline-heading = Все случаи, сначала новые
disclosures-filter-party = Получатель
disclosures-filter-field = Данные
disclosures-filter-all = Все
disclosures-filter-from = С
disclosures-filter-to = По (включительно)
disclosures-filter-apply = Показать
disclosures-found = { $count ->
    [0] Ничего не найдено.
    [one] Найден { $count } результат.
    [few] Найдено { $count } результата.
    [many] Найдено { $count } результатов.
   *[other] Найдено { $count } результата.
}
disclosures-fields = Данные: { $fields }
disclosures-channel-ui = Просмотрено сотрудником
disclosures-channel-api = Запрошено компьютерной системой
disclosures-channel-onward = Передано партнёру
disclosures-channel-export = В составе выгрузки данных
disclosures-purpose = Цель:
disclosures-consent = На основании вашего согласия от { $when }: { $scopes }.
disclosures-previous = Назад
disclosures-next = Далее
disclosures-pages = Страницы
disclosures-page-of = Страница { $page } из { $pages }
disclosures-error-date = Напишите дату в формате гггг-мм-дд, например 2026-03-01.
disclosures-error-period = Дата начала должна быть раньше даты окончания.
