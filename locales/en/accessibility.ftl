## /accessibility: the accessibility statement (toegankelijkheidsverklaring).

a11y-title = Accessibility statement
a11y-intro = The { -agency } wants everyone to be able to use this portal. Also with a screen reader, with the keyboard only or with large text. A decree of the Flemish government of 7 December 2018 asks this.
a11y-status-heading = How accessible is the portal?
a11y-status = The portal partly meets the rules for accessible websites (WCAG 2.1, level AA). What is not accessible yet is listed below.
a11y-limits-heading = What is not accessible yet
a11y-limit-languages = Texts a { -municipality } writes itself, such as the purpose of a function profile, are sometimes only in Dutch. The page then says so.
a11y-limit-translations = The translations have not yet been checked by a translator. The Dutch text is the binding one.
a11y-limit-passkeys = You sign in with a passkey. Not every old device or old browser can do this. If it does not work, the { -agency } will help you.
a11y-limit-documents = The full text of a protocol is a legal text. At the top of every protocol page there is a short summary.
a11y-method-heading = How we checked this
a11y-method = We wrote this statement on { $day }, after our own check. At every change we test every page automatically (with axe-core, against WCAG 2.1 A and AA). We test on a phone-sized screen.
a11y-contact-heading = Report a problem
a11y-contact = Is there something on this portal you cannot use? Let us know. We answer within five working days and meanwhile help you in another way.
a11y-complaint-heading = Not satisfied with our answer?
a11y-complaint = Then you can file a complaint with the Flemish Ombudsman (Vlaamse Ombudsdienst).
