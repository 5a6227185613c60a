# The frame of every page.
layout-skip-to-content = Перейти до вмісту
layout-language-nav = Мова
layout-footer-operator = { -portal } — { -agency }
layout-footer-protocols = Опубліковані протоколи

not-found-title = Сторінку не знайдено
not-found-body = Такої сторінки немає (або вже немає). Перевірте адресу.
not-found-home-link = На головну сторінку

layout-account-nav = Ваш обліковий запис
layout-start-page = Головна
layout-account = Обліковий запис і доступ
layout-sign-in = Увійти
layout-sign-out = Вийти
layout-idle-warning = Ви деякий час нічого не робили. Через 5 хвилин вас буде виведено з системи, щоб захистити ваші дані.
layout-idle-stay = Залишитися в системі
layout-footer-accessibility = Заява про доступність
layout-translation-unreviewed = Цей переклад ще не перевірено. Юридичну силу має текст нідерландською мовою.
layout-translation-dutch-link = Читати цю сторінку нідерландською
layout-untranslated = Ще не перекладено. Це текст нідерландською мовою.
