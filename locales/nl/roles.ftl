role-agency-rectification-officer = Behandelaar verbeteringsverzoeken
role-agency-protocol-admin = Protocolbeheerder
role-agency-dpo = Functionaris voor gegevensbescherming
role-municipality-admin = Beheerder functieprofielen
role-municipality-staff = Medewerker met functieprofiel
role-municipality-dpo = Functionaris gegevensbescherming van het lokaal bestuur
