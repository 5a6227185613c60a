account-title = ኣካውንትን መእተዊን
account-passkeys-heading = ፓስኪታትኩም
account-passkey-added = ብ{ $when } ተወሲኹ
account-passkey-last-used = መወዳእታ ዝተጠቐምኩምሉ: { $when }
account-passkey-never-used = ገና ኣይተጠቐምኩምሉን
account-passkey-remove = ኣልግሱ
account-passkey-remove-label = ፓስኪ { $name } ኣልግሱ
account-passkey-removed = እቲ ፓስኪ ተላጊሱ ኣሎ።
account-passkey-last-one = እዚ ዘሎኩም ሓደ ፓስኪ ጥራይ እዩ። ቅድሚ ምልጋሱ፣ መጀመርታ ካልእ ፓስኪ ወስኹ።
account-passkey-add-heading = ፓስኪ ወስኹ
account-passkey-add-button = ኣረጋግጹን ወስኹን
account-sessions-heading = ኣበይ ኣቲኹም ከም ዘለኹም
account-session-since = ብ{ $when } ኣቲኹም
account-session-current = እዚ መሳርሒ
account-session-end = ኣብዚ መሳርሒ ውጽኡ
account-session-ended = ኣብኡ ካብ ኣካውንትኩም ወጺእኩም ኣለኹም።
account-session-unknown-device = ዘይፍለጥ መሳርሒ

notification-passkey-added = ኣብ ኣካውንትኩም ፓስኪ ተወሲኹ: { $name }።
notification-passkey-removed = ካብ ኣካውንትኩም ፓስኪ ተላጊሱ: { $name }።
account-notices-heading = ለውጥታት ኣብ ኣካውንትኩም
account-recovered = ዕድመ ምምላስ ኣካውንት ተጠቒምኩም። ኣብ ታሕቲ ኩሎም ፓስኪታት ኣካውንትኩም ኣለዉ። ዘይትፈልጥዎ ፓስኪ ኣሎ ድዩ? ሽዑ ኣልግስዎ። ኣብ ዘይትፈልጥዎም መሳርሒታት ድማ ውጽኡ።
notification-recovery-issued = { $via ->
    [email] ንኣካውንትኩም ዕድመ ምምላስ ብኢመይል ተላኢኹ።
    [sms] ንኣካውንትኩም ዕድመ ምምላስ ብSMS ተላኢኹ።
    [letter] ንኣካውንትኩም ዕድመ ምምላስ ብደብዳበ ተላኢኹ።
   *[in_person] ንኣካውንትኩም ዕድመ ምምላስ ኣብ መቐበሊ ቤት ጽሕፈት ብኢድ ተዋሂቡ።
} ኣይሓተትኩምን ዲኹም? ብቕጽበት ምስቲ { -agency(form: "short") } ተራኸቡ።
