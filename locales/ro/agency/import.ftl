## `portal import persons`: exportul sistemului de urmărire a clienților, așa cum operatorul
## citește rezultatul (în terminal și în fișierul de raport).

import-line = Linia
import-rows = Rânduri
import-new = noi
import-changed = modificate
import-unchanged = nemodificate
import-refused = refuzate
import-recipients-told = destinatari informați despre o corectare
import-nothing-written = Nu s-a importat nimic: cu --all-or-nothing, un singur rând refuzat oprește tot fișierul.
import-report-written = Raport scris în
import-more-refused = { $count ->
    [one] și încă { $count } rând refuzat (vedeți fișierul de raport)
    [few] și încă { $count } rânduri refuzate (vedeți fișierul de raport)
   *[other] și încă { $count } de rânduri refuzate (vedeți fișierul de raport)
}
import-error-required = Această coloană trebuie să aibă o valoare.
import-error-dossier = Nu este un număr de dosar: doar litere, cifre și - _ . /, cel mult 40 de caractere.
import-error-duplicate-dossier = Acest număr de dosar apare deja pe linia { $line } a fișierului; contează doar acel rând.
import-error-protocols-required = Indicați cel puțin un protocol (numele lui scurt; separați mai multe cu ;).
import-error-protocol-unknown = Nu există niciun protocol cu acest nume scurt în { -portal }.
import-error-ended-on = Nu este o zi validă: scrieți-o ca AAAA-LL-ZZ.
import-error-person-erased = Datele acestei persoane au fost șterse după perioada de păstrare; nu mai pot fi importate din nou.
import-error-encoding = Acest text nu este în UTF-8. Salvați exportul ca UTF-8 și importați-l din nou.
import-error-cell-count = Acest rând nu are tot atâtea celule câte coloane are antetul.
import-error-row-unreadable = Acest rând nu poate fi citit ca CSV (verificați ghilimelele).
import-error-json = Această linie nu este un obiect JSON.
import-error-json-keys = Această linie are o cheie care nu este o coloană a importului (vedeți portal import persons --help).
import-error-json-value = O valoare trebuie să fie un text, un număr sau, pentru coloana protocols, o listă de texte.
import-error-file-utf16 = Fișierul este în UTF-16. Salvați-l ca UTF-8 (CSV UTF-8) și importați-l din nou.
import-error-file-header = Prima linie a fișierului nu este un antet lizibil.
import-error-file-empty = Fișierul este gol.
import-error-file-columns-unknown = Antetul numește coloane pe care importul nu le cunoaște
import-error-file-columns-missing = În antet lipsesc coloane
import-error-file-columns-twice = Antetul numește o coloană de două ori
