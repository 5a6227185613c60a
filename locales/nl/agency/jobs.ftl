## The background jobs, on the DPO's page.

jobs-heading = Achtergrondtaken
jobs-job = Taak
jobs-last-run = Laatst uitgevoerd
jobs-result = Resultaat
jobs-next-run = Volgende keer
jobs-never = Nog niet
jobs-running = Bezig
jobs-ok = Gelukt
jobs-failed = Mislukt
jobs-name-protocol-effects = Begin en einde van protocolversies
jobs-name-audit-checkpoint = Ondertekend controlepunt van het auditlogboek
jobs-name-rectification-reminders = Herinneringen aan termijnen van verbeteringen
jobs-name-mail-outbox = E-mail versturen
jobs-name-retention = Bewaartermijn: personen na vijf jaar pseudonimiseren
