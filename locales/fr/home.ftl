home-title = Vos données, votre consentement
home-intro = Ici, vous décidez vous-même si votre commune peut utiliser vos données pour son projet pilote. Vous voyez aussi qui a reçu vos données, et vous pouvez demander la correction d’une erreur.
home-protocols-heading = Protocoles publiés
home-no-protocols = Il n’y a pas encore de protocole publié.
