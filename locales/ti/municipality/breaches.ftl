breach-title = ምጥሓሳት ሓበሬታ
breach-intro = { -municipality } ንሓበሬታ ናይቲ ፕሮቶኮል ዝምልከት ምጥሓስ ሓበሬታ ብቕጽበት ነቲ { -agency(form: "short") } የሕብር፣ ብዝደንጎየ ኣብ ውሽጢ 48 ሰዓት ካብ ዝተረኽበሉ (ዓንቀጽ 6)።
breach-new = ምጥሓስ ሓበሬታ ኣሕብሩ
breach-new-title = ምጥሓስ ሓበሬታ ኣሕብሩ
breach-rule = ምጥሓስ ካብ ዝተረኽበሉ ኣብ ውሽጢ { $hours } ሰዓት ኣሕብሩ። ድሒሩ ዝመጸ ጸብጻብ ከም ዝደንጎየ ምልክት ይግበረሉ።
breach-detected-at = ዝተረኽበሉ
breach-detected-at-hint = ዕለትን ሰዓትን፣ ሰዓት ቤልጅየም።
breach-description = እንታይ ተፈጺሙ?
breach-categories = ዝተተንከፈ ሓበሬታ
breach-categories-hint = ኣየኖት ዓይነታት ሓበሬታ ተተንኪፎም?
breach-persons = ዝምልከቶም ሰባት
breach-persons-hint = እንተፈሊጥኩምዎም፣ ካብ ሰባት ናይቲ ፈተነ ፕሮጀክት እቶም ዝተተንከፉ ምረጹ።
breach-measures = ዝተወስዱ ስጉምትታት
breach-submit = ጸብጻብ ስደዱ
breach-reported = እቲ ጸብጻብ ናብቲ { -agency(form: "short") } ተላኢኹ።
breach-clock-deadline = ነቲ { -agency(form: "short") } ኣሕብሩ ቅድሚ
breach-clock-left = ዝተረፈ ግዜ
breach-clock-hours = ሰዓት
breach-clock-minutes = ደቒቕ
breach-clock-overdue = ቀነ ገደብ 48 ሰዓት ሓሊፉ: ዋላ እኳ ከምኡ ብቕጽበት ኣሕብሩ።
breach-deadline = ቀነ ገደብ ምሕባር
breach-reported-at = ዝተሓበረሉ
breach-late = ደንጉዩ
breach-in-time = ብግዚኡ
breach-by-system = ስርዓት ናይቲ { -municipality }
breach-municipality = { -municipality(form: "title") }
breach-history = ክትትል ብወገን { -agency(form: "short") }
breach-step-acknowledged = ብDPO ናይቲ { -agency(form: "short") } ምቕባሉ ተረጋጊጹ
breach-step-persons-notified = ዝምልከቶም ሰባት ተሓቢሮም
breach-persons-told = { $count ->
    [one] { $count } ሰብ ተሓቢሩ
   *[other] { $count } ሰባት ተሓቢሮም
}
breach-acknowledge = ምቕባል ጸብጻብ ኣረጋግጹ
breach-notify = { $count ->
    [one] ነቲ ዝተተንከፈ ሰብ ኣሕብሩ
   *[other] ነቶም { $count } ዝተተንከፉ ሰባት ኣሕብሩ
}
breach-notify-hint = እቲ ፍጻመ ንመሰላት ሰባት ልዑል ሓደጋ ከስዕብ ዝኽእል እንተኾይኑ ነዚ ግበሩ (GDPR ዓንቀጽ 34)። ነፍሲ ወከፍ ሰብ ብቋንቋኡ መልእኽቲ ይረክብ፣ ብዘይ መግለጺ ናይቲ ዘሕበረ።
