queue-title = Запросы на исправление
queue-empty = Открытых запросов нет.
queue-field = Поле
queue-received = Получен
queue-due = Срок
queue-status = Статус
queue-left = Осталось
queue-kind = Кто подал
queue-kind-person = сам человек
queue-kind-staff = { -agency(form: "short") } от имени человека
queue-kind-municipality = { -municipality } (сообщение о качестве данных)
queue-kind-source_system = система сопровождения клиентов (изменено в источнике)
queue-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
queue-overdue-by = { $days ->
    [one] просрочен на { $days } день
    [few] просрочен на { $days } дня
    [many] просрочен на { $days } дней
   *[other] просрочен на { $days } дня
}
queue-due-soon = срок скоро истекает
queue-overdue = просрочен
queue-count-open = Открытые
queue-count-due-soon = Срок скоро истекает
queue-count-overdue = Просроченные
queue-count-handled = Решено в этом месяце
queue-count-median = Медианное время до решения
queue-median-none = пока нет
queue-filter-pending = Все открытые
queue-filter-any = Все
queue-municipality = { -municipality(form: "title") } (сообщения о качестве данных)
queue-filter-apply = Показать
queue-pages = Страницы
queue-previous = Назад
queue-next = Далее
desk-title = Запрос на исправление
desk-person = Человек
desk-value-filed = Значение при подаче
desk-value-now = Значение сейчас
desk-extension-reason = Причина продления
desk-holders-heading = Кто получил это поле
desk-holders-intro = По реестру передачи данных эти стороны получили это поле этого человека. Если запрос будет принят, им сообщат об исправлении (GDPR, ст. 19).
desk-holders-none = Ни одна сторона не получала это поле этого человека.
desk-told = Сообщение об исправлении отправлено: { $parties }.
desk-history-heading = История
desk-back = Назад к запросам
desk-decided = По этому запросу принято решение. Решение окончательное.
desk-waiting = Запрос ждёт ответа человека на ваш вопрос:
desk-acknowledge-heading = Взять на рассмотрение
desk-acknowledge-hint = Человек получит сообщение, что вы рассматриваете запрос.
desk-acknowledge-submit = Взять на рассмотрение
desk-ask-heading = Запросить информацию
desk-ask-question = Ваш вопрос человеку
desk-ask-hint = Человек прочитает вопрос на портале и ответит на странице запроса. До этого запрос ждёт; срок продолжает идти.
desk-ask-submit = Отправить вопрос
desk-extend-heading = Продлить срок
desk-extend-limit = Это можно сделать один раз в течение первого месяца, не позднее { $last }.
desk-extend-until = Новый срок
desk-extend-until-hint = Дата (ГГГГ-ММ-ДД). Срок действует до конца этого дня.
desk-extend-reason = Причина
desk-extend-reason-hint = Человеку покажут новый срок и эту причину.
desk-extend-submit = Продлить срок
desk-accept-heading = Принять
desk-accept-value = Правильное значение
desk-accept-hint = Предложение уже заполнено. Измените его, если оно не совсем верно; действуют те же правила, что и при подаче.
desk-accept-effect = Поле будет исправлено, оно больше не будет считаться оспариваемым, и каждая сторона, которая его получила, получит сообщение. Это окончательно.
desk-accept-submit = Принять и исправить
desk-reject-heading = Отклонить
desk-reject-reason = Причина отказа
desk-reject-hint = Человек прочитает эту причину и узнает, как подать жалобу. Это окончательно.
desk-reject-submit = Отклонить
desk-done-acknowledge = Запрос взят на рассмотрение. Человек получил сообщение.
desk-done-ask = Ваш вопрос отправлен. Запрос ждёт ответа.
desk-done-extend = Срок продлён. Человеку сообщили новый срок и причину.
desk-done-accept = Запрос принят, поле исправлено. Получатели получили сообщение.
desk-done-reject = Запрос отклонён. Человеку сообщили причину.
