# The frame of every page.
layout-skip-to-content = Salt la conținut
layout-language-nav = Limbă
layout-footer-operator = { -portal } – { -agency }
layout-footer-protocols = Protocoale publicate

not-found-title = Pagina nu a fost găsită
not-found-body = Această pagină nu (mai) există. Vă rugăm să verificați adresa.
not-found-home-link = Mergeți la pagina principală

layout-account-nav = Contul dumneavoastră
layout-start-page = Pagina principală
layout-account = Cont și acces
layout-sign-in = Conectare
layout-sign-out = Deconectare
layout-idle-warning = Nu ați fost activ(ă) o perioadă. Peste 5 minute veți fi deconectat(ă), pentru a vă proteja datele.
layout-idle-stay = Rămâneți conectat(ă)
layout-footer-accessibility = Declarație de accesibilitate
layout-translation-unreviewed = Această traducere nu a fost încă verificată. Textul în neerlandeză este cel obligatoriu.
layout-translation-dutch-link = Citiți această pagină în neerlandeză
layout-untranslated = Netradus încă. Acesta este textul în neerlandeză.
