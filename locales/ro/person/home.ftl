person-home-title = Prezentarea mea
person-home-greeting = Bună ziua, { $name }.
person-home-left-the-pilot = Parcursul dumneavoastră la { -agency(form: "short-indef") } s-a încheiat pe { $date }. Consimțământul dumneavoastră nu mai este valabil: datele dumneavoastră nu mai sunt partajate cu nimeni. Ce s-a partajat înainte rămâne pe aceste pagini.
person-home-pilots-heading = Proiecte care vă privesc
person-home-consent-given = V-ați dat consimțământul.
person-home-no-consent = Nu v-ați dat consimțământul.

person-home-data-heading = Datele dumneavoastră
person-home-my-data = Ce date are { -agency } despre dumneavoastră
person-home-disclosures = Cine a primit datele dumneavoastră
person-home-corrections = Cereți corectarea unei informații
person-home-notifications = { $count ->
    [0] Mesaje
    [one] Mesaje ({ $count } nou)
    [few] Mesaje ({ $count } noi)
   *[other] Mesaje ({ $count } noi)
}
