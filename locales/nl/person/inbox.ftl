## The inbox.

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
notification-correction-acknowledged = Het { -agency(form: "short") } behandelt uw verzoek om { $field } te verbeteren.
notification-correction-information-requested = Het { -agency(form: "short") } heeft een vraag over uw verzoek om { $field } te verbeteren. Antwoord op de pagina van uw verzoek.
notification-correction-extended = De termijn voor uw verzoek om { $field } te verbeteren is verlengd tot { $due }. Op de pagina van uw verzoek leest u waarom.
notification-correction-due-soon = Een verbeteringsverzoek ({ $field }) moet uiterlijk op { $due } beslist zijn.
notification-protocol-ending = Het protocol met { $recipient } werd opgezegd. De laatste dag is { $until }. Daarna worden uw gegevens niet meer gedeeld.
notification-protocol-ended = Het protocol met { $recipient } is niet meer van kracht. Uw gegevens worden niet meer gedeeld. Uw geschiedenis blijft bewaard.
notification-consent-carried-over = Er is een nieuwe versie van het protocol met { $recipient }. Ze vraagt niet meer dan de vorige: uw keuze blijft gelden.
notification-consent-review-asked = Er is een nieuwe versie van het protocol met { $recipient }. Ze vraagt meer dan de vorige. Kijk uw keuze na: voor wat nieuw is, geldt uw toestemming nog niet.
notification-breach-notice = Bij { $recipient } is op { $detected } een probleem met de beveiliging ontdekt. Het kan gaan om deze gegevens van u: { $fields }. Er zijn maatregelen genomen. Hebt u vragen? Neem contact op met de privacyverantwoordelijke van het { -agency(form: "short") }: { $contact }.
notification-erasure-requested = { $count ->
    [one] Het { -agency(form: "short") } vraagt u de wissing van de gegevens van { $count } persoon te bevestigen.
   *[other] Het { -agency(form: "short") } vraagt u de wissing van de gegevens van { $count } personen te bevestigen.
}
notification-erasure-overdue = { $count ->
    [one] { $municipality } heeft { $count } wissing niet op tijd bevestigd.
   *[other] { $municipality } heeft { $count } wissingen niet op tijd bevestigd.
}
