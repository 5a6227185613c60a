admin-title = Protocolbeheer
admin-invitations-heading = Uitnodigingen
admin-invitation-for = Voor
admin-invitation-person = Inburgeraar
admin-created = Gemaakt
admin-expires = Geldig tot
admin-status = Status
admin-invitation-status-open = Open
admin-invitation-status-redeemed = Gebruikt
admin-invitation-status-revoked = Ingetrokken
admin-invitation-status-expired = Verlopen
admin-clients-heading = API-koppelingen
admin-client-name = Naam
admin-client-for = Partij en functieprofiel
admin-client-active = Actief
admin-client-revoked = Ingetrokken

staff-error-role-not-for-party = Deze rol hoort niet bij dit soort organisatie.
staff-error-separation-of-duties = Alleen medewerkers met een functieprofiel mogen gegevens lezen; beheerders niet (scheiding van taken).
staff-error-profile-not-of-party = Dit functieprofiel hoort niet bij uw organisatie.
admin-error-client-name = Geef de koppeling een naam van ten hoogste 120 tekens.
admin-error-no-such-person = Er is geen inburgeraar met dit dossiernummer.
admin-working = Even geduld…
admin-issued-link = Uitnodigingslink
admin-issued-code = Code om over te typen
admin-issued-token = API-token
admin-shown-once = Dit wordt maar één keer getoond. Geef het nu door; wij bewaren het niet.
admin-dossier-ref = Dossiernummer
admin-party = Organisatie
admin-role = Rol
admin-profile = Functieprofiel
admin-no-profile = Geen (alleen voor medewerkers met functieprofiel)
admin-invite-person-heading = Een inburgeraar uitnodigen
admin-invite-staff-heading = Een medewerker uitnodigen
admin-invite-submit = Uitnodiging maken
admin-revoke = Intrekken
admin-revoked = Ingetrokken.
admin-issued-title = Gemaakt
admin-issued-valid-until = Geldig tot { $when }.
admin-issued-nothing = Er is hier niets te tonen: wat u maakte, wordt maar één keer getoond.
admin-back = Terug naar protocolbeheer
admin-client-expires-days = Geldig gedurende (dagen, leeg = onbeperkt)
admin-error-expiry = Geef een aantal dagen tussen 1 en 3650, of laat het veld leeg.

admin-assisted-consent-link = Een toestemming op papier registreren

admin-handover-legend = Als deze persoon al een account heeft (herstel)
admin-handover-hint = Een eerste uitnodiging (nog geen toegangssleutel) ziet u hierna, voor het loket of een brief. Een uitnodiging die een bestaand account opent, ziet u nooit alleen.
admin-handover-delivered = Bezorgen aan de contactgegevens in het dossier (e-mail, anders sms, anders een brief)
admin-handover-in-person = Aan het loket overhandigen: een tweede protocolbeheerder keurt eerst goed
admin-four-eyes-hint = Een tweede protocolbeheerder keurt dit eerst goed; daarna maakt u het hier aan, één keer.
admin-request-submit = Goedkeuring vragen
admin-requests-heading = Aanvragen voor een tweede protocolbeheerder
admin-requests-intro = Keur alleen goed wat u zelf kunt nagaan. Wie een aanvraag deed, kan ze niet zelf goedkeuren.
admin-requests-empty = Er zijn geen aanvragen.
admin-request-what = Wat
admin-request-by = Gevraagd door
admin-request-action = Actie
admin-approval-kind-staff-invitation = Uitnodiging voor een medewerker
admin-approval-kind-api-client = API-koppeling
admin-approval-kind-person-recovery = Herstel aan het loket
admin-approval-client-days = { $days ->
    [one] geldig 1 dag
   *[other] geldig { $days } dagen
}
admin-approval-client-no-expiry = onbeperkt geldig
admin-approval-status-pending = Wacht op goedkeuring
admin-approval-status-approved = Goedgekeurd
admin-approval-status-refused = Geweigerd
admin-approval-status-issued = Aangemaakt
admin-approval-status-lapsed = Verlopen
admin-approval-decided-by = Beslist door { $name }
admin-approval-yours = Uw aanvraag: een andere protocolbeheerder beslist.
admin-approve = Goedkeuren
admin-refuse = Weigeren
admin-issue-now = Nu aanmaken
admin-approved-done = Goedgekeurd. Wie het vroeg, kan het nu aanmaken.
admin-refused-done = Geweigerd.
admin-delivered = { $channel ->
    [email] De herstel-uitnodiging gaat per e-mail naar { $to }.
    [sms] De herstel-uitnodiging gaat per sms naar { $to }.
   *[letter] De herstel-uitnodiging gaat per brief naar { $to }.
}
admin-delivered-not-shown = Deze persoon heeft al een account. De link en de code gaan alleen naar de persoon; u ziet ze niet.
admin-delivered-told = De persoon krijgt ook een bericht in het portaal en op elk ander kanaal in het dossier. Oudere uitnodigingen zijn ingetrokken.
admin-requested = Aanvraag { $id } ({ $kind }) wacht op een tweede protocolbeheerder.
admin-requested-next = Na goedkeuring maakt u het aan bij protocolbeheer, onder de aanvragen. Het wordt dan één keer getoond.
admin-error-no-such-request = Deze aanvraag bestaat niet.
admin-error-no-such-party = Deze organisatie bestaat niet.
admin-error-handover = Kies hoe de uitnodiging de persoon bereikt: bezorgen of aan het loket.
admin-error-decision = Kies goedkeuren of weigeren.
admin-error-approval-role = Alleen een protocolbeheerder van het { -agency(form: "short") } beslist over aanvragen.
admin-error-approval-own = U kunt uw eigen aanvraag niet goedkeuren of weigeren: dat doet een andere protocolbeheerder.
admin-error-approval-decided = Over deze aanvraag is al beslist, of ze is verlopen.
admin-error-approval-not-yours = Alleen wie de aanvraag deed, maakt ze aan.
admin-error-approval-pending = Deze aanvraag wacht nog op goedkeuring door een andere protocolbeheerder.
admin-error-approval-issued = Deze aanvraag is al aangemaakt. Wat toen getoond werd, wordt niet opnieuw getoond.
admin-error-approval-not-approved = Deze aanvraag is geweigerd of verlopen. Doe zo nodig een nieuwe aanvraag.
admin-registers-link = Registers van de { -municipality(form: "plural") }
staff-error-invitee-name-required = Geef de naam van de medewerker.
staff-error-invitee-name-too-long = De naam is te lang (hoogstens 200 tekens).
staff-error-invitee-contact = Geef een geldig e-mailadres of telefoonnummer.
staff-error-disable-self = U kunt uzelf niet uitschakelen.
admin-protocols-link = Protocollen opmaken, publiceren en beëindigen
admin-client-agency-system = cliëntvolgsysteem (geen functieprofiel)
admin-error-client-needs-profile = Een koppeling zonder functieprofiel is alleen voor het eigen cliëntvolgsysteem van het { -agency(form: "short") }; de koppeling van een { -municipality } leest met een functieprofiel.
