madmin-nav = Administración del municipio
madmin-nav-profiles = Perfiles funcionales
madmin-nav-staff = Empleados
madmin-nav-partners = Organizaciones socias
madmin-nav-processors = Encargados del tratamiento
madmin-nav-notices = Avisos de otras transmisiones
madmin-nav-erasure = Confirmar la supresión
