role-agency-rectification-officer = Maareeyaha codsiyada sixidda
role-agency-protocol-admin = Maamulaha borotokoolka
role-agency-dpo = Sarkaalka ilaalinta xogta
role-municipality-admin = Maamulaha qeexitaannada shaqada
role-municipality-staff = Shaqaale leh qeexitaan shaqo
role-municipality-dpo = Sarkaalka ilaalinta xogta ee maamulka hoose
