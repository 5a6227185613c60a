admin-title = Gestión de protocolos
admin-invitations-heading = Invitaciones
admin-invitation-for = Para
admin-invitation-person = Persona recién llegada
admin-created = Creada
admin-expires = Válida hasta
admin-status = Estado
admin-invitation-status-open = Abierta
admin-invitation-status-redeemed = Usada
admin-invitation-status-revoked = Retirada
admin-invitation-status-expired = Caducada
admin-clients-heading = Conexiones API
admin-client-name = Nombre
admin-client-for = Parte y perfil funcional
admin-client-active = Activa
admin-client-revoked = Retirada

staff-error-role-not-for-party = Este rol no corresponde a este tipo de organización.
staff-error-separation-of-duties = Solo los empleados con un perfil funcional pueden leer datos; los administradores no (separación de funciones).
staff-error-profile-not-of-party = Este perfil funcional no pertenece a su organización.
admin-error-client-name = Dé a la conexión un nombre de 120 caracteres como máximo.
admin-error-no-such-person = No hay ninguna persona recién llegada con este número de expediente.
admin-working = Un momento…
admin-issued-link = Enlace de invitación
admin-issued-code = Código para escribir
admin-issued-token = Token de API
admin-shown-once = Esto se muestra una sola vez. Transmítalo ahora; nosotros no lo guardamos.
admin-dossier-ref = Número de expediente
admin-party = Organización
admin-role = Rol
admin-profile = Perfil funcional
admin-no-profile = Ninguno (solo para empleados con perfil funcional)
admin-invite-person-heading = Invitar a una persona recién llegada
admin-invite-staff-heading = Invitar a un empleado
admin-invite-submit = Crear invitación
admin-revoke = Revocar
admin-revoked = Revocada.
admin-issued-title = Creado
admin-issued-valid-until = Válido hasta el { $when }.
admin-issued-nothing = Aquí no hay nada que mostrar: lo que usted creó solo se muestra una vez.
admin-back = Volver a la gestión de protocolos
admin-client-expires-days = Válido durante (días; vacío = sin caducidad)
admin-error-expiry = Indique un número de días entre 1 y 3650, o deje el campo vacío.

admin-assisted-consent-link = Registrar un consentimiento dado en papel

admin-handover-legend = Si esta persona ya tiene una cuenta (recuperación)
admin-handover-hint = Una primera invitación (todavía sin llave de acceso) se le muestra a continuación, para la ventanilla o para una carta. Una invitación que abre una cuenta existente nunca se le muestra solo a usted.
admin-handover-delivered = Enviar a los datos de contacto del expediente (correo electrónico; si no, SMS; si no, carta)
admin-handover-in-person = Entregar en la ventanilla: primero lo aprueba un segundo administrador de protocolos
admin-four-eyes-hint = Primero lo aprueba un segundo administrador de protocolos; después usted lo crea aquí, una sola vez.
admin-request-submit = Pedir aprobación
admin-requests-heading = Solicitudes para un segundo administrador de protocolos
admin-requests-intro = Apruebe solo lo que pueda comprobar usted mismo. Quien hizo una solicitud no puede aprobarla.
admin-requests-empty = No hay solicitudes.
admin-request-what = Qué
admin-request-by = Pedido por
admin-request-action = Acción
admin-approval-kind-staff-invitation = Invitación para un empleado
admin-approval-kind-api-client = Conexión API
admin-approval-kind-person-recovery = Recuperación en la ventanilla
admin-approval-client-days = { $days ->
    [one] válida durante 1 día
   *[other] válida durante { $days } días
}
admin-approval-client-no-expiry = sin caducidad
admin-approval-status-pending = Pendiente de aprobación
admin-approval-status-approved = Aprobada
admin-approval-status-refused = Rechazada
admin-approval-status-issued = Creada
admin-approval-status-lapsed = Caducada
admin-approval-decided-by = Decidido por { $name }
admin-approval-yours = Su solicitud: decide otro administrador de protocolos.
admin-approve = Aprobar
admin-refuse = Rechazar
admin-issue-now = Crear ahora
admin-approved-done = Aprobada. Quien la pidió ya puede crearla.
admin-refused-done = Rechazada.
admin-delivered = { $channel ->
    [email] La invitación de recuperación se envía por correo electrónico a { $to }.
    [sms] La invitación de recuperación se envía por SMS a { $to }.
   *[letter] La invitación de recuperación se envía por carta a { $to }.
}
admin-delivered-not-shown = Esta persona ya tiene una cuenta. El enlace y el código solo se envían a la persona; usted no los ve.
admin-delivered-told = La persona también recibe un aviso en el portal y en cualquier otro canal que figure en el expediente. Las invitaciones anteriores han sido revocadas.
admin-requested = La solicitud { $id } ({ $kind }) está esperando a un segundo administrador de protocolos.
admin-requested-next = Cuando se apruebe, usted la crea en la página de gestión de protocolos, en el apartado de solicitudes. Entonces se muestra una sola vez.
admin-error-no-such-request = Esta solicitud no existe.
admin-error-no-such-party = Esta organización no existe.
admin-error-handover = Elija cómo llega la invitación a la persona: envío o en la ventanilla.
admin-error-decision = Elija aprobar o rechazar.
admin-error-approval-role = Solo un administrador de protocolos de la { -agency(form: "short") } decide sobre las solicitudes.
admin-error-approval-own = No puede aprobar ni rechazar su propia solicitud: eso lo hace otro administrador de protocolos.
admin-error-approval-decided = Ya se ha decidido sobre esta solicitud, o ha caducado.
admin-error-approval-not-yours = Solo quien hizo la solicitud puede crearla.
admin-error-approval-pending = Esta solicitud todavía espera la aprobación de otro administrador de protocolos.
admin-error-approval-issued = Esta solicitud ya se ha creado. Lo que se mostró entonces no se vuelve a mostrar.
admin-error-approval-not-approved = Esta solicitud fue rechazada o ha caducado. Si es necesario, haga una nueva solicitud.
admin-registers-link = Registros de los { -municipality(form: "plural") }
staff-error-invitee-name-required = Indique el nombre del empleado.
staff-error-invitee-name-too-long = El nombre es demasiado largo (como máximo 200 caracteres).
staff-error-invitee-contact = Indique una dirección de correo electrónico o un número de teléfono válidos.
staff-error-disable-self = No puede desactivarse a sí mismo.
admin-protocols-link = Redactar, publicar y terminar protocolos
admin-client-agency-system = sistema de seguimiento de clientes (sin perfil funcional)
admin-error-client-needs-profile = Una conexión sin perfil funcional es solo para el propio sistema de seguimiento de clientes de la { -agency(form: "short") }; la conexión de un { -municipality } lee los datos con un perfil funcional.
