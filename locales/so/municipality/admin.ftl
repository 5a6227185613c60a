madmin-nav = Maamulka { -municipality(form: "def") }
madmin-nav-profiles = Qeexitaannada shaqada
madmin-nav-staff = Shaqaalaha
madmin-nav-partners = Hay'adaha la-hawlgalka ah
madmin-nav-processors = Habeeyayaasha xogta
madmin-nav-notices = Ogeysiisyada gudbinta kale
madmin-nav-erasure = Xaqiiji tirtiridda
