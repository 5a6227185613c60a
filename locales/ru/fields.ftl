field-given-name = Имя
field-family-name = Фамилия
field-address = Адрес
field-phone = Номер телефона
field-email = Адрес электронной почты
field-contact-language = Язык общения
field-dutch-level = Уровень нидерландского языка
field-mo-status = Курс социальной ориентации

field-value-none = (неизвестно)
dutch-level-below-a1 = Ещё не A1
mo-status-not-started = Ещё не начат
mo-status-in-progress = В процессе
mo-status-completed = Пройден
mo-status-exempt = Освобождение от курса
