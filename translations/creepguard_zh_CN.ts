<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <translation>CreepGuard 无法检测键盘和鼠标活动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time counts as sitting while the screen is unlocked. Use I&apos;m standing, I&apos;m away and Take a break from the menu; `creepguard diagnose` says why.</source>
        <translation>屏幕解锁期间的时间都算作坐着。请使用菜单中的“我现在站着”“我要离开”和“现在休息”；`creepguard diagnose` 会说明原因。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>CreepGuard cannot save your history</source>
        <translation>CreepGuard 无法保存历史记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Tracking goes on and will be saved once the disk accepts it again.</source>
        <translation>%1。记录仍在继续，磁盘恢复可写后会自动保存。</translation>
    </message>
    <message>
        <source>You have sat for %1 minutes</source>
        <translation type="vanished">你已经坐了 %1 分钟</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A short stretch or a change of posture soon lets your back recover.</source>
        <translation>接下来做个简短的伸展或换个姿势，就能让背部恢复。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stretch now</source>
        <translation>现在伸展</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Well done</source>
        <translation>做得好</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../creepguard/ui/card.py" line="+255"/>
        <source>Progress of the hold</source>
        <translation>保持进度</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+78"/>
        <source>Start now</source>
        <translation>立即开始</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the hold</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go on</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on with the hold</source>
        <translation>继续计时</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Start the hold now</source>
        <translation>立即开始计时</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+715"/>
        <source>Well done</source>
        <translation>做得好</translation>
    </message>
    <message>
        <location line="-713"/>
        <source>Again</source>
        <translation>再来一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do it again</source>
        <translation>再做一次</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Exercise</source>
        <translation>动作</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the card without answering</source>
        <translation>关闭卡片，不作回应</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Illustration</source>
        <translation>示意图</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+3"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It did not hurt: keep suggesting this exercise</source>
        <translation>并不疼：继续推荐这个动作</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No other exercise fits right now.</source>
        <translation>目前没有其他合适的动作。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This hurts</source>
        <translation>感到疼痛</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop this exercise; it will not be suggested again</source>
        <translation>停止这个动作，以后不再推荐</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me again in a few minutes (Esc)</source>
        <translation>几分钟后再提醒我（Esc）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another one</source>
        <translation>换一个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I did the exercise (Enter)</source>
        <translation>我做完了（Enter）</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Drawing of %1</source>
        <translation>%1的示意图</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why: %1</source>
        <translation>作用：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Careful: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location line="+277"/>
        <source>Snoozed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../creepguard/cli.py" line="+53"/>
        <source>(see %1 --help)</source>
        <comment>after a mistake on the command line</comment>
        <translation>（参见 %1 --help）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a number from %2 to %3</source>
        <translation>%1 不是 %2 到 %3 之间的数字</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a duration: use minutes (30), 90s, 45m, 1h, 1h30m or tomorrow</source>
        <comment>keep 90s, 45m, 1h, 1h30m and tomorrow: the command takes them as written</comment>
        <translation>%1 不是有效的时长：请使用分钟数（30）、90s、45m、1h、1h30m 或 tomorrow</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a pause must be longer than zero</source>
        <translation>暂停时长必须大于零</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a pause cannot be longer than a year (%1 minutes); use `pause` without a duration</source>
        <translation>暂停时长不能超过一年（%1 分钟）；请使用不带时长的 `pause`</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>creepguard: note: %1</source>
        <comment>a problem with the shared folder, said before the command&apos;s answer; &apos;creepguard&apos; is the program&apos;s name</comment>
        <translation>creepguard：提示：%1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>CreepGuard is not running. Start it with: creepguard run</source>
        <translation>CreepGuard 未运行。启动命令：creepguard run</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the command failed</source>
        <translation>命令执行失败</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the week %1 ends after %2, the last day there is</source>
        <translation>%1 这一周的结束日期晚于可表示的最后一天 %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Week %1</source>
        <comment>a heading: the ISO week, as 2026-W48</comment>
        <translation>%1 周</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day</source>
        <comment>a column</comment>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sitting</source>
        <comment>a column</comment>
        <translation>坐着</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standing</source>
        <comment>a column</comment>
        <translation>站着</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>past creep</source>
        <comment>a column</comment>
        <translation>超阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longest</source>
        <comment>a column</comment>
        <translation>最长</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>breaks</source>
        <comment>a column</comment>
        <translation>休息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <comment>a column</comment>
        <translation>完成</translation>
    </message>
    <message>
        <source>natural</source>
        <comment>a column</comment>
        <translation type="vanished">自行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unprompted</source>
        <comment>a column</comment>
        <translation>无提醒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped</source>
        <comment>a column</comment>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored</source>
        <comment>a column</comment>
        <translation>未回应</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>snoozed</source>
        <comment>a column</comment>
        <translation>推迟</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Total %1 sitting, average %2 a day, longest sit %3, %4 past the creep threshold</source>
        <translation>共坐了 %1，日均 %2，最长连续久坐 %3，超过蠕变阈值 %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (%1%)</source>
        <comment>a percentage after a count</comment>
        <translation>（%1%）</translation>
    </message>
    <message numerus="yes">
        <source>%n break(s) (%1 Done, %2 natural, %3 without a prompt); prompts ended by a break: %4 of %5%6</source>
        <comment>%6 is the share, as &apos; (75%)&apos;, or nothing</comment>
        <translation type="vanished">
            <numerusform>休息 %n 次（完成 %1 次，自行休息 %2 次，无提醒 %3 次）；以休息结束的提醒：%5 次中有 %4 次%6</numerusform>
        </translation>
    </message>
    <message>
        <location line="-43"/>
        <source>on your own</source>
        <comment>a column</comment>
        <translation>自行</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n break(s) (%1 Done, %2 on your own, %3 without a prompt); prompts ended by a break: %4 of %5%6</source>
        <comment>%6 is the share, as &apos; (75%)&apos;, or nothing</comment>
        <translation>
            <numerusform>休息 %n 次（完成 %1 次，自行休息 %2 次，无提醒 %3 次）；以休息结束的提醒：%5 次中有 %4 次%6</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 %2 is not a date like 2026-11-23</source>
        <translation>%1 %2 不是形如 2026-11-23 的日期</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--until is before --since</source>
        <translation>--until 早于 --since</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported %1, %2 and %3 to %4</source>
        <comment>counts of spans, prompts, breaks</comment>
        <translation>已将 %1、%2 和 %3 导出到 %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n 个时段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n 次提醒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n break(s)</source>
        <translation>
            <numerusform>%n 次休息</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No shared folder is set: this computer counts alone. Choose one in Settings &gt; Devices (see README, Several computers).</source>
        <comment>Settings &gt; Devices: the Settings window&apos;s Devices tab; Several computers: a section of the README</comment>
        <translation>尚未设置共享文件夹：这台电脑单独计算。请在“设置 &gt; 设备”中选择一个（参见 README 的 Several computers 一节）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shared folder: %1</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>共享文件夹：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem: %1</source>
        <comment>one problem per line</comment>
        <translation>问题：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its folder does not exist</source>
        <translation>所在文件夹不存在</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Python %1 on %2</source>
        <translation>Python %1，运行于 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session type</source>
        <translation>会话类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop</source>
        <translation>桌面环境</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Qt %1, platform plugin: %2</source>
        <translation>Qt %1，平台插件：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System tray: available</source>
        <translation>系统托盘：可用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System tray: not available (a window is used)</source>
        <translation>系统托盘：不可用（改用窗口）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt: cannot start (%1)</source>
        <translation>Qt：无法启动（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tracker: running (pid lock %1), state %2</source>
        <translation>记录程序：正在运行（pid 锁 %1），状态：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tracker: not running</source>
        <translation>记录程序：未运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History file: %1</source>
        <translation>历史记录文件：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings file: %1</source>
        <translation>设置文件：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log folder: %1</source>
        <translation>日志文件夹：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control socket: %1</source>
        <translation>控制套接字：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: unknown (%2 is not set)</source>
        <translation>%1：未知（未设置 %2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CreepGuard will start at login (%1).</source>
        <translation>CreepGuard 将在登录时启动（%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CreepGuard will not start at login.</source>
        <translation>CreepGuard 不会在登录时启动。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Measures how long you have sat without a break and prompts short posture breaks. Without a command, starts the tracker.</source>
        <translation>测量你不间断地坐了多久，并提醒你短暂休息、变换姿势。不带命令时启动记录程序。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>log debug details</source>
        <translation>记录调试详细信息</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start the tracker (the default; a second one asks the running one to show itself and exits 0)</source>
        <translation>启动记录程序（默认命令；再次运行时会让已运行的实例显示出来，并以 0 退出）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>watch a scripted person&apos;s short day at 30x speed, on a temporary data folder (your history is untouched)</source>
        <translation>以 30 倍速观看一段预设的简短一天，使用临时数据文件夹（不影响你的历史记录）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>run the whole app N times faster</source>
        <translation>让整个应用以 N 倍速度运行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the current sit, from the tracker, or from the store when none runs</source>
        <translation>当前的连续久坐：来自记录程序；记录程序未运行时来自已存储的数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <location line="+44"/>
        <source>machine-readable JSON</source>
        <translation>机器可读的 JSON</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>one-line JSON for status bars</source>
        <translation>供状态栏使用的单行 JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tell the tracker you sit</source>
        <translation>告诉记录程序你坐着</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tell the tracker you stand</source>
        <translation>告诉记录程序你站着</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take a break now (shows a stretch card)</source>
        <translation>现在休息（显示伸展卡片）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tell the tracker you are leaving the desk</source>
        <translation>告诉记录程序你要离开座位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end a pause</source>
        <translation>结束暂停</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hold prompts (tracking goes on)</source>
        <translation>暂停提醒（记录照常进行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DURATION: a bare number is minutes; 90s, 45m, 1h, 1h30m; &apos;tomorrow&apos; is the next start of active hours; none pauses until `creepguard resume`.</source>
        <translation>DURATION：单独的数字表示分钟；也可写 90s、45m、1h、1h30m；&apos;tomorrow&apos; 表示到下一次活动时段开始；省略则一直暂停到运行 `creepguard resume`。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a week of sitting per day, with totals</source>
        <translation>一周内每天坐了多久，附合计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO week, e.g. 2026-W48</source>
        <translation>ISO 周，例如 2026-W48</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>one computer&apos;s record alone (its name, or &apos;this&apos;); all computers by default</source>
        <translation>只看一台电脑的记录（它的名称，或 &apos;this&apos;）；默认为所有电脑</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>every span, prompt and break (JSON: and each day&apos;s counts)</source>
        <translation>所有时段、提醒和休息（JSON 格式还包括每天的统计）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write here instead of standard output</source>
        <translation>写入此文件，而不是标准输出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first day, YYYY-MM-DD</source>
        <translation>第一天，YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day, YYYY-MM-DD</source>
        <translation>最后一天，YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>version, platform, Qt, tray, activity backend with a live idle reading, paths</source>
        <translation>版本、平台、Qt、托盘、活动检测后端（含实时空闲读数）、路径</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the exercise library (id, title, position, enabled, illustration)</source>
        <translation>动作库（id、标题、体位、是否启用、示意图）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start at login: on, off, or show</source>
        <translation>登录时启动：on、off，或显示当前设置</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>print a shell completion script: bash, zsh or fish</source>
        <translation>输出 shell 补全脚本：bash、zsh 或 fish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints a completion script for SHELL, made from this command line. bash: add `source &lt;(creepguard completion bash)` to ~/.bashrc. zsh: `creepguard completion zsh &gt; ~/.zfunc/_creepguard` with ~/.zfunc in $fpath. fish: `creepguard completion fish &gt; ~/.config/fish/completions/creepguard.fish`.</source>
        <translation>输出适用于 SHELL 的补全脚本，由本命令行自动生成。bash：将 `source &lt;(creepguard completion bash)` 加入 ~/.bashrc。zsh：运行 `creepguard completion zsh &gt; ~/.zfunc/_creepguard`，并将 ~/.zfunc 加入 $fpath。fish：运行 `creepguard completion fish &gt; ~/.config/fish/completions/creepguard.fish`。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>commands and their options:</source>
        <translation>命令及其选项：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DURATION (pause): a bare number is minutes; 90s, 45m, 1h, 1h30m; &apos;tomorrow&apos; is the next start of active hours; none pauses until `creepguard resume`.</source>
        <translation>DURATION（pause）：单独的数字表示分钟；也可写 90s、45m、1h、1h30m；&apos;tomorrow&apos; 表示到下一次活动时段开始；省略则一直暂停到运行 `creepguard resume`。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit codes: 0 ok, 1 failure, 2 bad usage, 3 no tracker running.</source>
        <translation>退出码：0 成功，1 失败，2 用法错误，3 记录程序未运行。</translation>
    </message>
    <message>
        <location filename="../creepguard/startup/runner.py" line="+278"/>
        <source>Demo at %1x speed: a scripted person lives a short day, about %2 real minutes. Its data lives in %3 (removed at the end), not in your history.</source>
        <translation>以 %1 倍速演示：一个按脚本行动的人度过短短一天，约 %2 分钟真实时间。其数据保存在 %3（结束时删除），不会进入你的历史记录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try: %1</source>
        <comment>a command to type</comment>
        <translation>试试：%1</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../creepguard/demo.py" line="+91"/>
        <source>Sitting and typing. The ring fills toward the next posture change.</source>
        <translation>坐着打字。圆环逐渐填满，直到下次变换姿势。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading: no keyboard or mouse for 3 minutes. That is still sitting.</source>
        <translation>阅读：3 分钟没有用键盘或鼠标。这仍然算坐着。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Typing again. At 20 minutes of sitting the creep warning comes.</source>
        <translation>又开始打字。坐满 20 分钟时会出现蠕变提醒。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The creep warning: after about 20 minutes a sitting back starts to tire.</source>
        <translation>蠕变提醒：坐了大约 20 分钟后，坐着的背部开始疲劳。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working on. At 30 minutes a stretch card asks for a posture change.</source>
        <translation>继续工作。到 30 分钟时，伸展卡片会提醒变换姿势。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stretch card. The person stops typing and follows it.</source>
        <translation>伸展卡片出现。这个人停止打字，跟着卡片做。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 quiet minutes on the card: that is the break, and the sit ends.</source>
        <translation>在卡片前安静 2 分钟：这就是休息，这次连续久坐结束。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back at the keyboard: the card closes by itself, the break counted.</source>
        <translation>回到键盘前：卡片自动关闭，这次休息已计入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A walk away from the desk: no keyboard, no mouse.</source>
        <translation>离开办公桌走一走：不碰键盘，也不碰鼠标。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 minutes without input: away, counted from the last input.</source>
        <translation>5 分钟没有输入：离开，从最后一次输入算起。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back at the desk: a few seconds of typing and the person is back.</source>
        <translation>回到办公桌：打几秒字，这个人就算回来了。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I&apos;m standing (tray menu): standing at the desk, still typing.</source>
        <translation>“我现在站着”（托盘菜单）：站在桌前，继续打字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m sitting again. That was the demo&apos;s short day.</source>
        <translation>又选了“我现在坐着”。这就是演示的短短一天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo ends; its temporary history is removed.</source>
        <translation>演示结束；它的临时历史记录已删除。</translation>
    </message>
    <message>
        <location filename="../creepguard/ui/demo_caption.py" line="+30"/>
        <source>CreepGuard demo</source>
        <translation>CreepGuard 演示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CreepGuard demo caption</source>
        <translation>CreepGuard 演示字幕</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo, minute %1: %2</source>
        <comment>the demo&apos;s caption: %1 the minute of the demo&apos;s short day, %2 what happens</comment>
        <translation>演示，第 %1 分钟：%2</translation>
    </message>
</context>
<context>
    <name>Diagnose</name>
    <message>
        <location filename="../creepguard/sensing/diagnose.py" line="+62"/>
        <source>Activity sensing: %1</source>
        <translation>活动检测：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in use</source>
        <comment>a backend</comment>
        <translation>使用中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <comment>a backend</comment>
        <translation>未选用</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Live reading: idle %1 s, %2, %3 (read in %4 ms)</source>
        <translation>实时读数：空闲 %1 秒，%2，%3（读取耗时 %4 毫秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked</source>
        <translation>已锁屏</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unlocked</source>
        <translation>未锁屏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inhibited</source>
        <translation>空闲已被抑制</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not inhibited</source>
        <translation>空闲未被抑制</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Activity sensing: could not be checked (%1)</source>
        <translation>活动检测：无法检查（%1）</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../creepguard/ui/history_window.py" line="+88"/>
        <source>No sitting recorded this week yet. Once CreepGuard has run for a while, each day&apos;s sitting appears here.</source>
        <translation>本周还没有坐着的记录。CreepGuard 运行一段时间后，每天坐了多久会显示在这里。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sitting</source>
        <translation>坐着</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sitting past the creep threshold</source>
        <translation>超过蠕变阈值的久坐</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing</source>
        <translation>站着</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Breaks</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Every break: Done, natural and without a prompt</source>
        <translation type="vanished">所有休息：完成、自行休息和无提醒</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts you answered with Done</source>
        <translation>你按了“完成”的提醒</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation type="vanished">自行休息</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You took the break yourself while a prompt was due</source>
        <translation>有提醒待处理时，你自行去休息了</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unprompted</source>
        <translation>无提醒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks you took with no prompt due</source>
        <translation>没有提醒时你主动进行的休息</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts you skipped</source>
        <translation>你跳过的提醒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignored</source>
        <translation>未回应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts that went away unanswered</source>
        <translation>未作回应就关闭的提醒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snoozed</source>
        <translation>推迟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times a prompt was snoozed</source>
        <translation>提醒被推迟的次数</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Week %1, %2</source>
        <translation>第 %1 周，%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 个百分点</numerusform>
        </translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Go to the current week (%1)</source>
        <translation>转到本周（(%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n point</source>
        <translation type="vanished">
            <numerusform>%n 个百分点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation type="vanished">
            <numerusform>%n 个百分点</numerusform>
        </translation>
    </message>
    <message>
        <location line="-66"/>
        <source>%1 – History</source>
        <translation>%1 – 历史记录</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Week shown</source>
        <translation>当前显示的周</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Empty week</source>
        <translation>无记录的一周</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>◀ Previous</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week before (Alt+Left)</source>
        <translation>上一周（Alt+左方向键）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous week</source>
        <translation>上一周</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This &amp;week</source>
        <translation>本周(&amp;W)</translation>
    </message>
    <message>
        <source>Go to the current week (Alt+W)</source>
        <translation type="vanished">转到本周（Alt+W）</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Every break: Done, on your own and without a prompt</source>
        <translation>所有休息：完成、自行休息和无提醒</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On your own</source>
        <translation>自行休息</translation>
    </message>
    <message>
        <location line="+266"/>
        <source>Next ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The week after (Alt+Right)</source>
        <translation>下一周（Alt+右方向键）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Go to:</source>
        <translation>转到(&amp;G)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to the week of this date</source>
        <translation>转到该日期所在的周</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick any day to see its week</source>
        <translation>选择任意一天，查看它所在的周</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save this week&apos;s days as a CSV file</source>
        <translation>将本周每天的数据保存为 CSV 文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;mputer:</source>
        <translation>电脑(&amp;M)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose history to show</source>
        <translation>显示哪台电脑的历史记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every computer sharing the folder together, or one alone</source>
        <translation>共享该文件夹的所有电脑合在一起，或只看其中一台</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sitting this week</source>
        <translation>本周坐着时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sitting recorded</source>
        <translation>记录到的全部坐着时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average a day</source>
        <translation>日均</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting divided by the days CreepGuard ran</source>
        <translation>坐着时长除以 CreepGuard 运行的天数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Longest sit</source>
        <translation>最长连续久坐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest sit without a break</source>
        <translation>不间断坐得最久的一次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past the creep threshold</source>
        <translation>超过蠕变阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting beyond the creep warning, added up over every sit</source>
        <translation>每次连续久坐中超过蠕变提醒的部分，累计相加</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompts ended by a break</source>
        <translation>以休息结束的提醒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts that ended with a break (Done or on your own), out of all</source>
        <translation>以休息（按“完成”或自行休息）结束的提醒占全部提醒的比例</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>&lt;b&gt;Breaks&lt;/b&gt;: every break, the next three added up. &lt;b&gt;Done&lt;/b&gt;: you answered a prompt with Done. &lt;b&gt;On your own&lt;/b&gt;: you took the break yourself while a prompt was due. &lt;b&gt;Unprompted&lt;/b&gt;: you stood up or left for a break with no prompt due. &lt;b&gt;Skipped&lt;/b&gt;: you chose Skip. &lt;b&gt;Ignored&lt;/b&gt;: a prompt went away unanswered. &lt;b&gt;Snoozed&lt;/b&gt;: times a prompt was put off.</source>
        <translation>&lt;b&gt;休息&lt;/b&gt;：所有休息，即后三项之和。&lt;b&gt;完成&lt;/b&gt;：你按“完成”回应了提醒。&lt;b&gt;自行休息&lt;/b&gt;：有提醒待处理时，你自行去休息了。&lt;b&gt;无提醒&lt;/b&gt;：没有提醒时，你站起来或离开去休息。&lt;b&gt;跳过&lt;/b&gt;：你选择了“跳过”。&lt;b&gt;未回应&lt;/b&gt;：提醒没有得到回应就关闭了。&lt;b&gt;推迟&lt;/b&gt;：提醒被推迟的次数。</translation>
    </message>
    <message>
        <source>Prompt episodes that ended with a break (taken or natural), out of all</source>
        <translation type="vanished">以休息（按“完成”或自行休息）结束的提醒占全部提醒的比例</translation>
    </message>
    <message>
        <source>%d h</source>
        <comment>axis label; %d is hours (printf)</comment>
        <translation type="vanished">%d 小时</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Sitting and standing per day, in hours</source>
        <translation>每天坐着和站着的时间（小时）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a bar to see that day below</source>
        <translation>点击柱条，在下方查看当天详情</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Breaks and prompts</source>
        <translation>休息与提醒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breaks and how prompts ended, per day</source>
        <translation>每天的休息次数和提醒的结束方式</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&lt;b&gt;Breaks&lt;/b&gt;: every break, the next three added up. &lt;b&gt;Done&lt;/b&gt;: you answered a prompt with Done. &lt;b&gt;Natural&lt;/b&gt;: you took the break yourself while a prompt was due. &lt;b&gt;Unprompted&lt;/b&gt;: you stood up or left for a break with no prompt due. &lt;b&gt;Skipped&lt;/b&gt;: you chose Skip. &lt;b&gt;Ignored&lt;/b&gt;: a prompt went away unanswered. &lt;b&gt;Snoozed&lt;/b&gt;: times a prompt was put off.</source>
        <translation type="vanished">&lt;b&gt;休息&lt;/b&gt;：所有休息，即后三项之和。&lt;b&gt;完成&lt;/b&gt;：你按“完成”回应了提醒。&lt;b&gt;自行休息&lt;/b&gt;：有提醒待处理时，你自行去休息了。&lt;b&gt;无提醒&lt;/b&gt;：没有提醒时，你站起来或离开去休息。&lt;b&gt;跳过&lt;/b&gt;：你选择了“跳过”。&lt;b&gt;未回应&lt;/b&gt;：提醒没有得到回应就关闭了。&lt;b&gt;推迟&lt;/b&gt;：提醒被推迟的次数。</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Show %1</source>
        <translation>查看 %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing was recorded the week before to compare with.</source>
        <translation>上一周没有可供比较的记录。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arrows compare with the same days last week.</source>
        <translation>箭头表示与上周同期相比的变化。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrows compare with the same days last week (Monday to %1).</source>
        <translation>箭头表示与上周同期（星期一至%1）相比的变化。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arrows compare with the week before.</source>
        <translation>箭头表示与上一周相比的变化。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No prompts</source>
        <translation>没有提醒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 (%3 %)</source>
        <translation>%2 次中 %1 次（%3%）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 h</source>
        <comment>axis label: %1 hours</comment>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>All computers</source>
        <translation>所有电脑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (this computer)</source>
        <translation>%1（这台电脑）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1
Sitting %2 (%3 past the threshold)
Standing %4</source>
        <translation>%1
坐着 %2（超过阈值 %3）
站着 %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export the week as CSV</source>
        <translation>将本周导出为 CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week could not be saved to %1:
%2</source>
        <translation>无法将本周数据保存到 %1：
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
        <translation>久坐休息提醒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures continuous sitting and prompts short posture breaks</source>
        <translation>测量连续久坐时间，提醒你短暂休息、变换姿势</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sitting;posture;break;stretch;back;reminder;ergonomics;health;timer;</source>
        <comment>search words for menus: separated by &apos;;&apos;, ending with &apos;;&apos;, no spaces around them</comment>
        <translation>久坐;坐姿;姿势;休息;伸展;背部;提醒;人体工学;健康;计时器;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take a Break Now</source>
        <comment>a menu action</comment>
        <translation>现在休息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause Reminders for 30 Minutes</source>
        <comment>a menu action</comment>
        <translation>暂停提醒 30 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume Reminders</source>
        <comment>a menu action</comment>
        <translation>恢复提醒</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measure continuous sitting and take short posture breaks</source>
        <comment>a summary</comment>
        <translation>测量连续久坐时间，适时短暂休息、变换姿势</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CreepGuard sits in the system tray and measures how long you have sat without a break, from your real keyboard and mouse activity: a pause to read or think does not reset it, leaving the desk does.</source>
        <translation>CreepGuard 位于系统托盘中，根据你真实的键盘和鼠标活动，测量你不间断地坐了多久：停下来阅读或思考不会让计时归零，离开座位才会。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After about 20 minutes of unbroken sitting the discs and ligaments of the lower back start to creep, slowly deforming under the steady load. CreepGuard warns you when that point comes and, about every 30 minutes, prompts a change of posture with a short illustrated stretch.</source>
        <translation>连续坐着大约 20 分钟后，腰部的椎间盘和韧带会在持续的负荷下开始慢慢变形，即出现“蠕变”。到了这个时间点，CreepGuard 会提醒你；并且大约每 30 分钟，用一个配有插图的简短伸展动作提醒你变换姿势。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tracks sitting from real activity and notices when you step away</source>
        <translation>根据真实活动记录坐着的时间，并能察觉你何时离开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sit/stand toggle for standing desks</source>
        <translation>为升降桌提供坐/站切换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A calm warning at the creep point and a posture prompt about every 30 minutes</source>
        <translation>到达蠕变时间点时给出平和的提醒，并大约每 30 分钟提醒一次变换姿势</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A library of short stretches, each with an illustration</source>
        <translation>一套简短的伸展动作，每个动作都配有插图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weekly history of sitting, standing and breaks, with CSV and JSON export</source>
        <translation>按周记录坐着、站着和休息的历史，可导出为 CSV 和 JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A command line and a status-bar output for scripts and panels</source>
        <translation>提供命令行和状态栏输出，方便脚本和面板使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything stays on your computer: CreepGuard keeps its history in a local file and never uses the network.</source>
        <translation>所有数据都留在你的电脑上：CreepGuard 将历史记录保存在本地文件中，从不使用网络。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A posture prompt with a short illustrated stretch</source>
        <comment>a screenshot</comment>
        <translation>变换姿势提醒：配有插图的简短伸展动作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A week of sitting, standing and breaks</source>
        <comment>a screenshot</comment>
        <translation>一周的坐着、站着和休息情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings: when to warn, when to prompt, when to stay quiet</source>
        <comment>a screenshot</comment>
        <translation>设置：何时发出蠕变提醒、何时提醒伸展、何时保持安静</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not disturb</source>
        <translation>勿扰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Creep warning after</source>
        <translation>蠕变提醒时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle warning once you have sat this long, about when a sitting back starts to tire.</source>
        <translation>坐满这么久后给出温和的提醒，大约是坐着的背部开始疲劳的时候。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change posture every</source>
        <translation>变换姿势间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stretch card comes after this much sitting (or standing).</source>
        <translation>坐着（或站着）这么久后出现伸展卡片。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A break resets the sit after</source>
        <translation>休息多久后重新计时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing or being away at least this long starts a new sit.</source>
        <translation>站立或离开至少这么久，连续久坐就重新开始计算。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Away after no input for</source>
        <translation>无输入多久后算离开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shorter pauses in typing count as sitting (reading is sitting).</source>
        <translation>比这更短的输入停顿算作坐着（阅读也算坐着）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze for</source>
        <translation>稍后提醒时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long Snooze puts off a card.</source>
        <translation>“稍后提醒”将卡片推迟多久。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozes in a row</source>
        <translation>连续推迟次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After this many, the card cannot be snoozed again.</source>
        <translation>达到这个次数后，卡片不能再推迟。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder style</source>
        <translation>提醒方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gentle: the card appears without taking the keyboard. Focused: the card takes focus. Persistent: no Skip; the card returns until you take the break.</source>
        <translation>温和：卡片出现时不抢占键盘。专注：卡片获取焦点。持续：没有“跳过”，卡片会反复出现，直到你休息。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active from</source>
        <translation>活动时段开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prompts before this time.</source>
        <translation>此时间之前不提醒。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active until</source>
        <translation>活动时段结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prompts after this time (same as &apos;from&apos; means all day).</source>
        <translation>此时间之后不提醒（与开始时间相同表示全天）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active days</source>
        <translation>活动日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days on which prompts come.</source>
        <translation>会收到提醒的日子。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posture drills a day</source>
        <translation>每天姿势练习次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times a day the &apos;up and over&apos; posture drill is suggested, spread across active hours.</source>
        <translation>每天推荐几次“向上伸展，收回肋骨”姿势练习，分布在活动时段内。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a sound</source>
        <translation>播放提示音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A soft sound when a card appears.</source>
        <translation>卡片出现时播放轻柔的提示音。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can&apos;t stand right now</source>
        <translation>我目前不便站立</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only seated exercises are suggested.</source>
        <translation>只推荐坐姿动作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing desk</source>
        <translation>升降桌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts say &apos;switch to standing&apos; or &apos;back to sitting&apos; instead of &apos;take a break&apos;.</source>
        <translation>提醒会说“换成站立办公”或“坐下来一会儿”，而不是“休息一下”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login</source>
        <translation>登录时启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start CreepGuard when you log in.</source>
        <translation>登录时自动启动 CreepGuard。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the windows and the command line (restart CreepGuard to apply it).</source>
        <translation>窗口和命令行使用的语言（重启 CreepGuard 后生效）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait during full screen</source>
        <translation>全屏时等待</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold cards while a full-screen window (a presentation, a video) is active.</source>
        <translation>有全屏窗口（演示文稿、视频）正在使用时，暂缓显示卡片。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Respect do-not-disturb</source>
        <translation>遵循勿扰模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold cards while the desktop&apos;s do-not-disturb is on.</source>
        <translation>桌面开启勿扰模式时，暂缓显示卡片。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared folder</source>
        <translation>共享文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder your computers share (Syncthing, Nextcloud, a network home): they then count one sit and one history. Empty: this computer counts alone.</source>
        <translation>你的几台电脑共享的文件夹（Syncthing、Nextcloud、网络主目录）：它们将合计同一段久坐和同一份历史。留空：这台电脑单独计算。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s name</source>
        <translation>这台电脑的名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the other computers and the history call this one. Empty: its host name.</source>
        <translation>其他电脑和历史记录中对这台电脑的称呼。留空：使用主机名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gentle</source>
        <translation>温和</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Focused</source>
        <translation>专注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persistent</source>
        <translation>持续</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a time like 07:30</source>
        <translation>%1 不是形如 07:30 的时间</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected true or false, got %1</source>
        <translation>应为 true 或 false，实际为 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a whole number, got %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is out of range (%2 to %3 %4)</source>
        <translation>%1 超出范围（%2 到 %3%4）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not one of %2</source>
        <translation>%1 不是以下值之一：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a time like 07:30, got %1</source>
        <translation>应为形如 07:30 的时间，实际为 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a list of %1</source>
        <translation>应为由 %1 组成的列表</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a language CreepGuard speaks (%2)</source>
        <translation>CreepGuard 不支持语言 %1（可用：%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected one line of text, got %1</source>
        <translation>需要一行文字，得到的是 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a folder like /home/you/Sync, got %1</source>
        <translation>需要类似 /home/you/Sync 的文件夹，得到的是 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a whole path: give one like /home/you/Sync</source>
        <translation>%1 不是完整路径：请填写类似 /home/you/Sync 的路径</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the creep warning must come before the posture change</source>
        <translation>蠕变提醒必须早于变换姿势</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a break that resets the sit cannot be longer than the away threshold</source>
        <translation>重新计时所需的休息时长不能超过离开判定时长</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a break must be shorter than the posture-change interval</source>
        <translation>休息时长必须短于变换姿势间隔</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>%1 could not be read (%2); using the defaults and leaving the file as it is</source>
        <translation>无法读取 %1（%2）；将使用默认值，文件保持不变</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: unknown setting %2 ignored</source>
        <translation>%1：已忽略未知设置 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 for %3; using the default %4</source>
        <translation>%1：%3 的值有误（%2）；改用默认值 %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 (%3); using the defaults for them</source>
        <translation>%1：%2（%3）；这些设置改用默认值</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../creepguard/ui/setting_editors.py" line="+68"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1: %2</source>
        <comment>setting: day of the week</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>none: this computer counts alone</source>
        <translation>无：这台电脑单独计算</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the %1</source>
        <translation>选择%1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../creepguard/ui/settings_window.py" line="+93"/>
        <source>%1:</source>
        <comment>label before a field</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Problem with %1</source>
        <translation>%1 有问题</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Picture of %1</source>
        <translation>%1的示意图</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear “it hurts”</source>
        <translation>清除“感到疼痛”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear “it hurts” for %1</source>
        <translation>清除%1的“感到疼痛”标记</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offer this exercise again</source>
        <translation>重新推荐这个动作</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer %1</source>
        <translation>推荐%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include this exercise in the cards</source>
        <translation>在卡片中推荐这个动作</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a favourite</source>
        <translation>%1已收藏</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show this exercise more often</source>
        <translation>更常推荐这个动作</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You marked it “it hurts”: never offered</source>
        <translation>你标记了“感到疼痛”：不再推荐</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 – Settings</source>
        <translation>%1 – 设置</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+152"/>
        <source>Exercises</source>
        <translation>动作</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings problems</source>
        <translation>设置问题</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Put every setting on the settings tabs back to its default (applied with OK or Apply); exercise choices and history are not touched</source>
        <translation>将各设置标签页中的所有设置恢复为默认值（按“确定”或“应用”后生效）；动作选择和历史记录不受影响</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Computers:</source>
        <translation>电脑：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose which exercises the cards suggest. Favourites come up more often; an exercise you marked “it hurts” is never offered until you clear it.</source>
        <translation>选择卡片推荐哪些动作。收藏的动作出现得更频繁；标记为“感到疼痛”的动作在你清除标记之前不会再推荐。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Find an exercise</source>
        <translation>查找动作</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No exercises were found.</source>
        <translation>没有找到动作。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your sitting history stays on this computer, in this folder:</source>
        <translation>你的坐姿历史记录只保存在这台电脑上，位于此文件夹：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open data folder</source>
        <translation>打开数据文件夹(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport history…</source>
        <translation>导出历史记录(&amp;X)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save every recorded day to a file</source>
        <translation>将记录的每一天保存到文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete all history…</source>
        <translation>删除全部历史记录(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove every recorded span and prompt (asks first)</source>
        <translation>删除所有记录的时段和提醒（会先询问）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleting cannot be undone. Settings and exercise choices are kept.</source>
        <translation>删除后无法撤销。设置和动作选择会保留。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Data status</source>
        <translation>数据状态</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No shared folder is set.</source>
        <translation>尚未设置共享文件夹。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Fix the values marked in red before saving (%1 tabs).</source>
        <translation>保存前请修正以红色标出的值（标签页：%1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the values marked in red before saving (%1 tab).</source>
        <translation>保存前请修正以红色标出的值（标签页：%1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the value marked in red before saving (%1 tab).</source>
        <translation>保存前请修正以红色标出的值（标签页：%1）。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings could not be saved:
%1</source>
        <translation>无法保存设置：
%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No file manager could open %1.</source>
        <translation>没有可以打开 %1 的文件管理器。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export history</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;JSON files (*.json);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The history could not be exported: %1</source>
        <translation>无法导出历史记录：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History exported to %1.</source>
        <translation>历史记录已导出到 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete all history?</source>
        <translation>删除全部历史记录？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every recorded day, sit and prompt? This cannot be undone.

Your settings and exercise choices are kept.</source>
        <translation>要删除所有记录的日期、连续久坐和提醒吗？此操作无法撤销。

你的设置和动作选择会保留。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was deleted.</source>
        <translation>未删除任何内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The history could not be deleted: %1</source>
        <translation>无法删除历史记录：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All history was deleted.</source>
        <translation>已删除全部历史记录。</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../creepguard/ui/shell.py" line="+61"/>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Show stretch</source>
        <translation>显示伸展</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../creepguard/ui/today_popup.py" line="+90"/>
        <source>Status icon</source>
        <translation>状态图标</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sitting toward the next posture change</source>
        <translation>坐着，距下次变换姿势的进度</translation>
    </message>
</context>
<context>
    <name>StatusFormat</name>
    <message>
        <location filename="../creepguard/status_format.py" line="+27"/>
        <source>%1 h %2 min</source>
        <comment>hours and minutes, as in 1 h 05 min</comment>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min</source>
        <comment>minutes, as in 45 min</comment>
        <translation>%1 分钟</translation>
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
        <translation>周一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <comment>Tuesday, abbreviated</comment>
        <translation>周二</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <comment>Wednesday, abbreviated</comment>
        <translation>周三</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <comment>Thursday, abbreviated</comment>
        <translation>周四</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <comment>Friday, abbreviated</comment>
        <translation>周五</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <comment>Saturday, abbreviated</comment>
        <translation>周六</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <comment>Sunday, abbreviated</comment>
        <translation>周日</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jan</source>
        <comment>January, abbreviated</comment>
        <translation>1月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feb</source>
        <comment>February, abbreviated</comment>
        <translation>2月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <comment>March, abbreviated</comment>
        <translation>3月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <comment>April, abbreviated</comment>
        <translation>4月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <comment>May, abbreviated</comment>
        <translation>5月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jun</source>
        <comment>June, abbreviated</comment>
        <translation>6月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <comment>July, abbreviated</comment>
        <translation>7月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aug</source>
        <comment>August, abbreviated</comment>
        <translation>8月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <comment>September, abbreviated</comment>
        <translation>9月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oct</source>
        <comment>October, abbreviated</comment>
        <translation>10月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <comment>November, abbreviated</comment>
        <translation>11月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dec</source>
        <comment>December, abbreviated</comment>
        <translation>12月</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 %3</source>
        <comment>a day: weekday (%1), day of the month (%2), month (%3)</comment>
        <translation>%3%2日 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>tomorrow %1</source>
        <comment>a time (%1) tomorrow</comment>
        <translation>明天 %1</translation>
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
        <translation>%3%2日 %1 %4</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in less than a minute</source>
        <translation>不到 1 分钟后</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1</source>
        <comment>how far off a moment is: in 1 h 30 min</comment>
        <translation>%1后</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2</source>
        <comment>a time (%1) and how far off it is (%2): 08:55, in 1 h 30 min</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Next prompt in %1</source>
        <translation>下次提醒：%1后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prompt is due now</source>
        <translation>提醒时间已到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prompts while paused</source>
        <translation>暂停期间不提醒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No prompt while you are away</source>
        <translation>离开期间不提醒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prompt during a break</source>
        <translation>休息期间不提醒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prompt due</source>
        <translation>暂无提醒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <comment>between the items of a list, as in: 2 Done, 1 natural</comment>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Today: %1 sitting, %n break(s)</source>
        <translation>
            <numerusform>今天：坐了 %1，休息 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 Done</source>
        <comment>breaks: the count of Done presses</comment>
        <translation>完成 %1 次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on your own</source>
        <comment>breaks taken on one&apos;s own</comment>
        <translation>自行休息 %1 次</translation>
    </message>
    <message>
        <source>%1 natural</source>
        <comment>breaks taken on one&apos;s own</comment>
        <translation type="vanished">自行休息 %1 次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 without a prompt</source>
        <comment>breaks</comment>
        <translation>无提醒 %1 次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breaks: %1</source>
        <comment>a list of counts</comment>
        <translation>休息：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompts: %1 of %2 ended by a break</source>
        <translation>提醒：%2 次中有 %1 次以休息结束</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 skipped</source>
        <comment>prompts</comment>
        <translation>跳过 %1 次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ignored</source>
        <comment>prompts</comment>
        <translation>未回应 %1 次</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n snooze(s)</source>
        <translation>
            <numerusform>推迟 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Longest sit %1, %2 past the creep threshold</source>
        <translation>最长连续久坐 %1，超过蠕变阈值 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CreepGuard is not running</source>
        <translation>CreepGuard 未运行</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1m</source>
        <comment>the sit in minutes, in a status bar: short</comment>
        <translation>%1分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting for %1</source>
        <translation>已坐 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now: %1</source>
        <comment>the state: standing, away, on break</comment>
        <translation>当前：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go easy on lifting until %1</source>
        <translation>%1 前尽量别搬重物</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused until %1</source>
        <translation>暂停至 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused until you resume</source>
        <translation>已暂停，直到你手动恢复</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sitting</source>
        <comment>a state</comment>
        <translation>坐着</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standing</source>
        <comment>a state</comment>
        <translation>站着</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>away</source>
        <comment>a state</comment>
        <translation>离开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on break</source>
        <comment>a state</comment>
        <translation>休息中</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem: %1</source>
        <comment>one problem per line; status bars may look for it</comment>
        <translation>问题：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CreepGuard is not running.</source>
        <translation>CreepGuard 未运行。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Noted: you are sitting. %1.</source>
        <translation>已记录：你坐着。%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noted: you are standing. %1.</source>
        <translation>已记录：你站着。%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noted: you are away until you are back (input, or creepguard sit).</source>
        <translation>已记录：你已离开，直到你回来（有输入，或运行 creepguard sit）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A stretch card is on screen.</source>
        <translation>伸展卡片已显示在屏幕上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A break was asked for: its card shows once nothing holds it (a full-screen window, do not disturb).</source>
        <translation>已请求休息：一旦没有阻挡（全屏窗口、勿扰模式），卡片就会显示。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paused until %1. Tracking goes on; creepguard resume ends it.</source>
        <translation>已暂停至 %1。记录仍在继续；运行 creepguard resume 可结束暂停。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paused until you resume (creepguard resume). Tracking goes on.</source>
        <translation>已暂停，直到你手动恢复（creepguard resume）。记录仍在继续。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompts are back on. %1.</source>
        <translation>提醒已恢复。%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../creepguard/ui/status_window.py" line="+68"/>
        <source>CreepGuard status</source>
        <translation>CreepGuard 状态</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the message</source>
        <translation>打开这条消息</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss the message</source>
        <translation>关闭这条消息</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Got it, hide this note</source>
        <translation>知道了，隐藏此提示</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../creepguard/offline.py" line="+72"/>
        <source>The history file %1 cannot be used because %2. CreepGuard will keep it aside and start a new one when it starts.</source>
        <comment>%2 is a reason, as: it is damaged (...)</comment>
        <translation>历史记录文件 %1 无法使用，原因：%2。CreepGuard 启动时会将它另行保留，并新建一个。</translation>
    </message>
    <message>
        <location filename="../creepguard/storage/database.py" line="+28"/>
        <source>it cannot be opened (%1)</source>
        <translation>无法打开（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is damaged (%1)</source>
        <translation>文件已损坏（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a valid database (%1)</source>
        <translation>不是有效的数据库（%1）</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The history file %1 could not be used because %2. It was kept as %3 and a new one was started.</source>
        <comment>%2 is a reason, as: it is damaged (...)</comment>
        <translation>历史记录文件 %1 无法使用，原因：%2。已将它保留为 %3，并新建了一个。</translation>
    </message>
    <message>
        <location filename="../creepguard/storage/store.py" line="+396"/>
        <source>The saved sit could not be read (%1); starting fresh.</source>
        <translation>无法读取已保存的连续久坐（%1）；将从零开始计时。</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../creepguard/sync/folder.py" line="+74"/>
        <source>The shared folder %1 is not there (unplugged, or not mounted?). CreepGuard counts on this computer alone meanwhile, and writes there again once it is back.</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>共享文件夹 %1 不在（已拔出，或未挂载？）。在此期间，CreepGuard 只在这台电脑上计算，文件夹恢复后会再次写入。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The shared folder %1 is a file, not a folder. Choose a folder in Settings &gt; Devices.</source>
        <comment>%1 is the path; Settings &gt; Devices: the Settings window&apos;s Devices tab</comment>
        <translation>共享文件夹 %1 是一个文件，不是文件夹。请在“设置 &gt; 设备”中选择一个文件夹。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing is in the shared folder %1 yet: CreepGuard writes there once it runs with this folder set.</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>共享文件夹 %1 中还没有任何内容：CreepGuard 以此文件夹运行后就会在其中写入。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The shared folder %1 no longer holds CreepGuard&apos;s files (not mounted, or emptied). CreepGuard waits for it; to start afresh from this computer, turn the shared folder off and on again in Settings &gt; Devices.</source>
        <comment>%1 is the path; Settings &gt; Devices: the Settings window&apos;s Devices tab</comment>
        <translation>共享文件夹 %1 中已没有 CreepGuard 的文件（未挂载或被清空）。CreepGuard 会等待它恢复；如要从这台电脑重新开始，请在“设置 &gt; 设备”中关闭共享文件夹再重新打开。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>permission denied</source>
        <comment>why a folder cannot be written in</comment>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CreepGuard cannot write in the shared folder %1 (%2). It counts on this computer alone meanwhile.</source>
        <comment>%1 is the folder&apos;s path, %2 the reason (from the system, as: disk full)</comment>
        <translation>CreepGuard 无法写入共享文件夹 %1（%2）。在此期间，它只在这台电脑上计算。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>computer %1</source>
        <comment>a computer whose name is not known: %1 is the start of its id</comment>
        <translation>电脑 %1</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>%1&apos;s latest word (%2) was written by a newer CreepGuard (format %3); update CreepGuard on this computer to count it.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name; the latest word: what that computer last wrote about the person (at the keyboard or away, since when)</comment>
        <translation>%1 的最新状态（%2）由更新版本的 CreepGuard 写入（格式 %3）；请更新这台电脑上的 CreepGuard 以便计入。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s name (%2) was written by a newer CreepGuard (format %3); update CreepGuard on this computer to count it.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name</comment>
        <translation>%1 的名称（%2）由更新版本的 CreepGuard 写入（格式 %3）；请更新这台电脑上的 CreepGuard 以便计入。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s day %2 (%3) was written by a newer CreepGuard (format %4); update CreepGuard on this computer to count it.</source>
        <comment>%1 is a computer&apos;s name, %2 a date (2026-12-03), %3 a file name</comment>
        <translation>%1 在 %2 这一天的记录（%3）由更新版本的 CreepGuard 写入（格式 %4）；请更新这台电脑上的 CreepGuard 以便计入。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1&apos;s latest word (%2) could not be read: %3.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name, %3 why (as: it is not complete); the latest word: what that computer last wrote about the person</comment>
        <translation>无法读取 %1 的最新状态（%2）：%3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s name (%2) could not be read: %3.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name, %3 why (as: it is not complete)</comment>
        <translation>无法读取 %1 的名称（%2）：%3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s day %2 (%3) could not be read: %4.</source>
        <comment>%1 is a computer&apos;s name, %2 a date (2026-12-03), %3 a file name, %4 why (as: it is not complete)</comment>
        <translation>无法读取 %1 在 %2 这一天的记录（%3）：%4。</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/formats.py" line="+143"/>
        <source>it is not text</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>不是文本</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is not complete (it may still be arriving)</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>文件不完整（可能仍在传输中）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not a CreepGuard file</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>不是 CreepGuard 文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has no format number</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>没有格式编号</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its format number %1 is not one CreepGuard ever wrote</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>格式编号 %1 不是 CreepGuard 用过的</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is not a %1 file</source>
        <comment>%1 is the kind of file as the file names it: device, presence or day; ends &apos;... could not be read: &apos;</comment>
        <translation>不是 %1 文件</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its %1 is missing or wrong</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;seen&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>字段 %1 缺失或有误</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>its %1 is not a time</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;seen&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>字段 %1 不是时间</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its %1 has no UTC offset</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;seen&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>字段 %1 没有 UTC 偏移</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its %1 is %2, unknown here</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;state&apos;), %2 its value (&apos;lying down&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>字段 %1 的值为 %2，此处无法识别</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a span in it is not whole</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>其中某个时段不完整</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a span&apos;s sit is not a number</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>某个时段的久坐时长不是数字</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a span in it ends before it starts</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>其中某个时段的结束早于开始</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a computer without a name</source>
        <comment>the name of a computer whose name is empty</comment>
        <translation>未命名的电脑</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>its &apos;day&apos; is not a date</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>字段 &apos;day&apos; 不是日期</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a prompt in it is not whole</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>其中某条提醒不完整</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a prompt&apos;s snoozes are not a number</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>某条提醒的推迟次数不是数字</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/history.py" line="+51"/>
        <source>The shared folder did not answer within %1 s (a network folder gone away?); %2.</source>
        <comment>%1 is a number of seconds; %2 what is done instead, as: this computer&apos;s history is shown alone</comment>
        <translation>共享文件夹在 %1 秒内没有响应（网络文件夹断开了？）；%2。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The shared folder holds a conflicting copy of %1&apos;s %2, made by the sync program; both copies were read and nothing is lost. You may delete the copy once every computer is in sync.</source>
        <comment>%1 is a computer&apos;s name, %2 the copy&apos;s file name in the folder; the sync program: Syncthing, Nextcloud, Dropbox...</comment>
        <translation>共享文件夹中有 %1 的 %2 的冲突副本，由同步程序生成；两份副本都已读取，没有丢失任何内容。所有电脑同步完成后，你可以删除该副本。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>this computer&apos;s history is shown alone</source>
        <comment>ends the sentence &apos;The shared folder did not answer within 5 s (a network folder gone away?); ...&apos;</comment>
        <translation>只显示这台电脑的历史记录</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/link.py" line="+335"/>
        <source>The shared folder %1 does not answer (a network folder gone away?). CreepGuard counts on this computer alone meanwhile.</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>共享文件夹 %1 没有响应（网络文件夹断开了？）。在此期间，CreepGuard 只在这台电脑上计算。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The clock on %1 is about %2 min ahead of this computer&apos;s: what it says is not used for the sit while that lasts. Let both computers set their clocks automatically.</source>
        <comment>%1 is a computer&apos;s name, %2 a number of minutes; the sit: the time the person has sat without a break</comment>
        <translation>%1 的时钟比这台电脑快约 %2 分钟：在此期间，它提供的信息不计入久坐时间。请让两台电脑都自动设置时间。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>CreepGuard cannot use the shared folder %1 (%2). It counts on this computer alone meanwhile and writes there again once it can.</source>
        <comment>%1 is the folder&apos;s path, %2 the reason (from the system, as: disk full)</comment>
        <translation>CreepGuard 无法使用共享文件夹 %1（%2）。在此期间，它只在这台电脑上计算，能写入时会再次写入。</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/setup.py" line="+53"/>
        <source>just now</source>
        <comment>when a computer last saw the person</comment>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <comment>when a computer last saw the person</comment>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h %2 min ago</source>
        <comment>when a computer last saw the person: %1 hours and %2 minutes ago</comment>
        <translation>%1 小时 %2 分钟前</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n h ago</source>
        <comment>when a computer last saw the person: hours ago</comment>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <comment>when a computer last saw the person</comment>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (this computer)</source>
        <comment>%1 is this computer&apos;s name</comment>
        <translation>%1（这台电脑）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: has not said when it last saw you</source>
        <comment>%1 is another computer&apos;s name</comment>
        <translation>%1：没有说明上次看到你的时间</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: last saw you %2, ahead of this computer&apos;s clock</source>
        <comment>%1 is another computer&apos;s name, %2 a date and time (2026-12-03 09:40) later than this computer&apos;s clock says it is</comment>
        <translation>%1：上次看到你是 %2，比这台电脑的时钟还晚</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: last saw you %2, %3</source>
        <comment>%1 is another computer&apos;s name, %2 a date and time (2026-12-03 09:40), %3 how long ago, as: 3 min ago</comment>
        <translation>%1：上次看到你是 %2，%3</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the other computers are not listed</source>
        <comment>ends the sentence &apos;The shared folder did not answer within 5 s (a network folder gone away?); ...&apos;</comment>
        <translation>未列出其他电脑</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cannot look for a computer called %1: %2</source>
        <comment>%1 is the name the person typed after --device, quoted; %2 why (a sentence about the shared folder)</comment>
        <translation>无法查找名为 %1 的电脑：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no single computer is called %1 in the shared folder (there are: %2; `creepguard devices` lists them)</source>
        <comment>%1 is the name the person typed after --device, quoted; %2 the computers&apos; names, separated by commas; `creepguard devices` is a command: keep it as it is</comment>
        <translation>共享文件夹中名为 %1 的电脑并非恰好一台（现有：%2；`creepguard devices` 可列出它们）</translation>
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
        <translation>不到 1 分钟</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+26"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>, </source>
        <comment>between the items of a list, as in: 2 Done, 1 natural</comment>
        <translation>，</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ddd d</source>
        <comment>a day on a button: a QDate format (ddd short weekday, d day)</comment>
        <translation>ddd d&apos;日&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dddd dd MMMM</source>
        <comment>a day in full: a QDate format (dddd weekday, dd or d day, MMMM month)</comment>
        <translation>M&apos;月&apos;d&apos;日&apos; dddd</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tomorrow %1</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Switch to standing</source>
        <translation>换成站立办公吧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to stand up and move</source>
        <translation>该站起来活动一下了</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to sitting for a while</source>
        <translation>坐下来一会儿吧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have stood a while: sit or move</source>
        <translation>你已经站了一段时间：坐下或活动一下吧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short break</source>
        <translation>短暂休息一下</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You have sat for %1.</source>
        <translation>你已经坐了 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You sat %1. Your back recovers until about %2: leave heavy lifting until then.</source>
        <translation>你坐了 %1。背部大约要到 %2 才能恢复：在那之前先别搬重物。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back recovering until %1: no heavy lifting</source>
        <translation>背部恢复中，直到 %1：请勿搬重物</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hold %1 min</source>
        <translation>保持 %1 分钟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold %1 s</source>
        <translation>保持 %1 秒</translation>
    </message>
    <message numerus="yes">
        <source>%n breath</source>
        <translation type="vanished">
            <numerusform>呼吸 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaths</source>
        <translation type="vanished">
            <numerusform>呼吸 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition</source>
        <translation type="vanished">
            <numerusform>重复 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetitions</source>
        <translation type="vanished">
            <numerusform>重复 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n breath(s)</source>
        <translation>
            <numerusform>呼吸 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>重复 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, each side</source>
        <translation>每侧%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+123"/>
        <source>Standing</source>
        <translation>站姿</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Seated</source>
        <translation>坐姿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the floor</source>
        <translation>地面</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop any exercise that hurts.</source>
        <translation>任何动作引起疼痛时，请停止。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop: nothing on these cards should hurt. This exercise will not be suggested again. Try another one, or simply walk around for a minute.</source>
        <translation>请停止：卡片上的动作都不应引起疼痛。以后不会再推荐这个动作。可以换一个试试，或者只是走动一分钟。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kept: this exercise can come again.</source>
        <translation>已保留：这个动作以后还会出现。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starts by itself in a moment.</source>
        <translation>稍后会自动开始。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Repetition %1 of %2: hold</source>
        <translation>第 %1/%2 次：保持</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Come back slowly</source>
        <translation>慢慢还原</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repetition %1 of %2</source>
        <translation>第 %1/%2 次</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breath %1 of %2: in, and slowly out</source>
        <translation>第 %1/%2 次呼吸：吸气，再慢慢呼气</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change sides</source>
        <translation>换另一侧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>side %1 of 2</source>
        <translation>第 %1/2 侧</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Complete. Press Done when you are ready.</source>
        <translation>已完成。准备好后请按“完成”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next stretch comes after %1 of sitting.</source>
        <translation>再坐 %1 后会有下一次伸展。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The next card comes after another %1 of sitting.</source>
        <translation>再坐 %1 后会出现下一张卡片。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The card comes back a little later.</source>
        <translation>卡片稍后会再出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The card comes back in %1.</source>
        <translation>卡片将在 %1后再出现。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Paused until %1</source>
        <translation>暂停至 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sitting (just started)</source>
        <translation>刚坐下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting for %1</source>
        <translation>已坐 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On a break</source>
        <translation>休息中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tracking</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No stretches while paused</source>
        <translation>暂停期间不提醒伸展</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stretch is waiting (full screen or do-not-disturb)</source>
        <translation>有伸展在等待（全屏或勿扰模式）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stretch planned right now</source>
        <translation>目前没有安排伸展</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stretch is due now</source>
        <translation>现在该伸展了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next stretch in %1</source>
        <translation>下次伸展：%1后</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Past %1 of sitting: time to move soon</source>
        <translation>已坐超过 %1：该准备活动一下了</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Today: %1 sitting, %2 standing</source>
        <translation>今天：坐了 %1，站了 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n break(s)</source>
        <translation>
            <numerusform>休息 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 on your own</source>
        <translation>自行休息 %1 次</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n snooze(s)</source>
        <translation>
            <numerusform>推迟 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n break</source>
        <translation type="vanished">
            <numerusform>休息 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation type="vanished">
            <numerusform>休息 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1 Done</source>
        <translation>完成 %1 次</translation>
    </message>
    <message>
        <source>%1 natural</source>
        <translation type="vanished">自行休息 %1 次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 without a prompt</source>
        <translation>无提醒 %1 次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Breaks: %1</source>
        <translation>休息：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prompts: %1 of %2 ended by a break</source>
        <translation>提醒：%2 次中有 %1 次以休息结束</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 skipped</source>
        <translation>跳过 %1 次</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ignored</source>
        <translation>未回应 %1 次</translation>
    </message>
    <message numerus="yes">
        <source>%n snooze</source>
        <translation type="vanished">
            <numerusform>推迟 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozes</source>
        <translation type="vanished">
            <numerusform>推迟 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Longest sit %1, %2 past the creep threshold</source>
        <translation>最长连续久坐 %1，超过蠕变阈值 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CreepGuard cannot see the keyboard and mouse: use “I&apos;m away” when you leave</source>
        <translation>CreepGuard 无法检测键盘和鼠标：离开时请使用“我要离开”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I&apos;m sitting</source>
        <translation>我现在坐着</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m standing</source>
        <translation>我现在站着</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sitting, just started</source>
        <translation>刚坐下</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting %1</source>
        <translation>已坐 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a stretch is waiting</source>
        <translation>有伸展在等待</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stretch now</source>
        <translation>现在伸展</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stretch in %1</source>
        <translation>%1后伸展</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2</source>
        <comment>a name and what it says, as in: CreepGuard: sitting 12 min</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Seated exercises only today</source>
        <translation>今天只推荐坐姿动作</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a full-screen window is active</source>
        <translation>有全屏窗口正在使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>do-not-disturb is on</source>
        <translation>勿扰模式已开启</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your desktop shows no tray area, so CreepGuard lives in this small window. On GNOME, the “AppIndicator and KStatusNotifierItem Support” extension adds one. When a tray appears, CreepGuard moves into it by itself.</source>
        <translation>你的桌面没有托盘区域，所以 CreepGuard 显示在这个小窗口中。在 GNOME 上，可以安装“AppIndicator and KStatusNotifierItem Support”扩展来添加托盘。托盘出现后，CreepGuard 会自动移入其中。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CreepGuard notices how long you sit and, every so often, suggests a short stretch. After about 20 minutes of sitting your back starts to “creep”; changing posture about every 30 minutes helps it recover.</source>
        <translation>CreepGuard 会留意你坐了多久，并不时建议你做个简短的伸展。坐了大约 20 分钟后，背部会开始出现“蠕变”；大约每 30 分钟变换一次姿势，有助于背部恢复。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not medical advice. Stop any exercise that hurts, and skip the ones that do not suit you.</source>
        <translation>本软件不提供医疗建议。任何动作引起疼痛时请停止，不适合你的动作请跳过。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../creepguard/ui/timeline.py" line="+86"/>
        <source>Sitting</source>
        <translation>坐着</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting past the creep threshold</source>
        <translation>超过蠕变阈值的久坐</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing</source>
        <translation>站着</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Day timeline</source>
        <translation>当天时间线</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No day chosen.</source>
        <translation>未选择日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: nothing recorded.</source>
        <translation>%1：没有记录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2 to %3: %4. Use Left and Right to go through the spans.</source>
        <translation>%1，%2 至 %3：%4。使用左、右方向键浏览各个时段。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>under a minute recorded</source>
        <translation>记录不到 1 分钟</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2 to %3 (%4)</source>
        <translation>%1，%2 至 %3（%4）</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Nothing recorded on this day.</source>
        <translation>这一天没有记录。</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../creepguard/ui/today_popup.py" line="+86"/>
        <source>CreepGuard today</source>
        <translation>CreepGuard 今日概况</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take a break now</source>
        <translation>现在休息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause 30 min</source>
        <translation>暂停 30 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>恢复</translation>
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
        <translation>现在休息(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>I&apos;m &amp;standing</source>
        <translation>我现在站着(&amp;S)</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>I&apos;m &amp;away</source>
        <translation>我要离开(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I &amp;can&apos;t stand today</source>
        <translation>今天不便站立(&amp;C)</translation>
    </message>
    <message>
        <source>The last &amp;quiet spell</source>
        <translation type="vanished">刚才无操作的时段(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The &amp;last quiet spell</source>
        <translation>刚才无操作的时段(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I was &amp;away</source>
        <translation>我离开了(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I was &amp;sitting</source>
        <translation>我一直坐着(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For &amp;30 minutes</source>
        <translation>30 分钟(&amp;3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For &amp;1 hour</source>
        <translation>1 小时(&amp;1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until &amp;tomorrow</source>
        <translation>直到明天(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until I &amp;resume</source>
        <translation>直到手动恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Resume</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>I&apos;m &amp;sitting</source>
        <translation>我现在坐着(&amp;S)</translation>
    </message>
    <message>
        <location filename="../creepguard/ui/tray.py" line="+81"/>
        <source>CreepGuard menu</source>
        <translation>CreepGuard 菜单</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../creepguard/ui/welcome.py" line="+39"/>
        <source>Gentle: appears without taking the keyboard</source>
        <translation>温和：出现时不抢占键盘</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focused: takes the keyboard</source>
        <translation>专注：获取键盘焦点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persistent: no Skip, comes back</source>
        <translation>持续：没有“跳过”，会反复出现</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+5"/>
        <source>Welcome to CreepGuard</source>
        <translation>欢迎使用 CreepGuard</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tracking starts when you press Start. You can change these and more at any time in Settings.</source>
        <translation>按“开始”后开始记录。你可以随时在“设置”中更改这些选项及更多设置。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now: quit without tracking</source>
        <translation>以后再说：不记录，直接退出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with these settings</source>
        <translation>使用这些设置开始</translation>
    </message>
</context>
</TS>
