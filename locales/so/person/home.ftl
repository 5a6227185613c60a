person-home-title = Guudmarkayga
person-home-greeting = Salaan { $name }.
person-home-left-the-pilot = Barnaamijkaaga ee { -agency(form: "short") } wuxuu ku dhammaaday { $date }. Oggolaanshahaagu saameyn ma leh mar dambe: xogtaada cidna lalama wadaagayo. Wixii hore la wadaagay weli waxaad ku arkaysaa boggagan.
person-home-pilots-heading = Mashaariicda adiga ku khuseeya
person-home-consent-given = Oggolaansho waad bixisay.
person-home-no-consent = Oggolaansho ma aadan bixin.

person-home-data-heading = Xogtaada
person-home-my-data = Xogta ay { -agency } kaa hayso
person-home-disclosures = Cidda heshay xogtaada
person-home-corrections = Codso in xog la saxo
person-home-notifications = { $count ->
    [0] Farriimaha
    [one] Farriimaha ({ $count } cusub)
   *[other] Farriimaha ({ $count } cusub)
}
