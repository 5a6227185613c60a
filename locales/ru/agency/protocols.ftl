## /agency/protocols: the protocol admin drafts, publishes and ends protocol versions (art. 8, 10, 12).

protocols-title = Протоколы
protocols-intro = Здесь вы составляете протокол или новую версию, публикуете её и прекращаете действие версии. Проект становится виден другим только после публикации.
protocols-back = Назад к протоколам
protocols-new-version = Составить новую версию
protocols-ends-on = Заканчивается { $day }
protocols-ending-banner = Протокол «{ $title }» заканчивается: последний день — { $day }.
protocols-new-heading = Новый протокол
protocols-new-title = Название (на нидерландском)
protocols-new-slug = Краткое имя в веб-адресе
protocols-new-slug-hint = Строчные латинские буквы, цифры и дефисы, от 3 до 60 символов. Например: agii-gent-pilot.
protocols-new-recipient = Местная администрация, которая получает данные
protocols-new-submit = Создать проект
protocols-version-title = Версия протокола
protocols-saved = Проект сохранён.
protocols-published = Версия опубликована. Теперь она на открытой странице.
protocols-noticed = Предупреждение о расторжении зарегистрировано. Люди, которые дали согласие, получили сообщение.
protocols-terminated = Действие версии прекращено. По этой версии данные больше не передаются.
protocols-public-page = Открытая страница этой версии
protocols-publish-heading = Публикация
protocols-ready = Всё готово к публикации.
protocols-problems = { $count ->
    [one] Для публикации не хватает ещё { $count } пункта:
    [few] Для публикации не хватает ещё { $count } пунктов:
    [many] Для публикации не хватает ещё { $count } пунктов:
   *[other] Для публикации не хватает ещё { $count } пункта:
}
protocols-publish = Опубликовать
protocols-publish-refused = Опубликовать пока нельзя. Ниже указано, чего не хватает.
protocols-diff-heading = Отличия от версии { $number }
protocols-diff-none = Этот проект совпадает с действующей версией.
protocols-diff-added = Новые данные: { $fields }
protocols-diff-removed = Больше не передаются: { $fields }
protocols-diff-texts = Текст изменён на языках:
protocols-diff-review = Эта версия требует больше, чем предыдущая. Согласие людей не распространяется на новое: их попросят проверить свой выбор.
protocols-draft-heading = Проект
protocols-term-legal-basis = Правовое основание
protocols-term-purposes = Цели
protocols-purposes-hint = Для чего используются данные.
protocols-term-recipients = Категории получателей
protocols-recipients-hint = Кто может получать данные (ст. 4).
protocols-term-fields = Данные (ст. 3)
protocols-fields-hint = Выберите данные, которые передаются по протоколу.
protocols-term-retention = Срок хранения
protocols-term-signed-on = Дата подписания
protocols-term-validity = Срок действия
protocols-term-notice-period = Срок предупреждения о расторжении
protocols-term-dpo-advice = Заключения инспекторов по защите данных (DPO)
protocols-retention-months = Срок хранения в месяцах
protocols-retention-hint = Не более 60 месяцев (5 лет, ст. 2).
protocols-notice-months = Срок предупреждения о расторжении в месяцах
protocols-valid-from = Действует с
protocols-valid-from-hint = Не раньше дня публикации.
protocols-valid-until = Действует по (включительно)
protocols-valid-until-hint = Оставьте пустым, если версия действует до прекращения.
protocols-advice-discloser = Дата заключения DPO { -agency(form: "short-gen") }
protocols-advice-recipient = Дата заключения DPO местной администрации
protocols-texts-heading = Тексты по языкам
protocols-texts-hint = Для каждого языка нужны текст протокола и текст о согласии. Обязательную силу имеет текст на нидерландском языке.
protocols-text-title = Название
protocols-text-body = Текст протокола
protocols-text-notice = Текст о согласии
protocols-text-purposes = Цели на этом языке (если пусто: показываются цели на нидерландском языке с пометкой)
protocols-save = Сохранить проект
protocols-notice-heading = Расторжение с предупреждением (ст. 12)
protocols-notice-hint = { $months ->
    [one] Версия будет действовать ещё { $months } месяц. После этого данные больше не передаются. Дату окончания видят все.
    [few] Версия будет действовать ещё { $months } месяца. После этого данные больше не передаются. Дату окончания видят все.
    [many] Версия будет действовать ещё { $months } месяцев. После этого данные больше не передаются. Дату окончания видят все.
   *[other] Версия будет действовать ещё { $months } месяца. После этого данные больше не передаются. Дату окончания видят все.
}
protocols-end-reason = Причина
protocols-notice-submit = Объявить о расторжении
protocols-terminate-heading = Прекратить немедленно (ст. 8)
protocols-terminate-hint = Только если протокол серьёзно нарушен. С сегодняшнего дня данные не передаются.
protocols-terminate-reason-hint = Обязательно. Опишите нарушение.
protocols-terminate-submit = Прекратить немедленно
protocols-missing-legal-basis = Не указано правовое основание.
protocols-missing-purposes = Не указаны цели.
protocols-missing-recipients = Не указаны категории получателей.
protocols-missing-fields = Не выбраны данные.
protocols-missing-advice-discloser = Не указана дата заключения DPO { -agency(form: "short-gen") }.
protocols-missing-advice-recipient = Не указана дата заключения DPO местной администрации.
protocols-missing-text = Нет названия или текста на языке: { $language }.
protocols-missing-notice = Нет текста о согласии на языке: { $language }.
protocols-dates-signed-after-start = Подписание должно быть раньше первого дня действия.
protocols-dates-advice-after-signing = Заключения DPO должны быть получены до подписания.
protocols-dates-end-before-start = Последний день раньше первого дня.
protocols-dates-start-in-past = Первый день действия уже в прошлом. Выберите сегодняшний день или более поздний.
protocols-retention-out-of-range = Срок хранения — от 1 до 60 месяцев.
protocols-notice-out-of-range = Срок предупреждения о расторжении — от 0 до 24 месяцев.
protocols-error-too-long = Этот текст слишком длинный.
protocols-error-day = Укажите дату в формате ГГГГ-ММ-ДД.
protocols-error-not-a-draft = Эта версия уже опубликована, её больше нельзя изменить. Составьте новую версию.
protocols-error-slug = Используйте от 3 до 60 строчных латинских букв, цифр или дефисов.
protocols-error-slug-taken = Протокол с таким кратким именем уже есть.
protocols-error-title-required = Укажите название.
protocols-error-recipient = Выберите местную администрацию.
protocols-error-not-endable = Эта версия больше не действует или её действие уже прекращено.
