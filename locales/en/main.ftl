# Shared names and the frame of every page.
-portal = Consent Portal
-agency = Agency for Integration and Civic Integration

app-name = { -portal }
layout-skip-to-content = Skip to content
layout-language-nav = Language
layout-footer-operator = { -portal } of the { -agency }
layout-footer-protocols = Published protocols

not-found-title = Page not found
not-found-body = This page does not exist (any more). Please check the address.
not-found-home-link = Go to the home page

error-not-found = We could not find what you were looking for.
error-forbidden = You do not have access to this information.
error-unauthenticated = Please sign in first.
error-rate-limited = Too many requests. Please try again in a moment.
error-internal = Something went wrong on our side. Please try again later.
error-bad-request = This request is incomplete or invalid.
error-reference = Reference for the help desk:
error-field-unknown = This field does not exist.
error-dutch-level = Choose a level: below A1, A1, A2, B1, B2, C1 or C2.
error-mo-status = Choose a status for the social orientation course.
error-language-unknown = This language is not supported.

date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
