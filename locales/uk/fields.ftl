field-given-name = Ім’я
field-family-name = Прізвище
field-address = Адреса
field-phone = Номер телефону
field-email = Адреса електронної пошти
field-contact-language = Мова спілкування
field-dutch-level = Рівень нідерландської мови
field-mo-status = Курс соціальної орієнтації

field-value-none = (невідомо)
dutch-level-below-a1 = Ще не A1
mo-status-not-started = Ще не розпочато
mo-status-in-progress = Триває
mo-status-completed = Завершено
mo-status-exempt = Звільнено
