# Shared names.
-portal = Портал згоди
# The agency: its full name, and the short name a sentence uses once it is known.
# Ukrainian declines the short name: [short] is the nominative, [short-gen], [short-dat], [short-acc],
# [short-ins] and [short-loc] the other cases, e.g. "до { -agency(form: "short-gen") }". The full
# name stands only where its nominative (= accusative) fits.
-agency = { $form ->
   *[full] Агентство з інтеграції та громадянської інтеграції (Agentschap Integratie en Inburgering)
    [short] Агентство
    [short-gen] Агентства
    [short-dat] Агентству
    [short-acc] Агентство
    [short-ins] Агентством
    [short-loc] Агентстві
}
# The municipality (the protocol's recipient): one, more, and as a label or heading.
# Ukrainian declines it: [singular] and [plural] are the nominative, "singular-" and "plural-" with
# gen, dat, acc, ins or loc the other cases, e.g. "партнери { -municipality(form: "singular-gen") }".
# [title] is the capitalised nominative: a label, a heading, or the first word of a sentence.
-municipality = { $form ->
   *[singular] муніципалітет
    [plural] муніципалітети
    [title] Муніципалітет
    [singular-gen] муніципалітету
    [singular-dat] муніципалітету
    [singular-acc] муніципалітет
    [singular-ins] муніципалітетом
    [singular-loc] муніципалітеті
    [plural-gen] муніципалітетів
    [plural-dat] муніципалітетам
    [plural-acc] муніципалітети
    [plural-ins] муніципалітетами
    [plural-loc] муніципалітетах
}

app-name = { -portal }
