# Shared names.
-portal = Barta Oggolaanshaha
-agency = Wakaaladda Isdhexgalka iyo Isdhexgalka Madaniga (Agentschap Integratie en Inburgering)

app-name = { -portal }
