## My data (GDPR 15).

my-data-title = Datele mele
my-data-intro = Acestea sunt toate datele pe care { -agency } le păstrează despre dumneavoastră: de ce, cine le primește și cât timp sunt păstrate.
my-data-dossier = Dosarul { $dossier }
my-data-updated = modificat ultima dată la { $when }
my-data-fields-caption = Datele dumneavoastră
my-data-field = Informație
my-data-value = Ce păstrăm
my-data-actions = Acțiuni
my-data-correct-link = Cereți corectarea
my-data-processing-heading = Pentru ce și cu cine
my-data-purposes = De ce
my-data-legal-basis = De ce este permis (temei juridic)
my-data-fields = Ce date
my-data-partners = Partenerii { -municipality(form: "singular-def-gen") }
my-data-no-partners = Niciunul
my-data-retention = Cât timp
my-data-period = Perioadă
my-data-open-ended = fără dată de sfârșit
my-data-consent-link = Vedeți sau modificați consimțământul meu
my-data-more-heading = Mai mult
my-data-disclosures-link = Cine a primit ce date?
my-data-corrections-link = Cererile mele de corectare
my-data-export-link = Descărcați tot ca fișier (JSON)
my-data-export-hint = Un fișier cu datele dumneavoastră, consimțămintele dumneavoastră, cine a primit ce și cererile dumneavoastră. Îl puteți păstra sau îl puteți da altcuiva.
