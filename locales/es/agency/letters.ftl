## Cartas de invitación en bloque: el formulario del administrador de protocolos, el aviso en
## pantalla y la propia carta (en el idioma de contacto de la persona y después en neerlandés).

letters-form-heading = Cartas de invitación
letters-form-intro = Imprima una carta para cada persona, en su propio idioma y en neerlandés, con un código QR y un código para escribir. Cada carta es una invitación nueva: las anteriores dejan de funcionar.
letters-form-not-yet-invited = Todas las personas que aún no han recibido una invitación (por ejemplo, recién importadas)
letters-form-dossiers = O estos números de expediente
letters-form-dossiers-hint = Uno por línea. Como máximo 500.
letters-form-submit = Crear las cartas
letters-error-none = No hay nadie a quien escribir: nadie espera una invitación, o la lista está vacía.
letters-error-too-many = Son más de 500 cartas. Créelas en grupos más pequeños.
letters-error-unknown-dossier = Uno de estos números de expediente no se conoce en el { -portal }. Revise la lista.
letters-error-left-the-pilot = Una de estas personas ha dejado el proyecto piloto (su programa ha terminado). No recibe invitación.
letters-document-title = Cartas de invitación
letters-screen-note = { $count ->
    [one] { $count } carta, una página por carta. Imprima en A4 con su navegador. Estas invitaciones se acaban de crear: si vuelve a crear cartas para las mismas personas, estas dejarán de funcionar.
   *[other] { $count } cartas, una página por carta. Imprima en A4 con su navegador. Estas invitaciones se acaban de crear: si vuelve a crear cartas para las mismas personas, estas dejarán de funcionar.
}
letters-delivered-instead = Estas personas ya tienen una cuenta. No reciben carta en esta impresión: su invitación de recuperación se envía a sus propios datos de contacto.
letters-heading = Su invitación al { -portal }
letters-recovery-heading = Un nuevo acceso a su cuenta en el { -portal }
letters-greeting = Estimado/a { $name }:
letters-what = En el { -portal } usted elige qué datos suyos puede compartir la { -agency(form: "short") } con su { -municipality }. Usted ve quién ha recibido sus datos, y puede pedir que se corrijan.
letters-protocols = Esta carta trata de:
letters-recovery-warning = Usted ya tiene una cuenta. Con esta carta puede volver a iniciar sesión si ha perdido su llave de acceso (por ejemplo, si tiene un teléfono nuevo). ¿No lo ha pedido usted? Póngase en contacto con nosotros. No enseñe esta carta a nadie.
letters-qr-label = Código QR de su invitación
letters-how-scan = Escanee el código QR con la cámara de su teléfono.
letters-how-type = O vaya a esta dirección y escriba el código:
letters-code = Código
letters-valid-until = Puede usar esta invitación una sola vez, hasta el { $date }.
letters-help = ¿Necesita ayuda? Lleve esta carta a la persona que le acompaña en la { -agency(form: "short") }.
letters-dossier = Su número de expediente
