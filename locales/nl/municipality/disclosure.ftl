disclosure-refused-protocol-not-in-force = Het protocol is niet van kracht: er worden geen gegevens gedeeld.
disclosure-refused-no-consent = Deze persoon heeft geen toestemming gegeven.
disclosure-refused-no-onward-consent = Deze persoon gaf geen toestemming om gegevens door te geven aan partners.
disclosure-refused-nothing-allowed = Uw functieprofiel geeft geen toegang tot deze gegevens.
disclosure-refused-no-profile = U hebt geen functieprofiel dat gegevens mag lezen.
disclosure-refused-not-a-partner = Deze organisatie is geen partner van uw gemeente.
