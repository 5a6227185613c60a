dpo-title = Data protection
dpo-audit-heading = Audit log
dpo-chain-ok = The audit chain is intact ({ $length } entries).
dpo-chain-broken = The audit chain is damaged from entry { $seq } onwards.
dpo-checkpoints = { $count ->
    [one] { $count } signed checkpoint; latest:
   *[other] { $count } signed checkpoints; latest:
}
dpo-no-checkpoint = none yet
dpo-chain-being-checked = The audit chain is being checked. Reload the page in a moment.
dpo-checked-at = Last checked:
