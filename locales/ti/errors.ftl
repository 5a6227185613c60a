error-not-found = ዝደለኹምዎ ክንረኽቦ ኣይከኣልናን።
error-forbidden = ነዚ ሓበሬታ ክትርእዩ መሰል የብልኩምን።
error-unauthenticated = በጃኹም መጀመርታ እተዉ።
error-rate-limited = ኣዝዮም ብዙሓት ጠለባት። በጃኹም ድሕሪ ቁሩብ ደጊምኩም ፈትኑ።
error-internal = ኣብ ወገንና ገለ ጌጋ ተፈጢሩ። በጃኹም ድሒርኩም ደጊምኩም ፈትኑ።
error-unavailable = እቲ ፖርታል ሕጂ ናብ ሓበሬታኡ ክበጽሕ ኣይክእልን እዩ። ዝተዓቀበ ወይ ዝተቐየረ ነገር የለን። በጃኹም ድሕሪ ሓደ ደቒቕ ደጊምኩም ፈትኑ።
error-too-large = ዝለኣኽኩምዎ ኣዝዩ ዓቢ እዩ። ዝተዓቀበ ነገር የለን። በጃኹም ኣሕጽርዎ እሞ ደጊምኩም ፈትኑ።
error-headers-too-large = ብራውዘርኩም እቲ ፖርታል ክቕበሎ ካብ ዝኽእል ንላዕሊ ሓበሬታ ለኣኸ፣ ብዙሕ ግዜ ብሰንኪ ብዙሓት ኩኪታት (cookies)። ዝተዓቀበ ነገር የለን። በጃኹም ኣብ ብራውዘርኩም ኩኪታት ናይዚ መርበብ ሓበሬታ ደምስሱ እሞ ደጊምኩም ፈትኑ።
error-request-timeout = ዝለኣኽኩምዎ ክበጽሕ ኣዝዩ ነዊሕ ግዜ ወሲዱ፣ ምናልባት ኢንተርነትኩም ቀስ ዝበለ ስለ ዝኾነ። ዝተዓቀበ ነገር የለን። በጃኹም ደጊምኩም ፈትኑ።
error-bad-request = እዚ ጠለብ ዘይምሉእ ወይ ዘይቅቡል እዩ።
error-reference = መወከሲ ንማእከል ሓገዝ:
error-field-unknown = እዚ ዓይነት ሓበሬታ የለን።
error-dutch-level = ደረጃ ምረጹ: ትሕቲ A1፣ A1፣ A2፣ B1፣ B2፣ C1 ወይ C2።
error-mo-status = ንኮርስ ማሕበራዊ ኣቕጣጫ ኩነታት ምረጹ።
error-language-unknown = እዚ ቋንቋ ኣይድገፍን እዩ።

error-forbidden-title = መሰል የብልኩምን
error-operation-unknown = እዚ ተግባር የለን።
error-role-unknown = እዚ ተራ የለን።
error-party-kind-unknown = እዚ ዓይነት ወገን የለን።
error-field-category-unknown = እዚ ምድብ ሓበሬታ የለን።
error-consent-action = እዚ ተግባር ፍቓድ የለን።
error-consent-channel = እዚ መንገዲ የለን።
error-disclosure-channel = እዚ መንገዲ የለን።
error-termination-kind = እዚ መንገዲ ምቁራጽ የለን።
error-version-status = እዚ ኩነታት ስሪት የለን።

error-refused-title = ኣይተፈጸመን
error-cross-site = እዚ ፎርም ካብ ካልእ መርበብ ሓበሬታ (website) እዩ መጺኡ። ንድሕንነትኩም ኣይፈጸምናዮን። ነቲ ፖርታል ባዕሉ ክፈትዎ እሞ ደጊምኩም ፈትኑ።
error-rate-limited-wait = { $seconds ->
    [one] በጃኹም ድሕሪ { $seconds } ካልኢት ደጊምኩም ፈትኑ።
   *[other] በጃኹም ድሕሪ { $seconds } ካልኢታት ደጊምኩም ፈትኑ።
}
error-text-characters = እዚ ጽሑፍ ዘይርኣዩ ፊደላት ሒዙ ኣሎ፣ ንኣብነት ካብ ምቕዳሕን ምልጣፍን። በጃኹም ነቲ ጽሑፍ ደጊምኩም ጽሓፍዎ።
error-title-not-found = ኣይተረኽበን
error-title-forbidden = ኣይፍቀድን
error-title-unauthenticated = መንነት ኣይተረጋገጸን
error-title-invalid = ዘይቅቡል ሓበሬታ
error-title-refused = ብመሰረት ፕሮቶኮል ተነጺጉ
error-title-rate-limited = ኣዝዮም ብዙሓት ጠለባት
error-title-internal = ውሽጣዊ ጌጋ
error-title-unavailable = ንግዚኡ ኣይርከብን
error-title-too-large = ኣዝዩ ዓቢ
error-title-request-timeout = ኣዝዩ ነዊሕ ግዜ ወሲዱ
error-token-unknown = እዚ API ቶከን ኣይፍለጥን። ምሉእ ብምሉእ ከም ዝተቐድሐ ኣረጋግጹ።
error-token-revoked = እዚ API ቶከን ተሰሪዙ ኣሎ። ካብቲ { -agency(form: "short") } ሓድሽ ሕተቱ።
error-token-expired = ግዜ ናይዚ API ቶከን ኣኺሉ ኣሎ። ካብቲ { -agency(form: "short") } ሓድሽ ሕተቱ።
error-form-summary = እቲ ፎርም ኣይተላእከን: ነቲ መግለጺ ዘለዎ ቦታ ርኣዩ።
