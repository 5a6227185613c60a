register-title = Register of function profiles
register-intro = Which functions may see which data, and why (article 4 of the protocol).
register-add = Add a function profile
register-created = The function profile has been added.
register-changed = The register has been updated.
register-revised = The change has been saved as a new version. Whoever has this profile now reads according to this version.
register-deactivated = The function profile has been disabled: whoever has it no longer reads any data.
register-reactivated = The function profile has been enabled again.
register-inactive = disabled
register-revision = Version { $number } from { $date }
register-holders = { $count ->
    [0] Nobody has this profile.
    [one] { $count } staff member or system has this profile.
   *[other] { $count } staff members and systems have this profile.
}
register-new-title = New function profile
register-new-intro = A function profile says which data a function may see and why. Choose only what that function really needs.
register-profile-title = Function profile
register-name = Name of the function
register-purpose = Purpose
register-purpose-hint = What does this function use the data for? The person sees this purpose with every read.
register-fields = Data
register-fields-hint = Only data from the list in article 3 of the protocol.
register-create = Add profile
register-save = Save change
register-change-heading = Change
register-change-hint = A change creates a new version. Earlier reads stay linked to the version under which they happened.
register-state-active = Enabled
register-state-inactive = Disabled
register-deactivate = Disable
register-deactivate-hint = Whoever has this profile can then no longer read any data.
register-reactivate = Enable again
register-reactivate-hint = Whoever has this profile can then read again what the profile allows.
register-history-heading = All versions
register-history-revision = Version
register-history-valid = Valid
register-current = now
register-back = Back to the register
profile-error-name-required = Give the function a name.
profile-error-name-too-long = The name is too long (at most 120 characters).
profile-error-name-taken = There is already a function profile with this name.
profile-error-purpose-required = Describe the purpose.
profile-error-purpose-too-long = The purpose is too long (at most 300 characters).
profile-error-fields-required = Choose at least one field.
profile-error-field-unknown = This field is not in the protocol's list.
