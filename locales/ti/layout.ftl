# The frame of every page.
layout-skip-to-content = ናብ ትሕዝቶ ኪዱ
layout-language-nav = ቋንቋ
layout-footer-operator = { -portal } ናይ { -agency }
layout-footer-protocols = ዝተሓትሙ ፕሮቶኮላት

not-found-title = እዚ ገጽ ኣይተረኽበን
not-found-body = እዚ ገጽ የለን (ወይ ድማ ድሕሪ ሕጂ የለን)። በጃኹም ነቲ ኣድራሻ ኣረጋግጹ።
not-found-home-link = ናብ መበገሲ ገጽ ኪዱ

layout-account-nav = ኣካውንትኩም
layout-start-page = መበገሲ ገጽ
layout-account = ኣካውንትን መእተዊን
layout-sign-in = ምእታው
layout-sign-out = ምውጻእ
layout-idle-warning = ንገለ ግዜ ኣብዚ ፖርታል ዝገበርኩምዎ ነገር የለን። ሓበሬታኹም ንምሕላው፣ ድሕሪ 5 ደቓይቕ ብኣውቶማቲክ ክትወጹ ኢኹም።
layout-idle-stay = ኣቲኹም ቀጽሉ
layout-footer-accessibility = መግለጺ ተበጻሕነት
layout-translation-unreviewed = እዚ ትርጉም ገና ኣይተመርመረን። እቲ ሕጋዊ ዝጸንዕ ጽሑፍ እቲ ብሆላንድኛ ዘሎ እዩ።
layout-translation-dutch-link = ነዚ ገጽ ብሆላንድኛ ኣንብብዎ
layout-untranslated = ገና ኣይተተርጎመን። እዚ እቲ ሆላንድኛ ጽሑፍ እዩ።
