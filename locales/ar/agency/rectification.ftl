queue-title = طلبات التصحيح
queue-empty = لا توجد طلبات مفتوحة.
queue-field = البيان
queue-received = تاريخ الاستلام
queue-due = آخر موعد
queue-status = الحالة
