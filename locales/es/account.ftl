account-title = Cuenta y acceso
account-passkeys-heading = Sus llaves de acceso
account-passkey-added = Añadida el { $when }
account-passkey-last-used = usada por última vez el { $when }
account-passkey-never-used = todavía no se ha usado
account-passkey-remove = Eliminar
account-passkey-remove-label = Eliminar la llave de acceso { $name }
account-passkey-removed = Se ha eliminado la llave de acceso.
account-passkey-last-one = Esta es su única llave de acceso. Antes de eliminarla, añada otra.
account-passkey-add-heading = Añadir una llave de acceso
account-passkey-add-button = Confirmar y añadir
account-sessions-heading = Dónde tiene la sesión iniciada
account-session-since = Sesión iniciada el { $when }
account-session-current = Este dispositivo
account-session-end = Cerrar la sesión en este dispositivo
account-session-ended = Ha cerrado la sesión en ese dispositivo.
account-session-unknown-device = Dispositivo desconocido

notification-passkey-added = Se ha añadido una llave de acceso a su cuenta: { $name }.
notification-passkey-removed = Se ha eliminado una llave de acceso de su cuenta: { $name }.
account-notices-heading = Cambios en su cuenta
account-recovered = Ha usado una invitación de recuperación. Abajo están todas las llaves de acceso de su cuenta. ¿No reconoce una llave? Entonces elimínela. Cierre también la sesión en los dispositivos que no reconozca.
notification-recovery-issued = { $via ->
    [email] Se ha enviado por correo electrónico una invitación de recuperación para su cuenta.
    [sms] Se ha enviado por SMS una invitación de recuperación para su cuenta.
    [letter] Se ha enviado por carta una invitación de recuperación para su cuenta.
   *[in_person] Se ha entregado en la ventanilla una invitación de recuperación para su cuenta.
} ¿No la ha pedido usted? Póngase en contacto con la { -agency(form: "short") } enseguida.
