error-not-found = No encontramos lo que buscaba.
error-forbidden = Usted no tiene acceso a estos datos.
error-unauthenticated = Primero inicie sesión.
error-rate-limited = Demasiadas solicitudes. Vuelva a intentarlo dentro de un momento.
error-internal = Algo salió mal por nuestra parte. Vuelva a intentarlo más tarde.
error-unavailable = El portal no puede acceder a sus datos en este momento. No se ha guardado ni cambiado nada. Vuelva a intentarlo dentro de un minuto.
error-too-large = Lo que envió es demasiado grande. No se ha guardado nada. Acórtelo y vuelva a intentarlo.
error-headers-too-large = Su navegador envió más información de la que acepta el portal, a menudo porque hay demasiadas cookies. No se ha guardado nada. Borre las cookies de este sitio web en su navegador y vuelva a intentarlo.
error-request-timeout = Lo que envió tardó demasiado en llegar, quizá porque la conexión es lenta. No se ha guardado nada. Vuelva a intentarlo.
error-bad-request = Esta solicitud está incompleta o no es válida.
error-reference = Referencia para el servicio de ayuda:
error-field-unknown = Este dato no existe.
error-dutch-level = Elija un nivel: inferior a A1, A1, A2, B1, B2, C1 o C2.
error-mo-status = Elija un estado para el curso de orientación social.
error-language-unknown = Este idioma no está disponible.

error-forbidden-title = Sin acceso
error-operation-unknown = Esta acción no existe.
error-role-unknown = Este rol no existe.
error-party-kind-unknown = Este tipo de parte no existe.
error-field-category-unknown = Esta categoría de datos no existe.
error-consent-action = Esta acción de consentimiento no existe.
error-consent-channel = Este canal no existe.
error-disclosure-channel = Este canal no existe.
error-termination-kind = Esta forma de terminación no existe.
error-version-status = Este estado de versión no existe.

error-refused-title = No realizado
error-cross-site = Este formulario venía de otro sitio web. Por su seguridad, no lo hemos procesado. Abra el propio portal y vuelva a intentarlo.
error-rate-limited-wait = { $seconds ->
    [one] Vuelva a intentarlo dentro de { $seconds } segundo.
   *[other] Vuelva a intentarlo dentro de { $seconds } segundos.
}
error-text-characters = Este texto contiene caracteres invisibles, por ejemplo por copiar y pegar. Escriba el texto de nuevo.
error-title-not-found = No encontrado
error-title-forbidden = No permitido
error-title-unauthenticated = Sesión no iniciada
error-title-invalid = Datos no válidos
error-title-refused = Rechazado según el protocolo
error-title-rate-limited = Demasiadas solicitudes
error-title-internal = Error interno
error-title-unavailable = No disponible temporalmente
error-title-too-large = Demasiado grande
error-title-request-timeout = Tardó demasiado
error-token-unknown = Este token de API no es conocido. Compruebe que lo ha copiado completo.
error-token-revoked = Este token de API ha sido revocado. Pida uno nuevo a la { -agency(form: "short") }.
error-token-expired = Este token de API ha caducado. Pida uno nuevo a la { -agency(form: "short") }.
error-form-summary = El formulario no se ha enviado: revise el campo con la explicación.
