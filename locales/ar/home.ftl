home-title = بياناتك، موافقتك
home-intro = هنا تقرر بنفسك هل يجوز أن تستخدم { -municipality } التي تسكن فيها بياناتك في مشروعها التجريبي. وترى أيضًا من تلقى بياناتك، ويمكنك طلب تصحيح أي خطأ.
home-protocols-heading = البروتوكولات المنشورة
home-protocols-intro = البروتوكول اتفاق مكتوب بين { -agency(form: "short") } و{ -municipality(form: "indefinite") }. يذكر البروتوكول أي بيانات تُشارَك، ولماذا، وإلى متى.
home-no-protocols = لا توجد بروتوكولات منشورة بعد.
