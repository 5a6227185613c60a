## The inbox.

inbox-title = Сообщения
inbox-empty = У вас нет сообщений.
inbox-new = Новое
inbox-unread = { $count ->
    [0] Новых сообщений нет.
    [one] { $count } новое сообщение.
    [few] { $count } новых сообщения.
    [many] { $count } новых сообщений.
   *[other] { $count } нового сообщения.
}
inbox-mark-read = Отметить все как прочитанные
inbox-marked-read = Все сообщения отмечены как прочитанные.
notification-unknown = Сообщение от портала.
notification-consent-give = Вы дали согласие на передачу данных получателю { $recipient }.
notification-consent-change = Вы изменили своё согласие для получателя { $recipient }.
notification-consent-withdraw = Вы отозвали своё согласие для получателя { $recipient }. Больше ничего не передаётся.
notification-correction-filed = Ваш запрос на исправление поля «{ $field }» получен. Ответ вы получите не позднее { $due }.
notification-correction-accepted = Ваш запрос на исправление поля «{ $field }» принят.
notification-correction-rejected = Ваш запрос на исправление поля «{ $field }» отклонён. Причину можно посмотреть в ваших запросах.
notification-correction-recipient-told = Данные, которые вы получили, исправлены: { $field }.
notification-correction-acknowledged = { -agency(form: "short") } рассматривает ваш запрос на исправление поля «{ $field }».
notification-correction-information-requested = У { -agency(form: "short-gen") } есть вопрос по вашему запросу на исправление поля «{ $field }». Пожалуйста, ответьте на странице вашего запроса.
notification-correction-extended = Срок по вашему запросу на исправление поля «{ $field }» продлён до { $due }. Причина указана на странице вашего запроса.
notification-correction-due-soon = По запросу на исправление ({ $field }) нужно принять решение не позднее { $due }.
notification-protocol-ending = Объявлено о расторжении протокола с получателем { $recipient }. Последний день действия: { $until }. После этого ваши данные больше не передаются.
notification-protocol-ended = Протокол с получателем { $recipient } больше не действует. Ваши данные больше не передаются. Ваша история сохраняется.
notification-consent-carried-over = Появилась новая версия протокола с получателем { $recipient }. Она требует не больше, чем предыдущая: ваш выбор по-прежнему действует.
notification-consent-review-asked = Появилась новая версия протокола с получателем { $recipient }. Она требует больше, чем предыдущая. Пожалуйста, проверьте свой выбор: на новое ваше согласие пока не распространяется.
notification-breach-notice = { $detected } у получателя { $recipient } обнаружили проблему с безопасностью. Она может касаться этих ваших данных: { $fields }. Меры уже приняты. Есть вопросы? Обратитесь к сотруднику { -agency(form: "short-gen") }, который отвечает за защиту данных: { $contact }.
notification-erasure-requested = { $count ->
    [one] { -agency(form: "short") } просит вас подтвердить удаление данных { $count } человека.
    [few] { -agency(form: "short") } просит вас подтвердить удаление данных { $count } человек.
    [many] { -agency(form: "short") } просит вас подтвердить удаление данных { $count } человек.
   *[other] { -agency(form: "short") } просит вас подтвердить удаление данных { $count } человека.
}
notification-erasure-overdue = { $count ->
    [one] { $municipality }: вовремя не подтверждено { $count } удаление.
    [few] { $municipality }: вовремя не подтверждены { $count } удаления.
    [many] { $municipality }: вовремя не подтверждено { $count } удалений.
   *[other] { $municipality }: вовремя не подтверждено { $count } удаления.
}
