# Shared names.
-portal = Portal Zgód
-agency = Agencja ds. Integracji i Integracji Obywatelskiej (Agentschap Integratie en Inburgering)

app-name = { -portal }
