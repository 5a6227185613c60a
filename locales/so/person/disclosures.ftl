## Who received my data.

disclosures-title = Yaa helay xogtayda?
disclosures-intro = Mar kasta oo { -municipality } ama la-hawlgale codsado xogtaada, halkan ayaa lagu diiwaangeliyaa.
disclosures-overview-heading = Guudmar qaate kasta
disclosures-none = Weli cidna ma helin xogtaada.
disclosures-partner-of = { $partner } (la-hawlgalaha { $municipality })
disclosures-field = Xogta
disclosures-count = Imisa jeer
disclosures-last = Markii ugu dambaysay
disclosures-times = { $count ->
    [one] { $count } mar
   *[other] { $count } jeer
}
disclosures-timeline-heading = Mar kasta, kuwa ugu cusub marka hore
disclosures-filter-party = Qaataha
disclosures-filter-field = Xogta
disclosures-filter-all = Dhammaan
disclosures-filter-from = Laga bilaabo
disclosures-filter-to = Ilaa iyo
disclosures-filter-apply = Muuji
disclosures-found = { $count ->
    [0] Waxba lama helin.
    [one] { $count } natiijo ayaa la helay.
   *[other] { $count } natiijo ayaa la helay.
}
disclosures-fields = Xogta: { $fields }
disclosures-channel-ui = Waxaa arkay shaqaale
disclosures-channel-api = Waxaa codsaday nidaam kombiyuutar
disclosures-channel-onward = Waxaa loo gudbiyay la-hawlgale
disclosures-channel-export = Waxay ku jirtay fayl la soo saaray (export)
disclosures-purpose = Ujeeddada:
disclosures-consent = Iyadoo lagu salaynayo oggolaanshahaagii { $when }: { $scopes }.
disclosures-previous = Hore
disclosures-next = Xiga
disclosures-pages = Bogagga
disclosures-page-of = Bogga { $page } ka mid ah { $pages }
disclosures-error-date = Taariikhda u qor sida yyyy-mm-dd, tusaale ahaan 2026-03-01.
disclosures-error-period = Taariikhda bilowga waa inay ka horreysaa taariikhda dhammaadka.
