# Shared names.
-portal = Portalul de consimțământ
# The agency: its full name, and the short name a sentence uses once it is known.
# Romanian declines: one selector holds form and case, e.g. { -agency(form: "short-dat") }.
# No suffix = nominative/accusative (with the article: "Agenția"); -gen and -dat = genitive
# and dative (one form: "Agenției"); short-indef = without article, after a preposition
# such as "de către", "la", "între" ("de către Agenție").
-agency = { $form ->
   *[full] Agenția pentru Integrare și Integrare Civică (Agentschap Integratie en Inburgering)
    [full-gen] Agenției pentru Integrare și Integrare Civică (Agentschap Integratie en Inburgering)
    [full-dat] Agenției pentru Integrare și Integrare Civică (Agentschap Integratie en Inburgering)
    [short] Agenția
    [short-gen] Agenției
    [short-dat] Agenției
    [short-indef] Agenție
}
# The municipality (the protocol's recipient): one, more, and as a label or heading.
# Same scheme as -agency. No "def" = without article ("o comună", "pentru comună");
# "def" = with the definite article ("comuna", "comunei"). "title" is for labels and headings.
# The lower-case forms do not start a sentence: word it so.
-municipality = { $form ->
   *[singular] comună
    [singular-gen] comune
    [singular-dat] comune
    [singular-def] comuna
    [singular-def-gen] comunei
    [singular-def-dat] comunei
    [plural] comune
    [plural-def] comunele
    [plural-def-gen] comunelor
    [plural-def-dat] comunelor
    [title] Comuna
}

app-name = { -portal }
