# The frame of every page.
layout-skip-to-content = Naar de inhoud
layout-language-nav = Taal
layout-footer-operator = { -portal } van het { -agency }
layout-footer-protocols = Gepubliceerde protocollen

not-found-title = Pagina niet gevonden
not-found-body = Deze pagina bestaat niet (meer). Controleer het adres.
not-found-home-link = Naar de startpagina

layout-account-nav = Uw account
layout-start-page = Start
layout-account = Account en toegang
layout-sign-in = Aanmelden
layout-sign-out = Afmelden
layout-idle-warning = U bent al een tijd niet actief. Over 5 minuten wordt u afgemeld om uw gegevens te beschermen.
layout-idle-stay = Aangemeld blijven
layout-footer-accessibility = Toegankelijkheidsverklaring
layout-translation-unreviewed = Deze vertaling is nog niet nagekeken. De Nederlandse tekst is bindend.
layout-translation-dutch-link = Lees deze pagina in het Nederlands
layout-untranslated = Nog niet vertaald. Dit is de Nederlandse tekst.
