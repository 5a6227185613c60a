# Shared names.
# Russian declension: these terms are only used where the nominative/accusative form fits
# (e.g. "{ -agency } ответит", "обратитесь в { -agency }", "войти в { -portal }").
-portal = Портал согласий
-agency = Агентство по интеграции и гражданской интеграции (Agentschap Integratie en Inburgering)

app-name = { -portal }
