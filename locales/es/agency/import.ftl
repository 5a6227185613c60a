## `portal import persons`: la exportación del sistema de seguimiento de clientes, tal como el
## operador lee el resultado (en el terminal y en el archivo de informe).

import-line = Línea
import-rows = Filas
import-new = nuevas
import-changed = modificadas
import-unchanged = sin cambios
import-refused = rechazadas
import-recipients-told = destinatarios informados de una corrección
import-nothing-written = No se ha importado nada: con --all-or-nothing, una sola fila rechazada detiene todo el archivo.
import-report-written = Informe escrito en
import-more-refused = { $count ->
    [one] y { $count } fila rechazada más (vea el archivo de informe)
   *[other] y { $count } filas rechazadas más (vea el archivo de informe)
}
import-error-required = Esta columna debe tener un valor.
import-error-dossier = No es un número de expediente: solo letras, cifras y - _ . /, como máximo 40 caracteres.
import-error-duplicate-dossier = Este número de expediente ya está en la línea { $line } del archivo; solo cuenta esa fila.
import-error-protocols-required = Indique al menos un protocolo (su nombre corto; separe varios con ;).
import-error-protocol-unknown = No existe ningún protocolo con este nombre corto en el { -portal }.
import-error-ended-on = No es un día válido: escríbalo como AAAA-MM-DD.
import-error-person-erased = Los datos de esta persona se borraron tras el plazo de conservación; no se pueden volver a importar.
import-error-encoding = Este texto no está en UTF-8. Guarde la exportación como UTF-8 y vuelva a importarla.
import-error-cell-count = Esta fila no tiene tantas celdas como columnas tiene la cabecera.
import-error-row-unreadable = Esta fila no se puede leer como CSV (revise las comillas).
import-error-json = Esta línea no es un objeto JSON.
import-error-json-keys = Esta línea tiene una clave que no es una columna de la importación (vea portal import persons --help).
import-error-json-value = Un valor debe ser un texto, un número o, para la columna protocols, una lista de textos.
import-error-file-utf16 = El archivo está en UTF-16. Guárdelo como UTF-8 (CSV UTF-8) y vuelva a importarlo.
import-error-file-header = La primera línea del archivo no es una cabecera legible.
import-error-file-empty = El archivo está vacío.
import-error-file-columns-unknown = La cabecera nombra columnas que la importación no conoce
import-error-file-columns-missing = A la cabecera le faltan columnas
import-error-file-columns-twice = La cabecera nombra una columna dos veces
