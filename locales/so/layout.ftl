# The frame of every page.
layout-skip-to-content = U bood nuxurka
layout-language-nav = Luqadda
layout-footer-operator = { -portal } oo ay maamusho { -agency }
layout-footer-protocols = Borotokoollada la daabacay

not-found-title = Boggan lama helin
not-found-body = Boggan ma jiro (mar dambe). Fadlan hubi cinwaanka.
not-found-home-link = U tag bogga hore

layout-account-nav = Akoonkaaga
layout-start-page = Bogga hore
layout-account = Akoonka iyo gelitaanka
layout-sign-in = Soo gal
layout-sign-out = Ka bax
layout-idle-warning = Muddo ayaadan waxba qaban. 5 daqiiqo kadib waa lagaa saari doonaa si xogtaada loo ilaaliyo.
layout-idle-stay = Sii joog
layout-footer-accessibility = Bayaanka sahlanaanta isticmaalka
layout-translation-unreviewed = Turjumaaddan weli lama hubin. Qoraalka af-Holandiiska ah ayaa ah kan rasmiga ah ee la raaco.
layout-translation-dutch-link = Boggan ku akhri af-Holandiis
layout-untranslated = Weli lama turjumin. Kani waa qoraalka af-Holandiiska ah.
