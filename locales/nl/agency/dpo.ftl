dpo-title = Gegevensbescherming
dpo-audit-heading = Auditlog
dpo-chain-ok = De auditketen is intact ({ $length } regels).
dpo-chain-broken = De auditketen is beschadigd vanaf regel { $seq }.
dpo-checkpoints = { $count ->
    [one] { $count } ondertekend controlepunt; laatste:
   *[other] { $count } ondertekende controlepunten; laatste:
}
dpo-no-checkpoint = nog geen
dpo-chain-being-checked = De auditketen wordt nagekeken. Laad de pagina over een ogenblik opnieuw.
dpo-checked-at = Laatst nagekeken:
dpo-nav = Gegevensbescherming
dpo-nav-audit = Auditlog
dpo-nav-breaches = Datalekken
dpo-nav-notices = Meldingen van doorgiften
dpo-nav-registers = Registers van de gemeenten
dpo-breaches-title = Register van datalekken
dpo-breaches-intro = Elke melding van een gemeente, met de termijn van 48 uur. Een laattijdige melding is aangeduid.
dpo-breaches-none = Er zijn geen datalekken gemeld.
dpo-notices-title = Meldingen van andere doorgiften
dpo-notices-intro = Een gemeente meldt vooraf elke doorgifte aan een organisatie die geen partner is (artikel 4). Pas na uw bevestiging kan ze zo'n doorgifte vastleggen.
dpo-notices-none = Er zijn geen meldingen.
dpo-notices-acknowledged = De melding is bevestigd.
dpo-nav-disclosures = Register van verstrekkingen
dpo-disclosures-title = Register van verstrekkingen
dpo-disclosures-intro = Elke verstrekking van persoonsgegevens via het portaal: wie wat kreeg, wanneer, waarvoor en via welk kanaal. Het register wordt alleen aangevuld, nooit gewijzigd.
dpo-disclosures-none = Geen verstrekkingen voor deze keuze.
dpo-disclosures-when = Wanneer
dpo-disclosures-recipient = Ontvanger
dpo-disclosures-via = doorgegeven door
dpo-disclosures-fields = Gegevens
dpo-disclosures-field = Gegeven
dpo-disclosures-purpose = Doel
dpo-disclosures-channel = Kanaal
dpo-disclosures-dossier = Dossiernummer
dpo-disclosures-from = Van
dpo-disclosures-to = Tot en met
dpo-disclosures-csv = Download deze keuze als CSV
