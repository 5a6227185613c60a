## `portal import persons`: eksport z systemu monitorowania klientów, tak jak operator odczytuje
## wynik (w terminalu i w pliku raportu).

import-line = Wiersz
import-rows = Wiersze
import-new = nowe
import-changed = zmienione
import-unchanged = bez zmian
import-refused = odrzucone
import-recipients-told = odbiorcy poinformowani o sprostowaniu
import-nothing-written = Nic nie zaimportowano: przy --all-or-nothing jeden odrzucony wiersz zatrzymuje cały plik.
import-report-written = Raport zapisano w
import-more-refused = { $count ->
    [one] i jeszcze { $count } odrzucony wiersz (zob. plik raportu)
    [few] i jeszcze { $count } odrzucone wiersze (zob. plik raportu)
    [many] i jeszcze { $count } odrzuconych wierszy (zob. plik raportu)
   *[other] i jeszcze { $count } odrzuconego wiersza (zob. plik raportu)
}
import-error-required = Ta kolumna musi mieć wartość.
import-error-dossier = To nie jest numer sprawy: tylko litery, cyfry oraz - _ . /, najwyżej 40 znaków.
import-error-duplicate-dossier = Ten numer sprawy jest już w wierszu { $line } pliku; liczy się tylko tamten wiersz.
import-error-protocols-required = Proszę podać co najmniej jeden protokół (jego krótką nazwę; kilka proszę rozdzielić znakiem ;).
import-error-protocol-unknown = W serwisie { -portal } nie ma protokołu o tej krótkiej nazwie.
import-error-ended-on = To nie jest poprawny dzień: proszę zapisać datę jako RRRR-MM-DD.
import-error-person-erased = Dane tej osoby zostały usunięte po upływie okresu przechowywania; nie można ich ponownie zaimportować.
import-error-encoding = Ten tekst nie jest w UTF-8. Proszę zapisać eksport jako UTF-8 i zaimportować go ponownie.
import-error-cell-count = Ten wiersz ma inną liczbę komórek, niż nagłówek ma kolumn.
import-error-row-unreadable = Tego wiersza nie da się odczytać jako CSV (proszę sprawdzić cudzysłowy).
import-error-json = Ten wiersz nie jest obiektem JSON.
import-error-json-keys = Ten wiersz ma klucz, który nie jest kolumną importu (zob. portal import persons --help).
import-error-json-value = Wartość musi być tekstem, liczbą albo, w kolumnie protocols, listą tekstów.
import-error-file-utf16 = Plik jest w UTF-16. Proszę zapisać go jako UTF-8 (CSV UTF-8) i zaimportować ponownie.
import-error-file-header = Pierwszy wiersz pliku nie jest czytelnym nagłówkiem.
import-error-file-empty = Plik jest pusty.
import-error-file-columns-unknown = Nagłówek zawiera kolumny, których import nie zna
import-error-file-columns-missing = W nagłówku brakuje kolumn
import-error-file-columns-twice = Nagłówek dwukrotnie zawiera kolumnę
