registers-title = Registros de los { -municipality(form: "plural") }
registers-intro = Por { -municipality }: los perfiles funcionales, las organizaciones socias, los encargados del tratamiento y los avisos de otras transmisiones (artículos 4 y 6 del protocolo).
registers-profiles = Perfiles funcionales
registers-partners = Organizaciones socias
registers-processors = Encargados del tratamiento
registers-notices = Avisos de otras transmisiones
registers-earlier-revisions = Versiones anteriores de los perfiles funcionales
