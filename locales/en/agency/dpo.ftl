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
dpo-nav = Data protection
dpo-nav-audit = Audit log
dpo-nav-breaches = Data breaches
dpo-nav-notices = Notices of transfers
dpo-nav-registers = Registers of the municipalities
dpo-breaches-title = Register of data breaches
dpo-breaches-intro = Every report from a municipality, with the 48-hour deadline. A late report is marked.
dpo-breaches-none = No data breaches have been reported.
dpo-notices-title = Notices of other transfers
dpo-notices-intro = A municipality gives notice in advance of every transfer to an organisation that is not a partner (article 4). Only after you acknowledge the notice can it record such a transfer.
dpo-notices-none = There are no notices.
dpo-notices-acknowledged = The notice has been acknowledged.
dpo-nav-disclosures = Register of disclosures
dpo-disclosures-title = Register of disclosures
dpo-disclosures-intro = Every disclosure of personal data through the portal: who received what, when, for what purpose and through which channel. The register is only ever added to, never changed.
dpo-disclosures-none = No disclosures for this choice.
dpo-disclosures-when = When
dpo-disclosures-recipient = Recipient
dpo-disclosures-via = passed on by
dpo-disclosures-fields = Fields
dpo-disclosures-field = Field
dpo-disclosures-purpose = Purpose
dpo-disclosures-channel = Channel
dpo-disclosures-dossier = Dossier reference
dpo-disclosures-from = From
dpo-disclosures-to = Up to and including
dpo-disclosures-csv = Download this choice as CSV
