account-title = Учётная запись и доступ
account-passkeys-heading = Ваши ключи доступа
account-passkey-added = Добавлен { $when }
account-passkey-last-used = последнее использование: { $when }
account-passkey-never-used = ещё не использовался
account-passkey-remove = Удалить
account-passkey-remove-label = Удалить ключ доступа { $name }
account-passkey-removed = Ключ доступа удалён.
account-passkey-last-one = Это ваш единственный ключ доступа. Прежде чем удалить его, добавьте другой.
account-passkey-add-heading = Добавить ключ доступа
account-passkey-add-button = Подтвердить и добавить
account-sessions-heading = Где выполнен вход
account-session-since = Вход выполнен { $when }
account-session-current = Это устройство
account-session-end = Выйти на этом устройстве
account-session-ended = Вы вышли из системы на том устройстве.
account-session-unknown-device = Неизвестное устройство

notification-passkey-added = В вашу учётную запись добавлен ключ доступа: { $name }.
notification-passkey-removed = Из вашей учётной записи удалён ключ доступа: { $name }.
account-notices-heading = Изменения в вашей учётной записи
account-recovered = Вы воспользовались приглашением для восстановления доступа. Ниже показаны все ключи доступа вашей учётной записи. Какой-то ключ вам незнаком? Тогда удалите его. Также выйдите из системы на устройствах, которые вам незнакомы.
notification-recovery-issued = { $via ->
    [email] Приглашение для восстановления доступа к вашей учётной записи отправлено по электронной почте.
    [sms] Приглашение для восстановления доступа к вашей учётной записи отправлено по SMS.
    [letter] Приглашение для восстановления доступа к вашей учётной записи отправлено письмом.
   *[in_person] Приглашение для восстановления доступа к вашей учётной записи выдано лично в пункте приёма.
} Вы его не запрашивали? Сразу свяжитесь с { -agency(form: "short-ins") }.
