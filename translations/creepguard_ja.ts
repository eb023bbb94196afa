<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
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
        <translation>CreepGuard はキーボードとマウスの操作を検出できません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time counts as sitting while the screen is unlocked. Use I&apos;m standing, I&apos;m away and Take a break from the menu; `creepguard diagnose` says why.</source>
        <translation>画面のロックが解除されている間は着席として数えます。メニューの「立っています」「離席します」「今すぐ休憩」を使ってください。理由は `creepguard diagnose` で確認できます。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>CreepGuard cannot save your history</source>
        <translation>CreepGuard は履歴を保存できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Tracking goes on and will be saved once the disk accepts it again.</source>
        <translation>%1。記録は続いており、ディスクに書き込めるようになりしだい保存されます。</translation>
    </message>
    <message>
        <source>You have sat for %1 minutes</source>
        <translation type="vanished">%1分間座り続けています</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A short stretch or a change of posture soon lets your back recover.</source>
        <translation>そろそろ短いストレッチをするか姿勢を変えると、背中が回復できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stretch now</source>
        <translation>今すぐストレッチ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Well done</source>
        <translation>お疲れさまでした</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../creepguard/ui/card.py" line="+255"/>
        <source>Progress of the hold</source>
        <translation>キープの進み具合</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+78"/>
        <source>Start now</source>
        <translation>今すぐ開始</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the hold</source>
        <translation>キープを一時停止</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go on</source>
        <translation>続ける</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on with the hold</source>
        <translation>キープを続ける</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Start the hold now</source>
        <translation>今すぐキープを開始</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+715"/>
        <source>Well done</source>
        <translation>お疲れさまでした</translation>
    </message>
    <message>
        <location line="-713"/>
        <source>Again</source>
        <translation>もう一度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do it again</source>
        <translation>もう一度行う</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Exercise</source>
        <translation>エクササイズ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the card without answering</source>
        <translation>応答せずにカードを閉じる</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Illustration</source>
        <translation>イラスト</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+3"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It did not hurt: keep suggesting this exercise</source>
        <translation>痛くなかった：このエクササイズを引き続き提案する</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No other exercise fits right now.</source>
        <translation>今はほかに合うエクササイズがありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This hurts</source>
        <translation>痛みがある</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop this exercise; it will not be suggested again</source>
        <translation>このエクササイズを中止し、今後は提案しない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me again in a few minutes (Esc)</source>
        <translation>数分後にもう一度知らせる（Esc）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another one</source>
        <translation>別のエクササイズ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I did the exercise (Enter)</source>
        <translation>エクササイズをしました（Enter）</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Drawing of %1</source>
        <translation>%1の図</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Step %1</source>
        <translation>手順%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why: %1</source>
        <translation>ねらい：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Careful: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location line="+277"/>
        <source>Snoozed</source>
        <translation>スヌーズしました</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped</source>
        <translation>スキップしました</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../creepguard/cli.py" line="+53"/>
        <source>(see %1 --help)</source>
        <comment>after a mistake on the command line</comment>
        <translation>（%1 --help を参照）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a number from %2 to %3</source>
        <translation>%1 は %2 から %3 までの数値ではありません</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a duration: use minutes (30), 90s, 45m, 1h, 1h30m or tomorrow</source>
        <comment>keep 90s, 45m, 1h, 1h30m and tomorrow: the command takes them as written</comment>
        <translation>%1 は時間の長さとして読み取れません。分（30）、90s、45m、1h、1h30m、tomorrow のいずれかで指定してください</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a pause must be longer than zero</source>
        <translation>一時停止の長さは 0 より大きくしてください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a pause cannot be longer than a year (%1 minutes); use `pause` without a duration</source>
        <translation>一時停止は 1 年（%1分）より長くできません。長さを付けずに `pause` を使ってください</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>creepguard: note: %1</source>
        <comment>a problem with the shared folder, said before the command&apos;s answer; &apos;creepguard&apos; is the program&apos;s name</comment>
        <translation>creepguard：注意：%1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>CreepGuard is not running. Start it with: creepguard run</source>
        <translation>CreepGuard は実行されていません。起動コマンド：creepguard run</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the command failed</source>
        <translation>コマンドが失敗しました</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the week %1 ends after %2, the last day there is</source>
        <translation>週 %1 は、扱える最後の日 %2 より後に終わります</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Week %1</source>
        <comment>a heading: the ISO week, as 2026-W48</comment>
        <translation>週 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day</source>
        <comment>a column</comment>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sitting</source>
        <comment>a column</comment>
        <translation>着席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standing</source>
        <comment>a column</comment>
        <translation>立ち作業</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>past creep</source>
        <comment>a column</comment>
        <translation>しきい値超過</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longest</source>
        <comment>a column</comment>
        <translation>最長</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>breaks</source>
        <comment>a column</comment>
        <translation>休憩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <comment>a column</comment>
        <translation>完了</translation>
    </message>
    <message>
        <source>natural</source>
        <comment>a column</comment>
        <translation type="vanished">自然</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unprompted</source>
        <comment>a column</comment>
        <translation>リマインドなし</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped</source>
        <comment>a column</comment>
        <translation>スキップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored</source>
        <comment>a column</comment>
        <translation>未応答</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>snoozed</source>
        <comment>a column</comment>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Total %1 sitting, average %2 a day, longest sit %3, %4 past the creep threshold</source>
        <translation>着席の合計 %1、1日平均 %2、最長連続着席 %3、クリープのしきい値超過 %4</translation>
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
            <numerusform>休憩 %n回（完了 %1回、自主的な休憩 %2回、リマインドなし %3回）。休憩で終わったリマインド：%5回中 %4回%6</numerusform>
        </translation>
    </message>
    <message>
        <location line="-43"/>
        <source>on your own</source>
        <comment>a column</comment>
        <translation>自然</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n break(s) (%1 Done, %2 on your own, %3 without a prompt); prompts ended by a break: %4 of %5%6</source>
        <comment>%6 is the share, as &apos; (75%)&apos;, or nothing</comment>
        <translation>
            <numerusform>休憩 %n回（完了 %1回、自主的な休憩 %2回、リマインドなし %3回）。休憩で終わったリマインド：%5回中 %4回%6</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 %2 is not a date like 2026-11-23</source>
        <translation>%1 %2 は 2026-11-23 のような日付ではありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--until is before --since</source>
        <translation>--until が --since より前です</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported %1, %2 and %3 to %4</source>
        <comment>counts of spans, prompts, breaks</comment>
        <translation>%1、%2、%3 を %4 にエクスポートしました</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n span(s)</source>
        <translation>
            <numerusform>区間 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>リマインド %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n break(s)</source>
        <translation>
            <numerusform>休憩 %n件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No shared folder is set: this computer counts alone. Choose one in Settings &gt; Devices (see README, Several computers).</source>
        <comment>Settings &gt; Devices: the Settings window&apos;s Devices tab; Several computers: a section of the README</comment>
        <translation>共有フォルダーが設定されていません：このコンピューターだけで数えます。「設定 &gt; デバイス」で選んでください（README の Several computers を参照）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shared folder: %1</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>共有フォルダー：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem: %1</source>
        <comment>one problem per line</comment>
        <translation>問題：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its folder does not exist</source>
        <translation>フォルダーが存在しません</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Python %1 on %2</source>
        <translation>Python %1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session type</source>
        <translation>セッションの種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop</source>
        <translation>デスクトップ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Qt %1, platform plugin: %2</source>
        <translation>Qt %1、プラットフォームプラグイン：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System tray: available</source>
        <translation>システムトレイ：あり</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System tray: not available (a window is used)</source>
        <translation>システムトレイ：なし（ウィンドウを使用）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt: cannot start (%1)</source>
        <translation>Qt：起動できません（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tracker: running (pid lock %1), state %2</source>
        <translation>記録プログラム：実行中（pid ロック %1）、状態 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tracker: not running</source>
        <translation>記録プログラム：実行されていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data folder: %1</source>
        <translation>データフォルダー：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History file: %1</source>
        <translation>履歴ファイル：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings file: %1</source>
        <translation>設定ファイル：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log folder: %1</source>
        <translation>ログフォルダー：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control socket: %1</source>
        <translation>制御ソケット：%1</translation>
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
        <translation>%1：不明（%2 が設定されていません）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CreepGuard will start at login (%1).</source>
        <translation>CreepGuard はログイン時に起動します（%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CreepGuard will not start at login.</source>
        <translation>CreepGuard はログイン時に起動しません。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Measures how long you have sat without a break and prompts short posture breaks. Without a command, starts the tracker.</source>
        <translation>休憩なしで座っている時間を測り、姿勢を変える短い休憩を促します。コマンドを指定しないと記録プログラムを起動します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>log debug details</source>
        <translation>デバッグの詳細をログに記録する</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start the tracker (the default; a second one asks the running one to show itself and exits 0)</source>
        <translation>記録プログラムを起動する（既定のコマンド。すでに実行中なら、そのウィンドウを表示させて 0 で終了する）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>watch a scripted person&apos;s short day at 30x speed, on a temporary data folder (your history is untouched)</source>
        <translation>台本どおりに過ごす人の短い一日を 30 倍速で見る。一時的なデータフォルダーを使う（履歴には影響しません）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>run the whole app N times faster</source>
        <translation>アプリ全体を N 倍速で実行する</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the current sit, from the tracker, or from the store when none runs</source>
        <translation>現在の連続着席。記録プログラムから取得し、実行中でなければ保存データから取得する</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <location line="+44"/>
        <source>machine-readable JSON</source>
        <translation>機械可読な JSON</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>one-line JSON for status bars</source>
        <translation>ステータスバー用の 1 行の JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tell the tracker you sit</source>
        <translation>座っていることを記録プログラムに伝える</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tell the tracker you stand</source>
        <translation>立っていることを記録プログラムに伝える</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take a break now (shows a stretch card)</source>
        <translation>今すぐ休憩する（ストレッチカードを表示）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tell the tracker you are leaving the desk</source>
        <translation>席を離れることを記録プログラムに伝える</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end a pause</source>
        <translation>一時停止を終える</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hold prompts (tracking goes on)</source>
        <translation>リマインドを止める（記録は続く）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DURATION: a bare number is minutes; 90s, 45m, 1h, 1h30m; &apos;tomorrow&apos; is the next start of active hours; none pauses until `creepguard resume`.</source>
        <translation>DURATION：数字だけなら分。90s、45m、1h、1h30m も使えます。&apos;tomorrow&apos; は次の有効時間の開始まで。省略すると `creepguard resume` まで一時停止します。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a week of sitting per day, with totals</source>
        <translation>1 週間の日ごとの着席時間と合計</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO week, e.g. 2026-W48</source>
        <translation>ISO 週番号（例：2026-W48）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>one computer&apos;s record alone (its name, or &apos;this&apos;); all computers by default</source>
        <translation>1台のコンピューターの記録だけ（名前、または &apos;this&apos;）。既定はすべてのコンピューター</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>every span, prompt and break (JSON: and each day&apos;s counts)</source>
        <translation>すべての区間、リマインド、休憩（JSON では日ごとの集計も）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write here instead of standard output</source>
        <translation>標準出力ではなくこのファイルに書き込む</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first day, YYYY-MM-DD</source>
        <translation>最初の日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day, YYYY-MM-DD</source>
        <translation>最後の日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>version, platform, Qt, tray, activity backend with a live idle reading, paths</source>
        <translation>バージョン、プラットフォーム、Qt、トレイ、活動検出のバックエンド（現在のアイドル時間付き）、パス</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the exercise library (id, title, position, enabled, illustration)</source>
        <translation>エクササイズの一覧（id、名前、姿勢、有効かどうか、イラスト）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start at login: on, off, or show</source>
        <translation>ログイン時に起動：on、off、または現在の設定を表示</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>print a shell completion script: bash, zsh or fish</source>
        <translation>シェルの補完スクリプトを出力する：bash、zsh、fish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints a completion script for SHELL, made from this command line. bash: add `source &lt;(creepguard completion bash)` to ~/.bashrc. zsh: `creepguard completion zsh &gt; ~/.zfunc/_creepguard` with ~/.zfunc in $fpath. fish: `creepguard completion fish &gt; ~/.config/fish/completions/creepguard.fish`.</source>
        <translation>このコマンドラインから作った SHELL 用の補完スクリプトを出力します。bash：`source &lt;(creepguard completion bash)` を ~/.bashrc に追加します。zsh：`creepguard completion zsh &gt; ~/.zfunc/_creepguard` を実行し、~/.zfunc を $fpath に含めます。fish：`creepguard completion fish &gt; ~/.config/fish/completions/creepguard.fish` を実行します。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>commands and their options:</source>
        <translation>コマンドとオプション：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DURATION (pause): a bare number is minutes; 90s, 45m, 1h, 1h30m; &apos;tomorrow&apos; is the next start of active hours; none pauses until `creepguard resume`.</source>
        <translation>DURATION（pause）：数字だけなら分。90s、45m、1h、1h30m も使えます。&apos;tomorrow&apos; は次の有効時間の開始まで。省略すると `creepguard resume` まで一時停止します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit codes: 0 ok, 1 failure, 2 bad usage, 3 no tracker running.</source>
        <translation>終了コード：0 成功、1 失敗、2 使い方の誤り、3 記録プログラムが実行されていない。</translation>
    </message>
    <message>
        <location filename="../creepguard/startup/runner.py" line="+278"/>
        <source>Demo at %1x speed: a scripted person lives a short day, about %2 real minutes. Its data lives in %3 (removed at the end), not in your history.</source>
        <translation>%1 倍速のデモ：台本どおりに動く人の短い一日、実時間で約 %2 分。データは %3 に置かれ（終了時に削除）、あなたの履歴には入りません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try: %1</source>
        <comment>a command to type</comment>
        <translation>試してみてください：%1</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../creepguard/demo.py" line="+91"/>
        <source>Sitting and typing. The ring fills toward the next posture change.</source>
        <translation>座って入力中。次の姿勢の切り替えに向けてリングが満ちていきます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading: no keyboard or mouse for 3 minutes. That is still sitting.</source>
        <translation>読書中：3分間キーボードもマウスも使いません。これも着席です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Typing again. At 20 minutes of sitting the creep warning comes.</source>
        <translation>再び入力。着席20分でクリープ通知が来ます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The creep warning: after about 20 minutes a sitting back starts to tire.</source>
        <translation>クリープ通知：20分ほど座っていると、背中が疲れ始めます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working on. At 30 minutes a stretch card asks for a posture change.</source>
        <translation>作業を続けます。30分でストレッチカードが姿勢の切り替えを促します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stretch card. The person stops typing and follows it.</source>
        <translation>ストレッチカード。入力をやめて、カードのとおりに動きます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 quiet minutes on the card: that is the break, and the sit ends.</source>
        <translation>カードの前で静かに2分：これが休憩となり、連続着席が終わります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back at the keyboard: the card closes by itself, the break counted.</source>
        <translation>キーボードに戻る：カードは自動で閉じ、休憩は記録されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A walk away from the desk: no keyboard, no mouse.</source>
        <translation>席を離れて散歩：キーボードもマウスも使いません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 minutes without input: away, counted from the last input.</source>
        <translation>入力なしで5分：離席中。最後の入力から数えます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back at the desk: a few seconds of typing and the person is back.</source>
        <translation>席に戻る：数秒入力すれば、戻ったことになります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I&apos;m standing (tray menu): standing at the desk, still typing.</source>
        <translation>「立っています」（トレイメニュー）：机で立ったまま入力を続けます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m sitting again. That was the demo&apos;s short day.</source>
        <translation>再び「座っています」。デモの短い一日はこれで終わりです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo ends; its temporary history is removed.</source>
        <translation>デモを終了します。一時的な履歴は削除されます。</translation>
    </message>
    <message>
        <location filename="../creepguard/ui/demo_caption.py" line="+30"/>
        <source>CreepGuard demo</source>
        <translation>CreepGuard デモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CreepGuard demo caption</source>
        <translation>CreepGuard デモの字幕</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo, minute %1: %2</source>
        <comment>the demo&apos;s caption: %1 the minute of the demo&apos;s short day, %2 what happens</comment>
        <translation>デモ %1分目：%2</translation>
    </message>
</context>
<context>
    <name>Diagnose</name>
    <message>
        <location filename="../creepguard/sensing/diagnose.py" line="+62"/>
        <source>Activity sensing: %1</source>
        <translation>活動の検出：%1</translation>
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
        <translation>不使用</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Live reading: idle %1 s, %2, %3 (read in %4 ms)</source>
        <translation>現在の読み取り値：アイドル %1秒、%2、%3（読み取り %4ミリ秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unlocked</source>
        <translation>ロック解除中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inhibited</source>
        <translation>アイドル抑制あり</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not inhibited</source>
        <translation>アイドル抑制なし</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Activity sensing: could not be checked (%1)</source>
        <translation>活動の検出：確認できませんでした（%1）</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../creepguard/ui/history_window.py" line="+88"/>
        <source>No sitting recorded this week yet. Once CreepGuard has run for a while, each day&apos;s sitting appears here.</source>
        <translation>今週の着席の記録はまだありません。CreepGuard をしばらく使うと、日ごとの着席時間がここに表示されます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sitting</source>
        <translation>着席</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sitting past the creep threshold</source>
        <translation>クリープのしきい値を超えた着席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing</source>
        <translation>立ち作業</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Breaks</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>Every break: Done, natural and without a prompt</source>
        <translation type="vanished">すべての休憩：完了、自主的な休憩、リマインドなし</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts you answered with Done</source>
        <translation>「完了」で応答したリマインド</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation type="vanished">自主的な休憩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You took the break yourself while a prompt was due</source>
        <translation>リマインドが出ているときに、自分で休憩をとった</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unprompted</source>
        <translation>リマインドなし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks you took with no prompt due</source>
        <translation>リマインドが出ていないときにとった休憩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts you skipped</source>
        <translation>スキップしたリマインド</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignored</source>
        <translation>未応答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts that went away unanswered</source>
        <translation>応答がないまま閉じたリマインド</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snoozed</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times a prompt was snoozed</source>
        <translation>リマインドをスヌーズした回数</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Week %1, %2</source>
        <translation>第%1週、%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>no change</source>
        <translation>変化なし</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%nポイント</numerusform>
        </translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Go to the current week (%1)</source>
        <translation>今週に移動（(%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n point</source>
        <translation type="vanished">
            <numerusform>%nポイント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation type="vanished">
            <numerusform>%nポイント</numerusform>
        </translation>
    </message>
    <message>
        <location line="-66"/>
        <source>%1 – History</source>
        <translation>%1 – 履歴</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Week shown</source>
        <translation>表示中の週</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Empty week</source>
        <translation>記録のない週</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>◀ Previous</source>
        <translation>◀ 前の週</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week before (Alt+Left)</source>
        <translation>前の週（Alt+左矢印）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous week</source>
        <translation>前の週</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This &amp;week</source>
        <translation>今週(&amp;W)</translation>
    </message>
    <message>
        <source>Go to the current week (Alt+W)</source>
        <translation type="vanished">今週に移動（Alt+W）</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Every break: Done, on your own and without a prompt</source>
        <translation>すべての休憩：完了、自主的な休憩、リマインドなし</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On your own</source>
        <translation>自主的な休憩</translation>
    </message>
    <message>
        <location line="+266"/>
        <source>Next ▶</source>
        <translation>次の週 ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The week after (Alt+Right)</source>
        <translation>次の週（Alt+右矢印）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next week</source>
        <translation>次の週</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Go to:</source>
        <translation>移動先(&amp;G)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to the week of this date</source>
        <translation>この日付を含む週に移動</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick any day to see its week</source>
        <translation>日付を選ぶと、その週を表示します</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save this week&apos;s days as a CSV file</source>
        <translation>この週の各日のデータを CSV ファイルに保存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;mputer:</source>
        <translation>コンピューター(&amp;M)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose history to show</source>
        <translation>表示する履歴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every computer sharing the folder together, or one alone</source>
        <translation>フォルダーを共有するすべてのコンピューターをまとめて、または 1 台だけ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sitting this week</source>
        <translation>この週の着席時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sitting recorded</source>
        <translation>記録されたすべての着席時間</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average a day</source>
        <translation>1日平均</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting divided by the days CreepGuard ran</source>
        <translation>着席時間を CreepGuard が動いていた日数で割った値</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Longest sit</source>
        <translation>最長連続着席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest sit without a break</source>
        <translation>休憩なしで最も長く座っていた時間</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past the creep threshold</source>
        <translation>クリープのしきい値超過</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting beyond the creep warning, added up over every sit</source>
        <translation>各連続着席のうち、クリープ通知を超えて座っていた時間の合計</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompts ended by a break</source>
        <translation>休憩で終わったリマインド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts that ended with a break (Done or on your own), out of all</source>
        <translation>すべてのリマインドのうち、休憩（完了または自主的な休憩）で終わったもの</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>&lt;b&gt;Breaks&lt;/b&gt;: every break, the next three added up. &lt;b&gt;Done&lt;/b&gt;: you answered a prompt with Done. &lt;b&gt;On your own&lt;/b&gt;: you took the break yourself while a prompt was due. &lt;b&gt;Unprompted&lt;/b&gt;: you stood up or left for a break with no prompt due. &lt;b&gt;Skipped&lt;/b&gt;: you chose Skip. &lt;b&gt;Ignored&lt;/b&gt;: a prompt went away unanswered. &lt;b&gt;Snoozed&lt;/b&gt;: times a prompt was put off.</source>
        <translation>&lt;b&gt;休憩&lt;/b&gt;：すべての休憩（次の3つの合計）。&lt;b&gt;完了&lt;/b&gt;：リマインドに「完了」で応答した。&lt;b&gt;自主的な休憩&lt;/b&gt;：リマインドが出ているときに、自分で休憩をとった。&lt;b&gt;リマインドなし&lt;/b&gt;：リマインドが出ていないときに、立ち上がるか席を離れて休憩した。&lt;b&gt;スキップ&lt;/b&gt;：「スキップ」を選んだ。&lt;b&gt;未応答&lt;/b&gt;：リマインドが応答のないまま閉じた。&lt;b&gt;スヌーズ&lt;/b&gt;：リマインドを先送りした回数。</translation>
    </message>
    <message>
        <source>Prompt episodes that ended with a break (taken or natural), out of all</source>
        <translation type="vanished">すべてのリマインドのうち、休憩（完了または自主的な休憩）で終わったもの</translation>
    </message>
    <message>
        <source>%d h</source>
        <comment>axis label; %d is hours (printf)</comment>
        <translation type="vanished">%d時間</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Sitting and standing per day, in hours</source>
        <translation>日ごとの着席と立ち作業（時間）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a bar to see that day below</source>
        <translation>棒をクリックすると、その日の詳細を下に表示します</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Breaks and prompts</source>
        <translation>休憩とリマインド</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breaks and how prompts ended, per day</source>
        <translation>日ごとの休憩とリマインドの終わり方</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>&lt;b&gt;Breaks&lt;/b&gt;: every break, the next three added up. &lt;b&gt;Done&lt;/b&gt;: you answered a prompt with Done. &lt;b&gt;Natural&lt;/b&gt;: you took the break yourself while a prompt was due. &lt;b&gt;Unprompted&lt;/b&gt;: you stood up or left for a break with no prompt due. &lt;b&gt;Skipped&lt;/b&gt;: you chose Skip. &lt;b&gt;Ignored&lt;/b&gt;: a prompt went away unanswered. &lt;b&gt;Snoozed&lt;/b&gt;: times a prompt was put off.</source>
        <translation type="vanished">&lt;b&gt;休憩&lt;/b&gt;：すべての休憩（次の3つの合計）。&lt;b&gt;完了&lt;/b&gt;：リマインドに「完了」で応答した。&lt;b&gt;自主的な休憩&lt;/b&gt;：リマインドが出ているときに、自分で休憩をとった。&lt;b&gt;リマインドなし&lt;/b&gt;：リマインドが出ていないときに、立ち上がるか席を離れて休憩した。&lt;b&gt;スキップ&lt;/b&gt;：「スキップ」を選んだ。&lt;b&gt;未応答&lt;/b&gt;：リマインドが応答のないまま閉じた。&lt;b&gt;スヌーズ&lt;/b&gt;：リマインドを先送りした回数。</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing was recorded the week before to compare with.</source>
        <translation>比較できる前の週の記録がありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arrows compare with the same days last week.</source>
        <translation>矢印は先週の同じ曜日との比較です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrows compare with the same days last week (Monday to %1).</source>
        <translation>矢印は先週の同じ曜日（月曜日～%1）との比較です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arrows compare with the week before.</source>
        <translation>矢印は前の週との比較です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No prompts</source>
        <translation>リマインドはありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 (%3 %)</source>
        <translation>%2回中 %1回（%3%）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 h</source>
        <comment>axis label: %1 hours</comment>
        <translation>%1時間</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>All computers</source>
        <translation>すべてのコンピューター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (this computer)</source>
        <translation>%1（このコンピューター）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1
Sitting %2 (%3 past the threshold)
Standing %4</source>
        <translation>%1
着席 %2（しきい値超過 %3）
立ち作業 %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export the week as CSV</source>
        <translation>この週を CSV にエクスポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The week could not be saved to %1:
%2</source>
        <translation>この週を %1 に保存できませんでした：
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
        <translation>座りすぎ防止リマインダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures continuous sitting and prompts short posture breaks</source>
        <translation>連続して座っている時間を測り、姿勢を変える短い休憩を促します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sitting;posture;break;stretch;back;reminder;ergonomics;health;timer;</source>
        <comment>search words for menus: separated by &apos;;&apos;, ending with &apos;;&apos;, no spaces around them</comment>
        <translation>座りすぎ;着席;姿勢;休憩;ストレッチ;背中;腰;リマインダー;人間工学;健康;タイマー;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take a Break Now</source>
        <comment>a menu action</comment>
        <translation>今すぐ休憩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause Reminders for 30 Minutes</source>
        <comment>a menu action</comment>
        <translation>リマインドを30分間一時停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume Reminders</source>
        <comment>a menu action</comment>
        <translation>リマインドを再開</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measure continuous sitting and take short posture breaks</source>
        <comment>a summary</comment>
        <translation>連続して座っている時間を測り、姿勢を変える短い休憩をとる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CreepGuard sits in the system tray and measures how long you have sat without a break, from your real keyboard and mouse activity: a pause to read or think does not reset it, leaving the desk does.</source>
        <translation>CreepGuard はシステムトレイに常駐し、実際のキーボードとマウスの操作から、休憩なしで座っている時間を測ります。読んだり考えたりして手を止めてもリセットされず、席を離れるとリセットされます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After about 20 minutes of unbroken sitting the discs and ligaments of the lower back start to creep, slowly deforming under the steady load. CreepGuard warns you when that point comes and, about every 30 minutes, prompts a change of posture with a short illustrated stretch.</source>
        <translation>途切れずに20分ほど座り続けると、腰の椎間板や靱帯が一定の負荷を受けてゆっくり変形し始めます（クリープ）。CreepGuard はそのタイミングでお知らせし、約30分ごとに、イラスト付きの短いストレッチで姿勢を変えるよう促します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tracks sitting from real activity and notices when you step away</source>
        <translation>実際の操作から着席時間を記録し、席を離れたことにも気づきます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sit/stand toggle for standing desks</source>
        <translation>スタンディングデスク向けの座る/立つの切り替え</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A calm warning at the creep point and a posture prompt about every 30 minutes</source>
        <translation>クリープが始まるころの穏やかなお知らせと、約30分ごとの姿勢のリマインド</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A library of short stretches, each with an illustration</source>
        <translation>イラスト付きの短いストレッチ集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weekly history of sitting, standing and breaks, with CSV and JSON export</source>
        <translation>着席・立ち作業・休憩の週ごとの履歴（CSV と JSON でエクスポート可能）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A command line and a status-bar output for scripts and panels</source>
        <translation>スクリプトやパネル向けのコマンドラインとステータスバー出力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything stays on your computer: CreepGuard keeps its history in a local file and never uses the network.</source>
        <translation>すべてのデータはお使いのコンピューターに残ります。CreepGuard は履歴をローカルのファイルに保存し、ネットワークを一切使いません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A posture prompt with a short illustrated stretch</source>
        <comment>a screenshot</comment>
        <translation>イラスト付きの短いストレッチで姿勢の切り替えを促すカード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A week of sitting, standing and breaks</source>
        <comment>a screenshot</comment>
        <translation>1週間の着席・立ち作業・休憩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings: when to warn, when to prompt, when to stay quiet</source>
        <comment>a screenshot</comment>
        <translation>設定：いつ通知し、いつリマインドし、いつ静かにするか</translation>
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
        <translation>タイミング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behaviour</source>
        <translation>動作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not disturb</source>
        <translation>応答不可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min</source>
        <translation>分</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Creep warning after</source>
        <translation>クリープ通知までの時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle warning once you have sat this long, about when a sitting back starts to tire.</source>
        <translation>この時間座り続けると、控えめにお知らせします。座っている背中が疲れ始めるころの目安です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change posture every</source>
        <translation>姿勢を変える間隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stretch card comes after this much sitting (or standing).</source>
        <translation>この時間座り続けると（または立ち続けると）、ストレッチカードが表示されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A break resets the sit after</source>
        <translation>連続着席をリセットする休憩の長さ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing or being away at least this long starts a new sit.</source>
        <translation>この時間以上立っているか離席すると、連続着席を最初から数え直します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Away after no input for</source>
        <translation>離席とみなす無操作の時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shorter pauses in typing count as sitting (reading is sitting).</source>
        <translation>これより短い入力の中断は着席として数えます（読んでいる時間も着席です）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze for</source>
        <translation>スヌーズの時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long Snooze puts off a card.</source>
        <translation>「スヌーズ」でカードを先送りする時間。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozes in a row</source>
        <translation>連続スヌーズの回数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After this many, the card cannot be snoozed again.</source>
        <translation>この回数に達すると、それ以上スヌーズできなくなります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder style</source>
        <translation>リマインドのスタイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gentle: the card appears without taking the keyboard. Focused: the card takes focus. Persistent: no Skip; the card returns until you take the break.</source>
        <translation>控えめ：キーボード入力を奪わずにカードを表示します。集中：カードにフォーカスを移します。継続：スキップはなく、休憩するまでカードが繰り返し表示されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active from</source>
        <translation>有効時間の開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prompts before this time.</source>
        <translation>この時刻より前はリマインドしません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active until</source>
        <translation>有効時間の終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prompts after this time (same as &apos;from&apos; means all day).</source>
        <translation>この時刻より後はリマインドしません（開始と同じ時刻にすると終日）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active days</source>
        <translation>有効な曜日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days on which prompts come.</source>
        <translation>リマインドする曜日。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posture drills a day</source>
        <translation>1日の姿勢練習の回数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times a day the &apos;up and over&apos; posture drill is suggested, spread across active hours.</source>
        <translation>姿勢練習「上へ伸びて肋骨を骨盤の上に」を1日に何回提案するか。有効時間の中で分散させます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a sound</source>
        <translation>音を鳴らす</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A soft sound when a card appears.</source>
        <translation>カードが表示されるときに、やわらかい音を鳴らします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can&apos;t stand right now</source>
        <translation>今は立てない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only seated exercises are suggested.</source>
        <translation>座ってできるエクササイズだけを提案します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing desk</source>
        <translation>スタンディングデスク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts say &apos;switch to standing&apos; or &apos;back to sitting&apos; instead of &apos;take a break&apos;.</source>
        <translation>リマインドが「休憩しましょう」ではなく、「立ち作業に切り替えましょう」や「しばらく座りましょう」になります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login</source>
        <translation>ログイン時に起動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start CreepGuard when you log in.</source>
        <translation>ログインしたときに CreepGuard を起動します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the windows and the command line (restart CreepGuard to apply it).</source>
        <translation>ウィンドウとコマンドラインの言語（反映するには CreepGuard を再起動してください）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait during full screen</source>
        <translation>全画面表示中は待つ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold cards while a full-screen window (a presentation, a video) is active.</source>
        <translation>全画面表示のウィンドウ（プレゼンテーション、動画）を使っている間は、カードを保留します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Respect do-not-disturb</source>
        <translation>応答不可モードに従う</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold cards while the desktop&apos;s do-not-disturb is on.</source>
        <translation>デスクトップの応答不可モードがオンの間は、カードを保留します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared folder</source>
        <translation>共有フォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder your computers share (Syncthing, Nextcloud, a network home): they then count one sit and one history. Empty: this computer counts alone.</source>
        <translation>お使いのコンピューターで共有するフォルダー（Syncthing、Nextcloud、ネットワーク上のホーム）：複数台で1つの着席時間と1つの履歴を数えます。空欄：このコンピューターだけで数えます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s name</source>
        <translation>このコンピューターの名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the other computers and the history call this one. Empty: its host name.</source>
        <translation>ほかのコンピューターや履歴でのこのコンピューターの呼び名。空欄：ホスト名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gentle</source>
        <translation>控えめ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Focused</source>
        <translation>集中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persistent</source>
        <translation>継続</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a time like 07:30</source>
        <translation>%1 は 07:30 のような時刻ではありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected true or false, got %1</source>
        <translation>true か false が必要ですが、%1 が指定されています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a whole number, got %1</source>
        <translation>整数が必要ですが、%1 が指定されています</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is out of range (%2 to %3 %4)</source>
        <translation>%1 は範囲外です（%2～%3%4）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not one of %2</source>
        <translation>%1 は %2 のいずれでもありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a time like 07:30, got %1</source>
        <translation>07:30 のような時刻が必要ですが、%1 が指定されています</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a list of %1</source>
        <translation>%1 からなるリストが必要です</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a language CreepGuard speaks (%2)</source>
        <translation>%1 は CreepGuard が対応している言語ではありません（%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected one line of text, got %1</source>
        <translation>1行のテキストが必要です（%1 が入力されました）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>longer than %1 characters</source>
        <translation>%1 文字を超えています</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a folder like /home/you/Sync, got %1</source>
        <translation>/home/you/Sync のようなフォルダーが必要です（%1 が入力されました）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a whole path: give one like /home/you/Sync</source>
        <translation>%1 は完全なパスではありません。/home/you/Sync のように指定してください</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the creep warning must come before the posture change</source>
        <translation>クリープ通知は姿勢の切り替えより前にする必要があります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a break that resets the sit cannot be longer than the away threshold</source>
        <translation>連続着席をリセットする休憩は、離席とみなす時間より長くできません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a break must be shorter than the posture-change interval</source>
        <translation>休憩は姿勢を変える間隔より短くする必要があります</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>%1 could not be read (%2); using the defaults and leaving the file as it is</source>
        <translation>%1 を読み込めませんでした（%2）。既定値を使い、ファイルはそのままにします</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: unknown setting %2 ignored</source>
        <translation>%1：不明な設定 %2 を無視しました</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 for %3; using the default %4</source>
        <translation>%1：%3 の値に問題があります（%2）。既定値 %4 を使います</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 (%3); using the defaults for them</source>
        <translation>%1：%2（%3）。これらは既定値を使います</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../creepguard/ui/setting_editors.py" line="+68"/>
        <source>Mon</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday</source>
        <translation>月曜日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tue</source>
        <translation>火</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>火曜日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wed</source>
        <translation>水</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>水曜日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thu</source>
        <translation>木</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>木曜日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fri</source>
        <translation>金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>金曜日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sat</source>
        <translation>土</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>日曜日</translation>
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
        <translation>なし：このコンピューターだけで数えます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the %1</source>
        <translation>%1を選択</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The system&apos;s language</source>
        <translation>システムの言語</translation>
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
        <translation>%1 の問題</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Picture of %1</source>
        <translation>%1の図</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear “it hurts”</source>
        <translation>「痛みがある」を解除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear “it hurts” for %1</source>
        <translation>%1の「痛みがある」を解除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offer this exercise again</source>
        <translation>このエクササイズを再び提案する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer</source>
        <translation>提案する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer %1</source>
        <translation>%1を提案する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include this exercise in the cards</source>
        <translation>このエクササイズをカードで提案する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Favourite</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a favourite</source>
        <translation>%1はお気に入り</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show this exercise more often</source>
        <translation>このエクササイズをより多く表示する</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You marked it “it hurts”: never offered</source>
        <translation>「痛みがある」と記録済み：提案しません</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 – Settings</source>
        <translation>%1 – 設定</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+152"/>
        <source>Exercises</source>
        <translation>エクササイズ</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings problems</source>
        <translation>設定の問題</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Put every setting on the settings tabs back to its default (applied with OK or Apply); exercise choices and history are not touched</source>
        <translation>設定タブのすべての項目を既定値に戻します（「OK」または「適用」で反映）。エクササイズの選択と履歴はそのままです</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Computers:</source>
        <translation>コンピューター：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose which exercises the cards suggest. Favourites come up more often; an exercise you marked “it hurts” is never offered until you clear it.</source>
        <translation>カードで提案するエクササイズを選びます。お気に入りはより多く表示されます。「痛みがある」としたエクササイズは、解除するまで提案されません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Find an exercise</source>
        <translation>エクササイズを検索</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Clear the search</source>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No exercises were found.</source>
        <translation>エクササイズが見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your sitting history stays on this computer, in this folder:</source>
        <translation>着席の履歴は、このコンピューターの次のフォルダーにだけ保存されます：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open data folder</source>
        <translation>データフォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport history…</source>
        <translation>履歴をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save every recorded day to a file</source>
        <translation>記録されたすべての日をファイルに保存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete all history…</source>
        <translation>すべての履歴を削除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove every recorded span and prompt (asks first)</source>
        <translation>記録されたすべての区間とリマインドを削除します（先に確認します）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleting cannot be undone. Settings and exercise choices are kept.</source>
        <translation>削除は元に戻せません。設定とエクササイズの選択は残ります。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Data status</source>
        <translation>データの状態</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No shared folder is set.</source>
        <translation>共有フォルダーが設定されていません。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Fix the values marked in red before saving (%1 tabs).</source>
        <translation>保存する前に、赤で示された値を修正してください（タブ：%1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the values marked in red before saving (%1 tab).</source>
        <translation>保存する前に、赤で示された値を修正してください（タブ：%1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the value marked in red before saving (%1 tab).</source>
        <translation>保存する前に、赤で示された値を修正してください（タブ：%1）。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Settings not saved</source>
        <translation>設定は保存されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings could not be saved:
%1</source>
        <translation>設定を保存できませんでした：
%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No file manager could open %1.</source>
        <translation>%1 を開けるファイルマネージャーがありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export history</source>
        <translation>履歴のエクスポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;JSON files (*.json);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The history could not be exported: %1</source>
        <translation>履歴をエクスポートできませんでした：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History exported to %1.</source>
        <translation>履歴を %1 にエクスポートしました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete all history?</source>
        <translation>すべての履歴を削除しますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every recorded day, sit and prompt? This cannot be undone.

Your settings and exercise choices are kept.</source>
        <translation>記録されたすべての日、連続着席、リマインドを削除しますか？この操作は元に戻せません。

設定とエクササイズの選択は残ります。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was deleted.</source>
        <translation>何も削除されませんでした。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The history could not be deleted: %1</source>
        <translation>履歴を削除できませんでした：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All history was deleted.</source>
        <translation>すべての履歴を削除しました。</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../creepguard/ui/shell.py" line="+61"/>
        <source>starting</source>
        <translation>起動中</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Show stretch</source>
        <translation>ストレッチを表示</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../creepguard/ui/today_popup.py" line="+90"/>
        <source>Status icon</source>
        <translation>状態アイコン</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sitting toward the next posture change</source>
        <translation>次の姿勢の切り替えまでの着席</translation>
    </message>
</context>
<context>
    <name>StatusFormat</name>
    <message>
        <location filename="../creepguard/status_format.py" line="+27"/>
        <source>%1 h %2 min</source>
        <comment>hours and minutes, as in 1 h 05 min</comment>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min</source>
        <comment>minutes, as in 45 min</comment>
        <translation>%1分</translation>
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
        <translation>月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <comment>Tuesday, abbreviated</comment>
        <translation>火</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <comment>Wednesday, abbreviated</comment>
        <translation>水</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <comment>Thursday, abbreviated</comment>
        <translation>木</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <comment>Friday, abbreviated</comment>
        <translation>金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <comment>Saturday, abbreviated</comment>
        <translation>土</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <comment>Sunday, abbreviated</comment>
        <translation>日</translation>
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
        <translation>%3%2日(%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>tomorrow %1</source>
        <comment>a time (%1) tomorrow</comment>
        <translation>明日 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <comment>a time within the week: weekday (%1), time (%2)</comment>
        <translation>%1曜 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 %3 %4</source>
        <comment>a time beyond the week: weekday (%1), day of the month (%2), month (%3), time (%4)</comment>
        <translation>%3%2日(%1) %4</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n日後</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in less than a minute</source>
        <translation>1分以内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1</source>
        <comment>how far off a moment is: in 1 h 30 min</comment>
        <translation>%1後</translation>
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
        <translation>次のリマインドまで%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prompt is due now</source>
        <translation>リマインドの時間です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prompts while paused</source>
        <translation>一時停止中はリマインドしません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No prompt while you are away</source>
        <translation>離席中はリマインドしません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prompt during a break</source>
        <translation>休憩中はリマインドしません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prompt due</source>
        <translation>予定されたリマインドはありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <comment>between the items of a list, as in: 2 Done, 1 natural</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Today: %1 sitting, %n break(s)</source>
        <translation>
            <numerusform>今日：着席 %1、休憩 %n回</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 Done</source>
        <comment>breaks: the count of Done presses</comment>
        <translation>完了 %1回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on your own</source>
        <comment>breaks taken on one&apos;s own</comment>
        <translation>自主的な休憩 %1回</translation>
    </message>
    <message>
        <source>%1 natural</source>
        <comment>breaks taken on one&apos;s own</comment>
        <translation type="vanished">自主的な休憩 %1回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 without a prompt</source>
        <comment>breaks</comment>
        <translation>リマインドなし %1回</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breaks: %1</source>
        <comment>a list of counts</comment>
        <translation>休憩：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompts: %1 of %2 ended by a break</source>
        <translation>リマインド：%2回中 %1回が休憩で終了</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 skipped</source>
        <comment>prompts</comment>
        <translation>スキップ %1回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ignored</source>
        <comment>prompts</comment>
        <translation>未応答 %1回</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n snooze(s)</source>
        <translation>
            <numerusform>スヌーズ %n回</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Longest sit %1, %2 past the creep threshold</source>
        <translation>最長連続着席 %1、クリープのしきい値超過 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CreepGuard is not running</source>
        <translation>CreepGuard は実行されていません</translation>
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
        <translation>着席して%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now: %1</source>
        <comment>the state: standing, away, on break</comment>
        <translation>現在：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go easy on lifting until %1</source>
        <translation>%1までは重い物を持つのを控えめに</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused until %1</source>
        <translation>%1まで一時停止中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused until you resume</source>
        <translation>再開するまで一時停止中</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sitting</source>
        <comment>a state</comment>
        <translation>着席中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standing</source>
        <comment>a state</comment>
        <translation>立ち作業中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>away</source>
        <comment>a state</comment>
        <translation>離席中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on break</source>
        <comment>a state</comment>
        <translation>休憩中</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem: %1</source>
        <comment>one problem per line; status bars may look for it</comment>
        <translation>問題：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CreepGuard is not running.</source>
        <translation>CreepGuard は実行されていません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Noted: you are sitting. %1.</source>
        <translation>記録しました：着席中です。%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noted: you are standing. %1.</source>
        <translation>記録しました：立ち作業中です。%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noted: you are away until you are back (input, or creepguard sit).</source>
        <translation>記録しました：戻るまで離席中とします（操作するか、creepguard sit を実行）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A stretch card is on screen.</source>
        <translation>ストレッチカードが表示されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A break was asked for: its card shows once nothing holds it (a full-screen window, do not disturb).</source>
        <translation>休憩を受け付けました。妨げるもの（全画面表示のウィンドウ、応答不可モード）がなくなりしだい、カードを表示します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paused until %1. Tracking goes on; creepguard resume ends it.</source>
        <translation>%1まで一時停止しました。記録は続きます。creepguard resume で終了できます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paused until you resume (creepguard resume). Tracking goes on.</source>
        <translation>再開するまで一時停止しました（creepguard resume）。記録は続きます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompts are back on. %1.</source>
        <translation>リマインドを再開しました。%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../creepguard/ui/status_window.py" line="+68"/>
        <source>CreepGuard status</source>
        <translation>CreepGuard の状態</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the message</source>
        <translation>メッセージを開く</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss the message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Got it</source>
        <translation>了解</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Got it, hide this note</source>
        <translation>了解、このお知らせを非表示にする</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../creepguard/offline.py" line="+72"/>
        <source>The history file %1 cannot be used because %2. CreepGuard will keep it aside and start a new one when it starts.</source>
        <comment>%2 is a reason, as: it is damaged (...)</comment>
        <translation>履歴ファイル %1 は使用できません（理由：%2）。CreepGuard の起動時に別に保管し、新しいファイルを作成します。</translation>
    </message>
    <message>
        <location filename="../creepguard/storage/database.py" line="+28"/>
        <source>it cannot be opened (%1)</source>
        <translation>開くことができない（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is damaged (%1)</source>
        <translation>破損している（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a valid database (%1)</source>
        <translation>有効なデータベースではない（%1）</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The history file %1 could not be used because %2. It was kept as %3 and a new one was started.</source>
        <comment>%2 is a reason, as: it is damaged (...)</comment>
        <translation>履歴ファイル %1 は使用できませんでした（理由：%2）。%3 として保管し、新しいファイルを作成しました。</translation>
    </message>
    <message>
        <location filename="../creepguard/storage/store.py" line="+396"/>
        <source>The saved sit could not be read (%1); starting fresh.</source>
        <translation>保存されていた連続着席を読み込めませんでした（%1）。最初から数え直します。</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../creepguard/sync/folder.py" line="+74"/>
        <source>The shared folder %1 is not there (unplugged, or not mounted?). CreepGuard counts on this computer alone meanwhile, and writes there again once it is back.</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>共有フォルダー %1 が見つかりません（取り外されたか、マウントされていない？）。その間、CreepGuard はこのコンピューターだけで数え、フォルダーが戻りしだい再び書き込みます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The shared folder %1 is a file, not a folder. Choose a folder in Settings &gt; Devices.</source>
        <comment>%1 is the path; Settings &gt; Devices: the Settings window&apos;s Devices tab</comment>
        <translation>共有フォルダー %1 はファイルで、フォルダーではありません。「設定 &gt; デバイス」でフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing is in the shared folder %1 yet: CreepGuard writes there once it runs with this folder set.</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>共有フォルダー %1 にはまだ何もありません：このフォルダーを設定して CreepGuard を実行すると書き込まれます。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The shared folder %1 no longer holds CreepGuard&apos;s files (not mounted, or emptied). CreepGuard waits for it; to start afresh from this computer, turn the shared folder off and on again in Settings &gt; Devices.</source>
        <comment>%1 is the path; Settings &gt; Devices: the Settings window&apos;s Devices tab</comment>
        <translation>共有フォルダー %1 に CreepGuard のファイルがなくなっています（マウントされていないか、空にされました）。CreepGuard は戻るのを待ちます。このコンピューターから新しく始めるには、「設定 &gt; デバイス」で共有フォルダーをいったんオフにしてから再びオンにしてください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>permission denied</source>
        <comment>why a folder cannot be written in</comment>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CreepGuard cannot write in the shared folder %1 (%2). It counts on this computer alone meanwhile.</source>
        <comment>%1 is the folder&apos;s path, %2 the reason (from the system, as: disk full)</comment>
        <translation>CreepGuard は共有フォルダー %1 に書き込めません（%2）。その間はこのコンピューターだけで数えます。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>computer %1</source>
        <comment>a computer whose name is not known: %1 is the start of its id</comment>
        <translation>コンピューター %1</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>%1&apos;s latest word (%2) was written by a newer CreepGuard (format %3); update CreepGuard on this computer to count it.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name; the latest word: what that computer last wrote about the person (at the keyboard or away, since when)</comment>
        <translation>%1 の最新の状態（%2）は新しいバージョンの CreepGuard で書かれています（形式 %3）。計算に含めるには、このコンピューターの CreepGuard を更新してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s name (%2) was written by a newer CreepGuard (format %3); update CreepGuard on this computer to count it.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name</comment>
        <translation>%1 の名前（%2）は新しいバージョンの CreepGuard で書かれています（形式 %3）。計算に含めるには、このコンピューターの CreepGuard を更新してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s day %2 (%3) was written by a newer CreepGuard (format %4); update CreepGuard on this computer to count it.</source>
        <comment>%1 is a computer&apos;s name, %2 a date (2026-12-03), %3 a file name</comment>
        <translation>%1 の %2 の記録（%3）は新しいバージョンの CreepGuard で書かれています（形式 %4）。計算に含めるには、このコンピューターの CreepGuard を更新してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1&apos;s latest word (%2) could not be read: %3.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name, %3 why (as: it is not complete); the latest word: what that computer last wrote about the person</comment>
        <translation>%1 の最新の状態（%2）を読み込めませんでした：%3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s name (%2) could not be read: %3.</source>
        <comment>%1 is a computer&apos;s name, %2 a file name, %3 why (as: it is not complete)</comment>
        <translation>%1 の名前（%2）を読み込めませんでした：%3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s day %2 (%3) could not be read: %4.</source>
        <comment>%1 is a computer&apos;s name, %2 a date (2026-12-03), %3 a file name, %4 why (as: it is not complete)</comment>
        <translation>%1 の %2 の記録（%3）を読み込めませんでした：%4。</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/formats.py" line="+143"/>
        <source>it is not text</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>テキストではありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is not complete (it may still be arriving)</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>不完全です（まだ転送中かもしれません）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not a CreepGuard file</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>CreepGuard のファイルではありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has no format number</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>形式番号がありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its format number %1 is not one CreepGuard ever wrote</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>形式番号 %1 は CreepGuard が使ったことのないものです</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is not a %1 file</source>
        <comment>%1 is the kind of file as the file names it: device, presence or day; ends &apos;... could not be read: &apos;</comment>
        <translation>%1 ファイルではありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its %1 is missing or wrong</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;seen&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>%1 の項目がないか、正しくありません</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>its %1 is not a time</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;seen&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>%1 の項目が時刻ではありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its %1 has no UTC offset</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;seen&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>%1 の項目に UTC オフセットがありません</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its %1 is %2, unknown here</source>
        <comment>%1 is a field of the file, quoted as it is written there (&apos;state&apos;), %2 its value (&apos;lying down&apos;); ends &apos;... could not be read: &apos;</comment>
        <translation>%1 の項目の値 %2 はここでは不明です</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a span in it is not whole</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>区間の一つが不完全です</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a span&apos;s sit is not a number</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>区間の着席時間が数値ではありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a span in it ends before it starts</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>区間の一つが始まる前に終わっています</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a computer without a name</source>
        <comment>the name of a computer whose name is empty</comment>
        <translation>名前のないコンピューター</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>its &apos;day&apos; is not a date</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>&apos;day&apos; の項目が日付ではありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a prompt in it is not whole</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>リマインドの一つが不完全です</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a prompt&apos;s snoozes are not a number</source>
        <comment>why a file could not be read: ends &apos;... could not be read: &apos;</comment>
        <translation>リマインドのスヌーズ回数が数値ではありません</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/history.py" line="+51"/>
        <source>The shared folder did not answer within %1 s (a network folder gone away?); %2.</source>
        <comment>%1 is a number of seconds; %2 what is done instead, as: this computer&apos;s history is shown alone</comment>
        <translation>共有フォルダーが %1 秒以内に応答しませんでした（ネットワークフォルダーが切断された？）。%2。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The shared folder holds a conflicting copy of %1&apos;s %2, made by the sync program; both copies were read and nothing is lost. You may delete the copy once every computer is in sync.</source>
        <comment>%1 is a computer&apos;s name, %2 the copy&apos;s file name in the folder; the sync program: Syncthing, Nextcloud, Dropbox...</comment>
        <translation>共有フォルダーに %1 の %2 の競合コピーがあります。同期ソフトが作成したものです。両方のコピーを読み込んだので、失われたものはありません。すべてのコンピューターの同期が済んだら、コピーを削除してかまいません。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>this computer&apos;s history is shown alone</source>
        <comment>ends the sentence &apos;The shared folder did not answer within 5 s (a network folder gone away?); ...&apos;</comment>
        <translation>このコンピューターの履歴だけを表示します</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/link.py" line="+335"/>
        <source>The shared folder %1 does not answer (a network folder gone away?). CreepGuard counts on this computer alone meanwhile.</source>
        <comment>%1 is the folder&apos;s path</comment>
        <translation>共有フォルダー %1 が応答しません（ネットワークフォルダーが切断された？）。その間、CreepGuard はこのコンピューターだけで数えます。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The clock on %1 is about %2 min ahead of this computer&apos;s: what it says is not used for the sit while that lasts. Let both computers set their clocks automatically.</source>
        <comment>%1 is a computer&apos;s name, %2 a number of minutes; the sit: the time the person has sat without a break</comment>
        <translation>%1 の時計がこのコンピューターより約 %2 分進んでいます。その間、そのコンピューターからの情報は連続着席の計算に使いません。両方のコンピューターで時刻を自動設定にしてください。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>CreepGuard cannot use the shared folder %1 (%2). It counts on this computer alone meanwhile and writes there again once it can.</source>
        <comment>%1 is the folder&apos;s path, %2 the reason (from the system, as: disk full)</comment>
        <translation>CreepGuard は共有フォルダー %1 を使えません（%2）。その間はこのコンピューターだけで数え、使えるようになりしだい再び書き込みます。</translation>
    </message>
    <message>
        <location filename="../creepguard/sync/setup.py" line="+53"/>
        <source>just now</source>
        <comment>when a computer last saw the person</comment>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <comment>when a computer last saw the person</comment>
        <translation>
            <numerusform>%n分前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h %2 min ago</source>
        <comment>when a computer last saw the person: %1 hours and %2 minutes ago</comment>
        <translation>%1時間%2分前</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n h ago</source>
        <comment>when a computer last saw the person: hours ago</comment>
        <translation>
            <numerusform>%n時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <comment>when a computer last saw the person</comment>
        <translation>
            <numerusform>%n日前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (this computer)</source>
        <comment>%1 is this computer&apos;s name</comment>
        <translation>%1（このコンピューター）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: has not said when it last saw you</source>
        <comment>%1 is another computer&apos;s name</comment>
        <translation>%1：最後にあなたを確認した時刻を伝えていません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: last saw you %2, ahead of this computer&apos;s clock</source>
        <comment>%1 is another computer&apos;s name, %2 a date and time (2026-12-03 09:40) later than this computer&apos;s clock says it is</comment>
        <translation>%1：最後にあなたを確認したのは %2（このコンピューターの時計より先の時刻）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: last saw you %2, %3</source>
        <comment>%1 is another computer&apos;s name, %2 a date and time (2026-12-03 09:40), %3 how long ago, as: 3 min ago</comment>
        <translation>%1：最後にあなたを確認したのは %2、%3</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the other computers are not listed</source>
        <comment>ends the sentence &apos;The shared folder did not answer within 5 s (a network folder gone away?); ...&apos;</comment>
        <translation>ほかのコンピューターは表示されません</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cannot look for a computer called %1: %2</source>
        <comment>%1 is the name the person typed after --device, quoted; %2 why (a sentence about the shared folder)</comment>
        <translation>%1 という名前のコンピューターを探せません：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no single computer is called %1 in the shared folder (there are: %2; `creepguard devices` lists them)</source>
        <comment>%1 is the name the person typed after --device, quoted; %2 the computers&apos; names, separated by commas; `creepguard devices` is a command: keep it as it is</comment>
        <translation>共有フォルダーに %1 という名前のコンピューターがちょうど1台ではありません（あるもの：%2。`creepguard devices` で一覧できます）</translation>
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
        <translation>1分未満</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+26"/>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>, </source>
        <comment>between the items of a list, as in: 2 Done, 1 natural</comment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 h</source>
        <translation>%1時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ddd d</source>
        <comment>a day on a button: a QDate format (ddd short weekday, d day)</comment>
        <translation>d&apos;日&apos;(ddd)</translation>
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
        <translation>明日 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Switch to standing</source>
        <translation>立ち作業に切り替えましょう</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to stand up and move</source>
        <translation>立ち上がって体を動かしましょう</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to sitting for a while</source>
        <translation>しばらく座りましょう</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have stood a while: sit or move</source>
        <translation>しばらく立っています。座るか、体を動かしましょう</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short break</source>
        <translation>ひと休み</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You have sat for %1.</source>
        <translation>%1座り続けています。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You sat %1. Your back recovers until about %2: leave heavy lifting until then.</source>
        <translation>%1座っていました。背中が回復するのは%2ごろです。それまでは重い物を持ち上げないでください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back recovering until %1: no heavy lifting</source>
        <translation>%1まで背中の回復中：重い物は持たないで</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hold %1 min</source>
        <translation>%1分キープ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold %1 s</source>
        <translation>%1秒キープ</translation>
    </message>
    <message numerus="yes">
        <source>%n breath</source>
        <translation type="vanished">
            <numerusform>%n呼吸</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaths</source>
        <translation type="vanished">
            <numerusform>%n呼吸</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition</source>
        <translation type="vanished">
            <numerusform>%n回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetitions</source>
        <translation type="vanished">
            <numerusform>%n回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n呼吸</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n回</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, each side</source>
        <translation>左右それぞれ%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+123"/>
        <source>Standing</source>
        <translation>立って</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Seated</source>
        <translation>座って</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the floor</source>
        <translation>床で</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop any exercise that hurts.</source>
        <translation>痛みのあるエクササイズは中止してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop: nothing on these cards should hurt. This exercise will not be suggested again. Try another one, or simply walk around for a minute.</source>
        <translation>中止してください。カードのエクササイズは、どれも痛みが出るものではありません。このエクササイズは今後提案しません。別のエクササイズを試すか、1分ほど歩いてみてください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kept: this exercise can come again.</source>
        <translation>残しました：このエクササイズは今後も表示されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starts by itself in a moment.</source>
        <translation>まもなく自動で始まります。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Repetition %1 of %2: hold</source>
        <translation>%1/%2回目：キープ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold</source>
        <translation>キープ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Come back slowly</source>
        <translation>ゆっくり戻ります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repetition %1 of %2</source>
        <translation>%1/%2回目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breath %1 of %2: in, and slowly out</source>
        <translation>%1/%2呼吸目：吸って、ゆっくり吐きます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change sides</source>
        <translation>反対側へ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>side %1 of 2</source>
        <translation>左右 %1/2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Complete. Press Done when you are ready.</source>
        <translation>終わりました。準備ができたら「完了」を押してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next stretch comes after %1 of sitting.</source>
        <translation>次のストレッチは、%1座ったあとです。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The next card comes after another %1 of sitting.</source>
        <translation>次のカードは、さらに%1座ったあとに表示されます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The card comes back a little later.</source>
        <translation>カードは少しあとでまた表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The card comes back in %1.</source>
        <translation>カードは%1後にまた表示されます。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Paused until %1</source>
        <translation>%1まで一時停止中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sitting (just started)</source>
        <translation>着席したばかり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitting for %1</source>
        <translation>着席して%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On a break</source>
        <translation>休憩中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Away</source>
        <translation>離席中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tracking</source>
        <translation>記録していません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No stretches while paused</source>
        <translation>一時停止中はストレッチを提案しません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stretch is waiting (full screen or do-not-disturb)</source>
        <translation>ストレッチが待機中（全画面表示または応答不可モード）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stretch planned right now</source>
        <translation>今はストレッチの予定はありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stretch is due now</source>
        <translation>ストレッチの時間です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next stretch in %1</source>
        <translation>次のストレッチまで%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Past %1 of sitting: time to move soon</source>
        <translation>着席が%1を超えました。そろそろ体を動かしましょう</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Today: %1 sitting, %2 standing</source>
        <translation>今日：着席 %1、立ち作業 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n break(s)</source>
        <translation>
            <numerusform>休憩 %n回</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 on your own</source>
        <translation>自主的な休憩 %1回</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n snooze(s)</source>
        <translation>
            <numerusform>スヌーズ %n回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n break</source>
        <translation type="vanished">
            <numerusform>休憩 %n回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breaks</source>
        <translation type="vanished">
            <numerusform>休憩 %n回</numerusform>
        </translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1 Done</source>
        <translation>完了 %1回</translation>
    </message>
    <message>
        <source>%1 natural</source>
        <translation type="vanished">自主的な休憩 %1回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 without a prompt</source>
        <translation>リマインドなし %1回</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Breaks: %1</source>
        <translation>休憩：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prompts: %1 of %2 ended by a break</source>
        <translation>リマインド：%2回中 %1回が休憩で終了</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 skipped</source>
        <translation>スキップ %1回</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ignored</source>
        <translation>未応答 %1回</translation>
    </message>
    <message numerus="yes">
        <source>%n snooze</source>
        <translation type="vanished">
            <numerusform>スヌーズ %n回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozes</source>
        <translation type="vanished">
            <numerusform>スヌーズ %n回</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Longest sit %1, %2 past the creep threshold</source>
        <translation>最長連続着席 %1、クリープのしきい値超過 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CreepGuard cannot see the keyboard and mouse: use “I&apos;m away” when you leave</source>
        <translation>CreepGuard はキーボードとマウスを検出できません。席を離れるときは「離席します」を使ってください</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I&apos;m sitting</source>
        <translation>座っています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m standing</source>
        <translation>立っています</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sitting, just started</source>
        <translation>着席したばかり</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting %1</source>
        <translation>着席 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a stretch is waiting</source>
        <translation>ストレッチ待機中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stretch now</source>
        <translation>今すぐストレッチ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stretch in %1</source>
        <translation>ストレッチまで%1</translation>
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
        <translation>今日は座ってできるエクササイズのみ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a full-screen window is active</source>
        <translation>全画面表示のウィンドウが使用中です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>do-not-disturb is on</source>
        <translation>応答不可モードがオンです</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your desktop shows no tray area, so CreepGuard lives in this small window. On GNOME, the “AppIndicator and KStatusNotifierItem Support” extension adds one. When a tray appears, CreepGuard moves into it by itself.</source>
        <translation>お使いのデスクトップにはトレイ領域がないため、CreepGuard はこの小さなウィンドウに表示されています。GNOME では「AppIndicator and KStatusNotifierItem Support」拡張機能でトレイを追加できます。トレイが現れると、CreepGuard は自動でそこへ移動します。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CreepGuard notices how long you sit and, every so often, suggests a short stretch. After about 20 minutes of sitting your back starts to “creep”; changing posture about every 30 minutes helps it recover.</source>
        <translation>CreepGuard は座っている時間を見守り、ときどき短いストレッチを提案します。20分ほど座り続けると、背中に「クリープ」が起こり始めます。約30分ごとに姿勢を変えると、背中の回復を助けます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not medical advice. Stop any exercise that hurts, and skip the ones that do not suit you.</source>
        <translation>これは医療上の助言ではありません。痛みのあるエクササイズは中止し、合わないものはスキップしてください。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../creepguard/ui/timeline.py" line="+86"/>
        <source>Sitting</source>
        <translation>着席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sitting past the creep threshold</source>
        <translation>クリープのしきい値を超えた着席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing</source>
        <translation>立ち作業</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a break</source>
        <translation>休憩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away</source>
        <translation>離席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not running</source>
        <translation>停止中</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 h</source>
        <translation>%1時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Day timeline</source>
        <translation>1日のタイムライン</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No day chosen.</source>
        <translation>日付が選ばれていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: nothing recorded.</source>
        <translation>%1：記録はありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2 to %3: %4. Use Left and Right to go through the spans.</source>
        <translation>%1、%2～%3：%4。左右の矢印キーで区間を移動できます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>under a minute recorded</source>
        <translation>記録は1分未満</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2 to %3 (%4)</source>
        <translation>%1、%2～%3（%4）</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Nothing recorded on this day.</source>
        <translation>この日の記録はありません。</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../creepguard/ui/today_popup.py" line="+86"/>
        <source>CreepGuard today</source>
        <translation>CreepGuard の今日</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take a break now</source>
        <translation>今すぐ休憩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause 30 min</source>
        <translation>30分一時停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>再開</translation>
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
        <translation>今すぐ休憩(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>I&apos;m &amp;standing</source>
        <translation>立っています(&amp;S)</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>I&apos;m &amp;away</source>
        <translation>離席します(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I &amp;can&apos;t stand today</source>
        <translation>今日は立てません(&amp;C)</translation>
    </message>
    <message>
        <source>The last &amp;quiet spell</source>
        <translation type="vanished">直前の無操作の時間(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The &amp;last quiet spell</source>
        <translation>直前の無操作の時間(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I was &amp;away</source>
        <translation>離席していた(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I was &amp;sitting</source>
        <translation>座っていた(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For &amp;30 minutes</source>
        <translation>30分間(&amp;3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For &amp;1 hour</source>
        <translation>1時間(&amp;1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until &amp;tomorrow</source>
        <translation>明日まで(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until I &amp;resume</source>
        <translation>再開するまで(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ettings…</source>
        <translation>設定(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;History…</source>
        <translation>履歴(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>I&apos;m &amp;sitting</source>
        <translation>座っています(&amp;S)</translation>
    </message>
    <message>
        <location filename="../creepguard/ui/tray.py" line="+81"/>
        <source>CreepGuard menu</source>
        <translation>CreepGuard メニュー</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../creepguard/ui/welcome.py" line="+39"/>
        <source>Gentle: appears without taking the keyboard</source>
        <translation>控えめ：キーボード入力を奪わずに表示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focused: takes the keyboard</source>
        <translation>集中：キーボード入力を受け取る</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persistent: no Skip, comes back</source>
        <translation>継続：スキップなし、繰り返し表示</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+5"/>
        <source>Welcome to CreepGuard</source>
        <translation>CreepGuard へようこそ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tracking starts when you press Start. You can change these and more at any time in Settings.</source>
        <translation>「開始」を押すと記録が始まります。これらの設定やほかの設定は、いつでも「設定」で変更できます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not now</source>
        <translation>今はしない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now: quit without tracking</source>
        <translation>今はしない：記録せずに終了</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with these settings</source>
        <translation>この設定で開始</translation>
    </message>
</context>
</TS>
