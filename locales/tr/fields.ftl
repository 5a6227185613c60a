field-given-name = Ad
field-family-name = Soyadı
field-address = Adres
field-phone = Telefon numarası
field-email = E-posta adresi
field-contact-language = İletişim dili
field-dutch-level = Hollandaca seviyesi
field-mo-status = Toplumsal Oryantasyon kursu

field-value-none = (bilinmiyor)
dutch-level-below-a1 = Henüz A1 değil
mo-status-not-started = Henüz başlamadı
mo-status-in-progress = Devam ediyor
mo-status-completed = Tamamlandı
mo-status-exempt = Muaf
