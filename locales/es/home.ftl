home-title = Sus datos, su consentimiento
home-intro = Aquí usted decide si su municipio puede usar sus datos para su proyecto piloto. También ve quién ha recibido sus datos, y puede pedir que se corrija un error.
home-protocols-heading = Protocolos publicados
home-no-protocols = Todavía no hay protocolos publicados.
