## `portal import persons`: вивантаження із системи супроводу клієнтів, як оператор читає
## результат (у терміналі та у файлі звіту).

import-line = Рядок
import-rows = Рядки
import-new = нові
import-changed = змінені
import-unchanged = без змін
import-refused = відхилені
import-recipients-told = отримувачі, яких повідомлено про виправлення
import-nothing-written = Нічого не імпортовано: з --all-or-nothing один відхилений рядок зупиняє весь файл.
import-report-written = Звіт записано в
import-more-refused = { $count ->
    [one] і ще { $count } відхилений рядок (див. файл звіту)
    [few] і ще { $count } відхилені рядки (див. файл звіту)
    [many] і ще { $count } відхилених рядків (див. файл звіту)
   *[other] і ще { $count } відхиленого рядка (див. файл звіту)
}
import-error-required = У цьому стовпці має бути значення.
import-error-dossier = Це не номер справи: лише літери, цифри та - _ . /, не більше 40 символів.
import-error-duplicate-dossier = Цей номер справи вже є в рядку { $line } файлу; враховується лише той рядок.
import-error-protocols-required = Вкажіть принаймні один протокол (його коротку назву; кілька розділяйте знаком ;).
import-error-protocol-unknown = У сервісі «{ -portal }» немає протоколу з такою короткою назвою.
import-error-ended-on = Це не дата: запишіть її як РРРР-ММ-ДД.
import-error-person-erased = Дані цієї особи видалено після закінчення строку зберігання; імпортувати їх знову не можна.
import-error-encoding = Цей текст не в кодуванні UTF-8. Збережіть вивантаження в UTF-8 та імпортуйте його знову.
import-error-cell-count = У цьому рядку клітинок не стільки, скільки стовпців у заголовку.
import-error-row-unreadable = Цей рядок не вдається прочитати як CSV (перевірте лапки).
import-error-json = Цей рядок не є об’єктом JSON.
import-error-json-keys = У цьому рядку є ключ, який не є стовпцем імпорту (див. portal import persons --help).
import-error-json-value = Значення має бути текстом, числом або, для стовпця protocols, списком текстів.
import-error-file-utf16 = Файл у кодуванні UTF-16. Збережіть його в UTF-8 (CSV UTF-8) та імпортуйте знову.
import-error-file-header = Перший рядок файлу не є читабельним заголовком.
import-error-file-empty = Файл порожній.
import-error-file-columns-unknown = У заголовку є стовпці, яких імпорт не знає
import-error-file-columns-missing = У заголовку бракує стовпців
import-error-file-columns-twice = У заголовку двічі вказано стовпець
