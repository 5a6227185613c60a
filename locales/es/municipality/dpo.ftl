## /municipality/dpo: a municipality's DPO reads their own party's breach reports, disclosures and registers.

mdpo-title = Protección de datos
mdpo-nav = Secciones
mdpo-nav-breaches = Brechas de datos
mdpo-nav-disclosures = Registro de comunicaciones
mdpo-nav-registers = Registros
mdpo-breaches-heading = Brechas de datos de su administración
mdpo-intro = Aquí solo ve lo que concierne a su propia administración. No puede cambiar nada.
mdpo-nav-erasure = Supresión
