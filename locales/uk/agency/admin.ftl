admin-title = Керування протоколами
admin-invitations-heading = Запрошення
admin-invitation-for = Для кого
admin-invitation-person = Новоприбулий
admin-created = Створено
admin-expires = Дійсне до
admin-status = Статус
admin-invitation-status-open = Відкрите
admin-invitation-status-redeemed = Використане
admin-invitation-status-revoked = Відкликане
admin-invitation-status-expired = Строк дії минув
admin-clients-heading = API-підключення
admin-client-name = Назва
admin-client-for = Сторона і профіль посади
admin-client-active = Активне
admin-client-revoked = Відкликане

staff-error-role-not-for-party = Ця роль не підходить для такого типу організації.
staff-error-separation-of-duties = Читати дані можуть лише працівники з профілем посади; адміністратори не можуть (розподіл обов’язків).
staff-error-profile-not-of-party = Цей профіль посади не належить вашій організації.
admin-error-client-name = Дайте підключенню назву довжиною не більше ніж 120 символів.
admin-error-no-such-person = Новоприбулого з таким номером справи немає.
admin-working = Хвилинку…
admin-issued-link = Посилання-запрошення
admin-issued-code = Код для введення
admin-issued-token = API-токен
admin-shown-once = Це показується лише один раз. Передайте це зараз: ми це не зберігаємо.
admin-dossier-ref = Номер справи
admin-party = Організація
admin-role = Роль
admin-profile = Профіль посади
admin-no-profile = Немає (лише для працівників із профілем посади)
admin-invite-person-heading = Запросити новоприбулого
admin-invite-staff-heading = Запросити працівника
admin-invite-submit = Створити запрошення
admin-revoke = Відкликати
admin-revoked = Відкликано.
admin-issued-title = Створено
admin-issued-valid-until = Дійсне до { $when }.
admin-issued-nothing = Тут нічого показувати: створене показується лише один раз.
admin-back = Назад до керування протоколами
admin-client-expires-days = Строк дії (у днях; порожнє поле = безстроково)
admin-error-expiry = Введіть кількість днів від 1 до 3650 або залиште поле порожнім.

admin-assisted-consent-link = Внести згоду, надану на папері

admin-handover-legend = Якщо в цієї особи вже є обліковий запис (відновлення доступу)
admin-handover-hint = Перше запрошення (ключа доступу ще немає) буде показано вам на наступному кроці — для видачі в пункті обслуговування або для листа. Запрошення, яке відкриває наявний обліковий запис, ніколи не показується лише вам одному.
admin-handover-delivered = Надіслати на контактні дані з картки (електронна пошта, якщо немає — SMS, якщо немає — лист)
admin-handover-in-person = Видати особисто в пункті обслуговування: спочатку це схвалює другий адміністратор протоколів
admin-four-eyes-hint = Спочатку це схвалює другий адміністратор протоколів; потім ви один раз створюєте це тут.
admin-request-submit = Попросити схвалення
admin-requests-heading = Запити до другого адміністратора протоколів
admin-requests-intro = Схвалюйте лише те, що можете перевірити самі. Хто подав запит, не може його схвалити.
admin-requests-empty = Запитів немає.
admin-request-what = Що
admin-request-by = Хто просить
admin-request-action = Дія
admin-approval-kind-staff-invitation = Запрошення працівника
admin-approval-kind-api-client = API-клієнт
admin-approval-kind-person-recovery = Відновлення доступу в пункті обслуговування
admin-approval-client-days = { $days ->
    [one] діє { $days } день
    [few] діє { $days } дні
    [many] діє { $days } днів
   *[other] діє { $days } дня
}
admin-approval-client-no-expiry = безстроково
admin-approval-status-pending = Чекає на схвалення
admin-approval-status-approved = Схвалено
admin-approval-status-refused = Відхилено
admin-approval-status-issued = Створено
admin-approval-status-lapsed = Втратив чинність
admin-approval-decided-by = Хто ухвалив рішення: { $name }
admin-approval-yours = Ваш запит: рішення ухвалює інший адміністратор протоколів.
admin-approve = Схвалити
admin-refuse = Відхилити
admin-issue-now = Створити зараз
admin-approved-done = Схвалено. Той, хто просив, тепер може це створити.
admin-refused-done = Відхилено.
admin-delivered = { $channel ->
    [email] Запрошення для відновлення доступу буде надіслано електронною поштою на адресу { $to }.
    [sms] Запрошення для відновлення доступу буде надіслано в SMS на номер { $to }.
   *[letter] Запрошення для відновлення доступу буде надіслано листом на адресу { $to }.
}
admin-delivered-not-shown = Ця особа вже має обліковий запис. Посилання і код отримує лише ця особа; ви їх не бачите.
admin-delivered-told = Особу також повідомлено на порталі та всіма іншими каналами з картки. Попередні запрошення відкликано.
admin-requested = Запит { $id } ({ $kind }) чекає на другого адміністратора протоколів.
admin-requested-next = Після схвалення ви створите це на сторінці адміністратора протоколів, у розділі запитів. Тоді це буде показано один раз.
admin-error-no-such-request = Такого запиту не існує.
admin-error-no-such-party = Такої організації не існує.
admin-error-handover = Виберіть, як запрошення потрапить до особи: надсилання чи видача в пункті обслуговування.
admin-error-decision = Виберіть: схвалити чи відхилити.
admin-error-approval-role = Рішення щодо запитів ухвалює лише адміністратор протоколів { -agency(form: "short-gen") }.
admin-error-approval-own = Ви не можете схвалити чи відхилити власний запит: це робить інший адміністратор протоколів.
admin-error-approval-decided = Щодо цього запиту вже ухвалено рішення, або він утратив чинність.
admin-error-approval-not-yours = Створити це може лише той, хто подав запит.
admin-error-approval-pending = Цей запит ще чекає на схвалення іншого адміністратора протоколів.
admin-error-approval-issued = За цим запитом уже все створено. Те, що тоді було показано, повторно не показується.
admin-error-approval-not-approved = Цей запит відхилено, або він утратив чинність. За потреби подайте новий запит.
admin-registers-link = Реєстри { -municipality(form: "plural-gen") }
staff-error-invitee-name-required = Вкажіть ім’я працівника.
staff-error-invitee-name-too-long = Ім’я задовге (максимум 200 символів).
staff-error-invitee-contact = Вкажіть правильну адресу електронної пошти або номер телефону.
staff-error-disable-self = Ви не можете вимкнути власний обліковий запис.
admin-protocols-link = Створення, публікація і припинення протоколів
admin-client-agency-system = система супроводу клієнтів (без профілю посади)
admin-error-client-needs-profile = Підключення без профілю посади призначене лише для власної системи супроводу клієнтів { -agency(form: "short-gen") }; підключення { -municipality(form: "singular-gen") } читає дані з профілем посади.
