field-given-name = نام
field-family-name = نام خانوادگی
field-address = آدرس
field-phone = شماره تلفن
field-email = آدرس ایمیل
field-contact-language = زبان ارتباط
field-dutch-level = سطح زبان هلندی
field-mo-status = دوره آشنایی با جامعه

field-value-none = (معلوم نیست)
dutch-level-below-a1 = هنوز A1 نیست
mo-status-not-started = هنوز شروع نشده
mo-status-in-progress = در حال انجام
mo-status-completed = تمام شده
mo-status-exempt = معاف
