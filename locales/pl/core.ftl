# Shared names.
-portal = Portal Zgód
# The agency: its full name, and the short name a sentence uses once it is known.
# Polish declines nouns: one selector holds form and case, e.g. { -agency(form: "short-gen") }.
# No suffix = nominative (mianownik); -gen dopełniacz, -dat celownik, -acc biernik,
# -ins narzędnik, -loc miejscownik.
-agency = { $form ->
   *[full] Agencja ds. Integracji i Integracji Obywatelskiej (Agentschap Integratie en Inburgering)
    [full-gen] Agencji ds. Integracji i Integracji Obywatelskiej (Agentschap Integratie en Inburgering)
    [full-dat] Agencji ds. Integracji i Integracji Obywatelskiej (Agentschap Integratie en Inburgering)
    [full-acc] Agencję ds. Integracji i Integracji Obywatelskiej (Agentschap Integratie en Inburgering)
    [full-ins] Agencją ds. Integracji i Integracji Obywatelskiej (Agentschap Integratie en Inburgering)
    [full-loc] Agencji ds. Integracji i Integracji Obywatelskiej (Agentschap Integratie en Inburgering)
    [short] Agencja
    [short-gen] Agencji
    [short-dat] Agencji
    [short-acc] Agencję
    [short-ins] Agencją
    [short-loc] Agencji
}
# The municipality (the protocol's recipient): one, more, and as a label or heading.
# Same scheme as -agency: "singular-gen", "plural-loc", … "title" is the nominative with a
# capital, for labels and headings. The lower-case forms do not start a sentence: word it so.
-municipality = { $form ->
   *[singular] gmina
    [singular-gen] gminy
    [singular-dat] gminie
    [singular-acc] gminę
    [singular-ins] gminą
    [singular-loc] gminie
    [plural] gminy
    [plural-gen] gmin
    [plural-dat] gminom
    [plural-acc] gminy
    [plural-ins] gminami
    [plural-loc] gminach
    [title] Gmina
}

app-name = { -portal }
