role-agency-rectification-officer = Gestor de solicitudes de corrección
role-agency-protocol-admin = Administrador de protocolos
role-agency-dpo = Delegado de protección de datos
role-municipality-admin = Administrador de perfiles funcionales
role-municipality-staff = Empleado con perfil funcional
role-municipality-dpo = Delegado de protección de datos de la administración local
