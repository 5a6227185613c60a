## E-mail from the outbox: only that there is a message, never what it says (the inbox does).

mail-subject = ኣብ { -portal } ሓድሽ መልእኽቲ
mail-greeting = ዝኸበርኩም { $name }፣
mail-new-message = ኣብ { -portal } ሓድሽ መልእኽቲ ኣሎኩም።
mail-read-it = ንምንባቡ እተዉ:
mail-invitation-subject = ናብ { -portal } ዝተገብረልኩም ዕድመ
mail-invitation-intro = እዚ ሊንክ ደጊሙ ናብ ኣካውንትኩም መእተዊ ይህበኩም። ሓንሳብ ጥራይ ይሰርሕ፣ ድሕሪ ሓጺር ግዜ ድማ ግዚኡ የኽትም።
mail-invitation-code = ወይ ነዚ ኮድ ኣብቲ ኣብ ታሕቲ ዘሎ ገጽ ጽሓፍዎ:
mail-invitation-not-you = እዚ ኣይሓተትኩምን ዲኹም? ሽዑ ነቲ ሊንክ ኣይትጠቐምሉ፣ ምስ { -agency } ድማ ተራኸቡ።
mail-footer = እዚ መልእኽቲ ብኣውቶማቲክ እዩ ተላኢኹ። ናብዚ ኣድራሻ ዝለኣኽ መልሲ ኣይንበብን እዩ።
