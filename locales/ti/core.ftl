# Shared names.
-portal = ፖርታል ፍቓድ
# The agency: its full name, and the short name a sentence uses once it is known.
-agency = { $form ->
   *[full] ኤጀንሲ ውህደትን ምውህሃድ ምስ ሕብረተሰብን (Agentschap Integratie en Inburgering)
    [short] ኤጀንሲ
}
# The municipality (the protocol's recipient): one, more, and as a label or heading.
# Tigrinya: [singular-your] carries the possessive suffix ("your municipality"), which attaches to the last word.
-municipality = { $form ->
   *[singular] ምምሕዳር ከተማ
    [plural] ምምሕዳራት ከተማ
    [title] ምምሕዳር ከተማ
    [singular-your] ምምሕዳር ከተማኹም
}

app-name = { -portal }
