# Shared names.
-portal = د رضایت پورټال
# The agency: its full name, and the short name a sentence uses once it is known.
# Pashto: a variant ending in "-obl" is the oblique case (after د، ته، له … څخه، and as the subject of a past transitive verb).
-agency = { $form ->
   *[full] د ادغام او مدني ادغام اداره (Agentschap Integratie en Inburgering)
    [full-obl] د ادغام او مدني ادغام ادارې (Agentschap Integratie en Inburgering)
    [short] اداره
    [short-obl] ادارې
}
# The municipality (the protocol's recipient): one, more, and as a label or heading.
# Pashto: "-obl" as above; the plural and the singular oblique are both ښاروالۍ.
-municipality = { $form ->
   *[singular] ښاروالي
    [singular-obl] ښاروالۍ
    [plural] ښاروالۍ
    [plural-obl] ښاروالیو
    [title] ښاروالي
}

app-name = { -portal }
