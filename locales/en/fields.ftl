field-given-name = Given name
field-family-name = Family name
field-address = Address
field-phone = Phone number
field-email = Email address
field-contact-language = Contact language
field-dutch-level = Dutch level
field-mo-status = Social orientation course

field-value-none = (not known)
dutch-level-below-a1 = Not yet A1
mo-status-not-started = Not started yet
mo-status-in-progress = In progress
mo-status-completed = Completed
mo-status-exempt = Exempt
