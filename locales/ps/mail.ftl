## E-mail from the outbox: only that there is a message, never what it says (the inbox does).

mail-subject = په { -portal } کې نوی پیغام
mail-greeting = سلام { $name }،
mail-new-message = په { -portal } کې ستاسو لپاره یو نوی پیغام شته.
mail-read-it = د لوستلو لپاره ننوځئ:
mail-invitation-subject = { -portal } ته ستاسو بلنه
mail-invitation-intro = په دې لینک تاسو بیا خپل حساب ته لاسرسی پیدا کوئ. لینک یوازې یو ځل کار کوي او لږ وخت وروسته باطلېږي.
mail-invitation-code = یا دا کوډ په لاندې پاڼه کې ولیکئ:
mail-invitation-not-you = تاسو دا نه وو غوښتي؟ نو لینک مه کاروئ، او له { -agency(form: "full-obl") } سره اړیکه ونیسئ.
mail-footer = دا پیغام په اتوماتيک ډول لېږل شوی. دې پتې ته ځوابونه نه لوستل کېږي.
