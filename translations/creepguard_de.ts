<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
        <translation>CreepGuard kann keine Tastatur- und Mausaktivität erkennen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time counts as sitting while the screen is unlocked. Use I&apos;m standing, I&apos;m away and Take a break from the menu; `creepguard diagnose` says why.</source>
        <translation>Solange der Bildschirm entsperrt ist, zählt die Zeit als Sitzen. Nutzen Sie im Menü „Ich stehe“, „Ich bin abwesend“ und „Jetzt Pause machen“; `creepguard diagnose` nennt den Grund.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>CreepGuard cannot save your history</source>
        <translation>CreepGuard kann Ihren Verlauf nicht speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Tracking goes on and will be saved once the disk accepts it again.</source>
        <translation>%1. Die Erfassung läuft weiter und wird gespeichert, sobald der Datenträger wieder Daten annimmt.</translation>
    </message>
    <message>
        <source>You have sat for %1 minutes</source>
        <translation type="vanished">Sie sitzen seit %1 Minuten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A short stretch or a change of posture soon lets your back recover.</source>
        <translation>Eine kurze Übung oder ein Haltungswechsel in nächster Zeit hilft Ihrem Rücken, sich zu erholen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stretch now</source>
        <translation>Jetzt üben</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../creepguard/ui/card.py" line="+255"/>
        <source>Progress of the hold</source>
        <translation>Fortschritt der Haltephase</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+78"/>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the hold</source>
        <translation>Haltephase anhalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go on</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on with the hold</source>
        <translation>Haltephase fortsetzen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Start the hold now</source>
        <translation>Haltephase jetzt starten</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+715"/>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <location line="-713"/>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do it again</source>
        <translation>Übung wiederholen</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the card without answering</source>
        <translation>Karte ohne Antwort schließen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Illustration</source>
        <translation>Abbildung</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+3"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It did not hurt: keep suggesting this exercise</source>
        <translation>Es hat nicht wehgetan: Übung weiter vorschlagen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No other exercise fits right now.</source>
        <translation>Gerade passt keine andere Übung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This hurts</source>
        <translation>Das tut weh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop this exercise; it will not be suggested again</source>
        <translation>Übung abbrechen; sie wird nicht mehr vorgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me again in a few minutes (Esc)</source>
        <translation>In ein paar Minuten erneut erinnern (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another one</source>
        <translation>Andere Übung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I did the exercise (Enter)</source>
        <translation>Ich habe die Übung gemacht (Enter)</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Drawing of %1</source>
        <translation>Zeichnung: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why: %1</source>
        <translation>Wozu: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Careful: %1</source>
        <translation>Vorsicht: %1</translation>
    </message>
    <message>
        <location line="+277"/>
        <source>Snoozed</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../creepguard/cli.py" line="+53"/>
        <source>(see %1 --help)</source>
        <comment>after a mistake on the command line</comment>
        <translation>(siehe %1 --help)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a number from %2 to %3</source>
        <translation>%1 ist keine Zahl von %2 bis %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a duration: use minutes (30), 90s, 45m, 1h, 1h30m or tomorrow</source>
        <comment>keep 90s, 45m, 1h, 1h30m and tomorrow: the command takes them as written</comment>
        <translation>%1 ist keine Dauer: Verwenden Sie Minuten (30), 90s, 45m, 1h, 1h30m oder tomorrow</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a pause must be longer than zero</source>
        <translation>die Dauer muss größer als null sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a pause cannot be longer than a year (%1 minutes); use `pause` without a duration</source>
        <translation>höchstens ein Jahr (%1 Minuten) pausieren; für länger `pause` ohne Dauer verwenden</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>creepguard: note: %1</source>
        <comment>a problem with the shared folder, said before the command&apos;s answer; &apos;creepguard&apos; is the program&apos;s name</comment>
        <translation>creepguard: Hinweis: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>CreepGuard is not running. Start it with: creepguard run</source>
        <translation>CreepGuard läuft nicht. Starten mit: creepguard run</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the command failed</source>
        <translation>der Befehl ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the week %1 ends after %2, the last day there is</source>
        <translation>die Woche %1 endet nach %2, dem letzten möglichen Tag</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Week %1</source>
        <comment>a heading: the ISO week, as 2026-W48</comment>
        <translation>Woche %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day</source>
        <comment>a column</comment>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sitting</source>
        <comment>a column</comment>
        <translation>Sitzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standing</source>
        <comment>a column</comment>
        <translation>Stehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>past creep</source>
        <comment>a column</comment>
        <translation>Kriechzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longest</source>
        <comment>a column</comment>
        <translation>Längste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>breaks</source>
        <comment>a column</comment>
        <translation>Pausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <comment>a column</comment>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>natural</source>
        <comment>a column</comment>
        <translation type="vanished">Eigenständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unprompted</source>
        <comment>a column</comment>
        <translation>Ohne Erinnerung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped</source>
        <comment>a column</comment>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored</source>
        <comment>a column</comment>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>snoozed</source>
        <comment>a column</comment>
        <translation>Verschoben</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Total %1 sitting, average %2 a day, longest sit %3, %4 past the creep threshold</source>
        <translation>Insgesamt %1 Sitzen, im Schnitt %2 am Tag, längste Sitzphase %3, %4 über der Kriechschwelle</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (%1%)</source>
        <comment>a percentage after a count</comment>
        <translation> (%1 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n break(s) (%1 Done, %2 natural, %3 without a prompt); prompts ended by a break: %4 of %5%6</source>
        <comment>%6 is the share, as &apos; (75%)&apos;, or nothing</comment>
        <translation type="vanished">
            <numerusform>%n Pause (%1 Fertig, %2 eigenständig, %3 ohne Erinnerung); Erinnerungen mit Pause beendet: %4 von %5%6</numerusform>
            <numerusform>%n Pausen (%1 Fertig, %2 eigenständig, %3 ohne Erinnerung); Erinnerungen mit Pause beendet: %4 von %5%6</numerusform>
        </translation>
    </message>
    <message>
        <location line="-43"/>
        <source>on your own</source>
        <comment>a column</comment>
        <translation>Eigenständig</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n break(s) (%1 Done, %2 on your own, %3 without a prompt); prompts ended by a break: %4 of %5%6</source>
        <comment>%6 is the share, as &apos; (75%)&apos;, or nothing</comment>
        <translation>
            <numerusform>%n Pause (%1 Fertig, %2 eigenständig, %3 ohne Erinnerung); Erinnerungen mit Pause beendet: %4 von %5%6</numerusform>
            <numerusform>%n Pausen (%1 Fertig, %2 eigenständig, %3 ohne Erinnerung); Erinnerungen mit Pause beendet: %4 von %5%6</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 %2 is not a date like 2026-11-23</source>
        <translation>%1 %2 ist kein Datum wie 2026-11-23</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--until is before --since</source>
        <translation>--until liegt vor --since</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported %1, %2 and %3 to %4</source>
        <comment>counts of spans, prompts, breaks</comment>
        <translation>%1, %2 und %3 nach %4 exportiert</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n Zeitabschnitt</numerusform>
            <numerusform>%n Zeitabschnitte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n Erinnerung</numerusform>
            <numerusform>%n Erinnerungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n break(s)</source>
        <translation>
            <numerusform>%n Pause</numerusform>
            <numerusform>%n Pausen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No shared folder is set: this computer counts alone. Choose one in Settings &gt; Devices (see README, Several computers).</source>
        <comment>Settings &gt; Devices: the Settings window&apos;s Devices tab; Several computers: a section of the README</comment>
        <translation>Kein gemeinsamer Ordner festgelegt: Dieser Computer zählt allein. Wählen Sie einen unter Einstellungen &gt; Geräte (siehe README, Several computers).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shared folder: %1</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>Gemeinsamer Ordner: %1</translation>
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
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Python %1 on %2</source>
        <translation>Python %1 auf %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session type</source>
        <translation>Sitzungstyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Qt %1, platform plugin: %2</source>
        <translation>Qt %1, Plattform-Plugin: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System tray: available</source>
        <translation>Systemleiste: verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System tray: not available (a window is used)</source>
        <translation>Systemleiste: nicht verfügbar (ein Fenster wird verwendet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt: cannot start (%1)</source>
        <translation>Qt: Start nicht möglich (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tracker: running (pid lock %1), state %2</source>
        <translation>Erfassung: läuft (PID-Sperre %1), Zustand %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tracker: not running</source>
        <translation>Erfassung: läuft nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History file: %1</source>
        <translation>Verlaufsdatei: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings file: %1</source>
        <translation>Einstellungsdatei: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log folder: %1</source>
        <translation>Protokollordner: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control socket: %1</source>
        <translation>Steuer-Socket: %1</translation>
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
        <translation>%1: unbekannt (%2 ist nicht gesetzt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CreepGuard will start at login (%1).</source>
        <translation>CreepGuard startet bei der Anmeldung (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CreepGuard will not start at login.</source>
        <translation>CreepGuard startet nicht bei der Anmeldung.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Measures how long you have sat without a break and prompts short posture breaks. Without a command, starts the tracker.</source>
        <translation>Misst, wie lange Sie ohne Pause gesessen haben, und erinnert an kurze Haltungspausen. Ohne Befehl startet die Erfassung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>log debug details</source>
        <translation>Details zur Fehlersuche protokollieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start the tracker (the default; a second one asks the running one to show itself and exits 0)</source>
        <translation>die Erfassung starten (Standard; ein zweiter Aufruf bittet die laufende Instanz, sich zu zeigen, und endet mit 0)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>watch a scripted person&apos;s short day at 30x speed, on a temporary data folder (your history is untouched)</source>
        <translation>den kurzen, vorgespielten Tag einer Person in 30-facher Geschwindigkeit ansehen, mit einem temporären Datenordner (Ihr Verlauf bleibt unberührt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>run the whole app N times faster</source>
        <translation>die ganze App N-mal schneller laufen lassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the current sit, from the tracker, or from the store when none runs</source>
        <translation>die aktuelle Sitzphase, von der Erfassung oder aus dem Speicher, wenn keine läuft</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <location line="+44"/>
        <source>machine-readable JSON</source>
        <translation>maschinenlesbares JSON</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>one-line JSON for status bars</source>
        <translation>einzeiliges JSON für Statusleisten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tell the tracker you sit</source>
        <translation>melden, dass Sie sitzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tell the tracker you stand</source>
        <translation>melden, dass Sie stehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take a break now (shows a stretch card)</source>
        <translation>jetzt Pause machen (zeigt eine Übungskarte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tell the tracker you are leaving the desk</source>
        <translation>melden, dass Sie den Schreibtisch verlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end a pause</source>
        <translation>das Pausieren beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hold prompts (tracking goes on)</source>
        <translation>Erinnerungen pausieren (die Erfassung läuft weiter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DURATION: a bare number is minutes; 90s, 45m, 1h, 1h30m; &apos;tomorrow&apos; is the next start of active hours; none pauses until `creepguard resume`.</source>
        <translation>DURATION: eine bloße Zahl sind Minuten; 90s, 45m, 1h, 1h30m; &apos;tomorrow&apos; ist der nächste Beginn der aktiven Zeit; ohne Angabe bis `creepguard resume`.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a week of sitting per day, with totals</source>
        <translation>eine Woche Sitzen pro Tag, mit Summen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO week, e.g. 2026-W48</source>
        <translation>ISO-Woche, z. B. 2026-W48</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>one computer&apos;s record alone (its name, or &apos;this&apos;); all computers by default</source>
        <translation>nur die Aufzeichnung eines Computers (sein Name oder &apos;this&apos;); sonst alle Computer</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>every span, prompt and break (JSON: and each day&apos;s counts)</source>
        <translation>jeden Zeitabschnitt, jede Erinnerung und Pause (JSON: auch die Zahlen jedes Tages)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write here instead of standard output</source>
        <translation>hierhin statt in die Standardausgabe schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first day, YYYY-MM-DD</source>
        <translation>erster Tag, JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day, YYYY-MM-DD</source>
        <translation>letzter Tag, JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>version, platform, Qt, tray, activity backend with a live idle reading, paths</source>
        <translation>Version, Plattform, Qt, Systemleiste, Aktivitäts-Backend mit aktueller Leerlaufmessung, Pfade</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the exercise library (id, title, position, enabled, illustration)</source>
        <translation>die Übungsbibliothek (ID, Titel, Position, aktiviert, Abbildung)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start at login: on, off, or show</source>
        <translation>Start bei der Anmeldung: on, off oder anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>print a shell completion script: bash, zsh or fish</source>
        <translation>ein Skript zur Shell-Vervollständigung ausgeben: bash, zsh oder fish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints a completion script for SHELL, made from this command line. bash: add `source &lt;(creepguard completion bash)` to ~/.bashrc. zsh: `creepguard completion zsh &gt; ~/.zfunc/_creepguard` with ~/.zfunc in $fpath. fish: `creepguard completion fish &gt; ~/.config/fish/completions/creepguard.fish`.</source>
        <translation>Gibt ein Vervollständigungsskript für SHELL aus, erzeugt aus dieser Befehlszeile. bash: `source &lt;(creepguard completion bash)` in ~/.bashrc eintragen. zsh: `creepguard completion zsh &gt; ~/.zfunc/_creepguard`, mit ~/.zfunc in $fpath. fish: `creepguard completion fish &gt; ~/.config/fish/completions/creepguard.fish`.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>commands and their options:</source>
        <translation>Befehle und ihre Optionen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DURATION (pause): a bare number is minutes; 90s, 45m, 1h, 1h30m; &apos;tomorrow&apos; is the next start of active hours; none pauses until `creepguard resume`.</source>
        <translation>DURATION (pause): eine bloße Zahl sind Minuten; 90s, 45m, 1h, 1h30m; &apos;tomorrow&apos; ist der nächste Beginn der aktiven Zeit; ohne Angabe bis `creepguard resume`.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit codes: 0 ok, 1 failure, 2 bad usage, 3 no tracker running.</source>
        <translation>Rückgabewerte: 0 OK, 1 Fehler, 2 falscher Aufruf, 3 keine Erfassung aktiv.</translation>
    </message>
    <message>
        <location filename="../creepguard/startup/runner.py" line="+278"/>
        <source>Demo at %1x speed: a scripted person lives a short day, about %2 real minutes. Its data lives in %3 (removed at the end), not in your history.</source>
        <translation>Demo mit %1-facher Geschwindigkeit: Eine gespielte Person erlebt einen kurzen Tag, etwa %2 echte Minuten. Ihre Daten liegen in %3 (am Ende entfernt), nicht in Ihrem Verlauf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try: %1</source>
        <comment>a command to type</comment>
        <translation>Probieren Sie: %1</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../creepguard/demo.py" line="+91"/>
        <source>Sitting and typing. The ring fills toward the next posture change.</source>
        <translation>Sitzen und Tippen. Der Ring füllt sich bis zum nächsten Haltungswechsel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading: no keyboard or mouse for 3 minutes. That is still sitting.</source>
        <translation>Lesen: 3 Minuten ohne Tastatur und Maus. Das ist immer noch Sitzen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Typing again. At 20 minutes of sitting the creep warning comes.</source>
        <translation>Wieder Tippen. Nach 20 Minuten Sitzen kommt die Kriechwarnung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The creep warning: after about 20 minutes a sitting back starts to tire.</source>
        <translation>Die Kriechwarnung: Nach etwa 20 Minuten beginnt ein sitzender Rücken zu ermüden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working on. At 30 minutes a stretch card asks for a posture change.</source>
        <translation>Weiterarbeiten. Nach 30 Minuten bittet eine Übungskarte um einen Haltungswechsel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stretch card. The person stops typing and follows it.</source>
        <translation>Die Übungskarte. Die Person hört auf zu tippen und folgt ihr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 quiet minutes on the card: that is the break, and the sit ends.</source>
        <translation>2 ruhige Minuten bei der Karte: Das ist die Pause, und die Sitzphase endet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back at the keyboard: the card closes by itself, the break counted.</source>
        <translation>Zurück an der Tastatur: Die Karte schließt sich von selbst, die Pause zählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A walk away from the desk: no keyboard, no mouse.</source>
        <translation>Ein Gang weg vom Schreibtisch: keine Tastatur, keine Maus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 minutes without input: away, counted from the last input.</source>
        <translation>5 Minuten ohne Eingabe: abwesend, gezählt ab der letzten Eingabe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back at the desk: a few seconds of typing and the person is back.</source>
        <translation>Zurück am Schreibtisch: Ein paar Sekunden Tippen, und die Person ist wieder da.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I&apos;m standing (tray menu): standing at the desk, still typing.</source>
        <translation>„Ich stehe“ (Menü in der Systemleiste): Die Person steht am Schreibtisch und tippt weiter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m sitting again. That was the demo&apos;s short day.</source>
        <translation>Wieder „Ich sitze“. Das war der kurze Tag der Demo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo ends; its temporary history is removed.</source>
        <translation>Die Demo endet; ihr vorübergehender Verlauf wird gelöscht.</translation>
    </message>
    <message>
        <location filename="../creepguard/ui/demo_caption.py" line="+30"/>
        <source>CreepGuard demo</source>
        <translation>CreepGuard-Demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CreepGuard demo caption</source>
        <translation>Untertitel der CreepGuard-Demo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo, minute %1: %2</source>
        <comment>the demo&apos;s caption: %1 the minute of the demo&apos;s short day, %2 what happens</comment>
        <translation>Demo, Minute %1: %2</translation>
    </message>
</context>
<context>
    <name>Diagnose</name>
    <message>
        <location filename="../creepguard/sensing/diagnose.py" line="+62"/>
        <source>Activity sensing: %1</source>
        <translation>Aktivitätserkennung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in use</source>
        <comment>a backend</comment>
        <translation>genutzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <comment>a backend</comment>
        <translation>nicht genutzt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Live reading: idle %1 s, %2, %3 (read in %4 ms)</source>
        <translation>Aktuelle Messung: Leerlauf %1 s, %2, %3 (gelesen in %4 ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unlocked</source>
        <translation>entsperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inhibited</source>
        <translation>Leerlauf unterdrückt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not inhibited</source>
        <translation>Leerlauf nicht unterdrückt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Activity sensing: could not be checked (%1)</source>
        <translation>Aktivitätserkennung: konnte nicht geprüft werden (%1)</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../creepguard/ui/history_window.py" line="+88"/>
        <source>No sitting recorded this week yet. Once CreepGuard has run for a while, each day&apos;s sitting appears here.</source>
        <translation>Diese Woche wurde noch kein Sitzen erfasst. Sobald CreepGuard eine Weile gelaufen ist, erscheint hier das Sitzen jedes Tages.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sitting</source>
        <translation>Sitzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sitting past the creep threshold</source>
        <translation>Sitzen über der Kriechschwelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing</source>
        <translation>Stehen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>Every break: Done, natural and without a prompt</source>
        <translation type="vanished">Alle Pausen: Fertig, eigenständig und ohne Erinnerung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts you answered with Done</source>
        <translation>Erinnerungen, die Sie mit Fertig beantwortet haben</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation type="vanished">Eigenständig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You took the break yourself while a prompt was due</source>
        <translation>Sie haben die Pause selbst gemacht, während eine Erinnerung anstand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unprompted</source>
        <translation>Ohne Erinnerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks you took with no prompt due</source>
        <translation>Pausen, die Sie ohne anstehende Erinnerung gemacht haben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts you skipped</source>
        <translation>Erinnerungen, die Sie übersprungen haben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts that went away unanswered</source>
        <translation>Erinnerungen, die unbeantwortet verschwunden sind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snoozed</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times a prompt was snoozed</source>
        <translation>Wie oft eine Erinnerung verschoben wurde</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Week %1, %2</source>
        <translation>Woche %1, %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>no change</source>
        <translation>unverändert</translation>
    </message>
    <message numerus="yes">
        <source>%n point</source>
        <translation type="vanished">
            <numerusform>%n Prozentpunkt</numerusform>
            <numerusform>%n Prozentpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation type="vanished">
            <numerusform>%n Prozentpunkt</numerusform>
            <numerusform>%n Prozentpunkte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1 – History</source>
        <translation>%1 – Verlauf</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Week shown</source>
        <translation>Angezeigte Woche</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Empty week</source>
        <translation>Leere Woche</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week before (Alt+Left)</source>
        <translation>Die Woche davor (Alt+←)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This &amp;week</source>
        <translation>Diese &amp;Woche</translation>
    </message>
    <message>
        <source>Go to the current week (Alt+W)</source>
        <translation type="vanished">Zur aktuellen Woche (Alt+W)</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Every break: Done, on your own and without a prompt</source>
        <translation>Alle Pausen: Fertig, eigenständig und ohne Erinnerung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On your own</source>
        <translation>Eigenständig</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Prozentpunkt</numerusform>
            <numerusform>%n Prozentpunkte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Go to the current week (%1)</source>
        <translation>Zur aktuellen Woche (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The week after (Alt+Right)</source>
        <translation>Die Woche danach (Alt+→)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Go to:</source>
        <translation>&amp;Gehe zu:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to the week of this date</source>
        <translation>Zur Woche dieses Datums</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick any day to see its week</source>
        <translation>Wählen Sie einen Tag, um seine Woche zu sehen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save this week&apos;s days as a CSV file</source>
        <translation>Die Tage dieser Woche als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;mputer:</source>
        <translation>&amp;Computer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose history to show</source>
        <translation>Welchen Verlauf anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every computer sharing the folder together, or one alone</source>
        <translation>Alle Computer am gemeinsamen Ordner zusammen, oder einer allein</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sitting this week</source>
        <translation>Sitzen diese Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sitting recorded</source>
        <translation>Alles erfasste Sitzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average a day</source>
        <translation>Durchschnitt pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting divided by the days CreepGuard ran</source>
        <translation>Sitzen geteilt durch die Tage, an denen CreepGuard lief</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Longest sit</source>
        <translation>Längste Sitzphase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest sit without a break</source>
        <translation>Die längste Sitzphase ohne Pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past the creep threshold</source>
        <translation>Über der Kriechschwelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting beyond the creep warning, added up over every sit</source>
        <translation>Sitzen nach der Kriechwarnung, über alle Sitzphasen addiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompts ended by a break</source>
        <translation>Erinnerungen mit Pause beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts that ended with a break (Done or on your own), out of all</source>
        <translation>Anteil der Erinnerungen, die mit einer Pause endeten (mit Fertig oder eigenständig)</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>&lt;b&gt;Breaks&lt;/b&gt;: every break, the next three added up. &lt;b&gt;Done&lt;/b&gt;: you answered a prompt with Done. &lt;b&gt;On your own&lt;/b&gt;: you took the break yourself while a prompt was due. &lt;b&gt;Unprompted&lt;/b&gt;: you stood up or left for a break with no prompt due. &lt;b&gt;Skipped&lt;/b&gt;: you chose Skip. &lt;b&gt;Ignored&lt;/b&gt;: a prompt went away unanswered. &lt;b&gt;Snoozed&lt;/b&gt;: times a prompt was put off.</source>
        <translation>&lt;b&gt;Pausen&lt;/b&gt;: alle Pausen, die Summe der nächsten drei. &lt;b&gt;Fertig&lt;/b&gt;: Sie haben eine Erinnerung mit Fertig beantwortet. &lt;b&gt;Eigenständig&lt;/b&gt;: Sie haben die Pause selbst gemacht, während eine Erinnerung anstand. &lt;b&gt;Ohne Erinnerung&lt;/b&gt;: Sie sind ohne anstehende Erinnerung aufgestanden oder für eine Pause weggegangen. &lt;b&gt;Übersprungen&lt;/b&gt;: Sie haben Überspringen gewählt. &lt;b&gt;Ignoriert&lt;/b&gt;: eine Erinnerung verschwand unbeantwortet. &lt;b&gt;Verschoben&lt;/b&gt;: wie oft eine Erinnerung aufgeschoben wurde.</translation>
    </message>
    <message>
        <source>Prompt episodes that ended with a break (taken or natural), out of all</source>
        <translation type="vanished">Anteil der Erinnerungen, die mit einer Pause endeten (mit Fertig oder eigenständig)</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Sitting and standing per day, in hours</source>
        <translation>Sitzen und Stehen pro Tag, in Stunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a bar to see that day below</source>
        <translation>Klicken Sie auf einen Balken, um den Tag unten zu sehen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Breaks and prompts</source>
        <translation>Pausen und Erinnerungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breaks and how prompts ended, per day</source>
        <translation>Pausen und wie Erinnerungen endeten, pro Tag</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>&lt;b&gt;Breaks&lt;/b&gt;: every break, the next three added up. &lt;b&gt;Done&lt;/b&gt;: you answered a prompt with Done. &lt;b&gt;Natural&lt;/b&gt;: you took the break yourself while a prompt was due. &lt;b&gt;Unprompted&lt;/b&gt;: you stood up or left for a break with no prompt due. &lt;b&gt;Skipped&lt;/b&gt;: you chose Skip. &lt;b&gt;Ignored&lt;/b&gt;: a prompt went away unanswered. &lt;b&gt;Snoozed&lt;/b&gt;: times a prompt was put off.</source>
        <translation type="vanished">&lt;b&gt;Pausen&lt;/b&gt;: alle Pausen, die Summe der nächsten drei. &lt;b&gt;Fertig&lt;/b&gt;: Sie haben eine Erinnerung mit Fertig beantwortet. &lt;b&gt;Eigenständig&lt;/b&gt;: Sie haben die Pause selbst gemacht, während eine Erinnerung anstand. &lt;b&gt;Ohne Erinnerung&lt;/b&gt;: Sie sind ohne anstehende Erinnerung aufgestanden oder für eine Pause weggegangen. &lt;b&gt;Übersprungen&lt;/b&gt;: Sie haben Überspringen gewählt. &lt;b&gt;Ignoriert&lt;/b&gt;: eine Erinnerung verschwand unbeantwortet. &lt;b&gt;Verschoben&lt;/b&gt;: wie oft eine Erinnerung aufgeschoben wurde.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing was recorded the week before to compare with.</source>
        <translation>In der Woche davor wurde nichts erfasst, womit sich vergleichen ließe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arrows compare with the same days last week.</source>
        <translation>Die Pfeile vergleichen mit denselben Tagen der Vorwoche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrows compare with the same days last week (Monday to %1).</source>
        <translation>Die Pfeile vergleichen mit denselben Tagen der Vorwoche (Montag bis %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arrows compare with the week before.</source>
        <translation>Die Pfeile vergleichen mit der Vorwoche.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No prompts</source>
        <translation>Keine Erinnerungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 h</source>
        <comment>axis label: %1 hours</comment>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>All computers</source>
        <translation>Alle Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (this computer)</source>
        <translation>%1 (dieser Computer)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1
Sitting %2 (%3 past the threshold)
Standing %4</source>
        <translation>%1
Sitzen %2 (%3 über der Schwelle)
Stehen %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export the week as CSV</source>
        <translation>Woche als CSV exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week could not be saved to %1:
%2</source>
        <translation>Die Woche konnte nicht in %1 gespeichert werden:
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
        <translation>Erinnerung an Sitzpausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures continuous sitting and prompts short posture breaks</source>
        <translation>Misst ununterbrochenes Sitzen und erinnert an kurze Haltungspausen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sitting;posture;break;stretch;back;reminder;ergonomics;health;timer;</source>
        <comment>search words for menus: separated by &apos;;&apos;, ending with &apos;;&apos;, no spaces around them</comment>
        <translation>Sitzen;Haltung;Pause;Dehnen;Rücken;Erinnerung;Ergonomie;Gesundheit;Timer;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take a Break Now</source>
        <comment>a menu action</comment>
        <translation>Jetzt Pause machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause Reminders for 30 Minutes</source>
        <comment>a menu action</comment>
        <translation>Erinnerungen 30 Minuten pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume Reminders</source>
        <comment>a menu action</comment>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measure continuous sitting and take short posture breaks</source>
        <comment>a summary</comment>
        <translation>Ununterbrochenes Sitzen messen und kurze Haltungspausen machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CreepGuard sits in the system tray and measures how long you have sat without a break, from your real keyboard and mouse activity: a pause to read or think does not reset it, leaving the desk does.</source>
        <translation>CreepGuard sitzt in der Systemleiste und misst anhand Ihrer tatsächlichen Tastatur- und Mausaktivität, wie lange Sie ohne Pause gesessen haben: Eine Lese- oder Denkpause setzt die Zeit nicht zurück, das Verlassen des Schreibtischs schon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After about 20 minutes of unbroken sitting the discs and ligaments of the lower back start to creep, slowly deforming under the steady load. CreepGuard warns you when that point comes and, about every 30 minutes, prompts a change of posture with a short illustrated stretch.</source>
        <translation>Nach etwa 20 Minuten ununterbrochenen Sitzens beginnen Bandscheiben und Bänder der Lendenwirbelsäule zu kriechen: Sie verformen sich langsam unter der gleichbleibenden Last. CreepGuard weist Sie darauf hin, wenn dieser Punkt erreicht ist, und erinnert etwa alle 30 Minuten an einen Haltungswechsel mit einer kurzen, bebilderten Übung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tracks sitting from real activity and notices when you step away</source>
        <translation>Erfasst das Sitzen anhand echter Aktivität und bemerkt, wenn Sie weggehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sit/stand toggle for standing desks</source>
        <translation>Ein Sitzen/Stehen-Schalter für Stehschreibtische</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A calm warning at the creep point and a posture prompt about every 30 minutes</source>
        <translation>Ein ruhiger Hinweis an der Kriechschwelle und etwa alle 30 Minuten eine Erinnerung an einen Haltungswechsel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A library of short stretches, each with an illustration</source>
        <translation>Eine Sammlung kurzer Übungen, jede mit Abbildung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weekly history of sitting, standing and breaks, with CSV and JSON export</source>
        <translation>Ein Wochenverlauf von Sitzen, Stehen und Pausen, mit Export als CSV und JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A command line and a status-bar output for scripts and panels</source>
        <translation>Eine Befehlszeile und eine Statusleisten-Ausgabe für Skripte und Leisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything stays on your computer: CreepGuard keeps its history in a local file and never uses the network.</source>
        <translation>Alles bleibt auf Ihrem Computer: CreepGuard speichert den Verlauf in einer lokalen Datei und nutzt nie das Netzwerk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A posture prompt with a short illustrated stretch</source>
        <comment>a screenshot</comment>
        <translation>Eine Erinnerung an einen Haltungswechsel mit einer kurzen, bebilderten Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A week of sitting, standing and breaks</source>
        <comment>a screenshot</comment>
        <translation>Eine Woche Sitzen, Stehen und Pausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings: when to warn, when to prompt, when to stay quiet</source>
        <comment>a screenshot</comment>
        <translation>Einstellungen: wann gewarnt, wann erinnert und wann geschwiegen wird</translation>
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
        <translation>Zeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Creep warning after</source>
        <translation>Kriechwarnung nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle warning once you have sat this long, about when a sitting back starts to tire.</source>
        <translation>Ein sanfter Hinweis, wenn Sie so lange gesessen haben, etwa dann, wenn ein sitzender Rücken zu ermüden beginnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change posture every</source>
        <translation>Haltungswechsel alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stretch card comes after this much sitting (or standing).</source>
        <translation>Nach so viel Sitzen (oder Stehen) erscheint eine Übungskarte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A break resets the sit after</source>
        <translation>Eine Pause beendet die Sitzphase nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing or being away at least this long starts a new sit.</source>
        <translation>Stehen oder Abwesenheit von mindestens dieser Dauer beginnt eine neue Sitzphase.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Away after no input for</source>
        <translation>Abwesend ohne Eingabe nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shorter pauses in typing count as sitting (reading is sitting).</source>
        <translation>Kürzere Tipp-Pausen zählen als Sitzen (Lesen ist Sitzen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze for</source>
        <translation>Später erinnern nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long Snooze puts off a card.</source>
        <translation>Um wie viel „Später“ eine Karte verschiebt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozes in a row</source>
        <translation>„Später“ hintereinander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After this many, the card cannot be snoozed again.</source>
        <translation>Danach lässt sich die Karte nicht mehr verschieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder style</source>
        <translation>Art der Erinnerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gentle: the card appears without taking the keyboard. Focused: the card takes focus. Persistent: no Skip; the card returns until you take the break.</source>
        <translation>Sanft: Die Karte erscheint, ohne die Tastatur zu übernehmen. Fokussiert: Die Karte erhält den Fokus. Beharrlich: kein Überspringen; die Karte kommt wieder, bis Sie die Pause machen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active from</source>
        <translation>Aktiv ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prompts before this time.</source>
        <translation>Vor dieser Uhrzeit keine Erinnerungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active until</source>
        <translation>Aktiv bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prompts after this time (same as &apos;from&apos; means all day).</source>
        <translation>Nach dieser Uhrzeit keine Erinnerungen (gleich wie „ab“ bedeutet: den ganzen Tag).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active days</source>
        <translation>Aktive Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days on which prompts come.</source>
        <translation>Tage, an denen Erinnerungen kommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posture drills a day</source>
        <translation>Haltungsübungen pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times a day the &apos;up and over&apos; posture drill is suggested, spread across active hours.</source>
        <translation>Wie oft am Tag die Haltungsübung „Rippen übers Becken“ vorgeschlagen wird, verteilt über die aktive Zeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a sound</source>
        <translation>Ton abspielen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A soft sound when a card appears.</source>
        <translation>Ein leiser Ton, wenn eine Karte erscheint.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can&apos;t stand right now</source>
        <translation>Ich kann gerade nicht stehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only seated exercises are suggested.</source>
        <translation>Es werden nur Übungen im Sitzen vorgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing desk</source>
        <translation>Stehschreibtisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts say &apos;switch to standing&apos; or &apos;back to sitting&apos; instead of &apos;take a break&apos;.</source>
        <translation>Erinnerungen sagen „Zeit zum Stehen“ oder „Zurück zum Sitzen“ statt „Pause machen“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start CreepGuard when you log in.</source>
        <translation>CreepGuard starten, wenn Sie sich anmelden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the windows and the command line (restart CreepGuard to apply it).</source>
        <translation>Die Sprache der Fenster und der Befehlszeile (wirksam nach einem Neustart von CreepGuard).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait during full screen</source>
        <translation>Bei Vollbild warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold cards while a full-screen window (a presentation, a video) is active.</source>
        <translation>Karten zurückhalten, solange ein Vollbildfenster (eine Präsentation, ein Video) aktiv ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Respect do-not-disturb</source>
        <translation>„Nicht stören“ beachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold cards while the desktop&apos;s do-not-disturb is on.</source>
        <translation>Karten zurückhalten, solange „Nicht stören“ am Desktop eingeschaltet ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared folder</source>
        <translation>Gemeinsamer Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder your computers share (Syncthing, Nextcloud, a network home): they then count one sit and one history. Empty: this computer counts alone.</source>
        <translation>Ein Ordner, den Ihre Computer teilen (Syncthing, Nextcloud, ein Netzwerk-Home): Dann zählen sie eine gemeinsame Sitzzeit und einen Verlauf. Leer: Dieser Computer zählt allein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s name</source>
        <translation>Name dieses Computers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the other computers and the history call this one. Empty: its host name.</source>
        <translation>So nennen ihn die anderen Computer und der Verlauf. Leer: sein Hostname.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gentle</source>
        <translation>Sanft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Focused</source>
        <translation>Fokussiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persistent</source>
        <translation>Beharrlich</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a time like 07:30</source>
        <translation>%1 ist keine Uhrzeit wie 07:30</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected true or false, got %1</source>
        <translation>true oder false erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a whole number, got %1</source>
        <translation>ganze Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is out of range (%2 to %3 %4)</source>
        <translation>%1 liegt außerhalb des Bereichs (%2 bis %3 %4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not one of %2</source>
        <translation>%1 ist keiner der Werte %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a time like 07:30, got %1</source>
        <translation>Uhrzeit wie 07:30 erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a list of %1</source>
        <translation>Liste aus %1 erwartet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a language CreepGuard speaks (%2)</source>
        <translation>%1 ist keine Sprache, die CreepGuard spricht (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected one line of text, got %1</source>
        <translation>eine Zeile Text erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a folder like /home/you/Sync, got %1</source>
        <translation>einen Ordner wie /home/sie/Sync erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a whole path: give one like /home/you/Sync</source>
        <translation>%1 ist kein vollständiger Pfad: Geben Sie einen wie /home/sie/Sync an</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the creep warning must come before the posture change</source>
        <translation>die Kriechwarnung muss vor dem Haltungswechsel kommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a break that resets the sit cannot be longer than the away threshold</source>
        <translation>eine Pause, die die Sitzphase beendet, darf nicht länger sein als die Abwesenheitsgrenze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a break must be shorter than the posture-change interval</source>
        <translation>eine Pause muss kürzer sein als der Abstand der Haltungswechsel</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>%1 could not be read (%2); using the defaults and leaving the file as it is</source>
        <translation>%1 konnte nicht gelesen werden (%2); es gelten die Standardwerte, die Datei bleibt unverändert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: unknown setting %2 ignored</source>
        <translation>%1: unbekannte Einstellung %2 ignoriert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 for %3; using the default %4</source>
        <translation>%1: %2 bei %3; es gilt der Standardwert %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 (%3); using the defaults for them</source>
        <translation>%1: %2 (%3); es gelten dafür die Standardwerte</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../creepguard/ui/setting_editors.py" line="+68"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
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
        <translation>keiner: dieser Computer zählt allein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
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
        <translation>Problem bei %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Picture of %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear “it hurts”</source>
        <translation>„Tut weh“ aufheben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear “it hurts” for %1</source>
        <translation>„Tut weh“ aufheben: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offer this exercise again</source>
        <translation>Diese Übung wieder anbieten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer</source>
        <translation>Anbieten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer %1</source>
        <translation>%1 anbieten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include this exercise in the cards</source>
        <translation>Diese Übung auf den Karten zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a favourite</source>
        <translation>%1 ist ein Favorit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show this exercise more often</source>
        <translation>Diese Übung öfter zeigen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You marked it “it hurts”: never offered</source>
        <translation>Von Ihnen als „tut weh“ markiert: wird nie angeboten</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 – Settings</source>
        <translation>%1 – Einstellungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+152"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings problems</source>
        <translation>Probleme mit den Einstellungen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Put every setting on the settings tabs back to its default (applied with OK or Apply); exercise choices and history are not touched</source>
        <translation>Alle Einstellungen auf den Einstellungsreitern auf die Standardwerte zurücksetzen (wirksam mit OK oder Anwenden); Übungsauswahl und Verlauf bleiben unberührt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Computers:</source>
        <translation>Computer:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose which exercises the cards suggest. Favourites come up more often; an exercise you marked “it hurts” is never offered until you clear it.</source>
        <translation>Wählen Sie, welche Übungen die Karten vorschlagen. Favoriten kommen öfter; eine Übung, die Sie als „tut weh“ markiert haben, wird erst wieder angeboten, wenn Sie die Markierung aufheben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Find an exercise</source>
        <translation>Übung suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No exercises were found.</source>
        <translation>Keine Übungen gefunden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your sitting history stays on this computer, in this folder:</source>
        <translation>Ihr Sitzverlauf bleibt auf diesem Computer, in diesem Ordner:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport history…</source>
        <translation>Verlauf e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save every recorded day to a file</source>
        <translation>Alle erfassten Tage in einer Datei speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete all history…</source>
        <translation>Gesamten Verlauf &amp;löschen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove every recorded span and prompt (asks first)</source>
        <translation>Alle erfassten Zeitabschnitte und Erinnerungen entfernen (mit Rückfrage)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleting cannot be undone. Settings and exercise choices are kept.</source>
        <translation>Das Löschen kann nicht rückgängig gemacht werden. Einstellungen und Übungsauswahl bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Data status</source>
        <translation>Datenstatus</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No shared folder is set.</source>
        <translation>Kein gemeinsamer Ordner festgelegt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Fix the values marked in red before saving (%1 tabs).</source>
        <translation>Korrigieren Sie vor dem Speichern die rot markierten Werte (Reiter %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the values marked in red before saving (%1 tab).</source>
        <translation>Korrigieren Sie vor dem Speichern die rot markierten Werte (Reiter %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the value marked in red before saving (%1 tab).</source>
        <translation>Korrigieren Sie vor dem Speichern den rot markierten Wert (Reiter %1).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings could not be saved:
%1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden:
%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No file manager could open %1.</source>
        <translation>Kein Dateimanager konnte %1 öffnen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;JSON files (*.json);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The history could not be exported: %1</source>
        <translation>Der Verlauf konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History exported to %1.</source>
        <translation>Verlauf nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete all history?</source>
        <translation>Gesamten Verlauf löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every recorded day, sit and prompt? This cannot be undone.

Your settings and exercise choices are kept.</source>
        <translation>Alle erfassten Tage, Sitzphasen und Erinnerungen löschen? Das kann nicht rückgängig gemacht werden.

Ihre Einstellungen und Ihre Übungsauswahl bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The history could not be deleted: %1</source>
        <translation>Der Verlauf konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All history was deleted.</source>
        <translation>Der gesamte Verlauf wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../creepguard/ui/shell.py" line="+61"/>
        <source>starting</source>
        <translation>wird gestartet</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Show stretch</source>
        <translation>Übung zeigen</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../creepguard/ui/today_popup.py" line="+90"/>
        <source>Status icon</source>
        <translation>Statussymbol</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sitting toward the next posture change</source>
        <translation>Sitzen bis zum nächsten Haltungswechsel</translation>
    </message>
</context>
<context>
    <name>StatusFormat</name>
    <message>
        <location filename="../creepguard/status_format.py" line="+27"/>
        <source>%1 h %2 min</source>
        <comment>hours and minutes, as in 1 h 05 min</comment>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min</source>
        <comment>minutes, as in 45 min</comment>
        <translation>%1 Min.</translation>
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
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <comment>Tuesday, abbreviated</comment>
        <translation>Di</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <comment>Wednesday, abbreviated</comment>
        <translation>Mi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <comment>Thursday, abbreviated</comment>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <comment>Friday, abbreviated</comment>
        <translation>Fr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <comment>Saturday, abbreviated</comment>
        <translation>Sa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <comment>Sunday, abbreviated</comment>
        <translation>So</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jan</source>
        <comment>January, abbreviated</comment>
        <translation>Jan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feb</source>
        <comment>February, abbreviated</comment>
        <translation>Feb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <comment>March, abbreviated</comment>
        <translation>Mär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <comment>April, abbreviated</comment>
        <translation>Apr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <comment>May, abbreviated</comment>
        <translation>Mai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jun</source>
        <comment>June, abbreviated</comment>
        <translation>Jun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <comment>July, abbreviated</comment>
        <translation>Jul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aug</source>
        <comment>August, abbreviated</comment>
        <translation>Aug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <comment>September, abbreviated</comment>
        <translation>Sep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oct</source>
        <comment>October, abbreviated</comment>
        <translation>Okt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <comment>November, abbreviated</comment>
        <translation>Nov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dec</source>
        <comment>December, abbreviated</comment>
        <translation>Dez</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 %3</source>
        <comment>a day: weekday (%1), day of the month (%2), month (%3)</comment>
        <translation>%1 %2. %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>tomorrow %1</source>
        <comment>a time (%1) tomorrow</comment>
        <translation>morgen %1</translation>
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
        <translation>%1 %2. %3 %4</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in less than a minute</source>
        <translation>in weniger als einer Minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1</source>
        <comment>how far off a moment is: in 1 h 30 min</comment>
        <translation>in %1</translation>
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
        <translation>Nächste Erinnerung in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prompt is due now</source>
        <translation>Jetzt steht eine Erinnerung an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prompts while paused</source>
        <translation>Keine Erinnerungen, solange pausiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No prompt while you are away</source>
        <translation>Keine Erinnerung, solange Sie abwesend sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prompt during a break</source>
        <translation>Keine Erinnerung während einer Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prompt due</source>
        <translation>Keine Erinnerung geplant</translation>
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
            <numerusform>Heute: %1 Sitzen, %n Pause</numerusform>
            <numerusform>Heute: %1 Sitzen, %n Pausen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 Done</source>
        <comment>breaks: the count of Done presses</comment>
        <translation>%1 Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on your own</source>
        <comment>breaks taken on one&apos;s own</comment>
        <translation>%1 eigenständig</translation>
    </message>
    <message>
        <source>%1 natural</source>
        <comment>breaks taken on one&apos;s own</comment>
        <translation type="vanished">%1 eigenständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 without a prompt</source>
        <comment>breaks</comment>
        <translation>%1 ohne Erinnerung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breaks: %1</source>
        <comment>a list of counts</comment>
        <translation>Pausen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompts: %1 of %2 ended by a break</source>
        <translation>Erinnerungen: %1 von %2 mit Pause beendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 skipped</source>
        <comment>prompts</comment>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ignored</source>
        <comment>prompts</comment>
        <translation>%1 ignoriert</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n snooze(s)</source>
        <translation>
            <numerusform>%n-mal verschoben</numerusform>
            <numerusform>%n-mal verschoben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Longest sit %1, %2 past the creep threshold</source>
        <translation>Längste Sitzphase %1, davon %2 über der Kriechschwelle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CreepGuard is not running</source>
        <translation>CreepGuard läuft nicht</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1m</source>
        <comment>the sit in minutes, in a status bar: short</comment>
        <translation>%1 Min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting for %1</source>
        <translation>Sitzen seit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now: %1</source>
        <comment>the state: standing, away, on break</comment>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go easy on lifting until %1</source>
        <translation>Bis %1 schweres Heben vermeiden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused until %1</source>
        <translation>Pausiert bis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused until you resume</source>
        <translation>Pausiert, bis Sie fortsetzen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sitting</source>
        <comment>a state</comment>
        <translation>sitzend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standing</source>
        <comment>a state</comment>
        <translation>stehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>away</source>
        <comment>a state</comment>
        <translation>abwesend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on break</source>
        <comment>a state</comment>
        <translation>in der Pause</translation>
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
        <translation>CreepGuard läuft nicht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Noted: you are sitting. %1.</source>
        <translation>Vermerkt: Sie sitzen. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noted: you are standing. %1.</source>
        <translation>Vermerkt: Sie stehen. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noted: you are away until you are back (input, or creepguard sit).</source>
        <translation>Vermerkt: Sie sind abwesend, bis Sie zurück sind (Eingabe oder creepguard sit).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A stretch card is on screen.</source>
        <translation>Eine Übungskarte ist auf dem Bildschirm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A break was asked for: its card shows once nothing holds it (a full-screen window, do not disturb).</source>
        <translation>Eine Pause wurde angefordert: Ihre Karte erscheint, sobald nichts sie zurückhält (ein Vollbildfenster, „Nicht stören“).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paused until %1. Tracking goes on; creepguard resume ends it.</source>
        <translation>Pausiert bis %1. Die Erfassung läuft weiter; creepguard resume beendet das Pausieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paused until you resume (creepguard resume). Tracking goes on.</source>
        <translation>Pausiert, bis Sie fortsetzen (creepguard resume). Die Erfassung läuft weiter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompts are back on. %1.</source>
        <translation>Erinnerungen sind wieder an. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../creepguard/ui/status_window.py" line="+68"/>
        <source>CreepGuard status</source>
        <translation>CreepGuard-Status</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the message</source>
        <translation>Die Nachricht öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss the message</source>
        <translation>Die Nachricht verwerfen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Got it, hide this note</source>
        <translation>Verstanden, Hinweis ausblenden</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../creepguard/offline.py" line="+72"/>
        <source>The history file %1 cannot be used because %2. CreepGuard will keep it aside and start a new one when it starts.</source>
        <comment>%2 is a reason, as: it is damaged (...)</comment>
        <translation>Die Verlaufsdatei %1 kann nicht verwendet werden, weil %2. CreepGuard legt sie beim Start beiseite und beginnt eine neue.</translation>
    </message>
    <message>
        <location filename="../creepguard/storage/database.py" line="+28"/>
        <source>it cannot be opened (%1)</source>
        <translation>sie sich nicht öffnen lässt (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer</source>
        <translation>keine Antwort kam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is damaged (%1)</source>
        <translation>sie beschädigt ist (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a valid database (%1)</source>
        <translation>sie keine gültige Datenbank ist (%1)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The history file %1 could not be used because %2. It was kept as %3 and a new one was started.</source>
        <comment>%2 is a reason, as: it is damaged (...)</comment>
        <translation>Die Verlaufsdatei %1 konnte nicht verwendet werden, weil %2. Sie wurde als %3 aufbewahrt und eine neue wurde begonnen.</translation>
    </message>
    <message>
        <location filename="../creepguard/storage/store.py" line="+396"/>
        <source>The saved sit could not be read (%1); starting fresh.</source>
        <translation>Die gespeicherte Sitzphase konnte nicht gelesen werden (%1); es wird neu begonnen.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../creepguard/sync/folder.py" line="+74"/>
        <source>The shared folder %1 is not there (unplugged, or not mounted?). CreepGuard counts on this computer alone meanwhile, and writes there again once it is back.</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>Der gemeinsame Ordner %1 ist nicht da (abgesteckt oder nicht eingehängt?). CreepGuard zählt so lange nur auf diesem Computer und schreibt wieder dorthin, sobald er zurück ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The shared folder %1 is a file, not a folder. Choose a folder in Settings &gt; Devices.</source>
        <comment>%1 is the path; Settings &gt; Devices: the Settings window&apos;s Devices tab</comment>
        <translation>Der gemeinsame Ordner %1 ist eine Datei, kein Ordner. Wählen Sie einen Ordner unter Einstellungen &gt; Geräte.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing is in the shared folder %1 yet: CreepGuard writes there once it runs with this folder set.</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>Im gemeinsamen Ordner %1 ist noch nichts: CreepGuard schreibt dorthin, sobald es mit diesem Ordner läuft.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The shared folder %1 no longer holds CreepGuard&apos;s files (not mounted, or emptied). CreepGuard waits for it; to start afresh from this computer, turn the shared folder off and on again in Settings &gt; Devices.</source>
        <comment>%1 is the path; Settings &gt; Devices: the Settings window&apos;s Devices tab</comment>
        <translation>Der gemeinsame Ordner %1 enthält die Dateien von CreepGuard nicht mehr (nicht eingehängt oder geleert). CreepGuard wartet auf ihn; um von diesem Computer aus neu zu beginnen, schalten Sie den gemeinsamen Ordner unter Einstellungen &gt; Geräte aus und wieder ein.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>permission denied</source>
        <comment>why a folder cannot be written in</comment>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CreepGuard cannot write in the shared folder %1 (%2). It counts on this computer alone meanwhile.</source>
        <comment>%1 is the folder&apos;s path, %2 the reason (from the system, as: disk full)</comment>
        <translation>CreepGuard kann nicht in den gemeinsamen Ordner %1 schreiben (%2). So lange zählt es nur auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>computer %1</source>
        <comment>a computer whose name is not known: %1 is the start of its id</comment>
        <translation>Computer %1</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>%1&apos;s latest word (%2) was written by a newer CreepGuard (format %3); update CreepGuard on this computer to count it.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name; the latest word: what that computer last wrote about the person (at the keyboard or away, since when)</comment>
        <translation>Die letzte Meldung von %1 (%2) stammt von einem neueren CreepGuard (Format %3); aktualisieren Sie CreepGuard auf diesem Computer, damit sie zählt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s name (%2) was written by a newer CreepGuard (format %3); update CreepGuard on this computer to count it.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name</comment>
        <translation>Der Name von %1 (%2) stammt von einem neueren CreepGuard (Format %3); aktualisieren Sie CreepGuard auf diesem Computer, damit er zählt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s day %2 (%3) was written by a newer CreepGuard (format %4); update CreepGuard on this computer to count it.</source>
        <comment>%1 is a computer&apos;s name, %2 a date (2026-12-03), %3 a file name</comment>
        <translation>Der Tag %2 von %1 (%3) stammt von einem neueren CreepGuard (Format %4); aktualisieren Sie CreepGuard auf diesem Computer, damit er zählt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1&apos;s latest word (%2) could not be read: %3.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name, %3 why (as: it is not complete); the latest word: what that computer last wrote about the person</comment>
        <translation>Die letzte Meldung von %1 (%2) konnte nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s name (%2) could not be read: %3.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name, %3 why (as: it is not complete)</comment>
        <translation>Der Name von %1 (%2) konnte nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s day %2 (%3) could not be read: %4.</source>
        <comment>%1 is a computer&apos;s name, %2 a date (2026-12-03), %3 a file name, %4 why (as: it is not complete)</comment>
        <translation>Der Tag %2 von %1 (%3) konnte nicht gelesen werden: %4.</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/formats.py" line="+143"/>
        <source>it is not text</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>die Datei ist kein Text</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is not complete (it may still be arriving)</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>die Datei ist unvollständig (vielleicht kommt sie gerade erst an)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not a CreepGuard file</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>die Datei ist keine CreepGuard-Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has no format number</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>die Datei hat keine Formatnummer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its format number %1 is not one CreepGuard ever wrote</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>die Formatnummer %1 hat CreepGuard nie verwendet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is not a %1 file</source>
        <comment>%1 is the kind of file as the file names it: device, presence or day; ends &apos;... could not be read: &apos;</comment>
        <translation>die Datei ist keine %1-Datei</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its %1 is missing or wrong</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;seen&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>das Feld %1 fehlt oder ist falsch</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>its %1 is not a time</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;seen&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>das Feld %1 ist keine Zeitangabe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its %1 has no UTC offset</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;seen&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>das Feld %1 hat keinen UTC-Versatz</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its %1 is %2, unknown here</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;state&apos;), %2 its value (&apos;lying down&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>das Feld %1 hat den Wert %2, der hier unbekannt ist</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a span in it is not whole</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>ein Zeitabschnitt darin ist unvollständig</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a span&apos;s sit is not a number</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>die Sitzphase eines Zeitabschnitts ist keine Zahl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a span in it ends before it starts</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>ein Zeitabschnitt darin endet, bevor er beginnt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a computer without a name</source>
        <comment>the name of a computer whose name is empty</comment>
        <translation>ein Computer ohne Namen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>its &apos;day&apos; is not a date</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>das Feld &apos;day&apos; ist kein Datum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a prompt in it is not whole</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>eine Erinnerung darin ist unvollständig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a prompt&apos;s snoozes are not a number</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>die Anzahl der Verschiebungen einer Erinnerung ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/history.py" line="+51"/>
        <source>The shared folder did not answer within %1 s (a network folder gone away?); %2.</source>
        <comment>%1 is a number of seconds; %2 what is done instead, as: this computer&apos;s history is shown alone</comment>
        <translation>Der gemeinsame Ordner hat nicht innerhalb von %1 s geantwortet (ein Netzwerkordner nicht mehr erreichbar?); %2.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The shared folder holds a conflicting copy of %1&apos;s %2, made by the sync program; both copies were read and nothing is lost. You may delete the copy once every computer is in sync.</source>
        <comment>%1 is a computer&apos;s name, %2 the copy&apos;s file name in the folder; the sync program: Syncthing, Nextcloud, Dropbox...</comment>
        <translation>Der gemeinsame Ordner enthält eine Konfliktkopie der Datei %2 von %1, angelegt vom Synchronisationsprogramm; beide Kopien wurden gelesen, nichts geht verloren. Sie können die Kopie löschen, sobald alle Computer synchron sind.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>this computer&apos;s history is shown alone</source>
        <comment>ends the sentence &apos;The shared folder did not answer within 5 s (a network folder gone away?); ...&apos;</comment>
        <translation>der Verlauf dieses Computers wird allein gezeigt</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/link.py" line="+335"/>
        <source>The shared folder %1 does not answer (a network folder gone away?). CreepGuard counts on this computer alone meanwhile.</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>Der gemeinsame Ordner %1 antwortet nicht (ein Netzwerkordner nicht mehr erreichbar?). CreepGuard zählt so lange nur auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The clock on %1 is about %2 min ahead of this computer&apos;s: what it says is not used for the sit while that lasts. Let both computers set their clocks automatically.</source>
        <comment>%1 is a computer&apos;s name, %2 a number of minutes; the sit: the time the person has sat without a break</comment>
        <translation>Die Uhr von %1 geht gegenüber diesem Computer etwa %2 Min. vor: Solange das so ist, fließen seine Angaben nicht in die Sitzphase ein. Lassen Sie beide Computer ihre Uhr automatisch stellen.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>CreepGuard cannot use the shared folder %1 (%2). It counts on this computer alone meanwhile and writes there again once it can.</source>
        <comment>%1 is the folder&apos;s path, %2 the reason (from the system, as: disk full)</comment>
        <translation>CreepGuard kann den gemeinsamen Ordner %1 nicht verwenden (%2). So lange zählt es nur auf diesem Computer und schreibt wieder dorthin, sobald es geht.</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/setup.py" line="+53"/>
        <source>just now</source>
        <comment>when a computer last saw the person</comment>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <comment>when a computer last saw the person</comment>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h %2 min ago</source>
        <comment>when a computer last saw the person: %1 hours and %2 minutes ago</comment>
        <translation>vor %1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n h ago</source>
        <comment>when a computer last saw the person: hours ago</comment>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <comment>when a computer last saw the person</comment>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (this computer)</source>
        <comment>%1 is this computer&apos;s name</comment>
        <translation>%1 (dieser Computer)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: has not said when it last saw you</source>
        <comment>%1 is another computer&apos;s name</comment>
        <translation>%1: hat nicht mitgeteilt, wann er Sie zuletzt gesehen hat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: last saw you %2, ahead of this computer&apos;s clock</source>
        <comment>%1 is another computer&apos;s name, %2 a date and time (2026-12-03 09:40) later than this computer&apos;s clock says it is</comment>
        <translation>%1: hat Sie zuletzt am %2 gesehen, später als die Uhr dieses Computers zeigt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: last saw you %2, %3</source>
        <comment>%1 is another computer&apos;s name, %2 a date and time (2026-12-03 09:40), %3 how long ago, as: 3 min ago</comment>
        <translation>%1: hat Sie zuletzt am %2 gesehen, %3</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the other computers are not listed</source>
        <comment>ends the sentence &apos;The shared folder did not answer within 5 s (a network folder gone away?); ...&apos;</comment>
        <translation>die anderen Computer werden nicht aufgeführt</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cannot look for a computer called %1: %2</source>
        <comment>%1 is the name the person typed after --device, quoted; %2 why (a sentence about the shared folder)</comment>
        <translation>kann nicht nach einem Computer namens %1 suchen: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no single computer is called %1 in the shared folder (there are: %2; `creepguard devices` lists them)</source>
        <comment>%1 is the name the person typed after --device, quoted; %2 the computers&apos; names, separated by commas; `creepguard devices` is a command: keep it as it is</comment>
        <translation>im gemeinsamen Ordner heißt nicht genau ein Computer %1 (vorhanden: %2; `creepguard devices` listet sie auf)</translation>
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
        <translation>unter einer Minute</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+26"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
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
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 s</source>
        <translation>%1 Sek.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ddd d</source>
        <comment>a day on a button: a QDate format (ddd short weekday, d day)</comment>
        <translation>ddd d.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dddd dd MMMM</source>
        <comment>a day in full: a QDate format (dddd weekday, dd or d day, MMMM month)</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tomorrow %1</source>
        <translation>morgen %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Switch to standing</source>
        <translation>Zeit zum Stehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to stand up and move</source>
        <translation>Zeit, aufzustehen und sich zu bewegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to sitting for a while</source>
        <translation>Zurück zum Sitzen für eine Weile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have stood a while: sit or move</source>
        <translation>Sie stehen schon eine Weile: Setzen Sie sich oder bewegen Sie sich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short break</source>
        <translation>Eine kurze Pause</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You have sat for %1.</source>
        <translation>Sie sitzen seit %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You sat %1. Your back recovers until about %2: leave heavy lifting until then.</source>
        <translation>Sie haben %1 gesessen. Ihr Rücken erholt sich bis etwa %2: Heben Sie bis dahin nichts Schweres.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back recovering until %1: no heavy lifting</source>
        <translation>Rücken erholt sich bis %1: nichts Schweres heben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hold %1 min</source>
        <translation>%1 Min. halten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold %1 s</source>
        <translation>%1 Sek. halten</translation>
    </message>
    <message numerus="yes">
        <source>%n breath</source>
        <translation type="vanished">
            <numerusform>%n Atemzug</numerusform>
            <numerusform>%n Atemzüge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaths</source>
        <translation type="vanished">
            <numerusform>%n Atemzug</numerusform>
            <numerusform>%n Atemzüge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition</source>
        <translation type="vanished">
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetitions</source>
        <translation type="vanished">
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n Atemzug</numerusform>
            <numerusform>%n Atemzüge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, each side</source>
        <translation>%1, pro Seite</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+123"/>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Seated</source>
        <translation>Im Sitzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the floor</source>
        <translation>Auf dem Boden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop any exercise that hurts.</source>
        <translation>Brechen Sie jede Übung ab, die wehtut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop: nothing on these cards should hurt. This exercise will not be suggested again. Try another one, or simply walk around for a minute.</source>
        <translation>Aufhören: Nichts auf diesen Karten sollte wehtun. Diese Übung wird nicht mehr vorgeschlagen. Versuchen Sie eine andere oder gehen Sie einfach eine Minute umher.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kept: this exercise can come again.</source>
        <translation>Beibehalten: Diese Übung kann wieder vorkommen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starts by itself in a moment.</source>
        <translation>Beginnt gleich von selbst.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Repetition %1 of %2: hold</source>
        <translation>Wiederholung %1 von %2: halten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Come back slowly</source>
        <translation>Langsam zurückkommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repetition %1 of %2</source>
        <translation>Wiederholung %1 von %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breath %1 of %2: in, and slowly out</source>
        <translation>Atemzug %1 von %2: ein und langsam aus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>side %1 of 2</source>
        <translation>Seite %1 von 2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Complete. Press Done when you are ready.</source>
        <translation>Geschafft. Drücken Sie auf Fertig, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next stretch comes after %1 of sitting.</source>
        <translation>Die nächste Übung kommt nach %1 Sitzen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The next card comes after another %1 of sitting.</source>
        <translation>Die nächste Karte kommt nach weiteren %1 Sitzen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The card comes back a little later.</source>
        <translation>Die Karte kommt etwas später wieder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The card comes back in %1.</source>
        <translation>Die Karte kommt in %1 wieder.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Paused until %1</source>
        <translation>Pausiert bis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sitting (just started)</source>
        <translation>Sitzen (gerade begonnen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting for %1</source>
        <translation>Sitzen seit %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On a break</source>
        <translation>In der Pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tracking</source>
        <translation>Keine Erfassung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No stretches while paused</source>
        <translation>Keine Übungen, solange pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stretch is waiting (full screen or do-not-disturb)</source>
        <translation>Eine Übung wartet (Vollbild oder „Nicht stören“)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stretch planned right now</source>
        <translation>Gerade keine Übung geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stretch is due now</source>
        <translation>Jetzt ist eine Übung dran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next stretch in %1</source>
        <translation>Nächste Übung in %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Past %1 of sitting: time to move soon</source>
        <translation>Über %1 Sitzen: bald Zeit für Bewegung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Today: %1 sitting, %2 standing</source>
        <translation>Heute: %1 Sitzen, %2 Stehen</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n break(s)</source>
        <translation>
            <numerusform>%n Pause</numerusform>
            <numerusform>%n Pausen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 on your own</source>
        <translation>%1 eigenständig</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n snooze(s)</source>
        <translation>
            <numerusform>%n-mal verschoben</numerusform>
            <numerusform>%n-mal verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n break</source>
        <translation type="vanished">
            <numerusform>%n Pause</numerusform>
            <numerusform>%n Pausen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation type="vanished">
            <numerusform>%n Pause</numerusform>
            <numerusform>%n Pausen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1 Done</source>
        <translation>%1 Fertig</translation>
    </message>
    <message>
        <source>%1 natural</source>
        <translation type="vanished">%1 eigenständig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 without a prompt</source>
        <translation>%1 ohne Erinnerung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Breaks: %1</source>
        <translation>Pausen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prompts: %1 of %2 ended by a break</source>
        <translation>Erinnerungen: %1 von %2 mit Pause beendet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ignored</source>
        <translation>%1 ignoriert</translation>
    </message>
    <message numerus="yes">
        <source>%n snooze</source>
        <translation type="vanished">
            <numerusform>%n-mal verschoben</numerusform>
            <numerusform>%n-mal verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozes</source>
        <translation type="vanished">
            <numerusform>%n-mal verschoben</numerusform>
            <numerusform>%n-mal verschoben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Longest sit %1, %2 past the creep threshold</source>
        <translation>Längste Sitzphase %1, davon %2 über der Kriechschwelle</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CreepGuard cannot see the keyboard and mouse: use “I&apos;m away” when you leave</source>
        <translation>CreepGuard erkennt Tastatur und Maus nicht: Wählen Sie „Ich bin abwesend“, wenn Sie weggehen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I&apos;m sitting</source>
        <translation>Ich sitze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m standing</source>
        <translation>Ich stehe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sitting, just started</source>
        <translation>Sitzen, gerade begonnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting %1</source>
        <translation>Sitzen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a stretch is waiting</source>
        <translation>eine Übung wartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stretch now</source>
        <translation>jetzt Übung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stretch in %1</source>
        <translation>Übung in %1</translation>
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
        <translation>Heute nur Übungen im Sitzen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a full-screen window is active</source>
        <translation>ein Vollbildfenster ist aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>do-not-disturb is on</source>
        <translation>„Nicht stören“ ist an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your desktop shows no tray area, so CreepGuard lives in this small window. On GNOME, the “AppIndicator and KStatusNotifierItem Support” extension adds one. When a tray appears, CreepGuard moves into it by itself.</source>
        <translation>Ihr Desktop hat keine Systemleiste, deshalb wohnt CreepGuard in diesem kleinen Fenster. Unter GNOME fügt die Erweiterung „AppIndicator and KStatusNotifierItem Support“ eine hinzu. Sobald eine Systemleiste erscheint, zieht CreepGuard von selbst dorthin um.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CreepGuard notices how long you sit and, every so often, suggests a short stretch. After about 20 minutes of sitting your back starts to “creep”; changing posture about every 30 minutes helps it recover.</source>
        <translation>CreepGuard bemerkt, wie lange Sie sitzen, und schlägt ab und zu eine kurze Übung vor. Nach etwa 20 Minuten Sitzen beginnt Ihr Rücken zu „kriechen“, sich also langsam zu verformen; ein Haltungswechsel etwa alle 30 Minuten hilft ihm, sich zu erholen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not medical advice. Stop any exercise that hurts, and skip the ones that do not suit you.</source>
        <translation>Dies ist keine medizinische Beratung. Brechen Sie jede Übung ab, die wehtut, und überspringen Sie die, die Ihnen nicht guttun.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../creepguard/ui/timeline.py" line="+86"/>
        <source>Sitting</source>
        <translation>Sitzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting past the creep threshold</source>
        <translation>Sitzen über der Kriechschwelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing</source>
        <translation>Stehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not running</source>
        <translation>Nicht aktiv</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Day timeline</source>
        <translation>Tagesverlauf</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No day chosen.</source>
        <translation>Kein Tag ausgewählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: nothing recorded.</source>
        <translation>%1: nichts erfasst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2 to %3: %4. Use Left and Right to go through the spans.</source>
        <translation>%1, %2 bis %3: %4. Mit den Pfeiltasten links und rechts durch die Zeitabschnitte gehen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>under a minute recorded</source>
        <translation>weniger als eine Minute erfasst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2 to %3 (%4)</source>
        <translation>%1, %2 bis %3 (%4)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Nothing recorded on this day.</source>
        <translation>An diesem Tag wurde nichts erfasst.</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../creepguard/ui/today_popup.py" line="+86"/>
        <source>CreepGuard today</source>
        <translation>CreepGuard heute</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take a break now</source>
        <translation>Jetzt Pause machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause 30 min</source>
        <translation>30 Min. pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
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
        <translation>&amp;Jetzt Pause machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>I&apos;m &amp;standing</source>
        <translation>Ich &amp;stehe</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>I&apos;m &amp;away</source>
        <translation>Ich bin &amp;abwesend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I &amp;can&apos;t stand today</source>
        <translation>Ich kann heute &amp;nicht stehen</translation>
    </message>
    <message>
        <source>The last &amp;quiet spell</source>
        <translation type="vanished">Die letzte Zeit &amp;ohne Eingabe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The &amp;last quiet spell</source>
        <translation>Die letzte Zeit &amp;ohne Eingabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I was &amp;away</source>
        <translation>Ich war &amp;abwesend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I was &amp;sitting</source>
        <translation>Ich habe &amp;gesessen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For &amp;30 minutes</source>
        <translation>Für &amp;30 Minuten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For &amp;1 hour</source>
        <translation>Für &amp;1 Stunde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until &amp;tomorrow</source>
        <translation>Bis &amp;morgen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until I &amp;resume</source>
        <translation>Bis ich &amp;fortsetze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>I&apos;m &amp;sitting</source>
        <translation>Ich &amp;sitze</translation>
    </message>
    <message>
        <location filename="../creepguard/ui/tray.py" line="+81"/>
        <source>CreepGuard menu</source>
        <translation>CreepGuard-Menü</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../creepguard/ui/welcome.py" line="+39"/>
        <source>Gentle: appears without taking the keyboard</source>
        <translation>Sanft: erscheint, ohne die Tastatur zu übernehmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focused: takes the keyboard</source>
        <translation>Fokussiert: übernimmt die Tastatur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persistent: no Skip, comes back</source>
        <translation>Beharrlich: kein Überspringen, kommt wieder</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+5"/>
        <source>Welcome to CreepGuard</source>
        <translation>Willkommen bei CreepGuard</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tracking starts when you press Start. You can change these and more at any time in Settings.</source>
        <translation>Die Erfassung beginnt, wenn Sie auf Starten klicken. Diese und weitere Einstellungen können Sie jederzeit unter Einstellungen ändern.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now: quit without tracking</source>
        <translation>Nicht jetzt: ohne Erfassung beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with these settings</source>
        <translation>Mit diesen Einstellungen starten</translation>
    </message>
</context>
</TS>
