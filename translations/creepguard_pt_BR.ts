<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
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
        <translation>O CreepGuard não consegue detectar a atividade do teclado e do mouse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time counts as sitting while the screen is unlocked. Use I&apos;m standing, I&apos;m away and Take a break from the menu; `creepguard diagnose` says why.</source>
        <translation>Enquanto a tela estiver desbloqueada, o tempo conta como tempo na cadeira. Use “Vou ficar em pé”, “Estou ausente” e “Fazer uma pausa agora” no menu; `creepguard diagnose` explica o motivo.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>CreepGuard cannot save your history</source>
        <translation>O CreepGuard não consegue salvar o histórico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Tracking goes on and will be saved once the disk accepts it again.</source>
        <translation>%1. O monitoramento continua; os dados serão salvos assim que for possível gravar no disco de novo.</translation>
    </message>
    <message>
        <source>You have sat for %1 minutes</source>
        <translation type="vanished">Você está na cadeira há %1 minutos</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A short stretch or a change of posture soon lets your back recover.</source>
        <translation>Em breve, um alongamento curto ou uma mudança de postura vai ajudar suas costas a se recuperarem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stretch now</source>
        <translation>Alongar agora</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Well done</source>
        <translation>Muito bem</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../creepguard/ui/card.py" line="+255"/>
        <source>Progress of the hold</source>
        <translation>Progresso da contagem</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+78"/>
        <source>Start now</source>
        <translation>Começar agora</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the hold</source>
        <translation>Pausar a contagem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go on</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on with the hold</source>
        <translation>Continuar a contagem</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Start the hold now</source>
        <translation>Começar a contagem agora</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+715"/>
        <source>Well done</source>
        <translation>Muito bem</translation>
    </message>
    <message>
        <location line="-713"/>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do it again</source>
        <translation>Fazer de novo</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the card without answering</source>
        <translation>Fechar o cartão sem responder</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Illustration</source>
        <translation>Ilustração</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+3"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It did not hurt: keep suggesting this exercise</source>
        <translation>Não doeu: continuar sugerindo este exercício</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No other exercise fits right now.</source>
        <translation>No momento, não há outro exercício adequado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This hurts</source>
        <translation>Isso dói</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop this exercise; it will not be suggested again</source>
        <translation>Parar este exercício; ele não será mais sugerido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me again in a few minutes (Esc)</source>
        <translation>Lembrar de novo em alguns minutos (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another one</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I did the exercise (Enter)</source>
        <translation>Fiz o exercício (Enter)</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Drawing of %1</source>
        <translation>Desenho: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Step %1</source>
        <translation>Passo %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why: %1</source>
        <translation>Por quê: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Careful: %1</source>
        <translation>Cuidado: %1</translation>
    </message>
    <message>
        <location line="+277"/>
        <source>Snoozed</source>
        <translation>Adiado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped</source>
        <translation>Pulado</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../creepguard/cli.py" line="+53"/>
        <source>(see %1 --help)</source>
        <comment>after a mistake on the command line</comment>
        <translation>(veja %1 --help)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a number from %2 to %3</source>
        <translation>%1 não é um número de %2 a %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a duration: use minutes (30), 90s, 45m, 1h, 1h30m or tomorrow</source>
        <comment>keep 90s, 45m, 1h, 1h30m and tomorrow: the command takes them as written</comment>
        <translation>%1 não é uma duração: use minutos (30), 90s, 45m, 1h, 1h30m ou tomorrow</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a pause must be longer than zero</source>
        <translation>uma suspensão precisa ser maior que zero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a pause cannot be longer than a year (%1 minutes); use `pause` without a duration</source>
        <translation>uma suspensão não pode durar mais de um ano (%1 minutos); use `pause` sem duração</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>creepguard: note: %1</source>
        <comment>a problem with the shared folder, said before the command&apos;s answer; &apos;creepguard&apos; is the program&apos;s name</comment>
        <translation>creepguard: observação: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>CreepGuard is not running. Start it with: creepguard run</source>
        <translation>O CreepGuard não está em execução. Inicie com: creepguard run</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the command failed</source>
        <translation>o comando falhou</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the week %1 ends after %2, the last day there is</source>
        <translation>a semana %1 termina depois de %2, o último dia possível</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Week %1</source>
        <comment>a heading: the ISO week, as 2026-W48</comment>
        <translation>Semana %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day</source>
        <comment>a column</comment>
        <translation>dia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sitting</source>
        <comment>a column</comment>
        <translation>na cadeira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standing</source>
        <comment>a column</comment>
        <translation>em pé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>past creep</source>
        <comment>a column</comment>
        <translation>sobrecarga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longest</source>
        <comment>a column</comment>
        <translation>mais longo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>breaks</source>
        <comment>a column</comment>
        <translation>pausas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <comment>a column</comment>
        <translation>Feito</translation>
    </message>
    <message>
        <source>natural</source>
        <comment>a column</comment>
        <translation type="vanished">espontâneas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unprompted</source>
        <comment>a column</comment>
        <translation>sem lembrete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped</source>
        <comment>a column</comment>
        <translation>pulados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored</source>
        <comment>a column</comment>
        <translation>ignorados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>snoozed</source>
        <comment>a column</comment>
        <translation>adiados</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Total %1 sitting, average %2 a day, longest sit %3, %4 past the creep threshold</source>
        <translation>Total na cadeira: %1, média por dia: %2, maior período na cadeira: %3, além do limite de sobrecarga: %4</translation>
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
            <numerusform>Pausas: %n (Feito: %1, espontâneas: %2, sem lembrete: %3); lembretes encerrados por uma pausa: %4 de %5%6</numerusform>
            <numerusform>Pausas: %n (Feito: %1, espontâneas: %2, sem lembrete: %3); lembretes encerrados por uma pausa: %4 de %5%6</numerusform>
        </translation>
    </message>
    <message>
        <location line="-43"/>
        <source>on your own</source>
        <comment>a column</comment>
        <translation>espontâneas</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n break(s) (%1 Done, %2 on your own, %3 without a prompt); prompts ended by a break: %4 of %5%6</source>
        <comment>%6 is the share, as &apos; (75%)&apos;, or nothing</comment>
        <translation>
            <numerusform>Pausas: %n (Feito: %1, espontâneas: %2, sem lembrete: %3); lembretes encerrados por uma pausa: %4 de %5%6</numerusform>
            <numerusform>Pausas: %n (Feito: %1, espontâneas: %2, sem lembrete: %3); lembretes encerrados por uma pausa: %4 de %5%6</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 %2 is not a date like 2026-11-23</source>
        <translation>%1 %2 não é uma data no formato 2026-11-23</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--until is before --since</source>
        <translation>--until é anterior a --since</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported %1, %2 and %3 to %4</source>
        <comment>counts of spans, prompts, breaks</comment>
        <translation>Exportado para %4 (%1; %2; %3)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n span(s)</source>
        <translation>
            <numerusform>intervalos: %n</numerusform>
            <numerusform>intervalos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>lembretes: %n</numerusform>
            <numerusform>lembretes: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n break(s)</source>
        <translation>
            <numerusform>pausas: %n</numerusform>
            <numerusform>pausas: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No shared folder is set: this computer counts alone. Choose one in Settings &gt; Devices (see README, Several computers).</source>
        <comment>Settings &gt; Devices: the Settings window&apos;s Devices tab; Several computers: a section of the README</comment>
        <translation>Nenhuma pasta compartilhada definida: este computador conta sozinho. Escolha uma em Configurações &gt; Dispositivos (veja o README, Several computers).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shared folder: %1</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>Pasta compartilhada: %1</translation>
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
        <translation>a pasta não existe</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Python %1 on %2</source>
        <translation>Python %1 em %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session type</source>
        <translation>Tipo de sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop</source>
        <translation>Ambiente gráfico</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Qt %1, platform plugin: %2</source>
        <translation>Qt %1, plugin de plataforma: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System tray: available</source>
        <translation>Área de notificação: disponível</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System tray: not available (a window is used)</source>
        <translation>Área de notificação: indisponível (é usada uma janela)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt: cannot start (%1)</source>
        <translation>Qt: não foi possível iniciar (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tracker: running (pid lock %1), state %2</source>
        <translation>Monitoramento: em execução (trava de pid %1), estado %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tracker: not running</source>
        <translation>Monitoramento: não está em execução</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data folder: %1</source>
        <translation>Pasta de dados: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History file: %1</source>
        <translation>Arquivo de histórico: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings file: %1</source>
        <translation>Arquivo de configurações: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log folder: %1</source>
        <translation>Pasta de logs: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control socket: %1</source>
        <translation>Socket de controle: %1</translation>
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
        <translation>%1: desconhecido (a variável %2 não está definida)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CreepGuard will start at login (%1).</source>
        <translation>O CreepGuard será iniciado no login (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CreepGuard will not start at login.</source>
        <translation>O CreepGuard não será iniciado no login.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Measures how long you have sat without a break and prompts short posture breaks. Without a command, starts the tracker.</source>
        <translation>Mede há quanto tempo você está na cadeira sem pausa e sugere pausas curtas para mudar de postura. Sem um comando, inicia o monitoramento.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>log debug details</source>
        <translation>registra detalhes de depuração</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start the tracker (the default; a second one asks the running one to show itself and exits 0)</source>
        <translation>inicia o monitoramento (o padrão; uma segunda instância pede à que está em execução que apareça e sai com 0)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>watch a scripted person&apos;s short day at 30x speed, on a temporary data folder (your history is untouched)</source>
        <translation>mostra o dia curto de uma pessoa simulada em velocidade 30x, numa pasta de dados temporária (seu histórico não é alterado)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>run the whole app N times faster</source>
        <translation>executa o aplicativo inteiro N vezes mais rápido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the current sit, from the tracker, or from the store when none runs</source>
        <translation>o tempo atual na cadeira, do monitoramento ou, se ele não estiver em execução, dos dados salvos</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <location line="+44"/>
        <source>machine-readable JSON</source>
        <translation>JSON para leitura por programas</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>one-line JSON for status bars</source>
        <translation>JSON em uma linha para barras de status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tell the tracker you sit</source>
        <translation>informa que você se sentou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tell the tracker you stand</source>
        <translation>informa que você está em pé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take a break now (shows a stretch card)</source>
        <translation>faz uma pausa agora (mostra um cartão de alongamento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tell the tracker you are leaving the desk</source>
        <translation>informa que você está saindo da mesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end a pause</source>
        <translation>encerra uma suspensão</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hold prompts (tracking goes on)</source>
        <translation>suspende os lembretes (o monitoramento continua)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DURATION: a bare number is minutes; 90s, 45m, 1h, 1h30m; &apos;tomorrow&apos; is the next start of active hours; none pauses until `creepguard resume`.</source>
        <translation>DURATION: um número sozinho indica minutos; 90s, 45m, 1h, 1h30m; &apos;tomorrow&apos; é o próximo início do horário ativo; sem duração, suspende até `creepguard resume`.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a week of sitting per day, with totals</source>
        <translation>uma semana de tempo na cadeira, dia a dia, com totais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO week, e.g. 2026-W48</source>
        <translation>semana ISO, por exemplo 2026-W48</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>one computer&apos;s record alone (its name, or &apos;this&apos;); all computers by default</source>
        <translation>só o registro de um computador (o nome dele, ou &apos;this&apos;); por padrão, todos os computadores</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>every span, prompt and break (JSON: and each day&apos;s counts)</source>
        <translation>cada intervalo, lembrete e pausa (JSON: também as contagens de cada dia)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write here instead of standard output</source>
        <translation>grava aqui em vez da saída padrão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first day, YYYY-MM-DD</source>
        <translation>primeiro dia, AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day, YYYY-MM-DD</source>
        <translation>último dia, AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>version, platform, Qt, tray, activity backend with a live idle reading, paths</source>
        <translation>versão, plataforma, Qt, área de notificação, backend de atividade com uma leitura de inatividade em tempo real, caminhos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the exercise library (id, title, position, enabled, illustration)</source>
        <translation>a biblioteca de exercícios (id, título, posição, ativado, ilustração)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start at login: on, off, or show</source>
        <translation>iniciar no login: on, off ou, sem argumento, mostra o estado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>print a shell completion script: bash, zsh or fish</source>
        <translation>imprime um script de autocompletar para o shell: bash, zsh ou fish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints a completion script for SHELL, made from this command line. bash: add `source &lt;(creepguard completion bash)` to ~/.bashrc. zsh: `creepguard completion zsh &gt; ~/.zfunc/_creepguard` with ~/.zfunc in $fpath. fish: `creepguard completion fish &gt; ~/.config/fish/completions/creepguard.fish`.</source>
        <translation>Imprime um script de autocompletar para SHELL, gerado a partir desta linha de comando. bash: adicione `source &lt;(creepguard completion bash)` ao ~/.bashrc. zsh: `creepguard completion zsh &gt; ~/.zfunc/_creepguard` com ~/.zfunc no $fpath. fish: `creepguard completion fish &gt; ~/.config/fish/completions/creepguard.fish`.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>commands and their options:</source>
        <translation>comandos e suas opções:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DURATION (pause): a bare number is minutes; 90s, 45m, 1h, 1h30m; &apos;tomorrow&apos; is the next start of active hours; none pauses until `creepguard resume`.</source>
        <translation>DURATION (pause): um número sozinho indica minutos; 90s, 45m, 1h, 1h30m; &apos;tomorrow&apos; é o próximo início do horário ativo; sem duração, suspende até `creepguard resume`.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit codes: 0 ok, 1 failure, 2 bad usage, 3 no tracker running.</source>
        <translation>Códigos de saída: 0 ok, 1 falha, 2 uso incorreto, 3 monitoramento não está em execução.</translation>
    </message>
    <message>
        <location filename="../creepguard/startup/runner.py" line="+278"/>
        <source>Demo at %1x speed: a scripted person lives a short day, about %2 real minutes. Its data lives in %3 (removed at the end), not in your history.</source>
        <translation>Demonstração em velocidade %1x: uma pessoa roteirizada vive um dia curto, cerca de %2 minutos reais. Os dados dela ficam em %3 (removida no fim), não no seu histórico.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try: %1</source>
        <comment>a command to type</comment>
        <translation>Experimente: %1</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../creepguard/demo.py" line="+91"/>
        <source>Sitting and typing. The ring fills toward the next posture change.</source>
        <translation>Sentada e digitando. O anel se enche até a próxima mudança de postura.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading: no keyboard or mouse for 3 minutes. That is still sitting.</source>
        <translation>Lendo: 3 minutos sem teclado nem mouse. Isso ainda é tempo na cadeira.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Typing again. At 20 minutes of sitting the creep warning comes.</source>
        <translation>Digitando de novo. Aos 20 minutos na cadeira vem o aviso de sobrecarga.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The creep warning: after about 20 minutes a sitting back starts to tire.</source>
        <translation>O aviso de sobrecarga: depois de uns 20 minutos na cadeira, as costas começam a se cansar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working on. At 30 minutes a stretch card asks for a posture change.</source>
        <translation>O trabalho continua. Aos 30 minutos, um cartão de alongamento pede uma mudança de postura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stretch card. The person stops typing and follows it.</source>
        <translation>O cartão de alongamento. A pessoa para de digitar e segue o cartão.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 quiet minutes on the card: that is the break, and the sit ends.</source>
        <translation>2 minutos tranquilos no cartão: essa é a pausa, e o período na cadeira termina.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back at the keyboard: the card closes by itself, the break counted.</source>
        <translation>De volta ao teclado: o cartão se fecha sozinho, e a pausa é contada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A walk away from the desk: no keyboard, no mouse.</source>
        <translation>Uma caminhada longe da mesa: sem teclado, sem mouse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 minutes without input: away, counted from the last input.</source>
        <translation>5 minutos sem atividade: ausente, contando a partir da última atividade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back at the desk: a few seconds of typing and the person is back.</source>
        <translation>De volta à mesa: alguns segundos digitando e a pessoa está de volta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I&apos;m standing (tray menu): standing at the desk, still typing.</source>
        <translation>“Vou ficar em pé” (menu da área de notificação): em pé à mesa, ainda digitando.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m sitting again. That was the demo&apos;s short day.</source>
        <translation>“Vou me sentar” de novo. Esse foi o dia curto da demonstração.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo ends; its temporary history is removed.</source>
        <translation>A demonstração termina; o histórico temporário dela é apagado.</translation>
    </message>
    <message>
        <location filename="../creepguard/ui/demo_caption.py" line="+30"/>
        <source>CreepGuard demo</source>
        <translation>Demonstração do CreepGuard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CreepGuard demo caption</source>
        <translation>Legenda da demonstração do CreepGuard</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo, minute %1: %2</source>
        <comment>the demo&apos;s caption: %1 the minute of the demo&apos;s short day, %2 what happens</comment>
        <translation>Demonstração, minuto %1: %2</translation>
    </message>
</context>
<context>
    <name>Diagnose</name>
    <message>
        <location filename="../creepguard/sensing/diagnose.py" line="+62"/>
        <source>Activity sensing: %1</source>
        <translation>Detecção de atividade: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in use</source>
        <comment>a backend</comment>
        <translation>em uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <comment>a backend</comment>
        <translation>descartado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Live reading: idle %1 s, %2, %3 (read in %4 ms)</source>
        <translation>Leitura em tempo real: inatividade %1 s, %2, %3 (lida em %4 ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked</source>
        <translation>tela bloqueada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unlocked</source>
        <translation>tela desbloqueada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inhibited</source>
        <translation>inatividade inibida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not inhibited</source>
        <translation>inatividade não inibida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1</source>
        <translation>Observação: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Activity sensing: could not be checked (%1)</source>
        <translation>Detecção de atividade: não foi possível verificar (%1)</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../creepguard/ui/history_window.py" line="+88"/>
        <source>No sitting recorded this week yet. Once CreepGuard has run for a while, each day&apos;s sitting appears here.</source>
        <translation>Ainda não há tempo na cadeira registrado nesta semana. Depois que o CreepGuard estiver em execução por um tempo, o tempo de cada dia aparece aqui.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sitting</source>
        <translation>Na cadeira</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sitting past the creep threshold</source>
        <translation>Na cadeira além do limite de sobrecarga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing</source>
        <translation>Em pé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Breaks</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>Every break: Done, natural and without a prompt</source>
        <translation type="vanished">Todas as pausas: com Feito, espontâneas e sem lembrete</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts you answered with Done</source>
        <translation>Lembretes que você respondeu com Feito</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation type="vanished">Espontâneas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You took the break yourself while a prompt was due</source>
        <translation>Você fez a pausa por conta própria enquanto um lembrete estava pendente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unprompted</source>
        <translation>Sem lembrete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks you took with no prompt due</source>
        <translation>Pausas que você fez sem nenhum lembrete pendente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped</source>
        <translation>Pulados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts you skipped</source>
        <translation>Lembretes que você pulou</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignored</source>
        <translation>Ignorados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts that went away unanswered</source>
        <translation>Lembretes que se fecharam sem resposta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snoozed</source>
        <translation>Adiados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times a prompt was snoozed</source>
        <translation>Vezes em que um lembrete foi adiado</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Week %1, %2</source>
        <translation>Semana %1, %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>no change</source>
        <translation>sem mudança</translation>
    </message>
    <message numerus="yes">
        <source>%n point</source>
        <translation type="vanished">
            <numerusform>%n ponto</numerusform>
            <numerusform>%n pontos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation type="vanished">
            <numerusform>%n pontos</numerusform>
            <numerusform>%n pontos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1 – History</source>
        <translation>%1 – Histórico</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Week shown</source>
        <translation>Semana exibida</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Empty week</source>
        <translation>Semana vazia</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week before (Alt+Left)</source>
        <translation>A semana anterior (Alt+Esquerda)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This &amp;week</source>
        <translation>Esta &amp;semana</translation>
    </message>
    <message>
        <source>Go to the current week (Alt+W)</source>
        <translation type="vanished">Ir para a semana atual (Alt+S)</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Every break: Done, on your own and without a prompt</source>
        <translation>Todas as pausas: com Feito, espontâneas e sem lembrete</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On your own</source>
        <translation>Espontâneas</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n pontos</numerusform>
            <numerusform>%n pontos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Go to the current week (%1)</source>
        <translation>Ir para a semana atual (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next ▶</source>
        <translation>Próxima ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The week after (Alt+Right)</source>
        <translation>A semana seguinte (Alt+Direita)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next week</source>
        <translation>Próxima semana</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Go to:</source>
        <translation>&amp;Ir para:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to the week of this date</source>
        <translation>Ir para a semana desta data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick any day to see its week</source>
        <translation>Escolha qualquer dia para ver a semana dele</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save this week&apos;s days as a CSV file</source>
        <translation>Salvar os dias desta semana em um arquivo CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;mputer:</source>
        <translation>&amp;Computador:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose history to show</source>
        <translation>Qual histórico mostrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every computer sharing the folder together, or one alone</source>
        <translation>Todos os computadores que compartilham a pasta juntos, ou um só</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sitting this week</source>
        <translation>Na cadeira nesta semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sitting recorded</source>
        <translation>Todo o tempo na cadeira registrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average a day</source>
        <translation>Média por dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting divided by the days CreepGuard ran</source>
        <translation>Tempo na cadeira dividido pelos dias em que o CreepGuard estava em execução</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Longest sit</source>
        <translation>Maior período na cadeira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest sit without a break</source>
        <translation>O maior período na cadeira sem pausa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past the creep threshold</source>
        <translation>Além do limite de sobrecarga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting beyond the creep warning, added up over every sit</source>
        <translation>Tempo na cadeira depois do aviso de sobrecarga, somado em todos os períodos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompts ended by a break</source>
        <translation>Lembretes encerrados por uma pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts that ended with a break (Done or on your own), out of all</source>
        <translation>Lembretes que terminaram com uma pausa (com Feito ou espontânea), do total</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>&lt;b&gt;Breaks&lt;/b&gt;: every break, the next three added up. &lt;b&gt;Done&lt;/b&gt;: you answered a prompt with Done. &lt;b&gt;On your own&lt;/b&gt;: you took the break yourself while a prompt was due. &lt;b&gt;Unprompted&lt;/b&gt;: you stood up or left for a break with no prompt due. &lt;b&gt;Skipped&lt;/b&gt;: you chose Skip. &lt;b&gt;Ignored&lt;/b&gt;: a prompt went away unanswered. &lt;b&gt;Snoozed&lt;/b&gt;: times a prompt was put off.</source>
        <translation>&lt;b&gt;Pausas&lt;/b&gt;: todas as pausas, a soma das três colunas seguintes. &lt;b&gt;Feito&lt;/b&gt;: você respondeu a um lembrete com Feito. &lt;b&gt;Espontâneas&lt;/b&gt;: você fez a pausa por conta própria enquanto um lembrete estava pendente. &lt;b&gt;Sem lembrete&lt;/b&gt;: você ficou em pé ou saiu para uma pausa sem nenhum lembrete pendente. &lt;b&gt;Pulados&lt;/b&gt;: você escolheu Pular. &lt;b&gt;Ignorados&lt;/b&gt;: um lembrete se fechou sem resposta. &lt;b&gt;Adiados&lt;/b&gt;: vezes em que um lembrete foi adiado.</translation>
    </message>
    <message>
        <source>Prompt episodes that ended with a break (taken or natural), out of all</source>
        <translation type="vanished">Lembretes que terminaram com uma pausa (com Feito ou espontânea), do total</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Sitting and standing per day, in hours</source>
        <translation>Tempo na cadeira e em pé por dia, em horas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a bar to see that day below</source>
        <translation>Clique em uma barra para ver esse dia abaixo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Breaks and prompts</source>
        <translation>Pausas e lembretes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breaks and how prompts ended, per day</source>
        <translation>Pausas e como os lembretes terminaram, por dia</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>&lt;b&gt;Breaks&lt;/b&gt;: every break, the next three added up. &lt;b&gt;Done&lt;/b&gt;: you answered a prompt with Done. &lt;b&gt;Natural&lt;/b&gt;: you took the break yourself while a prompt was due. &lt;b&gt;Unprompted&lt;/b&gt;: you stood up or left for a break with no prompt due. &lt;b&gt;Skipped&lt;/b&gt;: you chose Skip. &lt;b&gt;Ignored&lt;/b&gt;: a prompt went away unanswered. &lt;b&gt;Snoozed&lt;/b&gt;: times a prompt was put off.</source>
        <translation type="vanished">&lt;b&gt;Pausas&lt;/b&gt;: todas as pausas, a soma das três colunas seguintes. &lt;b&gt;Feito&lt;/b&gt;: você respondeu a um lembrete com Feito. &lt;b&gt;Espontâneas&lt;/b&gt;: você fez a pausa por conta própria enquanto um lembrete estava pendente. &lt;b&gt;Sem lembrete&lt;/b&gt;: você ficou em pé ou saiu para uma pausa sem nenhum lembrete pendente. &lt;b&gt;Pulados&lt;/b&gt;: você escolheu Pular. &lt;b&gt;Ignorados&lt;/b&gt;: um lembrete se fechou sem resposta. &lt;b&gt;Adiados&lt;/b&gt;: vezes em que um lembrete foi adiado.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing was recorded the week before to compare with.</source>
        <translation>Nada foi registrado na semana anterior para comparar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arrows compare with the same days last week.</source>
        <translation>As setas comparam com os mesmos dias da semana passada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrows compare with the same days last week (Monday to %1).</source>
        <translation>As setas comparam com os mesmos dias da semana passada (de segunda-feira a %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arrows compare with the week before.</source>
        <translation>As setas comparam com a semana anterior.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No prompts</source>
        <translation>Nenhum lembrete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 de %2 (%3%)</translation>
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
        <translation>Todos os computadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (this computer)</source>
        <translation>%1 (este computador)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1
Sitting %2 (%3 past the threshold)
Standing %4</source>
        <translation>%1
Na cadeira: %2 (%3 além do limite)
Em pé: %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export the week as CSV</source>
        <translation>Exportar a semana como CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week could not be saved to %1:
%2</source>
        <translation>Não foi possível salvar a semana em %1:
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
        <translation>Lembrete de pausas posturais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures continuous sitting and prompts short posture breaks</source>
        <translation>Mede o tempo contínuo na cadeira e sugere pausas curtas para mudar de postura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sitting;posture;break;stretch;back;reminder;ergonomics;health;timer;</source>
        <comment>search words for menus: separated by &apos;;&apos;, ending with &apos;;&apos;, no spaces around them</comment>
        <translation>sentado;cadeira;postura;pausa;alongamento;coluna;costas;lembrete;ergonomia;saúde;temporizador;timer;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take a Break Now</source>
        <comment>a menu action</comment>
        <translation>Fazer uma pausa agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause Reminders for 30 Minutes</source>
        <comment>a menu action</comment>
        <translation>Suspender lembretes por 30 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume Reminders</source>
        <comment>a menu action</comment>
        <translation>Retomar lembretes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measure continuous sitting and take short posture breaks</source>
        <comment>a summary</comment>
        <translation>Meça o tempo contínuo na cadeira e faça pausas curtas para mudar de postura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CreepGuard sits in the system tray and measures how long you have sat without a break, from your real keyboard and mouse activity: a pause to read or think does not reset it, leaving the desk does.</source>
        <translation>O CreepGuard fica na área de notificação e mede há quanto tempo você está na cadeira sem pausa, a partir da atividade real do teclado e do mouse: parar um pouco para ler ou pensar não zera a contagem; sair da mesa, sim.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After about 20 minutes of unbroken sitting the discs and ligaments of the lower back start to creep, slowly deforming under the steady load. CreepGuard warns you when that point comes and, about every 30 minutes, prompts a change of posture with a short illustrated stretch.</source>
        <translation>Depois de cerca de 20 minutos seguidos na cadeira, os discos e os ligamentos da região lombar começam a se deformar lentamente sob a carga constante (o chamado “creep”). O CreepGuard avisa quando esse momento chega e, mais ou menos a cada 30 minutos, sugere uma mudança de postura com um alongamento curto e ilustrado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tracks sitting from real activity and notices when you step away</source>
        <translation>Mede o tempo na cadeira a partir da atividade real e percebe quando você se afasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sit/stand toggle for standing desks</source>
        <translation>Um botão para alternar entre sentado e em pé, para mesas de altura regulável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A calm warning at the creep point and a posture prompt about every 30 minutes</source>
        <translation>Um aviso tranquilo no limite de sobrecarga e um lembrete de postura mais ou menos a cada 30 minutos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A library of short stretches, each with an illustration</source>
        <translation>Uma biblioteca de alongamentos curtos, cada um com uma ilustração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weekly history of sitting, standing and breaks, with CSV and JSON export</source>
        <translation>Um histórico semanal do tempo na cadeira, do tempo em pé e das pausas, com exportação em CSV e JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A command line and a status-bar output for scripts and panels</source>
        <translation>Uma linha de comando e uma saída para barras de status, para scripts e painéis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything stays on your computer: CreepGuard keeps its history in a local file and never uses the network.</source>
        <translation>Tudo fica no seu computador: o CreepGuard guarda o histórico em um arquivo local e nunca usa a rede.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A posture prompt with a short illustrated stretch</source>
        <comment>a screenshot</comment>
        <translation>Um lembrete de postura com um alongamento curto e ilustrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A week of sitting, standing and breaks</source>
        <comment>a screenshot</comment>
        <translation>Uma semana de tempo na cadeira, tempo em pé e pausas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings: when to warn, when to prompt, when to stay quiet</source>
        <comment>a screenshot</comment>
        <translation>Configurações: quando avisar, quando lembrar, quando não incomodar</translation>
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
        <translation>Tempos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behaviour</source>
        <translation>Comportamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not disturb</source>
        <translation>Não perturbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Creep warning after</source>
        <translation>Aviso de sobrecarga após</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle warning once you have sat this long, about when a sitting back starts to tire.</source>
        <translation>Um aviso suave depois desse tempo na cadeira, mais ou menos quando as costas começam a se cansar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change posture every</source>
        <translation>Mudar de postura a cada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stretch card comes after this much sitting (or standing).</source>
        <translation>Um cartão de alongamento aparece depois desse tempo na cadeira (ou em pé).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A break resets the sit after</source>
        <translation>Uma pausa zera o tempo na cadeira após</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing or being away at least this long starts a new sit.</source>
        <translation>Ficar em pé ou ausente por pelo menos esse tempo inicia um novo período na cadeira.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Away after no input for</source>
        <translation>Ausente após inatividade de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shorter pauses in typing count as sitting (reading is sitting).</source>
        <translation>Intervalos mais curtos sem digitar contam como tempo na cadeira (ler também conta).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze for</source>
        <translation>Adiar por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long Snooze puts off a card.</source>
        <translation>Por quanto tempo Adiar posterga um cartão.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozes in a row</source>
        <translation>Adiamentos seguidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After this many, the card cannot be snoozed again.</source>
        <translation>Depois desse número, o cartão não pode mais ser adiado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder style</source>
        <translation>Estilo dos lembretes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gentle: the card appears without taking the keyboard. Focused: the card takes focus. Persistent: no Skip; the card returns until you take the break.</source>
        <translation>Discreto: o cartão aparece sem tomar o teclado. Em primeiro plano: o cartão recebe o foco. Insistente: sem Pular; o cartão volta até você fazer a pausa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active from</source>
        <translation>Ativo a partir de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prompts before this time.</source>
        <translation>Nenhum lembrete antes desse horário.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active until</source>
        <translation>Ativo até</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prompts after this time (same as &apos;from&apos; means all day).</source>
        <translation>Nenhum lembrete depois desse horário (igual ao horário de início significa o dia todo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active days</source>
        <translation>Dias ativos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days on which prompts come.</source>
        <translation>Dias em que os lembretes aparecem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posture drills a day</source>
        <translation>Exercícios de postura por dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times a day the &apos;up and over&apos; posture drill is suggested, spread across active hours.</source>
        <translation>Quantas vezes por dia o exercício de postura “Costelas sobre a pelve” é sugerido, distribuídas ao longo do horário ativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a sound</source>
        <translation>Tocar um som</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A soft sound when a card appears.</source>
        <translation>Um som suave quando um cartão aparece.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can&apos;t stand right now</source>
        <translation>No momento não posso ficar em pé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only seated exercises are suggested.</source>
        <translation>Só são sugeridos exercícios na cadeira.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing desk</source>
        <translation>Mesa para trabalhar em pé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts say &apos;switch to standing&apos; or &apos;back to sitting&apos; instead of &apos;take a break&apos;.</source>
        <translation>Os lembretes dizem “Hora de ficar em pé” ou “Volte a se sentar” em vez de “Faça uma pausa”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login</source>
        <translation>Iniciar no login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start CreepGuard when you log in.</source>
        <translation>Iniciar o CreepGuard quando você fizer login.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the windows and the command line (restart CreepGuard to apply it).</source>
        <translation>O idioma das janelas e da linha de comando (reinicie o CreepGuard para aplicar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait during full screen</source>
        <translation>Esperar durante a tela cheia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold cards while a full-screen window (a presentation, a video) is active.</source>
        <translation>Deixar os cartões em espera enquanto uma janela em tela cheia (uma apresentação, um vídeo) estiver ativa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Respect do-not-disturb</source>
        <translation>Respeitar o Não perturbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold cards while the desktop&apos;s do-not-disturb is on.</source>
        <translation>Deixar os cartões em espera enquanto o Não perturbe da área de trabalho estiver ativado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared folder</source>
        <translation>Pasta compartilhada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder your computers share (Syncthing, Nextcloud, a network home): they then count one sit and one history. Empty: this computer counts alone.</source>
        <translation>Uma pasta que seus computadores compartilham (Syncthing, Nextcloud, uma pasta pessoal na rede): assim eles contam um só período na cadeira e um só histórico. Vazia: este computador conta sozinho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s name</source>
        <translation>Nome deste computador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the other computers and the history call this one. Empty: its host name.</source>
        <translation>Como os outros computadores e o histórico chamam este. Vazio: o nome do host.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gentle</source>
        <translation>Discreto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Focused</source>
        <translation>Em primeiro plano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persistent</source>
        <translation>Insistente</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a time like 07:30</source>
        <translation>%1 não é um horário como 07:30</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected true or false, got %1</source>
        <translation>esperado true ou false, recebido %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a whole number, got %1</source>
        <translation>esperado um número inteiro, recebido %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is out of range (%2 to %3 %4)</source>
        <translation>%1 está fora do intervalo (%2 a %3 %4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not one of %2</source>
        <translation>%1 não é um dos valores aceitos (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a time like 07:30, got %1</source>
        <translation>esperado um horário como 07:30, recebido %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a list of %1</source>
        <translation>esperada uma lista de valores entre %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a language CreepGuard speaks (%2)</source>
        <translation>%1 não é um idioma disponível no CreepGuard (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected one line of text, got %1</source>
        <translation>esperava uma linha de texto, veio %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>longer than %1 characters</source>
        <translation>mais de %1 caracteres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a folder like /home/you/Sync, got %1</source>
        <translation>esperava uma pasta como /home/voce/Sync, veio %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a whole path: give one like /home/you/Sync</source>
        <translation>%1 não é um caminho completo: informe um como /home/voce/Sync</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the creep warning must come before the posture change</source>
        <translation>o aviso de sobrecarga precisa vir antes da mudança de postura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a break that resets the sit cannot be longer than the away threshold</source>
        <translation>a pausa que zera o tempo na cadeira não pode ser maior que o limite de ausência</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a break must be shorter than the posture-change interval</source>
        <translation>a pausa precisa ser menor que o intervalo de mudança de postura</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>%1 could not be read (%2); using the defaults and leaving the file as it is</source>
        <translation>não foi possível ler %1 (%2); usando os valores padrão e deixando o arquivo como está</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: unknown setting %2 ignored</source>
        <translation>%1: configuração desconhecida %2 ignorada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 for %3; using the default %4</source>
        <translation>%1: %2 em %3; usando o padrão %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 (%3); using the defaults for them</source>
        <translation>%1: %2 (%3); usando os valores padrão</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../creepguard/ui/setting_editors.py" line="+68"/>
        <source>Mon</source>
        <translation>Seg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday</source>
        <translation>Segunda-feira</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tue</source>
        <translation>Ter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Terça-feira</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wed</source>
        <translation>Qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Quarta-feira</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thu</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Quinta-feira</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fri</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Sexta-feira</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Domingo</translation>
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
        <translation>nenhuma: este computador conta sozinho</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the %1</source>
        <translation>Escolher: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The system&apos;s language</source>
        <translation>O idioma do sistema</translation>
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
        <translation>Problema em %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Picture of %1</source>
        <translation>Imagem: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear “it hurts”</source>
        <translation>Limpar “isso dói”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear “it hurts” for %1</source>
        <translation>Limpar “isso dói” de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offer this exercise again</source>
        <translation>Oferecer este exercício de novo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer</source>
        <translation>Oferecer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer %1</source>
        <translation>Oferecer %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include this exercise in the cards</source>
        <translation>Incluir este exercício nos cartões</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a favourite</source>
        <translation>%1 é um favorito</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show this exercise more often</source>
        <translation>Mostrar este exercício com mais frequência</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You marked it “it hurts”: never offered</source>
        <translation>Você marcou “isso dói”: nunca é oferecido</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 – Settings</source>
        <translation>%1 – Configurações</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+152"/>
        <source>Exercises</source>
        <translation>Exercícios</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings problems</source>
        <translation>Problemas nas configurações</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Put every setting on the settings tabs back to its default (applied with OK or Apply); exercise choices and history are not touched</source>
        <translation>Volta todas as configurações das abas ao padrão (aplicado com OK ou Aplicar); as escolhas de exercícios e o histórico não são alterados</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Computers:</source>
        <translation>Computadores:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose which exercises the cards suggest. Favourites come up more often; an exercise you marked “it hurts” is never offered until you clear it.</source>
        <translation>Escolha quais exercícios os cartões sugerem. Os favoritos aparecem com mais frequência; um exercício marcado com “isso dói” nunca é oferecido até você limpar a marcação.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Find an exercise</source>
        <translation>Procurar um exercício</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Clear the search</source>
        <translation>Limpar a busca</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No exercises were found.</source>
        <translation>Nenhum exercício encontrado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your sitting history stays on this computer, in this folder:</source>
        <translation>Seu histórico de tempo na cadeira fica neste computador, nesta pasta:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open data folder</source>
        <translation>&amp;Abrir pasta de dados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport history…</source>
        <translation>E&amp;xportar histórico…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save every recorded day to a file</source>
        <translation>Salvar todos os dias registrados em um arquivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete all history…</source>
        <translation>&amp;Excluir todo o histórico…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove every recorded span and prompt (asks first)</source>
        <translation>Remove todos os intervalos e lembretes registrados (pede confirmação antes)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleting cannot be undone. Settings and exercise choices are kept.</source>
        <translation>A exclusão não pode ser desfeita. As configurações e as escolhas de exercícios são mantidas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Data status</source>
        <translation>Estado dos dados</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No shared folder is set.</source>
        <translation>Nenhuma pasta compartilhada definida.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Fix the values marked in red before saving (%1 tabs).</source>
        <translation>Corrija os valores marcados em vermelho antes de salvar (abas: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the values marked in red before saving (%1 tab).</source>
        <translation>Corrija os valores marcados em vermelho antes de salvar (aba: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the value marked in red before saving (%1 tab).</source>
        <translation>Corrija o valor marcado em vermelho antes de salvar (aba: %1).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Settings not saved</source>
        <translation>Configurações não salvas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings could not be saved:
%1</source>
        <translation>Não foi possível salvar as configurações:
%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No file manager could open %1.</source>
        <translation>Nenhum gerenciador de arquivos conseguiu abrir %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export history</source>
        <translation>Exportar histórico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;JSON files (*.json);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Arquivos JSON (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The history could not be exported: %1</source>
        <translation>Não foi possível exportar o histórico: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History exported to %1.</source>
        <translation>Histórico exportado para %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete all history?</source>
        <translation>Excluir todo o histórico?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every recorded day, sit and prompt? This cannot be undone.

Your settings and exercise choices are kept.</source>
        <translation>Excluir todos os dias, períodos na cadeira e lembretes registrados? Isso não pode ser desfeito.

Suas configurações e escolhas de exercícios são mantidas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was deleted.</source>
        <translation>Nada foi excluído.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The history could not be deleted: %1</source>
        <translation>Não foi possível excluir o histórico: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All history was deleted.</source>
        <translation>Todo o histórico foi excluído.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../creepguard/ui/shell.py" line="+61"/>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Show stretch</source>
        <translation>Mostrar alongamento</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../creepguard/ui/today_popup.py" line="+90"/>
        <source>Status icon</source>
        <translation>Ícone de status</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sitting toward the next posture change</source>
        <translation>Tempo na cadeira até a próxima mudança de postura</translation>
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
        <translation>seg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <comment>Tuesday, abbreviated</comment>
        <translation>ter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <comment>Wednesday, abbreviated</comment>
        <translation>qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <comment>Thursday, abbreviated</comment>
        <translation>qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <comment>Friday, abbreviated</comment>
        <translation>sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <comment>Saturday, abbreviated</comment>
        <translation>sáb</translation>
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
        <translation>jan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feb</source>
        <comment>February, abbreviated</comment>
        <translation>fev</translation>
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
        <translation>abr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <comment>May, abbreviated</comment>
        <translation>mai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jun</source>
        <comment>June, abbreviated</comment>
        <translation>jun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <comment>July, abbreviated</comment>
        <translation>jul</translation>
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
        <translation>out</translation>
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
        <translation>dez</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 %3</source>
        <comment>a day: weekday (%1), day of the month (%2), month (%3)</comment>
        <translation>%1, %2 de %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>tomorrow %1</source>
        <comment>a time (%1) tomorrow</comment>
        <translation>amanhã às %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <comment>a time within the week: weekday (%1), time (%2)</comment>
        <translation>%1 às %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 %3 %4</source>
        <comment>a time beyond the week: weekday (%1), day of the month (%2), month (%3), time (%4)</comment>
        <translation>%1, %2 de %3, às %4</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>em %n dia</numerusform>
            <numerusform>em %n dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in less than a minute</source>
        <translation>em menos de um minuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1</source>
        <comment>how far off a moment is: in 1 h 30 min</comment>
        <translation>em %1</translation>
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
        <translation>Próximo lembrete em %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prompt is due now</source>
        <translation>Há um lembrete para agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prompts while paused</source>
        <translation>Nenhum lembrete durante a suspensão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No prompt while you are away</source>
        <translation>Nenhum lembrete enquanto você está ausente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prompt during a break</source>
        <translation>Nenhum lembrete durante uma pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prompt due</source>
        <translation>Nenhum lembrete pendente</translation>
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
            <numerusform>Hoje: %1 na cadeira, pausas: %n</numerusform>
            <numerusform>Hoje: %1 na cadeira, pausas: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 Done</source>
        <comment>breaks: the count of Done presses</comment>
        <translation>Feito: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on your own</source>
        <comment>breaks taken on one&apos;s own</comment>
        <translation>espontâneas: %1</translation>
    </message>
    <message>
        <source>%1 natural</source>
        <comment>breaks taken on one&apos;s own</comment>
        <translation type="vanished">espontâneas: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 without a prompt</source>
        <comment>breaks</comment>
        <translation>sem lembrete: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breaks: %1</source>
        <comment>a list of counts</comment>
        <translation>Pausas – %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompts: %1 of %2 ended by a break</source>
        <translation>Lembretes – encerrados por uma pausa: %1 de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 skipped</source>
        <comment>prompts</comment>
        <translation>pulados: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ignored</source>
        <comment>prompts</comment>
        <translation>ignorados: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n snooze(s)</source>
        <translation>
            <numerusform>adiados: %n</numerusform>
            <numerusform>adiados: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Longest sit %1, %2 past the creep threshold</source>
        <translation>Maior período na cadeira: %1, além do limite de sobrecarga: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CreepGuard is not running</source>
        <translation>O CreepGuard não está em execução</translation>
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
        <translation>Na cadeira há %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now: %1</source>
        <comment>the state: standing, away, on break</comment>
        <translation>Agora: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go easy on lifting until %1</source>
        <translation>Vá com calma ao levantar peso até %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused until %1</source>
        <translation>Suspenso até %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused until you resume</source>
        <translation>Suspenso até você retomar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sitting</source>
        <comment>a state</comment>
        <translation>na cadeira</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standing</source>
        <comment>a state</comment>
        <translation>em pé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>away</source>
        <comment>a state</comment>
        <translation>ausente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on break</source>
        <comment>a state</comment>
        <translation>em pausa</translation>
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
        <translation>O CreepGuard não está em execução.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Noted: you are sitting. %1.</source>
        <translation>Anotado: você está na cadeira. %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noted: you are standing. %1.</source>
        <translation>Anotado: você está em pé. %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noted: you are away until you are back (input, or creepguard sit).</source>
        <translation>Anotado: você está ausente até voltar (teclado ou mouse, ou creepguard sit).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A stretch card is on screen.</source>
        <translation>Há um cartão de alongamento na tela.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A break was asked for: its card shows once nothing holds it (a full-screen window, do not disturb).</source>
        <translation>Pausa solicitada: o cartão aparece assim que nada o impedir (uma janela em tela cheia, Não perturbe).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paused until %1. Tracking goes on; creepguard resume ends it.</source>
        <translation>Lembretes suspensos até %1. O monitoramento continua; creepguard resume encerra a suspensão.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paused until you resume (creepguard resume). Tracking goes on.</source>
        <translation>Lembretes suspensos até você retomar (creepguard resume). O monitoramento continua.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompts are back on. %1.</source>
        <translation>Lembretes reativados. %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>Pronto.</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../creepguard/ui/status_window.py" line="+68"/>
        <source>CreepGuard status</source>
        <translation>Status do CreepGuard</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the message</source>
        <translation>Abrir a mensagem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss the message</source>
        <translation>Dispensar a mensagem</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Got it</source>
        <translation>Entendi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Got it, hide this note</source>
        <translation>Entendi, ocultar esta nota</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../creepguard/offline.py" line="+72"/>
        <source>The history file %1 cannot be used because %2. CreepGuard will keep it aside and start a new one when it starts.</source>
        <comment>%2 is a reason, as: it is damaged (...)</comment>
        <translation>O arquivo de histórico %1 não pode ser usado porque %2. Ao iniciar, o CreepGuard vai guardá-lo à parte e criar um novo.</translation>
    </message>
    <message>
        <location filename="../creepguard/storage/database.py" line="+28"/>
        <source>it cannot be opened (%1)</source>
        <translation>não pode ser aberto (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer</source>
        <translation>não responde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is damaged (%1)</source>
        <translation>está danificado (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a valid database (%1)</source>
        <translation>não é um banco de dados válido (%1)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The history file %1 could not be used because %2. It was kept as %3 and a new one was started.</source>
        <comment>%2 is a reason, as: it is damaged (...)</comment>
        <translation>Não foi possível usar o arquivo de histórico %1 porque %2. Ele foi guardado como %3 e um novo foi criado.</translation>
    </message>
    <message>
        <location filename="../creepguard/storage/store.py" line="+396"/>
        <source>The saved sit could not be read (%1); starting fresh.</source>
        <translation>Não foi possível ler o período na cadeira salvo (%1); começando do zero.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../creepguard/sync/folder.py" line="+74"/>
        <source>The shared folder %1 is not there (unplugged, or not mounted?). CreepGuard counts on this computer alone meanwhile, and writes there again once it is back.</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>A pasta compartilhada %1 não está lá (desconectada ou não montada?). Enquanto isso, o CreepGuard conta só neste computador e volta a gravar nela assim que ela voltar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The shared folder %1 is a file, not a folder. Choose a folder in Settings &gt; Devices.</source>
        <comment>%1 is the path; Settings &gt; Devices: the Settings window&apos;s Devices tab</comment>
        <translation>A pasta compartilhada %1 é um arquivo, não uma pasta. Escolha uma pasta em Configurações &gt; Dispositivos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing is in the shared folder %1 yet: CreepGuard writes there once it runs with this folder set.</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>Ainda não há nada na pasta compartilhada %1: o CreepGuard grava nela assim que estiver rodando com essa pasta definida.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The shared folder %1 no longer holds CreepGuard&apos;s files (not mounted, or emptied). CreepGuard waits for it; to start afresh from this computer, turn the shared folder off and on again in Settings &gt; Devices.</source>
        <comment>%1 is the path; Settings &gt; Devices: the Settings window&apos;s Devices tab</comment>
        <translation>A pasta compartilhada %1 não tem mais os arquivos do CreepGuard (não montada ou esvaziada). O CreepGuard aguarda por ela; para recomeçar do zero a partir deste computador, desative e ative de novo a pasta compartilhada em Configurações &gt; Dispositivos.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>permission denied</source>
        <comment>why a folder cannot be written in</comment>
        <translation>permissão negada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CreepGuard cannot write in the shared folder %1 (%2). It counts on this computer alone meanwhile.</source>
        <comment>%1 is the folder&apos;s path, %2 the reason (from the system, as: disk full)</comment>
        <translation>O CreepGuard não consegue gravar na pasta compartilhada %1 (%2). Enquanto isso, conta só neste computador.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>computer %1</source>
        <comment>a computer whose name is not known: %1 is the start of its id</comment>
        <translation>computador %1</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>%1&apos;s latest word (%2) was written by a newer CreepGuard (format %3); update CreepGuard on this computer to count it.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name; the latest word: what that computer last wrote about the person (at the keyboard or away, since when)</comment>
        <translation>O último aviso de %1 (%2) foi gravado por um CreepGuard mais novo (formato %3); atualize o CreepGuard neste computador para que ele seja contado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s name (%2) was written by a newer CreepGuard (format %3); update CreepGuard on this computer to count it.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name</comment>
        <translation>O nome de %1 (%2) foi gravado por um CreepGuard mais novo (formato %3); atualize o CreepGuard neste computador para que ele seja contado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s day %2 (%3) was written by a newer CreepGuard (format %4); update CreepGuard on this computer to count it.</source>
        <comment>%1 is a computer&apos;s name, %2 a date (2026-12-03), %3 a file name</comment>
        <translation>O dia %2 de %1 (%3) foi gravado por um CreepGuard mais novo (formato %4); atualize o CreepGuard neste computador para que ele seja contado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1&apos;s latest word (%2) could not be read: %3.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name, %3 why (as: it is not complete); the latest word: what that computer last wrote about the person</comment>
        <translation>Não foi possível ler o último aviso de %1 (%2): %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s name (%2) could not be read: %3.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name, %3 why (as: it is not complete)</comment>
        <translation>Não foi possível ler o nome de %1 (%2): %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s day %2 (%3) could not be read: %4.</source>
        <comment>%1 is a computer&apos;s name, %2 a date (2026-12-03), %3 a file name, %4 why (as: it is not complete)</comment>
        <translation>Não foi possível ler o dia %2 de %1 (%3): %4.</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/formats.py" line="+143"/>
        <source>it is not text</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>não é texto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is not complete (it may still be arriving)</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>está incompleto (talvez ainda esteja chegando)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not a CreepGuard file</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>não é um arquivo do CreepGuard</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has no format number</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>não tem número de formato</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its format number %1 is not one CreepGuard ever wrote</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>o número de formato %1 nunca foi usado pelo CreepGuard</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is not a %1 file</source>
        <comment>%1 is the kind of file as the file names it: device, presence or day; ends &apos;... could not be read: &apos;</comment>
        <translation>não é um arquivo do tipo %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its %1 is missing or wrong</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;seen&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>o campo %1 está faltando ou errado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>its %1 is not a time</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;seen&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>o campo %1 não é um horário</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its %1 has no UTC offset</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;seen&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>o campo %1 não tem deslocamento em relação ao UTC</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its %1 is %2, unknown here</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;state&apos;), %2 its value (&apos;lying down&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>o campo %1 é %2, um valor desconhecido aqui</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a span in it is not whole</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>um intervalo nele está incompleto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a span&apos;s sit is not a number</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>o tempo na cadeira de um intervalo não é um número</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a span in it ends before it starts</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>um intervalo nele termina antes de começar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a computer without a name</source>
        <comment>the name of a computer whose name is empty</comment>
        <translation>um computador sem nome</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>its &apos;day&apos; is not a date</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>o campo &apos;day&apos; não é uma data</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a prompt in it is not whole</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>um lembrete nele está incompleto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a prompt&apos;s snoozes are not a number</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>os adiamentos de um lembrete não são um número</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/history.py" line="+51"/>
        <source>The shared folder did not answer within %1 s (a network folder gone away?); %2.</source>
        <comment>%1 is a number of seconds; %2 what is done instead, as: this computer&apos;s history is shown alone</comment>
        <translation>A pasta compartilhada não respondeu em %1 s (uma pasta de rede que ficou inacessível?); %2.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The shared folder holds a conflicting copy of %1&apos;s %2, made by the sync program; both copies were read and nothing is lost. You may delete the copy once every computer is in sync.</source>
        <comment>%1 is a computer&apos;s name, %2 the copy&apos;s file name in the folder; the sync program: Syncthing, Nextcloud, Dropbox...</comment>
        <translation>A pasta compartilhada tem uma cópia em conflito de %2 de %1, criada pelo programa de sincronização; as duas cópias foram lidas e nada se perde. Você pode apagar a cópia quando todos os computadores estiverem sincronizados.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>this computer&apos;s history is shown alone</source>
        <comment>ends the sentence &apos;The shared folder did not answer within 5 s (a network folder gone away?); ...&apos;</comment>
        <translation>só o histórico deste computador é mostrado</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/link.py" line="+335"/>
        <source>The shared folder %1 does not answer (a network folder gone away?). CreepGuard counts on this computer alone meanwhile.</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>A pasta compartilhada %1 não responde (uma pasta de rede que ficou inacessível?). Enquanto isso, o CreepGuard conta só neste computador.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The clock on %1 is about %2 min ahead of this computer&apos;s: what it says is not used for the sit while that lasts. Let both computers set their clocks automatically.</source>
        <comment>%1 is a computer&apos;s name, %2 a number of minutes; the sit: the time the person has sat without a break</comment>
        <translation>O relógio de %1 está cerca de %2 min adiantado em relação ao deste computador: enquanto isso durar, o que ele informa não é usado para o tempo na cadeira. Deixe os dois computadores acertarem o relógio automaticamente.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>CreepGuard cannot use the shared folder %1 (%2). It counts on this computer alone meanwhile and writes there again once it can.</source>
        <comment>%1 is the folder&apos;s path, %2 the reason (from the system, as: disk full)</comment>
        <translation>O CreepGuard não consegue usar a pasta compartilhada %1 (%2). Enquanto isso, conta só neste computador e volta a gravar nela assim que puder.</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/setup.py" line="+53"/>
        <source>just now</source>
        <comment>when a computer last saw the person</comment>
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <comment>when a computer last saw the person</comment>
        <translation>
            <numerusform>há %n min</numerusform>
            <numerusform>há %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h %2 min ago</source>
        <comment>when a computer last saw the person: %1 hours and %2 minutes ago</comment>
        <translation>há %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n h ago</source>
        <comment>when a computer last saw the person: hours ago</comment>
        <translation>
            <numerusform>há %n h</numerusform>
            <numerusform>há %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <comment>when a computer last saw the person</comment>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (this computer)</source>
        <comment>%1 is this computer&apos;s name</comment>
        <translation>%1 (este computador)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: has not said when it last saw you</source>
        <comment>%1 is another computer&apos;s name</comment>
        <translation>%1: não informou quando viu você pela última vez</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: last saw you %2, ahead of this computer&apos;s clock</source>
        <comment>%1 is another computer&apos;s name, %2 a date and time (2026-12-03 09:40) later than this computer&apos;s clock says it is</comment>
        <translation>%1: viu você pela última vez em %2, à frente do relógio deste computador</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: last saw you %2, %3</source>
        <comment>%1 is another computer&apos;s name, %2 a date and time (2026-12-03 09:40), %3 how long ago, as: 3 min ago</comment>
        <translation>%1: viu você pela última vez em %2, %3</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the other computers are not listed</source>
        <comment>ends the sentence &apos;The shared folder did not answer within 5 s (a network folder gone away?); ...&apos;</comment>
        <translation>os outros computadores não são listados</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cannot look for a computer called %1: %2</source>
        <comment>%1 is the name the person typed after --device, quoted; %2 why (a sentence about the shared folder)</comment>
        <translation>não é possível procurar um computador chamado %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no single computer is called %1 in the shared folder (there are: %2; `creepguard devices` lists them)</source>
        <comment>%1 is the name the person typed after --device, quoted; %2 the computers&apos; names, separated by commas; `creepguard devices` is a command: keep it as it is</comment>
        <translation>não há exatamente um computador chamado %1 na pasta compartilhada (há: %2; `creepguard devices` lista todos)</translation>
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
        <translation>menos de um minuto</translation>
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
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tomorrow %1</source>
        <translation>amanhã às %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Switch to standing</source>
        <translation>Hora de ficar em pé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to stand up and move</source>
        <translation>Hora de levantar e se mexer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to sitting for a while</source>
        <translation>Volte a se sentar um pouco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have stood a while: sit or move</source>
        <translation>Você está em pé há um tempo: sente-se ou mexa-se</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short break</source>
        <translation>Uma pausa curta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You have sat for %1.</source>
        <translation>Você está na cadeira há %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You sat %1. Your back recovers until about %2: leave heavy lifting until then.</source>
        <translation>Você ficou %1 na cadeira. Suas costas se recuperam até por volta de %2: até lá, evite levantar peso.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back recovering until %1: no heavy lifting</source>
        <translation>Costas em recuperação até %1: nada de levantar peso</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hold %1 min</source>
        <translation>Segure %1 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold %1 s</source>
        <translation>Segure %1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n breath</source>
        <translation type="vanished">
            <numerusform>%n respiração</numerusform>
            <numerusform>%n respirações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaths</source>
        <translation type="vanished">
            <numerusform>%n respirações</numerusform>
            <numerusform>%n respirações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition</source>
        <translation type="vanished">
            <numerusform>%n repetição</numerusform>
            <numerusform>%n repetições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetitions</source>
        <translation type="vanished">
            <numerusform>%n repetições</numerusform>
            <numerusform>%n repetições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n respirações</numerusform>
            <numerusform>%n respirações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n repetições</numerusform>
            <numerusform>%n repetições</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, each side</source>
        <translation>%1 de cada lado</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+123"/>
        <source>Standing</source>
        <translation>Em pé</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Seated</source>
        <translation>Na cadeira</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the floor</source>
        <translation>No chão</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop any exercise that hurts.</source>
        <translation>Pare qualquer exercício que cause dor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop: nothing on these cards should hurt. This exercise will not be suggested again. Try another one, or simply walk around for a minute.</source>
        <translation>Pare: nada nestes cartões deveria doer. Este exercício não será mais sugerido. Tente outro ou simplesmente caminhe um pouco por um minuto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kept: this exercise can come again.</source>
        <translation>Mantido: este exercício pode voltar a aparecer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starts by itself in a moment.</source>
        <translation>Começa sozinho em um instante.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Repetition %1 of %2: hold</source>
        <translation>Repetição %1 de %2: segure</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold</source>
        <translation>Segure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Come back slowly</source>
        <translation>Volte devagar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repetition %1 of %2</source>
        <translation>Repetição %1 de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breath %1 of %2: in, and slowly out</source>
        <translation>Respiração %1 de %2: inspire e solte o ar devagar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change sides</source>
        <translation>Troque de lado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>side %1 of 2</source>
        <translation>lado %1 de 2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Complete. Press Done when you are ready.</source>
        <translation>Concluído. Clique em Feito quando quiser.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next stretch comes after %1 of sitting.</source>
        <translation>O próximo alongamento vem depois de %1 na cadeira.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The next card comes after another %1 of sitting.</source>
        <translation>O próximo cartão vem depois de mais %1 na cadeira.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The card comes back a little later.</source>
        <translation>O cartão volta um pouco mais tarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The card comes back in %1.</source>
        <translation>O cartão volta em %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Paused until %1</source>
        <translation>Suspenso até %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused</source>
        <translation>Suspenso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sitting (just started)</source>
        <translation>Na cadeira (acabou de começar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting for %1</source>
        <translation>Na cadeira há %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On a break</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tracking</source>
        <translation>Sem monitoramento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No stretches while paused</source>
        <translation>Nenhum alongamento durante a suspensão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stretch is waiting (full screen or do-not-disturb)</source>
        <translation>Um alongamento está esperando (tela cheia ou Não perturbe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stretch planned right now</source>
        <translation>Nenhum alongamento previsto agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stretch is due now</source>
        <translation>Hora de um alongamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next stretch in %1</source>
        <translation>Próximo alongamento em %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Past %1 of sitting: time to move soon</source>
        <translation>Mais de %1 na cadeira: logo será hora de se mexer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Today: %1 sitting, %2 standing</source>
        <translation>Hoje: %1 na cadeira, %2 em pé</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n break(s)</source>
        <translation>
            <numerusform>%n pausas</numerusform>
            <numerusform>%n pausas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 on your own</source>
        <translation>espontâneas: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n snooze(s)</source>
        <translation>
            <numerusform>adiados: %n</numerusform>
            <numerusform>adiados: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n break</source>
        <translation type="vanished">
            <numerusform>%n pausa</numerusform>
            <numerusform>%n pausa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation type="vanished">
            <numerusform>%n pausas</numerusform>
            <numerusform>%n pausas</numerusform>
        </translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1 Done</source>
        <translation>Feito: %1</translation>
    </message>
    <message>
        <source>%1 natural</source>
        <translation type="vanished">espontâneas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 without a prompt</source>
        <translation>sem lembrete: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Breaks: %1</source>
        <translation>Pausas – %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prompts: %1 of %2 ended by a break</source>
        <translation>Lembretes – encerrados por uma pausa: %1 de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 skipped</source>
        <translation>pulados: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ignored</source>
        <translation>ignorados: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n snooze</source>
        <translation type="vanished">
            <numerusform>adiados: %n</numerusform>
            <numerusform>adiados: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozes</source>
        <translation type="vanished">
            <numerusform>adiados: %n</numerusform>
            <numerusform>adiados: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Longest sit %1, %2 past the creep threshold</source>
        <translation>Maior período na cadeira: %1, além do limite de sobrecarga: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CreepGuard cannot see the keyboard and mouse: use “I&apos;m away” when you leave</source>
        <translation>O CreepGuard não detecta o teclado e o mouse: use “Estou ausente” quando sair</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I&apos;m sitting</source>
        <translation>Vou me sentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m standing</source>
        <translation>Vou ficar em pé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sitting, just started</source>
        <translation>Na cadeira, começou agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting %1</source>
        <translation>Na cadeira há %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a stretch is waiting</source>
        <translation>um alongamento está esperando</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stretch now</source>
        <translation>alongamento agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stretch in %1</source>
        <translation>alongamento em %1</translation>
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
        <translation>Hoje, só exercícios na cadeira</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a full-screen window is active</source>
        <translation>uma janela em tela cheia está ativa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>do-not-disturb is on</source>
        <translation>o Não perturbe está ativado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your desktop shows no tray area, so CreepGuard lives in this small window. On GNOME, the “AppIndicator and KStatusNotifierItem Support” extension adds one. When a tray appears, CreepGuard moves into it by itself.</source>
        <translation>Sua área de trabalho não mostra uma área de notificação, então o CreepGuard fica nesta pequena janela. No GNOME, a extensão “AppIndicator and KStatusNotifierItem Support” adiciona uma. Quando uma área de notificação aparecer, o CreepGuard vai para ela sozinho.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CreepGuard notices how long you sit and, every so often, suggests a short stretch. After about 20 minutes of sitting your back starts to “creep”; changing posture about every 30 minutes helps it recover.</source>
        <translation>O CreepGuard percebe quanto tempo você passa na cadeira e, de vez em quando, sugere um alongamento curto. Depois de uns 20 minutos na cadeira, as costas começam a sentir a carga (o chamado “creep”); mudar de postura mais ou menos a cada 30 minutos ajuda na recuperação.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not medical advice. Stop any exercise that hurts, and skip the ones that do not suit you.</source>
        <translation>Isto não é um conselho médico. Pare qualquer exercício que cause dor e pule os que não forem adequados para você.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../creepguard/ui/timeline.py" line="+86"/>
        <source>Sitting</source>
        <translation>Na cadeira</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting past the creep threshold</source>
        <translation>Na cadeira além do limite de sobrecarga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing</source>
        <translation>Em pé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a break</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not running</source>
        <translation>Sem monitoramento</translation>
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
        <translation>Linha do tempo do dia</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No day chosen.</source>
        <translation>Nenhum dia escolhido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: nothing recorded.</source>
        <translation>%1: nada registrado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2 to %3: %4. Use Left and Right to go through the spans.</source>
        <translation>%1, das %2 às %3: %4. Use as setas para a esquerda e para a direita para percorrer os intervalos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>under a minute recorded</source>
        <translation>menos de um minuto registrado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2 to %3 (%4)</source>
        <translation>%1, das %2 às %3 (%4)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Nothing recorded on this day.</source>
        <translation>Nada registrado neste dia.</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../creepguard/ui/today_popup.py" line="+86"/>
        <source>CreepGuard today</source>
        <translation>CreepGuard hoje</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take a break now</source>
        <translation>Fazer uma pausa agora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause 30 min</source>
        <translation>Suspender 30 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Retomar</translation>
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
        <translation>&amp;Fazer uma pausa agora</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>I&apos;m &amp;standing</source>
        <translation>Vou ficar em &amp;pé</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>I&apos;m &amp;away</source>
        <translation>Estou &amp;ausente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I &amp;can&apos;t stand today</source>
        <translation>Hoje &amp;não posso ficar em pé</translation>
    </message>
    <message>
        <source>The last &amp;quiet spell</source>
        <translation type="vanished">O último período &amp;inativo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The &amp;last quiet spell</source>
        <translation>O último período &amp;inativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I was &amp;away</source>
        <translation>Eu estava &amp;ausente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I was &amp;sitting</source>
        <translation>Eu estava na &amp;mesa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Pause</source>
        <translation>Suspen&amp;der</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For &amp;30 minutes</source>
        <translation>Por &amp;30 minutos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For &amp;1 hour</source>
        <translation>Por &amp;1 hora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until &amp;tomorrow</source>
        <translation>Até &amp;amanhã</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until I &amp;resume</source>
        <translation>Até eu &amp;retomar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>I&apos;m &amp;sitting</source>
        <translation>Vou me sen&amp;tar</translation>
    </message>
    <message>
        <location filename="../creepguard/ui/tray.py" line="+81"/>
        <source>CreepGuard menu</source>
        <translation>Menu do CreepGuard</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../creepguard/ui/welcome.py" line="+39"/>
        <source>Gentle: appears without taking the keyboard</source>
        <translation>Discreto: aparece sem tomar o teclado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focused: takes the keyboard</source>
        <translation>Em primeiro plano: toma o teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persistent: no Skip, comes back</source>
        <translation>Insistente: sem Pular, volta a aparecer</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+5"/>
        <source>Welcome to CreepGuard</source>
        <translation>Boas-vindas ao CreepGuard</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tracking starts when you press Start. You can change these and more at any time in Settings.</source>
        <translation>O monitoramento começa quando você clica em Começar. Você pode mudar estas e outras opções a qualquer momento nas Configurações.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now: quit without tracking</source>
        <translation>Agora não: sair sem monitorar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with these settings</source>
        <translation>Começar com estas configurações</translation>
    </message>
</context>
</TS>
