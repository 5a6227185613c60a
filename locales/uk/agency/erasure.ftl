## Erasure at the recipients (art. 2): the agency's requests, the municipalities' attestations.

erasure-title = Видалення в отримувачів
erasure-intro = Дані, які місцевий орган влади отримав понад п’ять років тому, треба там видалити. { -agency(form: "short") } просить цей орган підтвердити видалення. Тут наведено кожен запит і його стан.
erasure-admin-intro = { -agency(form: "short") } просить вас підтвердити, що ви видалили дані цих осіб: ви отримали їх понад п’ять років тому. Спочатку видаліть їх у своїх системах, потім підтвердьте для кожної особи.
erasure-none = Запитів на видалення немає.
erasure-municipality = Місцевий орган влади
erasure-reference = Ідентифікатор
erasure-last-disclosed = Востаннє отримано
erasure-requested = Дата запиту
erasure-due = Підтвердити до
erasure-state = Стан
erasure-open = Відкритий
erasure-overdue = Прострочено
erasure-escalated = Прострочено, повідомлено співробітникам з питань захисту даних
erasure-attested = Видалення підтверджено
erasure-attest = Підтвердити видалення
erasure-done = Видалення підтверджено.
erasure-error-attested = Це видалення вже підтверджено.
