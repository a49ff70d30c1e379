<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>mailtls::Cli</name>
    <message>
        <source>Print the hosts, endpoints and links of a workspace.</source>
        <translation>ワークスペースのホスト、エンドポイント、リンクを表示します。</translation>
    </message>
    <message>
        <source>The workspace file to read.</source>
        <translation>読み込むワークスペースファイル。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Print the workspace as JSON (normalised).</source>
        <translation>ワークスペースを（正規化した）JSON で出力します。</translation>
    </message>
    <message>
        <source>inventory: --workspace FILE is required</source>
        <translation>inventory: --workspace FILE の指定が必要です</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>ワークスペース: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation><numerusform>ホスト %n 台</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation><numerusform>リンク %n 本</numerusform></translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>リンク:</translation>
    </message>
    <message>
        <source>Print the hosts, endpoints and links of a workspace</source>
        <translation>ワークスペースのホスト、エンドポイント、リンクを表示</translation>
    </message>
    <message>
        <source>Usage: mailtls-auditor [--workspace FILE] [--lang en|ja]</source>
        <translation>使い方: mailtls-auditor [--workspace ファイル] [--lang en|ja]</translation>
    </message>
    <message>
        <source>       mailtls-auditor &lt;command&gt; [options]</source>
        <translation>        mailtls-auditor &lt;コマンド&gt; [オプション]</translation>
    </message>
    <message>
        <source>Audits the TLS posture of an organisation's mail paths against the M3AAWG recommendations.</source>
        <translation>組織のメール経路の TLS 対応状況を M3AAWG の推奨事項に照らして監査します。</translation>
    </message>
    <message>
        <source>Without a command, opens the window.</source>
        <translation>コマンドを指定しない場合はウィンドウを開きます。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>このヘルプを表示</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>バージョンを表示</translation>
    </message>
    <message>
        <source>Open this workspace in the window</source>
        <translation>このワークスペースをウィンドウで開く</translation>
    </message>
    <message>
        <source>Language of the interface (default: the system's)</source>
        <translation>表示言語（既定: システムの言語）</translation>
    </message>
    <message>
        <source>Run 'mailtls-auditor &lt;command&gt; --help' for a command's options.</source>
        <translation>各コマンドのオプションは 'mailtls-auditor &lt;コマンド&gt; --help' で確認できます。</translation>
    </message>
    <message>
        <source>mailtls-auditor: unknown command '%1'</source>
        <translation>mailtls-auditor: 不明なコマンド '%1'</translation>
    </message>
</context>
<context>
    <name>mailtls::HostTreeModel</name>
    <message>
        <source>port %1</source>
        <translation>ポート %1</translation>
    </message>
    <message>
        <source>Host / endpoint</source>
        <translation>ホスト / エンドポイント</translation>
    </message>
    <message>
        <source>Roles / port</source>
        <translation>役割 / ポート</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>ソフトウェア</translation>
    </message>
</context>
<context>
    <name>mailtls::Labels</name>
    <message>
        <source>Inbound MX</source>
        <translation>受信 MX</translation>
    </message>
    <message>
        <source>Outbound relay</source>
        <translation>送信リレー</translation>
    </message>
    <message>
        <source>Internal relay</source>
        <translation>内部リレー</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルタ</translation>
    </message>
    <message>
        <source>Mail store</source>
        <translation>メールストア</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>メール投稿（サブミッション）</translation>
    </message>
    <message>
        <source>IMAP/POP access</source>
        <translation>IMAP/POP アクセス</translation>
    </message>
    <message>
        <source>Webmail</source>
        <translation>Web メール</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>Internet to MX</source>
        <translation>インターネット → MX</translation>
    </message>
    <message>
        <source>Outbound to Internet</source>
        <translation>インターネットへの送信</translation>
    </message>
    <message>
        <source>Delivery to store</source>
        <translation>メールストアへの配送</translation>
    </message>
    <message>
        <source>Directory lookup</source>
        <translation>ディレクトリ参照</translation>
    </message>
    <message>
        <source>User submission</source>
        <translation>利用者のメール投稿</translation>
    </message>
    <message>
        <source>User mail access</source>
        <translation>利用者のメール受信</translation>
    </message>
    <message>
        <source>User webmail</source>
        <translation>利用者の Web メール</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>External</source>
        <translation>外部</translation>
    </message>
</context>
<context>
    <name>mailtls::LinkTableModel</name>
    <message>
        <source>M%1</source>
        <translation>M%1</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>未検査</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>From</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>mailtls::MainWindow</name>
    <message>
        <source>MailTLS Auditor</source>
        <translation>MailTLS Auditor</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>ワークスペースなし</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Workspace...</source>
        <translation>ワークスペースを開く(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About MailTLS Auditor</source>
        <translation>MailTLS Auditor について(&amp;A)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>ワークスペースを開く</translation>
    </message>
    <message>
        <source>MailTLS Auditor workspaces (*.json);;All files (*)</source>
        <translation>MailTLS Auditor ワークスペース (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>%1 を読み込み中...</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 を開けませんでした</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>ワークスペースを開けません</translation>
    </message>
    <message>
        <source>%1 - MailTLS Auditor</source>
        <translation>%1 - MailTLS Auditor</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n host(s)</source>
        <translation><numerusform>%1: ホスト %n 台</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation><numerusform>リンク %n 本</numerusform></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>About MailTLS Auditor</source>
        <translation>MailTLS Auditor について</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;MailTLS Auditor&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Audits an organisation's mail paths against the M3AAWG recommendations: opportunistic TLS on every MTA hop, encrypted internal links, and no password in cleartext.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;MailTLS Auditor&lt;/b&gt;&lt;/p&gt;&lt;p&gt;組織のメール経路を M3AAWG の推奨事項に照らして監査します: すべての MTA ホップでの日和見 TLS、内部リンクの暗号化、平文でパスワードを送らないこと。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mailtls::ProbeTarget</name>
    <message>
        <source>'%1' is not a URL like smtp://host[:port]</source>
        <translation>'%1' は smtp://ホスト[:ポート] の形式の URL ではありません</translation>
    </message>
    <message>
        <source>'%1': unknown scheme '%2'</source>
        <translation>'%1': 不明なスキーム '%2'</translation>
    </message>
    <message>
        <source>'%1': a path is not allowed</source>
        <translation>'%1': パスは指定できません</translation>
    </message>
    <message>
        <source>'%1': the scheme '%2' needs a port</source>
        <translation>'%1': スキーム '%2' にはポートの指定が必要です</translation>
    </message>
</context>
<context>
    <name>mailtls::Workspace</name>
    <message>
        <source>Internet</source>
        <translation>インターネット</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>利用者</translation>
    </message>
</context>
<context>
    <name>mailtls::WorkspaceIo</name>
    <message>
        <source>missing required field '%1'</source>
        <translation>必須項目 '%1' がありません</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>文字列が必要です</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>配列が必要です</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <source>unknown protocol '%1'</source>
        <translation>不明なプロトコル '%1'</translation>
    </message>
    <message>
        <source>protocol '%1' needs a port</source>
        <translation>プロトコル '%1' にはポートの指定が必要です</translation>
    </message>
    <message>
        <source>expected a port number from 1 to 65535</source>
        <translation>1 から 65535 までのポート番号が必要です</translation>
    </message>
    <message>
        <source>unknown zone '%1'</source>
        <translation>不明なゾーン '%1'</translation>
    </message>
    <message>
        <source>unknown role '%1'</source>
        <translation>不明な役割 '%1'</translation>
    </message>
    <message>
        <source>duplicate endpoint %1:%2</source>
        <translation>エンドポイント %1:%2 が重複しています</translation>
    </message>
    <message>
        <source>unknown link kind '%1'</source>
        <translation>不明なリンク種別 '%1'</translation>
    </message>
    <message>
        <source>'%1' is neither a host id nor 'internet' or 'users'</source>
        <translation>'%1' はホスト ID でも 'internet' や 'users' でもありません</translation>
    </message>
    <message>
        <source>'%1' is not of the form host/protocol[:port]</source>
        <translation>'%1' は ホスト/プロトコル[:ポート] の形式ではありません</translation>
    </message>
    <message>
        <source>'%1' names no single endpoint of a host in this workspace</source>
        <translation>'%1' はこのワークスペースのホストのエンドポイントを一つに特定できません</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <source>missing 'schema_version': not a MailTLS Auditor workspace</source>
        <translation>'schema_version' がありません: MailTLS Auditor のワークスペースではありません</translation>
    </message>
    <message>
        <source>schema version %1 is not supported (this build reads up to %2)</source>
        <translation>スキーマバージョン %1 には対応していません（このビルドが読めるのは %2 まで）</translation>
    </message>
    <message>
        <source>'%1' is reserved</source>
        <translation>'%1' は予約されています</translation>
    </message>
    <message>
        <source>duplicate host id '%1'</source>
        <translation>ホスト ID '%1' が重複しています</translation>
    </message>
    <message>
        <source>unknown host id '%1'</source>
        <translation>不明なホスト ID '%1'</translation>
    </message>
    <message>
        <source>duplicate link '%1'</source>
        <translation>リンク '%1' が重複しています</translation>
    </message>
    <message>
        <source>%1: cannot open the workspace: %2</source>
        <translation>%1: ワークスペースを開けません: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB: not a workspace</source>
        <translation>%1: ファイルが %2 MiB を超えています: ワークスペースではありません</translation>
    </message>
    <message>
        <source>%1: cannot write the workspace: %2</source>
        <translation>%1: ワークスペースを書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: saving failed, the previous file is unchanged: %2</source>
        <translation>%1: 保存に失敗しました。以前のファイルは変更されていません: %2</translation>
    </message>
</context>
</TS>
