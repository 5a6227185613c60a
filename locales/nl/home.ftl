home-title = Uw gegevens, uw toestemming
home-intro = Hier beslist u zelf of uw gemeente uw gegevens mag gebruiken voor haar proefproject. U ziet ook wie uw gegevens kreeg, en u kunt een fout laten verbeteren.
home-protocols-heading = Gepubliceerde protocollen
home-no-protocols = Er zijn nog geen gepubliceerde protocollen.
