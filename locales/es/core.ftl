# Shared names.
-portal = Portal del Consentimiento
-agency = Agencia de Integración e Integración Cívica (Agentschap Integratie en Inburgering)

app-name = { -portal }
