## Who received my data.

disclosures-title = Wie kreeg mijn gegevens?
disclosures-intro = Elke keer dat een { -municipality } of partner uw gegevens opvraagt, wordt dat hier bijgehouden.
disclosures-overview-heading = Overzicht per ontvanger
disclosures-none = Nog niemand heeft uw gegevens gekregen.
disclosures-partner-of = { $partner } (partner van { $municipality })
disclosures-field = Gegeven
disclosures-count = Hoe vaak
disclosures-last = Laatst
disclosures-times = { $count ->
    [one] { $count } keer
   *[other] { $count } keer
}
disclosures-timeline-heading = Alle keren, nieuwste eerst
disclosures-filter-party = Ontvanger
disclosures-filter-field = Gegeven
disclosures-filter-all = Alle
disclosures-filter-from = Van
disclosures-filter-to = Tot en met
disclosures-filter-apply = Tonen
disclosures-found = { $count ->
    [0] Niets gevonden.
    [one] { $count } keer gevonden.
   *[other] { $count } keer gevonden.
}
disclosures-fields = Gegevens: { $fields }
disclosures-channel-ui = Bekeken door een medewerker
disclosures-channel-api = Opgevraagd door een computersysteem
disclosures-channel-onward = Doorgegeven aan een partner
disclosures-channel-export = In een export
disclosures-purpose = Doel:
disclosures-consent = Op basis van uw toestemming van { $when }: { $scopes }.
disclosures-previous = Vorige
disclosures-next = Volgende
disclosures-pages = Pagina's
disclosures-page-of = Pagina { $page } van { $pages }
disclosures-error-date = Schrijf een datum als jjjj-mm-dd, bijvoorbeeld 2026-03-01.
disclosures-error-period = De begindatum moet voor de einddatum liggen.
