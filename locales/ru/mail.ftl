## E-mail from the outbox: only that there is a message, never what it says (the inbox does).

mail-subject = Новое сообщение в сервисе «{ -portal }»
mail-greeting = Здравствуйте, { $name }!
mail-new-message = Для вас есть новое сообщение в сервисе «{ -portal }».
mail-read-it = Войдите, чтобы его прочитать:
mail-invitation-subject = Ваше приглашение в { -portal }
mail-invitation-intro = По этой ссылке вы снова получите доступ к своей учётной записи. Ссылка работает только один раз, и срок её действия короткий.
mail-invitation-code = Или введите этот код на странице по ссылке ниже:
mail-invitation-not-you = Вы этого не запрашивали? Тогда не открывайте ссылку и обратитесь в { -agency }.
mail-footer = Это сообщение отправлено автоматически. Ответы на этот адрес не читаются.
