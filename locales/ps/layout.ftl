# The frame of every page.
layout-skip-to-content = اصلي مطلب ته ورشئ
layout-language-nav = ژبه
layout-footer-operator = د { -agency(form: "full-obl") } { -portal }
layout-footer-protocols = خپاره شوي پروتوکولونه

not-found-title = پاڼه ونه موندل شوه
not-found-body = دا پاڼه نشته (یا نوره نشته). مهرباني وکړئ پته وګورئ.
not-found-home-link = کورپاڼې ته ورشئ

layout-account-nav = ستاسو حساب
layout-start-page = کورپاڼه
layout-account = حساب او لاسرسی
layout-sign-in = ننوتل
layout-sign-out = وتل
layout-idle-warning = تاسو یو څه وخت فعال نه یاست. ستاسو د معلوماتو د ساتنې لپاره، له 5 دقیقو وروسته به تاسو له حساب څخه وویستل شئ.
layout-idle-stay = ننوتلی پاتې شم
layout-footer-accessibility = د لاسرسي وړتیا اعلامیه
layout-translation-unreviewed = دا ژباړه لا نه ده کتل شوې. هالنډي متن الزامي (رسمي) متن دی.
layout-translation-dutch-link = دا پاڼه په هالنډي ژبه ولولئ
layout-untranslated = لا نه دی ژباړل شوی. دا هالنډي متن دی.
