## /agency/protocols: the protocol admin drafts, publishes and ends protocol versions (art. 8, 10, 12).

protocols-title = Протоколи
protocols-intro = Тут ви створюєте чернетку протоколу або нової версії, публікуєте її і припиняєте дію версії. Інші бачать чернетку лише після публікації.
protocols-back = Назад до протоколів
protocols-new-version = Створити чернетку нової версії
protocols-ends-on = Закінчується { $day }
protocols-ending-banner = Дія протоколу «{ $title }» припиняється: останній день — { $day }.
protocols-new-heading = Новий протокол
protocols-new-title = Назва (нідерландською)
protocols-new-slug = Коротка назва у вебадресі
protocols-new-slug-hint = Малі латинські літери, цифри та дефіси, від 3 до 60 символів. Наприклад: agii-gent-pilot.
protocols-new-recipient = Місцевий орган влади, який отримує дані
protocols-new-submit = Створити чернетку
protocols-version-title = Версія протоколу
protocols-saved = Чернетку збережено.
protocols-published = Версію опубліковано. Тепер вона на публічній сторінці.
protocols-noticed = Повідомлення про припинення зареєстровано. Людей, які дали згоду, повідомлено.
protocols-terminated = Дію версії припинено. За цією версією дані більше не передаються.
protocols-public-page = Публічна сторінка цієї версії
protocols-publish-heading = Публікація
protocols-ready = Усе готово до публікації.
protocols-problems = { $count ->
    [one] Перш ніж публікувати, треба доповнити ще { $count } пункт:
    [few] Перш ніж публікувати, треба доповнити ще { $count } пункти:
    [many] Перш ніж публікувати, треба доповнити ще { $count } пунктів:
   *[other] Перш ніж публікувати, треба доповнити ще { $count } пункту:
}
protocols-publish = Опублікувати
protocols-publish-refused = Це ще не можна опублікувати. Чого бракує, наведено нижче.
protocols-diff-heading = Відмінності від версії { $number }
protocols-diff-none = Ця чернетка така сама, як чинна версія.
protocols-diff-added = Нові дані: { $fields }
protocols-diff-removed = Більше не передаються: { $fields }
protocols-diff-texts = Текст змінено в:
protocols-diff-review = Ця версія вимагає більше, ніж попередня. Згода людей не охоплює нове: їх попросять переглянути свій вибір.
protocols-draft-heading = Чернетка
protocols-term-legal-basis = Правова підстава
protocols-term-purposes = Цілі
protocols-purposes-hint = Для чого використовуються дані.
protocols-term-recipients = Категорії отримувачів
protocols-recipients-hint = Хто може отримувати дані (стаття 4).
protocols-term-fields = Дані (стаття 3)
protocols-fields-hint = Виберіть дані, які передаються за протоколом.
protocols-term-retention = Строк зберігання
protocols-term-signed-on = Дата підписання
protocols-term-validity = Строк дії
protocols-term-notice-period = Строк попередження про припинення
protocols-term-dpo-advice = Висновок співробітників з питань захисту даних
protocols-retention-months = Строк зберігання в місяцях
protocols-retention-hint = Не більше ніж 60 місяців (5 років, стаття 2).
protocols-notice-months = Строк попередження про припинення в місяцях
protocols-valid-from = Чинний з
protocols-valid-from-hint = Не раніше за день публікації.
protocols-valid-until = Чинний до (включно)
protocols-valid-until-hint = Залиште порожнім, якщо версія діє, доки її дію не припинять.
protocols-advice-discloser = Дата висновку співробітника { -agency(form: "short-gen") } з питань захисту даних
protocols-advice-recipient = Дата висновку співробітника місцевого органу влади з питань захисту даних
protocols-texts-heading = Тексти за мовами
protocols-texts-hint = Для кожної мови потрібні текст протоколу і пояснення щодо згоди. Юридичну силу має текст нідерландською мовою.
protocols-text-title = Назва
protocols-text-body = Текст протоколу
protocols-text-notice = Пояснення щодо згоди
protocols-text-purposes = Цілі цією мовою (якщо порожньо: показуються цілі нідерландською мовою з позначкою)
protocols-save = Зберегти чернетку
protocols-notice-heading = Повідомити про припинення (стаття 12)
protocols-notice-hint = { $months ->
    [one] Версія діє ще { $months } місяць. Після цього дані не передаються. Усі бачать дату завершення.
    [few] Версія діє ще { $months } місяці. Після цього дані не передаються. Усі бачать дату завершення.
    [many] Версія діє ще { $months } місяців. Після цього дані не передаються. Усі бачать дату завершення.
   *[other] Версія діє ще { $months } місяця. Після цього дані не передаються. Усі бачать дату завершення.
}
protocols-end-reason = Причина
protocols-notice-submit = Повідомити про припинення
protocols-terminate-heading = Припинити негайно (стаття 8)
protocols-terminate-hint = Лише в разі серйозного порушення протоколу. Від сьогодні дані не передаються.
protocols-terminate-reason-hint = Обов’язково. Опишіть порушення.
protocols-terminate-submit = Припинити негайно
protocols-missing-legal-basis = Бракує правової підстави.
protocols-missing-purposes = Бракує цілей.
protocols-missing-recipients = Бракує категорій отримувачів.
protocols-missing-fields = Не вибрано жодних даних.
protocols-missing-advice-discloser = Бракує дати висновку співробітника { -agency(form: "short-gen") } з питань захисту даних.
protocols-missing-advice-recipient = Бракує дати висновку співробітника місцевого органу влади з питань захисту даних.
protocols-missing-text = Бракує назви або тексту мовою: { $language }.
protocols-missing-notice = Бракує пояснення щодо згоди мовою: { $language }.
protocols-dates-signed-after-start = Дата підписання має бути раніше за перший день дії.
protocols-dates-advice-after-signing = Висновок співробітників з питань захисту даних має бути раніше за підписання.
protocols-dates-end-before-start = Останній день раніше за перший день.
protocols-dates-start-in-past = Перший день дії вже минув. Виберіть сьогоднішній або пізніший день.
protocols-retention-out-of-range = Строк зберігання — від 1 до 60 місяців.
protocols-notice-out-of-range = Строк попередження про припинення — від 0 до 24 місяців.
protocols-error-too-long = Цей текст задовгий.
protocols-error-day = Вкажіть дату у форматі РРРР-ММ-ДД.
protocols-error-not-a-draft = Цю версію опубліковано, і її більше не можна змінити. Створіть чернетку нової версії.
protocols-error-slug = Використовуйте від 3 до 60 малих латинських літер, цифр або дефісів.
protocols-error-slug-taken = Протокол із такою короткою назвою вже існує.
protocols-error-title-required = Вкажіть назву.
protocols-error-recipient = Виберіть місцевий орган влади.
protocols-error-not-endable = Ця версія вже не чинна, або її дію вже припинено.
