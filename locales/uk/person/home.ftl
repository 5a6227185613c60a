person-home-title = Мій огляд
person-home-greeting = Вітаємо, { $name }!
person-home-left-the-pilot = Ваша програма в { -agency(form: "short-loc") } завершилася { $date }. Ваша згода більше не діє: ваші дані більше нікому не передаються. Те, що передали раніше, залишається на цих сторінках.
person-home-pilots-heading = Проєкти, які вас стосуються
person-home-consent-given = Ви дали згоду.
person-home-no-consent = Ви не дали згоди.

person-home-data-heading = Ваші дані
person-home-my-data = Які дані про вас має { -agency }
person-home-disclosures = Хто отримав ваші дані
person-home-corrections = Попросити виправити дані
person-home-notifications = { $count ->
    [0] Повідомлення
    [one] Повідомлення ({ $count } нове)
    [few] Повідомлення ({ $count } нові)
    [many] Повідомлення ({ $count } нових)
   *[other] Повідомлення ({ $count } нових)
}
