## Erasure at the recipients (art. 2): the agency's requests, the municipalities' attestations.

erasure-title = Erasure at the recipients
erasure-intro = Data a local authority received more than five years ago must be erased there. The { -agency(form: "short") } asks the authority to confirm this. Each request is listed here with its state.
erasure-admin-intro = The { -agency(form: "short") } asks you to confirm that you erased the data of these persons: you received them more than five years ago. Erase them in your own systems first, then confirm for each person.
erasure-none = There are no requests for erasure.
erasure-municipality = Local authority
erasure-reference = Reference
erasure-last-disclosed = Last received
erasure-requested = Requested on
erasure-due = Confirm before
erasure-state = State
erasure-open = Open
erasure-overdue = Late
erasure-escalated = Late, reported to the DPOs
erasure-attested = Erasure confirmed
erasure-attest = Confirm erasure
erasure-done = The erasure has been confirmed.
erasure-error-attested = This erasure has already been confirmed.
