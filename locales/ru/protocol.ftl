protocol-error-title = Протокол
protocol-facts-heading = Кратко
protocol-discloser = Кто даёт данные
protocol-recipient = Кто получает
protocol-fields = Данные
protocol-retention = Как долго данные хранят (срок хранения)
protocol-retention-years = { $years ->
    [one] не более { $years } года
    [few] не более { $years } лет
    [many] не более { $years } лет
   *[other] не более { $years } года
}
protocol-notice-period = За какое время заранее нужно сообщить о прекращении (срок предупреждения)
protocol-notice-months = { $months ->
    [one] { $months } месяц
    [few] { $months } месяца
    [many] { $months } месяцев
   *[other] { $months } месяца
}
protocol-signed-on = Дата подписания
protocol-dpo-advice = Заключение ответственных за защиту данных (инспекторов по защите данных)
protocol-dpo-discloser = { -agency(form: "short") }
protocol-dpo-recipient = { -municipality(form: "title") }
protocol-legal-basis = Почему это разрешено (правовое основание)
protocol-versions-heading = Версии
protocol-version-label = Версия { $number }
protocol-text-heading = Полный текст
protocol-translation-missing = Этого текста нет на вашем языке. Вы читаете текст на нидерландском языке.
protocol-filter-label = Поиск по тексту
protocol-filter-status = Показано частей: { $shown } из { $total }
protocol-period-bounded = С { $from } по { $until } включительно
protocol-period-open = С { $from }

protocol-state-draft = Проект
protocol-state-scheduled = Ещё не вступил в силу
protocol-state-in-force = Действует
protocol-state-terminated = Прекращён
protocol-state-expired = Срок действия истёк

protocol-error-dutch-text-required = У версии протокола всегда должен быть текст на нидерландском языке.
protocol-state-notice-given = Объявлено о расторжении
protocol-ends-on = Об этом протоколе объявлено расторжение. Последний день действия: { $day }.
