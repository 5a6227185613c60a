account-title = Обліковий запис і доступ
account-passkeys-heading = Ваші ключі доступу
account-passkey-added = Додано { $when }
account-passkey-last-used = востаннє використано { $when }
account-passkey-never-used = ще не використовувався
account-passkey-remove = Видалити
account-passkey-remove-label = Видалити ключ доступу { $name }
account-passkey-removed = Ключ доступу видалено.
account-passkey-last-one = Це ваш єдиний ключ доступу. Перш ніж видалити його, спочатку додайте ще один.
account-passkey-add-heading = Додати ключ доступу
account-passkey-add-button = Підтвердити й додати
account-sessions-heading = Де ви увійшли в систему
account-session-since = Вхід виконано { $when }
account-session-current = Цей пристрій
account-session-end = Вийти на цьому пристрої
account-session-ended = Ви вийшли з системи на тому пристрої.
account-session-unknown-device = Невідомий пристрій

notification-passkey-added = До вашого облікового запису додано ключ доступу: { $name }.
notification-passkey-removed = З вашого облікового запису видалено ключ доступу: { $name }.
account-notices-heading = Зміни у вашому обліковому записі
account-recovered = Ви скористалися запрошенням для відновлення доступу. Нижче показано всі ключі доступу вашого облікового запису. Не знаєте якогось ключа? Тоді видаліть його. Також вийдіть із системи на пристроях, яких ви не знаєте.
notification-recovery-issued = { $via ->
    [email] Запрошення для відновлення доступу до вашого облікового запису надіслано електронною поштою.
    [sms] Запрошення для відновлення доступу до вашого облікового запису надіслано в SMS.
    [letter] Запрошення для відновлення доступу до вашого облікового запису надіслано листом.
   *[in_person] Запрошення для відновлення доступу до вашого облікового запису видано особисто в пункті обслуговування.
} Ви про це не просили? Негайно зверніться до { -agency(form: "short-gen") }.
