# Shared names.
-portal = Consent Portal
-agency = Agency for Integration and Civic Integration

app-name = { -portal }
