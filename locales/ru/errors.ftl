error-not-found = Мы не нашли то, что вы искали.
error-forbidden = У вас нет доступа к этим данным.
error-unauthenticated = Сначала войдите в систему.
error-rate-limited = Слишком много запросов. Попробуйте ещё раз чуть позже.
error-internal = У нас что-то пошло не так. Попробуйте ещё раз позже.
error-unavailable = Портал сейчас не может получить доступ к своим данным. Ничего не сохранено и не изменено. Попробуйте ещё раз через минуту.
error-too-large = То, что вы отправили, слишком большое. Ничего не сохранено. Сократите его и попробуйте ещё раз.
error-headers-too-large = Ваш браузер отправил больше данных, чем принимает портал, часто из-за слишком большого количества файлов cookie. Ничего не сохранено. Удалите файлы cookie этого сайта в браузере и попробуйте ещё раз.
error-request-timeout = То, что вы отправили, доходило слишком долго, возможно, из-за медленного соединения. Ничего не сохранено. Попробуйте ещё раз.
error-bad-request = Этот запрос неполный или неверный.
error-reference = Номер для службы поддержки:
error-field-unknown = Такого поля нет.
error-dutch-level = Выберите уровень: ниже A1, A1, A2, B1, B2, C1 или C2.
error-mo-status = Выберите статус курса социальной ориентации.
error-language-unknown = Этот язык не поддерживается.

error-forbidden-title = Нет доступа
error-operation-unknown = Такого действия нет.
error-role-unknown = Такой роли нет.
error-party-kind-unknown = Такого вида стороны нет.
error-field-category-unknown = Такой категории данных нет.
error-consent-action = Такого действия с согласием нет.
error-consent-channel = Такого канала нет.
error-disclosure-channel = Такого канала нет.
error-termination-kind = Такого способа прекращения нет.
error-version-status = Такого статуса версии нет.

error-refused-title = Не выполнено
error-cross-site = Эта форма пришла с другого сайта. Для вашей безопасности мы её не выполнили. Откройте сам портал и попробуйте ещё раз.
error-rate-limited-wait = { $seconds ->
    [one] Попробуйте ещё раз через { $seconds } секунду.
    [few] Попробуйте ещё раз через { $seconds } секунды.
    [many] Попробуйте ещё раз через { $seconds } секунд.
   *[other] Попробуйте ещё раз через { $seconds } секунды.
}
error-text-characters = В этом тексте есть невидимые символы, например после копирования и вставки. Пожалуйста, напечатайте текст заново.
error-title-not-found = Не найдено
error-title-forbidden = Не разрешено
error-title-unauthenticated = Вход не выполнен
error-title-invalid = Неверные данные
error-title-refused = Отказано по протоколу
error-title-rate-limited = Слишком много запросов
error-title-internal = Внутренняя ошибка
error-title-unavailable = Временно недоступно
error-title-too-large = Слишком большой объём
error-title-request-timeout = Слишком долго
error-token-unknown = Этот API-токен неизвестен. Проверьте, что он скопирован полностью.
error-token-revoked = Этот API-токен отозван. Попросите у { -agency(form: "short-gen") } новый.
error-token-expired = Срок действия этого API-токена истёк. Попросите у { -agency(form: "short-gen") } новый.
error-form-summary = Форма не отправлена: проверьте поле с пояснением.
