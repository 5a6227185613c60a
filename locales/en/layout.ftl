# The frame of every page.
layout-skip-to-content = Skip to content
layout-language-nav = Language
layout-footer-operator = { -portal } of the { -agency }
layout-footer-protocols = Published protocols

not-found-title = Page not found
not-found-body = This page does not exist (any more). Please check the address.
not-found-home-link = Go to the home page

layout-account-nav = Your account
layout-start-page = Home
layout-account = Account and access
layout-sign-in = Sign in
layout-sign-out = Sign out
layout-idle-warning = You have not been active for a while. In 5 minutes you will be signed out to protect your data.
layout-idle-stay = Stay signed in
layout-footer-accessibility = Accessibility statement
layout-translation-unreviewed = This translation has not yet been checked. The Dutch text is binding.
layout-translation-dutch-link = Read this page in Dutch
layout-untranslated = Not translated yet. This is the Dutch text.
