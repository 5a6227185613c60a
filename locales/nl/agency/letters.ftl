## Uitnodigingsbrieven in bulk: het formulier van de protocolbeheerder, de melding op het
## scherm en de brief zelf (in de contacttaal van de persoon, daarna in het Nederlands).

letters-form-heading = Uitnodigingsbrieven
letters-form-intro = Druk voor elke persoon een brief af, in de eigen taal en in het Nederlands, met een QR-code en een code om te typen. Elke brief is een nieuwe uitnodiging: oudere werken niet meer.
letters-form-not-yet-invited = Iedereen die nog geen uitnodiging kreeg (bijvoorbeeld net ingelezen)
letters-form-dossiers = Of deze dossiernummers
letters-form-dossiers-hint = Eén per regel. Hoogstens 500.
letters-form-submit = Maak de brieven
letters-error-none = Er is niemand om te schrijven: niemand wacht op een uitnodiging, of de lijst is leeg.
letters-error-too-many = Dat zijn meer dan 500 brieven. Maak ze in kleinere groepen.
letters-error-unknown-dossier = Een van deze dossiernummers is niet bekend in het { -portal }. Kijk de lijst na.
letters-error-left-the-pilot = Een van deze personen heeft de proeftuin verlaten (het traject is afgelopen). Die krijgt geen uitnodiging.
letters-document-title = Uitnodigingsbrieven
letters-screen-note = { $count ->
    [one] { $count } brief, één pagina per brief. Druk af op A4 met uw browser. Deze uitnodigingen zijn net gemaakt: als u opnieuw brieven maakt voor dezelfde personen, werken deze niet meer.
   *[other] { $count } brieven, één pagina per brief. Druk af op A4 met uw browser. Deze uitnodigingen zijn net gemaakt: als u opnieuw brieven maakt voor dezelfde personen, werken deze niet meer.
}
letters-delivered-instead = Deze personen hebben al een account. Zij krijgen geen brief uit deze afdruk: hun hersteluitnodiging gaat naar hun eigen contactgegevens.
letters-heading = Uw uitnodiging voor het { -portal }
letters-recovery-heading = Een nieuwe toegang tot uw account in het { -portal }
letters-greeting = Beste { $name },
letters-what = In het { -portal } kiest u welke gegevens het { -agency(form: "short") } met uw { -municipality } mag delen. U ziet wie uw gegevens kreeg, en u kunt vragen om ze te verbeteren.
letters-protocols = Deze brief gaat over:
letters-recovery-warning = U hebt al een account. Met deze brief kunt u opnieuw aanmelden als u uw toegangssleutel kwijt bent (bijvoorbeeld een nieuwe telefoon). Hebt u dit niet gevraagd? Neem contact met ons op. Houd deze brief voor uzelf.
letters-qr-label = QR-code van uw uitnodiging
letters-how-scan = Scan de QR-code met de camera van uw telefoon.
letters-how-type = Of ga naar dit adres en typ de code:
letters-code = Code
letters-valid-until = U kunt deze uitnodiging één keer gebruiken, tot { $date }.
letters-help = Hebt u hulp nodig? Breng deze brief mee naar uw begeleider bij het { -agency(form: "short") }.
letters-dossier = Uw dossiernummer
