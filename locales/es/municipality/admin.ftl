madmin-nav = Administración del { -municipality }
madmin-nav-profiles = Perfiles funcionales
madmin-nav-staff = Empleados
madmin-nav-partners = Organizaciones socias
madmin-nav-processors = Encargados del tratamiento
madmin-nav-notices = Avisos de otras transmisiones
madmin-nav-erasure = Confirmar la supresión
