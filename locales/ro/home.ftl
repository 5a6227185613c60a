home-title = Datele dumneavoastră, consimțământul dumneavoastră
home-intro = Aici decideți dacă comuna dumneavoastră poate folosi datele dumneavoastră pentru proiectul său pilot. Vedeți, de asemenea, cine a primit datele dumneavoastră și puteți cere corectarea unei greșeli.
home-protocols-heading = Protocoale publicate
home-no-protocols = Nu există încă protocoale publicate.
