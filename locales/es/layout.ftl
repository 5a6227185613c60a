# The frame of every page.
layout-skip-to-content = Ir al contenido
layout-language-nav = Idioma
layout-footer-operator = { -portal } de la { -agency }
layout-footer-protocols = Protocolos publicados

not-found-title = Página no encontrada
not-found-body = Esta página no existe (o ya no existe). Revise la dirección.
not-found-home-link = Ir a la página de inicio

layout-account-nav = Su cuenta
layout-start-page = Inicio
layout-account = Cuenta y acceso
layout-sign-in = Iniciar sesión
layout-sign-out = Cerrar sesión
layout-idle-warning = Hace un tiempo que no está activo. Dentro de 5 minutos se cerrará su sesión para proteger sus datos.
layout-idle-stay = Seguir con la sesión abierta
layout-footer-accessibility = Declaración de accesibilidad
layout-translation-unreviewed = Esta traducción todavía no ha sido revisada. El texto en neerlandés es el vinculante.
layout-translation-dutch-link = Leer esta página en neerlandés
layout-untranslated = Todavía no está traducido. Este es el texto en neerlandés.
