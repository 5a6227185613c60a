person-home-title = Мой обзор
person-home-greeting = Здравствуйте, { $name }.
person-home-left-the-pilot = Ваша программа в { -agency(form: "short-loc") } закончилась { $date }. Ваше согласие больше не действует: ваши данные больше никому не передаются. То, что было передано раньше, остаётся на этих страницах.
person-home-pilots-heading = Проекты, которые вас касаются
person-home-consent-given = Вы дали согласие.
person-home-no-consent = Вы не давали согласия.

person-home-data-heading = Ваши данные
person-home-my-data = Какие данные о вас хранит { -agency }
person-home-disclosures = Кто получил ваши данные
person-home-corrections = Попросить исправить данные
person-home-notifications = { $count ->
    [0] Сообщения
    [one] Сообщения (новых: { $count })
    [few] Сообщения (новых: { $count })
    [many] Сообщения (новых: { $count })
   *[other] Сообщения (новых: { $count })
}
