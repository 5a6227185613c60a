## My data (GDPR 15).

my-data-title = Mijn gegevens
my-data-intro = Dit zijn alle gegevens die het { -agency } over u bijhoudt, waarom, wie ze krijgt en hoe lang ze bewaard worden.
my-data-dossier = Dossier { $dossier }
my-data-updated = laatst gewijzigd op { $when }
my-data-fields-caption = Uw gegevens
my-data-field = Gegeven
my-data-value = Wat wij bijhouden
my-data-actions = Acties
my-data-correct-link = Laten verbeteren
my-data-processing-heading = Waarvoor en met wie
my-data-purposes = Waarom
my-data-legal-basis = Waarom dit mag (rechtsgrond)
my-data-fields = Welke gegevens
my-data-partners = Partners van de { -municipality }
my-data-no-partners = Geen
my-data-retention = Hoe lang
my-data-period = Periode
my-data-open-ended = geen einddatum
my-data-consent-link = Mijn toestemming bekijken of wijzigen
my-data-more-heading = Meer
my-data-disclosures-link = Wie kreeg welke gegevens?
my-data-corrections-link = Mijn verzoeken tot verbetering
my-data-export-link = Alles downloaden als bestand (JSON)
my-data-export-hint = Een bestand met uw gegevens, uw toestemmingen, wie wat kreeg en uw verzoeken. U kunt het bewaren of aan iemand anders geven.
