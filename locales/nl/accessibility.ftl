## /accessibility: the accessibility statement (toegankelijkheidsverklaring).

a11y-title = Toegankelijkheidsverklaring
a11y-intro = Het { -agency } wil dat iedereen dit portaal kan gebruiken. Ook met een schermlezer, alleen met het toetsenbord of met grote letters. Dat vraagt een decreet van de Vlaamse overheid van 7 december 2018.
a11y-status-heading = Hoe toegankelijk is het portaal?
a11y-status = Het portaal voldoet voor een deel aan de regels voor toegankelijke websites (WCAG 2.1, niveau AA). Hieronder staat wat nog niet toegankelijk is.
a11y-limits-heading = Wat nog niet toegankelijk is
a11y-limit-languages = Teksten die een { -municipality } zelf schrijft, zoals het doel van een functieprofiel, zijn soms alleen in het Nederlands. Dan staat dat erbij.
a11y-limit-translations = De vertalingen zijn nog niet nagelezen door een vertaler. De Nederlandse tekst is de bindende.
a11y-limit-passkeys = Aanmelden gaat met een passkey. Niet elk oud toestel of elke oude browser kan dat. Lukt het niet, dan helpt het { -agency } u.
a11y-limit-documents = De volledige tekst van een protocol is een juridische tekst. Bovenaan elke protocolpagina staat een korte samenvatting.
a11y-method-heading = Hoe we dit nagingen
a11y-method = Wij schreven deze verklaring op { $day }, na een eigen controle. Bij elke wijziging testen we elke pagina automatisch (met axe-core, op WCAG 2.1 A en AA). We testen op het scherm van een gsm.
a11y-contact-heading = Een probleem melden
a11y-contact = Kunt u iets op dit portaal niet gebruiken? Laat het ons weten. We antwoorden binnen vijf werkdagen en helpen u intussen op een andere manier.
a11y-complaint-heading = Niet tevreden met ons antwoord?
a11y-complaint = Dan kunt u klacht indienen bij de Vlaamse Ombudsdienst.
