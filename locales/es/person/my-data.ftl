## My data (GDPR 15).

my-data-title = Mis datos
my-data-intro = Estos son todos los datos que la { -agency } tiene sobre usted: por qué, quién los recibe y durante cuánto tiempo se conservan.
my-data-dossier = Expediente { $dossier }
my-data-updated = último cambio el { $when }
my-data-fields-caption = Sus datos
my-data-field = Dato
my-data-value = Lo que tenemos
my-data-actions = Acciones
my-data-correct-link = Pedir una corrección
my-data-processing-heading = Para qué y con quién
my-data-purposes = Por qué
my-data-legal-basis = Por qué está permitido (base jurídica)
my-data-fields = Qué datos
my-data-partners = Socios del { -municipality }
my-data-no-partners = Ninguno
my-data-retention = Durante cuánto tiempo
my-data-period = Período
my-data-open-ended = sin fecha de fin
my-data-consent-link = Ver o cambiar mi consentimiento
my-data-more-heading = Más
my-data-disclosures-link = ¿Quién ha recibido qué datos?
my-data-corrections-link = Mis solicitudes de corrección
my-data-export-link = Descargar todo en un archivo (JSON)
my-data-export-hint = Un archivo con sus datos, sus consentimientos, quién recibió qué y sus solicitudes. Puede guardarlo o dárselo a otra persona.
