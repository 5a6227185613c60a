# Shared names.
-portal = Portalul de consimțământ
-agency = Agenția pentru Integrare și Integrare Civică (Agentschap Integratie en Inburgering)

app-name = { -portal }
