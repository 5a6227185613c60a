## The background jobs, on the DPO's page.

jobs-heading = Zadania w tle
jobs-job = Zadanie
jobs-last-run = Ostatnie uruchomienie
jobs-result = Wynik
jobs-next-run = Następne uruchomienie
jobs-never = Jeszcze nie
jobs-running = W toku
jobs-ok = Zakończone powodzeniem
jobs-failed = Nieudane
jobs-name-protocol-effects = Początek i koniec wersji protokołów
jobs-name-audit-checkpoint = Podpisany punkt kontrolny dziennika audytu
jobs-name-rectification-reminders = Przypomnienia o terminach sprostowań
jobs-name-mail-outbox = Wysyłanie e-maili
jobs-name-retention = Okres przechowywania: pseudonimizacja osób po pięciu latach
