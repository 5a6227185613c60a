error-not-found = We could not find what you were looking for.
error-forbidden = You do not have access to this information.
error-unauthenticated = Please sign in first.
error-rate-limited = Too many requests. Please try again in a moment.
error-internal = Something went wrong on our side. Please try again later.
error-unavailable = The portal cannot reach its records just now. Nothing was saved or changed. Please try again in a minute.
error-too-large = What you sent is too large. Nothing was saved. Please make it shorter and try again.
error-headers-too-large = Your browser sent more information than the portal accepts, often because of too many cookies. Nothing was saved. Delete this website's cookies in your browser and try again.
error-request-timeout = What you sent took too long to arrive, perhaps because the connection is slow. Nothing was saved. Please try again.
error-bad-request = This request is incomplete or invalid.
error-reference = Reference for the help desk:
error-field-unknown = This field does not exist.
error-dutch-level = Choose a level: below A1, A1, A2, B1, B2, C1 or C2.
error-mo-status = Choose a status for the social orientation course.
error-language-unknown = This language is not supported.

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

error-refused-title = Not carried out
error-cross-site = This form came from another website. For your safety we did not carry it out. Open the portal itself and try again.
error-rate-limited-wait = { $seconds ->
    [one] Please try again in { $seconds } second.
   *[other] Please try again in { $seconds } seconds.
}
error-text-characters = This text contains invisible characters, for example from copying and pasting. Please type the text again.
error-title-not-found = Not found
error-title-forbidden = Not allowed
error-title-unauthenticated = Not authenticated
error-title-invalid = Invalid input
error-title-refused = Refused under the protocol
error-title-rate-limited = Too many requests
error-title-internal = Internal error
error-title-unavailable = Temporarily unavailable
error-title-too-large = Too large
error-title-request-timeout = Took too long
error-token-unknown = This API token is not known. Check that it was copied in full.
error-token-revoked = This API token has been revoked. Ask the { -agency(form: "short") } for a new one.
error-token-expired = This API token has expired. Ask the { -agency(form: "short") } for a new one.
error-form-summary = The form was not sent: check the field with the explanation.
