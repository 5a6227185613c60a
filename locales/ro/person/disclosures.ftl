## Who received my data.

disclosures-title = Cine a primit datele mele?
disclosures-intro = De fiecare dată când o { -municipality } sau un partener cere datele dumneavoastră, acest lucru este înregistrat aici.
disclosures-overview-heading = Prezentare pe destinatari
disclosures-none = Nimeni nu a primit încă datele dumneavoastră.
disclosures-partner-of = { $partner } (partener: { $municipality })
disclosures-field = Informație
disclosures-count = De câte ori
disclosures-last = Ultima dată
disclosures-times = { $count ->
    [one] { $count } dată
    [few] de { $count } ori
   *[other] de { $count } de ori
}
disclosures-timeline-heading = De fiecare dată, cele mai noi primele
disclosures-filter-party = Destinatar
disclosures-filter-field = Informație
disclosures-filter-all = Toate
disclosures-filter-from = De la
disclosures-filter-to = Până la (inclusiv)
disclosures-filter-apply = Afișați
disclosures-found = { $count ->
    [0] Nu s-a găsit nimic.
    [one] S-a găsit { $count } rezultat.
    [few] S-au găsit { $count } rezultate.
   *[other] S-au găsit { $count } de rezultate.
}
disclosures-fields = Date: { $fields }
disclosures-channel-ui = Văzute de un angajat
disclosures-channel-api = Cerute de un sistem informatic
disclosures-channel-onward = Transmise unui partener
disclosures-channel-export = Într-un export
disclosures-purpose = Scop:
disclosures-consent = Pe baza consimțământului dumneavoastră din { $when }: { $scopes }.
disclosures-previous = Înapoi
disclosures-next = Înainte
disclosures-pages = Pagini
disclosures-page-of = Pagina { $page } din { $pages }
disclosures-error-date = Scrieți data ca aaaa-ll-zz, de exemplu 2026-03-01.
disclosures-error-period = Data de început trebuie să fie înainte de data de sfârșit.
