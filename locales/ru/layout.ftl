# The frame of every page.
layout-skip-to-content = Перейти к содержанию
layout-language-nav = Язык
layout-footer-operator = { -portal } — { -agency }
layout-footer-protocols = Опубликованные протоколы

not-found-title = Страница не найдена
not-found-body = Такой страницы нет (или больше нет). Проверьте адрес.
not-found-home-link = На главную страницу

layout-account-nav = Ваша учётная запись
layout-start-page = Главная
layout-account = Учётная запись и доступ
layout-sign-in = Войти
layout-sign-out = Выйти
layout-idle-warning = Вы уже некоторое время ничего не делали. Через 5 минут система выполнит выход, чтобы защитить ваши данные.
layout-idle-stay = Остаться в системе
layout-footer-accessibility = Заявление о доступности
layout-translation-unreviewed = Этот перевод ещё не проверен. Обязательную силу имеет текст на нидерландском языке.
layout-translation-dutch-link = Прочитать эту страницу на нидерландском языке
layout-untranslated = Ещё не переведено. Это текст на нидерландском языке.
