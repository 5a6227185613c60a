home-title = Sus datos, su consentimiento
home-intro = Aquí usted decide si su { -municipality } puede usar sus datos para su proyecto piloto. También ve quién ha recibido sus datos, y puede pedir que se corrija un error.
home-protocols-heading = Protocolos publicados
home-protocols-intro = Un protocolo es un acuerdo por escrito entre la { -agency(form: "short") } y un { -municipality }. Dice qué datos comparten, por qué y durante cuánto tiempo.
home-no-protocols = Todavía no hay protocolos publicados.
