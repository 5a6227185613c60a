home-title = Datele dumneavoastră, consimțământul dumneavoastră
home-intro = Aici decideți dacă { -municipality(form: "singular-def") } dumneavoastră poate folosi datele dumneavoastră pentru proiectul său pilot. Vedeți, de asemenea, cine a primit datele dumneavoastră și puteți cere corectarea unei greșeli.
home-protocols-heading = Protocoale publicate
home-protocols-intro = Un protocol este un acord scris între { -agency(form: "short-indef") } și o { -municipality }. Acordul spune ce date împart, de ce și pentru cât timp.
home-no-protocols = Nu există încă protocoale publicate.
