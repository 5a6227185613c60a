## Erasure at the recipients (art. 2): the agency's requests, the municipalities' attestations.

erasure-title = Удаление у получателей
erasure-intro = Данные, которые местная администрация получила более пяти лет назад, должны быть там удалены. { -agency(form: "short") } просит администрацию это подтвердить. Здесь указан каждый запрос и его состояние.
erasure-admin-intro = { -agency(form: "short") } просит вас подтвердить, что вы удалили данные этих людей: вы получили их более пяти лет назад. Сначала удалите их в своих системах, затем подтвердите удаление по каждому человеку.
erasure-none = Запросов на удаление нет.
erasure-municipality = Местная администрация
erasure-reference = Идентификатор
erasure-last-disclosed = Последнее получение
erasure-requested = Дата запроса
erasure-due = Подтвердить до
erasure-state = Состояние
erasure-open = Открыт
erasure-overdue = Просрочен
erasure-escalated = Просрочен, сообщено инспекторам по защите данных
erasure-attested = Удаление подтверждено
erasure-attest = Подтвердить удаление
erasure-done = Удаление подтверждено.
erasure-error-attested = Это удаление уже подтверждено.
