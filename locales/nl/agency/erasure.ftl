## Erasure at the recipients (art. 2): the agency's requests, the municipalities' attestations.

erasure-title = Wissing bij de ontvangers
erasure-intro = Gegevens die een lokaal bestuur meer dan vijf jaar geleden ontving, moeten daar gewist zijn. Het { -agency(form: "short") } vraagt het bestuur dat te bevestigen. Hier staat elke vraag met haar stand.
erasure-admin-intro = Het { -agency(form: "short") } vraagt u te bevestigen dat u de gegevens van deze personen hebt gewist: u ontving ze meer dan vijf jaar geleden. Wis ze eerst in uw eigen systemen en bevestig dan per persoon.
erasure-none = Er zijn geen vragen om wissing.
erasure-municipality = Lokaal bestuur
erasure-reference = Referentie
erasure-last-disclosed = Laatst ontvangen
erasure-requested = Gevraagd op
erasure-due = Bevestigen voor
erasure-state = Stand
erasure-open = Open
erasure-overdue = Te laat
erasure-escalated = Te laat, gemeld aan de DPO’s
erasure-attested = Wissing bevestigd
erasure-attest = Wissing bevestigen
erasure-done = De wissing is bevestigd.
erasure-error-attested = Deze wissing is al bevestigd.
