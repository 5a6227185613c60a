## The background jobs, on the DPO's page.

jobs-heading = Sarcini în fundal
jobs-job = Sarcină
jobs-last-run = Ultima rulare
jobs-result = Rezultat
jobs-next-run = Următoarea rulare
jobs-never = Încă nu
jobs-running = Rulează
jobs-ok = Reușită
jobs-failed = Eșuată
jobs-name-protocol-effects = Începutul și sfârșitul versiunilor de protocol
jobs-name-audit-checkpoint = Punct de control semnat al jurnalului de audit
jobs-name-rectification-reminders = Mementouri pentru termenele de corectare
jobs-name-mail-outbox = Trimiterea e-mailurilor
jobs-name-retention = Păstrare: pseudonimizarea persoanelor după cinci ani
