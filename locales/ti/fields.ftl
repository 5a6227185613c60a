field-given-name = ሽም
field-family-name = ሽም ስድራ
field-address = ኣድራሻ
field-phone = ቁጽሪ ተሌፎን
field-email = ኣድራሻ ኢመይል
field-contact-language = ቋንቋ ርክብ
field-dutch-level = ደረጃ ሆላንድኛ
field-mo-status = ኮርስ ማሕበራዊ ኣቕጣጫ

field-value-none = (ኣይፍለጥን)
dutch-level-below-a1 = ገና A1 ኣይበጽሐን
mo-status-not-started = ገና ኣይጀመረን
mo-status-in-progress = ይቕጽል ኣሎ
mo-status-completed = ተዛዚሙ
mo-status-exempt = ካብ ግዴታ ነጻ
