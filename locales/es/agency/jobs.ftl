## The background jobs, on the DPO's page.

jobs-heading = Tareas en segundo plano
jobs-job = Tarea
jobs-last-run = Última ejecución
jobs-result = Resultado
jobs-next-run = Próxima ejecución
jobs-never = Todavía no
jobs-running = En ejecución
jobs-ok = Correcta
jobs-failed = Fallida
jobs-name-protocol-effects = Inicio y fin de las versiones de protocolo
jobs-name-audit-checkpoint = Punto de control firmado del registro de auditoría
jobs-name-rectification-reminders = Recordatorios de plazos de corrección
jobs-name-mail-outbox = Envío de correo electrónico
jobs-name-retention = Conservación: seudonimizar a las personas después de cinco años
