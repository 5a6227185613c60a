madmin-nav = Administracja { -municipality(form: "singular-gen") }
madmin-nav-profiles = Profile stanowisk
madmin-nav-staff = Pracownicy
madmin-nav-partners = Organizacje partnerskie
madmin-nav-processors = Podmioty przetwarzające
madmin-nav-notices = Zawiadomienia o innych przekazaniach
madmin-nav-erasure = Potwierdzenie usunięcia danych
