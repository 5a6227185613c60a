admin-title = Управление протоколами
admin-invitations-heading = Приглашения
admin-invitation-for = Для кого
admin-invitation-person = Новоприбывший
admin-created = Создано
admin-expires = Действует до
admin-status = Статус
admin-invitation-status-open = Открыто
admin-invitation-status-redeemed = Использовано
admin-invitation-status-revoked = Отозвано
admin-invitation-status-expired = Срок истёк
admin-clients-heading = Подключения к API
admin-client-name = Название
admin-client-for = Сторона и профиль должности
admin-client-active = Активно
admin-client-revoked = Отозвано

staff-error-role-not-for-party = Эта роль не подходит для такого вида организации.
staff-error-separation-of-duties = Читать данные могут только сотрудники с профилем должности, администраторы — нет (разделение обязанностей).
staff-error-profile-not-of-party = Этот профиль должности не относится к вашей организации.
admin-error-client-name = Дайте подключению название не длиннее 120 символов.
admin-error-no-such-person = Новоприбывшего с таким номером дела нет.
admin-working = Подождите…
admin-issued-link = Ссылка-приглашение
admin-issued-code = Код для ввода
admin-issued-token = API-токен
admin-shown-once = Это показывается только один раз. Передайте сейчас: мы это не сохраняем.
admin-dossier-ref = Номер дела
admin-party = Организация
admin-role = Роль
admin-profile = Профиль должности
admin-no-profile = Нет (только для сотрудников с профилем должности)
admin-invite-person-heading = Пригласить новоприбывшего
admin-invite-staff-heading = Пригласить сотрудника
admin-invite-submit = Создать приглашение
admin-revoke = Отозвать
admin-revoked = Отозвано.
admin-issued-title = Создано
admin-issued-valid-until = Действует до { $when }.
admin-issued-nothing = Здесь нечего показать: то, что вы создали, показывается только один раз.
admin-back = Назад к управлению протоколами
admin-client-expires-days = Срок действия (дней; пусто — без ограничения)
admin-error-expiry = Введите число дней от 1 до 3650 или оставьте поле пустым.

admin-assisted-consent-link = Зарегистрировать согласие, данное на бумаге

admin-handover-legend = Если у этого человека уже есть учётная запись (восстановление)
admin-handover-hint = Первое приглашение (ключа доступа ещё нет) вы увидите на следующей странице — чтобы выдать его в пункте приёма или отправить письмом. Приглашение, которое открывает существующую учётную запись, никогда не показывается только вам одному.
admin-handover-delivered = Доставить по контактным данным из дела (электронная почта, иначе SMS, иначе письмо)
admin-handover-in-person = Выдать в пункте приёма: сначала это одобряет второй администратор протоколов
admin-four-eyes-hint = Сначала это одобряет второй администратор протоколов; затем вы один раз создаёте это здесь.
admin-request-submit = Запросить одобрение
admin-requests-heading = Запросы ко второму администратору протоколов
admin-requests-intro = Одобряйте только то, что можете проверить сами. Автор запроса не может одобрить его сам.
admin-requests-empty = Запросов нет.
admin-request-what = Что
admin-request-by = Кто запросил
admin-request-action = Действие
admin-approval-kind-staff-invitation = Приглашение сотрудника
admin-approval-kind-api-client = Подключение к API
admin-approval-kind-person-recovery = Восстановление в пункте приёма
admin-approval-client-days = { $days ->
    [one] действует { $days } день
    [few] действует { $days } дня
    [many] действует { $days } дней
   *[other] действует { $days } дня
}
admin-approval-client-no-expiry = без ограничения срока
admin-approval-status-pending = Ждёт одобрения
admin-approval-status-approved = Одобрено
admin-approval-status-refused = Отказано
admin-approval-status-issued = Создано
admin-approval-status-lapsed = Срок истёк
admin-approval-decided-by = Решение принято: { $name }
admin-approval-yours = Ваш запрос: решение принимает другой администратор протоколов.
admin-approve = Одобрить
admin-refuse = Отказать
admin-issue-now = Создать сейчас
admin-approved-done = Одобрено. Автор запроса теперь может это создать.
admin-refused-done = Отказано.
admin-delivered = { $channel ->
    [email] Приглашение для восстановления доступа отправляется по электронной почте на адрес { $to }.
    [sms] Приглашение для восстановления доступа отправляется по SMS на номер { $to }.
   *[letter] Приглашение для восстановления доступа отправляется письмом по адресу { $to }.
}
admin-delivered-not-shown = У этого человека уже есть учётная запись. Ссылку и код получает только сам человек; вы их не видите.
admin-delivered-told = Человек также получает сообщение на портале и по всем другим каналам из дела. Прежние приглашения отозваны.
admin-requested = Запрос { $id } ({ $kind }) ждёт второго администратора протоколов.
admin-requested-next = После одобрения вы создаёте это на странице управления протоколами, в разделе запросов. Тогда это будет показано один раз.
admin-error-no-such-request = Такого запроса нет.
admin-error-no-such-party = Такой организации нет.
admin-error-handover = Выберите, как приглашение попадёт к человеку: доставка или выдача в пункте приёма.
admin-error-decision = Выберите: одобрить или отказать.
admin-error-approval-role = Решения по запросам принимает только администратор протоколов { -agency(form: "short-gen") }.
admin-error-approval-own = Вы не можете одобрить свой собственный запрос или отказать в нём: это делает другой администратор протоколов.
admin-error-approval-decided = По этому запросу уже принято решение, или его срок истёк.
admin-error-approval-not-yours = Создаёт только тот, кто отправил запрос.
admin-error-approval-pending = Этот запрос ещё ждёт одобрения другого администратора протоколов.
admin-error-approval-issued = По этому запросу уже всё создано. То, что было показано тогда, повторно не показывается.
admin-error-approval-not-approved = В этом запросе отказано, или его срок истёк. При необходимости отправьте новый запрос.
admin-registers-link = Реестры { -municipality(form: "plural-gen") }
staff-error-invitee-name-required = Укажите имя сотрудника.
staff-error-invitee-name-too-long = Имя слишком длинное (не более 200 символов).
staff-error-invitee-contact = Укажите правильный адрес электронной почты или номер телефона.
staff-error-disable-self = Вы не можете отключить сами себя.
admin-protocols-link = Составлять, публиковать и прекращать протоколы
admin-client-agency-system = система сопровождения клиентов (без профиля должности)
admin-error-client-needs-profile = Подключение без профиля должности предназначено только для собственной системы сопровождения клиентов { -agency(form: "short-gen") }; подключение { -municipality(form: "singular-gen") } читает данные с профилем должности.
