# Shared names.
-portal = درگاه رضایت
-agency = آژانس ادغام و ادغام مدنی (Agentschap Integratie en Inburgering)

app-name = { -portal }
