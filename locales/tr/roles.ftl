role-agency-rectification-officer = Düzeltme taleplerini işleyen görevli
role-agency-protocol-admin = Protokol yöneticisi
role-agency-dpo = Veri koruma görevlisi
role-municipality-admin = Görev profilleri yöneticisi
role-municipality-staff = Görev profili olan çalışan
role-municipality-dpo = Yerel yönetimin veri koruma görevlisi
