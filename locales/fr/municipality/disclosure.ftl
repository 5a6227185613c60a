disclosure-refused-protocol-not-in-force = Le protocole n’est pas en vigueur : aucune donnée n’est partagée.
disclosure-refused-no-consent = Cette personne n’a pas donné son consentement.
disclosure-refused-no-onward-consent = Cette personne n’a pas consenti au partage avec les partenaires.
disclosure-refused-nothing-allowed = Votre profil de fonction ne donne pas accès à ces données.
disclosure-refused-no-profile = Vous n’avez pas de profil de fonction autorisé à lire des données.
disclosure-refused-not-a-partner = Cette organisation n’est pas un partenaire de votre commune.
