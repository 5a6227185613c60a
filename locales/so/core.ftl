# Shared names.
-portal = Barta Oggolaanshaha
# The agency: its full name, and the short name a sentence uses once it is known.
# Somali marks the subject on the definite ending (-da → -du): [short] is the plain form,
# [short-subj] the form when the agency is the subject of the verb.
-agency = { $form ->
   *[full] Wakaaladda Isdhexgalka iyo Isdhexgalka Madaniga (Agentschap Integratie en Inburgering)
    [short] Wakaaladda
    [short-subj] Wakaaladdu
}
# The municipality (the protocol's recipient): one, more, and as a label or heading.
# Somali has no article word: "the" and "your" are endings, and the subject form ends in -du.
# Extra variants: [def] "the municipality", [def-subj] the same as subject, [your] "your
# municipality", [your-subj] the same as subject, [plural-def] "the municipalities".
# [title] is the label form (definite, as Somali labels are: "Magaca", "Xaaladda").
-municipality = { $form ->
   *[singular] degmo
    [plural] degmooyin
    [title] Degmada
    [def] degmada
    [def-subj] degmadu
    [your] degmadaada
    [your-subj] degmadaadu
    [plural-def] degmooyinka
}

app-name = { -portal }
