home-title = Uw gegevens, uw toestemming
home-intro = Hier beslist u zelf of uw { -municipality } uw gegevens mag gebruiken voor haar proefproject. U ziet ook wie uw gegevens kreeg, en u kunt een fout laten verbeteren.
home-protocols-heading = Gepubliceerde protocollen
home-protocols-intro = Een protocol is een schriftelijke afspraak tussen het { -agency(form: "short") } en een { -municipality }. Er staat in welke gegevens ze delen, waarom en hoe lang.
home-no-protocols = Er zijn nog geen gepubliceerde protocollen.
