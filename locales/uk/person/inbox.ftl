## The inbox.

inbox-title = Повідомлення
inbox-empty = У вас немає повідомлень.
inbox-new = Нове
inbox-unread = { $count ->
    [0] Нових повідомлень немає.
    [one] { $count } нове повідомлення.
    [few] { $count } нові повідомлення.
    [many] { $count } нових повідомлень.
   *[other] { $count } нового повідомлення.
}
inbox-mark-read = Позначити все як прочитане
inbox-marked-read = Усі повідомлення позначено як прочитані.
notification-unknown = Повідомлення від порталу.
notification-consent-give = Ви дали згоду ділитися даними з { $recipient }.
notification-consent-change = Ви змінили свою згоду щодо { $recipient }.
notification-consent-withdraw = Ви відкликали свою згоду щодо { $recipient }. Більше нічого не передається.
notification-correction-filed = Ваш запит на виправлення даних «{ $field }» отримано. Ви отримаєте відповідь не пізніше ніж { $due }.
notification-correction-accepted = Ваш запит на виправлення даних «{ $field }» задоволено.
notification-correction-rejected = Ваш запит на виправлення даних «{ $field }» відхилено. Причину можна побачити серед ваших запитів.
notification-correction-recipient-told = Дані, які ви отримали, виправлено: { $field }.
notification-correction-acknowledged = { -agency(form: "short") } розглядає ваш запит на виправлення даних «{ $field }».
notification-correction-information-requested = { -agency(form: "short") } має запитання щодо вашого запиту на виправлення даних «{ $field }». Дайте відповідь на сторінці вашого запиту.
notification-correction-extended = Строк розгляду вашого запиту на виправлення даних «{ $field }» продовжено до { $due }. Чому — написано на сторінці вашого запиту.
notification-correction-due-soon = Рішення щодо запиту на виправлення ({ $field }) треба ухвалити не пізніше ніж { $due }.
notification-protocol-ending = Про припинення протоколу з { $recipient } повідомлено. Останній день — { $until }. Після цього ваші дані більше не передаватимуться.
notification-protocol-ended = Протокол з { $recipient } більше не чинний. Ваші дані більше не передаються. Ваша історія зберігається.
notification-consent-carried-over = Є нова версія протоколу з { $recipient }. Вона не вимагає більше, ніж попередня: ваш вибір і далі діє.
notification-consent-review-asked = Є нова версія протоколу з { $recipient }. Вона вимагає більше, ніж попередня. Перегляньте свій вибір: ваша згода ще не охоплює нове.
notification-breach-notice = { $detected } в { $recipient } виявили проблему з безпекою. Вона може стосуватися цих ваших даних: { $fields }. Вжито заходів. Маєте запитання? Зверніться до особи, яка відповідає за захист даних в { -agency(form: "short-loc") }: { $contact }.
notification-erasure-requested = { $count ->
    [one] { -agency(form: "short") } просить вас підтвердити видалення даних { $count } особи.
    [few] { -agency(form: "short") } просить вас підтвердити видалення даних { $count } осіб.
    [many] { -agency(form: "short") } просить вас підтвердити видалення даних { $count } осіб.
   *[other] { -agency(form: "short") } просить вас підтвердити видалення даних { $count } особи.
}
notification-erasure-overdue = { $count ->
    [one] { $municipality }: { $count } видалення не підтверджено вчасно.
    [few] { $municipality }: { $count } видалення не підтверджено вчасно.
    [many] { $municipality }: { $count } видалень не підтверджено вчасно.
   *[other] { $municipality }: { $count } видалення не підтверджено вчасно.
}
