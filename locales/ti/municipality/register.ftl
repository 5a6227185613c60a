register-title = መዝገብ ፕሮፋይላት ስራሕ
register-intro = ኣየኖት ስራሓት ኣየናይ ሓበሬታ ክርእዩ ይኽእሉ፣ ስለምንታይ ድማ (ዓንቀጽ 4 ናይቲ ፕሮቶኮል)።
register-add = ፕሮፋይል ስራሕ ወስኹ
register-created = እቲ ፕሮፋይል ስራሕ ተወሲኹ።
register-changed = እቲ መዝገብ ተሓዲሱ።
register-revised = እቲ ለውጢ ከም ሓድሽ ስሪት ተዓቂቡ። እዚ ፕሮፋይል ዘለዎ ሰብ ሕጂ ብመሰረት እዚ ስሪት የንብብ።
register-deactivated = እቲ ፕሮፋይል ስራሕ ደው ኢሉ: እዚ ፕሮፋይል ዘለዎ ሰብ ድሕሪ ሕጂ ዋላ ሓንቲ ሓበሬታ ኣየንብብን።
register-reactivated = እቲ ፕሮፋይል ስራሕ ደጊሙ ንጡፍ ኮይኑ።
register-inactive = ደው ኢሉ
register-revision = ስሪት { $number } ካብ { $date }
register-holders = { $count ->
    [0] ዋላ ሓደ ነዚ ፕሮፋይል የብሉን።
    [one] { $count } ሰራሕተኛ ወይ ስርዓት ነዚ ፕሮፋይል ኣለዎ።
   *[other] { $count } ሰራሕተኛታትን ስርዓታትን ነዚ ፕሮፋይል ኣለዎም።
}
register-new-title = ሓድሽ ፕሮፋይል ስራሕ
register-new-intro = ፕሮፋይል ስራሕ ሓደ ስራሕ ኣየናይ ሓበሬታ ክርኢ ከም ዝኽእልን ስለምንታይን ይገልጽ። እቲ ስራሕ ብሓቂ ዘድልዮ ጥራይ ምረጹ።
register-profile-title = ፕሮፋይል ስራሕ
register-name = ሽም ናይቲ ስራሕ
register-purpose = ዕላማ
register-purpose-hint = እዚ ስራሕ ነቲ ሓበሬታ ንምንታይ ይጥቀመሉ? እቲ ሰብ ነዚ ዕላማ ምስ ነፍሲ ወከፍ ንባብ ይርእዮ።
register-fields = ሓበሬታ
register-fields-hint = ካብቲ ኣብ ዓንቀጽ 3 ናይቲ ፕሮቶኮል ዘሎ ዝርዝር ሓበሬታ ጥራይ።
register-create = ፕሮፋይል ወስኹ
register-save = ለውጢ ዓቅቡ
register-change-heading = ምቕያር
register-change-hint = ለውጢ ሓድሽ ስሪት ይፈጥር። ዝቐደሙ ንባባት ምስቲ ዝተገብሩሉ ስሪት ተኣሲሮም ይጸንሑ።
register-state-active = ንጡፍ
register-state-inactive = ደው ኢሉ
register-deactivate = ደው ኣብሉ
register-deactivate-hint = ሽዑ እዚ ፕሮፋይል ዘለዎ ሰብ ድሕሪ ሕጂ ዋላ ሓንቲ ሓበሬታ ከንብብ ኣይክእልን።
register-reactivate = ደጊምኩም ኣንጥፉ
register-reactivate-hint = ሽዑ እዚ ፕሮፋይል ዘለዎ ሰብ እቲ ፕሮፋይል ዝፈቕዶ ደጊሙ ከንብብ ይኽእል።
register-history-heading = ኩሎም ስሪታት
register-history-revision = ስሪት
register-history-valid = ዝጸንዓሉ
register-current = ሕጂ
register-back = ናብቲ መዝገብ ተመለሱ
profile-error-name-required = ነቲ ስራሕ ሽም ሃብዎ።
profile-error-name-too-long = እቲ ሽም ኣዝዩ ነዊሕ እዩ (ብዝበዝሐ 120 ፊደላት)።
profile-error-name-taken = በዚ ሽም ፕሮፋይል ስራሕ ድሮ ኣሎ።
profile-error-purpose-required = ነቲ ዕላማ ግለጹ።
profile-error-purpose-too-long = እቲ ዕላማ ኣዝዩ ነዊሕ እዩ (ብዝበዝሐ 300 ፊደላት)።
profile-error-fields-required = እንተወሓደ ሓደ ዓይነት ሓበሬታ ምረጹ።
profile-error-field-unknown = እዚ ዓይነት ሓበሬታ ኣብ ዝርዝር ናይቲ ፕሮቶኮል የለን።
