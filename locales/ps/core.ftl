# Shared names.
-portal = د رضایت پورټال
-agency = د ادغام او مدني ادغام اداره (Agentschap Integratie en Inburgering)

app-name = { -portal }
