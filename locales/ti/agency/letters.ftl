## ብሓንሳብ ዝዳለዉ ደብዳቤታት ዕድመ: ቅጥዒ ኣመሓዳሪ ፕሮቶኮል፣ ኣብ ስክሪን ዝርአ መዘኻኸሪ፣ እቲ ደብዳቤ ባዕሉ
## (ብቋንቋ ርክብ ናይቲ ሰብ፣ ድሕሪኡ ብሆላንድኛ)።

letters-form-heading = ደብዳቤታት ዕድመ
letters-form-intro = ንነፍሲ ወከፍ ሰብ ብቋንቋኡን ብሆላንድኛን ደብዳቤ ሕተሙ፣ ምስ QR ኮድን እትጽሓፍ ኮድን። ነፍሲ ወከፍ ደብዳቤ ሓድሽ ዕድመ እዩ: እቶም ዝቐደሙ ድሕሪ ሕጂ ኣይሰርሑን።
letters-form-not-yet-invited = ገና ዕድመ ዘይተቐበሉ ኩሎም (ንኣብነት፣ ሕጂ ዝኣተዉ)
letters-form-dossiers = ወይ እዞም ቁጽሪ ፋይላት
letters-form-dossiers-hint = ኣብ ነፍሲ ወከፍ መስመር ሓደ። ብዝበዝሐ 500።
letters-form-submit = ደብዳቤታት ኣዳልዉ
letters-error-none = ደብዳቤ ዝጽሓፈሉ ሰብ የለን: ዕድመ ዝጽበ ሰብ የለን፣ ወይ እቲ ዝርዝር ባዶ እዩ።
letters-error-too-many = እዚ ካብ 500 ዝበዝሑ ደብዳቤታት እዩ። ብንኣሽቱ ጉጅለታት ኣዳልውዎም።
letters-error-unknown-dossier = ሓደ ካብዞም ቁጽሪ ፋይላት ኣብ { -portal } ኣይፍለጥን። ነቲ ዝርዝር ተቖጻጸሩ።
letters-error-left-the-pilot = ሓደ ካብዞም ሰባት ካብቲ ፈተነ ፕሮጀክት ወጺኡ እዩ (መደቡ ተዛዚሙ)። ዕድመ ኣይወሃቦን።
letters-document-title = ደብዳቤታት ዕድመ
letters-screen-note = { $count ->
    [one] { $count } ደብዳቤ፣ ንነፍሲ ወከፍ ደብዳቤ ሓደ ገጽ። ብብራውዘርኩም ኣብ A4 ሕተሙ። እዚ ዕድመ ሕጂ እዩ ተዳልዩ: ንተመሳሳሊ ሰብ ደጊምኩም ደብዳቤ እንተ ኣዳሊኹም፣ እዚ ድሕሪ ሕጂ ኣይሰርሕን።
   *[other] { $count } ደብዳቤታት፣ ንነፍሲ ወከፍ ደብዳቤ ሓደ ገጽ። ብብራውዘርኩም ኣብ A4 ሕተሙ። እዘን ዕድመታት ሕጂ እየን ተዳልየን: ንተመሳሳሊ ሰባት ደጊምኩም ደብዳቤታት እንተ ኣዳሊኹም፣ እዘን ድሕሪ ሕጂ ኣይሰርሓን።
}
letters-delivered-instead = እዞም ሰባት ድሮ ኣካውንት ኣለዎም። ካብዚ ሕትመት ደብዳቤ ኣይረኽቡን: ዕድመ ንምምላስ መእተዊኦም ናብ ናይ ባዕሎም ኣድራሻ ርክብ ይለኣኽ።
letters-heading = ናብ { -portal } ዝተገብረልኩም ዕድመ
letters-recovery-heading = ናብ ኣካውንትኩም ኣብ { -portal } ሓድሽ መእተዊ
letters-greeting = ዝኸበርኩም { $name }፣
letters-what = ኣብ { -portal }፣ እቲ { -agency(form: "short") } ምስ { -municipality(form: "singular-your") } ከካፍሎ ዝኽእል ሓበሬታ ባዕልኹም ትመርጹ። ሓበሬታኹም መን ከም ዝተቐበሎ ትርእዩ፣ ክእረም እውን ክትሓቱ ትኽእሉ።
letters-protocols = እዚ ደብዳቤ ብዛዕባ እዚኦም እዩ:
letters-recovery-warning = ድሮ ኣካውንት ኣለኩም። ፓስኪኹም እንተ ጠፊኡኩም (ንኣብነት፣ ሓድሽ ተሌፎን እንተ ሒዝኩም)፣ በዚ ደብዳቤ ደጊምኩም ክትኣትዉ ትኽእሉ ኢኹም። እዚ ኣይሓተትኩምን ዲኹም? ምሳና ተራኸቡ። ነዚ ደብዳቤ ንካልእ ሰብ ኣይተርእይዎ።
letters-qr-label = QR ኮድ ናይ ዕድመኹም
letters-how-scan = ነቲ QR ኮድ ብካሜራ ተሌፎንኩም ስካን ግበርዎ።
letters-how-type = ወይ ናብዚ ኣድራሻ ኬዱ ነቲ ኮድ ጽሓፉ:
letters-code = ኮድ
letters-valid-until = ነዚ ዕድመ ሓንሳብ ጥራይ ክትጥቀሙሉ ትኽእሉ፣ ክሳብ { $date }።
letters-help = ሓገዝ የድልየኩም ድዩ? ነዚ ደብዳቤ ናብቲ ኣብ { -agency(form: "short") } ዘሎ ኣማኻሪኹም ኣምጽእዎ።
letters-dossier = ቁጽሪ ፋይልኩም
