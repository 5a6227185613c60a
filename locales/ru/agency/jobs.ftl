## The background jobs, on the DPO's page.

jobs-heading = Фоновые задачи
jobs-job = Задача
jobs-last-run = Последний запуск
jobs-result = Результат
jobs-next-run = Следующий запуск
jobs-never = Ещё не было
jobs-running = Выполняется
jobs-ok = Успешно
jobs-failed = Ошибка
jobs-name-protocol-effects = Начало и окончание действия версий протоколов
jobs-name-audit-checkpoint = Подписанная контрольная точка журнала аудита
jobs-name-rectification-reminders = Напоминания о сроках исправления
jobs-name-mail-outbox = Отправка электронной почты
jobs-name-retention = Срок хранения: псевдонимизация людей через пять лет
