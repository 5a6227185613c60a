disclosure-refused-protocol-not-in-force = The protocol is not in force: no data is shared.
disclosure-refused-no-consent = This person has not given consent.
disclosure-refused-no-onward-consent = This person has not consented to sharing with partners.
disclosure-refused-nothing-allowed = Your function profile gives no access to these data.
disclosure-refused-no-profile = You have no function profile that may read data.
disclosure-refused-not-a-partner = This organisation is not a partner of your municipality.
