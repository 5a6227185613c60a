# Shared names.
# Turkish adds case endings to nouns. Institution names and common nouns take them without an
# apostrophe (TDK: "Türk Dil Kurumuna", "belediyeye"), so no suffix may be glued to a term:
# the terms have case variants, one selector with combined keys, e.g. -agency(form: "short-dat").
# Cases: acc (-ı), gen (-ın), dat (-a), loc (-da), abl (-dan); with (-la, "ile");
# your = 2nd person plural possessive ("belediyeniz"). A sentence does not start with a
# lower-case variant: word it so that the term stands later (labels may use [title]).
# The Dutch name is given once in the footer (layout-footer-operator) and in a11y-intro.
-portal = Onay Portalı
# The agency: its full name, and the short name a sentence uses once it is known.
-agency = { $form ->
   *[full] Entegrasyon ve Uyum Ajansı
    [full-acc] Entegrasyon ve Uyum Ajansını
    [full-gen] Entegrasyon ve Uyum Ajansının
    [full-dat] Entegrasyon ve Uyum Ajansına
    [full-loc] Entegrasyon ve Uyum Ajansında
    [full-abl] Entegrasyon ve Uyum Ajansından
    [short] Ajans
    [short-acc] Ajansı
    [short-gen] Ajansın
    [short-dat] Ajansa
    [short-loc] Ajansta
    [short-abl] Ajanstan
}
# The municipality (the protocol's recipient): one, more, and as a label or heading.
-municipality = { $form ->
   *[singular] belediye
    [plural] belediyeler
    [title] Belediye
    [acc] belediyeyi
    [gen] belediyenin
    [dat] belediyeye
    [loc] belediyede
    [abl] belediyeden
    [with] belediyeyle
    [plural-acc] belediyeleri
    [plural-gen] belediyelerin
    [plural-dat] belediyelere
    [plural-loc] belediyelerde
    [plural-abl] belediyelerden
    [your] belediyeniz
    [your-acc] belediyenizi
    [your-gen] belediyenizin
    [your-dat] belediyenize
    [your-loc] belediyenizde
    [your-abl] belediyenizden
}

app-name = { -portal }
