## The inbox.

inbox-title = መልእኽትታት
inbox-empty = መልእኽቲ የብልኩምን።
inbox-new = ሓድሽ
inbox-unread = { $count ->
    [0] ሓድሽ መልእኽቲ የለን።
    [one] { $count } ሓድሽ መልእኽቲ።
   *[other] { $count } ሓደስቲ መልእኽትታት።
}
inbox-mark-read = ኩሉ ከም ዝተነበ ምልክት ግበሩ
inbox-marked-read = ኩሎም መልእኽትታት ከም ዝተነበቡ ተመልኪቶም።
notification-unknown = ካብቲ ፖርታል ዝመጸ መልእኽቲ።
notification-consent-give = ሓበሬታ ምስ { $recipient } ንምክፋል ፍቓድ ሂብኩም።
notification-consent-change = ን{ $recipient } ዝሃብኩምዎ ፍቓድ ቀይርኩምዎ።
notification-consent-withdraw = ን{ $recipient } ዝሃብኩምዎ ፍቓድ ስሒብኩምዎ። ድሕሪ ሕጂ ዝካፈል ሓበሬታ የለን።
notification-correction-filed = { $field } ንኽእረም ዘቕረብኩምዎ ጠለብ በጺሑና። ብዝደንጎየ ብ{ $due } መልሲ ክትረኽቡ ኢኹም።
notification-correction-accepted = { $field } ንኽእረም ዘቕረብኩምዎ ጠለብ ተቐባልነት ረኺቡ።
notification-correction-rejected = { $field } ንኽእረም ዘቕረብኩምዎ ጠለብ ተነጺጉ። ነቲ ምኽንያት ኣብ ጠለባትኩም ክትርእይዎ ትኽእሉ ኢኹም።
notification-correction-recipient-told = ዝተቐበልኩምዎ ሓበሬታ ተኣሪሙ: { $field }።
notification-correction-acknowledged = እቲ { -agency(form: "short") } ነቲ { $field } ንኽእረም ዘቕረብኩምዎ ጠለብ ይሰርሓሉ ኣሎ።
notification-correction-information-requested = እቲ { -agency(form: "short") } ብዛዕባ እቲ { $field } ንኽእረም ዘቕረብኩምዎ ጠለብ ሕቶ ኣለዎ። በጃኹም ኣብ ገጽ ጠለብኩም መልሱ።
notification-correction-extended = ቀነ ገደብ ናይቲ { $field } ንኽእረም ዘቕረብኩምዎ ጠለብ ክሳብ { $due } ተናዊሑ። ስለምንታይ ከም ዝተናወሐ ኣብ ገጽ ጠለብኩም ተገሊጹ ኣሎ።
notification-correction-due-soon = ኣብ ጠለብ ምእራም ({ $field }) ብዝደንጎየ ብ{ $due } ውሳነ ክወሃብ ኣለዎ።
notification-protocol-ending = ምስ { $recipient } ዘሎ ፕሮቶኮል ምቁራጹ ተሓቢሩ። እታ መወዳእታ መዓልቲ { $until } እያ። ድሕሪኡ ሓበሬታኹም ኣይካፈልን።
notification-protocol-ended = ምስ { $recipient } ዘሎ ፕሮቶኮል ድሕሪ ሕጂ ኣብ ግብሪ የለን። ሓበሬታኹም ድሕሪ ሕጂ ኣይካፈልን። ታሪኽኩም ይዕቀብ።
notification-consent-carried-over = ምስ { $recipient } ዘሎ ፕሮቶኮል ሓድሽ ስሪት ኣለዎ። ካብቲ ዝሓለፈ ንላዕሊ ኣይሓትትን: ምርጫኹም ከምዘለዎ ይሰርሕ።
notification-consent-review-asked = ምስ { $recipient } ዘሎ ፕሮቶኮል ሓድሽ ስሪት ኣለዎ። ካብቲ ዝሓለፈ ንላዕሊ ይሓትት። በጃኹም ምርጫኹም ደጊምኩም ርኣዩ: ፍቓድኩም ነቲ ሓድሽ ክፋል ገና ኣይሽፍኖን።
notification-breach-notice = ብ{ $detected }፣ { $recipient } ጸገም ድሕንነት ረኺቡ። እዚ ነዚ ሓበሬታኹም ክምልከት ይኽእል: { $fields }። ስጉምትታት ተወሲዶም ኣለዉ። ሕቶ ኣሎኩም? ምስ ሓላፊ ምስጢራዊነት ናይቲ { -agency(form: "short") } ተራኸቡ: { $contact }።
notification-erasure-requested = { $count ->
    [one] እቲ { -agency(form: "short") } ሓበሬታ ናይ { $count } ሰብ ከም ዝደምሰስኩም ከተረጋግጹ ይሓተኩም።
   *[other] እቲ { -agency(form: "short") } ሓበሬታ ናይ { $count } ሰባት ከም ዝደምሰስኩም ከተረጋግጹ ይሓተኩም።
}
notification-erasure-overdue = { $count ->
    [one] { $municipality } { $count } ምድምሳስ ብግዚኡ ኣየረጋገጸን።
   *[other] { $municipality } { $count } ምድምሳሳት ብግዚኡ ኣየረጋገጸን።
}
