## E-mail from the outbox: only that there is a message, never what it says (the inbox does).

mail-subject = Farriin cusub oo ku jirta { -portal }
mail-greeting = Salaan { $name },
mail-new-message = Farriin cusub ayaa kuugu jirta { -portal }.
mail-read-it = Soo gal si aad u akhrido:
mail-invitation-subject = Martiqaadkaaga { -portal }
mail-invitation-intro = Linkigan wuxuu kuu oggolaanayaa inaad mar kale gasho akoonkaaga. Hal mar oo keliya ayuu shaqeeyaa, waqti gaaban kadibna wuu dhacaa.
mail-invitation-code = Ama koodhkan ku qor bogga hoos ku xusan:
mail-invitation-not-you = Miyaadan adigu codsan? Markaas ha isticmaalin linkiga, lana xiriir { -agency }.
mail-footer = Farriintan si toos ah ayaa loo diray. Jawaabaha loo soo diro cinwaankan lama akhriyo.
