## My data (GDPR 15).

my-data-title = Moje dane
my-data-intro = To są wszystkie dane, które przechowuje o Panu/Pani { -agency }: dlaczego, kto je otrzymuje i jak długo są przechowywane.
my-data-dossier = Sprawa { $dossier }
my-data-updated = ostatnia zmiana: { $when }
my-data-fields-caption = Pana/Pani dane
my-data-field = Informacja
my-data-value = Co przechowujemy
my-data-actions = Działania
my-data-correct-link = Poproś o poprawienie
my-data-processing-heading = Do czego i z kim
my-data-purposes = Dlaczego
my-data-legal-basis = Dlaczego jest to dozwolone (podstawa prawna)
my-data-fields = Jakie dane
my-data-partners = Partnerzy { -municipality(form: "singular-gen") }
my-data-no-partners = Brak
my-data-retention = Jak długo
my-data-period = Okres
my-data-open-ended = bez daty zakończenia
my-data-consent-link = Zobacz lub zmień moją zgodę
my-data-more-heading = Więcej
my-data-disclosures-link = Kto otrzymał jakie dane?
my-data-corrections-link = Moje wnioski o poprawienie danych
my-data-export-link = Pobierz wszystko jako plik (JSON)
my-data-export-hint = Plik z Pana/Pani danymi, zgodami, informacją, kto co otrzymał, oraz wnioskami. Może go Pan/Pani zachować albo dać komuś innemu.
