register-title = Registro de perfiles funcionales
register-intro = Qué funciones pueden ver qué datos, y por qué (artículo 4 del protocolo).
register-add = Añadir un perfil funcional
register-created = Se ha añadido el perfil funcional.
register-changed = Se ha actualizado el registro.
register-revised = El cambio se ha guardado como una nueva versión. Quien tiene este perfil lee ahora según esta versión.
register-deactivated = Se ha desactivado el perfil funcional: quien lo tiene ya no lee ningún dato.
register-reactivated = El perfil funcional se ha vuelto a activar.
register-inactive = desactivado
register-revision = Versión { $number } del { $date }
register-holders = { $count ->
    [0] Nadie tiene este perfil.
    [one] { $count } empleado o sistema tiene este perfil.
   *[other] { $count } empleados y sistemas tienen este perfil.
}
register-new-title = Nuevo perfil funcional
register-new-intro = Un perfil funcional indica qué datos puede ver una función y por qué. Elija solo lo que esa función necesita de verdad.
register-profile-title = Perfil funcional
register-name = Nombre de la función
register-purpose = Finalidad
register-purpose-hint = ¿Para qué usa esta función los datos? La persona ve esta finalidad con cada lectura.
register-fields = Datos
register-fields-hint = Solo datos de la lista del artículo 3 del protocolo.
register-create = Añadir el perfil
register-save = Guardar el cambio
register-change-heading = Cambiar
register-change-hint = Un cambio crea una nueva versión. Las lecturas anteriores siguen vinculadas a la versión con la que se hicieron.
register-state-active = Activado
register-state-inactive = Desactivado
register-deactivate = Desactivar
register-deactivate-hint = Quien tenga este perfil ya no podrá leer ningún dato.
register-reactivate = Volver a activar
register-reactivate-hint = Quien tenga este perfil podrá volver a leer lo que el perfil permite.
register-history-heading = Todas las versiones
register-history-revision = Versión
register-history-valid = Válida
register-current = ahora
register-back = Volver al registro
profile-error-name-required = Dé un nombre a la función.
profile-error-name-too-long = El nombre es demasiado largo (como máximo 120 caracteres).
profile-error-name-taken = Ya existe un perfil funcional con este nombre.
profile-error-purpose-required = Describa la finalidad.
profile-error-purpose-too-long = La finalidad es demasiado larga (como máximo 300 caracteres).
profile-error-fields-required = Elija al menos un dato.
profile-error-field-unknown = Este dato no figura en la lista del protocolo.
