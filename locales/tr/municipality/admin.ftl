madmin-nav = { -municipality(form: "title") } yönetimi
madmin-nav-profiles = Görev profilleri
madmin-nav-staff = Personel
madmin-nav-partners = Ortak kuruluşlar
madmin-nav-processors = Veri işleyenler
madmin-nav-notices = Diğer aktarımların bildirimleri
madmin-nav-erasure = Silmeyi teyit et
