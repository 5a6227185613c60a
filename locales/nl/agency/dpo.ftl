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
