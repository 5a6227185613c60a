## My data (GDPR 15).

my-data-title = Xogtayda
my-data-intro = Tani waa dhammaan xogta ay { -agency } kaa hayso: sababta, cidda hesha iyo inta la kaydinayo.
my-data-dossier = Faylka { $dossier }
my-data-updated = markii ugu dambaysay la beddelay { $when }
my-data-fields-caption = Xogtaada
my-data-field = Xogta
my-data-value = Waxa aan kaydsanno
my-data-actions = Ficillada
my-data-correct-link = Codso sixid
my-data-processing-heading = Ujeeddada iyo cidda
my-data-purposes = Sababta
my-data-legal-basis = Sababta tan loo oggol yahay (saldhigga sharciga)
my-data-fields = Xogta noocee ah
my-data-partners = La-hawlgalayaasha { -municipality(form: "def") }
my-data-no-partners = Midna
my-data-retention = Inta la kaydinayo
my-data-period = Muddada
my-data-open-ended = taariikh dhammaad ma leh
my-data-consent-link = Eeg ama beddel oggolaanshahayga
my-data-more-heading = Wax kale
my-data-disclosures-link = Yaa helay xogtee?
my-data-corrections-link = Codsiyadayda sixidda
my-data-export-link = Wax walba u soo deji fayl ahaan (JSON)
my-data-export-hint = Fayl ay ku jiraan xogtaada, oggolaanshahaaga, cidda heshay waxa ay heshay iyo codsiyadaada. Waad kaydsan kartaa ama qof kale ayaad siin kartaa.
