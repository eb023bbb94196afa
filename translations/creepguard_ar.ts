<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../creepguard/app.py" line="+180"/>
        <source>CreepGuard</source>
        <translation>CreepGuard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CreepGuard cannot see keyboard and mouse activity</source>
        <translation>لا يستطيع CreepGuard رصد نشاط لوحة المفاتيح والفأرة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time counts as sitting while the screen is unlocked. Use I&apos;m standing, I&apos;m away and Take a break from the menu; `creepguard diagnose` says why.</source>
        <translation>يُحتسب الوقت جلوسًا ما دامت الشاشة غير مقفلة. استخدم «أقف الآن» و«أغادر المكتب» و«خذ استراحة الآن» من القائمة، وسيوضح `creepguard diagnose` السبب.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>CreepGuard cannot save your history</source>
        <translation>لا يستطيع CreepGuard حفظ سجلّك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Tracking goes on and will be saved once the disk accepts it again.</source>
        <translation>%1. يستمر التتبّع، وسيُحفظ حين يقبل القرص الكتابة من جديد.</translation>
    </message>
    <message>
        <source>You have sat for %1 minutes</source>
        <translation type="vanished">جلوس متواصل منذ %1 د</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A short stretch or a change of posture soon lets your back recover.</source>
        <translation>تمرين إطالة قصير أو تغيير الوضعية قريبًا يساعد ظهرك على التعافي.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stretch now</source>
        <translation>إطالة الآن</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Well done</source>
        <translation>أحسنت</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../creepguard/ui/card.py" line="+255"/>
        <source>Progress of the hold</source>
        <translation>تقدّم التمرين</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+78"/>
        <source>Start now</source>
        <translation>ابدأ الآن</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the hold</source>
        <translation>إيقاف التمرين مؤقتًا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go on</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on with the hold</source>
        <translation>متابعة التمرين</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Start the hold now</source>
        <translation>بدء التمرين الآن</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+715"/>
        <source>Well done</source>
        <translation>أحسنت</translation>
    </message>
    <message>
        <location line="-713"/>
        <source>Again</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do it again</source>
        <translation>كرّر التمرين</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Exercise</source>
        <translation>التمرين</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the card without answering</source>
        <translation>إغلاق البطاقة دون ردّ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Illustration</source>
        <translation>رسم توضيحي</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+3"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It did not hurt: keep suggesting this exercise</source>
        <translation>لم يؤلمني؛ يبقى هذا التمرين ضمن الاقتراحات</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No other exercise fits right now.</source>
        <translation>لا يوجد تمرين آخر مناسب الآن.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This hurts</source>
        <translation>يؤلمني</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop this exercise; it will not be suggested again</source>
        <translation>أوقف هذا التمرين؛ لن يُقترح مرة أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me again in a few minutes (Esc)</source>
        <translation>ذكّرني بعد بضع دقائق (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another one</source>
        <translation>تمرين آخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I did the exercise (Enter)</source>
        <translation>أدّيت التمرين (Enter)</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Drawing of %1</source>
        <translation>رسم: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Step %1</source>
        <translation>الخطوة %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why: %1</source>
        <translation>الفائدة: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Careful: %1</source>
        <translation>تنبيه: %1</translation>
    </message>
    <message>
        <location line="+277"/>
        <source>Snoozed</source>
        <translation>تم التأجيل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped</source>
        <translation>تم التخطي</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../creepguard/cli.py" line="+53"/>
        <source>(see %1 --help)</source>
        <comment>after a mistake on the command line</comment>
        <translation>(انظر %1 --help)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a number from %2 to %3</source>
        <translation>%1 ليس رقمًا من %2 إلى %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a duration: use minutes (30), 90s, 45m, 1h, 1h30m or tomorrow</source>
        <comment>keep 90s, 45m, 1h, 1h30m and tomorrow: the command takes them as written</comment>
        <translation>%1 ليست مدة صالحة: استخدم الدقائق (30) أو 90s أو 45m أو 1h أو 1h30m أو tomorrow</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a pause must be longer than zero</source>
        <translation>يجب أن تكون مدة الإيقاف المؤقت أكبر من صفر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a pause cannot be longer than a year (%1 minutes); use `pause` without a duration</source>
        <translation>لا يمكن أن يتجاوز الإيقاف المؤقت سنة (%1 دقيقة)؛ استخدم `pause` دون مدة</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>creepguard: note: %1</source>
        <comment>a problem with the shared folder, said before the command&apos;s answer; &apos;creepguard&apos; is the program&apos;s name</comment>
        <translation>creepguard: ملاحظة: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>CreepGuard is not running. Start it with: creepguard run</source>
        <translation>CreepGuard لا يعمل. شغّله بالأمر: creepguard run</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the command failed</source>
        <translation>فشل تنفيذ الأمر</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the week %1 ends after %2, the last day there is</source>
        <translation>الأسبوع %1 ينتهي بعد %2، وهو آخر يوم ممكن</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Week %1</source>
        <comment>a heading: the ISO week, as 2026-W48</comment>
        <translation>الأسبوع %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day</source>
        <comment>a column</comment>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sitting</source>
        <comment>a column</comment>
        <translation>جلوس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standing</source>
        <comment>a column</comment>
        <translation>وقوف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>past creep</source>
        <comment>a column</comment>
        <translation>بعد العتبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longest</source>
        <comment>a column</comment>
        <translation>الأطول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>breaks</source>
        <comment>a column</comment>
        <translation>استراحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <comment>a column</comment>
        <translation>تم</translation>
    </message>
    <message>
        <source>natural</source>
        <comment>a column</comment>
        <translation type="vanished">طبيعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unprompted</source>
        <comment>a column</comment>
        <translation>بلا تذكير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped</source>
        <comment>a column</comment>
        <translation>متخطاة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored</source>
        <comment>a column</comment>
        <translation>متجاهلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>snoozed</source>
        <comment>a column</comment>
        <translation>مؤجلة</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Total %1 sitting, average %2 a day, longest sit %3, %4 past the creep threshold</source>
        <translation>إجمالي الجلوس %1، والمتوسط %2 يوميًا، وأطول فترة جلوس %3، والجلوس بعد عتبة الزحف %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (%1%)</source>
        <comment>a percentage after a count</comment>
        <translation> (%1%)</translation>
    </message>
    <message numerus="yes">
        <source>%n break(s) (%1 Done, %2 natural, %3 without a prompt); prompts ended by a break: %4 of %5%6</source>
        <comment>%6 is the share, as &apos; (75%)&apos;, or nothing</comment>
        <translation type="vanished">
            <numerusform>%n استراحة (%1 بـ«تم»، و%2 طبيعية، و%3 بلا تذكير)؛ التذكيرات التي انتهت باستراحة: %4 من %5%6</numerusform>
            <numerusform>استراحة واحدة (%1 بـ«تم»، و%2 طبيعية، و%3 بلا تذكير)؛ التذكيرات التي انتهت باستراحة: %4 من %5%6</numerusform>
            <numerusform>استراحتان (%1 بـ«تم»، و%2 طبيعية، و%3 بلا تذكير)؛ التذكيرات التي انتهت باستراحة: %4 من %5%6</numerusform>
            <numerusform>%n استراحات (%1 بـ«تم»، و%2 طبيعية، و%3 بلا تذكير)؛ التذكيرات التي انتهت باستراحة: %4 من %5%6</numerusform>
            <numerusform>%n استراحة (%1 بـ«تم»، و%2 طبيعية، و%3 بلا تذكير)؛ التذكيرات التي انتهت باستراحة: %4 من %5%6</numerusform>
            <numerusform>%n استراحة (%1 بـ«تم»، و%2 طبيعية، و%3 بلا تذكير)؛ التذكيرات التي انتهت باستراحة: %4 من %5%6</numerusform>
        </translation>
    </message>
    <message>
        <location line="-43"/>
        <source>on your own</source>
        <comment>a column</comment>
        <translation>طبيعية</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n break(s) (%1 Done, %2 on your own, %3 without a prompt); prompts ended by a break: %4 of %5%6</source>
        <comment>%6 is the share, as &apos; (75%)&apos;, or nothing</comment>
        <translation>
            <numerusform>%n استراحة (%1 بـ«تم»، و%2 طبيعية، و%3 بلا تذكير)؛ التذكيرات التي انتهت باستراحة: %4 من %5%6</numerusform>
            <numerusform>استراحة واحدة (%1 بـ«تم»، و%2 طبيعية، و%3 بلا تذكير)؛ التذكيرات التي انتهت باستراحة: %4 من %5%6</numerusform>
            <numerusform>استراحتان (%1 بـ«تم»، و%2 طبيعية، و%3 بلا تذكير)؛ التذكيرات التي انتهت باستراحة: %4 من %5%6</numerusform>
            <numerusform>%n استراحات (%1 بـ«تم»، و%2 طبيعية، و%3 بلا تذكير)؛ التذكيرات التي انتهت باستراحة: %4 من %5%6</numerusform>
            <numerusform>%n استراحة (%1 بـ«تم»، و%2 طبيعية، و%3 بلا تذكير)؛ التذكيرات التي انتهت باستراحة: %4 من %5%6</numerusform>
            <numerusform>%n استراحة (%1 بـ«تم»، و%2 طبيعية، و%3 بلا تذكير)؛ التذكيرات التي انتهت باستراحة: %4 من %5%6</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 %2 is not a date like 2026-11-23</source>
        <translation>%1 %2 ليس تاريخًا بصيغة 2026-11-23</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--until is before --since</source>
        <translation>قيمة --until تسبق --since</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported %1, %2 and %3 to %4</source>
        <comment>counts of spans, prompts, breaks</comment>
        <translation>تم تصدير %1 و%2 و%3 إلى %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n فترة</numerusform>
            <numerusform>فترة واحدة</numerusform>
            <numerusform>فترتان</numerusform>
            <numerusform>%n فترات</numerusform>
            <numerusform>%n فترة</numerusform>
            <numerusform>%n فترة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n تذكير</numerusform>
            <numerusform>تذكير واحد</numerusform>
            <numerusform>تذكيران</numerusform>
            <numerusform>%n تذكيرات</numerusform>
            <numerusform>%n تذكيرًا</numerusform>
            <numerusform>%n تذكير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n break(s)</source>
        <translation>
            <numerusform>%n استراحة</numerusform>
            <numerusform>استراحة واحدة</numerusform>
            <numerusform>استراحتان</numerusform>
            <numerusform>%n استراحات</numerusform>
            <numerusform>%n استراحة</numerusform>
            <numerusform>%n استراحة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No shared folder is set: this computer counts alone. Choose one in Settings &gt; Devices (see README, Several computers).</source>
        <comment>Settings &gt; Devices: the Settings window&apos;s Devices tab; Several computers: a section of the README</comment>
        <translation>لم يُحدَّد مجلد مشترك: هذا الحاسوب يحسب وحده. اختر مجلدًا من الإعدادات &gt; الأجهزة (انظر README، قسم Several computers).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shared folder: %1</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>المجلد المشترك: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem: %1</source>
        <comment>one problem per line</comment>
        <translation>مشكلة: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its folder does not exist</source>
        <translation>مجلده غير موجود</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Python %1 on %2</source>
        <translation>Python %1 على %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session type</source>
        <translation>نوع الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop</source>
        <translation>بيئة سطح المكتب</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Qt %1, platform plugin: %2</source>
        <translation>Qt %1، ملحق المنصة: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System tray: available</source>
        <translation>علبة النظام: متاحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System tray: not available (a window is used)</source>
        <translation>علبة النظام: غير متاحة (تُستخدم نافذة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt: cannot start (%1)</source>
        <translation>Qt: تعذّر التشغيل (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tracker: running (pid lock %1), state %2</source>
        <translation>التتبّع: يعمل (قفل PID %1)، الحالة %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tracker: not running</source>
        <translation>التتبّع: لا يعمل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data folder: %1</source>
        <translation>مجلد البيانات: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History file: %1</source>
        <translation>ملف السجل: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings file: %1</source>
        <translation>ملف الإعدادات: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log folder: %1</source>
        <translation>مجلد سجل الأحداث: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control socket: %1</source>
        <translation>مقبس التحكم: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: unknown (%2 is not set)</source>
        <translation>%1: غير معروف (المتغير %2 غير مضبوط)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CreepGuard will start at login (%1).</source>
        <translation>سيبدأ CreepGuard عند تسجيل الدخول (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CreepGuard will not start at login.</source>
        <translation>لن يبدأ CreepGuard عند تسجيل الدخول.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Measures how long you have sat without a break and prompts short posture breaks. Without a command, starts the tracker.</source>
        <translation>يقيس مدة جلوسك دون استراحة، ويذكّرك باستراحات قصيرة لتغيير وضعيتك. دون أمر، يبدأ التتبّع.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>log debug details</source>
        <translation>تسجيل تفاصيل التصحيح في سجل الأحداث</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start the tracker (the default; a second one asks the running one to show itself and exits 0)</source>
        <translation>بدء التتبّع (الافتراضي؛ التشغيل الثاني يطلب من النسخة العاملة إظهار نفسها ثم يخرج بالرمز 0)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>watch a scripted person&apos;s short day at 30x speed, on a temporary data folder (your history is untouched)</source>
        <translation>مشاهدة يوم قصير لشخص افتراضي وفق سيناريو، بسرعة 30 ضعفًا، في مجلد بيانات مؤقت (لا يُمسّ سجلّك)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>run the whole app N times faster</source>
        <translation>تشغيل التطبيق كله أسرع بـ N مرة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the current sit, from the tracker, or from the store when none runs</source>
        <translation>فترة الجلوس الحالية، من التتبّع العامل، أو من المخزن إن لم يكن يعمل</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <location line="+44"/>
        <source>machine-readable JSON</source>
        <translation>JSON قابل للقراءة آليًا</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>one-line JSON for status bars</source>
        <translation>JSON في سطر واحد لأشرطة الحالة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tell the tracker you sit</source>
        <translation>تسجيل أنك تجلس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tell the tracker you stand</source>
        <translation>تسجيل أنك تقف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take a break now (shows a stretch card)</source>
        <translation>أخذ استراحة الآن (يعرض بطاقة إطالة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tell the tracker you are leaving the desk</source>
        <translation>تسجيل أنك تغادر المكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end a pause</source>
        <translation>إنهاء الإيقاف المؤقت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hold prompts (tracking goes on)</source>
        <translation>إيقاف التذكيرات مؤقتًا (يستمر التتبّع)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DURATION: a bare number is minutes; 90s, 45m, 1h, 1h30m; &apos;tomorrow&apos; is the next start of active hours; none pauses until `creepguard resume`.</source>
        <translation>DURATION: الرقم وحده يعني دقائق؛ 90s، 45m، 1h، 1h30m؛ &apos;tomorrow&apos; تعني بداية الساعات النشطة التالية؛ ودون قيمة يستمر الإيقاف حتى `creepguard resume`.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a week of sitting per day, with totals</source>
        <translation>أسبوع من الجلوس يومًا بيوم، مع المجاميع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO week, e.g. 2026-W48</source>
        <translation>أسبوع ISO، مثل 2026-W48</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>one computer&apos;s record alone (its name, or &apos;this&apos;); all computers by default</source>
        <translation>سجل حاسوب واحد فقط (اسمه، أو &apos;this&apos;)؛ كل الحواسيب افتراضيًا</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>every span, prompt and break (JSON: and each day&apos;s counts)</source>
        <translation>كل فترة وتذكير واستراحة (وفي JSON: أرقام كل يوم أيضًا)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write here instead of standard output</source>
        <translation>الكتابة هنا بدلًا من المخرج القياسي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first day, YYYY-MM-DD</source>
        <translation>اليوم الأول، YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day, YYYY-MM-DD</source>
        <translation>اليوم الأخير، YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>version, platform, Qt, tray, activity backend with a live idle reading, paths</source>
        <translation>الإصدار، والمنصة، وQt، وعلبة النظام، ومصدر النشاط مع قراءة حية للخمول، والمسارات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the exercise library (id, title, position, enabled, illustration)</source>
        <translation>مكتبة التمارين (المعرّف، والعنوان، والوضعية، والتفعيل، والرسم)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start at login: on, off, or show</source>
        <translation>البدء عند تسجيل الدخول: on أو off، ودون قيمة لعرض الحالة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>print a shell completion script: bash, zsh or fish</source>
        <translation>طباعة سكربت الإكمال التلقائي للصدفة: bash أو zsh أو fish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints a completion script for SHELL, made from this command line. bash: add `source &lt;(creepguard completion bash)` to ~/.bashrc. zsh: `creepguard completion zsh &gt; ~/.zfunc/_creepguard` with ~/.zfunc in $fpath. fish: `creepguard completion fish &gt; ~/.config/fish/completions/creepguard.fish`.</source>
        <translation>يطبع سكربت إكمال تلقائي للصدفة SHELL، مبنيًّا من سطر الأوامر هذا. bash: أضف `source &lt;(creepguard completion bash)` إلى ~/.bashrc. zsh: `creepguard completion zsh &gt; ~/.zfunc/_creepguard` مع وجود ~/.zfunc في $fpath. fish: `creepguard completion fish &gt; ~/.config/fish/completions/creepguard.fish`.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>commands and their options:</source>
        <translation>الأوامر وخياراتها:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DURATION (pause): a bare number is minutes; 90s, 45m, 1h, 1h30m; &apos;tomorrow&apos; is the next start of active hours; none pauses until `creepguard resume`.</source>
        <translation>DURATION (pause): الرقم وحده يعني دقائق؛ 90s، 45m، 1h، 1h30m؛ &apos;tomorrow&apos; تعني بداية الساعات النشطة التالية؛ ودون قيمة يستمر الإيقاف حتى `creepguard resume`.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit codes: 0 ok, 1 failure, 2 bad usage, 3 no tracker running.</source>
        <translation>رموز الخروج: 0 نجاح، 1 فشل، 2 استخدام خاطئ، 3 لا يوجد تتبّع يعمل.</translation>
    </message>
    <message>
        <location filename="../creepguard/startup/runner.py" line="+278"/>
        <source>Demo at %1x speed: a scripted person lives a short day, about %2 real minutes. Its data lives in %3 (removed at the end), not in your history.</source>
        <translation>عرض توضيحي بسرعة %1x: شخص يتبع نصًا معدًّا يعيش يومًا قصيرًا، نحو %2 دقيقة حقيقية. بياناته في %3 (تُحذف في النهاية)، لا في سجلك.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try: %1</source>
        <comment>a command to type</comment>
        <translation>جرّب: %1</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../creepguard/demo.py" line="+91"/>
        <source>Sitting and typing. The ring fills toward the next posture change.</source>
        <translation>جلوس وكتابة. تمتلئ الحلقة حتى تغيير الوضعية التالي.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading: no keyboard or mouse for 3 minutes. That is still sitting.</source>
        <translation>قراءة: 3 دقائق دون لوحة المفاتيح أو الفأرة. هذا لا يزال جلوسًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Typing again. At 20 minutes of sitting the creep warning comes.</source>
        <translation>عودة إلى الكتابة. عند 20 دقيقة من الجلوس يأتي تنبيه الزحف.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The creep warning: after about 20 minutes a sitting back starts to tire.</source>
        <translation>تنبيه الزحف: بعد نحو 20 دقيقة يبدأ الظهر بالتعب من الجلوس.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working on. At 30 minutes a stretch card asks for a posture change.</source>
        <translation>مواصلة العمل. عند 30 دقيقة تطلب بطاقة إطالة تغيير الوضعية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stretch card. The person stops typing and follows it.</source>
        <translation>بطاقة الإطالة. يتوقف الشخص عن الكتابة ويتّبعها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 quiet minutes on the card: that is the break, and the sit ends.</source>
        <translation>دقيقتان هادئتان أمام البطاقة: هذه هي الاستراحة، وتنتهي فترة الجلوس.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back at the keyboard: the card closes by itself, the break counted.</source>
        <translation>العودة إلى لوحة المفاتيح: تُغلق البطاقة من تلقاء نفسها، وتُحتسب الاستراحة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A walk away from the desk: no keyboard, no mouse.</source>
        <translation>نزهة بعيدًا عن المكتب: لا لوحة مفاتيح ولا فأرة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 minutes without input: away, counted from the last input.</source>
        <translation>5 دقائق دون إدخال: خارج المكتب، محسوبًا من آخر إدخال.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back at the desk: a few seconds of typing and the person is back.</source>
        <translation>العودة إلى المكتب: بضع ثوانٍ من الكتابة ويعود الشخص حاضرًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I&apos;m standing (tray menu): standing at the desk, still typing.</source>
        <translation>«أقف الآن» (قائمة علبة النظام): وقوف أمام المكتب مع مواصلة الكتابة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m sitting again. That was the demo&apos;s short day.</source>
        <translation>«أجلس الآن» مجددًا. كان هذا يوم العرض التوضيحي القصير.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo ends; its temporary history is removed.</source>
        <translation>ينتهي العرض التوضيحي، ويُحذف سجلّه المؤقت.</translation>
    </message>
    <message>
        <location filename="../creepguard/ui/demo_caption.py" line="+30"/>
        <source>CreepGuard demo</source>
        <translation>عرض CreepGuard التوضيحي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CreepGuard demo caption</source>
        <translation>شرح عرض CreepGuard التوضيحي</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo, minute %1: %2</source>
        <comment>the demo&apos;s caption: %1 the minute of the demo&apos;s short day, %2 what happens</comment>
        <translation>عرض توضيحي، الدقيقة %1: %2</translation>
    </message>
</context>
<context>
    <name>Diagnose</name>
    <message>
        <location filename="../creepguard/sensing/diagnose.py" line="+62"/>
        <source>Activity sensing: %1</source>
        <translation>رصد النشاط: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in use</source>
        <comment>a backend</comment>
        <translation>قيد الاستخدام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <comment>a backend</comment>
        <translation>غير مختار</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Live reading: idle %1 s, %2, %3 (read in %4 ms)</source>
        <translation>قراءة حية: الخمول %1 ث، %2، %3 (قُرئت في %4 ملّي ثانية)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked</source>
        <translation>الشاشة مقفلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unlocked</source>
        <translation>الشاشة غير مقفلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inhibited</source>
        <translation>منع الخمول مفعّل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not inhibited</source>
        <translation>منع الخمول غير مفعّل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Activity sensing: could not be checked (%1)</source>
        <translation>رصد النشاط: تعذّر الفحص (%1)</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../creepguard/ui/history_window.py" line="+88"/>
        <source>No sitting recorded this week yet. Once CreepGuard has run for a while, each day&apos;s sitting appears here.</source>
        <translation>لم يُسجَّل أي جلوس هذا الأسبوع بعد. بعد أن يعمل CreepGuard بعض الوقت، سيظهر هنا جلوس كل يوم.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sitting</source>
        <translation>جلوس</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sitting past the creep threshold</source>
        <translation>جلوس بعد عتبة الزحف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing</source>
        <translation>وقوف</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Breaks</source>
        <translation>الاستراحات</translation>
    </message>
    <message>
        <source>Every break: Done, natural and without a prompt</source>
        <translation type="vanished">كل الاستراحات: «تم» والطبيعية وبلا تذكير</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts you answered with Done</source>
        <translation>تذكيرات أجبت عنها بـ«تم»</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation type="vanished">طبيعية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You took the break yourself while a prompt was due</source>
        <translation>أخذت الاستراحة بنفسك بينما كان تذكير بانتظارك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unprompted</source>
        <translation>بلا تذكير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks you took with no prompt due</source>
        <translation>استراحات أخذتها دون أن يكون هناك تذكير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped</source>
        <translation>متخطاة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts you skipped</source>
        <translation>تذكيرات تخطيتها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignored</source>
        <translation>متجاهلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts that went away unanswered</source>
        <translation>تذكيرات أُغلقت دون ردّ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snoozed</source>
        <translation>مؤجلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times a prompt was snoozed</source>
        <translation>عدد مرات تأجيل التذكير</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Week %1, %2</source>
        <translation>الأسبوع %1، %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>no change</source>
        <translation>بلا تغيير</translation>
    </message>
    <message numerus="yes">
        <source>%n point</source>
        <translation type="vanished">
            <numerusform>%n نقطة</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>%n نقاط</numerusform>
            <numerusform>%n نقطة</numerusform>
            <numerusform>%n نقطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation type="vanished">
            <numerusform>%n نقطة</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>%n نقاط</numerusform>
            <numerusform>%n نقطة</numerusform>
            <numerusform>%n نقطة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1 – History</source>
        <translation>%1 – السجل</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Week shown</source>
        <translation>الأسبوع المعروض</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Empty week</source>
        <translation>أسبوع فارغ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>◀ Previous</source>
        <translation>▶ السابق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week before (Alt+Left)</source>
        <translation>الأسبوع السابق (Alt+←)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous week</source>
        <translation>الأسبوع السابق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This &amp;week</source>
        <translation>&amp;هذا الأسبوع</translation>
    </message>
    <message>
        <source>Go to the current week (Alt+W)</source>
        <translation type="vanished">الانتقال إلى الأسبوع الحالي (Alt+ه)</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Every break: Done, on your own and without a prompt</source>
        <translation>كل الاستراحات: «تم» والطبيعية وبلا تذكير</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On your own</source>
        <translation>طبيعية</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n نقطة</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>%n نقاط</numerusform>
            <numerusform>%n نقطة</numerusform>
            <numerusform>%n نقطة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Go to the current week (%1)</source>
        <translation>الانتقال إلى الأسبوع الحالي (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next ▶</source>
        <translation>التالي ◀</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The week after (Alt+Right)</source>
        <translation>الأسبوع التالي (Alt+→)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next week</source>
        <translation>الأسبوع التالي</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Go to:</source>
        <translation>&amp;انتقل إلى:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to the week of this date</source>
        <translation>الانتقال إلى أسبوع هذا التاريخ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick any day to see its week</source>
        <translation>اختر أي يوم لعرض أسبوعه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;تصدير CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save this week&apos;s days as a CSV file</source>
        <translation>حفظ أيام هذا الأسبوع في ملف CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;mputer:</source>
        <translation>ال&amp;حاسوب:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose history to show</source>
        <translation>أي سجل يُعرض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every computer sharing the folder together, or one alone</source>
        <translation>كل الحواسيب التي تشارك المجلد معًا، أو حاسوب واحد وحده</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sitting this week</source>
        <translation>الجلوس هذا الأسبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sitting recorded</source>
        <translation>كل الجلوس المسجّل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average a day</source>
        <translation>المتوسط اليومي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting divided by the days CreepGuard ran</source>
        <translation>الجلوس مقسومًا على عدد الأيام التي عمل فيها CreepGuard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Longest sit</source>
        <translation>أطول فترة جلوس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest sit without a break</source>
        <translation>أطول فترة جلوس دون استراحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past the creep threshold</source>
        <translation>بعد عتبة الزحف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting beyond the creep warning, added up over every sit</source>
        <translation>الجلوس بعد تنبيه الزحف، مجموعًا على كل فترات الجلوس</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompts ended by a break</source>
        <translation>تذكيرات انتهت باستراحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts that ended with a break (Done or on your own), out of all</source>
        <translation>نسبة التذكيرات التي انتهت باستراحة (بـ«تم» أو طبيعية) من مجموعها</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>&lt;b&gt;Breaks&lt;/b&gt;: every break, the next three added up. &lt;b&gt;Done&lt;/b&gt;: you answered a prompt with Done. &lt;b&gt;On your own&lt;/b&gt;: you took the break yourself while a prompt was due. &lt;b&gt;Unprompted&lt;/b&gt;: you stood up or left for a break with no prompt due. &lt;b&gt;Skipped&lt;/b&gt;: you chose Skip. &lt;b&gt;Ignored&lt;/b&gt;: a prompt went away unanswered. &lt;b&gt;Snoozed&lt;/b&gt;: times a prompt was put off.</source>
        <translation>&lt;b&gt;الاستراحات&lt;/b&gt;: كل استراحة، أي مجموع الأعمدة الثلاثة التالية. &lt;b&gt;تم&lt;/b&gt;: أجبت عن التذكير بـ«تم». &lt;b&gt;طبيعية&lt;/b&gt;: أخذت الاستراحة بنفسك بينما كان تذكير بانتظارك. &lt;b&gt;بلا تذكير&lt;/b&gt;: وقفت أو غادرت لاستراحة دون تذكير. &lt;b&gt;متخطاة&lt;/b&gt;: اخترت «تخطٍّ». &lt;b&gt;متجاهلة&lt;/b&gt;: أُغلق التذكير دون ردّ. &lt;b&gt;مؤجلة&lt;/b&gt;: عدد مرات تأجيل التذكير.</translation>
    </message>
    <message>
        <source>Prompt episodes that ended with a break (taken or natural), out of all</source>
        <translation type="vanished">نسبة التذكيرات التي انتهت باستراحة (بـ«تم» أو طبيعية) من مجموعها</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Sitting and standing per day, in hours</source>
        <translation>الجلوس والوقوف يوميًا، بالساعات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a bar to see that day below</source>
        <translation>انقر عمودًا لعرض ذلك اليوم في الأسفل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Breaks and prompts</source>
        <translation>الاستراحات والتذكيرات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breaks and how prompts ended, per day</source>
        <translation>الاستراحات وكيف انتهت التذكيرات، يومًا بيوم</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>&lt;b&gt;Breaks&lt;/b&gt;: every break, the next three added up. &lt;b&gt;Done&lt;/b&gt;: you answered a prompt with Done. &lt;b&gt;Natural&lt;/b&gt;: you took the break yourself while a prompt was due. &lt;b&gt;Unprompted&lt;/b&gt;: you stood up or left for a break with no prompt due. &lt;b&gt;Skipped&lt;/b&gt;: you chose Skip. &lt;b&gt;Ignored&lt;/b&gt;: a prompt went away unanswered. &lt;b&gt;Snoozed&lt;/b&gt;: times a prompt was put off.</source>
        <translation type="vanished">&lt;b&gt;الاستراحات&lt;/b&gt;: كل استراحة، أي مجموع الأعمدة الثلاثة التالية. &lt;b&gt;تم&lt;/b&gt;: أجبت عن التذكير بـ«تم». &lt;b&gt;طبيعية&lt;/b&gt;: أخذت الاستراحة بنفسك بينما كان تذكير بانتظارك. &lt;b&gt;بلا تذكير&lt;/b&gt;: وقفت أو غادرت لاستراحة دون تذكير. &lt;b&gt;متخطاة&lt;/b&gt;: اخترت «تخطٍّ». &lt;b&gt;متجاهلة&lt;/b&gt;: أُغلق التذكير دون ردّ. &lt;b&gt;مؤجلة&lt;/b&gt;: عدد مرات تأجيل التذكير.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Show %1</source>
        <translation>عرض %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing was recorded the week before to compare with.</source>
        <translation>لا توجد تسجيلات في الأسبوع السابق للمقارنة بها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arrows compare with the same days last week.</source>
        <translation>تقارن الأسهم بالأيام نفسها من الأسبوع الماضي.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrows compare with the same days last week (Monday to %1).</source>
        <translation>تقارن الأسهم بالأيام نفسها من الأسبوع الماضي (من الاثنين إلى %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arrows compare with the week before.</source>
        <translation>تقارن الأسهم بالأسبوع السابق.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No prompts</source>
        <translation>لا تذكيرات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 من %2 (%3%)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 h</source>
        <comment>axis label: %1 hours</comment>
        <translation>%1 س</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>All computers</source>
        <translation>كل الحواسيب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (this computer)</source>
        <translation>%1 (هذا الحاسوب)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1
Sitting %2 (%3 past the threshold)
Standing %4</source>
        <translation>%1
جلوس %2 (%3 بعد العتبة)
وقوف %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export the week as CSV</source>
        <translation>تصدير الأسبوع بصيغة CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week could not be saved to %1:
%2</source>
        <translation>تعذّر حفظ الأسبوع في %1:
%2</translation>
    </message>
</context>
<context>
    <name>Packaging</name>
    <message>
        <location filename="../creepguard/packaging_texts.py" line="+20"/>
        <source>CreepGuard</source>
        <comment>the app&apos;s name in menus</comment>
        <translation>CreepGuard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting Break Reminder</source>
        <comment>what kind of app</comment>
        <translation>منبّه استراحات الجلوس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures continuous sitting and prompts short posture breaks</source>
        <translation>يقيس الجلوس المتواصل ويذكّرك باستراحات قصيرة لتغيير الوضعية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sitting;posture;break;stretch;back;reminder;ergonomics;health;timer;</source>
        <comment>search words for menus: separated by &apos;;&apos;, ending with &apos;;&apos;, no spaces around them</comment>
        <translation>جلوس;وضعية;قوام;استراحة;إطالة;تمدد;ظهر;تذكير;منبه;أرغونوميا;صحة;مؤقت;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take a Break Now</source>
        <comment>a menu action</comment>
        <translation>أخذ استراحة الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause Reminders for 30 Minutes</source>
        <comment>a menu action</comment>
        <translation>إيقاف التذكيرات مؤقتًا لمدة 30 دقيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume Reminders</source>
        <comment>a menu action</comment>
        <translation>استئناف التذكيرات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measure continuous sitting and take short posture breaks</source>
        <comment>a summary</comment>
        <translation>قياس الجلوس المتواصل وأخذ استراحات قصيرة لتغيير الوضعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CreepGuard sits in the system tray and measures how long you have sat without a break, from your real keyboard and mouse activity: a pause to read or think does not reset it, leaving the desk does.</source>
        <translation>يعمل CreepGuard من علبة النظام ويقيس المدة التي جلستها دون استراحة، اعتمادًا على نشاطك الفعلي على لوحة المفاتيح والفأرة: التوقف للقراءة أو التفكير لا يعيد العدّ من الصفر، أما مغادرة المكتب فتعيده.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After about 20 minutes of unbroken sitting the discs and ligaments of the lower back start to creep, slowly deforming under the steady load. CreepGuard warns you when that point comes and, about every 30 minutes, prompts a change of posture with a short illustrated stretch.</source>
        <translation>بعد نحو 20 دقيقة من الجلوس المتواصل تبدأ أقراص أسفل الظهر وأربطته في «الزحف»، أي في التشوّه ببطء تحت الحِمل الثابت. ينبّهك CreepGuard حين تبلغ هذه النقطة، ويقترح عليك نحو كل 30 دقيقة تغيير وضعيتك مع تمرين إطالة قصير مصوّر.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tracks sitting from real activity and notices when you step away</source>
        <translation>يتتبّع الجلوس من نشاطك الفعلي ويلاحظ حين تبتعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sit/stand toggle for standing desks</source>
        <translation>مفتاح للتبديل بين الجلوس والوقوف لمكاتب الوقوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A calm warning at the creep point and a posture prompt about every 30 minutes</source>
        <translation>تنبيه هادئ عند بلوغ عتبة الزحف، وتذكير بتغيير الوضعية نحو كل 30 دقيقة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A library of short stretches, each with an illustration</source>
        <translation>مكتبة من تمارين الإطالة القصيرة، لكل منها رسم توضيحي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weekly history of sitting, standing and breaks, with CSV and JSON export</source>
        <translation>سجل أسبوعي للجلوس والوقوف والاستراحات، مع التصدير بصيغتي CSV وJSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A command line and a status-bar output for scripts and panels</source>
        <translation>سطر أوامر ومخرجات لشريط الحالة للسكربتات واللوحات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything stays on your computer: CreepGuard keeps its history in a local file and never uses the network.</source>
        <translation>كل شيء يبقى على حاسوبك: يحفظ CreepGuard سجله في ملف محلي ولا يستخدم الشبكة أبدًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A posture prompt with a short illustrated stretch</source>
        <comment>a screenshot</comment>
        <translation>تذكير بتغيير الوضعية مع تمرين إطالة قصير مصوّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A week of sitting, standing and breaks</source>
        <comment>a screenshot</comment>
        <translation>أسبوع من الجلوس والوقوف والاستراحات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings: when to warn, when to prompt, when to stay quiet</source>
        <comment>a screenshot</comment>
        <translation>الإعدادات: متى ينبّه، ومتى يذكّر، ومتى يلتزم الهدوء</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../creepguard/ui/translation.py" line="+123"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../creepguard/settings.py" line="+48"/>
        <source>Timing</source>
        <translation>التوقيت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behaviour</source>
        <translation>السلوك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not disturb</source>
        <translation>عدم الإزعاج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min</source>
        <translation>د</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Creep warning after</source>
        <translation>تنبيه الزحف بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle warning once you have sat this long, about when a sitting back starts to tire.</source>
        <translation>تنبيه لطيف حين تجلس هذه المدة، وهي تقريبًا حين يبدأ الظهر بالتعب من الجلوس.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change posture every</source>
        <translation>تغيير الوضعية كل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stretch card comes after this much sitting (or standing).</source>
        <translation>تظهر بطاقة إطالة بعد هذه المدة من الجلوس (أو الوقوف).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A break resets the sit after</source>
        <translation>الاستراحة تُنهي فترة الجلوس بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing or being away at least this long starts a new sit.</source>
        <translation>الوقوف أو الابتعاد هذه المدة على الأقل يبدأ فترة جلوس جديدة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Away after no input for</source>
        <translation>الغياب بعد انعدام الإدخال لمدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shorter pauses in typing count as sitting (reading is sitting).</source>
        <translation>التوقفات الأقصر عن الكتابة تُحتسب جلوسًا (القراءة جلوس).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze for</source>
        <translation>مدة التأجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long Snooze puts off a card.</source>
        <translation>المدة التي يؤجّل بها زر «تأجيل» البطاقة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozes in a row</source>
        <translation>مرات التأجيل المتتالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After this many, the card cannot be snoozed again.</source>
        <translation>بعد هذا العدد، لا يمكن تأجيل البطاقة مرة أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder style</source>
        <translation>نمط التذكير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gentle: the card appears without taking the keyboard. Focused: the card takes focus. Persistent: no Skip; the card returns until you take the break.</source>
        <translation>لطيف: تظهر البطاقة دون أن تأخذ لوحة المفاتيح. مركّز: تأخذ البطاقة التركيز. مُلحّ: بلا «تخطٍّ»؛ تعود البطاقة حتى تأخذ الاستراحة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active from</source>
        <translation>نشط من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prompts before this time.</source>
        <translation>لا تذكيرات قبل هذا الوقت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active until</source>
        <translation>نشط حتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prompts after this time (same as &apos;from&apos; means all day).</source>
        <translation>لا تذكيرات بعد هذا الوقت (مساواته بوقت «من» تعني طوال اليوم).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active days</source>
        <translation>الأيام النشطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days on which prompts come.</source>
        <translation>الأيام التي تأتي فيها التذكيرات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posture drills a day</source>
        <translation>تمارين القوام يوميًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times a day the &apos;up and over&apos; posture drill is suggested, spread across active hours.</source>
        <translation>عدد مرات اقتراح تمرين القوام «الأضلاع فوق الحوض» في اليوم، موزّعة على الساعات النشطة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a sound</source>
        <translation>تشغيل صوت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A soft sound when a card appears.</source>
        <translation>صوت خافت عند ظهور البطاقة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can&apos;t stand right now</source>
        <translation>لا أستطيع الوقوف الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only seated exercises are suggested.</source>
        <translation>تُقترح تمارين الجلوس فقط.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing desk</source>
        <translation>مكتب وقوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts say &apos;switch to standing&apos; or &apos;back to sitting&apos; instead of &apos;take a break&apos;.</source>
        <translation>تقول التذكيرات «حان وقت العمل وقوفًا» أو «اجلس قليلًا الآن» بدلًا من «خذ استراحة».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login</source>
        <translation>البدء عند تسجيل الدخول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start CreepGuard when you log in.</source>
        <translation>تشغيل CreepGuard عند تسجيل دخولك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the windows and the command line (restart CreepGuard to apply it).</source>
        <translation>لغة النوافذ وسطر الأوامر (أعد تشغيل CreepGuard لتطبيقها).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait during full screen</source>
        <translation>الانتظار أثناء ملء الشاشة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold cards while a full-screen window (a presentation, a video) is active.</source>
        <translation>تأجيل البطاقات ما دامت نافذة بملء الشاشة نشطة (عرض تقديمي، فيديو).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Respect do-not-disturb</source>
        <translation>احترام وضع عدم الإزعاج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold cards while the desktop&apos;s do-not-disturb is on.</source>
        <translation>تأجيل البطاقات ما دام وضع عدم الإزعاج مفعّلًا في سطح المكتب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared folder</source>
        <translation>مجلد مشترك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder your computers share (Syncthing, Nextcloud, a network home): they then count one sit and one history. Empty: this computer counts alone.</source>
        <translation>مجلد تتشاركه حواسيبك (Syncthing أو Nextcloud أو مجلد منزلي على الشبكة): عندها تحسب فترة جلوس واحدة وسجلًا واحدًا. فارغ: هذا الحاسوب يحسب وحده.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s name</source>
        <translation>اسم هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the other computers and the history call this one. Empty: its host name.</source>
        <translation>الاسم الذي تستخدمه الحواسيب الأخرى والسجل لهذا الحاسوب. فارغ: اسم المضيف.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gentle</source>
        <translation>لطيف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Focused</source>
        <translation>مركّز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persistent</source>
        <translation>مُلحّ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a time like 07:30</source>
        <translation>%1 ليس وقتًا بصيغة 07:30</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected true or false, got %1</source>
        <translation>المتوقع true أو false، والمُدخل %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a whole number, got %1</source>
        <translation>المتوقع عدد صحيح، والمُدخل %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is out of range (%2 to %3 %4)</source>
        <translation>%1 خارج النطاق (من %2 إلى %3 %4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not one of %2</source>
        <translation>%1 ليس من بين: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a time like 07:30, got %1</source>
        <translation>المتوقع وقت بصيغة 07:30، والمُدخل %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a list of %1</source>
        <translation>المتوقع قائمة من: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a language CreepGuard speaks (%2)</source>
        <translation>%1 ليست لغة يدعمها CreepGuard (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected one line of text, got %1</source>
        <translation>المتوقع سطر نصي واحد، لكن وصل %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>longer than %1 characters</source>
        <translation>أطول من %1 حرفًا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a folder like /home/you/Sync, got %1</source>
        <translation>المتوقع مجلد مثل /home/you/Sync، لكن وصل %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a whole path: give one like /home/you/Sync</source>
        <translation>%1 ليس مسارًا كاملًا: أدخل مسارًا مثل /home/you/Sync</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the creep warning must come before the posture change</source>
        <translation>يجب أن يأتي تنبيه الزحف قبل تغيير الوضعية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a break that resets the sit cannot be longer than the away threshold</source>
        <translation>لا يمكن أن تكون الاستراحة التي تُنهي فترة الجلوس أطول من حد الغياب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a break must be shorter than the posture-change interval</source>
        <translation>يجب أن تكون الاستراحة أقصر من فاصل تغيير الوضعية</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>%1 could not be read (%2); using the defaults and leaving the file as it is</source>
        <translation>تعذّرت قراءة %1 (%2)؛ تُستخدم القيم الافتراضية ويُترك الملف كما هو</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: unknown setting %2 ignored</source>
        <translation>%1: تم تجاهل الإعداد غير المعروف %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 for %3; using the default %4</source>
        <translation>%1: %2 في %3؛ تُستخدم القيمة الافتراضية %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 (%3); using the defaults for them</source>
        <translation>%1: %2 (%3)؛ تُستخدم القيم الافتراضية لها</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../creepguard/ui/setting_editors.py" line="+68"/>
        <source>Mon</source>
        <translation>إثنين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tue</source>
        <translation>ثلاثاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wed</source>
        <translation>أربعاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thu</source>
        <translation>خميس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fri</source>
        <translation>جمعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sat</source>
        <translation>سبت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sun</source>
        <translation>أحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1: %2</source>
        <comment>setting: day of the week</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>none: this computer counts alone</source>
        <translation>لا شيء: هذا الحاسوب يحسب وحده</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the %1</source>
        <translation>اختيار %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../creepguard/ui/settings_window.py" line="+93"/>
        <source>%1:</source>
        <comment>label before a field</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Problem with %1</source>
        <translation>مشكلة في %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Picture of %1</source>
        <translation>صورة %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear “it hurts”</source>
        <translation>إزالة «يؤلمني»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear “it hurts” for %1</source>
        <translation>إزالة «يؤلمني» عن %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offer this exercise again</source>
        <translation>اقتراح هذا التمرين مرة أخرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer</source>
        <translation>يُقترح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer %1</source>
        <translation>اقتراح %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include this exercise in the cards</source>
        <translation>تضمين هذا التمرين في البطاقات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Favourite</source>
        <translation>مفضّل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a favourite</source>
        <translation>%1 مفضّل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show this exercise more often</source>
        <translation>عرض هذا التمرين أكثر</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You marked it “it hurts”: never offered</source>
        <translation>وضعت عليه علامة «يؤلمني»: لن يُقترح</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 – Settings</source>
        <translation>%1 – الإعدادات</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+152"/>
        <source>Exercises</source>
        <translation>التمارين</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings problems</source>
        <translation>مشكلات الإعدادات</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Put every setting on the settings tabs back to its default (applied with OK or Apply); exercise choices and history are not touched</source>
        <translation>إعادة كل الإعدادات في تبويبات الإعدادات إلى قيمها الافتراضية (تُطبَّق بزر «موافق» أو «تطبيق»)؛ لا تتأثر اختيارات التمارين ولا السجل</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Computers:</source>
        <translation>الحواسيب:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose which exercises the cards suggest. Favourites come up more often; an exercise you marked “it hurts” is never offered until you clear it.</source>
        <translation>اختر التمارين التي تقترحها البطاقات. التمارين المفضّلة تظهر أكثر، والتمرين الذي وضعت عليه علامة «يؤلمني» لا يُقترح أبدًا حتى تزيلها.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Find an exercise</source>
        <translation>البحث عن تمرين</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No exercises were found.</source>
        <translation>لم يُعثر على تمارين.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your sitting history stays on this computer, in this folder:</source>
        <translation>يبقى سجل جلوسك على هذا الحاسوب، في هذا المجلد:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open data folder</source>
        <translation>&amp;فتح مجلد البيانات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport history…</source>
        <translation>&amp;تصدير السجل…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save every recorded day to a file</source>
        <translation>حفظ كل يوم مسجّل في ملف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete all history…</source>
        <translation>&amp;حذف السجل كله…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove every recorded span and prompt (asks first)</source>
        <translation>إزالة كل الفترات والتذكيرات المسجّلة (بعد التأكيد)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleting cannot be undone. Settings and exercise choices are kept.</source>
        <translation>لا يمكن التراجع عن الحذف. تبقى الإعدادات واختيارات التمارين.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Data status</source>
        <translation>حالة البيانات</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No shared folder is set.</source>
        <translation>لم يُحدَّد مجلد مشترك.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Fix the values marked in red before saving (%1 tabs).</source>
        <translation>صحّح القيم المعلّمة بالأحمر قبل الحفظ (التبويبات: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the values marked in red before saving (%1 tab).</source>
        <translation>صحّح القيم المعلّمة بالأحمر قبل الحفظ (التبويب: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the value marked in red before saving (%1 tab).</source>
        <translation>صحّح القيمة المعلّمة بالأحمر قبل الحفظ (التبويب: %1).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Settings not saved</source>
        <translation>لم تُحفظ الإعدادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings could not be saved:
%1</source>
        <translation>تعذّر حفظ الإعدادات:
%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No file manager could open %1.</source>
        <translation>لم يتمكن أي مدير ملفات من فتح %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export history</source>
        <translation>تصدير السجل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;JSON files (*.json);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;ملفات JSON (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The history could not be exported: %1</source>
        <translation>تعذّر تصدير السجل: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History exported to %1.</source>
        <translation>صُدِّر السجل إلى %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete all history?</source>
        <translation>حذف السجل كله؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every recorded day, sit and prompt? This cannot be undone.

Your settings and exercise choices are kept.</source>
        <translation>هل تريد حذف كل الأيام وفترات الجلوس والتذكيرات المسجّلة؟ لا يمكن التراجع عن ذلك.

تبقى إعداداتك واختيارات التمارين.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was deleted.</source>
        <translation>لم يُحذف شيء.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The history could not be deleted: %1</source>
        <translation>تعذّر حذف السجل: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All history was deleted.</source>
        <translation>حُذف السجل كله.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../creepguard/ui/shell.py" line="+61"/>
        <source>starting</source>
        <translation>قيد البدء</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Show stretch</source>
        <translation>عرض الإطالة</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../creepguard/ui/today_popup.py" line="+90"/>
        <source>Status icon</source>
        <translation>أيقونة الحالة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sitting toward the next posture change</source>
        <translation>الجلوس حتى تغيير الوضعية التالي</translation>
    </message>
</context>
<context>
    <name>StatusFormat</name>
    <message>
        <location filename="../creepguard/status_format.py" line="+27"/>
        <source>%1 h %2 min</source>
        <comment>hours and minutes, as in 1 h 05 min</comment>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min</source>
        <comment>minutes, as in 45 min</comment>
        <translation>%1 د</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%H:%M</source>
        <comment>the time of day as a strftime pattern (%H hours 00-23, %I 01-12, %M minutes, %p AM/PM), used where the system names no time format (LC_TIME is C)</comment>
        <translation>%H:%M</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Mon</source>
        <comment>Monday, abbreviated</comment>
        <translation>إثنين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <comment>Tuesday, abbreviated</comment>
        <translation>ثلاثاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <comment>Wednesday, abbreviated</comment>
        <translation>أربعاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <comment>Thursday, abbreviated</comment>
        <translation>خميس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <comment>Friday, abbreviated</comment>
        <translation>جمعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <comment>Saturday, abbreviated</comment>
        <translation>سبت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <comment>Sunday, abbreviated</comment>
        <translation>أحد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jan</source>
        <comment>January, abbreviated</comment>
        <translation>يناير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feb</source>
        <comment>February, abbreviated</comment>
        <translation>فبراير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <comment>March, abbreviated</comment>
        <translation>مارس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <comment>April, abbreviated</comment>
        <translation>أبريل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <comment>May, abbreviated</comment>
        <translation>مايو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jun</source>
        <comment>June, abbreviated</comment>
        <translation>يونيو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <comment>July, abbreviated</comment>
        <translation>يوليو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aug</source>
        <comment>August, abbreviated</comment>
        <translation>أغسطس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <comment>September, abbreviated</comment>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oct</source>
        <comment>October, abbreviated</comment>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <comment>November, abbreviated</comment>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dec</source>
        <comment>December, abbreviated</comment>
        <translation>ديسمبر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 %3</source>
        <comment>a day: weekday (%1), day of the month (%2), month (%3)</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>tomorrow %1</source>
        <comment>a time (%1) tomorrow</comment>
        <translation>غدًا الساعة %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <comment>a time within the week: weekday (%1), time (%2)</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 %3 %4</source>
        <comment>a time beyond the week: weekday (%1), day of the month (%2), month (%3), time (%4)</comment>
        <translation>%1 %2 %3، %4</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>بعد %n يوم</numerusform>
            <numerusform>بعد يوم واحد</numerusform>
            <numerusform>بعد يومين</numerusform>
            <numerusform>بعد %n أيام</numerusform>
            <numerusform>بعد %n يومًا</numerusform>
            <numerusform>بعد %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in less than a minute</source>
        <translation>بعد أقل من دقيقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1</source>
        <comment>how far off a moment is: in 1 h 30 min</comment>
        <translation>بعد %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2</source>
        <comment>a time (%1) and how far off it is (%2): 08:55, in 1 h 30 min</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Next prompt in %1</source>
        <translation>التذكير التالي بعد %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prompt is due now</source>
        <translation>حان وقت التذكير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prompts while paused</source>
        <translation>لا تذكيرات أثناء الإيقاف المؤقت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No prompt while you are away</source>
        <translation>لا تذكير أثناء غيابك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prompt during a break</source>
        <translation>لا تذكير أثناء الاستراحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prompt due</source>
        <translation>لا تذكير مستحق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <comment>between the items of a list, as in: 2 Done, 1 natural</comment>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Today: %1 sitting, %n break(s)</source>
        <translation>
            <numerusform>اليوم: جلوس %1، %n استراحة</numerusform>
            <numerusform>اليوم: جلوس %1، استراحة واحدة</numerusform>
            <numerusform>اليوم: جلوس %1، استراحتان</numerusform>
            <numerusform>اليوم: جلوس %1، %n استراحات</numerusform>
            <numerusform>اليوم: جلوس %1، %n استراحة</numerusform>
            <numerusform>اليوم: جلوس %1، %n استراحة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 Done</source>
        <comment>breaks: the count of Done presses</comment>
        <translation>%1 بـ«تم»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on your own</source>
        <comment>breaks taken on one&apos;s own</comment>
        <translation>%1 طبيعية</translation>
    </message>
    <message>
        <source>%1 natural</source>
        <comment>breaks taken on one&apos;s own</comment>
        <translation type="vanished">%1 طبيعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 without a prompt</source>
        <comment>breaks</comment>
        <translation>%1 بلا تذكير</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breaks: %1</source>
        <comment>a list of counts</comment>
        <translation>الاستراحات: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompts: %1 of %2 ended by a break</source>
        <translation>التذكيرات: %1 من %2 انتهت باستراحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 skipped</source>
        <comment>prompts</comment>
        <translation>%1 متخطاة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ignored</source>
        <comment>prompts</comment>
        <translation>%1 متجاهلة</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n snooze(s)</source>
        <translation>
            <numerusform>%n تأجيل</numerusform>
            <numerusform>تأجيل واحد</numerusform>
            <numerusform>تأجيلان</numerusform>
            <numerusform>%n تأجيلات</numerusform>
            <numerusform>%n تأجيلًا</numerusform>
            <numerusform>%n تأجيل</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Longest sit %1, %2 past the creep threshold</source>
        <translation>أطول فترة جلوس %1، والجلوس بعد عتبة الزحف %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CreepGuard is not running</source>
        <translation>CreepGuard لا يعمل</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1m</source>
        <comment>the sit in minutes, in a status bar: short</comment>
        <translation>%1د</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting for %1</source>
        <translation>جلوس منذ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now: %1</source>
        <comment>the state: standing, away, on break</comment>
        <translation>الآن: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go easy on lifting until %1</source>
        <translation>تمهّل في رفع الأثقال حتى %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused until %1</source>
        <translation>إيقاف مؤقت حتى %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused until you resume</source>
        <translation>إيقاف مؤقت حتى الاستئناف</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sitting</source>
        <comment>a state</comment>
        <translation>جلوس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standing</source>
        <comment>a state</comment>
        <translation>وقوف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>away</source>
        <comment>a state</comment>
        <translation>خارج المكتب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on break</source>
        <comment>a state</comment>
        <translation>استراحة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem: %1</source>
        <comment>one problem per line; status bars may look for it</comment>
        <translation>مشكلة: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CreepGuard is not running.</source>
        <translation>CreepGuard لا يعمل.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Noted: you are sitting. %1.</source>
        <translation>تم التسجيل: أنت تجلس الآن. %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noted: you are standing. %1.</source>
        <translation>تم التسجيل: أنت تقف الآن. %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noted: you are away until you are back (input, or creepguard sit).</source>
        <translation>تم التسجيل: أنت خارج المكتب حتى تعود (بإدخال من لوحة المفاتيح أو الفأرة، أو creepguard sit).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A stretch card is on screen.</source>
        <translation>بطاقة إطالة معروضة على الشاشة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A break was asked for: its card shows once nothing holds it (a full-screen window, do not disturb).</source>
        <translation>طُلبت استراحة: ستظهر بطاقتها حين لا يعود شيء يؤجلها (نافذة بملء الشاشة، وضع عدم الإزعاج).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paused until %1. Tracking goes on; creepguard resume ends it.</source>
        <translation>إيقاف مؤقت حتى %1. يستمر التتبّع؛ والأمر creepguard resume ينهي الإيقاف.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paused until you resume (creepguard resume). Tracking goes on.</source>
        <translation>إيقاف مؤقت حتى الاستئناف (creepguard resume). يستمر التتبّع.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompts are back on. %1.</source>
        <translation>عادت التذكيرات. %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../creepguard/ui/status_window.py" line="+68"/>
        <source>CreepGuard status</source>
        <translation>حالة CreepGuard</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the message</source>
        <translation>فتح الرسالة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss the message</source>
        <translation>تجاهل الرسالة</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Got it</source>
        <translation>فهمت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Got it, hide this note</source>
        <translation>فهمت، إخفاء هذه الملاحظة</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../creepguard/offline.py" line="+72"/>
        <source>The history file %1 cannot be used because %2. CreepGuard will keep it aside and start a new one when it starts.</source>
        <comment>%2 is a reason, as: it is damaged (...)</comment>
        <translation>لا يمكن استخدام ملف السجل %1 لأن %2. سيحتفظ به CreepGuard جانبًا ويبدأ ملفًا جديدًا عند تشغيله.</translation>
    </message>
    <message>
        <location filename="../creepguard/storage/database.py" line="+28"/>
        <source>it cannot be opened (%1)</source>
        <translation>الملف لا يمكن فتحه (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer</source>
        <translation>لا جواب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is damaged (%1)</source>
        <translation>الملف تالف (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a valid database (%1)</source>
        <translation>الملف ليس قاعدة بيانات صالحة (%1)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The history file %1 could not be used because %2. It was kept as %3 and a new one was started.</source>
        <comment>%2 is a reason, as: it is damaged (...)</comment>
        <translation>تعذّر استخدام ملف السجل %1 لأن %2. احتُفظ به باسم %3، وبُدئ ملف جديد.</translation>
    </message>
    <message>
        <location filename="../creepguard/storage/store.py" line="+396"/>
        <source>The saved sit could not be read (%1); starting fresh.</source>
        <translation>تعذّرت قراءة فترة الجلوس المحفوظة (%1)؛ يبدأ العدّ من جديد.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../creepguard/sync/folder.py" line="+74"/>
        <source>The shared folder %1 is not there (unplugged, or not mounted?). CreepGuard counts on this computer alone meanwhile, and writes there again once it is back.</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>المجلد المشترك %1 غير موجود (هل فُصل، أو لم يُركَّب؟). في الأثناء يحسب CreepGuard على هذا الحاسوب وحده، ويعود إلى الكتابة فيه حين يعود.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The shared folder %1 is a file, not a folder. Choose a folder in Settings &gt; Devices.</source>
        <comment>%1 is the path; Settings &gt; Devices: the Settings window&apos;s Devices tab</comment>
        <translation>المجلد المشترك %1 ملف وليس مجلدًا. اختر مجلدًا من الإعدادات &gt; الأجهزة.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing is in the shared folder %1 yet: CreepGuard writes there once it runs with this folder set.</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>لا يوجد شيء في المجلد المشترك %1 بعد: يكتب CreepGuard فيه حين يعمل وهذا المجلد محدَّد.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The shared folder %1 no longer holds CreepGuard&apos;s files (not mounted, or emptied). CreepGuard waits for it; to start afresh from this computer, turn the shared folder off and on again in Settings &gt; Devices.</source>
        <comment>%1 is the path; Settings &gt; Devices: the Settings window&apos;s Devices tab</comment>
        <translation>لم يعد المجلد المشترك %1 يحوي ملفات CreepGuard (غير مُركَّب، أو أُفرغ). ينتظره CreepGuard؛ لتبدأ من جديد من هذا الحاسوب، أوقف المجلد المشترك ثم شغّله مجددًا من الإعدادات &gt; الأجهزة.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>permission denied</source>
        <comment>why a folder cannot be written in</comment>
        <translation>الإذن مرفوض</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CreepGuard cannot write in the shared folder %1 (%2). It counts on this computer alone meanwhile.</source>
        <comment>%1 is the folder&apos;s path, %2 the reason (from the system, as: disk full)</comment>
        <translation>لا يستطيع CreepGuard الكتابة في المجلد المشترك %1 (%2). في الأثناء يحسب على هذا الحاسوب وحده.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>computer %1</source>
        <comment>a computer whose name is not known: %1 is the start of its id</comment>
        <translation>الحاسوب %1</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>%1&apos;s latest word (%2) was written by a newer CreepGuard (format %3); update CreepGuard on this computer to count it.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name; the latest word: what that computer last wrote about the person (at the keyboard or away, since when)</comment>
        <translation>آخر رسالة من %1 (%2) كتبها إصدار أحدث من CreepGuard (التنسيق %3)؛ حدِّث CreepGuard على هذا الحاسوب لتُحتسب.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s name (%2) was written by a newer CreepGuard (format %3); update CreepGuard on this computer to count it.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name</comment>
        <translation>اسم %1 (%2) كتبه إصدار أحدث من CreepGuard (التنسيق %3)؛ حدِّث CreepGuard على هذا الحاسوب ليُحتسب.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s day %2 (%3) was written by a newer CreepGuard (format %4); update CreepGuard on this computer to count it.</source>
        <comment>%1 is a computer&apos;s name, %2 a date (2026-12-03), %3 a file name</comment>
        <translation>يوم %2 من %1 (%3) كتبه إصدار أحدث من CreepGuard (التنسيق %4)؛ حدِّث CreepGuard على هذا الحاسوب ليُحتسب.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1&apos;s latest word (%2) could not be read: %3.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name, %3 why (as: it is not complete); the latest word: what that computer last wrote about the person</comment>
        <translation>تعذّرت قراءة آخر رسالة من %1 (%2): %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s name (%2) could not be read: %3.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name, %3 why (as: it is not complete)</comment>
        <translation>تعذّرت قراءة اسم %1 (%2): %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s day %2 (%3) could not be read: %4.</source>
        <comment>%1 is a computer&apos;s name, %2 a date (2026-12-03), %3 a file name, %4 why (as: it is not complete)</comment>
        <translation>تعذّرت قراءة يوم %2 من %1 (%3): %4.</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/formats.py" line="+143"/>
        <source>it is not text</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>الملف ليس نصًا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is not complete (it may still be arriving)</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>الملف غير مكتمل (ربما ما زال يصل)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not a CreepGuard file</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>الملف ليس ملف CreepGuard</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has no format number</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>الملف بلا رقم تنسيق</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its format number %1 is not one CreepGuard ever wrote</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>رقم التنسيق %1 لم يستخدمه CreepGuard قط</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is not a %1 file</source>
        <comment>%1 is the kind of file as the file names it: device, presence or day; ends &apos;... could not be read: &apos;</comment>
        <translation>الملف ليس ملف %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its %1 is missing or wrong</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;seen&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>الحقل %1 مفقود أو خاطئ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>its %1 is not a time</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;seen&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>الحقل %1 ليس وقتًا</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its %1 has no UTC offset</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;seen&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>الحقل %1 بلا فارق عن UTC</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its %1 is %2, unknown here</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;state&apos;), %2 its value (&apos;lying down&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>قيمة الحقل %1 هي %2، وهي غير معروفة هنا</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a span in it is not whole</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>إحدى الفترات فيه غير مكتملة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a span&apos;s sit is not a number</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>مدة الجلوس في إحدى الفترات ليست رقمًا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a span in it ends before it starts</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>إحدى الفترات فيه تنتهي قبل أن تبدأ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a computer without a name</source>
        <comment>the name of a computer whose name is empty</comment>
        <translation>حاسوب بلا اسم</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>its &apos;day&apos; is not a date</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>الحقل &apos;day&apos; ليس تاريخًا</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a prompt in it is not whole</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>أحد التذكيرات فيه غير مكتمل</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a prompt&apos;s snoozes are not a number</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>عدد مرات تأجيل أحد التذكيرات ليس رقمًا</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/history.py" line="+51"/>
        <source>The shared folder did not answer within %1 s (a network folder gone away?); %2.</source>
        <comment>%1 is a number of seconds; %2 what is done instead, as: this computer&apos;s history is shown alone</comment>
        <translation>لم يستجب المجلد المشترك خلال %1 ث (هل انقطع مجلد على الشبكة؟)؛ %2.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The shared folder holds a conflicting copy of %1&apos;s %2, made by the sync program; both copies were read and nothing is lost. You may delete the copy once every computer is in sync.</source>
        <comment>%1 is a computer&apos;s name, %2 the copy&apos;s file name in the folder; the sync program: Syncthing, Nextcloud, Dropbox...</comment>
        <translation>يحوي المجلد المشترك نسخة متعارضة من %2 الخاص بـ%1، أنشأها برنامج المزامنة؛ قُرئت النسختان ولم يضِع شيء. يمكنك حذف النسخة بعد أن تتزامن كل الحواسيب.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>this computer&apos;s history is shown alone</source>
        <comment>ends the sentence &apos;The shared folder did not answer within 5 s (a network folder gone away?); ...&apos;</comment>
        <translation>يُعرض سجل هذا الحاسوب وحده</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/link.py" line="+335"/>
        <source>The shared folder %1 does not answer (a network folder gone away?). CreepGuard counts on this computer alone meanwhile.</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>المجلد المشترك %1 لا يستجيب (هل انقطع مجلد على الشبكة؟). في الأثناء يحسب CreepGuard على هذا الحاسوب وحده.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The clock on %1 is about %2 min ahead of this computer&apos;s: what it says is not used for the sit while that lasts. Let both computers set their clocks automatically.</source>
        <comment>%1 is a computer&apos;s name, %2 a number of minutes; the sit: the time the person has sat without a break</comment>
        <translation>ساعة %1 متقدمة بنحو %2 د عن ساعة هذا الحاسوب: ما دام ذلك، لا يُستخدم ما يقوله في حساب فترة الجلوس. اجعل الحاسوبين يضبطان ساعتيهما تلقائيًا.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>CreepGuard cannot use the shared folder %1 (%2). It counts on this computer alone meanwhile and writes there again once it can.</source>
        <comment>%1 is the folder&apos;s path, %2 the reason (from the system, as: disk full)</comment>
        <translation>لا يستطيع CreepGuard استخدام المجلد المشترك %1 (%2). في الأثناء يحسب على هذا الحاسوب وحده، ويعود إلى الكتابة فيه حين يستطيع.</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/setup.py" line="+53"/>
        <source>just now</source>
        <comment>when a computer last saw the person</comment>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <comment>when a computer last saw the person</comment>
        <translation>
            <numerusform>منذ %n دقيقة</numerusform>
            <numerusform>منذ دقيقة واحدة</numerusform>
            <numerusform>منذ دقيقتين</numerusform>
            <numerusform>منذ %n دقائق</numerusform>
            <numerusform>منذ %n دقيقة</numerusform>
            <numerusform>منذ %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h %2 min ago</source>
        <comment>when a computer last saw the person: %1 hours and %2 minutes ago</comment>
        <translation>منذ %1 س و%2 د</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n h ago</source>
        <comment>when a computer last saw the person: hours ago</comment>
        <translation>
            <numerusform>منذ %n ساعة</numerusform>
            <numerusform>منذ ساعة واحدة</numerusform>
            <numerusform>منذ ساعتين</numerusform>
            <numerusform>منذ %n ساعات</numerusform>
            <numerusform>منذ %n ساعة</numerusform>
            <numerusform>منذ %n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <comment>when a computer last saw the person</comment>
        <translation>
            <numerusform>منذ %n يوم</numerusform>
            <numerusform>منذ يوم واحد</numerusform>
            <numerusform>منذ يومين</numerusform>
            <numerusform>منذ %n أيام</numerusform>
            <numerusform>منذ %n يومًا</numerusform>
            <numerusform>منذ %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (this computer)</source>
        <comment>%1 is this computer&apos;s name</comment>
        <translation>%1 (هذا الحاسوب)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: has not said when it last saw you</source>
        <comment>%1 is another computer&apos;s name</comment>
        <translation>%1: لم يذكر متى رآك آخر مرة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: last saw you %2, ahead of this computer&apos;s clock</source>
        <comment>%1 is another computer&apos;s name, %2 a date and time (2026-12-03 09:40) later than this computer&apos;s clock says it is</comment>
        <translation>%1: رآك آخر مرة في %2، وهو وقت لم تبلغه ساعة هذا الحاسوب بعد</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: last saw you %2, %3</source>
        <comment>%1 is another computer&apos;s name, %2 a date and time (2026-12-03 09:40), %3 how long ago, as: 3 min ago</comment>
        <translation>%1: رآك آخر مرة في %2، %3</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the other computers are not listed</source>
        <comment>ends the sentence &apos;The shared folder did not answer within 5 s (a network folder gone away?); ...&apos;</comment>
        <translation>لا تُعرض الحواسيب الأخرى</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cannot look for a computer called %1: %2</source>
        <comment>%1 is the name the person typed after --device, quoted; %2 why (a sentence about the shared folder)</comment>
        <translation>لا يمكن البحث عن حاسوب اسمه %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no single computer is called %1 in the shared folder (there are: %2; `creepguard devices` lists them)</source>
        <comment>%1 is the name the person typed after --device, quoted; %2 the computers&apos; names, separated by commas; `creepguard devices` is a command: keep it as it is</comment>
        <translation>لا يوجد في المجلد المشترك حاسوب واحد بعينه اسمه %1 (الموجود: %2؛ يسردها `creepguard devices`)</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../creepguard/ui/texts.py" line="+59"/>
        <source>CreepGuard</source>
        <translation>CreepGuard</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>under a minute</source>
        <translation>أقل من دقيقة</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+26"/>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>, </source>
        <comment>between the items of a list, as in: 2 Done, 1 natural</comment>
        <translation>، </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 h</source>
        <translation>%1 س</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ddd d</source>
        <comment>a day on a button: a QDate format (ddd short weekday, d day)</comment>
        <translation>ddd d</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dddd dd MMMM</source>
        <comment>a day in full: a QDate format (dddd weekday, dd or d day, MMMM month)</comment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tomorrow %1</source>
        <translation>غدًا الساعة %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Switch to standing</source>
        <translation>حان وقت العمل وقوفًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to stand up and move</source>
        <translation>حان وقت النهوض والحركة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to sitting for a while</source>
        <translation>اجلس قليلًا الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have stood a while: sit or move</source>
        <translation>وقفت مدة طويلة: اجلس أو تحرّك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short break</source>
        <translation>استراحة قصيرة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You have sat for %1.</source>
        <translation>مدة جلوسك حتى الآن %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You sat %1. Your back recovers until about %2: leave heavy lifting until then.</source>
        <translation>جلست %1. يتعافى ظهرك حتى نحو %2: أجّل رفع الأثقال حتى ذلك الحين.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back recovering until %1: no heavy lifting</source>
        <translation>الظهر يتعافى حتى %1: لا ترفع أثقالًا</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hold %1 min</source>
        <translation>لمدة %1 د</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold %1 s</source>
        <translation>لمدة %1 ث</translation>
    </message>
    <message numerus="yes">
        <source>%n breath</source>
        <translation type="vanished">
            <numerusform>%n نفَس</numerusform>
            <numerusform>نفَس واحد</numerusform>
            <numerusform>نفَسان</numerusform>
            <numerusform>%n أنفاس</numerusform>
            <numerusform>%n نفَسًا</numerusform>
            <numerusform>%n نفَس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaths</source>
        <translation type="vanished">
            <numerusform>%n نفَس</numerusform>
            <numerusform>نفَس واحد</numerusform>
            <numerusform>نفَسان</numerusform>
            <numerusform>%n أنفاس</numerusform>
            <numerusform>%n نفَسًا</numerusform>
            <numerusform>%n نفَس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition</source>
        <translation type="vanished">
            <numerusform>%n تكرار</numerusform>
            <numerusform>تكرار واحد</numerusform>
            <numerusform>تكراران</numerusform>
            <numerusform>%n تكرارات</numerusform>
            <numerusform>%n تكرارًا</numerusform>
            <numerusform>%n تكرار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetitions</source>
        <translation type="vanished">
            <numerusform>%n تكرار</numerusform>
            <numerusform>تكرار واحد</numerusform>
            <numerusform>تكراران</numerusform>
            <numerusform>%n تكرارات</numerusform>
            <numerusform>%n تكرارًا</numerusform>
            <numerusform>%n تكرار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n نفَس</numerusform>
            <numerusform>نفَس واحد</numerusform>
            <numerusform>نفَسان</numerusform>
            <numerusform>%n أنفاس</numerusform>
            <numerusform>%n نفَسًا</numerusform>
            <numerusform>%n نفَس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n تكرار</numerusform>
            <numerusform>تكرار واحد</numerusform>
            <numerusform>تكراران</numerusform>
            <numerusform>%n تكرارات</numerusform>
            <numerusform>%n تكرارًا</numerusform>
            <numerusform>%n تكرار</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, each side</source>
        <translation>%1، لكل جانب</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+123"/>
        <source>Standing</source>
        <translation>وقوفًا</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Seated</source>
        <translation>جلوسًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the floor</source>
        <translation>على الأرض</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop any exercise that hurts.</source>
        <translation>أوقف أي تمرين يسبب لك ألمًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop: nothing on these cards should hurt. This exercise will not be suggested again. Try another one, or simply walk around for a minute.</source>
        <translation>توقّف: لا ينبغي أن يؤلمك أي شيء في هذه البطاقات. لن يُقترح هذا التمرين مرة أخرى. جرّب تمرينًا آخر، أو تمشَّ قليلًا لمدة دقيقة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kept: this exercise can come again.</source>
        <translation>تم الإبقاء: قد يظهر هذا التمرين مرة أخرى.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starts by itself in a moment.</source>
        <translation>يبدأ تلقائيًا بعد لحظات.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Repetition %1 of %2: hold</source>
        <translation>التكرار %1 من %2: اثبت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold</source>
        <translation>اثبت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Come back slowly</source>
        <translation>عُد ببطء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repetition %1 of %2</source>
        <translation>التكرار %1 من %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breath %1 of %2: in, and slowly out</source>
        <translation>النفَس %1 من %2: شهيق، ثم زفير ببطء</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change sides</source>
        <translation>بدّل الجانب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>side %1 of 2</source>
        <translation>الجانب %1 من 2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Complete. Press Done when you are ready.</source>
        <translation>اكتمل التمرين. اضغط «تم» متى شئت.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next stretch comes after %1 of sitting.</source>
        <translation>تأتي الإطالة التالية بعد %1 من الجلوس.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The next card comes after another %1 of sitting.</source>
        <translation>تأتي البطاقة التالية بعد %1 أخرى من الجلوس.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The card comes back a little later.</source>
        <translation>ستعود البطاقة بعد قليل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The card comes back in %1.</source>
        <translation>ستعود البطاقة بعد %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Paused until %1</source>
        <translation>إيقاف مؤقت حتى %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sitting (just started)</source>
        <translation>جلوس (بدأ للتو)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting for %1</source>
        <translation>جلوس منذ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On a break</source>
        <translation>في استراحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away</source>
        <translation>خارج المكتب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tracking</source>
        <translation>لا يوجد تتبّع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No stretches while paused</source>
        <translation>لا إطالة أثناء الإيقاف المؤقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stretch is waiting (full screen or do-not-disturb)</source>
        <translation>تمرين إطالة بانتظارك (ملء الشاشة أو عدم الإزعاج)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stretch planned right now</source>
        <translation>لا إطالة مخطط لها حاليًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stretch is due now</source>
        <translation>حان وقت الإطالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next stretch in %1</source>
        <translation>الإطالة التالية بعد %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Past %1 of sitting: time to move soon</source>
        <translation>تجاوز الجلوس %1: حان وقت الحركة قريبًا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Today: %1 sitting, %2 standing</source>
        <translation>اليوم: جلوس %1، وقوف %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n break(s)</source>
        <translation>
            <numerusform>%n استراحة</numerusform>
            <numerusform>استراحة واحدة</numerusform>
            <numerusform>استراحتان</numerusform>
            <numerusform>%n استراحات</numerusform>
            <numerusform>%n استراحة</numerusform>
            <numerusform>%n استراحة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 on your own</source>
        <translation>%1 طبيعية</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n snooze(s)</source>
        <translation>
            <numerusform>%n تأجيل</numerusform>
            <numerusform>تأجيل واحد</numerusform>
            <numerusform>تأجيلان</numerusform>
            <numerusform>%n تأجيلات</numerusform>
            <numerusform>%n تأجيلًا</numerusform>
            <numerusform>%n تأجيل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n break</source>
        <translation type="vanished">
            <numerusform>%n استراحة</numerusform>
            <numerusform>استراحة واحدة</numerusform>
            <numerusform>استراحتان</numerusform>
            <numerusform>%n استراحات</numerusform>
            <numerusform>%n استراحة</numerusform>
            <numerusform>%n استراحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation type="vanished">
            <numerusform>%n استراحة</numerusform>
            <numerusform>استراحة واحدة</numerusform>
            <numerusform>استراحتان</numerusform>
            <numerusform>%n استراحات</numerusform>
            <numerusform>%n استراحة</numerusform>
            <numerusform>%n استراحة</numerusform>
        </translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1 Done</source>
        <translation>%1 بـ«تم»</translation>
    </message>
    <message>
        <source>%1 natural</source>
        <translation type="vanished">%1 طبيعية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 without a prompt</source>
        <translation>%1 بلا تذكير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Breaks: %1</source>
        <translation>الاستراحات: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prompts: %1 of %2 ended by a break</source>
        <translation>التذكيرات: %1 من %2 انتهت باستراحة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 skipped</source>
        <translation>%1 متخطاة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ignored</source>
        <translation>%1 متجاهلة</translation>
    </message>
    <message numerus="yes">
        <source>%n snooze</source>
        <translation type="vanished">
            <numerusform>%n تأجيل</numerusform>
            <numerusform>تأجيل واحد</numerusform>
            <numerusform>تأجيلان</numerusform>
            <numerusform>%n تأجيلات</numerusform>
            <numerusform>%n تأجيلًا</numerusform>
            <numerusform>%n تأجيل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozes</source>
        <translation type="vanished">
            <numerusform>%n تأجيل</numerusform>
            <numerusform>تأجيل واحد</numerusform>
            <numerusform>تأجيلان</numerusform>
            <numerusform>%n تأجيلات</numerusform>
            <numerusform>%n تأجيلًا</numerusform>
            <numerusform>%n تأجيل</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Longest sit %1, %2 past the creep threshold</source>
        <translation>أطول فترة جلوس %1، والجلوس بعد عتبة الزحف %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CreepGuard cannot see the keyboard and mouse: use “I&apos;m away” when you leave</source>
        <translation>لا يرى CreepGuard لوحة المفاتيح والفأرة: اختر «أغادر المكتب» حين تغادر</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I&apos;m sitting</source>
        <translation>أجلس الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m standing</source>
        <translation>أقف الآن</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sitting, just started</source>
        <translation>جلوس، بدأ للتو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting %1</source>
        <translation>جلوس %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a stretch is waiting</source>
        <translation>إطالة بانتظارك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stretch now</source>
        <translation>حان وقت الإطالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stretch in %1</source>
        <translation>إطالة بعد %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2</source>
        <comment>a name and what it says, as in: CreepGuard: sitting 12 min</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Seated exercises only today</source>
        <translation>تمارين الجلوس فقط اليوم</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a full-screen window is active</source>
        <translation>نافذة بملء الشاشة نشطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>do-not-disturb is on</source>
        <translation>وضع عدم الإزعاج مفعّل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your desktop shows no tray area, so CreepGuard lives in this small window. On GNOME, the “AppIndicator and KStatusNotifierItem Support” extension adds one. When a tray appears, CreepGuard moves into it by itself.</source>
        <translation>لا يعرض سطح المكتب لديك علبة نظام، لذا يعمل CreepGuard في هذه النافذة الصغيرة. في GNOME، تضيف الإضافة «AppIndicator and KStatusNotifierItem Support» علبة نظام. وحين تظهر علبة، ينتقل CreepGuard إليها تلقائيًا.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CreepGuard notices how long you sit and, every so often, suggests a short stretch. After about 20 minutes of sitting your back starts to “creep”; changing posture about every 30 minutes helps it recover.</source>
        <translation>يلاحظ CreepGuard مدة جلوسك، ويقترح عليك من حين لآخر تمرين إطالة قصيرًا. بعد نحو 20 دقيقة من الجلوس يبدأ ظهرك في «الزحف»، وتغيير وضعيتك نحو كل 30 دقيقة يساعده على التعافي.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not medical advice. Stop any exercise that hurts, and skip the ones that do not suit you.</source>
        <translation>هذه ليست نصيحة طبية. أوقف أي تمرين يسبب لك ألمًا، وتخطَّ التمارين التي لا تناسبك.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../creepguard/ui/timeline.py" line="+86"/>
        <source>Sitting</source>
        <translation>جلوس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting past the creep threshold</source>
        <translation>جلوس بعد عتبة الزحف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing</source>
        <translation>وقوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a break</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away</source>
        <translation>خارج المكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not running</source>
        <translation>لم يكن CreepGuard يعمل</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h</source>
        <translation>%1 س</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Day timeline</source>
        <translation>المخطط الزمني لليوم</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No day chosen.</source>
        <translation>لم يُختر يوم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: nothing recorded.</source>
        <translation>%1: لا شيء مسجّل.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2 to %3: %4. Use Left and Right to go through the spans.</source>
        <translation>%1، من %2 إلى %3: %4. استخدم السهمين الأيمن والأيسر للتنقل بين الفترات.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>under a minute recorded</source>
        <translation>سُجّل أقل من دقيقة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2 to %3 (%4)</source>
        <translation>%1، من %2 إلى %3 (%4)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Nothing recorded on this day.</source>
        <translation>لم يُسجَّل شيء في هذا اليوم.</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../creepguard/ui/today_popup.py" line="+86"/>
        <source>CreepGuard today</source>
        <translation>CreepGuard اليوم</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take a break now</source>
        <translation>خذ استراحة الآن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause 30 min</source>
        <translation>إيقاف مؤقت 30 د</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../creepguard/ui/menu.py" line="+60"/>
        <source>CreepGuard</source>
        <translation>CreepGuard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Take a break now</source>
        <translation>خذ &amp;استراحة الآن</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>I&apos;m &amp;standing</source>
        <translation>أ&amp;قف الآن</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>I&apos;m &amp;away</source>
        <translation>أ&amp;غادر المكتب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I &amp;can&apos;t stand today</source>
        <translation>لا أستطيع ال&amp;وقوف اليوم</translation>
    </message>
    <message>
        <source>The last &amp;quiet spell</source>
        <translation type="vanished">آخر فترة &amp;هدوء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The &amp;last quiet spell</source>
        <translation>آخر فترة &amp;هدوء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I was &amp;away</source>
        <translation>احسبها &amp;غيابًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I was &amp;sitting</source>
        <translation>احسبها &amp;جلوسًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Pause</source>
        <translation>إيقاف &amp;مؤقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For &amp;30 minutes</source>
        <translation>لمدة &amp;30 دقيقة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For &amp;1 hour</source>
        <translation>لمدة &amp;ساعة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until &amp;tomorrow</source>
        <translation>حتى ال&amp;غد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until I &amp;resume</source>
        <translation>حتى أستأ&amp;نف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Resume</source>
        <translation>اس&amp;تئناف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ettings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;History…</source>
        <translation>ال&amp;سجل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>I&apos;m &amp;sitting</source>
        <translation>أ&amp;جلس الآن</translation>
    </message>
    <message>
        <location filename="../creepguard/ui/tray.py" line="+81"/>
        <source>CreepGuard menu</source>
        <translation>قائمة CreepGuard</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../creepguard/ui/welcome.py" line="+39"/>
        <source>Gentle: appears without taking the keyboard</source>
        <translation>لطيف: يظهر دون أن يأخذ لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focused: takes the keyboard</source>
        <translation>مركّز: يأخذ لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persistent: no Skip, comes back</source>
        <translation>مُلحّ: بلا «تخطٍّ»، ويعود</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+5"/>
        <source>Welcome to CreepGuard</source>
        <translation>مرحبًا بك في CreepGuard</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tracking starts when you press Start. You can change these and more at any time in Settings.</source>
        <translation>يبدأ التتبّع حين تضغط «ابدأ». يمكنك تغيير هذه الإعدادات وغيرها في أي وقت من الإعدادات.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now: quit without tracking</source>
        <translation>ليس الآن: الخروج دون تتبّع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with these settings</source>
        <translation>البدء بهذه الإعدادات</translation>
    </message>
</context>
</TS>
