## The background jobs, on the DPO's page.

jobs-heading = Фонові завдання
jobs-job = Завдання
jobs-last-run = Останній запуск
jobs-result = Результат
jobs-next-run = Наступний запуск
jobs-never = Ще не було
jobs-running = Виконується
jobs-ok = Успішно
jobs-failed = Помилка
jobs-name-protocol-effects = Початок і кінець дії версій протоколу
jobs-name-audit-checkpoint = Підписана контрольна точка журналу аудиту
jobs-name-rectification-reminders = Нагадування про строки виправлення
jobs-name-mail-outbox = Надсилання електронної пошти
jobs-name-retention = Зберігання: псевдонімізація осіб через п’ять років
