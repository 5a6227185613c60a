# Shared names.
-portal = درگاه رضایت
# The agency: its full name, and the short name a sentence uses once it is known.
-agency = { $form ->
   *[full] آژانس ادغام و ادغام مدنی (Agentschap Integratie en Inburgering)
    [short] آژانس
}
# The municipality (the protocol's recipient): one, more, and as a label or heading.
-municipality = { $form ->
   *[singular] شهرداری
    [plural] شهرداری‌ها
    [title] شهرداری
}

app-name = { -portal }
