# Shared names.
-portal = Toestemmingsportaal
-agency = Agentschap Integratie en Inburgering

app-name = { -portal }
