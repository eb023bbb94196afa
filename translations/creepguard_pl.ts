<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
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
        <translation>CreepGuard nie widzi aktywności klawiatury i myszy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time counts as sitting while the screen is unlocked. Use I&apos;m standing, I&apos;m away and Take a break from the menu; `creepguard diagnose` says why.</source>
        <translation>Dopóki ekran jest odblokowany, czas liczy się jako siedzenie. Używaj w menu poleceń „Stoję”, „Odchodzę od biurka” i „Zrób teraz przerwę”; `creepguard diagnose` wyjaśnia dlaczego.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>CreepGuard cannot save your history</source>
        <translation>CreepGuard nie może zapisać historii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Tracking goes on and will be saved once the disk accepts it again.</source>
        <translation>%1. Pomiar trwa dalej i zostanie zapisany, gdy dysk znów przyjmie dane.</translation>
    </message>
    <message>
        <source>You have sat for %1 minutes</source>
        <translation type="vanished">Siedzisz już %1 min</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A short stretch or a change of posture soon lets your back recover.</source>
        <translation>Krótkie ćwiczenie lub zmiana pozycji w najbliższym czasie pozwoli plecom odpocząć.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stretch now</source>
        <translation>Ćwicz teraz</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Well done</source>
        <translation>Dobra robota</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../creepguard/ui/card.py" line="+255"/>
        <source>Progress of the hold</source>
        <translation>Postęp odliczania</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+78"/>
        <source>Start now</source>
        <translation>Zacznij teraz</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the hold</source>
        <translation>Zatrzymaj odliczanie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go on</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on with the hold</source>
        <translation>Kontynuuj odliczanie</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Start the hold now</source>
        <translation>Zacznij odliczanie teraz</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+715"/>
        <source>Well done</source>
        <translation>Dobra robota</translation>
    </message>
    <message>
        <location line="-713"/>
        <source>Again</source>
        <translation>Jeszcze raz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do it again</source>
        <translation>Powtórz ćwiczenie</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Exercise</source>
        <translation>Ćwiczenie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the card without answering</source>
        <translation>Zamknij kartę bez odpowiedzi</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Illustration</source>
        <translation>Ilustracja</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+3"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It did not hurt: keep suggesting this exercise</source>
        <translation>Nie bolało: proponuj dalej to ćwiczenie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No other exercise fits right now.</source>
        <translation>Teraz nie pasuje żadne inne ćwiczenie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This hurts</source>
        <translation>To boli</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop this exercise; it will not be suggested again</source>
        <translation>Przerwij to ćwiczenie; nie będzie już proponowane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze</source>
        <translation>Później</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me again in a few minutes (Esc)</source>
        <translation>Przypomnij za kilka minut (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another one</source>
        <translation>Inne ćwiczenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I did the exercise (Enter)</source>
        <translation>Ćwiczenie zrobione (Enter)</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Drawing of %1</source>
        <translation>Rysunek: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Step %1</source>
        <translation>Krok %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why: %1</source>
        <translation>Po co: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Careful: %1</source>
        <translation>Uwaga: %1</translation>
    </message>
    <message>
        <location line="+277"/>
        <source>Snoozed</source>
        <translation>Odłożone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped</source>
        <translation>Pominięte</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../creepguard/cli.py" line="+53"/>
        <source>(see %1 --help)</source>
        <comment>after a mistake on the command line</comment>
        <translation>(zobacz %1 --help)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a number from %2 to %3</source>
        <translation>%1 nie jest liczbą od %2 do %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a duration: use minutes (30), 90s, 45m, 1h, 1h30m or tomorrow</source>
        <comment>keep 90s, 45m, 1h, 1h30m and tomorrow: the command takes them as written</comment>
        <translation>%1 nie jest czasem trwania: podaj minuty (30), 90s, 45m, 1h, 1h30m lub tomorrow</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a pause must be longer than zero</source>
        <translation>czas wstrzymania musi być większy od zera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a pause cannot be longer than a year (%1 minutes); use `pause` without a duration</source>
        <translation>wstrzymanie nie może trwać dłużej niż rok (%1 minut); użyj `pause` bez czasu trwania</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>creepguard: note: %1</source>
        <comment>a problem with the shared folder, said before the command&apos;s answer; &apos;creepguard&apos; is the program&apos;s name</comment>
        <translation>creepguard: uwaga: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>CreepGuard is not running. Start it with: creepguard run</source>
        <translation>CreepGuard nie działa. Uruchom go poleceniem: creepguard run</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the command failed</source>
        <translation>polecenie się nie powiodło</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the week %1 ends after %2, the last day there is</source>
        <translation>tydzień %1 kończy się po %2, ostatnim możliwym dniu</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Week %1</source>
        <comment>a heading: the ISO week, as 2026-W48</comment>
        <translation>Tydzień %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day</source>
        <comment>a column</comment>
        <translation>dzień</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sitting</source>
        <comment>a column</comment>
        <translation>siedzenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standing</source>
        <comment>a column</comment>
        <translation>stanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>past creep</source>
        <comment>a column</comment>
        <translation>ponad próg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longest</source>
        <comment>a column</comment>
        <translation>najdłuższe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>breaks</source>
        <comment>a column</comment>
        <translation>przerwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <comment>a column</comment>
        <translation>gotowe</translation>
    </message>
    <message>
        <source>natural</source>
        <comment>a column</comment>
        <translation type="vanished">samodzielne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unprompted</source>
        <comment>a column</comment>
        <translation>bez przypomnienia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped</source>
        <comment>a column</comment>
        <translation>pominięte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored</source>
        <comment>a column</comment>
        <translation>zignorowane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>snoozed</source>
        <comment>a column</comment>
        <translation>odłożone</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Total %1 sitting, average %2 a day, longest sit %3, %4 past the creep threshold</source>
        <translation>Siedzenie łącznie: %1, średnio %2 dziennie, najdłuższy okres siedzenia: %3, ponad progiem pełzania: %4</translation>
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
            <numerusform>%n przerwa (Gotowe: %1, samodzielne: %2, bez przypomnienia: %3); przypomnienia zakończone przerwą: %4 z %5%6</numerusform>
            <numerusform>%n przerwy (Gotowe: %1, samodzielne: %2, bez przypomnienia: %3); przypomnienia zakończone przerwą: %4 z %5%6</numerusform>
            <numerusform>%n przerw (Gotowe: %1, samodzielne: %2, bez przypomnienia: %3); przypomnienia zakończone przerwą: %4 z %5%6</numerusform>
        </translation>
    </message>
    <message>
        <location line="-43"/>
        <source>on your own</source>
        <comment>a column</comment>
        <translation>samodzielne</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n break(s) (%1 Done, %2 on your own, %3 without a prompt); prompts ended by a break: %4 of %5%6</source>
        <comment>%6 is the share, as &apos; (75%)&apos;, or nothing</comment>
        <translation>
            <numerusform>%n przerwa (Gotowe: %1, samodzielne: %2, bez przypomnienia: %3); przypomnienia zakończone przerwą: %4 z %5%6</numerusform>
            <numerusform>%n przerwy (Gotowe: %1, samodzielne: %2, bez przypomnienia: %3); przypomnienia zakończone przerwą: %4 z %5%6</numerusform>
            <numerusform>%n przerw (Gotowe: %1, samodzielne: %2, bez przypomnienia: %3); przypomnienia zakończone przerwą: %4 z %5%6</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 %2 is not a date like 2026-11-23</source>
        <translation>%1 %2 nie jest datą w rodzaju 2026-11-23</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--until is before --since</source>
        <translation>--until wypada przed --since</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported %1, %2 and %3 to %4</source>
        <comment>counts of spans, prompts, breaks</comment>
        <translation>Wyeksportowano do %4: %1, %2 i %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n odcinek czasu</numerusform>
            <numerusform>%n odcinki czasu</numerusform>
            <numerusform>%n odcinków czasu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n przypomnienie</numerusform>
            <numerusform>%n przypomnienia</numerusform>
            <numerusform>%n przypomnień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n break(s)</source>
        <translation>
            <numerusform>%n przerwa</numerusform>
            <numerusform>%n przerwy</numerusform>
            <numerusform>%n przerw</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No shared folder is set: this computer counts alone. Choose one in Settings &gt; Devices (see README, Several computers).</source>
        <comment>Settings &gt; Devices: the Settings window&apos;s Devices tab; Several computers: a section of the README</comment>
        <translation>Nie ustawiono folderu współdzielonego: ten komputer liczy sam. Wybierz go w Ustawienia &gt; Urządzenia (zob. README, Several computers).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shared folder: %1</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>Folder współdzielony: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem: %1</source>
        <comment>one problem per line</comment>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its folder does not exist</source>
        <translation>jego folder nie istnieje</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Python %1 on %2</source>
        <translation>Python %1 na %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session type</source>
        <translation>Typ sesji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Qt %1, platform plugin: %2</source>
        <translation>Qt %1, wtyczka platformy: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System tray: available</source>
        <translation>Zasobnik systemowy: dostępny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System tray: not available (a window is used)</source>
        <translation>Zasobnik systemowy: niedostępny (używane jest okno)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt: cannot start (%1)</source>
        <translation>Qt: nie można uruchomić (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tracker: running (pid lock %1), state %2</source>
        <translation>Pomiar: działa (blokada PID %1), stan: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tracker: not running</source>
        <translation>Pomiar: nie działa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data folder: %1</source>
        <translation>Folder danych: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History file: %1</source>
        <translation>Plik historii: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings file: %1</source>
        <translation>Plik ustawień: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log folder: %1</source>
        <translation>Folder dziennika: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control socket: %1</source>
        <translation>Gniazdo sterujące: %1</translation>
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
        <translation>%1: nieznane (zmienna %2 nie jest ustawiona)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CreepGuard will start at login (%1).</source>
        <translation>CreepGuard będzie uruchamiany po zalogowaniu (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CreepGuard will not start at login.</source>
        <translation>CreepGuard nie będzie uruchamiany po zalogowaniu.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Measures how long you have sat without a break and prompts short posture breaks. Without a command, starts the tracker.</source>
        <translation>Mierzy, jak długo siedzisz bez przerwy, i przypomina o krótkich przerwach na zmianę pozycji. Bez polecenia uruchamia pomiar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>log debug details</source>
        <translation>zapisuj w dzienniku szczegóły diagnostyczne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start the tracker (the default; a second one asks the running one to show itself and exits 0)</source>
        <translation>uruchom pomiar (domyślnie; drugie wywołanie prosi działającą instancję, by się pokazała, i kończy się kodem 0)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>watch a scripted person&apos;s short day at 30x speed, on a temporary data folder (your history is untouched)</source>
        <translation>obejrzyj krótki, zaplanowany dzień przykładowej osoby w 30-krotnym przyspieszeniu, z tymczasowym folderem danych (twoja historia pozostaje nietknięta)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>run the whole app N times faster</source>
        <translation>uruchom całą aplikację N razy szybciej</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the current sit, from the tracker, or from the store when none runs</source>
        <translation>bieżący okres siedzenia, z pomiaru lub z zapisanych danych, gdy pomiar nie działa</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <location line="+44"/>
        <source>machine-readable JSON</source>
        <translation>JSON do odczytu maszynowego</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>one-line JSON for status bars</source>
        <translation>jednowierszowy JSON dla pasków stanu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tell the tracker you sit</source>
        <translation>zgłoś, że siedzisz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tell the tracker you stand</source>
        <translation>zgłoś, że stoisz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take a break now (shows a stretch card)</source>
        <translation>zrób teraz przerwę (pokazuje kartę z ćwiczeniem)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tell the tracker you are leaving the desk</source>
        <translation>zgłoś, że odchodzisz od biurka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end a pause</source>
        <translation>zakończ wstrzymanie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hold prompts (tracking goes on)</source>
        <translation>wstrzymaj przypomnienia (pomiar trwa dalej)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DURATION: a bare number is minutes; 90s, 45m, 1h, 1h30m; &apos;tomorrow&apos; is the next start of active hours; none pauses until `creepguard resume`.</source>
        <translation>DURATION: sama liczba to minuty; 90s, 45m, 1h, 1h30m; &apos;tomorrow&apos; to następny początek godzin aktywności; bez wartości wstrzymuje do `creepguard resume`.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a week of sitting per day, with totals</source>
        <translation>tydzień siedzenia dzień po dniu, z sumami</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO week, e.g. 2026-W48</source>
        <translation>tydzień ISO, np. 2026-W48</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>one computer&apos;s record alone (its name, or &apos;this&apos;); all computers by default</source>
        <translation>tylko zapis jednego komputera (jego nazwa albo &apos;this&apos;); domyślnie wszystkie komputery</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>every span, prompt and break (JSON: and each day&apos;s counts)</source>
        <translation>każdy odcinek czasu, przypomnienie i przerwa (JSON: także liczby z każdego dnia)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write here instead of standard output</source>
        <translation>zapisz tutaj zamiast na standardowe wyjście</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first day, YYYY-MM-DD</source>
        <translation>pierwszy dzień, RRRR-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day, YYYY-MM-DD</source>
        <translation>ostatni dzień, RRRR-MM-DD</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>version, platform, Qt, tray, activity backend with a live idle reading, paths</source>
        <translation>wersja, platforma, Qt, zasobnik, mechanizm wykrywania aktywności z bieżącym odczytem bezczynności, ścieżki</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the exercise library (id, title, position, enabled, illustration)</source>
        <translation>biblioteka ćwiczeń (id, tytuł, pozycja, włączone, ilustracja)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start at login: on, off, or show</source>
        <translation>uruchamianie po zalogowaniu: on, off lub pokaż</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>print a shell completion script: bash, zsh or fish</source>
        <translation>wypisz skrypt uzupełniania dla powłoki: bash, zsh lub fish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints a completion script for SHELL, made from this command line. bash: add `source &lt;(creepguard completion bash)` to ~/.bashrc. zsh: `creepguard completion zsh &gt; ~/.zfunc/_creepguard` with ~/.zfunc in $fpath. fish: `creepguard completion fish &gt; ~/.config/fish/completions/creepguard.fish`.</source>
        <translation>Wypisuje skrypt uzupełniania dla powłoki SHELL, utworzony na podstawie tego wiersza poleceń. bash: dodaj `source &lt;(creepguard completion bash)` do ~/.bashrc. zsh: `creepguard completion zsh &gt; ~/.zfunc/_creepguard`, z ~/.zfunc w $fpath. fish: `creepguard completion fish &gt; ~/.config/fish/completions/creepguard.fish`.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>commands and their options:</source>
        <translation>polecenia i ich opcje:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DURATION (pause): a bare number is minutes; 90s, 45m, 1h, 1h30m; &apos;tomorrow&apos; is the next start of active hours; none pauses until `creepguard resume`.</source>
        <translation>DURATION (pause): sama liczba to minuty; 90s, 45m, 1h, 1h30m; &apos;tomorrow&apos; to następny początek godzin aktywności; bez wartości wstrzymuje do `creepguard resume`.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit codes: 0 ok, 1 failure, 2 bad usage, 3 no tracker running.</source>
        <translation>Kody wyjścia: 0 sukces, 1 błąd, 2 złe użycie, 3 pomiar nie działa.</translation>
    </message>
    <message>
        <location filename="../creepguard/startup/runner.py" line="+278"/>
        <source>Demo at %1x speed: a scripted person lives a short day, about %2 real minutes. Its data lives in %3 (removed at the end), not in your history.</source>
        <translation>Demo w tempie %1x: zaprogramowana osoba przeżywa krótki dzień, około %2 minut rzeczywistych. Jej dane są w %3 (usuwane na końcu), nie w twojej historii.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try: %1</source>
        <comment>a command to type</comment>
        <translation>Wypróbuj: %1</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../creepguard/demo.py" line="+91"/>
        <source>Sitting and typing. The ring fills toward the next posture change.</source>
        <translation>Siedzenie i pisanie. Pierścień wypełnia się do następnej zmiany pozycji.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading: no keyboard or mouse for 3 minutes. That is still sitting.</source>
        <translation>Czytanie: 3 minuty bez klawiatury i myszy. To nadal siedzenie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Typing again. At 20 minutes of sitting the creep warning comes.</source>
        <translation>Znowu pisanie. Po 20 minutach siedzenia przychodzi ostrzeżenie o pełzaniu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The creep warning: after about 20 minutes a sitting back starts to tire.</source>
        <translation>Ostrzeżenie o pełzaniu: po około 20 minutach siedzenia plecy zaczynają się męczyć.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working on. At 30 minutes a stretch card asks for a posture change.</source>
        <translation>Dalsza praca. Po 30 minutach karta z ćwiczeniem prosi o zmianę pozycji.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stretch card. The person stops typing and follows it.</source>
        <translation>Karta z ćwiczeniem. Osoba przestaje pisać i postępuje według karty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 quiet minutes on the card: that is the break, and the sit ends.</source>
        <translation>2 spokojne minuty przy karcie: to jest przerwa, a okres siedzenia się kończy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back at the keyboard: the card closes by itself, the break counted.</source>
        <translation>Z powrotem przy klawiaturze: karta zamyka się sama, przerwa jest policzona.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A walk away from the desk: no keyboard, no mouse.</source>
        <translation>Spacer z dala od biurka: bez klawiatury, bez myszy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 minutes without input: away, counted from the last input.</source>
        <translation>5 minut bez aktywności: nieobecność, liczona od ostatniej aktywności.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back at the desk: a few seconds of typing and the person is back.</source>
        <translation>Z powrotem przy biurku: kilka sekund pisania i osoba znów jest obecna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I&apos;m standing (tray menu): standing at the desk, still typing.</source>
        <translation>„Stoję” (menu w zasobniku systemowym): na stojąco przy biurku, nadal pisząc.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m sitting again. That was the demo&apos;s short day.</source>
        <translation>Znowu „Siedzę”. To był krótki dzień z demo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo ends; its temporary history is removed.</source>
        <translation>Demo się kończy; jego tymczasowa historia zostaje usunięta.</translation>
    </message>
    <message>
        <location filename="../creepguard/ui/demo_caption.py" line="+30"/>
        <source>CreepGuard demo</source>
        <translation>Demo CreepGuard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CreepGuard demo caption</source>
        <translation>Podpis demo CreepGuard</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo, minute %1: %2</source>
        <comment>the demo&apos;s caption: %1 the minute of the demo&apos;s short day, %2 what happens</comment>
        <translation>Demo, minuta %1: %2</translation>
    </message>
</context>
<context>
    <name>Diagnose</name>
    <message>
        <location filename="../creepguard/sensing/diagnose.py" line="+62"/>
        <source>Activity sensing: %1</source>
        <translation>Wykrywanie aktywności: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in use</source>
        <comment>a backend</comment>
        <translation>używany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <comment>a backend</comment>
        <translation>pominięty</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Live reading: idle %1 s, %2, %3 (read in %4 ms)</source>
        <translation>Bieżący odczyt: bezczynność %1 s, %2, %3 (odczyt w %4 ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked</source>
        <translation>zablokowany</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unlocked</source>
        <translation>odblokowany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inhibited</source>
        <translation>blokada bezczynności</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not inhibited</source>
        <translation>bez blokady bezczynności</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1</source>
        <translation>Uwaga: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Activity sensing: could not be checked (%1)</source>
        <translation>Wykrywanie aktywności: nie można sprawdzić (%1)</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../creepguard/ui/history_window.py" line="+88"/>
        <source>No sitting recorded this week yet. Once CreepGuard has run for a while, each day&apos;s sitting appears here.</source>
        <translation>W tym tygodniu nie zapisano jeszcze siedzenia. Gdy CreepGuard popracuje przez jakiś czas, pojawi się tu siedzenie z każdego dnia.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sitting</source>
        <translation>Siedzenie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sitting past the creep threshold</source>
        <translation>Siedzenie ponad progiem pełzania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing</source>
        <translation>Stanie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Breaks</source>
        <translation>Przerwy</translation>
    </message>
    <message>
        <source>Every break: Done, natural and without a prompt</source>
        <translation type="vanished">Wszystkie przerwy: Gotowe, samodzielne i bez przypomnienia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts you answered with Done</source>
        <translation>Przypomnienia zakończone przyciskiem Gotowe</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation type="vanished">Samodzielne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You took the break yourself while a prompt was due</source>
        <translation>Przerwa zrobiona samodzielnie, gdy czekało przypomnienie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unprompted</source>
        <translation>Bez przypomnienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks you took with no prompt due</source>
        <translation>Przerwy zrobione, gdy nie czekało żadne przypomnienie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped</source>
        <translation>Pominięte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts you skipped</source>
        <translation>Pominięte przypomnienia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignored</source>
        <translation>Zignorowane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts that went away unanswered</source>
        <translation>Przypomnienia, które zniknęły bez odpowiedzi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snoozed</source>
        <translation>Odłożone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times a prompt was snoozed</source>
        <translation>Ile razy przypomnienie odłożono na później</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Week %1, %2</source>
        <translation>Tydzień %1, %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>no change</source>
        <translation>bez zmian</translation>
    </message>
    <message numerus="yes">
        <source>%n point</source>
        <translation type="vanished">
            <numerusform>%n punkt procentowy</numerusform>
            <numerusform>%n punkty procentowe</numerusform>
            <numerusform>%n punktów procentowych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation type="vanished">
            <numerusform>%n punkt procentowy</numerusform>
            <numerusform>%n punkty procentowe</numerusform>
            <numerusform>%n punktów procentowych</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1 – History</source>
        <translation>%1 – Historia</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Week shown</source>
        <translation>Wyświetlany tydzień</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Empty week</source>
        <translation>Pusty tydzień</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>◀ Previous</source>
        <translation>◀ Poprzedni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week before (Alt+Left)</source>
        <translation>Tydzień wcześniej (Alt+←)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous week</source>
        <translation>Poprzedni tydzień</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This &amp;week</source>
        <translation>Bieżący &amp;tydzień</translation>
    </message>
    <message>
        <source>Go to the current week (Alt+W)</source>
        <translation type="vanished">Przejdź do bieżącego tygodnia (Alt+T)</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Every break: Done, on your own and without a prompt</source>
        <translation>Wszystkie przerwy: Gotowe, samodzielne i bez przypomnienia</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On your own</source>
        <translation>Samodzielne</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punkt procentowy</numerusform>
            <numerusform>%n punkty procentowe</numerusform>
            <numerusform>%n punktów procentowych</numerusform>
        </translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Go to the current week (%1)</source>
        <translation>Przejdź do bieżącego tygodnia (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next ▶</source>
        <translation>Następny ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The week after (Alt+Right)</source>
        <translation>Tydzień później (Alt+→)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next week</source>
        <translation>Następny tydzień</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Go to:</source>
        <translation>&amp;Przejdź do:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to the week of this date</source>
        <translation>Przejdź do tygodnia z tą datą</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick any day to see its week</source>
        <translation>Wybierz dowolny dzień, aby zobaczyć jego tydzień</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksportuj CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save this week&apos;s days as a CSV file</source>
        <translation>Zapisz dni z tego tygodnia jako plik CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;mputer:</source>
        <translation>&amp;Komputer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose history to show</source>
        <translation>Czyją historię pokazać</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every computer sharing the folder together, or one alone</source>
        <translation>Wszystkie komputery współdzielące folder razem albo jeden osobno</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sitting this week</source>
        <translation>Siedzenie w tym tygodniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sitting recorded</source>
        <translation>Całe zapisane siedzenie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average a day</source>
        <translation>Średnio dziennie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting divided by the days CreepGuard ran</source>
        <translation>Siedzenie podzielone przez liczbę dni działania CreepGuard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Longest sit</source>
        <translation>Najdłuższe siedzenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest sit without a break</source>
        <translation>Najdłuższy okres siedzenia bez przerwy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past the creep threshold</source>
        <translation>Ponad progiem pełzania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting beyond the creep warning, added up over every sit</source>
        <translation>Siedzenie po ostrzeżeniu o pełzaniu, zsumowane ze wszystkich okresów siedzenia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompts ended by a break</source>
        <translation>Przypomnienia zakończone przerwą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts that ended with a break (Done or on your own), out of all</source>
        <translation>Część wszystkich przypomnień, które zakończyły się przerwą (przyciskiem Gotowe lub samodzielnie)</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>&lt;b&gt;Breaks&lt;/b&gt;: every break, the next three added up. &lt;b&gt;Done&lt;/b&gt;: you answered a prompt with Done. &lt;b&gt;On your own&lt;/b&gt;: you took the break yourself while a prompt was due. &lt;b&gt;Unprompted&lt;/b&gt;: you stood up or left for a break with no prompt due. &lt;b&gt;Skipped&lt;/b&gt;: you chose Skip. &lt;b&gt;Ignored&lt;/b&gt;: a prompt went away unanswered. &lt;b&gt;Snoozed&lt;/b&gt;: times a prompt was put off.</source>
        <translation>&lt;b&gt;Przerwy&lt;/b&gt;: wszystkie przerwy, czyli suma trzech kolejnych. &lt;b&gt;Gotowe&lt;/b&gt;: przypomnienie zakończone przyciskiem Gotowe. &lt;b&gt;Samodzielne&lt;/b&gt;: przerwa zrobiona samodzielnie, gdy czekało przypomnienie. &lt;b&gt;Bez przypomnienia&lt;/b&gt;: wstanie lub odejście na przerwę, gdy nie czekało żadne przypomnienie. &lt;b&gt;Pominięte&lt;/b&gt;: wybrano Pomiń. &lt;b&gt;Zignorowane&lt;/b&gt;: przypomnienie zniknęło bez odpowiedzi. &lt;b&gt;Odłożone&lt;/b&gt;: ile razy przypomnienie odłożono na później.</translation>
    </message>
    <message>
        <source>Prompt episodes that ended with a break (taken or natural), out of all</source>
        <translation type="vanished">Część wszystkich przypomnień, które zakończyły się przerwą (przyciskiem Gotowe lub samodzielnie)</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Sitting and standing per day, in hours</source>
        <translation>Siedzenie i stanie w poszczególnych dniach, w godzinach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a bar to see that day below</source>
        <translation>Kliknij słupek, aby zobaczyć ten dzień poniżej</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Breaks and prompts</source>
        <translation>Przerwy i przypomnienia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breaks and how prompts ended, per day</source>
        <translation>Przerwy i sposób zakończenia przypomnień w poszczególnych dniach</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>&lt;b&gt;Breaks&lt;/b&gt;: every break, the next three added up. &lt;b&gt;Done&lt;/b&gt;: you answered a prompt with Done. &lt;b&gt;Natural&lt;/b&gt;: you took the break yourself while a prompt was due. &lt;b&gt;Unprompted&lt;/b&gt;: you stood up or left for a break with no prompt due. &lt;b&gt;Skipped&lt;/b&gt;: you chose Skip. &lt;b&gt;Ignored&lt;/b&gt;: a prompt went away unanswered. &lt;b&gt;Snoozed&lt;/b&gt;: times a prompt was put off.</source>
        <translation type="vanished">&lt;b&gt;Przerwy&lt;/b&gt;: wszystkie przerwy, czyli suma trzech kolejnych. &lt;b&gt;Gotowe&lt;/b&gt;: przypomnienie zakończone przyciskiem Gotowe. &lt;b&gt;Samodzielne&lt;/b&gt;: przerwa zrobiona samodzielnie, gdy czekało przypomnienie. &lt;b&gt;Bez przypomnienia&lt;/b&gt;: wstanie lub odejście na przerwę, gdy nie czekało żadne przypomnienie. &lt;b&gt;Pominięte&lt;/b&gt;: wybrano Pomiń. &lt;b&gt;Zignorowane&lt;/b&gt;: przypomnienie zniknęło bez odpowiedzi. &lt;b&gt;Odłożone&lt;/b&gt;: ile razy przypomnienie odłożono na później.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Show %1</source>
        <translation>Pokaż: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing was recorded the week before to compare with.</source>
        <translation>W poprzednim tygodniu nic nie zapisano, więc nie ma z czym porównać.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arrows compare with the same days last week.</source>
        <translation>Strzałki porównują z tymi samymi dniami poprzedniego tygodnia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrows compare with the same days last week (Monday to %1).</source>
        <translation>Strzałki porównują z tymi samymi dniami poprzedniego tygodnia (od poniedziałku do: %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arrows compare with the week before.</source>
        <translation>Strzałki porównują z poprzednim tygodniem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No prompts</source>
        <translation>Brak przypomnień</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 z %2 (%3%)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 h</source>
        <comment>axis label: %1 hours</comment>
        <translation>%1 godz.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>All computers</source>
        <translation>Wszystkie komputery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (this computer)</source>
        <translation>%1 (ten komputer)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1
Sitting %2 (%3 past the threshold)
Standing %4</source>
        <translation>%1
Siedzenie: %2 (ponad progiem: %3)
Stanie: %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export the week as CSV</source>
        <translation>Eksportuj tydzień jako CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Pliki CSV (*.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export failed</source>
        <translation>Eksport nie powiódł się</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week could not be saved to %1:
%2</source>
        <translation>Nie można zapisać tygodnia w %1:
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
        <translation>Przypomnienie o przerwach w siedzeniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures continuous sitting and prompts short posture breaks</source>
        <translation>Mierzy nieprzerwane siedzenie i przypomina o krótkich przerwach na zmianę pozycji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sitting;posture;break;stretch;back;reminder;ergonomics;health;timer;</source>
        <comment>search words for menus: separated by &apos;;&apos;, ending with &apos;;&apos;, no spaces around them</comment>
        <translation>siedzenie;postawa;przerwa;rozciąganie;plecy;przypomnienie;ergonomia;zdrowie;minutnik;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take a Break Now</source>
        <comment>a menu action</comment>
        <translation>Zrób teraz przerwę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause Reminders for 30 Minutes</source>
        <comment>a menu action</comment>
        <translation>Wstrzymaj przypomnienia na 30 minut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume Reminders</source>
        <comment>a menu action</comment>
        <translation>Wznów przypomnienia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measure continuous sitting and take short posture breaks</source>
        <comment>a summary</comment>
        <translation>Mierz nieprzerwane siedzenie i rób krótkie przerwy na zmianę pozycji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CreepGuard sits in the system tray and measures how long you have sat without a break, from your real keyboard and mouse activity: a pause to read or think does not reset it, leaving the desk does.</source>
        <translation>CreepGuard działa w zasobniku systemowym i na podstawie rzeczywistej aktywności klawiatury i myszy mierzy, jak długo siedzisz bez przerwy: chwila na czytanie czy zastanowienie nie zeruje pomiaru, odejście od biurka tak.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After about 20 minutes of unbroken sitting the discs and ligaments of the lower back start to creep, slowly deforming under the steady load. CreepGuard warns you when that point comes and, about every 30 minutes, prompts a change of posture with a short illustrated stretch.</source>
        <translation>Po około 20 minutach nieprzerwanego siedzenia krążki międzykręgowe i więzadła dolnego odcinka pleców zaczynają „pełzać”, czyli powoli odkształcać się pod stałym obciążeniem. CreepGuard ostrzega, gdy nadchodzi ten moment, i mniej więcej co 30 minut przypomina o zmianie pozycji, proponując krótkie ćwiczenie z ilustracją.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tracks sitting from real activity and notices when you step away</source>
        <translation>Mierzy siedzenie na podstawie rzeczywistej aktywności i zauważa, gdy odchodzisz od biurka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sit/stand toggle for standing desks</source>
        <translation>Przełącznik siedzenie/stanie dla biurek do pracy na stojąco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A calm warning at the creep point and a posture prompt about every 30 minutes</source>
        <translation>Spokojne ostrzeżenie na progu pełzania i przypomnienie o zmianie pozycji mniej więcej co 30 minut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A library of short stretches, each with an illustration</source>
        <translation>Zbiór krótkich ćwiczeń, każde z ilustracją</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weekly history of sitting, standing and breaks, with CSV and JSON export</source>
        <translation>Tygodniowa historia siedzenia, stania i przerw z eksportem do CSV i JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A command line and a status-bar output for scripts and panels</source>
        <translation>Wiersz poleceń i dane dla pasków stanu, do skryptów i paneli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything stays on your computer: CreepGuard keeps its history in a local file and never uses the network.</source>
        <translation>Wszystko zostaje na twoim komputerze: CreepGuard przechowuje historię w lokalnym pliku i nigdy nie korzysta z sieci.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A posture prompt with a short illustrated stretch</source>
        <comment>a screenshot</comment>
        <translation>Przypomnienie o zmianie pozycji z krótkim ćwiczeniem z ilustracją</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A week of sitting, standing and breaks</source>
        <comment>a screenshot</comment>
        <translation>Tydzień siedzenia, stania i przerw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings: when to warn, when to prompt, when to stay quiet</source>
        <comment>a screenshot</comment>
        <translation>Ustawienia: kiedy ostrzegać, kiedy przypominać, a kiedy nie przeszkadzać</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../creepguard/ui/translation.py" line="+123"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../creepguard/settings.py" line="+48"/>
        <source>Timing</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behaviour</source>
        <translation>Zachowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not disturb</source>
        <translation>Nie przeszkadzać</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Creep warning after</source>
        <translation>Ostrzeżenie o pełzaniu po</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle warning once you have sat this long, about when a sitting back starts to tire.</source>
        <translation>Łagodne ostrzeżenie po tak długim siedzeniu, mniej więcej wtedy, gdy plecy zaczynają się męczyć.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change posture every</source>
        <translation>Zmiana pozycji co</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stretch card comes after this much sitting (or standing).</source>
        <translation>Karta z ćwiczeniem pojawia się po takim czasie siedzenia (lub stania).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A break resets the sit after</source>
        <translation>Przerwa kończy okres siedzenia po</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing or being away at least this long starts a new sit.</source>
        <translation>Stanie lub nieobecność co najmniej tak długo rozpoczyna nowy okres siedzenia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Away after no input for</source>
        <translation>Nieobecność po bezczynności trwającej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shorter pauses in typing count as sitting (reading is sitting).</source>
        <translation>Krótsze przerwy w pisaniu liczą się jako siedzenie (czytanie to też siedzenie).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze for</source>
        <translation>Odłóż na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long Snooze puts off a card.</source>
        <translation>Na jak długo przycisk Później odkłada kartę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozes in a row</source>
        <translation>Odłożenia z rzędu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After this many, the card cannot be snoozed again.</source>
        <translation>Po tylu odłożeniach karty nie da się już odłożyć.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder style</source>
        <translation>Styl przypomnień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gentle: the card appears without taking the keyboard. Focused: the card takes focus. Persistent: no Skip; the card returns until you take the break.</source>
        <translation>Łagodny: karta pojawia się bez przejmowania klawiatury. Wyraźny: karta przejmuje fokus. Stanowczy: bez przycisku Pomiń; karta wraca, dopóki nie zrobisz przerwy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active from</source>
        <translation>Przypomnienia od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prompts before this time.</source>
        <translation>Przed tą godziną brak przypomnień.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active until</source>
        <translation>Przypomnienia do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prompts after this time (same as &apos;from&apos; means all day).</source>
        <translation>Po tej godzinie brak przypomnień (ta sama godzina co „od” oznacza cały dzień).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active days</source>
        <translation>Aktywne dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days on which prompts come.</source>
        <translation>Dni, w które pojawiają się przypomnienia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posture drills a day</source>
        <translation>Ćwiczenia postawy dziennie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times a day the &apos;up and over&apos; posture drill is suggested, spread across active hours.</source>
        <translation>Ile razy dziennie proponowane jest ćwiczenie postawy „Żebra nad miednicą”, rozłożone na godziny aktywności.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a sound</source>
        <translation>Odtwarzaj dźwięk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A soft sound when a card appears.</source>
        <translation>Cichy dźwięk, gdy pojawia się karta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can&apos;t stand right now</source>
        <translation>Nie mogę teraz stać</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only seated exercises are suggested.</source>
        <translation>Proponowane są tylko ćwiczenia na siedząco.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing desk</source>
        <translation>Biurko do pracy na stojąco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts say &apos;switch to standing&apos; or &apos;back to sitting&apos; instead of &apos;take a break&apos;.</source>
        <translation>Przypomnienia mówią „czas wstać” lub „pora usiąść” zamiast „zrób przerwę”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login</source>
        <translation>Uruchamiaj po zalogowaniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start CreepGuard when you log in.</source>
        <translation>Uruchamiaj CreepGuard po zalogowaniu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the windows and the command line (restart CreepGuard to apply it).</source>
        <translation>Język okien i wiersza poleceń (zmiana działa po ponownym uruchomieniu CreepGuard).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait during full screen</source>
        <translation>Czekaj podczas pełnego ekranu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold cards while a full-screen window (a presentation, a video) is active.</source>
        <translation>Wstrzymuj karty, gdy aktywne jest okno pełnoekranowe (prezentacja, film).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Respect do-not-disturb</source>
        <translation>Respektuj tryb „Nie przeszkadzać”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold cards while the desktop&apos;s do-not-disturb is on.</source>
        <translation>Wstrzymuj karty, gdy w środowisku pulpitu włączony jest tryb „Nie przeszkadzać”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared folder</source>
        <translation>Folder współdzielony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder your computers share (Syncthing, Nextcloud, a network home): they then count one sit and one history. Empty: this computer counts alone.</source>
        <translation>Folder, który współdzielą twoje komputery (Syncthing, Nextcloud, katalog sieciowy): liczą wtedy jedno siedzenie i jedną historię. Pusty: ten komputer liczy sam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s name</source>
        <translation>Nazwa tego komputera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the other computers and the history call this one. Empty: its host name.</source>
        <translation>Tak nazywają go inne komputery i historia. Pusta: nazwa hosta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gentle</source>
        <translation>Łagodny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Focused</source>
        <translation>Wyraźny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persistent</source>
        <translation>Stanowczy</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a time like 07:30</source>
        <translation>%1 nie jest godziną w rodzaju 07:30</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected true or false, got %1</source>
        <translation>oczekiwano true lub false, otrzymano %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a whole number, got %1</source>
        <translation>oczekiwano liczby całkowitej, otrzymano %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is out of range (%2 to %3 %4)</source>
        <translation>%1 jest poza zakresem (od %2 do %3 %4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not one of %2</source>
        <translation>%1 nie jest żadną z wartości: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a time like 07:30, got %1</source>
        <translation>oczekiwano godziny w rodzaju 07:30, otrzymano %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a list of %1</source>
        <translation>oczekiwano listy z: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a language CreepGuard speaks (%2)</source>
        <translation>%1 nie jest językiem obsługiwanym przez CreepGuard (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected one line of text, got %1</source>
        <translation>oczekiwano jednej linii tekstu, otrzymano %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>longer than %1 characters</source>
        <translation>dłuższe niż %1 znaków</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a folder like /home/you/Sync, got %1</source>
        <translation>oczekiwano folderu, np. /home/ty/Sync, otrzymano %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a whole path: give one like /home/you/Sync</source>
        <translation>%1 nie jest pełną ścieżką: podaj np. /home/ty/Sync</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the creep warning must come before the posture change</source>
        <translation>ostrzeżenie o pełzaniu musi nastąpić przed zmianą pozycji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a break that resets the sit cannot be longer than the away threshold</source>
        <translation>przerwa kończąca okres siedzenia nie może być dłuższa niż próg nieobecności</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a break must be shorter than the posture-change interval</source>
        <translation>przerwa musi być krótsza niż odstęp między zmianami pozycji</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>%1 could not be read (%2); using the defaults and leaving the file as it is</source>
        <translation>nie można odczytać %1 (%2); używane są wartości domyślne, a plik pozostaje bez zmian</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: unknown setting %2 ignored</source>
        <translation>%1: pominięto nieznane ustawienie %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 for %3; using the default %4</source>
        <translation>%1: %2 dla %3; używana jest wartość domyślna %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 (%3); using the defaults for them</source>
        <translation>%1: %2 (%3); używane są dla nich wartości domyślne</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../creepguard/ui/setting_editors.py" line="+68"/>
        <source>Mon</source>
        <translation>pn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday</source>
        <translation>poniedziałek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tue</source>
        <translation>wt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>wtorek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wed</source>
        <translation>śr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>środa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thu</source>
        <translation>cz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>czwartek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fri</source>
        <translation>pt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>piątek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sat</source>
        <translation>sb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>sobota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sun</source>
        <translation>nd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>niedziela</translation>
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
        <translation>brak: ten komputer liczy sam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the %1</source>
        <translation>Wybierz: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The system&apos;s language</source>
        <translation>Język systemu</translation>
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
        <translation>Problem z ustawieniem: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Picture of %1</source>
        <translation>Obraz: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear “it hurts”</source>
        <translation>Usuń oznaczenie „boli”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear “it hurts” for %1</source>
        <translation>Usuń oznaczenie „boli”: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offer this exercise again</source>
        <translation>Znów proponuj to ćwiczenie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer</source>
        <translation>Proponuj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer %1</source>
        <translation>Proponuj: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include this exercise in the cards</source>
        <translation>Uwzględniaj to ćwiczenie na kartach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Favourite</source>
        <translation>Ulubione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a favourite</source>
        <translation>%1 – ulubione</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show this exercise more often</source>
        <translation>Pokazuj to ćwiczenie częściej</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You marked it “it hurts”: never offered</source>
        <translation>Oznaczone przez ciebie jako „boli”: nigdy nie jest proponowane</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 – Settings</source>
        <translation>%1 – Ustawienia</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+152"/>
        <source>Exercises</source>
        <translation>Ćwiczenia</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Data</source>
        <translation>Dane</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings problems</source>
        <translation>Problemy z ustawieniami</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Put every setting on the settings tabs back to its default (applied with OK or Apply); exercise choices and history are not touched</source>
        <translation>Przywróć wartości domyślne wszystkich ustawień na kartach ustawień (zastosowanie po OK lub Zastosuj); wybór ćwiczeń i historia pozostają bez zmian</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Computers:</source>
        <translation>Komputery:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose which exercises the cards suggest. Favourites come up more often; an exercise you marked “it hurts” is never offered until you clear it.</source>
        <translation>Wybierz, które ćwiczenia mają proponować karty. Ulubione pojawiają się częściej; ćwiczenie oznaczone jako „boli” nie jest proponowane, dopóki nie usuniesz oznaczenia.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Find an exercise</source>
        <translation>Znajdź ćwiczenie</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Clear the search</source>
        <translation>Wyczyść wyszukiwanie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No exercises were found.</source>
        <translation>Nie znaleziono ćwiczeń.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your sitting history stays on this computer, in this folder:</source>
        <translation>Historia siedzenia pozostaje na tym komputerze, w tym folderze:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open data folder</source>
        <translation>&amp;Otwórz folder danych</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport history…</source>
        <translation>&amp;Eksportuj historię…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save every recorded day to a file</source>
        <translation>Zapisz wszystkie zarejestrowane dni w pliku</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete all history…</source>
        <translation>&amp;Usuń całą historię…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove every recorded span and prompt (asks first)</source>
        <translation>Usuń wszystkie zapisane odcinki czasu i przypomnienia (z potwierdzeniem)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleting cannot be undone. Settings and exercise choices are kept.</source>
        <translation>Usunięcia nie można cofnąć. Ustawienia i wybór ćwiczeń zostają zachowane.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Data status</source>
        <translation>Stan danych</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No shared folder is set.</source>
        <translation>Nie ustawiono folderu współdzielonego.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Fix the values marked in red before saving (%1 tabs).</source>
        <translation>Przed zapisaniem popraw wartości zaznaczone na czerwono (karty: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the values marked in red before saving (%1 tab).</source>
        <translation>Przed zapisaniem popraw wartości zaznaczone na czerwono (karta: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the value marked in red before saving (%1 tab).</source>
        <translation>Przed zapisaniem popraw wartość zaznaczoną na czerwono (karta: %1).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Settings not saved</source>
        <translation>Nie zapisano ustawień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings could not be saved:
%1</source>
        <translation>Nie można zapisać ustawień:
%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No file manager could open %1.</source>
        <translation>Żaden menedżer plików nie mógł otworzyć %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export history</source>
        <translation>Eksportuj historię</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;JSON files (*.json);;All files (*)</source>
        <translation>Pliki CSV (*.csv);;Pliki JSON (*.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The history could not be exported: %1</source>
        <translation>Nie można wyeksportować historii: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History exported to %1.</source>
        <translation>Wyeksportowano historię do %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete all history?</source>
        <translation>Usunąć całą historię?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every recorded day, sit and prompt? This cannot be undone.

Your settings and exercise choices are kept.</source>
        <translation>Usunąć wszystkie zapisane dni, okresy siedzenia i przypomnienia? Tego nie można cofnąć.

Twoje ustawienia i wybór ćwiczeń zostaną zachowane.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was deleted.</source>
        <translation>Nic nie zostało usunięte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The history could not be deleted: %1</source>
        <translation>Nie można usunąć historii: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All history was deleted.</source>
        <translation>Cała historia została usunięta.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../creepguard/ui/shell.py" line="+61"/>
        <source>starting</source>
        <translation>uruchamianie</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Show stretch</source>
        <translation>Pokaż ćwiczenie</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../creepguard/ui/today_popup.py" line="+90"/>
        <source>Status icon</source>
        <translation>Ikona stanu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sitting toward the next posture change</source>
        <translation>Siedzenie do następnej zmiany pozycji</translation>
    </message>
</context>
<context>
    <name>StatusFormat</name>
    <message>
        <location filename="../creepguard/status_format.py" line="+27"/>
        <source>%1 h %2 min</source>
        <comment>hours and minutes, as in 1 h 05 min</comment>
        <translation>%1 godz. %2 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min</source>
        <comment>minutes, as in 45 min</comment>
        <translation>%1 min</translation>
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
        <translation>pn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <comment>Tuesday, abbreviated</comment>
        <translation>wt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <comment>Wednesday, abbreviated</comment>
        <translation>śr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <comment>Thursday, abbreviated</comment>
        <translation>cz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <comment>Friday, abbreviated</comment>
        <translation>pt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <comment>Saturday, abbreviated</comment>
        <translation>sb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <comment>Sunday, abbreviated</comment>
        <translation>nd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jan</source>
        <comment>January, abbreviated</comment>
        <translation>sty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feb</source>
        <comment>February, abbreviated</comment>
        <translation>lut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <comment>March, abbreviated</comment>
        <translation>mar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <comment>April, abbreviated</comment>
        <translation>kwi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <comment>May, abbreviated</comment>
        <translation>maj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jun</source>
        <comment>June, abbreviated</comment>
        <translation>cze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <comment>July, abbreviated</comment>
        <translation>lip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aug</source>
        <comment>August, abbreviated</comment>
        <translation>sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <comment>September, abbreviated</comment>
        <translation>wrz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oct</source>
        <comment>October, abbreviated</comment>
        <translation>paź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <comment>November, abbreviated</comment>
        <translation>lis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dec</source>
        <comment>December, abbreviated</comment>
        <translation>gru</translation>
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
        <translation>%1 (jutro)</translation>
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
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>za %n dzień</numerusform>
            <numerusform>za %n dni</numerusform>
            <numerusform>za %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in less than a minute</source>
        <translation>za niecałą minutę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1</source>
        <comment>how far off a moment is: in 1 h 30 min</comment>
        <translation>za %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2</source>
        <comment>a time (%1) and how far off it is (%2): 08:55, in 1 h 30 min</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Next prompt in %1</source>
        <translation>Następne przypomnienie za %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prompt is due now</source>
        <translation>Teraz czas na przypomnienie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prompts while paused</source>
        <translation>Brak przypomnień podczas wstrzymania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No prompt while you are away</source>
        <translation>Brak przypomnień podczas nieobecności</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prompt during a break</source>
        <translation>Brak przypomnień podczas przerwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prompt due</source>
        <translation>Brak zaplanowanych przypomnień</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <comment>between the items of a list, as in: 2 Done, 1 natural</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Today: %1 sitting, %n break(s)</source>
        <translation>
            <numerusform>Dziś: %1 siedzenia, %n przerwa</numerusform>
            <numerusform>Dziś: %1 siedzenia, %n przerwy</numerusform>
            <numerusform>Dziś: %1 siedzenia, %n przerw</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 Done</source>
        <comment>breaks: the count of Done presses</comment>
        <translation>Gotowe (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on your own</source>
        <comment>breaks taken on one&apos;s own</comment>
        <translation>samodzielne (%1)</translation>
    </message>
    <message>
        <source>%1 natural</source>
        <comment>breaks taken on one&apos;s own</comment>
        <translation type="vanished">samodzielne (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 without a prompt</source>
        <comment>breaks</comment>
        <translation>bez przypomnienia (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breaks: %1</source>
        <comment>a list of counts</comment>
        <translation>Przerwy: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompts: %1 of %2 ended by a break</source>
        <translation>Przypomnienia zakończone przerwą: %1 z %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 skipped</source>
        <comment>prompts</comment>
        <translation>pominięte (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ignored</source>
        <comment>prompts</comment>
        <translation>zignorowane (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n snooze(s)</source>
        <translation>
            <numerusform>odłożone (%n)</numerusform>
            <numerusform>odłożone (%n)</numerusform>
            <numerusform>odłożone (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Longest sit %1, %2 past the creep threshold</source>
        <translation>Najdłuższy okres siedzenia: %1, w tym ponad progiem pełzania: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CreepGuard is not running</source>
        <translation>CreepGuard nie działa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1m</source>
        <comment>the sit in minutes, in a status bar: short</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting for %1</source>
        <translation>Siedzisz już %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now: %1</source>
        <comment>the state: standing, away, on break</comment>
        <translation>Teraz: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go easy on lifting until %1</source>
        <translation>Do %1 ostrożnie z dźwiganiem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused until %1</source>
        <translation>Wstrzymano do %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused until you resume</source>
        <translation>Wstrzymano do wznowienia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sitting</source>
        <comment>a state</comment>
        <translation>siedzenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standing</source>
        <comment>a state</comment>
        <translation>stanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>away</source>
        <comment>a state</comment>
        <translation>nieobecność</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on break</source>
        <comment>a state</comment>
        <translation>przerwa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem: %1</source>
        <comment>one problem per line; status bars may look for it</comment>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CreepGuard is not running.</source>
        <translation>CreepGuard nie działa.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Noted: you are sitting. %1.</source>
        <translation>Zapisano: siedzisz. %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noted: you are standing. %1.</source>
        <translation>Zapisano: stoisz. %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noted: you are away until you are back (input, or creepguard sit).</source>
        <translation>Zapisano: nieobecność aż do powrotu (aktywność lub creepguard sit).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A stretch card is on screen.</source>
        <translation>Na ekranie jest karta z ćwiczeniem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A break was asked for: its card shows once nothing holds it (a full-screen window, do not disturb).</source>
        <translation>Poproszono o przerwę: jej karta pojawi się, gdy nic jej nie wstrzymuje (okno pełnoekranowe, tryb „Nie przeszkadzać”).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paused until %1. Tracking goes on; creepguard resume ends it.</source>
        <translation>Wstrzymano do %1. Pomiar trwa dalej; creepguard resume kończy wstrzymanie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paused until you resume (creepguard resume). Tracking goes on.</source>
        <translation>Wstrzymano do wznowienia (creepguard resume). Pomiar trwa dalej.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompts are back on. %1.</source>
        <translation>Przypomnienia znów są włączone. %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>Gotowe.</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../creepguard/ui/status_window.py" line="+68"/>
        <source>CreepGuard status</source>
        <translation>Stan CreepGuard</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the message</source>
        <translation>Otwórz wiadomość</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss the message</source>
        <translation>Odrzuć wiadomość</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Got it</source>
        <translation>Rozumiem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Got it, hide this note</source>
        <translation>Rozumiem, ukryj tę informację</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../creepguard/offline.py" line="+72"/>
        <source>The history file %1 cannot be used because %2. CreepGuard will keep it aside and start a new one when it starts.</source>
        <comment>%2 is a reason, as: it is damaged (...)</comment>
        <translation>Nie można użyć pliku historii %1, ponieważ %2. Przy uruchomieniu CreepGuard odłoży go na bok i założy nowy.</translation>
    </message>
    <message>
        <location filename="../creepguard/storage/database.py" line="+28"/>
        <source>it cannot be opened (%1)</source>
        <translation>nie można go otworzyć (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer</source>
        <translation>nie było odpowiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is damaged (%1)</source>
        <translation>jest uszkodzony (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a valid database (%1)</source>
        <translation>nie jest prawidłową bazą danych (%1)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The history file %1 could not be used because %2. It was kept as %3 and a new one was started.</source>
        <comment>%2 is a reason, as: it is damaged (...)</comment>
        <translation>Nie można było użyć pliku historii %1, ponieważ %2. Zachowano go jako %3 i założono nowy.</translation>
    </message>
    <message>
        <location filename="../creepguard/storage/store.py" line="+396"/>
        <source>The saved sit could not be read (%1); starting fresh.</source>
        <translation>Nie można odczytać zapisanego okresu siedzenia (%1); pomiar zaczyna się od nowa.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../creepguard/sync/folder.py" line="+74"/>
        <source>The shared folder %1 is not there (unplugged, or not mounted?). CreepGuard counts on this computer alone meanwhile, and writes there again once it is back.</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>Folderu współdzielonego %1 nie ma (odłączony albo niezamontowany?). Do tego czasu CreepGuard liczy tylko na tym komputerze i znów zacznie tam zapisywać, gdy folder wróci.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The shared folder %1 is a file, not a folder. Choose a folder in Settings &gt; Devices.</source>
        <comment>%1 is the path; Settings &gt; Devices: the Settings window&apos;s Devices tab</comment>
        <translation>Folder współdzielony %1 jest plikiem, a nie folderem. Wybierz folder w Ustawienia &gt; Urządzenia.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing is in the shared folder %1 yet: CreepGuard writes there once it runs with this folder set.</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>W folderze współdzielonym %1 nic jeszcze nie ma: CreepGuard zacznie tam zapisywać, gdy zostanie uruchomiony z tym folderem.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The shared folder %1 no longer holds CreepGuard&apos;s files (not mounted, or emptied). CreepGuard waits for it; to start afresh from this computer, turn the shared folder off and on again in Settings &gt; Devices.</source>
        <comment>%1 is the path; Settings &gt; Devices: the Settings window&apos;s Devices tab</comment>
        <translation>Folder współdzielony %1 nie zawiera już plików CreepGuard (niezamontowany albo opróżniony). CreepGuard na niego czeka; aby zacząć od nowa z tego komputera, wyłącz i ponownie włącz folder współdzielony w Ustawienia &gt; Urządzenia.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>permission denied</source>
        <comment>why a folder cannot be written in</comment>
        <translation>brak uprawnień</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CreepGuard cannot write in the shared folder %1 (%2). It counts on this computer alone meanwhile.</source>
        <comment>%1 is the folder&apos;s path, %2 the reason (from the system, as: disk full)</comment>
        <translation>CreepGuard nie może zapisywać w folderze współdzielonym %1 (%2). Do tego czasu liczy tylko na tym komputerze.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>computer %1</source>
        <comment>a computer whose name is not known: %1 is the start of its id</comment>
        <translation>komputer %1</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>%1&apos;s latest word (%2) was written by a newer CreepGuard (format %3); update CreepGuard on this computer to count it.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name; the latest word: what that computer last wrote about the person (at the keyboard or away, since when)</comment>
        <translation>%1: ostatni komunikat (%2) zapisała nowsza wersja CreepGuard (format %3); zaktualizuj CreepGuard na tym komputerze, aby go uwzględnić.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s name (%2) was written by a newer CreepGuard (format %3); update CreepGuard on this computer to count it.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name</comment>
        <translation>%1: nazwę (%2) zapisała nowsza wersja CreepGuard (format %3); zaktualizuj CreepGuard na tym komputerze, aby ją uwzględnić.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s day %2 (%3) was written by a newer CreepGuard (format %4); update CreepGuard on this computer to count it.</source>
        <comment>%1 is a computer&apos;s name, %2 a date (2026-12-03), %3 a file name</comment>
        <translation>%1: dzień %2 (%3) zapisała nowsza wersja CreepGuard (format %4); zaktualizuj CreepGuard na tym komputerze, aby go uwzględnić.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1&apos;s latest word (%2) could not be read: %3.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name, %3 why (as: it is not complete); the latest word: what that computer last wrote about the person</comment>
        <translation>%1: nie można odczytać ostatniego komunikatu (%2): %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s name (%2) could not be read: %3.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name, %3 why (as: it is not complete)</comment>
        <translation>%1: nie można odczytać nazwy (%2): %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s day %2 (%3) could not be read: %4.</source>
        <comment>%1 is a computer&apos;s name, %2 a date (2026-12-03), %3 a file name, %4 why (as: it is not complete)</comment>
        <translation>%1: nie można odczytać dnia %2 (%3): %4.</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/formats.py" line="+143"/>
        <source>it is not text</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>to nie jest tekst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is not complete (it may still be arriving)</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>plik jest niekompletny (może jeszcze dociera)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not a CreepGuard file</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>to nie jest plik CreepGuard</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has no format number</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>brak numeru formatu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its format number %1 is not one CreepGuard ever wrote</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>numeru formatu %1 CreepGuard nigdy nie używał</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is not a %1 file</source>
        <comment>%1 is the kind of file as the file names it: device, presence or day; ends &apos;... could not be read: &apos;</comment>
        <translation>to nie jest plik typu %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its %1 is missing or wrong</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;seen&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>brak pola %1 albo jest ono błędne</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>its %1 is not a time</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;seen&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>pole %1 nie jest czasem</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its %1 has no UTC offset</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;seen&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>pole %1 nie ma przesunięcia względem UTC</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its %1 is %2, unknown here</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;state&apos;), %2 its value (&apos;lying down&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>pole %1 ma wartość %2, tutaj nieznaną</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a span in it is not whole</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>jeden z odcinków czasu jest niekompletny</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a span&apos;s sit is not a number</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>okres siedzenia w odcinku czasu nie jest liczbą</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a span in it ends before it starts</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>jeden z odcinków czasu kończy się, zanim się zaczyna</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a computer without a name</source>
        <comment>the name of a computer whose name is empty</comment>
        <translation>komputer bez nazwy</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>its &apos;day&apos; is not a date</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>pole &apos;day&apos; nie jest datą</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a prompt in it is not whole</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>jedno z przypomnień jest niekompletne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a prompt&apos;s snoozes are not a number</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>liczba odłożeń przypomnienia nie jest liczbą</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/history.py" line="+51"/>
        <source>The shared folder did not answer within %1 s (a network folder gone away?); %2.</source>
        <comment>%1 is a number of seconds; %2 what is done instead, as: this computer&apos;s history is shown alone</comment>
        <translation>Folder współdzielony nie odpowiedział w ciągu %1 s (niedostępny folder sieciowy?); %2.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The shared folder holds a conflicting copy of %1&apos;s %2, made by the sync program; both copies were read and nothing is lost. You may delete the copy once every computer is in sync.</source>
        <comment>%1 is a computer&apos;s name, %2 the copy&apos;s file name in the folder; the sync program: Syncthing, Nextcloud, Dropbox...</comment>
        <translation>W folderze współdzielonym jest kopia konfliktowa pliku %2 (%1), utworzona przez program synchronizujący; obie kopie zostały odczytane i nic nie przepadło. Możesz usunąć kopię, gdy wszystkie komputery będą zsynchronizowane.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>this computer&apos;s history is shown alone</source>
        <comment>ends the sentence &apos;The shared folder did not answer within 5 s (a network folder gone away?); ...&apos;</comment>
        <translation>pokazywana jest tylko historia tego komputera</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/link.py" line="+335"/>
        <source>The shared folder %1 does not answer (a network folder gone away?). CreepGuard counts on this computer alone meanwhile.</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>Folder współdzielony %1 nie odpowiada (niedostępny folder sieciowy?). Do tego czasu CreepGuard liczy tylko na tym komputerze.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The clock on %1 is about %2 min ahead of this computer&apos;s: what it says is not used for the sit while that lasts. Let both computers set their clocks automatically.</source>
        <comment>%1 is a computer&apos;s name, %2 a number of minutes; the sit: the time the person has sat without a break</comment>
        <translation>Zegar na komputerze %1 spieszy się o około %2 min względem tego komputera: dopóki tak jest, jego dane nie są brane pod uwagę przy okresie siedzenia. Włącz na obu komputerach automatyczne ustawianie zegara.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>CreepGuard cannot use the shared folder %1 (%2). It counts on this computer alone meanwhile and writes there again once it can.</source>
        <comment>%1 is the folder&apos;s path, %2 the reason (from the system, as: disk full)</comment>
        <translation>CreepGuard nie może użyć folderu współdzielonego %1 (%2). Do tego czasu liczy tylko na tym komputerze i znów zacznie tam zapisywać, gdy będzie to możliwe.</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/setup.py" line="+53"/>
        <source>just now</source>
        <comment>when a computer last saw the person</comment>
        <translation>przed chwilą</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <comment>when a computer last saw the person</comment>
        <translation>
            <numerusform>%n min temu</numerusform>
            <numerusform>%n min temu</numerusform>
            <numerusform>%n min temu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h %2 min ago</source>
        <comment>when a computer last saw the person: %1 hours and %2 minutes ago</comment>
        <translation>%1 godz. %2 min temu</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n h ago</source>
        <comment>when a computer last saw the person: hours ago</comment>
        <translation>
            <numerusform>%n godz. temu</numerusform>
            <numerusform>%n godz. temu</numerusform>
            <numerusform>%n godz. temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <comment>when a computer last saw the person</comment>
        <translation>
            <numerusform>%n dzień temu</numerusform>
            <numerusform>%n dni temu</numerusform>
            <numerusform>%n dni temu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (this computer)</source>
        <comment>%1 is this computer&apos;s name</comment>
        <translation>%1 (ten komputer)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: has not said when it last saw you</source>
        <comment>%1 is another computer&apos;s name</comment>
        <translation>%1: nie podał, kiedy ostatnio cię widział</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: last saw you %2, ahead of this computer&apos;s clock</source>
        <comment>%1 is another computer&apos;s name, %2 a date and time (2026-12-03 09:40) later than this computer&apos;s clock says it is</comment>
        <translation>%1: ostatnio cię widział %2, później niż wskazuje zegar tego komputera</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: last saw you %2, %3</source>
        <comment>%1 is another computer&apos;s name, %2 a date and time (2026-12-03 09:40), %3 how long ago, as: 3 min ago</comment>
        <translation>%1: ostatnio cię widział %2, %3</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the other computers are not listed</source>
        <comment>ends the sentence &apos;The shared folder did not answer within 5 s (a network folder gone away?); ...&apos;</comment>
        <translation>inne komputery nie są wymienione</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cannot look for a computer called %1: %2</source>
        <comment>%1 is the name the person typed after --device, quoted; %2 why (a sentence about the shared folder)</comment>
        <translation>nie można szukać komputera o nazwie %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no single computer is called %1 in the shared folder (there are: %2; `creepguard devices` lists them)</source>
        <comment>%1 is the name the person typed after --device, quoted; %2 the computers&apos; names, separated by commas; `creepguard devices` is a command: keep it as it is</comment>
        <translation>w folderze współdzielonym nie ma dokładnie jednego komputera o nazwie %1 (są: %2; `creepguard devices` je wymienia)</translation>
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
        <translation>niecała minuta</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+26"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>, </source>
        <comment>between the items of a list, as in: 2 Done, 1 natural</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 h</source>
        <translation>%1 godz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 godz. %2 min</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
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
        <translation>dddd, d MMMM</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tomorrow %1</source>
        <translation>%1 (jutro)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Switch to standing</source>
        <translation>Czas wstać</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to stand up and move</source>
        <translation>Czas wstać i się poruszać</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to sitting for a while</source>
        <translation>Pora na chwilę usiąść</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have stood a while: sit or move</source>
        <translation>Stoisz już od jakiegoś czasu: usiądź lub się poruszaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short break</source>
        <translation>Krótka przerwa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You have sat for %1.</source>
        <translation>Siedzisz już %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You sat %1. Your back recovers until about %2: leave heavy lifting until then.</source>
        <translation>Czas siedzenia: %1. Plecy regenerują się mniej więcej do %2: do tego czasu nie dźwigaj ciężarów.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back recovering until %1: no heavy lifting</source>
        <translation>Plecy regenerują się do %1: bez dźwigania ciężarów</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hold %1 min</source>
        <translation>Wytrzymaj %1 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold %1 s</source>
        <translation>Wytrzymaj %1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n breath</source>
        <translation type="vanished">
            <numerusform>%n oddech</numerusform>
            <numerusform>%n oddechy</numerusform>
            <numerusform>%n oddechów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaths</source>
        <translation type="vanished">
            <numerusform>%n oddech</numerusform>
            <numerusform>%n oddechy</numerusform>
            <numerusform>%n oddechów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition</source>
        <translation type="vanished">
            <numerusform>%n powtórzenie</numerusform>
            <numerusform>%n powtórzenia</numerusform>
            <numerusform>%n powtórzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetitions</source>
        <translation type="vanished">
            <numerusform>%n powtórzenie</numerusform>
            <numerusform>%n powtórzenia</numerusform>
            <numerusform>%n powtórzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n oddech</numerusform>
            <numerusform>%n oddechy</numerusform>
            <numerusform>%n oddechów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n powtórzenie</numerusform>
            <numerusform>%n powtórzenia</numerusform>
            <numerusform>%n powtórzeń</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, each side</source>
        <translation>%1 na każdą stronę</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+123"/>
        <source>Standing</source>
        <translation>Na stojąco</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Seated</source>
        <translation>Na siedząco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the floor</source>
        <translation>Na podłodze</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop any exercise that hurts.</source>
        <translation>Przerwij każde ćwiczenie, które boli.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop: nothing on these cards should hurt. This exercise will not be suggested again. Try another one, or simply walk around for a minute.</source>
        <translation>Przerwij: nic na tych kartach nie powinno boleć. To ćwiczenie nie będzie już proponowane. Spróbuj innego albo po prostu pochodź przez minutę.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kept: this exercise can come again.</source>
        <translation>Zachowano: to ćwiczenie może się znów pojawić.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starts by itself in a moment.</source>
        <translation>Za chwilę zacznie się samo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Repetition %1 of %2: hold</source>
        <translation>Powtórzenie %1 z %2: wytrzymaj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold</source>
        <translation>Wytrzymaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Come back slowly</source>
        <translation>Powoli wróć</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repetition %1 of %2</source>
        <translation>Powtórzenie %1 z %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breath %1 of %2: in, and slowly out</source>
        <translation>Oddech %1 z %2: wdech i powolny wydech</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change sides</source>
        <translation>Zmień stronę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>side %1 of 2</source>
        <translation>strona %1 z 2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Complete. Press Done when you are ready.</source>
        <translation>Ukończone. Naciśnij Gotowe, gdy zechcesz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next stretch comes after %1 of sitting.</source>
        <translation>Następne ćwiczenie pojawi się po %1 siedzenia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The next card comes after another %1 of sitting.</source>
        <translation>Następna karta pojawi się po kolejnych %1 siedzenia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The card comes back a little later.</source>
        <translation>Karta wróci trochę później.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The card comes back in %1.</source>
        <translation>Karta wróci za %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Paused until %1</source>
        <translation>Wstrzymano do %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused</source>
        <translation>Wstrzymano</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sitting (just started)</source>
        <translation>Siedzenie (dopiero się zaczęło)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting for %1</source>
        <translation>Siedzisz już %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On a break</source>
        <translation>Przerwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away</source>
        <translation>Nieobecność</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tracking</source>
        <translation>Brak pomiaru</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No stretches while paused</source>
        <translation>Brak ćwiczeń podczas wstrzymania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stretch is waiting (full screen or do-not-disturb)</source>
        <translation>Ćwiczenie czeka (pełny ekran lub tryb „Nie przeszkadzać”)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stretch planned right now</source>
        <translation>Teraz nie zaplanowano ćwiczenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stretch is due now</source>
        <translation>Teraz czas na ćwiczenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next stretch in %1</source>
        <translation>Następne ćwiczenie za %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Past %1 of sitting: time to move soon</source>
        <translation>Ponad %1 siedzenia: wkrótce czas się poruszać</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Today: %1 sitting, %2 standing</source>
        <translation>Dziś: %1 siedzenia, %2 stania</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n break(s)</source>
        <translation>
            <numerusform>%n przerwa</numerusform>
            <numerusform>%n przerwy</numerusform>
            <numerusform>%n przerw</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 on your own</source>
        <translation>samodzielne (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n snooze(s)</source>
        <translation>
            <numerusform>odłożone (%n)</numerusform>
            <numerusform>odłożone (%n)</numerusform>
            <numerusform>odłożone (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n break</source>
        <translation type="vanished">
            <numerusform>%n przerwa</numerusform>
            <numerusform>%n przerwy</numerusform>
            <numerusform>%n przerw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation type="vanished">
            <numerusform>%n przerwa</numerusform>
            <numerusform>%n przerwy</numerusform>
            <numerusform>%n przerw</numerusform>
        </translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1 Done</source>
        <translation>Gotowe (%1)</translation>
    </message>
    <message>
        <source>%1 natural</source>
        <translation type="vanished">samodzielne (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 without a prompt</source>
        <translation>bez przypomnienia (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Breaks: %1</source>
        <translation>Przerwy: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prompts: %1 of %2 ended by a break</source>
        <translation>Przypomnienia zakończone przerwą: %1 z %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 skipped</source>
        <translation>pominięte (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ignored</source>
        <translation>zignorowane (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n snooze</source>
        <translation type="vanished">
            <numerusform>odłożone (%n)</numerusform>
            <numerusform>odłożone (%n)</numerusform>
            <numerusform>odłożone (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozes</source>
        <translation type="vanished">
            <numerusform>odłożone (%n)</numerusform>
            <numerusform>odłożone (%n)</numerusform>
            <numerusform>odłożone (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Longest sit %1, %2 past the creep threshold</source>
        <translation>Najdłuższy okres siedzenia: %1, w tym ponad progiem pełzania: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CreepGuard cannot see the keyboard and mouse: use “I&apos;m away” when you leave</source>
        <translation>CreepGuard nie widzi klawiatury i myszy: gdy odchodzisz, wybierz „Odchodzę od biurka”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I&apos;m sitting</source>
        <translation>Siedzę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m standing</source>
        <translation>Stoję</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sitting, just started</source>
        <translation>Siedzenie, dopiero się zaczęło</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting %1</source>
        <translation>Siedzenie: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a stretch is waiting</source>
        <translation>ćwiczenie czeka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stretch now</source>
        <translation>czas na ćwiczenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stretch in %1</source>
        <translation>ćwiczenie za %1</translation>
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
        <translation>Dziś tylko ćwiczenia na siedząco</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a full-screen window is active</source>
        <translation>aktywne jest okno pełnoekranowe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>do-not-disturb is on</source>
        <translation>włączony jest tryb „Nie przeszkadzać”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your desktop shows no tray area, so CreepGuard lives in this small window. On GNOME, the “AppIndicator and KStatusNotifierItem Support” extension adds one. When a tray appears, CreepGuard moves into it by itself.</source>
        <translation>Twój pulpit nie ma zasobnika systemowego, więc CreepGuard działa w tym małym oknie. W GNOME zasobnik dodaje rozszerzenie „AppIndicator and KStatusNotifierItem Support”. Gdy zasobnik się pojawi, CreepGuard sam się do niego przeniesie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CreepGuard notices how long you sit and, every so often, suggests a short stretch. After about 20 minutes of sitting your back starts to “creep”; changing posture about every 30 minutes helps it recover.</source>
        <translation>CreepGuard zauważa, jak długo siedzisz, i co jakiś czas proponuje krótkie ćwiczenie. Po około 20 minutach siedzenia w plecach zaczyna się „pełzanie”, czyli powolne odkształcanie; zmiana pozycji mniej więcej co 30 minut pomaga im się zregenerować.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not medical advice. Stop any exercise that hurts, and skip the ones that do not suit you.</source>
        <translation>To nie jest porada medyczna. Przerwij każde ćwiczenie, które boli, i pomijaj te, które ci nie odpowiadają.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../creepguard/ui/timeline.py" line="+86"/>
        <source>Sitting</source>
        <translation>Siedzenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting past the creep threshold</source>
        <translation>Siedzenie ponad progiem pełzania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing</source>
        <translation>Stanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a break</source>
        <translation>Przerwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away</source>
        <translation>Nieobecność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not running</source>
        <translation>Brak pomiaru</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 h %2 min</source>
        <translation>%1 godz. %2 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h</source>
        <translation>%1 godz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Day timeline</source>
        <translation>Oś czasu dnia</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No day chosen.</source>
        <translation>Nie wybrano dnia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: nothing recorded.</source>
        <translation>%1: nic nie zapisano.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2 to %3: %4. Use Left and Right to go through the spans.</source>
        <translation>%1, %2–%3: %4. Strzałkami w lewo i w prawo przechodzisz między odcinkami czasu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>under a minute recorded</source>
        <translation>zapisano niecałą minutę</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2 to %3 (%4)</source>
        <translation>%1, %2–%3 (%4)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Nothing recorded on this day.</source>
        <translation>Tego dnia nic nie zapisano.</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../creepguard/ui/today_popup.py" line="+86"/>
        <source>CreepGuard today</source>
        <translation>CreepGuard dziś</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take a break now</source>
        <translation>Zrób teraz przerwę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause 30 min</source>
        <translation>Wstrzymaj na 30 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Wznów</translation>
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
        <translation>Zrób teraz &amp;przerwę</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>I&apos;m &amp;standing</source>
        <translation>&amp;Stoję</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>I&apos;m &amp;away</source>
        <translation>&amp;Odchodzę od biurka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I &amp;can&apos;t stand today</source>
        <translation>Dziś &amp;nie mogę stać</translation>
    </message>
    <message>
        <source>The last &amp;quiet spell</source>
        <translation type="vanished">Ostatnia &amp;bezczynność</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The &amp;last quiet spell</source>
        <translation>Ostatnia &amp;bezczynność</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I was &amp;away</source>
        <translation>To była &amp;nieobecność</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I was &amp;sitting</source>
        <translation>To było &amp;siedzenie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Pause</source>
        <translation>&amp;Wstrzymaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For &amp;30 minutes</source>
        <translation>Na &amp;30 minut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For &amp;1 hour</source>
        <translation>Na &amp;1 godzinę</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until &amp;tomorrow</source>
        <translation>Do &amp;jutra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until I &amp;resume</source>
        <translation>Do &amp;wznowienia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Resume</source>
        <translation>&amp;Wznów</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;History…</source>
        <translation>&amp;Historia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>I&apos;m &amp;sitting</source>
        <translation>&amp;Siedzę</translation>
    </message>
    <message>
        <location filename="../creepguard/ui/tray.py" line="+81"/>
        <source>CreepGuard menu</source>
        <translation>Menu CreepGuard</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../creepguard/ui/welcome.py" line="+39"/>
        <source>Gentle: appears without taking the keyboard</source>
        <translation>Łagodny: pojawia się bez przejmowania klawiatury</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focused: takes the keyboard</source>
        <translation>Wyraźny: przejmuje klawiaturę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persistent: no Skip, comes back</source>
        <translation>Stanowczy: bez przycisku Pomiń, wraca</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+5"/>
        <source>Welcome to CreepGuard</source>
        <translation>Witaj w CreepGuard</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tracking starts when you press Start. You can change these and more at any time in Settings.</source>
        <translation>Pomiar zacznie się po naciśnięciu przycisku Rozpocznij. Te i inne ustawienia możesz w każdej chwili zmienić w Ustawieniach.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now: quit without tracking</source>
        <translation>Nie teraz: zakończ bez pomiaru</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Rozpocznij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with these settings</source>
        <translation>Rozpocznij z tymi ustawieniami</translation>
    </message>
</context>
</TS>
