## My data (GDPR 15).

my-data-title = Мої дані
my-data-intro = Тут усі дані про вас, які зберігає { -agency }: навіщо, хто їх отримує і як довго їх зберігають.
my-data-dossier = Справа { $dossier }
my-data-updated = востаннє змінено { $when }
my-data-fields-caption = Ваші дані
my-data-field = Дані
my-data-value = Що ми зберігаємо
my-data-actions = Дії
my-data-correct-link = Попросити виправити
my-data-processing-heading = Для чого і з ким
my-data-purposes = Навіщо
my-data-legal-basis = Чому це дозволено (правова підстава)
my-data-fields = Які дані
my-data-partners = Партнери { -municipality(form: "singular-gen") }
my-data-no-partners = Немає
my-data-retention = Як довго
my-data-period = Період
my-data-open-ended = без дати завершення
my-data-consent-link = Переглянути або змінити мою згоду
my-data-more-heading = Більше
my-data-disclosures-link = Хто отримав які дані?
my-data-corrections-link = Мої запити на виправлення
my-data-export-link = Завантажити все одним файлом (JSON)
my-data-export-hint = Файл із вашими даними, вашими згодами, списком того, хто що отримав, і вашими запитами. Ви можете зберегти його або передати комусь іншому.
