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
