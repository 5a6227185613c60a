## /accessibility: the accessibility statement (toegankelijkheidsverklaring).

a11y-title = Declaración de accesibilidad
a11y-intro = La { -agency } quiere que todas las personas puedan usar este portal. También con un lector de pantalla, solo con el teclado o con letra grande. Así lo pide un decreto del Gobierno flamenco del 7 de diciembre de 2018.
a11y-status-heading = ¿Cómo de accesible es el portal?
a11y-status = El portal cumple en parte las normas para sitios web accesibles (WCAG 2.1, nivel AA). Abajo se indica lo que todavía no es accesible.
a11y-limits-heading = Lo que todavía no es accesible
a11y-limit-languages = Los textos que un { -municipality } escribe él mismo, como la finalidad de un perfil funcional, a veces solo están en neerlandés. En ese caso, la página lo indica.
a11y-limit-translations = Las traducciones todavía no han sido revisadas por un traductor. El texto en neerlandés es el vinculante.
a11y-limit-passkeys = Para iniciar sesión se usa una llave de acceso (passkey). No todos los dispositivos o navegadores antiguos pueden hacerlo. Si no funciona, la { -agency } le ayudará.
a11y-limit-documents = El texto completo de un protocolo es un texto jurídico. Arriba de cada página de protocolo hay un breve resumen.
a11y-method-heading = Cómo lo hemos comprobado
a11y-method = Escribimos esta declaración el { $day }, después de una revisión propia. Con cada cambio probamos automáticamente cada página (con axe-core, según las WCAG 2.1 A y AA). Probamos en la pantalla de un teléfono móvil.
a11y-contact-heading = Comunicar un problema
a11y-contact = ¿Hay algo en este portal que usted no puede usar? Díganoslo. Respondemos en un plazo de cinco días hábiles y, mientras tanto, le ayudamos de otra manera.
a11y-complaint-heading = ¿No está satisfecho con nuestra respuesta?
a11y-complaint = Entonces puede presentar una queja ante el Defensor del Pueblo flamenco (Vlaamse Ombudsdienst).
