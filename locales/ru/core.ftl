# Shared names.
# Russian declension: -portal and the full name of -agency are only used where the nominative/accusative
# form fits (e.g. "{ -agency } ответит", "обратитесь в { -agency }", "войти в { -portal }"); the
# short name of -agency and -municipality have a variant per case (see below).
-portal = Портал согласий
# The agency: its full name, and the short name a sentence uses once it is known.
# [short] is the nominative, [short-gen], [short-dat], [short-acc], [short-ins] and [short-loc] the
# other cases, e.g. "у { -agency(form: "short-gen") }".
-agency = { $form ->
   *[full] Агентство по интеграции и гражданской интеграции (Agentschap Integratie en Inburgering)
    [short] Агентство
    [short-gen] Агентства
    [short-dat] Агентству
    [short-acc] Агентство
    [short-ins] Агентством
    [short-loc] Агентстве
}
# The municipality (the protocol's recipient): one, more, and as a label or heading.
# [singular] and [plural] are the nominative, "singular-" and "plural-" with gen, dat, acc, ins or
# loc the other cases, e.g. "партнёры { -municipality(form: "singular-gen") }".
# [title] is the capitalised nominative: a label, a heading, or the first word of a sentence.
-municipality = { $form ->
   *[singular] муниципалитет
    [plural] муниципалитеты
    [title] Муниципалитет
    [singular-gen] муниципалитета
    [singular-dat] муниципалитету
    [singular-acc] муниципалитет
    [singular-ins] муниципалитетом
    [singular-loc] муниципалитете
    [plural-gen] муниципалитетов
    [plural-dat] муниципалитетам
    [plural-acc] муниципалитеты
    [plural-ins] муниципалитетами
    [plural-loc] муниципалитетах
}

app-name = { -portal }
