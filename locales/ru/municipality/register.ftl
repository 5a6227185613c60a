register-title = Реестр профилей должностей
register-intro = Какие должности могут видеть какие данные и зачем (статья 4 протокола).
register-add = Добавить профиль должности
register-created = Профиль должности добавлен.
register-changed = Реестр обновлён.
register-revised = Изменение сохранено как новая версия. Все, у кого есть этот профиль, теперь читают данные по этой версии.
register-deactivated = Профиль должности отключён: те, у кого он есть, больше не читают никаких данных.
register-reactivated = Профиль должности снова включён.
register-inactive = отключён
register-revision = Версия { $number } от { $date }
register-holders = { $count ->
    [0] Этого профиля нет ни у кого.
    [one] Этот профиль есть у { $count } сотрудника или системы.
    [few] Этот профиль есть у { $count } сотрудников и систем.
    [many] Этот профиль есть у { $count } сотрудников и систем.
   *[other] Этот профиль есть у { $count } сотрудников и систем.
}
register-new-title = Новый профиль должности
register-new-intro = Профиль должности определяет, какие данные может видеть должность и зачем. Выбирайте только то, что действительно нужно этой должности.
register-profile-title = Профиль должности
register-name = Название должности
register-purpose = Цель
register-purpose-hint = Для чего эта должность использует данные? Человек видит эту цель при каждом чтении.
register-fields = Данные
register-fields-hint = Только данные из списка в статье 3 протокола.
register-create = Добавить профиль
register-save = Сохранить изменение
register-change-heading = Изменить
register-change-hint = Изменение создаёт новую версию. Прежние чтения остаются связаны с версией, по которой они были сделаны.
register-state-active = Включён
register-state-inactive = Отключён
register-deactivate = Отключить
register-deactivate-hint = Тогда те, у кого есть этот профиль, больше не смогут читать никакие данные.
register-reactivate = Снова включить
register-reactivate-hint = Тогда те, у кого есть этот профиль, снова смогут читать то, что разрешает профиль.
register-history-heading = Все версии
register-history-revision = Версия
register-history-valid = Действует
register-current = сейчас
register-back = Назад к реестру
profile-error-name-required = Дайте должности название.
profile-error-name-too-long = Название слишком длинное (не более 120 символов).
profile-error-name-taken = Профиль должности с таким названием уже есть.
profile-error-purpose-required = Опишите цель.
profile-error-purpose-too-long = Цель описана слишком длинно (не более 300 символов).
profile-error-fields-required = Выберите хотя бы одно поле.
profile-error-field-unknown = Этого поля нет в списке протокола.
register-translations-heading = Цель на других языках
register-translations-hint = Новоприбывшие читают на своём языке, для чего были прочитаны их данные. Если вы оставите поле пустым, они увидят цель на нидерландском языке с пометкой, что она не переведена. Если вы измените цель, переводы утратят силу.
register-translations-save = Сохранить переводы
register-translations-saved = Переводы сохранены.
