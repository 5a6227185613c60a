home-title = Pana/Pani dane i zgoda
home-intro = Tutaj decyduje Pan/Pani, czy gmina może wykorzystać Pana/Pani dane w swoim projekcie pilotażowym. Można tu też zobaczyć, kto otrzymał te dane, i poprosić o poprawienie błędu.
home-protocols-heading = Opublikowane protokoły
home-no-protocols = Nie ma jeszcze opublikowanych protokołów.
