## `portal import persons`: ካብ ስርዓት ክትትል ዓማዊል ዝተወጽአ ፋይል፣ ከምቲ ኦፕሬተር ነቲ ውጽኢት ዘንብቦ
## (ኣብ ተርሚናልን ኣብ ፋይል ጸብጻብን)።

import-line = መስመር
import-rows = ረድፍታት
import-new = ሓድሽ
import-changed = ዝተቐየረ
import-unchanged = ዘይተቐየረ
import-refused = ዝተነጸገ
import-recipients-told = ብዛዕባ ምእራም ዝተሓበሩ ተቐበልቲ
import-nothing-written = ዋላ ሓንቲ ኣይኣተወን: ምስ --all-or-nothing ሓደ ዝተነጸገ ረድፊ ንብምልኡ ፋይል ደው የብሎ።
import-report-written = ጸብጻብ ኣብዚ ተጻሒፉ
import-more-refused = { $count ->
    [one] ከምኡውን { $count } ካልእ ዝተነጸገ ረድፊ (ፋይል ጸብጻብ ርኣዩ)
   *[other] ከምኡውን { $count } ካልኦት ዝተነጸጉ ረድፍታት (ፋይል ጸብጻብ ርኣዩ)
}
import-error-required = እዚ ዓምዲ ዋጋ ክህልዎ ኣለዎ።
import-error-dossier = ቁጽሪ ፋይል ኣይኮነን: ፊደላት፣ ቁጽርታትን - _ . / ጥራይ፣ ካብ 40 ፊደላት ዘይበዝሕ።
import-error-duplicate-dossier = እዚ ቁጽሪ ፋይል ድሮ ኣብ መስመር { $line } ናይቲ ፋይል ኣሎ፤ እቲ ረድፊ ጥራይ እዩ ዝቑጸር።
import-error-protocols-required = እንተወሓደ ሓደ ፕሮቶኮል ጥቐሱ (ሓጺር ሽሙ፤ ብዙሓት ብ ; ፍለይዎም)።
import-error-protocol-unknown = ኣብ { -portal } በዚ ሓጺር ሽም ፕሮቶኮል የለን።
import-error-ended-on = ቅኑዕ መዓልቲ ኣይኮነን: ከም YYYY-MM-DD ጽሓፍዎ።
import-error-person-erased = ሓበሬታ ናይዚ ሰብ ድሕሪ ግዜ ምዕቃብ ተደምሲሱ፤ ደጊሙ ክኣቱ ኣይክእልን።
import-error-encoding = እዚ ጽሑፍ UTF-8 ኣይኮነን። ነቲ ዝተወጽአ ፋይል ከም UTF-8 ዓቅብዎ እሞ ደጊምኩም ኣእትውዎ።
import-error-cell-count = ብዝሒ ክፍልታት ናይዚ ረድፊ ምስ ብዝሒ ዓምድታት ናይቲ ርእሲ መስመር ማዕረ ኣይኮነን።
import-error-row-unreadable = እዚ ረድፊ ከም CSV ክንበብ ኣይክእልን (ምልክታት ጥቕሲ ርኣዩ)።
import-error-json = እዚ መስመር ናይ JSON ኦብጀክት ኣይኮነን።
import-error-json-keys = እዚ መስመር ናይቲ ምእታው ዓምዲ ዘይኮነ መፍትሕ ኣለዎ (portal import persons --help ርኣዩ)።
import-error-json-value = ዋጋ ጽሑፍ ወይ ቁጽሪ ክኸውን ኣለዎ፤ ኣብ ዓምዲ protocols ድማ ዝርዝር ጽሑፋት ክኸውን ይኽእል።
import-error-file-utf16 = እቲ ፋይል UTF-16 እዩ። ከም UTF-8 (CSV UTF-8) ዓቅብዎ እሞ ደጊምኩም ኣእትውዎ።
import-error-file-header = ቀዳማይ መስመር ናይቲ ፋይል ዝንበብ ርእሲ መስመር ኣይኮነን።
import-error-file-empty = እቲ ፋይል ባዶ እዩ።
import-error-file-columns-unknown = ርእሲ መስመር እቲ ምእታው ዘይፈልጦም ዓምድታት ይጠቅስ
import-error-file-columns-missing = ርእሲ መስመር ዓምድታት ይጎድሎ
import-error-file-columns-twice = ርእሲ መስመር ሓደ ዓምዲ ክልተ ግዜ ይጠቅስ
