<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
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
        <translation>CreepGuard non riesce a rilevare l&apos;attività di tastiera e mouse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time counts as sitting while the screen is unlocked. Use I&apos;m standing, I&apos;m away and Take a break from the menu; `creepguard diagnose` says why.</source>
        <translation>Finché lo schermo è sbloccato, il tempo conta come tempo sulla sedia. Dal menu usa «Mi alzo in piedi», «Sono assente» e «Fai una pausa ora»; `creepguard diagnose` spiega il perché.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>CreepGuard cannot save your history</source>
        <translation>CreepGuard non riesce a salvare la cronologia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Tracking goes on and will be saved once the disk accepts it again.</source>
        <translation>%1. Il monitoraggio continua: i dati verranno salvati non appena sarà di nuovo possibile scrivere sul disco.</translation>
    </message>
    <message>
        <source>You have sat for %1 minutes</source>
        <translation type="vanished">Sei sulla sedia da %1 minuti</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A short stretch or a change of posture soon lets your back recover.</source>
        <translation>Tra poco un breve esercizio o un cambio di posizione permetteranno alla schiena di recuperare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stretch now</source>
        <translation>Fai un esercizio</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Well done</source>
        <translation>Ben fatto</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../creepguard/ui/card.py" line="+255"/>
        <source>Progress of the hold</source>
        <translation>Avanzamento del conteggio</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+78"/>
        <source>Start now</source>
        <translation>Inizia ora</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Pause</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the hold</source>
        <translation>Ferma il conteggio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go on</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on with the hold</source>
        <translation>Riprendi il conteggio</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Start the hold now</source>
        <translation>Avvia subito il conteggio</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+715"/>
        <source>Well done</source>
        <translation>Ben fatto</translation>
    </message>
    <message>
        <location line="-713"/>
        <source>Again</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do it again</source>
        <translation>Ripeti l&apos;esercizio</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Exercise</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the card without answering</source>
        <translation>Chiudi la scheda senza rispondere</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Illustration</source>
        <translation>Illustrazione</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+3"/>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It did not hurt: keep suggesting this exercise</source>
        <translation>Non mi ha fatto male: continua a proporre questo esercizio</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No other exercise fits right now.</source>
        <translation>Al momento non c&apos;è un altro esercizio adatto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This hurts</source>
        <translation>Mi fa male</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop this exercise; it will not be suggested again</source>
        <translation>Interrompi questo esercizio; non verrà più proposto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze</source>
        <translation>Rimanda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me again in a few minutes (Esc)</source>
        <translation>Ricordamelo tra qualche minuto (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another one</source>
        <translation>Un altro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I did the exercise (Enter)</source>
        <translation>Ho fatto l&apos;esercizio (Invio)</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Drawing of %1</source>
        <translation>Disegno: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Step %1</source>
        <translation>Passo %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why: %1</source>
        <translation>Perché: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Careful: %1</source>
        <translation>Attenzione: %1</translation>
    </message>
    <message>
        <location line="+277"/>
        <source>Snoozed</source>
        <translation>Rimandato</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped</source>
        <translation>Saltato</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../creepguard/cli.py" line="+53"/>
        <source>(see %1 --help)</source>
        <comment>after a mistake on the command line</comment>
        <translation>(vedi %1 --help)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a number from %2 to %3</source>
        <translation>%1 non è un numero da %2 a %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a duration: use minutes (30), 90s, 45m, 1h, 1h30m or tomorrow</source>
        <comment>keep 90s, 45m, 1h, 1h30m and tomorrow: the command takes them as written</comment>
        <translation>%1 non è una durata: usa i minuti (30), 90s, 45m, 1h, 1h30m oppure tomorrow</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a pause must be longer than zero</source>
        <translation>una sospensione deve durare più di zero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a pause cannot be longer than a year (%1 minutes); use `pause` without a duration</source>
        <translation>una sospensione non può durare più di un anno (%1 minuti); usa `pause` senza durata</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>creepguard: note: %1</source>
        <comment>a problem with the shared folder, said before the command&apos;s answer; &apos;creepguard&apos; is the program&apos;s name</comment>
        <translation>creepguard: nota: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>CreepGuard is not running. Start it with: creepguard run</source>
        <translation>CreepGuard non è in esecuzione. Avvialo con: creepguard run</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the command failed</source>
        <translation>il comando non è riuscito</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the week %1 ends after %2, the last day there is</source>
        <translation>la settimana %1 finisce dopo il %2, l&apos;ultimo giorno possibile</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Week %1</source>
        <comment>a heading: the ISO week, as 2026-W48</comment>
        <translation>Settimana %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day</source>
        <comment>a column</comment>
        <translation>giorno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sitting</source>
        <comment>a column</comment>
        <translation>sulla sedia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standing</source>
        <comment>a column</comment>
        <translation>in piedi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>past creep</source>
        <comment>a column</comment>
        <translation>oltre soglia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longest</source>
        <comment>a column</comment>
        <translation>più lunga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>breaks</source>
        <comment>a column</comment>
        <translation>pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <comment>a column</comment>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>natural</source>
        <comment>a column</comment>
        <translation type="vanished">spontanee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unprompted</source>
        <comment>a column</comment>
        <translation>senza promemoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped</source>
        <comment>a column</comment>
        <translation>saltati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored</source>
        <comment>a column</comment>
        <translation>ignorati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>snoozed</source>
        <comment>a column</comment>
        <translation>rinvii</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Total %1 sitting, average %2 a day, longest sit %3, %4 past the creep threshold</source>
        <translation>Totale sulla sedia: %1, media al giorno: %2, seduta più lunga: %3, oltre la soglia di carico: %4</translation>
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
            <numerusform>%n pausa (Fatto: %1, spontanee: %2, senza promemoria: %3); promemoria conclusi con una pausa: %4 su %5%6</numerusform>
            <numerusform>%n pause (Fatto: %1, spontanee: %2, senza promemoria: %3); promemoria conclusi con una pausa: %4 su %5%6</numerusform>
        </translation>
    </message>
    <message>
        <location line="-43"/>
        <source>on your own</source>
        <comment>a column</comment>
        <translation>spontanee</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n break(s) (%1 Done, %2 on your own, %3 without a prompt); prompts ended by a break: %4 of %5%6</source>
        <comment>%6 is the share, as &apos; (75%)&apos;, or nothing</comment>
        <translation>
            <numerusform>%n pausa (Fatto: %1, spontanee: %2, senza promemoria: %3); promemoria conclusi con una pausa: %4 su %5%6</numerusform>
            <numerusform>%n pause (Fatto: %1, spontanee: %2, senza promemoria: %3); promemoria conclusi con una pausa: %4 su %5%6</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 %2 is not a date like 2026-11-23</source>
        <translation>%1 %2 non è una data nel formato 2026-11-23</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--until is before --since</source>
        <translation>--until è prima di --since</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported %1, %2 and %3 to %4</source>
        <comment>counts of spans, prompts, breaks</comment>
        <translation>Esportati %1, %2 e %3 in %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n intervallo</numerusform>
            <numerusform>%n intervalli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n promemoria</numerusform>
            <numerusform>%n promemoria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n break(s)</source>
        <translation>
            <numerusform>%n pausa</numerusform>
            <numerusform>%n pause</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No shared folder is set: this computer counts alone. Choose one in Settings &gt; Devices (see README, Several computers).</source>
        <comment>Settings &gt; Devices: the Settings window&apos;s Devices tab; Several computers: a section of the README</comment>
        <translation>Nessuna cartella condivisa impostata: questo computer conta da solo. Scegline una in Impostazioni &gt; Dispositivi (vedi il README, Several computers).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shared folder: %1</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>Cartella condivisa: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem: %1</source>
        <comment>one problem per line</comment>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its folder does not exist</source>
        <translation>la cartella non esiste</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Python %1 on %2</source>
        <translation>Python %1 su %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session type</source>
        <translation>Tipo di sessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop</source>
        <translation>Ambiente desktop</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Qt %1, platform plugin: %2</source>
        <translation>Qt %1, plugin della piattaforma: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System tray: available</source>
        <translation>Area di notifica: disponibile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System tray: not available (a window is used)</source>
        <translation>Area di notifica: non disponibile (si usa una finestra)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt: cannot start (%1)</source>
        <translation>Qt: impossibile avviare (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tracker: running (pid lock %1), state %2</source>
        <translation>Monitoraggio: in esecuzione (blocco pid %1), stato %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tracker: not running</source>
        <translation>Monitoraggio: non in esecuzione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data folder: %1</source>
        <translation>Cartella dei dati: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History file: %1</source>
        <translation>File della cronologia: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings file: %1</source>
        <translation>File delle impostazioni: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log folder: %1</source>
        <translation>Cartella dei log: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control socket: %1</source>
        <translation>Socket di controllo: %1</translation>
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
        <translation>%1: sconosciuto (variabile %2 non impostata)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CreepGuard will start at login (%1).</source>
        <translation>CreepGuard si avvierà all&apos;accesso (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CreepGuard will not start at login.</source>
        <translation>CreepGuard non si avvierà all&apos;accesso.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Measures how long you have sat without a break and prompts short posture breaks. Without a command, starts the tracker.</source>
        <translation>Misura da quanto tempo sei sulla sedia senza una pausa e propone brevi pause per cambiare posizione. Senza un comando, avvia il monitoraggio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>log debug details</source>
        <translation>registra i dettagli di debug</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start the tracker (the default; a second one asks the running one to show itself and exits 0)</source>
        <translation>avvia il monitoraggio (predefinito; una seconda istanza chiede a quella in esecuzione di mostrarsi ed esce con 0)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>watch a scripted person&apos;s short day at 30x speed, on a temporary data folder (your history is untouched)</source>
        <translation>mostra la breve giornata simulata di una persona a velocità 30x, in una cartella dei dati temporanea (la tua cronologia resta intatta)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>run the whole app N times faster</source>
        <translation>esegue l&apos;intera app N volte più velocemente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the current sit, from the tracker, or from the store when none runs</source>
        <translation>la seduta in corso, dal monitoraggio o, se non è in esecuzione, dai dati salvati</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <location line="+44"/>
        <source>machine-readable JSON</source>
        <translation>JSON leggibile da un programma</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>one-line JSON for status bars</source>
        <translation>JSON su una riga per le barre di stato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tell the tracker you sit</source>
        <translation>comunica che ti siedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tell the tracker you stand</source>
        <translation>comunica che sei in piedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take a break now (shows a stretch card)</source>
        <translation>fa una pausa ora (mostra una scheda esercizio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tell the tracker you are leaving the desk</source>
        <translation>comunica che ti allontani dalla scrivania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end a pause</source>
        <translation>termina una sospensione</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hold prompts (tracking goes on)</source>
        <translation>sospende i promemoria (il monitoraggio continua)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DURATION: a bare number is minutes; 90s, 45m, 1h, 1h30m; &apos;tomorrow&apos; is the next start of active hours; none pauses until `creepguard resume`.</source>
        <translation>DURATION: un numero da solo indica i minuti; 90s, 45m, 1h, 1h30m; &apos;tomorrow&apos; è il prossimo inizio dell&apos;orario attivo; senza durata sospende fino a `creepguard resume`.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a week of sitting per day, with totals</source>
        <translation>una settimana di tempo sulla sedia giorno per giorno, con i totali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO week, e.g. 2026-W48</source>
        <translation>settimana ISO, ad es. 2026-W48</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>one computer&apos;s record alone (its name, or &apos;this&apos;); all computers by default</source>
        <translation>solo la registrazione di un computer (il suo nome, o &apos;this&apos;); di norma tutti i computer</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>every span, prompt and break (JSON: and each day&apos;s counts)</source>
        <translation>ogni intervallo, promemoria e pausa (JSON: anche i conteggi di ogni giorno)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write here instead of standard output</source>
        <translation>scrive qui invece che sullo standard output</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first day, YYYY-MM-DD</source>
        <translation>primo giorno, AAAA-MM-GG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day, YYYY-MM-DD</source>
        <translation>ultimo giorno, AAAA-MM-GG</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>version, platform, Qt, tray, activity backend with a live idle reading, paths</source>
        <translation>versione, piattaforma, Qt, area di notifica, backend dell&apos;attività con una lettura dell&apos;inattività in tempo reale, percorsi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the exercise library (id, title, position, enabled, illustration)</source>
        <translation>la raccolta di esercizi (id, titolo, posizione, attivo, illustrazione)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start at login: on, off, or show</source>
        <translation>avvio all&apos;accesso: on, off o, senza argomento, mostra lo stato</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>print a shell completion script: bash, zsh or fish</source>
        <translation>stampa uno script di completamento per la shell: bash, zsh o fish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints a completion script for SHELL, made from this command line. bash: add `source &lt;(creepguard completion bash)` to ~/.bashrc. zsh: `creepguard completion zsh &gt; ~/.zfunc/_creepguard` with ~/.zfunc in $fpath. fish: `creepguard completion fish &gt; ~/.config/fish/completions/creepguard.fish`.</source>
        <translation>Stampa uno script di completamento per SHELL, generato da questa riga di comando. bash: aggiungi `source &lt;(creepguard completion bash)` a ~/.bashrc. zsh: `creepguard completion zsh &gt; ~/.zfunc/_creepguard` con ~/.zfunc in $fpath. fish: `creepguard completion fish &gt; ~/.config/fish/completions/creepguard.fish`.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>commands and their options:</source>
        <translation>comandi e relative opzioni:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DURATION (pause): a bare number is minutes; 90s, 45m, 1h, 1h30m; &apos;tomorrow&apos; is the next start of active hours; none pauses until `creepguard resume`.</source>
        <translation>DURATION (pause): un numero da solo indica i minuti; 90s, 45m, 1h, 1h30m; &apos;tomorrow&apos; è il prossimo inizio dell&apos;orario attivo; senza durata sospende fino a `creepguard resume`.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit codes: 0 ok, 1 failure, 2 bad usage, 3 no tracker running.</source>
        <translation>Codici di uscita: 0 ok, 1 errore, 2 uso errato, 3 monitoraggio non in esecuzione.</translation>
    </message>
    <message>
        <location filename="../creepguard/startup/runner.py" line="+278"/>
        <source>Demo at %1x speed: a scripted person lives a short day, about %2 real minutes. Its data lives in %3 (removed at the end), not in your history.</source>
        <translation>Demo a velocità %1x: una persona guidata da un copione vive una breve giornata, circa %2 minuti reali. I suoi dati stanno in %3 (rimossa alla fine), non nella tua cronologia.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try: %1</source>
        <comment>a command to type</comment>
        <translation>Prova: %1</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../creepguard/demo.py" line="+91"/>
        <source>Sitting and typing. The ring fills toward the next posture change.</source>
        <translation>Seduta alla tastiera. L&apos;anello si riempie fino al prossimo cambio di posizione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading: no keyboard or mouse for 3 minutes. That is still sitting.</source>
        <translation>Lettura: niente tastiera né mouse per 3 minuti. È sempre tempo sulla sedia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Typing again. At 20 minutes of sitting the creep warning comes.</source>
        <translation>Di nuovo a scrivere. A 20 minuti sulla sedia arriva l&apos;avviso di carico.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The creep warning: after about 20 minutes a sitting back starts to tire.</source>
        <translation>L&apos;avviso di carico: dopo circa 20 minuti, stando seduti, la schiena inizia ad affaticarsi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working on. At 30 minutes a stretch card asks for a posture change.</source>
        <translation>Si continua a lavorare. A 30 minuti una scheda esercizio chiede un cambio di posizione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stretch card. The person stops typing and follows it.</source>
        <translation>La scheda esercizio. La persona smette di scrivere e la segue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 quiet minutes on the card: that is the break, and the sit ends.</source>
        <translation>2 minuti tranquilli con la scheda: questa è la pausa, e la seduta finisce.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back at the keyboard: the card closes by itself, the break counted.</source>
        <translation>Di nuovo alla tastiera: la scheda si chiude da sola, la pausa è contata.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A walk away from the desk: no keyboard, no mouse.</source>
        <translation>Una passeggiata lontano dalla scrivania: niente tastiera, niente mouse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 minutes without input: away, counted from the last input.</source>
        <translation>5 minuti senza attività: assente, a partire dall&apos;ultima attività.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back at the desk: a few seconds of typing and the person is back.</source>
        <translation>Di nuovo alla scrivania: pochi secondi di scrittura e la persona è tornata.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I&apos;m standing (tray menu): standing at the desk, still typing.</source>
        <translation>«Mi alzo in piedi» (menu dell&apos;area di notifica): in piedi alla scrivania, continuando a scrivere.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m sitting again. That was the demo&apos;s short day.</source>
        <translation>«Torno a sedermi». Questa era la breve giornata della demo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo ends; its temporary history is removed.</source>
        <translation>La demo finisce; la sua cronologia temporanea viene eliminata.</translation>
    </message>
    <message>
        <location filename="../creepguard/ui/demo_caption.py" line="+30"/>
        <source>CreepGuard demo</source>
        <translation>Demo di CreepGuard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CreepGuard demo caption</source>
        <translation>Didascalia della demo di CreepGuard</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo, minute %1: %2</source>
        <comment>the demo&apos;s caption: %1 the minute of the demo&apos;s short day, %2 what happens</comment>
        <translation>Demo, minuto %1: %2</translation>
    </message>
</context>
<context>
    <name>Diagnose</name>
    <message>
        <location filename="../creepguard/sensing/diagnose.py" line="+62"/>
        <source>Activity sensing: %1</source>
        <translation>Rilevamento dell&apos;attività: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in use</source>
        <comment>a backend</comment>
        <translation>in uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <comment>a backend</comment>
        <translation>scartato</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Live reading: idle %1 s, %2, %3 (read in %4 ms)</source>
        <translation>Lettura in tempo reale: inattività %1 s, %2, %3 (letta in %4 ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked</source>
        <translation>schermo bloccato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unlocked</source>
        <translation>schermo sbloccato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inhibited</source>
        <translation>inattività inibita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not inhibited</source>
        <translation>inattività non inibita</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Activity sensing: could not be checked (%1)</source>
        <translation>Rilevamento dell&apos;attività: impossibile verificarlo (%1)</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../creepguard/ui/history_window.py" line="+88"/>
        <source>No sitting recorded this week yet. Once CreepGuard has run for a while, each day&apos;s sitting appears here.</source>
        <translation>Finora, questa settimana, non è stato registrato tempo sulla sedia. Quando CreepGuard sarà in funzione da un po&apos;, qui comparirà il tempo di ogni giorno.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sitting</source>
        <translation>Sulla sedia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sitting past the creep threshold</source>
        <translation>Sulla sedia oltre la soglia di carico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing</source>
        <translation>In piedi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Breaks</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Every break: Done, natural and without a prompt</source>
        <translation type="vanished">Tutte le pause: con Fatto, spontanee e senza promemoria</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts you answered with Done</source>
        <translation>Promemoria a cui hai risposto con Fatto</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation type="vanished">Spontanee</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You took the break yourself while a prompt was due</source>
        <translation>Hai fatto la pausa di tua iniziativa mentre un promemoria era in attesa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unprompted</source>
        <translation>Senza promemoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks you took with no prompt due</source>
        <translation>Pause fatte senza nessun promemoria in attesa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped</source>
        <translation>Saltati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts you skipped</source>
        <translation>Promemoria che hai saltato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignored</source>
        <translation>Ignorati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts that went away unanswered</source>
        <translation>Promemoria chiusi senza risposta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snoozed</source>
        <translation>Rinvii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times a prompt was snoozed</source>
        <translation>Volte in cui un promemoria è stato rimandato</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Week %1, %2</source>
        <translation>Settimana %1, %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>no change</source>
        <translation>invariato</translation>
    </message>
    <message numerus="yes">
        <source>%n point</source>
        <translation type="vanished">
            <numerusform>%n punto</numerusform>
            <numerusform>%n punti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation type="vanished">
            <numerusform>%n punto</numerusform>
            <numerusform>%n punti</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1 – History</source>
        <translation>%1 – Cronologia</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Week shown</source>
        <translation>Settimana visualizzata</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Empty week</source>
        <translation>Settimana vuota</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>◀ Previous</source>
        <translation>◀ Precedente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week before (Alt+Left)</source>
        <translation>La settimana prima (Alt+Sinistra)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous week</source>
        <translation>Settimana precedente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This &amp;week</source>
        <translation>&amp;Questa settimana</translation>
    </message>
    <message>
        <source>Go to the current week (Alt+W)</source>
        <translation type="vanished">Vai alla settimana corrente (Alt+Q)</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Every break: Done, on your own and without a prompt</source>
        <translation>Tutte le pause: con Fatto, spontanee e senza promemoria</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On your own</source>
        <translation>Spontanee</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n punti</numerusform>
        </translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Go to the current week (%1)</source>
        <translation>Vai alla settimana corrente (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next ▶</source>
        <translation>Successiva ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The week after (Alt+Right)</source>
        <translation>La settimana dopo (Alt+Destra)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next week</source>
        <translation>Settimana successiva</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Go to:</source>
        <translation>&amp;Vai a:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to the week of this date</source>
        <translation>Vai alla settimana di questa data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick any day to see its week</source>
        <translation>Scegli un giorno qualsiasi per vederne la settimana</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save this week&apos;s days as a CSV file</source>
        <translation>Salva i giorni di questa settimana in un file CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;mputer:</source>
        <translation>&amp;Computer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose history to show</source>
        <translation>Quale cronologia mostrare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every computer sharing the folder together, or one alone</source>
        <translation>Tutti i computer che condividono la cartella insieme, o uno solo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sitting this week</source>
        <translation>Sulla sedia questa settimana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sitting recorded</source>
        <translation>Tutto il tempo sulla sedia registrato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average a day</source>
        <translation>Media al giorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting divided by the days CreepGuard ran</source>
        <translation>Tempo sulla sedia diviso per i giorni in cui CreepGuard era in funzione</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Longest sit</source>
        <translation>Seduta più lunga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest sit without a break</source>
        <translation>La seduta più lunga senza una pausa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past the creep threshold</source>
        <translation>Oltre la soglia di carico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting beyond the creep warning, added up over every sit</source>
        <translation>Tempo sulla sedia dopo l&apos;avviso di carico, sommato su tutte le sedute</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompts ended by a break</source>
        <translation>Promemoria conclusi con una pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts that ended with a break (Done or on your own), out of all</source>
        <translation>Promemoria che si sono conclusi con una pausa (con Fatto o spontanea), sul totale</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>&lt;b&gt;Breaks&lt;/b&gt;: every break, the next three added up. &lt;b&gt;Done&lt;/b&gt;: you answered a prompt with Done. &lt;b&gt;On your own&lt;/b&gt;: you took the break yourself while a prompt was due. &lt;b&gt;Unprompted&lt;/b&gt;: you stood up or left for a break with no prompt due. &lt;b&gt;Skipped&lt;/b&gt;: you chose Skip. &lt;b&gt;Ignored&lt;/b&gt;: a prompt went away unanswered. &lt;b&gt;Snoozed&lt;/b&gt;: times a prompt was put off.</source>
        <translation>&lt;b&gt;Pause&lt;/b&gt;: tutte le pause, la somma delle tre colonne successive. &lt;b&gt;Fatto&lt;/b&gt;: hai risposto a un promemoria con Fatto. &lt;b&gt;Spontanee&lt;/b&gt;: hai fatto la pausa di tua iniziativa mentre un promemoria era in attesa. &lt;b&gt;Senza promemoria&lt;/b&gt;: hai fatto una pausa in piedi o lontano dalla scrivania senza nessun promemoria in attesa. &lt;b&gt;Saltati&lt;/b&gt;: hai scelto Salta. &lt;b&gt;Ignorati&lt;/b&gt;: un promemoria si è chiuso senza risposta. &lt;b&gt;Rinvii&lt;/b&gt;: volte in cui un promemoria è stato rimandato.</translation>
    </message>
    <message>
        <source>Prompt episodes that ended with a break (taken or natural), out of all</source>
        <translation type="vanished">Promemoria che si sono conclusi con una pausa (con Fatto o spontanea), sul totale</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Sitting and standing per day, in hours</source>
        <translation>Tempo sulla sedia e in piedi per giorno, in ore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a bar to see that day below</source>
        <translation>Fai clic su una barra per vedere quel giorno qui sotto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Breaks and prompts</source>
        <translation>Pause e promemoria</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breaks and how prompts ended, per day</source>
        <translation>Pause ed esito dei promemoria, per giorno</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>&lt;b&gt;Breaks&lt;/b&gt;: every break, the next three added up. &lt;b&gt;Done&lt;/b&gt;: you answered a prompt with Done. &lt;b&gt;Natural&lt;/b&gt;: you took the break yourself while a prompt was due. &lt;b&gt;Unprompted&lt;/b&gt;: you stood up or left for a break with no prompt due. &lt;b&gt;Skipped&lt;/b&gt;: you chose Skip. &lt;b&gt;Ignored&lt;/b&gt;: a prompt went away unanswered. &lt;b&gt;Snoozed&lt;/b&gt;: times a prompt was put off.</source>
        <translation type="vanished">&lt;b&gt;Pause&lt;/b&gt;: tutte le pause, la somma delle tre colonne successive. &lt;b&gt;Fatto&lt;/b&gt;: hai risposto a un promemoria con Fatto. &lt;b&gt;Spontanee&lt;/b&gt;: hai fatto la pausa di tua iniziativa mentre un promemoria era in attesa. &lt;b&gt;Senza promemoria&lt;/b&gt;: hai fatto una pausa in piedi o lontano dalla scrivania senza nessun promemoria in attesa. &lt;b&gt;Saltati&lt;/b&gt;: hai scelto Salta. &lt;b&gt;Ignorati&lt;/b&gt;: un promemoria si è chiuso senza risposta. &lt;b&gt;Rinvii&lt;/b&gt;: volte in cui un promemoria è stato rimandato.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Show %1</source>
        <translation>Mostra %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing was recorded the week before to compare with.</source>
        <translation>La settimana prima non è stato registrato nulla con cui fare il confronto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arrows compare with the same days last week.</source>
        <translation>Le frecce confrontano con gli stessi giorni della settimana scorsa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrows compare with the same days last week (Monday to %1).</source>
        <translation>Le frecce confrontano con gli stessi giorni della settimana scorsa (da lunedì a %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arrows compare with the week before.</source>
        <translation>Le frecce confrontano con la settimana precedente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No prompts</source>
        <translation>Nessun promemoria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 su %2 (%3%)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 h</source>
        <comment>axis label: %1 hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>All computers</source>
        <translation>Tutti i computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (this computer)</source>
        <translation>%1 (questo computer)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1
Sitting %2 (%3 past the threshold)
Standing %4</source>
        <translation>%1
Sulla sedia: %2 (%3 oltre la soglia)
In piedi: %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export the week as CSV</source>
        <translation>Esporta la settimana in CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week could not be saved to %1:
%2</source>
        <translation>Impossibile salvare la settimana in %1:
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
        <translation>Promemoria per le pause dalla sedia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures continuous sitting and prompts short posture breaks</source>
        <translation>Misura il tempo continuato sulla sedia e propone brevi pause per cambiare posizione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sitting;posture;break;stretch;back;reminder;ergonomics;health;timer;</source>
        <comment>search words for menus: separated by &apos;;&apos;, ending with &apos;;&apos;, no spaces around them</comment>
        <translation>seduta;sedia;postura;pausa;allungamento;stretching;schiena;promemoria;ergonomia;salute;timer;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take a Break Now</source>
        <comment>a menu action</comment>
        <translation>Fai una pausa ora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause Reminders for 30 Minutes</source>
        <comment>a menu action</comment>
        <translation>Sospendi i promemoria per 30 minuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume Reminders</source>
        <comment>a menu action</comment>
        <translation>Riprendi i promemoria</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measure continuous sitting and take short posture breaks</source>
        <comment>a summary</comment>
        <translation>Misura il tempo continuato sulla sedia e fai brevi pause per cambiare posizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CreepGuard sits in the system tray and measures how long you have sat without a break, from your real keyboard and mouse activity: a pause to read or think does not reset it, leaving the desk does.</source>
        <translation>CreepGuard resta nell&apos;area di notifica e misura da quanto tempo sei sulla sedia senza una pausa, in base all&apos;attività reale di tastiera e mouse: fermarsi a leggere o a riflettere non azzera il conteggio, allontanarsi dalla scrivania sì.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After about 20 minutes of unbroken sitting the discs and ligaments of the lower back start to creep, slowly deforming under the steady load. CreepGuard warns you when that point comes and, about every 30 minutes, prompts a change of posture with a short illustrated stretch.</source>
        <translation>Dopo circa 20 minuti sulla sedia senza interruzioni, i dischi e i legamenti della zona lombare iniziano a deformarsi lentamente sotto il carico costante (il cosiddetto «creep»). CreepGuard ti avvisa quando arriva quel momento e, circa ogni 30 minuti, ti propone di cambiare posizione con un breve esercizio di allungamento illustrato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tracks sitting from real activity and notices when you step away</source>
        <translation>Misura il tempo sulla sedia in base all&apos;attività reale e si accorge quando ti allontani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sit/stand toggle for standing desks</source>
        <translation>Un pulsante per passare da seduti a in piedi, per le scrivanie regolabili in altezza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A calm warning at the creep point and a posture prompt about every 30 minutes</source>
        <translation>Un avviso discreto alla soglia di carico e un promemoria per cambiare posizione circa ogni 30 minuti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A library of short stretches, each with an illustration</source>
        <translation>Una raccolta di brevi esercizi di allungamento, ognuno con un&apos;illustrazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weekly history of sitting, standing and breaks, with CSV and JSON export</source>
        <translation>Una cronologia settimanale del tempo sulla sedia, del tempo in piedi e delle pause, con esportazione in CSV e JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A command line and a status-bar output for scripts and panels</source>
        <translation>Una riga di comando e un output per le barre di stato, per script e pannelli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything stays on your computer: CreepGuard keeps its history in a local file and never uses the network.</source>
        <translation>Tutto resta sul tuo computer: CreepGuard conserva la cronologia in un file locale e non usa mai la rete.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A posture prompt with a short illustrated stretch</source>
        <comment>a screenshot</comment>
        <translation>Un promemoria per cambiare posizione con un breve esercizio illustrato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A week of sitting, standing and breaks</source>
        <comment>a screenshot</comment>
        <translation>Una settimana di tempo sulla sedia, tempo in piedi e pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings: when to warn, when to prompt, when to stay quiet</source>
        <comment>a screenshot</comment>
        <translation>Impostazioni: quando avvisare, quando proporre una pausa, quando non disturbare</translation>
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
        <translation>Tempi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behaviour</source>
        <translation>Comportamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not disturb</source>
        <translation>Non disturbare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Creep warning after</source>
        <translation>Avviso di carico dopo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle warning once you have sat this long, about when a sitting back starts to tire.</source>
        <translation>Un avviso discreto dopo questo tempo sulla sedia, più o meno quando la schiena inizia ad affaticarsi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change posture every</source>
        <translation>Cambio di posizione ogni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stretch card comes after this much sitting (or standing).</source>
        <translation>Dopo questo tempo sulla sedia (o in piedi) compare una scheda esercizio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A break resets the sit after</source>
        <translation>Una pausa azzera la seduta dopo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing or being away at least this long starts a new sit.</source>
        <translation>Stare in piedi o lontano almeno per questo tempo fa iniziare una nuova seduta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Away after no input for</source>
        <translation>Assente dopo un&apos;inattività di</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shorter pauses in typing count as sitting (reading is sitting).</source>
        <translation>Le interruzioni più brevi contano come tempo sulla sedia (anche leggere è stare seduti).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze for</source>
        <translation>Rimanda di</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long Snooze puts off a card.</source>
        <translation>Di quanto Rimanda posticipa una scheda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozes in a row</source>
        <translation>Rinvii consecutivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After this many, the card cannot be snoozed again.</source>
        <translation>Dopo questo numero di rinvii, la scheda non si può più rimandare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder style</source>
        <translation>Stile dei promemoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gentle: the card appears without taking the keyboard. Focused: the card takes focus. Persistent: no Skip; the card returns until you take the break.</source>
        <translation>Discreto: la scheda compare senza prendere la tastiera. In primo piano: la scheda prende il focus. Insistente: niente Salta; la scheda torna finché non fai la pausa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active from</source>
        <translation>Attivo dalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prompts before this time.</source>
        <translation>Nessun promemoria prima di quest&apos;ora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active until</source>
        <translation>Attivo fino alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prompts after this time (same as &apos;from&apos; means all day).</source>
        <translation>Nessun promemoria dopo quest&apos;ora (se è uguale all&apos;ora di inizio, vale tutto il giorno).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active days</source>
        <translation>Giorni attivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days on which prompts come.</source>
        <translation>Giorni in cui arrivano i promemoria.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posture drills a day</source>
        <translation>Esercizi di postura al giorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times a day the &apos;up and over&apos; posture drill is suggested, spread across active hours.</source>
        <translation>Quante volte al giorno viene proposto l&apos;esercizio di postura «Costole sopra il bacino», distribuite nell&apos;orario attivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a sound</source>
        <translation>Riproduci un suono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A soft sound when a card appears.</source>
        <translation>Un suono leggero quando compare una scheda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can&apos;t stand right now</source>
        <translation>Al momento non posso stare in piedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only seated exercises are suggested.</source>
        <translation>Vengono proposti solo esercizi da seduti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing desk</source>
        <translation>Scrivania regolabile in altezza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts say &apos;switch to standing&apos; or &apos;back to sitting&apos; instead of &apos;take a break&apos;.</source>
        <translation>I promemoria dicono «Passa alla posizione in piedi» o «Torna a sederti» invece di «Fai una pausa».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login</source>
        <translation>Avvia all&apos;accesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start CreepGuard when you log in.</source>
        <translation>Avvia CreepGuard quando accedi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the windows and the command line (restart CreepGuard to apply it).</source>
        <translation>La lingua delle finestre e della riga di comando (riavvia CreepGuard per applicarla).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait during full screen</source>
        <translation>Attendi con lo schermo intero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold cards while a full-screen window (a presentation, a video) is active.</source>
        <translation>Tieni in attesa le schede mentre è attiva una finestra a schermo intero (una presentazione, un video).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Respect do-not-disturb</source>
        <translation>Rispetta «Non disturbare»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold cards while the desktop&apos;s do-not-disturb is on.</source>
        <translation>Tieni in attesa le schede mentre è attiva la modalità Non disturbare del desktop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared folder</source>
        <translation>Cartella condivisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder your computers share (Syncthing, Nextcloud, a network home): they then count one sit and one history. Empty: this computer counts alone.</source>
        <translation>Una cartella condivisa dai tuoi computer (Syncthing, Nextcloud, una home di rete): contano così una sola seduta e una sola cronologia. Vuota: questo computer conta da solo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s name</source>
        <translation>Nome di questo computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the other computers and the history call this one. Empty: its host name.</source>
        <translation>Come lo chiamano gli altri computer e la cronologia. Vuoto: il nome host.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gentle</source>
        <translation>Discreto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Focused</source>
        <translation>In primo piano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persistent</source>
        <translation>Insistente</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a time like 07:30</source>
        <translation>%1 non è un orario come 07:30</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected true or false, got %1</source>
        <translation>atteso true o false, trovato %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a whole number, got %1</source>
        <translation>atteso un numero intero, trovato %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is out of range (%2 to %3 %4)</source>
        <translation>%1 è fuori intervallo (da %2 a %3 %4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not one of %2</source>
        <translation>%1 non è tra i valori ammessi (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a time like 07:30, got %1</source>
        <translation>atteso un orario come 07:30, trovato %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a list of %1</source>
        <translation>attesa una lista di valori tra %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a language CreepGuard speaks (%2)</source>
        <translation>%1 non è una lingua disponibile in CreepGuard (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected one line of text, got %1</source>
        <translation>attesa una riga di testo, ricevuto %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>longer than %1 characters</source>
        <translation>più lungo di %1 caratteri</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a folder like /home/you/Sync, got %1</source>
        <translation>attesa una cartella come /home/tu/Sync, ricevuto %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a whole path: give one like /home/you/Sync</source>
        <translation>%1 non è un percorso completo: indicane uno come /home/tu/Sync</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the creep warning must come before the posture change</source>
        <translation>l&apos;avviso di carico deve arrivare prima del cambio di posizione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a break that resets the sit cannot be longer than the away threshold</source>
        <translation>la pausa che azzera la seduta non può essere più lunga della soglia di assenza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a break must be shorter than the posture-change interval</source>
        <translation>la pausa deve essere più breve dell&apos;intervallo di cambio di posizione</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>%1 could not be read (%2); using the defaults and leaving the file as it is</source>
        <translation>impossibile leggere %1 (%2); si usano i valori predefiniti e il file resta com&apos;è</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: unknown setting %2 ignored</source>
        <translation>%1: impostazione sconosciuta %2 ignorata</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 for %3; using the default %4</source>
        <translation>%1: %2 per %3; si usa il valore predefinito %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 (%3); using the defaults for them</source>
        <translation>%1: %2 (%3); si usano i valori predefiniti</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../creepguard/ui/setting_editors.py" line="+68"/>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday</source>
        <translation>Lunedì</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Martedì</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mercoledì</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thu</source>
        <translation>Gio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Giovedì</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Venerdì</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sat</source>
        <translation>Sab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Sabato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Domenica</translation>
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
        <translation>nessuna: questo computer conta da solo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the %1</source>
        <translation>Scegli: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The system&apos;s language</source>
        <translation>La lingua del sistema</translation>
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
        <translation>Problema con %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Picture of %1</source>
        <translation>Immagine: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear “it hurts”</source>
        <translation>Annulla «mi fa male»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear “it hurts” for %1</source>
        <translation>Annulla «mi fa male» per %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offer this exercise again</source>
        <translation>Proponi di nuovo questo esercizio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer</source>
        <translation>Proponi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer %1</source>
        <translation>Proponi %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include this exercise in the cards</source>
        <translation>Includi questo esercizio nelle schede</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Favourite</source>
        <translation>Preferito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a favourite</source>
        <translation>%1 è tra i preferiti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show this exercise more often</source>
        <translation>Mostra questo esercizio più spesso</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You marked it “it hurts”: never offered</source>
        <translation>L&apos;hai segnato come «mi fa male»: non viene mai proposto</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 – Settings</source>
        <translation>%1 – Impostazioni</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+152"/>
        <source>Exercises</source>
        <translation>Esercizi</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings problems</source>
        <translation>Problemi nelle impostazioni</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Put every setting on the settings tabs back to its default (applied with OK or Apply); exercise choices and history are not touched</source>
        <translation>Riporta ai valori predefiniti tutte le impostazioni delle sezioni (si applicano con OK o Applica); le scelte sugli esercizi e la cronologia restano intatte</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Computers:</source>
        <translation>Computer:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose which exercises the cards suggest. Favourites come up more often; an exercise you marked “it hurts” is never offered until you clear it.</source>
        <translation>Scegli quali esercizi propongono le schede. I preferiti compaiono più spesso; un esercizio segnato come «mi fa male» non viene mai proposto finché non annulli il segno.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Find an exercise</source>
        <translation>Cerca un esercizio</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Clear the search</source>
        <translation>Cancella la ricerca</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No exercises were found.</source>
        <translation>Nessun esercizio trovato.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your sitting history stays on this computer, in this folder:</source>
        <translation>La cronologia del tempo sulla sedia resta su questo computer, in questa cartella:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open data folder</source>
        <translation>&amp;Apri la cartella dei dati</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport history…</source>
        <translation>&amp;Esporta la cronologia…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save every recorded day to a file</source>
        <translation>Salva in un file tutti i giorni registrati</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete all history…</source>
        <translation>&amp;Cancella tutta la cronologia…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove every recorded span and prompt (asks first)</source>
        <translation>Rimuove tutti gli intervalli e i promemoria registrati (chiede prima conferma)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleting cannot be undone. Settings and exercise choices are kept.</source>
        <translation>La cancellazione non si può annullare. Le impostazioni e le scelte sugli esercizi restano.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Data status</source>
        <translation>Stato dei dati</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No shared folder is set.</source>
        <translation>Nessuna cartella condivisa impostata.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Fix the values marked in red before saving (%1 tabs).</source>
        <translation>Correggi i valori segnati in rosso prima di salvare (sezioni: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the values marked in red before saving (%1 tab).</source>
        <translation>Correggi i valori segnati in rosso prima di salvare (sezione: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the value marked in red before saving (%1 tab).</source>
        <translation>Correggi il valore segnato in rosso prima di salvare (sezione: %1).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Settings not saved</source>
        <translation>Impostazioni non salvate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings could not be saved:
%1</source>
        <translation>Impossibile salvare le impostazioni:
%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No file manager could open %1.</source>
        <translation>Nessun file manager è riuscito ad aprire %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export history</source>
        <translation>Esporta la cronologia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;JSON files (*.json);;All files (*)</source>
        <translation>File CSV (*.csv);;File JSON (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The history could not be exported: %1</source>
        <translation>Impossibile esportare la cronologia: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History exported to %1.</source>
        <translation>Cronologia esportata in %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete all history?</source>
        <translation>Cancellare tutta la cronologia?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every recorded day, sit and prompt? This cannot be undone.

Your settings and exercise choices are kept.</source>
        <translation>Cancellare tutti i giorni, le sedute e i promemoria registrati? L&apos;operazione non si può annullare.

Le impostazioni e le scelte sugli esercizi restano.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was deleted.</source>
        <translation>Non è stato cancellato nulla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The history could not be deleted: %1</source>
        <translation>Impossibile cancellare la cronologia: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All history was deleted.</source>
        <translation>Tutta la cronologia è stata cancellata.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../creepguard/ui/shell.py" line="+61"/>
        <source>starting</source>
        <translation>in avvio</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Show stretch</source>
        <translation>Mostra l’esercizio</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../creepguard/ui/today_popup.py" line="+90"/>
        <source>Status icon</source>
        <translation>Icona di stato</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sitting toward the next posture change</source>
        <translation>Tempo sulla sedia fino al prossimo cambio di posizione</translation>
    </message>
</context>
<context>
    <name>StatusFormat</name>
    <message>
        <location filename="../creepguard/status_format.py" line="+27"/>
        <source>%1 h %2 min</source>
        <comment>hours and minutes, as in 1 h 05 min</comment>
        <translation>%1 h %2 min</translation>
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
        <translation>lun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <comment>Tuesday, abbreviated</comment>
        <translation>mar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <comment>Wednesday, abbreviated</comment>
        <translation>mer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <comment>Thursday, abbreviated</comment>
        <translation>gio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <comment>Friday, abbreviated</comment>
        <translation>ven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <comment>Saturday, abbreviated</comment>
        <translation>sab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <comment>Sunday, abbreviated</comment>
        <translation>dom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jan</source>
        <comment>January, abbreviated</comment>
        <translation>gen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feb</source>
        <comment>February, abbreviated</comment>
        <translation>feb</translation>
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
        <translation>apr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <comment>May, abbreviated</comment>
        <translation>mag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jun</source>
        <comment>June, abbreviated</comment>
        <translation>giu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <comment>July, abbreviated</comment>
        <translation>lug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aug</source>
        <comment>August, abbreviated</comment>
        <translation>ago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <comment>September, abbreviated</comment>
        <translation>set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oct</source>
        <comment>October, abbreviated</comment>
        <translation>ott</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <comment>November, abbreviated</comment>
        <translation>nov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dec</source>
        <comment>December, abbreviated</comment>
        <translation>dic</translation>
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
        <translation>domani alle %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <comment>a time within the week: weekday (%1), time (%2)</comment>
        <translation>%1 alle %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 %3 %4</source>
        <comment>a time beyond the week: weekday (%1), day of the month (%2), month (%3), time (%4)</comment>
        <translation>%1 %2 %3 alle %4</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>tra %n giorno</numerusform>
            <numerusform>tra %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in less than a minute</source>
        <translation>tra meno di un minuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1</source>
        <comment>how far off a moment is: in 1 h 30 min</comment>
        <translation>tra %1</translation>
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
        <translation>Prossimo promemoria tra %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prompt is due now</source>
        <translation>È il momento di un promemoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prompts while paused</source>
        <translation>Nessun promemoria durante la sospensione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No prompt while you are away</source>
        <translation>Nessun promemoria mentre sei assente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prompt during a break</source>
        <translation>Nessun promemoria durante una pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prompt due</source>
        <translation>Nessun promemoria previsto</translation>
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
            <numerusform>Oggi: %1 sulla sedia, %n pausa</numerusform>
            <numerusform>Oggi: %1 sulla sedia, %n pause</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 Done</source>
        <comment>breaks: the count of Done presses</comment>
        <translation>Fatto: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on your own</source>
        <comment>breaks taken on one&apos;s own</comment>
        <translation>spontanee: %1</translation>
    </message>
    <message>
        <source>%1 natural</source>
        <comment>breaks taken on one&apos;s own</comment>
        <translation type="vanished">spontanee: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 without a prompt</source>
        <comment>breaks</comment>
        <translation>senza promemoria: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breaks: %1</source>
        <comment>a list of counts</comment>
        <translation>Pause – %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompts: %1 of %2 ended by a break</source>
        <translation>Promemoria – conclusi con una pausa: %1 su %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 skipped</source>
        <comment>prompts</comment>
        <translation>saltati: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ignored</source>
        <comment>prompts</comment>
        <translation>ignorati: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n snooze(s)</source>
        <translation>
            <numerusform>rinvii: %n</numerusform>
            <numerusform>rinvii: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Longest sit %1, %2 past the creep threshold</source>
        <translation>Seduta più lunga: %1, oltre la soglia di carico: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CreepGuard is not running</source>
        <translation>CreepGuard non è in esecuzione</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1m</source>
        <comment>the sit in minutes, in a status bar: short</comment>
        <translation>%1m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting for %1</source>
        <translation>Sulla sedia da %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now: %1</source>
        <comment>the state: standing, away, on break</comment>
        <translation>Ora: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go easy on lifting until %1</source>
        <translation>Vacci piano con i pesi fino a: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused until %1</source>
        <translation>Sospeso fino a: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused until you resume</source>
        <translation>Sospeso finché non riprendi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sitting</source>
        <comment>a state</comment>
        <translation>sulla sedia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standing</source>
        <comment>a state</comment>
        <translation>in piedi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>away</source>
        <comment>a state</comment>
        <translation>assente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on break</source>
        <comment>a state</comment>
        <translation>in pausa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem: %1</source>
        <comment>one problem per line; status bars may look for it</comment>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CreepGuard is not running.</source>
        <translation>CreepGuard non è in esecuzione.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Noted: you are sitting. %1.</source>
        <translation>Registrato: sei sulla sedia. %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noted: you are standing. %1.</source>
        <translation>Registrato: sei in piedi. %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noted: you are away until you are back (input, or creepguard sit).</source>
        <translation>Registrato: sei assente finché non torni (tastiera o mouse, oppure creepguard sit).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A stretch card is on screen.</source>
        <translation>C&apos;è una scheda esercizio sullo schermo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A break was asked for: its card shows once nothing holds it (a full-screen window, do not disturb).</source>
        <translation>Pausa richiesta: la scheda comparirà appena niente la trattiene (una finestra a schermo intero, Non disturbare).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paused until %1. Tracking goes on; creepguard resume ends it.</source>
        <translation>Promemoria sospesi fino a: %1. Il monitoraggio continua; creepguard resume termina la sospensione.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paused until you resume (creepguard resume). Tracking goes on.</source>
        <translation>Promemoria sospesi finché non riprendi (creepguard resume). Il monitoraggio continua.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompts are back on. %1.</source>
        <translation>Promemoria riattivati. %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>Fatto.</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../creepguard/ui/status_window.py" line="+68"/>
        <source>CreepGuard status</source>
        <translation>Stato di CreepGuard</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the message</source>
        <translation>Apri il messaggio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss the message</source>
        <translation>Chiudi il messaggio</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Got it</source>
        <translation>Ho capito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Got it, hide this note</source>
        <translation>Ho capito, nascondi questa nota</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../creepguard/offline.py" line="+72"/>
        <source>The history file %1 cannot be used because %2. CreepGuard will keep it aside and start a new one when it starts.</source>
        <comment>%2 is a reason, as: it is damaged (...)</comment>
        <translation>Il file della cronologia %1 non si può usare perché %2. All&apos;avvio CreepGuard lo metterà da parte e ne creerà uno nuovo.</translation>
    </message>
    <message>
        <location filename="../creepguard/storage/database.py" line="+28"/>
        <source>it cannot be opened (%1)</source>
        <translation>non si può aprire (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer</source>
        <translation>non risponde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is damaged (%1)</source>
        <translation>è danneggiato (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a valid database (%1)</source>
        <translation>non è un database valido (%1)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The history file %1 could not be used because %2. It was kept as %3 and a new one was started.</source>
        <comment>%2 is a reason, as: it is damaged (...)</comment>
        <translation>Non è stato possibile usare il file della cronologia %1 perché %2. È stato conservato come %3 e ne è stato creato uno nuovo.</translation>
    </message>
    <message>
        <location filename="../creepguard/storage/store.py" line="+396"/>
        <source>The saved sit could not be read (%1); starting fresh.</source>
        <translation>Impossibile leggere la seduta salvata (%1); si riparte da zero.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../creepguard/sync/folder.py" line="+74"/>
        <source>The shared folder %1 is not there (unplugged, or not mounted?). CreepGuard counts on this computer alone meanwhile, and writes there again once it is back.</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>La cartella condivisa %1 non c&apos;è (scollegata o non montata?). Nel frattempo CreepGuard conta solo su questo computer e ci scriverà di nuovo appena torna disponibile.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The shared folder %1 is a file, not a folder. Choose a folder in Settings &gt; Devices.</source>
        <comment>%1 is the path; Settings &gt; Devices: the Settings window&apos;s Devices tab</comment>
        <translation>La cartella condivisa %1 è un file, non una cartella. Scegli una cartella in Impostazioni &gt; Dispositivi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing is in the shared folder %1 yet: CreepGuard writes there once it runs with this folder set.</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>Nella cartella condivisa %1 non c&apos;è ancora niente: CreepGuard ci scrive appena è in esecuzione con questa cartella impostata.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The shared folder %1 no longer holds CreepGuard&apos;s files (not mounted, or emptied). CreepGuard waits for it; to start afresh from this computer, turn the shared folder off and on again in Settings &gt; Devices.</source>
        <comment>%1 is the path; Settings &gt; Devices: the Settings window&apos;s Devices tab</comment>
        <translation>La cartella condivisa %1 non contiene più i file di CreepGuard (non montata o svuotata). CreepGuard la aspetta; per ricominciare da capo da questo computer, disattiva e riattiva la cartella condivisa in Impostazioni &gt; Dispositivi.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>permission denied</source>
        <comment>why a folder cannot be written in</comment>
        <translation>permesso negato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CreepGuard cannot write in the shared folder %1 (%2). It counts on this computer alone meanwhile.</source>
        <comment>%1 is the folder&apos;s path, %2 the reason (from the system, as: disk full)</comment>
        <translation>CreepGuard non riesce a scrivere nella cartella condivisa %1 (%2). Nel frattempo conta solo su questo computer.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>computer %1</source>
        <comment>a computer whose name is not known: %1 is the start of its id</comment>
        <translation>computer %1</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>%1&apos;s latest word (%2) was written by a newer CreepGuard (format %3); update CreepGuard on this computer to count it.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name; the latest word: what that computer last wrote about the person (at the keyboard or away, since when)</comment>
        <translation>L&apos;ultimo messaggio di %1 (%2) è stato scritto da un CreepGuard più recente (formato %3); aggiorna CreepGuard su questo computer perché venga contato.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s name (%2) was written by a newer CreepGuard (format %3); update CreepGuard on this computer to count it.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name</comment>
        <translation>Il nome di %1 (%2) è stato scritto da un CreepGuard più recente (formato %3); aggiorna CreepGuard su questo computer perché venga contato.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s day %2 (%3) was written by a newer CreepGuard (format %4); update CreepGuard on this computer to count it.</source>
        <comment>%1 is a computer&apos;s name, %2 a date (2026-12-03), %3 a file name</comment>
        <translation>Il giorno %2 di %1 (%3) è stato scritto da un CreepGuard più recente (formato %4); aggiorna CreepGuard su questo computer perché venga contato.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1&apos;s latest word (%2) could not be read: %3.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name, %3 why (as: it is not complete); the latest word: what that computer last wrote about the person</comment>
        <translation>Impossibile leggere l&apos;ultimo messaggio di %1 (%2): %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s name (%2) could not be read: %3.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name, %3 why (as: it is not complete)</comment>
        <translation>Impossibile leggere il nome di %1 (%2): %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s day %2 (%3) could not be read: %4.</source>
        <comment>%1 is a computer&apos;s name, %2 a date (2026-12-03), %3 a file name, %4 why (as: it is not complete)</comment>
        <translation>Impossibile leggere il giorno %2 di %1 (%3): %4.</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/formats.py" line="+143"/>
        <source>it is not text</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>non è testo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is not complete (it may still be arriving)</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>è incompleto (forse sta ancora arrivando)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not a CreepGuard file</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>non è un file di CreepGuard</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has no format number</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>non ha un numero di formato</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its format number %1 is not one CreepGuard ever wrote</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>il suo numero di formato %1 non è mai stato usato da CreepGuard</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is not a %1 file</source>
        <comment>%1 is the kind of file as the file names it: device, presence or day; ends &apos;... could not be read: &apos;</comment>
        <translation>non è un file di tipo %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its %1 is missing or wrong</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;seen&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>il campo %1 manca o è errato</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>its %1 is not a time</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;seen&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>il campo %1 non è un orario</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its %1 has no UTC offset</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;seen&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>il campo %1 non ha la differenza da UTC</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its %1 is %2, unknown here</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;state&apos;), %2 its value (&apos;lying down&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>il campo %1 vale %2, valore sconosciuto qui</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a span in it is not whole</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>un intervallo al suo interno è incompleto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a span&apos;s sit is not a number</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>la seduta di un intervallo non è un numero</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a span in it ends before it starts</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>un intervallo al suo interno finisce prima di iniziare</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a computer without a name</source>
        <comment>the name of a computer whose name is empty</comment>
        <translation>un computer senza nome</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>its &apos;day&apos; is not a date</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>il campo &apos;day&apos; non è una data</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a prompt in it is not whole</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>un promemoria al suo interno è incompleto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a prompt&apos;s snoozes are not a number</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>i rinvii di un promemoria non sono un numero</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/history.py" line="+51"/>
        <source>The shared folder did not answer within %1 s (a network folder gone away?); %2.</source>
        <comment>%1 is a number of seconds; %2 what is done instead, as: this computer&apos;s history is shown alone</comment>
        <translation>La cartella condivisa non ha risposto entro %1 s (una cartella di rete non più raggiungibile?); %2.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The shared folder holds a conflicting copy of %1&apos;s %2, made by the sync program; both copies were read and nothing is lost. You may delete the copy once every computer is in sync.</source>
        <comment>%1 is a computer&apos;s name, %2 the copy&apos;s file name in the folder; the sync program: Syncthing, Nextcloud, Dropbox...</comment>
        <translation>La cartella condivisa contiene una copia in conflitto di %2 di %1, creata dal programma di sincronizzazione; sono state lette entrambe le copie e non si perde nulla. Puoi eliminare la copia quando tutti i computer sono sincronizzati.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>this computer&apos;s history is shown alone</source>
        <comment>ends the sentence &apos;The shared folder did not answer within 5 s (a network folder gone away?); ...&apos;</comment>
        <translation>viene mostrata solo la cronologia di questo computer</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/link.py" line="+335"/>
        <source>The shared folder %1 does not answer (a network folder gone away?). CreepGuard counts on this computer alone meanwhile.</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>La cartella condivisa %1 non risponde (una cartella di rete non più raggiungibile?). Nel frattempo CreepGuard conta solo su questo computer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The clock on %1 is about %2 min ahead of this computer&apos;s: what it says is not used for the sit while that lasts. Let both computers set their clocks automatically.</source>
        <comment>%1 is a computer&apos;s name, %2 a number of minutes; the sit: the time the person has sat without a break</comment>
        <translation>L&apos;orologio di %1 è avanti di circa %2 min rispetto a quello di questo computer: finché dura, ciò che indica non viene usato per la seduta. Fai regolare l&apos;ora automaticamente a entrambi i computer.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>CreepGuard cannot use the shared folder %1 (%2). It counts on this computer alone meanwhile and writes there again once it can.</source>
        <comment>%1 is the folder&apos;s path, %2 the reason (from the system, as: disk full)</comment>
        <translation>CreepGuard non riesce a usare la cartella condivisa %1 (%2). Nel frattempo conta solo su questo computer e ci scriverà di nuovo appena possibile.</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/setup.py" line="+53"/>
        <source>just now</source>
        <comment>when a computer last saw the person</comment>
        <translation>proprio ora</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <comment>when a computer last saw the person</comment>
        <translation>
            <numerusform>%n min fa</numerusform>
            <numerusform>%n min fa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h %2 min ago</source>
        <comment>when a computer last saw the person: %1 hours and %2 minutes ago</comment>
        <translation>%1 h %2 min fa</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n h ago</source>
        <comment>when a computer last saw the person: hours ago</comment>
        <translation>
            <numerusform>%n h fa</numerusform>
            <numerusform>%n h fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <comment>when a computer last saw the person</comment>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (this computer)</source>
        <comment>%1 is this computer&apos;s name</comment>
        <translation>%1 (questo computer)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: has not said when it last saw you</source>
        <comment>%1 is another computer&apos;s name</comment>
        <translation>%1: non ha detto quando ti ha visto l&apos;ultima volta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: last saw you %2, ahead of this computer&apos;s clock</source>
        <comment>%1 is another computer&apos;s name, %2 a date and time (2026-12-03 09:40) later than this computer&apos;s clock says it is</comment>
        <translation>%1: ti ha visto l&apos;ultima volta il %2, più avanti dell&apos;orologio di questo computer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: last saw you %2, %3</source>
        <comment>%1 is another computer&apos;s name, %2 a date and time (2026-12-03 09:40), %3 how long ago, as: 3 min ago</comment>
        <translation>%1: ti ha visto l&apos;ultima volta il %2, %3</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the other computers are not listed</source>
        <comment>ends the sentence &apos;The shared folder did not answer within 5 s (a network folder gone away?); ...&apos;</comment>
        <translation>gli altri computer non sono elencati</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cannot look for a computer called %1: %2</source>
        <comment>%1 is the name the person typed after --device, quoted; %2 why (a sentence about the shared folder)</comment>
        <translation>impossibile cercare un computer chiamato %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no single computer is called %1 in the shared folder (there are: %2; `creepguard devices` lists them)</source>
        <comment>%1 is the name the person typed after --device, quoted; %2 the computers&apos; names, separated by commas; `creepguard devices` is a command: keep it as it is</comment>
        <translation>nella cartella condivisa non c&apos;è esattamente un computer chiamato %1 (ci sono: %2; `creepguard devices` li elenca)</translation>
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
        <translation>meno di un minuto</translation>
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
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
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
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tomorrow %1</source>
        <translation>domani alle %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Switch to standing</source>
        <translation>Passa alla posizione in piedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to stand up and move</source>
        <translation>È ora di alzarsi e muoversi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to sitting for a while</source>
        <translation>Torna a sederti per un po&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have stood a while: sit or move</source>
        <translation>Sei in piedi da un po&apos;: siediti o muoviti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short break</source>
        <translation>Una breve pausa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You have sat for %1.</source>
        <translation>Sei sulla sedia da %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You sat %1. Your back recovers until about %2: leave heavy lifting until then.</source>
        <translation>Hai passato %1 sulla sedia. La schiena recupera fino alle %2 circa: fino ad allora evita i carichi pesanti.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back recovering until %1: no heavy lifting</source>
        <translation>Schiena in recupero fino alle %1: niente carichi pesanti</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hold %1 min</source>
        <translation>Mantieni %1 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold %1 s</source>
        <translation>Mantieni %1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n breath</source>
        <translation type="vanished">
            <numerusform>%n respiro</numerusform>
            <numerusform>%n respiri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaths</source>
        <translation type="vanished">
            <numerusform>%n respiro</numerusform>
            <numerusform>%n respiri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition</source>
        <translation type="vanished">
            <numerusform>%n ripetizione</numerusform>
            <numerusform>%n ripetizioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetitions</source>
        <translation type="vanished">
            <numerusform>%n ripetizione</numerusform>
            <numerusform>%n ripetizioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n respiro</numerusform>
            <numerusform>%n respiri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n ripetizione</numerusform>
            <numerusform>%n ripetizioni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, each side</source>
        <translation>%1 per lato</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+123"/>
        <source>Standing</source>
        <translation>In piedi</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Seated</source>
        <translation>Da seduti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the floor</source>
        <translation>A terra</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop any exercise that hurts.</source>
        <translation>Interrompi qualsiasi esercizio che ti faccia male.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop: nothing on these cards should hurt. This exercise will not be suggested again. Try another one, or simply walk around for a minute.</source>
        <translation>Fermati: niente in queste schede dovrebbe fare male. Questo esercizio non verrà più proposto. Provane un altro, o semplicemente cammina un po&apos; per un minuto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kept: this exercise can come again.</source>
        <translation>Mantenuto: questo esercizio potrà tornare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starts by itself in a moment.</source>
        <translation>Parte da solo tra un attimo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Repetition %1 of %2: hold</source>
        <translation>Ripetizione %1 di %2: mantieni</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold</source>
        <translation>Mantieni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Come back slowly</source>
        <translation>Torna lentamente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repetition %1 of %2</source>
        <translation>Ripetizione %1 di %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breath %1 of %2: in, and slowly out</source>
        <translation>Respiro %1 di %2: inspira, poi espira lentamente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change sides</source>
        <translation>Cambia lato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>side %1 of 2</source>
        <translation>lato %1 di 2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Complete. Press Done when you are ready.</source>
        <translation>Completato. Premi Fatto quando vuoi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next stretch comes after %1 of sitting.</source>
        <translation>Il prossimo esercizio arriverà dopo %1 sulla sedia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The next card comes after another %1 of sitting.</source>
        <translation>La prossima scheda arriverà dopo %1 in più sulla sedia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The card comes back a little later.</source>
        <translation>La scheda tornerà un po&apos; più tardi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The card comes back in %1.</source>
        <translation>La scheda tornerà tra %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Paused until %1</source>
        <translation>Sospeso fino a: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused</source>
        <translation>Sospeso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sitting (just started)</source>
        <translation>Sulla sedia (da poco)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting for %1</source>
        <translation>Sulla sedia da %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On a break</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away</source>
        <translation>Assente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tracking</source>
        <translation>Monitoraggio non attivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No stretches while paused</source>
        <translation>Nessun esercizio durante la sospensione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stretch is waiting (full screen or do-not-disturb)</source>
        <translation>Un esercizio è in attesa (schermo intero o Non disturbare)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stretch planned right now</source>
        <translation>Nessun esercizio previsto al momento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stretch is due now</source>
        <translation>È ora di un esercizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next stretch in %1</source>
        <translation>Prossimo esercizio tra %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Past %1 of sitting: time to move soon</source>
        <translation>Oltre %1 sulla sedia: presto sarà ora di muoversi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Today: %1 sitting, %2 standing</source>
        <translation>Oggi: %1 sulla sedia, %2 in piedi</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n break(s)</source>
        <translation>
            <numerusform>%n pausa</numerusform>
            <numerusform>%n pause</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 on your own</source>
        <translation>spontanee: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n snooze(s)</source>
        <translation>
            <numerusform>rinvii: %n</numerusform>
            <numerusform>rinvii: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n break</source>
        <translation type="vanished">
            <numerusform>%n pausa</numerusform>
            <numerusform>%n pause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation type="vanished">
            <numerusform>%n pausa</numerusform>
            <numerusform>%n pause</numerusform>
        </translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1 Done</source>
        <translation>Fatto: %1</translation>
    </message>
    <message>
        <source>%1 natural</source>
        <translation type="vanished">spontanee: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 without a prompt</source>
        <translation>senza promemoria: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Breaks: %1</source>
        <translation>Pause – %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prompts: %1 of %2 ended by a break</source>
        <translation>Promemoria – conclusi con una pausa: %1 su %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 skipped</source>
        <translation>saltati: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ignored</source>
        <translation>ignorati: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n snooze</source>
        <translation type="vanished">
            <numerusform>rinvii: %n</numerusform>
            <numerusform>rinvii: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozes</source>
        <translation type="vanished">
            <numerusform>rinvii: %n</numerusform>
            <numerusform>rinvii: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Longest sit %1, %2 past the creep threshold</source>
        <translation>Seduta più lunga: %1, oltre la soglia di carico: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CreepGuard cannot see the keyboard and mouse: use “I&apos;m away” when you leave</source>
        <translation>CreepGuard non rileva tastiera e mouse: usa «Sono assente» quando ti allontani</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I&apos;m sitting</source>
        <translation>Torno a sedermi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m standing</source>
        <translation>Mi alzo in piedi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sitting, just started</source>
        <translation>Sulla sedia da poco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting %1</source>
        <translation>Sulla sedia da %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a stretch is waiting</source>
        <translation>un esercizio è in attesa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stretch now</source>
        <translation>esercizio ora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stretch in %1</source>
        <translation>esercizio tra %1</translation>
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
        <translation>Oggi solo esercizi da seduti</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a full-screen window is active</source>
        <translation>è attiva una finestra a schermo intero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>do-not-disturb is on</source>
        <translation>è attiva la modalità Non disturbare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your desktop shows no tray area, so CreepGuard lives in this small window. On GNOME, the “AppIndicator and KStatusNotifierItem Support” extension adds one. When a tray appears, CreepGuard moves into it by itself.</source>
        <translation>Il tuo desktop non mostra un&apos;area di notifica, quindi CreepGuard vive in questa piccola finestra. Su GNOME, l&apos;estensione «AppIndicator and KStatusNotifierItem Support» ne aggiunge una. Quando compare un&apos;area di notifica, CreepGuard ci si sposta da solo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CreepGuard notices how long you sit and, every so often, suggests a short stretch. After about 20 minutes of sitting your back starts to “creep”; changing posture about every 30 minutes helps it recover.</source>
        <translation>CreepGuard tiene conto di quanto tempo passi sulla sedia e, ogni tanto, ti propone un breve esercizio di allungamento. Dopo circa 20 minuti sulla sedia la schiena inizia a risentire del carico (il cosiddetto «creep»); cambiare posizione circa ogni 30 minuti la aiuta a recuperare.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not medical advice. Stop any exercise that hurts, and skip the ones that do not suit you.</source>
        <translation>Questo non è un consiglio medico. Interrompi qualsiasi esercizio che ti faccia male e salta quelli che non fanno per te.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../creepguard/ui/timeline.py" line="+86"/>
        <source>Sitting</source>
        <translation>Sulla sedia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting past the creep threshold</source>
        <translation>Sulla sedia oltre la soglia di carico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing</source>
        <translation>In piedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a break</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away</source>
        <translation>Assente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not running</source>
        <translation>Monitoraggio non attivo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Day timeline</source>
        <translation>Andamento della giornata</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No day chosen.</source>
        <translation>Nessun giorno selezionato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: nothing recorded.</source>
        <translation>%1: niente di registrato.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2 to %3: %4. Use Left and Right to go through the spans.</source>
        <translation>%1, dalle %2 alle %3: %4. Usa le frecce Sinistra e Destra per scorrere gli intervalli.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>under a minute recorded</source>
        <translation>meno di un minuto registrato</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2 to %3 (%4)</source>
        <translation>%1, dalle %2 alle %3 (%4)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Nothing recorded on this day.</source>
        <translation>Niente di registrato in questo giorno.</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../creepguard/ui/today_popup.py" line="+86"/>
        <source>CreepGuard today</source>
        <translation>CreepGuard oggi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take a break now</source>
        <translation>Fai una pausa ora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause 30 min</source>
        <translation>Sospendi 30 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Riprendi</translation>
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
        <translation>&amp;Fai una pausa ora</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>I&apos;m &amp;standing</source>
        <translation>Mi alzo in &amp;piedi</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>I&apos;m &amp;away</source>
        <translation>Sono &amp;assente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I &amp;can&apos;t stand today</source>
        <translation>&amp;Oggi non posso stare in piedi</translation>
    </message>
    <message>
        <source>The last &amp;quiet spell</source>
        <translation type="vanished">L&apos;&amp;ultimo periodo inattivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The &amp;last quiet spell</source>
        <translation>L&apos;&amp;ultimo periodo inattivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I was &amp;away</source>
        <translation>Ero &amp;assente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I was &amp;sitting</source>
        <translation>Ero alla &amp;scrivania</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Pause</source>
        <translation>Sospen&amp;di</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For &amp;30 minutes</source>
        <translation>Per &amp;30 minuti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For &amp;1 hour</source>
        <translation>Per &amp;1 ora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until &amp;tomorrow</source>
        <translation>Fino a &amp;domani</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until I &amp;resume</source>
        <translation>Finché non &amp;riprendo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Resume</source>
        <translation>&amp;Riprendi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;History…</source>
        <translation>&amp;Cronologia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>I&apos;m &amp;sitting</source>
        <translation>Torno a &amp;sedermi</translation>
    </message>
    <message>
        <location filename="../creepguard/ui/tray.py" line="+81"/>
        <source>CreepGuard menu</source>
        <translation>Menu di CreepGuard</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../creepguard/ui/welcome.py" line="+39"/>
        <source>Gentle: appears without taking the keyboard</source>
        <translation>Discreto: compare senza prendere la tastiera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focused: takes the keyboard</source>
        <translation>In primo piano: prende la tastiera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persistent: no Skip, comes back</source>
        <translation>Insistente: senza Salta, si ripresenta</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+5"/>
        <source>Welcome to CreepGuard</source>
        <translation>Ti diamo il benvenuto in CreepGuard</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tracking starts when you press Start. You can change these and more at any time in Settings.</source>
        <translation>Il monitoraggio inizia quando premi Inizia. Puoi cambiare queste e altre opzioni in qualsiasi momento nelle Impostazioni.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now: quit without tracking</source>
        <translation>Non ora: esci senza monitorare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with these settings</source>
        <translation>Inizia con queste impostazioni</translation>
    </message>
</context>
</TS>
