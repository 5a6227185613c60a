## `portal import persons`: выгрузка из системы сопровождения клиентов, как оператор читает
## результат (в терминале и в файле отчёта).

import-line = Строка
import-rows = Строки
import-new = новые
import-changed = изменённые
import-unchanged = без изменений
import-refused = отклонённые
import-recipients-told = получатели, уведомлённые об исправлении
import-nothing-written = Ничего не импортировано: с --all-or-nothing одна отклонённая строка останавливает весь файл.
import-report-written = Отчёт записан в
import-more-refused = { $count ->
    [one] и ещё { $count } отклонённая строка (см. файл отчёта)
    [few] и ещё { $count } отклонённые строки (см. файл отчёта)
    [many] и ещё { $count } отклонённых строк (см. файл отчёта)
   *[other] и ещё { $count } отклонённой строки (см. файл отчёта)
}
import-error-required = В этом столбце должно быть значение.
import-error-dossier = Это не номер дела: только буквы, цифры и - _ . /, не более 40 символов.
import-error-duplicate-dossier = Этот номер дела уже есть в строке { $line } файла; учитывается только та строка.
import-error-protocols-required = Укажите хотя бы один протокол (его краткое имя; несколько разделяйте знаком ;).
import-error-protocol-unknown = В сервисе «{ -portal }» нет протокола с таким кратким именем.
import-error-ended-on = Это не дата: запишите её как ГГГГ-ММ-ДД.
import-error-person-erased = Данные этого человека удалены после окончания срока хранения; импортировать их снова нельзя.
import-error-encoding = Этот текст не в кодировке UTF-8. Сохраните выгрузку в UTF-8 и импортируйте её снова.
import-error-cell-count = В этой строке ячеек не столько, сколько столбцов в заголовке.
import-error-row-unreadable = Эту строку нельзя прочитать как CSV (проверьте кавычки).
import-error-json = Эта строка не является объектом JSON.
import-error-json-keys = В этой строке есть ключ, который не является столбцом импорта (см. portal import persons --help).
import-error-json-value = Значение должно быть текстом, числом или, для столбца protocols, списком текстов.
import-error-file-utf16 = Файл в кодировке UTF-16. Сохраните его в UTF-8 (CSV UTF-8) и импортируйте снова.
import-error-file-header = Первая строка файла не является читаемым заголовком.
import-error-file-empty = Файл пуст.
import-error-file-columns-unknown = В заголовке есть столбцы, которых импорт не знает
import-error-file-columns-missing = В заголовке не хватает столбцов
import-error-file-columns-twice = В заголовке дважды указан столбец
