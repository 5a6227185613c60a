role-agency-rectification-officer = Handler of correction requests
role-agency-protocol-admin = Protocol administrator
role-agency-dpo = Data protection officer
role-municipality-admin = Function profile administrator
role-municipality-staff = Staff member with a function profile
role-municipality-dpo = Data protection officer of the local authority
