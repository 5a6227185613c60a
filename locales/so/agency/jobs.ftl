## The background jobs, on the DPO's page.

jobs-heading = Hawlaha gadaal ka socda
jobs-job = Hawsha
jobs-last-run = Markii ugu dambaysay la socodsiiyay
jobs-result = Natiijada
jobs-next-run = Socodsiinta xigta
jobs-never = Weli maya
jobs-running = Way socotaa
jobs-ok = Way guulaysatay
jobs-failed = Way fashilantay
jobs-name-protocol-effects = Bilowga iyo dhammaadka nuqullada borotokoolka
jobs-name-audit-checkpoint = Bar-hubinta la saxiixay ee diiwaanka hubinta
jobs-name-rectification-reminders = Xusuusinta muddooyinka sixidda
jobs-name-mail-outbox = Dirista iimaylka
jobs-name-retention = Kaydinta: magac-qarinta (pseudonymisation) dadka shan sano kadib
