queue-title = Запити на виправлення
queue-empty = Відкритих запитів немає.
queue-field = Поле
queue-received = Отримано
queue-due = Строк
queue-status = Статус
queue-left = Залишилося
queue-kind = Хто подав
queue-kind-person = особа
queue-kind-staff = { -agency(form: "short") } від імені особи
queue-kind-municipality = { -municipality } (повідомлення про якість)
queue-kind-source_system = система супроводу клієнтів (змінено в джерелі)
queue-days = { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}
queue-overdue-by = { $days ->
    [one] прострочено на { $days } день
    [few] прострочено на { $days } дні
    [many] прострочено на { $days } днів
   *[other] прострочено на { $days } дня
}
queue-due-soon = строк скоро спливає
queue-overdue = прострочено
queue-count-open = Відкриті
queue-count-due-soon = Строк скоро спливає
queue-count-overdue = Прострочені
queue-count-handled = Вирішено цього місяця
queue-count-median = Медіанний час до рішення
queue-median-none = ще немає
queue-filter-pending = Усі відкриті
queue-filter-any = Усі
queue-municipality = { -municipality(form: "title") } (повідомлення про якість)
queue-filter-apply = Показати
queue-pages = Сторінки
queue-previous = Попередня
queue-next = Наступна
desk-title = Запит на виправлення
desk-person = Особа
desk-value-filed = Значення на момент подання
desk-value-now = Значення зараз
desk-extension-reason = Причина продовження
desk-holders-heading = Хто отримав це поле
desk-holders-intro = Згідно з реєстром розкриття даних, ці сторони отримали це поле цієї особи. Якщо запит задовольнять, їм повідомлять про виправлення (GDPR, стаття 19).
desk-holders-none = Жодна сторона не отримувала цього поля цієї особи.
desk-told = Виправлення надіслано: { $parties }.
desk-history-heading = Історія
desk-back = Назад до запитів
desk-decided = Щодо цього запиту ухвалено рішення. Рішення остаточне.
desk-waiting = Запит чекає на відповідь особи на ваше запитання:
desk-acknowledge-heading = Почати розгляд
desk-acknowledge-hint = Особі повідомлять, що ви розглядаєте запит.
desk-acknowledge-submit = Почати розгляд
desk-ask-heading = Запросити інформацію
desk-ask-question = Ваше запитання до особи
desk-ask-hint = Особа читає запитання на порталі і відповідає на сторінці запиту. Доти запит чекає; строк і далі спливає.
desk-ask-submit = Надіслати запитання
desk-extend-heading = Продовжити строк
desk-extend-limit = Це можна зробити один раз, протягом першого місяця, не пізніше ніж { $last }.
desk-extend-until = Новий строк
desk-extend-until-hint = Дата (РРРР-ММ-ДД). Строк спливає наприкінці цього дня.
desk-extend-reason = Причина
desk-extend-reason-hint = Особа побачить новий строк і цю причину.
desk-extend-submit = Продовжити строк
desk-accept-heading = Задовольнити
desk-accept-value = Правильне значення
desk-accept-hint = Пропозицію вже вписано. Змініть її, якщо вона не зовсім правильна; діють ті самі правила, що й під час подання.
desk-accept-effect = Поле буде виправлено, воно більше не буде оскарженим, і кожна сторона, яка його отримала, отримає повідомлення. Це остаточно.
desk-accept-submit = Задовольнити й виправити
desk-reject-heading = Відхилити
desk-reject-reason = Причина відхилення
desk-reject-hint = Особа прочитає цю причину й інформацію про те, як подати скаргу. Це остаточно.
desk-reject-submit = Відхилити
desk-done-acknowledge = Запит розглядається. Особу повідомлено.
desk-done-ask = Ваше запитання надіслано. Запит чекає на відповідь.
desk-done-extend = Строк продовжено. Особі повідомлено новий строк і причину.
desk-done-accept = Запит задоволено, поле виправлено. Отримувачів повідомлено.
desk-done-reject = Запит відхилено. Особі повідомлено причину.
