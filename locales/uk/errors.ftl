error-not-found = Ми не знайшли те, що ви шукали.
error-forbidden = У вас немає доступу до цієї інформації.
error-unauthenticated = Спочатку увійдіть у систему.
error-rate-limited = Забагато запитів. Спробуйте ще раз трохи пізніше.
error-internal = На нашому боці сталася помилка. Спробуйте ще раз пізніше.
error-unavailable = Портал зараз не може отримати доступ до своїх даних. Нічого не збережено і не змінено. Спробуйте ще раз через хвилину.
error-too-large = Те, що ви надіслали, завелике. Нічого не збережено. Скоротіть його і спробуйте ще раз.
error-headers-too-large = Ваш браузер надіслав більше даних, ніж приймає портал, часто через надто велику кількість файлів cookie. Нічого не збережено. Видаліть файли cookie цього вебсайту у браузері і спробуйте ще раз.
error-request-timeout = Те, що ви надіслали, надходило надто довго, можливо, через повільне з’єднання. Нічого не збережено. Спробуйте ще раз.
error-bad-request = Цей запит неповний або неправильний.
error-reference = Номер для служби підтримки:
error-field-unknown = Такого поля не існує.
error-dutch-level = Виберіть рівень: нижче A1, A1, A2, B1, B2, C1 або C2.
error-mo-status = Виберіть статус курсу соціальної орієнтації.
error-language-unknown = Ця мова не підтримується.

error-forbidden-title = Немає доступу
error-operation-unknown = Такої дії не існує.
error-role-unknown = Такої ролі не існує.
error-party-kind-unknown = Такого типу сторони не існує.
error-field-category-unknown = Такої категорії даних не існує.
error-consent-action = Такої дії зі згодою не існує.
error-consent-channel = Такого каналу не існує.
error-disclosure-channel = Такого каналу не існує.
error-termination-kind = Такого способу припинення не існує.
error-version-status = Такого статусу версії не існує.

error-refused-title = Не виконано
error-cross-site = Ця форма надійшла з іншого вебсайту. Для вашої безпеки ми її не виконали. Відкрийте сам портал і спробуйте ще раз.
error-rate-limited-wait = { $seconds ->
    [one] Спробуйте ще раз через { $seconds } секунду.
    [few] Спробуйте ще раз через { $seconds } секунди.
    [many] Спробуйте ще раз через { $seconds } секунд.
   *[other] Спробуйте ще раз через { $seconds } секунди.
}
error-text-characters = Цей текст містить невидимі символи, наприклад після копіювання та вставлення. Введіть текст ще раз.
error-title-not-found = Не знайдено
error-title-forbidden = Не дозволено
error-title-unauthenticated = Вхід не виконано
error-title-invalid = Неправильні дані
error-title-refused = Відхилено згідно з протоколом
error-title-rate-limited = Забагато запитів
error-title-internal = Внутрішня помилка
error-title-unavailable = Тимчасово недоступно
error-title-too-large = Завеликий обсяг
error-title-request-timeout = Надто довго
error-token-unknown = Цей API-токен невідомий. Перевірте, чи його скопійовано повністю.
error-token-revoked = Цей API-токен відкликано. Попросіть в { -agency(form: "short-gen") } новий.
error-token-expired = Строк дії цього API-токена минув. Попросіть в { -agency(form: "short-gen") } новий.
error-form-summary = Форму не надіслано: перевірте поле з поясненням.
