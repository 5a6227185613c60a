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

layout-account-nav = Your account
layout-start-page = Home
layout-account = Account and access
layout-sign-in = Sign in
layout-sign-out = Sign out
layout-idle-warning = You have not been active for a while. In 5 minutes you will be signed out to protect your data.
layout-idle-stay = Stay signed in

error-forbidden-title = No access
error-operation-unknown = This action does not exist.
error-role-unknown = This role does not exist.
error-party-kind-unknown = This kind of party does not exist.
error-field-category-unknown = This data category does not exist.
error-consent-action = This consent action does not exist.
error-consent-channel = This channel does not exist.
error-disclosure-channel = This channel does not exist.
error-termination-kind = This way of ending does not exist.
error-version-status = This version status does not exist.
consent-error-no-change = Nothing was changed.
consent-error-onward-without-sharing = You can only pass data on to partners if you also share data with the municipality.
consent-error-no-notice-in-language = The explanation of this protocol does not exist in this language yet.
protocol-error-dutch-text-required = A protocol version always needs a Dutch text.

role-agency-rectification-officer = Handler of correction requests
role-agency-protocol-admin = Protocol administrator
role-agency-dpo = Data protection officer
role-municipality-admin = Function profile administrator
role-municipality-staff = Staff member with a function profile
