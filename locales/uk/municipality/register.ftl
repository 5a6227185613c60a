register-title = Реєстр профілів посад
register-intro = Які посади можуть бачити які дані і навіщо (стаття 4 протоколу).
register-add = Додати профіль посади
register-created = Профіль посади додано.
register-changed = Реєстр оновлено.
register-revised = Зміну збережено як нову версію. Хто має цей профіль, тепер читає дані згідно з цією версією.
register-deactivated = Профіль посади вимкнено: хто його має, більше не читає жодних даних.
register-reactivated = Профіль посади знову ввімкнено.
register-inactive = вимкнено
register-revision = Версія { $number } від { $date }
register-holders = { $count ->
    [0] Ніхто не має цього профілю.
    [one] Цей профіль має { $count } працівник або система.
    [few] Цей профіль мають { $count } працівники та системи.
    [many] Цей профіль мають { $count } працівників і систем.
   *[other] Кількість працівників і систем із цим профілем: { $count }.
}
register-new-title = Новий профіль посади
register-new-intro = Профіль посади визначає, які дані може бачити посада і навіщо. Вибирайте лише те, що цій посаді справді потрібно.
register-profile-title = Профіль посади
register-name = Назва посади
register-purpose = Мета
register-purpose-hint = Для чого ця посада використовує дані? Особа бачить цю мету під час кожного читання.
register-fields = Дані
register-fields-hint = Лише дані зі списку в статті 3 протоколу.
register-create = Додати профіль
register-save = Зберегти зміну
register-change-heading = Змінити
register-change-hint = Зміна створює нову версію. Попередні читання залишаються прив’язаними до версії, за якої вони відбулися.
register-state-active = Увімкнено
register-state-inactive = Вимкнено
register-deactivate = Вимкнути
register-deactivate-hint = Тоді той, хто має цей профіль, більше не зможе читати жодних даних.
register-reactivate = Увімкнути знову
register-reactivate-hint = Тоді той, хто має цей профіль, знову зможе читати те, що дозволяє профіль.
register-history-heading = Усі версії
register-history-revision = Версія
register-history-valid = Дійсна
register-current = зараз
register-back = Назад до реєстру
profile-error-name-required = Дайте посаді назву.
profile-error-name-too-long = Назва задовга (максимум 120 символів).
profile-error-name-taken = Профіль посади з такою назвою вже існує.
profile-error-purpose-required = Опишіть мету.
profile-error-purpose-too-long = Мета задовга (максимум 300 символів).
profile-error-fields-required = Виберіть принаймні одне поле.
profile-error-field-unknown = Цього поля немає у списку протоколу.
register-translations-heading = Мета іншими мовами
register-translations-hint = Новоприбулі читають своєю мовою, для чого було прочитано їхні дані. Якщо ви залишите поле порожнім, вони побачать мету нідерландською мовою з позначкою, що її не перекладено. Якщо ви зміните мету, переклади втратять чинність.
register-translations-save = Зберегти переклади
register-translations-saved = Переклади збережено.
