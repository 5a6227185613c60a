field-given-name = Nombre
field-family-name = Apellidos
field-address = Dirección
field-phone = Número de teléfono
field-email = Correo electrónico
field-contact-language = Idioma de contacto
field-dutch-level = Nivel de neerlandés
field-mo-status = Curso de orientación social

field-value-none = (no se conoce)
dutch-level-below-a1 = Todavía no A1
mo-status-not-started = Todavía no empezado
mo-status-in-progress = En curso
mo-status-completed = Terminado
mo-status-exempt = Exento
