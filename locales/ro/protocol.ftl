protocol-error-title = Protocol
protocol-facts-heading = Pe scurt
protocol-discloser = Transmise de
protocol-recipient = Primite de
protocol-fields = Date
protocol-retention = Cât timp sunt păstrate (perioada de păstrare)
protocol-retention-years = { $years ->
    [one] cel mult { $years } an
    [few] cel mult { $years } ani
   *[other] cel mult { $years } de ani
}
protocol-notice-period = Cu cât timp înainte se anunță încheierea (perioada de preaviz)
protocol-notice-months = { $months ->
    [one] { $months } lună
    [few] { $months } luni
   *[other] { $months } de luni
}
protocol-signed-on = Semnat la
protocol-dpo-advice = Părerea specialiștilor în protecția datelor (avizul responsabililor cu protecția datelor)
protocol-dpo-discloser = { -agency(form: "short") }
protocol-dpo-recipient = { -municipality(form: "title") }
protocol-legal-basis = De ce este permis (temei juridic)
protocol-versions-heading = Versiuni
protocol-version-label = Versiunea { $number }
protocol-text-heading = Textul complet
protocol-translation-missing = Acest text nu există în limba dumneavoastră. Citiți textul în neerlandeză.
protocol-filter-label = Căutați în text
protocol-filter-status = { $total ->
    [one] Se afișează { $shown } din { $total } parte
    [few] Se afișează { $shown } din { $total } părți
   *[other] Se afișează { $shown } din { $total } de părți
}
protocol-period-bounded = De la { $from } până la { $until } inclusiv
protocol-period-open = De la { $from }

protocol-state-draft = Proiect
protocol-state-scheduled = Încă nu este în vigoare
protocol-state-in-force = În vigoare
protocol-state-terminated = Încheiat
protocol-state-expired = Expirat

protocol-error-dutch-text-required = O versiune de protocol are întotdeauna nevoie de un text în neerlandeză.
protocol-state-notice-given = Încetare anunțată
protocol-ends-on = S-a anunțat încetarea acestui protocol. Ultima zi este { $day }.
