## My data (GDPR 15).

my-data-title = Мои данные
my-data-intro = Здесь все данные о вас, которые хранит { -agency }: зачем, кто их получает и как долго они хранятся.
my-data-dossier = Дело { $dossier }
my-data-updated = последнее изменение: { $when }
my-data-fields-caption = Ваши данные
my-data-field = Данные
my-data-value = Что у нас записано
my-data-actions = Действия
my-data-correct-link = Попросить исправить
my-data-processing-heading = Для чего и с кем
my-data-purposes = Зачем
my-data-legal-basis = Почему это разрешено (правовое основание)
my-data-fields = Какие данные
my-data-partners = Партнёры { -municipality(form: "singular-gen") }
my-data-no-partners = Нет
my-data-retention = Как долго
my-data-period = Период
my-data-open-ended = без даты окончания
my-data-consent-link = Посмотреть или изменить моё согласие
my-data-more-heading = Ещё
my-data-disclosures-link = Кто получил какие данные?
my-data-corrections-link = Мои запросы на исправление
my-data-export-link = Скачать всё одним файлом (JSON)
my-data-export-hint = Файл с вашими данными, вашими согласиями, сведениями о том, кто что получил, и вашими запросами. Вы можете сохранить его или передать кому-то другому.
