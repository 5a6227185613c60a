breach-title = Утечки данных
breach-intro = Об утечке данных, на которые распространяется протокол, { -municipality } сообщает { -agency(form: "short-dat") } немедленно, не позднее 48 часов после её обнаружения (статья 6).
breach-new = Сообщить об утечке данных
breach-new-title = Сообщить об утечке данных
breach-rule = { $hours ->
    [one] Сообщите в течение { $hours } часа после обнаружения утечки. Более позднее сообщение помечается как опоздавшее.
    [few] Сообщите в течение { $hours } часов после обнаружения утечки. Более позднее сообщение помечается как опоздавшее.
    [many] Сообщите в течение { $hours } часов после обнаружения утечки. Более позднее сообщение помечается как опоздавшее.
   *[other] Сообщите в течение { $hours } часа после обнаружения утечки. Более позднее сообщение помечается как опоздавшее.
}
breach-detected-at = Дата обнаружения
breach-detected-at-hint = Дата и время, бельгийское время.
breach-description = Что произошло?
breach-categories = Затронутые данные
breach-categories-hint = Какие виды данных затронуты?
breach-persons = Затронутые люди
breach-persons-hint = Выберите людей из пилотного проекта, которых это затронуло, если вы их знаете.
breach-measures = Принятые меры
breach-submit = Отправить сообщение
breach-reported = Сообщение отправлено в { -agency(form: "short-acc") }.
breach-clock-deadline = Сообщить { -agency(form: "short-dat") } до
breach-clock-left = Осталось
breach-clock-hours = ч
breach-clock-minutes = мин
breach-clock-overdue = Срок 48 часов прошёл: всё равно сообщите немедленно.
breach-deadline = Срок сообщения
breach-reported-at = Дата сообщения
breach-late = с опозданием
breach-in-time = вовремя
breach-by-system = система { -municipality(form: "singular-gen") }
breach-municipality = { -municipality(form: "title") }
breach-history = Действия { -agency(form: "short-gen") }
breach-step-acknowledged = Получено инспектором по защите данных (DPO) { -agency(form: "short-gen") }
breach-step-persons-notified = Затронутые люди уведомлены
breach-persons-told = { $count ->
    [one] Уведомлён { $count } человек
    [few] Уведомлены { $count } человека
    [many] Уведомлено { $count } человек
   *[other] Уведомлено { $count } человека
}
breach-acknowledge = Подтвердить получение сообщения
breach-notify = { $count ->
    [one] Уведомить затронутых людей ({ $count })
    [few] Уведомить затронутых людей ({ $count })
    [many] Уведомить затронутых людей ({ $count })
   *[other] Уведомить затронутых людей ({ $count })
}
breach-notify-hint = Сделайте это, если инцидент, вероятно, создаёт высокий риск для прав людей (GDPR, ст. 34). Каждый человек получит сообщение на своём языке, без описания, сделанного автором сообщения об утечке.
