admin-title = ምምሕዳር ፕሮቶኮል
admin-invitations-heading = ዕድመታት
admin-invitation-for = ንመን
admin-invitation-person = ሓድሽ መጻኢ
admin-created = ዝተፈጥረሉ
admin-expires = ክሳብ ዝሰርሓሉ
admin-status = ኩነታት
admin-invitation-status-open = ክፉት
admin-invitation-status-redeemed = ኣብ ጥቕሚ ውዒሉ
admin-invitation-status-revoked = ተሰሒቡ
admin-invitation-status-expired = ግዚኡ ኣኺሉ
admin-clients-heading = API ምትእስሳራት
admin-client-name = ሽም
admin-client-for = ወገንን ፕሮፋይል ስራሕን
admin-client-active = ንጡፍ
admin-client-revoked = ተሰሒቡ

staff-error-role-not-for-party = እዚ ተራ ናይዚ ዓይነት ትካል ኣይኮነን።
staff-error-separation-of-duties = ሓበሬታ ከንብቡ ዝኽእሉ ፕሮፋይል ስራሕ ዘለዎም ሰራሕተኛታት ጥራይ እዮም፤ ኣመሓደርቲ ኣይኽእሉን (ምፍልላይ ሓላፍነታት)።
staff-error-profile-not-of-party = እዚ ፕሮፋይል ስራሕ ናይ ትካልኩም ኣይኮነን።
admin-error-client-name = ነቲ ምትእስሳር ብዝበዝሐ 120 ፊደላት ዘለዎ ሽም ሃብዎ።
admin-error-no-such-person = በዚ ቁጽሪ ፋይል ሓድሽ መጻኢ የለን።
admin-working = ሓንሳብ ጽንሑ…
admin-issued-link = ሊንክ ዕድመ
admin-issued-code = ዝጽሓፍ ኮድ
admin-issued-token = API ቶከን
admin-shown-once = እዚ ሓንሳብ ጥራይ እዩ ዝርአ። ሕጂ ኣሕልፍዎ፤ ንሕና ኣይንዕቅቦን።
admin-dossier-ref = ቁጽሪ ፋይል
admin-party = ትካል
admin-role = ተራ
admin-profile = ፕሮፋይል ስራሕ
admin-no-profile = የለን (ፕሮፋይል ስራሕ ንዘለዎም ሰራሕተኛታት ጥራይ)
admin-invite-person-heading = ሓድሽ መጻኢ ዕደሙ
admin-invite-staff-heading = ሰራሕተኛ ዕደሙ
admin-invite-submit = ዕድመ ፍጠሩ
admin-revoke = ሰርዙ
admin-revoked = ተሰሪዙ።
admin-issued-title = ተፈጢሩ
admin-issued-valid-until = ክሳብ { $when } ይሰርሕ።
admin-issued-nothing = ኣብዚ ዝርአ ነገር የለን: ዝፈጠርኩምዎ ሓንሳብ ጥራይ እዩ ዝርአ።
admin-back = ናብ ምምሕዳር ፕሮቶኮል ተመለሱ
admin-client-expires-days = ዝሰርሓሉ ግዜ (መዓልታት፣ ባዶ = ግዜ ኣየኽትምን)
admin-error-expiry = ቁጽሪ መዓልታት ካብ 1 ክሳብ 3650 ኣእትዉ፣ ወይ ነቲ ቦታ ባዶ ግደፍዎ።

admin-assisted-consent-link = ብወረቐት ዝተዋህበ ፍቓድ መዝግቡ

admin-handover-legend = እዚ ሰብ ድሮ ኣካውንት እንተለዎ (ምምላስ ኣካውንት)
admin-handover-hint = ቀዳማይ ዕድመ (ገና ፓስኪ ዘይብሉ) ቀጺሉ ንዓኹም ይርአ፣ ንመቐበሊ ቤት ጽሕፈት ወይ ንደብዳበ። ናብ ዘሎ ኣካውንት ዝኸፍት ዕድመ ግን ንዓኹም ጥራይ ፈጺሙ ኣይርአን።
admin-handover-delivered = ናብቲ ኣብ ፋይል ዘሎ ሓበሬታ ርክብ ስደዱ (ኢመይል፣ እንተዘየሎ SMS፣ እንተዘየሎ ደብዳበ)
admin-handover-in-person = ኣብ መቐበሊ ቤት ጽሕፈት ብኢድ ሃቡ: ካልኣይ ኣመሓዳሪ ፕሮቶኮል መጀመርታ የጽድቕ
admin-four-eyes-hint = ካልኣይ ኣመሓዳሪ ፕሮቶኮል መጀመርታ ነዚ የጽድቖ፤ ድሕሪኡ ኣብዚ ሓንሳብ ትፈጥርዎ።
admin-request-submit = ምጽዳቕ ሕተቱ
admin-requests-heading = ንካልኣይ ኣመሓዳሪ ፕሮቶኮል ዝቐረቡ ጠለባት
admin-requests-intro = ባዕልኹም ከተረጋግጽዎ እትኽእሉ ጥራይ ኣጽድቑ። ጠለብ ዘቕረበ ሰብ ነቲ ጠለብ ከጽድቖ ኣይክእልን።
admin-requests-empty = ጠለባት የለዉን።
admin-request-what = እንታይ
admin-request-by = ዝሓተተ
admin-request-action = ተግባር
admin-approval-kind-staff-invitation = ዕድመ ሰራሕተኛ
admin-approval-kind-api-client = API ክላየንት
admin-approval-kind-person-recovery = ምምላስ ኣካውንት ኣብ መቐበሊ ቤት ጽሕፈት
admin-approval-client-days = { $days ->
    [one] ን{ $days } መዓልቲ ይሰርሕ
   *[other] ን{ $days } መዓልታት ይሰርሕ
}
admin-approval-client-no-expiry = ግዜ ኣየኽትምን
admin-approval-status-pending = ምጽዳቕ ይጽበ
admin-approval-status-approved = ጸዲቑ
admin-approval-status-refused = ተነጺጉ
admin-approval-status-issued = ተፈጢሩ
admin-approval-status-lapsed = ግዚኡ ሓሊፉ
admin-approval-decided-by = ብ{ $name } ተወሲኑ
admin-approval-yours = ናይ ባዕልኹም ጠለብ: ካልእ ኣመሓዳሪ ፕሮቶኮል እዩ ዝውስን።
admin-approve = ኣጽድቑ
admin-refuse = ንጸጉ
admin-issue-now = ሕጂ ፍጠሩ
admin-approved-done = ጸዲቑ። እቲ ዝሓተተ ሕጂ ክፈጥሮ ይኽእል።
admin-refused-done = ተነጺጉ።
admin-delivered = { $channel ->
    [email] እቲ ዕድመ ምምላስ ብኢመይል ናብ { $to } ይኸይድ።
    [sms] እቲ ዕድመ ምምላስ ብSMS ናብ { $to } ይኸይድ።
   *[letter] እቲ ዕድመ ምምላስ ብደብዳበ ናብ { $to } ይኸይድ።
}
admin-delivered-not-shown = እዚ ሰብ ድሮ ኣካውንት ኣለዎ። እቲ ሊንክን ኮድን ናብቲ ሰብ ጥራይ እዮም ዝኸዱ፤ ንስኹም ኣይትርእይዎምን።
admin-delivered-told = እቲ ሰብ ኣብቲ ፖርታልን ኣብ ኩሉ ካልእ ኣብ ፋይል ዘሎ መንገዲ ርክብን እውን ይሕበር። ዝቐደሙ ዕድመታት ተሰሪዞም።
admin-requested = ጠለብ { $id } ({ $kind }) ንካልኣይ ኣመሓዳሪ ፕሮቶኮል ይጽበ ኣሎ።
admin-requested-next = ምስ ጸደቐ፣ ኣብ ገጽ ኣመሓዳሪ ፕሮቶኮል፣ ኣብ ትሕቲ ጠለባት፣ ትፈጥርዎ። ሽዑ ሓንሳብ ይርአ።
admin-error-no-such-request = እዚ ጠለብ የለን።
admin-error-no-such-party = እዚ ትካል የለን።
admin-error-handover = እቲ ዕድመ ብኸመይ ናብቲ ሰብ ከም ዝበጽሕ ምረጹ: ብምልኣኽ ወይ ኣብ መቐበሊ ቤት ጽሕፈት።
admin-error-decision = ምጽዳቕ ወይ ምንጻግ ምረጹ።
admin-error-approval-role = ኣብ ጠለባት ዝውስን ኣመሓዳሪ ፕሮቶኮል ናይቲ { -agency(form: "short") } ጥራይ እዩ።
admin-error-approval-own = ናይ ባዕልኹም ጠለብ ከተጽድቑ ወይ ክትነጽጉ ኣይትኽእሉን: ካልእ ኣመሓዳሪ ፕሮቶኮል እዩ ዝገብሮ።
admin-error-approval-decided = ኣብዚ ጠለብ ድሮ ውሳነ ተዋሂቡ፣ ወይ ግዚኡ ሓሊፉ።
admin-error-approval-not-yours = ነዚ ጠለብ ክፈጥሮ ዝኽእል እቲ ዘቕረቦ ሰብ ጥራይ እዩ።
admin-error-approval-pending = እዚ ጠለብ ገና ምጽዳቕ ካልእ ኣመሓዳሪ ፕሮቶኮል ይጽበ ኣሎ።
admin-error-approval-issued = እዚ ጠለብ ድሮ ተፈጢሩ። ሽዑ ዝተራእየ ደጊሙ ኣይርአን።
admin-error-approval-not-approved = እዚ ጠለብ ተነጺጉ ወይ ግዚኡ ሓሊፉ። እንተድሊዩ ሓድሽ ጠለብ ኣቕርቡ።
admin-registers-link = መዛግብቲ { -municipality(form: "plural") }
staff-error-invitee-name-required = ሽም እቲ ሰራሕተኛ ሃቡ።
staff-error-invitee-name-too-long = እቲ ሽም ኣዝዩ ነዊሕ እዩ (ብዝበዝሐ 200 ፊደላት)።
staff-error-invitee-contact = ቅኑዕ ኣድራሻ ኢመይል ወይ ቁጽሪ ተሌፎን ሃቡ።
staff-error-disable-self = ንነብስኹም ደው ከተብሉ ኣይትኽእሉን።
admin-protocols-link = ፕሮቶኮላት ኣዳልዉ፣ ሓትሙን ኣቋርጹን
admin-client-agency-system = ስርዓት ክትትል ዓማዊል (ፕሮፋይል ስራሕ የብሉን)
admin-error-client-needs-profile = ፕሮፋይል ስራሕ ዘይብሉ ምትእስሳር ነቲ ናይቲ { -agency(form: "short") } ባዕሉ ዝውንኖ ስርዓት ክትትል ዓማዊል ጥራይ እዩ፤ ምትእስሳር ናይ ሓደ { -municipality } ግን ብፕሮፋይል ስራሕ እዩ ሓበሬታ ዘንብብ።
