## My data (GDPR 15), who received it, correction requests (art. 7) and the inbox.

person-home-data-heading = Uw gegevens
person-home-my-data = Welke gegevens het { -agency } over u heeft
person-home-disclosures = Wie uw gegevens kreeg
person-home-corrections = Een gegeven laten verbeteren
person-home-notifications = { $count ->
    [0] Berichten
    [one] Berichten ({ $count } nieuw)
   *[other] Berichten ({ $count } nieuw)
}

field-value-none = (niet gekend)
dutch-level-below-a1 = Nog geen A1
mo-status-not-started = Nog niet begonnen
mo-status-in-progress = Bezig
mo-status-completed = Afgerond
mo-status-exempt = Vrijgesteld

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
my-data-legal-basis = Rechtsgrond
my-data-fields = Welke gegevens
my-data-partners = Partners van de gemeente
my-data-no-partners = Geen
my-data-retention = Hoe lang
my-data-period = Periode
my-data-open-ended = geen einddatum
my-data-consent-link = Mijn toestemming bekijken of wijzigen
my-data-more-heading = Meer
my-data-disclosures-link = Wie kreeg welke gegevens?
my-data-corrections-link = Mijn verzoeken tot verbetering
my-data-export-link = Alles downloaden (JSON)
my-data-export-hint = Een bestand met uw gegevens, uw toestemmingen, wie wat kreeg en uw verzoeken.

disclosures-title = Wie kreeg mijn gegevens?
disclosures-intro = Elke keer dat een gemeente of partner uw gegevens opvraagt, wordt dat hier bijgehouden.
disclosures-overview-heading = Overzicht per ontvanger
disclosures-none = Nog niemand heeft uw gegevens gekregen.
disclosures-partner-of = { $partner } (partner van { $municipality })
disclosures-field = Gegeven
disclosures-count = Hoe vaak
disclosures-last = Laatst
disclosures-times = { $count ->
    [one] { $count } keer
   *[other] { $count } keer
}
disclosures-timeline-heading = Alle keren, nieuwste eerst
disclosures-filter-party = Ontvanger
disclosures-filter-field = Gegeven
disclosures-filter-all = Alle
disclosures-filter-from = Van
disclosures-filter-to = Tot en met
disclosures-filter-apply = Tonen
disclosures-found = { $count ->
    [0] Niets gevonden.
    [one] { $count } keer gevonden.
   *[other] { $count } keer gevonden.
}
disclosures-fields = Gegevens: { $fields }
disclosures-channel-ui = Bekeken door een medewerker
disclosures-channel-api = Opgevraagd door een computersysteem
disclosures-channel-onward = Doorgegeven aan een partner
disclosures-channel-export = In een export
disclosures-purpose = Doel:
disclosures-consent = Op basis van uw toestemming van { $when }: { $scopes }.
disclosures-previous = Vorige
disclosures-next = Volgende
disclosures-pages = Pagina's
disclosures-page-of = Pagina { $page } van { $pages }
disclosures-error-date = Schrijf een datum als jjjj-mm-dd, bijvoorbeeld 2026-03-01.
disclosures-error-period = De begindatum moet voor de einddatum liggen.

corrections-title = Mijn verzoeken tot verbetering
corrections-intro = Klopt een gegeven niet? Vraag het { -agency } om het te verbeteren. U krijgt binnen één maand een antwoord.
corrections-new-button = Een gegeven laten verbeteren
corrections-none = U hebt nog geen verzoek ingediend.
corrections-deadline = Ingediend op { $received } · antwoord uiterlijk op { $due }
corrections-decided-on = Ingediend op { $received } · beslist op { $decided }
corrections-due-label = Uiterste datum voor het antwoord:
corrections-new-title = Een gegeven laten verbeteren
corrections-new-intro = Kies het gegeven, schrijf wat juist is en leg kort uit waarom.
corrections-current-caption = Wat wij nu bijhouden
corrections-field-label = Welk gegeven?
corrections-value-label = Wat is juist?
corrections-value-hint = Bijvoorbeeld een telefoonnummer als 0470 12 34 56, of een niveau als B1.
corrections-statement-label = Waarom?
corrections-statement-hint = Ten hoogste { $max } tekens.
corrections-submit = Verzoek indienen
corrections-back = Terug naar mijn verzoeken
correction-hint-given-name = Uw voornaam zoals op uw identiteitskaart.
correction-hint-family-name = Uw familienaam zoals op uw identiteitskaart.
correction-hint-address = Straat, huisnummer, postcode en gemeente.
correction-hint-phone = Bijvoorbeeld 0470 12 34 56 of +32 470 12 34 56.
correction-hint-email = Bijvoorbeeld naam@voorbeeld.be.
correction-hint-contact-language = Kies de taal waarin u berichten wilt krijgen.
correction-hint-dutch-level = Kies uw niveau (A1, A2, B1, B2, C1 of C2).
correction-hint-mo-status = Kies hoe ver u staat met de cursus.
correction-title = Verzoek tot verbetering
correction-filed = Uw verzoek is ingediend. Het { -agency } antwoordt u binnen één maand.
correction-current = Wat wij bijhielden
correction-proposed = Wat u voorstelt
correction-pending = Het { -agency } bekijkt uw verzoek. Tot er een beslissing is, zien ontvangers dat dit gegeven betwist wordt.
correction-accepted = Uw verzoek is aanvaard. Het gegeven is verbeterd.
correction-parties-told = Deze ontvangers kregen bericht van de verbetering: { $parties }.
correction-told-nobody = niemand (niemand had dit gegeven gekregen)
correction-rejected = Uw verzoek is geweigerd.
correction-reason = Reden:
correction-complaint = Bent u het niet eens? U kunt klacht indienen bij de Vlaamse Toezichtcommissie (www.vlaamsetoezichtcommissie.be).
correction-extended = De termijn is verlengd. Reden:
correction-status-open = Ontvangen
correction-status-acknowledged = In behandeling
correction-status-accepted = Aanvaard
correction-status-rejected = Geweigerd

correction-error-value-empty = Schrijf wat juist is.
correction-error-value-too-long = Dat is te lang: ten hoogste 300 tekens.
correction-error-value-characters = Er staan tekens in die hier niet kunnen.
correction-error-name = Een naam bestaat uit letters, ten hoogste 100.
correction-error-address = Schrijf het volledige adres: straat, huisnummer, postcode en gemeente.
correction-error-phone = Dat is geen geldig telefoonnummer. Schrijf het als 0470 12 34 56 of +32 470 12 34 56.
correction-error-email = Dat is geen geldig e-mailadres. Schrijf het als naam@voorbeeld.be.
correction-error-language = Kies een taal van het portaal: nl, en, fr of ar.
correction-error-dutch-level = Dat is geen niveau. Schrijf A1, A2, B1, B2, C1 of C2.
correction-error-mo-status = Kies een van de mogelijkheden: nog niet begonnen, bezig, afgerond of vrijgesteld.
correction-error-statement-empty = Leg kort uit waarom het gegeven niet klopt.
correction-error-statement-too-long = Uw uitleg is te lang: ten hoogste 1000 tekens.
correction-error-unchanged = Dat is hetzelfde als wat wij al bijhouden.
correction-error-already-pending = Voor dit gegeven loopt al een verzoek. Wacht op het antwoord.
correction-error-already-decided = Over dit verzoek is al beslist.
correction-error-reason-required = Geef een reden.

inbox-title = Berichten
inbox-empty = U hebt geen berichten.
inbox-new = Nieuw
inbox-unread = { $count ->
    [0] Geen nieuwe berichten.
    [one] { $count } nieuw bericht.
   *[other] { $count } nieuwe berichten.
}
inbox-mark-read = Alles als gelezen markeren
inbox-marked-read = Alle berichten zijn als gelezen gemarkeerd.
notification-unknown = Een bericht van het portaal.
notification-consent-give = U gaf toestemming om gegevens te delen met { $recipient }.
notification-consent-change = U wijzigde uw toestemming voor { $recipient }.
notification-consent-withdraw = U trok uw toestemming voor { $recipient } in. Er wordt niets meer gedeeld.
notification-correction-filed = Uw verzoek om { $field } te verbeteren is ontvangen. Antwoord uiterlijk op { $due }.
notification-correction-accepted = Uw verzoek om { $field } te verbeteren is aanvaard.
notification-correction-rejected = Uw verzoek om { $field } te verbeteren is geweigerd. Bekijk de reden bij uw verzoeken.
notification-correction-recipient-told = Een gegeven dat u ontving is verbeterd: { $field }.
