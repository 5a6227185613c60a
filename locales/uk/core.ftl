# Shared names.
-portal = Портал згоди
-agency = Агентство з інтеграції та громадянської інтеграції (Agentschap Integratie en Inburgering)

app-name = { -portal }
