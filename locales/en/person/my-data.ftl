## My data (GDPR 15).

my-data-title = My data
my-data-intro = This is all the data the { -agency } keeps about you: why, who receives it and how long it is kept.
my-data-dossier = Case file { $dossier }
my-data-updated = last changed on { $when }
my-data-fields-caption = Your data
my-data-field = Detail
my-data-value = What we keep
my-data-actions = Actions
my-data-correct-link = Ask to correct
my-data-processing-heading = What for and with whom
my-data-purposes = Why
my-data-legal-basis = Why this is allowed (legal basis)
my-data-fields = Which data
my-data-partners = Partners of the { -municipality }
my-data-no-partners = None
my-data-retention = How long
my-data-period = Period
my-data-open-ended = no end date
my-data-consent-link = View or change my consent
my-data-more-heading = More
my-data-disclosures-link = Who received which data?
my-data-corrections-link = My correction requests
my-data-export-link = Download everything as a file (JSON)
my-data-export-hint = A file with your data, your consents, who received what and your requests. You can keep it or give it to someone else.
