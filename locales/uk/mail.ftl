## E-mail from the outbox: only that there is a message, never what it says (the inbox does).

mail-subject = { -portal }: нове повідомлення
mail-greeting = Доброго дня, { $name }!
mail-new-message = { -portal }: для вас є нове повідомлення.
mail-read-it = Увійдіть, щоб його прочитати:
mail-invitation-subject = { -portal }: ваше запрошення
mail-invitation-intro = За цим посиланням ви знову отримаєте доступ до свого облікового запису. Воно працює лише один раз і діє недовго.
mail-invitation-code = Або введіть цей код на сторінці нижче:
mail-invitation-not-you = Ви про це не просили? Тоді не використовуйте посилання і зверніться до установи: { -agency }.
mail-footer = Це повідомлення надіслано автоматично. Відповіді на цю адресу ніхто не читає.
