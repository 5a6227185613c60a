home-title = Pana/Pani dane i zgoda
home-intro = Tutaj decyduje Pan/Pani, czy { -municipality } może wykorzystać Pana/Pani dane w swoim projekcie pilotażowym. Można tu też zobaczyć, kto otrzymał te dane, i poprosić o poprawienie błędu.
home-protocols-heading = Opublikowane protokoły
home-protocols-intro = Protokół to pisemna umowa między { -agency(form: "short-ins") } a { -municipality(form: "singular-ins") }. Jest w nim napisane, jakie dane udostępniają, dlaczego i na jak długo.
home-no-protocols = Nie ma jeszcze opublikowanych protokołów.
