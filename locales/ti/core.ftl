# Shared names.
-portal = ፖርታል ፍቓድ
-agency = ኤጀንሲ ውህደትን ምውህሃድ ምስ ሕብረተሰብን (Agentschap Integratie en Inburgering)

app-name = { -portal }
