<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>mailtls::AcceptCommand</name>
    <message>
        <source>%1 has no accepted risks.</source>
        <translation>%1 に受容済みのリスクはありません。</translation>
    </message>
    <message>
        <source>lapsed on %1</source>
        <translation>%1 に失効</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 まで</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>責任者: %1</translation>
    </message>
    <message>
        <source>Accept a finding as a risk, with a justification, an owner and an expiry date, in the workspace's exceptions register. After the expiry date the finding counts again.</source>
        <translation>指摘事項を、理由・責任者・有効期限とともにリスクとして受容し、ワークスペースの例外登録簿に記録します。有効期限を過ぎると、指摘事項は再び数えられます。</translation>
    </message>
    <message>
        <source>The workspace file that keeps the register.</source>
        <translation>登録簿を保持するワークスペースファイル。</translation>
    </message>
    <message>
        <source>Why the risk is accepted.</source>
        <translation>リスクを受容する理由。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Who answers for it.</source>
        <translation>責任者。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The last day it holds.</source>
        <translation>有効な最終日。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The profile the rule belongs to (default: m3aawg).</source>
        <translation>ルールが属するプロファイル (既定: m3aawg)。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Print the register.</source>
        <translation>登録簿を表示します。</translation>
    </message>
    <message>
        <source>Remove the entry for an item.</source>
        <translation>項目の登録を削除します。</translation>
    </message>
    <message>
        <source>rule@endpoint</source>
        <translation>ルール@エンドポイント</translation>
    </message>
    <message>
        <source>The finding, as RULE@ENDPOINT (see 'checklist').</source>
        <translation>指摘事項 (RULE@ENDPOINT の形式。'checklist' を参照)。</translation>
    </message>
    <message>
        <source>accept: --workspace FILE is required</source>
        <translation>accept: --workspace FILE が必要です</translation>
    </message>
    <message>
        <source>accept: %1 has no accepted risk '%2' for profile %3</source>
        <translation>accept: %1 にはプロファイル %3 の受容済みリスク '%2' がありません</translation>
    </message>
    <message>
        <source>accept: name one finding as RULE@ENDPOINT, e.g. M1.6@mx2/smtp:25</source>
        <translation>accept: 指摘事項を 1 つ RULE@ENDPOINT の形式で指定してください (例: M1.6@mx2/smtp:25)</translation>
    </message>
    <message>
        <source>accept: unknown profile '%1'</source>
        <translation>accept: 不明なプロファイル '%1'</translation>
    </message>
    <message>
        <source>accept: --until takes a date YYYY-MM-DD, not '%1'</source>
        <translation>accept: --until には YYYY-MM-DD 形式の日付を指定してください ('%1' ではなく)</translation>
    </message>
    <message>
        <source>accept: %1 has no host '%2'</source>
        <translation>accept: %1 にホスト '%2' はありません</translation>
    </message>
    <message>
        <source>accept: %1</source>
        <translation>accept: %1</translation>
    </message>
</context>
<context>
    <name>mailtls::AcceptRiskDialog</name>
    <message>
        <source>Accept as a Risk</source>
        <translation>リスクとして受容</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%3 の %1 %2</translation>
    </message>
    <message>
        <source>The finding stays in reports as an accepted risk until the expiry date, then counts again.</source>
        <translation>この指摘事項は有効期限まで受容済みリスクとしてレポートに残り、その後は再び数えられます。</translation>
    </message>
    <message>
        <source>Why is this risk acceptable for now?</source>
        <translation>このリスクを当面受容できる理由は?</translation>
    </message>
    <message>
        <source>Who answers for it</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>責任者:</translation>
    </message>
    <message>
        <source>Expires after:</source>
        <translation>有効期限:</translation>
    </message>
    <message>
        <source>Accept Risk</source>
        <translation>リスクを受容</translation>
    </message>
</context>
<context>
    <name>mailtls::AuditCommand</name>
    <message>
        <source>Probe every endpoint of a workspace, keep the run in the audit store, and print the links by state.</source>
        <translation>ワークスペースのすべてのエンドポイントを調査し、実行結果を監査ストアに保存して、リンクを状態ごとに表示します。</translation>
    </message>
    <message>
        <source>The workspace file to audit.</source>
        <translation>監査するワークスペースファイル。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Also write the whole run as JSON to this file.</source>
        <translation>実行全体を JSON としてこのファイルにも書き出します。</translation>
    </message>
    <message>
        <source>audit: --workspace FILE is required</source>
        <translation>audit: --workspace FILE が必要です</translation>
    </message>
    <message>
        <source>audit: %1</source>
        <translation>audit: %1</translation>
    </message>
    <message numerus="yes">
        <source>audit: run %1 of %2, %n endpoint(s), stored in %3</source>
        <translation>
            <numerusform>audit: %2 の実行 %1、エンドポイント %n 件、保存先 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>リンク:</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>集計: %1</translation>
    </message>
    <message>
        <source>audit: cannot write %1: %2</source>
        <translation>audit: %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>List the audit runs kept in the store, newest first.</source>
        <translation>ストアに保存された監査の実行を新しい順に一覧表示します。</translation>
    </message>
    <message>
        <source>Only the runs of this workspace.</source>
        <translation>このワークスペースの実行のみ。</translation>
    </message>
    <message>
        <source>No runs yet (%1 does not exist).</source>
        <translation>実行はまだありません（%1 は存在しません）。</translation>
    </message>
    <message>
        <source>runs: %1</source>
        <translation>runs: %1</translation>
    </message>
    <message>
        <source>%1, %2 of %3 endpoints, version %4</source>
        <translation>%1、エンドポイント %3 件中 %2 件、バージョン %4</translation>
    </message>
    <message>
        <source>Import hosts and endpoints into a workspace, all or nothing.</source>
        <translation>ホストとエンドポイントをワークスペースに取り込みます（すべてか、何もしないか）。</translation>
    </message>
    <message>
        <source>The workspace file to import into.</source>
        <translation>取り込み先のワークスペースファイル。</translation>
    </message>
    <message>
        <source>A CSV file with a header row (host, address, roles, zone, site, software, protocol, port).</source>
        <translation>ヘッダー行のある CSV ファイル（host, address, roles, zone, site, software, protocol, port）。</translation>
    </message>
    <message>
        <source>import: %1: %2</source>
        <translation>import: %1: %2</translation>
    </message>
    <message>
        <source>import: %1 (nothing was imported)</source>
        <translation>import: %1（何も取り込まれていません）</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>import: %1</translation>
    </message>
    <message>
        <source>Imported into %1: %2 new hosts, %3 new endpoints, %4 new links.</source>
        <translation>%1 に取り込みました: 新しいホスト %2 件、新しいエンドポイント %3 件、新しいリンク %4 件。</translation>
    </message>
    <message>
        <source>An nmap XML report (nmap -oX): hosts with open mail ports.</source>
        <translation>nmap の XML レポート（nmap -oX）: メールのポートが開いているホスト。</translation>
    </message>
    <message>
        <source>The audit store: an SQLite file (default: %1), sqlite:FILE, or postgresql://user@host[:port]/database[?sslmode=...] for a store shared with a team (the password from PGPASSWORD or ~/.pgpass).</source>
        <translation>監査ストア: SQLite ファイル (既定: %1)、sqlite:FILE、またはチームで共有するストアの postgresql://user@host[:port]/database[?sslmode=...] (パスワードは PGPASSWORD または ~/.pgpass から)。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>%1: --db: %2</source>
        <translation>%1: --db: %2</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>ストア: %1</translation>
    </message>
    <message>
        <source>A mail domain: its MX hosts and the services its SRV records publish, as DNS discovery finds them (see 'discover').</source>
        <translation>メールドメイン: DNS 検出で見つかる MX ホストと、SRV レコードで公開されているサービス（'discover' を参照）。</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>import: --workspace FILE and one of --csv FILE, --nmap FILE or --dns DOMAIN are required</source>
        <translation>import: --workspace FILE と、--csv FILE、--nmap FILE、--dns DOMAIN のいずれか 1 つが必要です</translation>
    </message>
    <message>
        <source>import: warning: %1 %2: %3 (%4)</source>
        <translation>import: 警告: %1 %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Not imported, worth a look (discover shows what they may serve): %1</source>
        <translation>取り込んでいませんが、確認をお勧めします（提供している可能性のあるサービスは discover で確認できます）: %1</translation>
    </message>
    <message>
        <source>The policy profile whose checklist the run brings up to date (default: m3aawg).</source>
        <translation>この実行でチェックリストを更新するポリシープロファイル (既定: m3aawg)。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>audit: unknown profile '%1'</source>
        <translation>audit: 不明なプロファイル '%1'</translation>
    </message>
    <message>
        <source>audit: the checklist was not updated: %1</source>
        <translation>audit: チェックリストは更新されませんでした: %1</translation>
    </message>
    <message>
        <source>Checklist (%1): %2</source>
        <translation>チェックリスト (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>新規 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verified</source>
        <translation>
            <numerusform>検証済み %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regressed</source>
        <translation>
            <numerusform>再発 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still found after done</source>
        <translation>
            <numerusform>完了後も検出 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not check the workspace domains' MTA-STS, TLS-RPT and DANE (measure 4 stays undecided).</source>
        <translation>ワークスペースのドメインの MTA-STS、TLS-RPT、DANE を確認しません (対策 4 は未確定のまま)。</translation>
    </message>
    <message>
        <source>Nameserver for the domain checks, ADDR or ADDR:PORT (repeatable; default: /etc/resolv.conf).</source>
        <translation>ドメイン確認に使うネームサーバー、ADDR または ADDR:PORT (複数指定可。既定: /etc/resolv.conf)。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>DNSSEC trust anchors for the domain checks (default: the system's root key).</source>
        <translation>ドメイン確認に使う DNSSEC トラストアンカー (既定: システムのルート鍵)。</translation>
    </message>
    <message>
        <source>audit: --dns-server: %1</source>
        <translation>audit: --dns-server: %1</translation>
    </message>
    <message>
        <source>Fetch the MTA-STS policies on this port instead of 443 (a test lab's policy host).</source>
        <translation>MTA-STS ポリシーを 443 ではなくこのポートから取得します(テストラボのポリシーホスト用)。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>audit: --policy-port takes a port from 1 to 65535</source>
        <translation>audit: --policy-port には 1 から 65535 のポート番号を指定してください</translation>
    </message>
    <message>
        <source>Domain %1, defence against downgrade: %2; MTA-STS: %3; TLS-RPT: %4</source>
        <translation>ドメイン %1、ダウングレードへの防御: %2。MTA-STS: %3。TLS-RPT: %4</translation>
    </message>
    <message>
        <source>End with status 1 when the run has open findings of this severity or worse (critical, high, medium, low, info); findings accepted as a risk do not count.</source>
        <translation>この重大度以上の未対応の指摘事項が実行にあれば終了ステータス 1 で終了します (critical、high、medium、low、info)。リスクとして受容した指摘事項は数えません。</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>audit: --fail-on takes critical, high, medium, low or info (got '%1')</source>
        <translation>audit: --fail-on には critical、high、medium、low、info のいずれかを指定します (指定値: '%1')</translation>
    </message>
    <message numerus="yes">
        <source>audit: %n open finding(s) of severity %1 or worse</source>
        <translation>
            <numerusform>audit: 重大度 %1 以上の未対応の指摘事項が %n 件あります</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare the run with the previous complete run of the workspace, print what changed, and end with status 1 when a link regressed or a finding opened.</source>
        <translation>この実行をワークスペースの直前の完了した実行と比べ、変化を表示します。リンクが後退したか指摘が新たに生じたときは終了ステータス 1 で終わります。</translation>
    </message>
    <message>
        <source>A certificate that ends within this many days is news (default: 21).</source>
        <translation>有効期限がこの日数以内に切れる証明書を知らせます (既定: 21)。</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>When the run has news (a regression, a new finding, a link left undecided, a certificate expiring), mail it to this address through the local sendmail (repeatable).</source>
        <translation>実行に知らせるべき変化 (後退、新しい指摘、判定できなくなったリンク、期限の近い証明書) があるとき、ローカルの sendmail でこのアドレスにメールします (複数指定可)。</translation>
    </message>
    <message>
        <source>The sendmail program for --notify-mail, with its own arguments (default: /usr/sbin/sendmail); it is given -t -oi.</source>
        <translation>--notify-mail に使う sendmail プログラムとその引数 (既定: /usr/sbin/sendmail)。-t -oi を付けて呼びます。</translation>
    </message>
    <message>
        <source>command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>When the run has news, run this shell command with the changes as JSON on its standard input.</source>
        <translation>実行に知らせるべき変化があるとき、このシェルコマンドを実行し、変化を JSON で標準入力に渡します。</translation>
    </message>
    <message>
        <source>Print the links, the domains and the checklist even when all went well (by default the command is quiet on success, as cron expects).</source>
        <translation>問題がなくてもリンク、ドメイン、チェックリストを表示します (既定では、cron の流儀どおり成功時は何も表示しません)。</translation>
    </message>
    <message>
        <source>audit: --expiry-days takes a number of days from 0 to 3650</source>
        <translation>audit: --expiry-days には 0 から 3650 までの日数を指定してください</translation>
    </message>
    <message>
        <source>audit: --notify-mail takes one mail address (got '%1')</source>
        <translation>audit: --notify-mail にはメールアドレスを 1 つ指定してください ('%1' が指定されました)</translation>
    </message>
    <message>
        <source>audit: run %1 stored; %2</source>
        <translation>audit: 実行 %1 を保存しました。%2</translation>
    </message>
    <message>
        <source>First run the workspace's outbound test plan (outbound_test: the test receiver, and the command that makes each relay send to it), record each relay's verdict in the workspace file, then audit. The plan's commands run only with this option.</source>
        <translation>最初にワークスペースの送信テスト計画 (outbound_test: テスト受信サーバーと、各リレーにそこへ送信させるコマンド) を実行し、各リレーの判定をワークスペースファイルに記録してから監査します。計画のコマンドはこのオプションを指定したときだけ実行されます。</translation>
    </message>
    <message>
        <source>audit: --outbound-test: %1 has no outbound_test plan (docs/workspace-format.md)</source>
        <translation>audit: --outbound-test: %1 に outbound_test 計画がありません (docs/workspace-format.md)</translation>
    </message>
    <message>
        <source>audit: --outbound-test: %1</source>
        <translation>audit: --outbound-test: %1</translation>
    </message>
    <message>
        <source>outbound test: %1 is no host of the workspace: not recorded</source>
        <translation>送信テスト: %1 はワークスペースのホストではないため記録しません</translation>
    </message>
    <message>
        <source>outbound test: %1 greeted with the name of a relay from another address: ignored</source>
        <translation>送信テスト: %1 は別のアドレスからリレーの名前で挨拶しました。無視します</translation>
    </message>
    <message>
        <source>audit: %1; the outbound tests were not saved</source>
        <translation>audit: %1。送信テストは保存されませんでした</translation>
    </message>
    <message>
        <source>outbound test: recorded %1</source>
        <translation>送信テスト: %1 を記録しました</translation>
    </message>
</context>
<context>
    <name>mailtls::AuditStore</name>
    <message>
        <source>%1 was written by a newer version (schema %2; this one knows %3)</source>
        <translation>%1 は新しいバージョンで書かれています (スキーマ %2。このバージョンは %3 まで対応)</translation>
    </message>
    <message>
        <source>%1 cannot be read as an audit store (%2); it was left as it is</source>
        <translation>%1 は監査ストアとして読めません (%2)。そのまま残しました</translation>
    </message>
    <message>
        <source>%1: Qt's %2 driver is not installed (Debian package %3)</source>
        <translation>%1: Qt の %2 ドライバーがインストールされていません (Debian パッケージ %3)</translation>
    </message>
    <message>
        <source>%1 is another program's %2 database, not an audit store; it was left as it is</source>
        <translation>%1 は他のプログラムの %2 データベースで、監査ストアではありません。そのまま残しました</translation>
    </message>
    <message>
        <source>%1 cannot be read as an audit store (its tables are missing); it was left as it is</source>
        <translation>%1 は監査ストアとして読めません (テーブルがありません)。そのまま残しました</translation>
    </message>
    <message>
        <source>%1: migration to schema %2 failed: %3</source>
        <translation>%1: スキーマ %2 への移行に失敗しました: %3</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: ファイルではありません</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: フォルダーを作成できません</translation>
    </message>
    <message>
        <source>%1 is not an audit store (not an SQLite database); it was left as it is</source>
        <translation>%1 は監査ストアではありません (SQLite データベースではありません)。そのまま残しました</translation>
    </message>
    <message>
        <source>no item '%1' in the checklist of %2 (items are named RULE@ENDPOINT, as listed)</source>
        <translation>%2 のチェックリストに項目 '%1' はありません (項目は一覧のとおり RULE@ENDPOINT で指定します)</translation>
    </message>
    <message>
        <source>cannot create the run's lock file %1: %2</source>
        <translation>実行のロックファイル %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>the run's lock file %1 is held by another process</source>
        <translation>実行のロックファイル %1 は別のプロセスが保持しています</translation>
    </message>
    <message>
        <source>cannot lock the run's lock file %1: %2</source>
        <translation>実行のロックファイル %1 をロックできません: %2</translation>
    </message>
</context>
<context>
    <name>mailtls::CertificateInfo</name>
    <message>
        <source>self-signed certificate</source>
        <translation>自己署名証明書</translation>
    </message>
    <message>
        <source>self-signed certificate in certificate chain</source>
        <translation>証明書チェーンに自己署名証明書がある</translation>
    </message>
    <message>
        <source>unable to get local issuer certificate</source>
        <translation>発行者の証明書が信頼アンカーの中に見つからない</translation>
    </message>
    <message>
        <source>unable to get issuer certificate</source>
        <translation>発行者の証明書を取得できない</translation>
    </message>
    <message>
        <source>unable to verify the first certificate</source>
        <translation>最初の証明書を検証できない</translation>
    </message>
    <message>
        <source>certificate signature failure</source>
        <translation>証明書の署名が不正</translation>
    </message>
    <message>
        <source>invalid CA certificate</source>
        <translation>CA 証明書が無効</translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation>証明書が信頼されていない</translation>
    </message>
    <message>
        <source>certificate rejected</source>
        <translation>証明書が拒否された</translation>
    </message>
    <message>
        <source>EE certificate key too weak</source>
        <translation>エンドエンティティ証明書の鍵が弱すぎる</translation>
    </message>
    <message>
        <source>CA signature digest algorithm too weak</source>
        <translation>CA の署名ダイジェストアルゴリズムが弱すぎる</translation>
    </message>
    <message>
        <source>cannot load the trust anchors from %1</source>
        <translation>%1 から信頼アンカーを読み込めない</translation>
    </message>
    <message>
        <source>the system store</source>
        <translation>システムの証明書ストア</translation>
    </message>
    <message>
        <source>without SNI</source>
        <translation>SNI なし</translation>
    </message>
    <message>
        <source>RSA</source>
        <translation>RSA</translation>
    </message>
    <message>
        <source>ECDSA</source>
        <translation>ECDSA</translation>
    </message>
    <message>
        <source>the handshake completed without a certificate we could read</source>
        <translation>ハンドシェイクは完了しましたが、読み取れる証明書がありませんでした</translation>
    </message>
    <message>
        <source>not a certificate for a TLS server (its extended key usage lacks serverAuth)</source>
        <translation>TLS サーバー用の証明書ではない (拡張鍵用途に serverAuth がない)</translation>
    </message>
    <message>
        <source>a CA certificate of the chain has expired</source>
        <translation>チェーン内の CA 証明書が期限切れ</translation>
    </message>
    <message>
        <source>a CA certificate of the chain is not valid yet</source>
        <translation>チェーン内の CA 証明書がまだ有効でない</translation>
    </message>
    <message>
        <source>the CA certificate %1 of the chain expired on %2</source>
        <translation>チェーン内の CA 証明書 %1 は %2 に期限切れになりました</translation>
    </message>
    <message>
        <source>the CA certificate %1 of the chain is not valid before %2</source>
        <translation>チェーン内の CA 証明書 %1 は %2 まで有効になりません</translation>
    </message>
    <message>
        <source>the chain is sent out of order: %1 does not follow the certificate it issued</source>
        <translation>チェーンの順序が正しくありません: %1 が、それが発行した証明書の直後にありません</translation>
    </message>
    <message>
        <source>%1 is sent but is no part of the chain</source>
        <translation>%1 が送られていますが、チェーンの一部ではありません</translation>
    </message>
    <message>
        <source>the intermediate %1 is not sent: only clients that already hold it can verify the chain</source>
        <translation>中間証明書 %1 が送られていません: それを既に持つクライアントしかチェーンを検証できません</translation>
    </message>
    <message>
        <source>the issuer of %1 (%2) is not sent, and the trust anchors do not hold it</source>
        <translation>%1 の発行者 (%2) が送られておらず、信頼アンカーにも含まれていません</translation>
    </message>
    <message>
        <source>the server closed the connection after our hello, twice</source>
        <translation>サーバーはこちらの hello の直後に接続を閉じました (2 回)</translation>
    </message>
</context>
<context>
    <name>mailtls::ChecklistPanel</name>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Software: %1 (%2)</source>
        <translation>ソフトウェア: %1 (%2)</translation>
    </message>
    <message>
        <source>No remedy is known for this rule.</source>
        <translation>このルールの改善策はわかっていません。</translation>
    </message>
    <message>
        <source>Importance: %1; effort: %2</source>
        <translation>重要度: %1、作業量: %2</translation>
    </message>
    <message>
        <source>In %1:</source>
        <translation>%1 に:</translation>
    </message>
    <message>
        <source>Verify:</source>
        <translation>確認:</translation>
    </message>
    <message>
        <source>Copy Configuration</source>
        <translation>設定をコピー</translation>
    </message>
    <message>
        <source>Verify Now</source>
        <translation>今すぐ確認</translation>
    </message>
    <message>
        <source>Search the checklist</source>
        <translation>チェックリストを検索</translation>
    </message>
    <message>
        <source>Select an item to see the steps that fix it.</source>
        <translation>項目を選ぶと、修正手順が表示されます。</translation>
    </message>
</context>
<context>
    <name>mailtls::ChecklistTracking</name>
    <message>
        <source>open</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>accepted risk</source>
        <translation>リスク受容</translation>
    </message>
    <message>
        <source>found by an audit</source>
        <translation>監査で検出</translation>
    </message>
    <message>
        <source>verified: the audit no longer finds it</source>
        <translation>検証済み: 監査で検出されなくなりました</translation>
    </message>
    <message>
        <source>regression: found again after it was verified</source>
        <translation>再発: 検証済みの後に再び検出されました</translation>
    </message>
    <message>
        <source>still found after it was marked done</source>
        <translation>完了とした後も検出されています</translation>
    </message>
    <message>
        <source>accepted as a risk</source>
        <translation>リスクとして受容</translation>
    </message>
    <message>
        <source>the accepted risk lapsed</source>
        <translation>リスク受容が失効しました</translation>
    </message>
    <message>
        <source>changed by hand</source>
        <translation>手動で変更</translation>
    </message>
    <message>
        <source>'verified' is set by an audit that no longer finds the item</source>
        <translation>'verified' (検証済み) は、その項目を検出しなくなった監査が設定します</translation>
    </message>
    <message>
        <source>a risk is accepted in the exceptions register (the 'accept' command), with a justification, an owner and an expiry date</source>
        <translation>リスクの受容は、理由・責任者・有効期限とともに例外登録簿 ('accept' コマンド) で行います</translation>
    </message>
</context>
<context>
    <name>mailtls::Cli</name>
    <message>
        <source>Keep TLS-RPT aggregate reports (JSON, gzip, mail) and sum them per MX host</source>
        <translation>TLS-RPT 集計レポート（JSON、gzip、メール）を保存し、MX ホストごとに集計します</translation>
    </message>
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
        <translation>
            <numerusform>ホスト %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>リンク %n 本</numerusform>
        </translation>
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
    <message>
        <source>Probe mail endpoints given as URLs (TLS, certificate, credentials)</source>
        <translation>URL で指定したメールのエンドポイントを検査（TLS、証明書、認証情報）</translation>
    </message>
    <message>
        <source>Audit every endpoint of a workspace and keep the run</source>
        <translation>ワークスペースのすべてのエンドポイントを監査し、実行を保存します</translation>
    </message>
    <message>
        <source>List the audit runs kept in the store</source>
        <translation>ストアに保存された監査の実行を一覧表示します</translation>
    </message>
    <message>
        <source>Show the hops a real message took and what each used (.eml, mbox)</source>
        <translation>実際のメッセージが通った経路と各ホップの暗号化を表示 (.eml、mbox)</translation>
    </message>
    <message>
        <source>Find a domain's MX hosts, mail SRV records and mail host names in DNS</source>
        <translation>ドメインの MX ホスト、メール用 SRV レコード、メールホスト名を DNS で調べます</translation>
    </message>
    <message>
        <source>Import hosts and endpoints from CSV, nmap XML or DNS into a workspace</source>
        <translation>CSV、nmap の XML、または DNS からホストとエンドポイントをワークスペースに取り込みます</translation>
    </message>
    <message>
        <source>Check a stored audit run against a policy profile (M3AAWG by default)</source>
        <translation>保存された監査をポリシープロファイル (既定は M3AAWG) で評価</translation>
    </message>
    <message>
        <source>Print the remediation checklist of a stored audit run (Markdown or CSV)</source>
        <translation>保存された監査の是正チェックリストを表示 (Markdown または CSV)</translation>
    </message>
    <message>
        <source>Accept a finding as a risk until a date, with a reason and an owner</source>
        <translation>指摘事項を、理由と責任者を添えて期限付きでリスクとして受容します</translation>
    </message>
    <message>
        <source>List the built-in policy profiles that findings and checklist can use</source>
        <translation>findings と checklist で使える組み込みポリシープロファイルを一覧表示します</translation>
    </message>
    <message>
        <source>Usage: mailtls-auditor [--workspace FILE] [--db URL] [--lang en|ja]</source>
        <translation>使い方: mailtls-auditor [--workspace FILE] [--db URL] [--lang en|ja]</translation>
    </message>
    <message>
        <source>The window's audit store for this session (SQLite file or PostgreSQL URL)</source>
        <translation>このセッションでウィンドウが使う監査ストア (SQLite ファイルまたは PostgreSQL URL)</translation>
    </message>
    <message>
        <source>Check a domain's defence against downgrade: MTA-STS, TLS-RPT and DANE</source>
        <translation>ドメインのダウングレード対策を確認する: MTA-STS、TLS-RPT、DANE</translation>
    </message>
    <message>
        <source>   or: mailtls-auditor &lt;command&gt; [options]</source>
        <translation>または: mailtls-auditor &lt;コマンド&gt; [オプション]</translation>
    </message>
    <message>
        <source>Receive test mail from an outbound relay and record how it uses TLS (discards it)</source>
        <translation>送信リレーからテストメールを受信し、TLS の使い方を記録する (メールは破棄)</translation>
    </message>
</context>
<context>
    <name>mailtls::ComplianceReport</name>
    <message>
        <source>%1 holds no audit of the workspace '%2'; run an audit first</source>
        <translation>%1 にはワークスペース '%2' の監査がありません。先に監査を実行してください</translation>
    </message>
    <message>
        <source>%1 holds no run %2 of the workspace '%3'</source>
        <translation>%1 にはワークスペース '%3' の実行 %2 がありません</translation>
    </message>
</context>
<context>
    <name>mailtls::Connection</name>
    <message>
        <source>timed out</source>
        <translation>タイムアウトしました</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>%1 の名前解決ができません: %2</translation>
    </message>
    <message>
        <source>no address for %1</source>
        <translation>%1 のアドレスがありません</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>接続されていません</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>サーバーが接続を閉じました</translation>
    </message>
    <message>
        <source>the server sent a line longer than %1 bytes</source>
        <translation>サーバーが %1 バイトを超える行を送ってきました</translation>
    </message>
</context>
<context>
    <name>mailtls::Dane</name>
    <message>
        <source>the trust anchor matches, but the certificate does not name the MX host, which DANE-TA(2) requires</source>
        <translation>トラストアンカーは一致しますが、証明書が MX ホスト名を含みません。DANE-TA(2) ではそれが必要です</translation>
    </message>
    <message>
        <source>the trust anchor matches, but the server sent no chain from it to its certificate</source>
        <translation>トラストアンカーは一致しますが、サーバーはそこから自身の証明書までのチェーンを送っていません</translation>
    </message>
    <message>
        <source>usage %1 (PKIX-%2) is unusable for SMTP: senders ignore it (RFC 7672 3.1.3); use 3 (DANE-EE) or 2 (DANE-TA)</source>
        <translation>用途 %1 (PKIX-%2) は SMTP では使えません。送信側は無視します (RFC 7672 3.1.3)。3 (DANE-EE) か 2 (DANE-TA) を使ってください</translation>
    </message>
    <message>
        <source>usage %1 is not defined</source>
        <translation>用途 %1 は定義されていません</translation>
    </message>
    <message>
        <source>selector %1 is not defined</source>
        <translation>セレクター %1 は定義されていません</translation>
    </message>
    <message>
        <source>matching type %1 is not defined</source>
        <translation>照合タイプ %1 は定義されていません</translation>
    </message>
    <message>
        <source>a SHA-256 association of %1 octets, not 32</source>
        <translation>SHA-256 の関連データが 32 オクテットではなく %1 オクテットです</translation>
    </message>
    <message>
        <source>a SHA-512 association of %1 octets, not 64</source>
        <translation>SHA-512 の関連データが 64 オクテットではなく %1 オクテットです</translation>
    </message>
    <message>
        <source>an empty association</source>
        <translation>関連データが空です</translation>
    </message>
    <message>
        <source>the TLSA lookup of %1 did not answer (%2): whether DANE is published is unknown</source>
        <translation>%1 の TLSA 検索に応答がありません (%2)。DANE が公開されているかは不明です</translation>
    </message>
    <message>
        <source>the addresses of %1 fail DNSSEC validation (%2): validating senders cannot deliver</source>
        <translation>%1 のアドレスが DNSSEC 検証に失敗します (%2)。検証する送信側は配送できません</translation>
    </message>
    <message>
        <source>the TLSA records of %1 fail DNSSEC validation (%2): DANE senders defer mail</source>
        <translation>%1 の TLSA レコードが DNSSEC 検証に失敗します (%2)。DANE 送信側はメールを保留します</translation>
    </message>
    <message>
        <source>the addresses of %1 are not signed: DANE senders do not look its TLSA records up</source>
        <translation>%1 のアドレスは署名されていません。DANE 送信側は TLSA レコードを検索しません</translation>
    </message>
    <message>
        <source>the TLSA records of %1 are not signed: senders ignore them</source>
        <translation>%1 の TLSA レコードは署名されていません。送信側は無視します</translation>
    </message>
    <message>
        <source>the DNSSEC state of %1 or of its addresses is unknown (%2, %3): whether senders apply DANE is undecided</source>
        <translation>%1 またはそのアドレスの DNSSEC の状態が不明です (%2、%3)。送信側が DANE を適用するかは未確定です</translation>
    </message>
    <message>
        <source>no TLSA record is usable for SMTP: TLS is mandatory for DANE senders, but no certificate is checked</source>
        <translation>SMTP で使える TLSA レコードがありません。DANE 送信側は TLS を必須としますが、証明書は検証しません</translation>
    </message>
    <message>
        <source>no certificate of %1 on port %2 was seen: the records cannot be matched</source>
        <translation>%1 のポート %2 の証明書を確認できていません。レコードと照合できません</translation>
    </message>
    <message>
        <source>no usable TLSA record matches the certificate %1 presents</source>
        <translation>%1 が示す証明書と一致する有効な TLSA レコードがありません</translation>
    </message>
    <message>
        <source>only the issuer is pinned (DANE-TA): a new certificate from the same CA works at once; a change of CA needs its record published two TTLs ahead</source>
        <translation>発行者だけが固定されています (DANE-TA)。同じ CA の新しい証明書はすぐに使えますが、CA を替えるときは TTL の 2 倍前にそのレコードを公開する必要があります</translation>
    </message>
    <message>
        <source>only the current certificate is pinned (3 0 x): any new certificate, even with the same key, breaks DANE unless its record is published two TTLs ahead</source>
        <translation>現在の証明書だけが固定されています (3 0 x)。同じ鍵でも新しい証明書は、TTL の 2 倍前にレコードを公開しない限り DANE を壊します</translation>
    </message>
    <message>
        <source>only the current key is pinned: renew with the same key, or publish the next key's record two TTLs before the change</source>
        <translation>現在の鍵だけが固定されています。同じ鍵で更新するか、変更の TTL の 2 倍前に次の鍵のレコードを公開してください</translation>
    </message>
</context>
<context>
    <name>mailtls::DetailViews</name>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>mailtls::Dialogue</name>
    <message>
        <source>the server sent %1 bytes after accepting STARTTLS, before the handshake</source>
        <translation>サーバーが STARTTLS を受け入れた後、ハンドシェイクの前に %1 バイトを送ってきました</translation>
    </message>
</context>
<context>
    <name>mailtls::DiscoverCommand</name>
    <message>
        <source>no address</source>
        <translation>アドレスなし</translation>
    </message>
    <message>
        <source>DNS discovery for %1 (nameserver %2)</source>
        <translation>%1 の DNS 検出（ネームサーバー %2）</translation>
    </message>
    <message>
        <source>  %1 does not exist (NXDOMAIN).</source>
        <translation>  %1 は存在しません（NXDOMAIN）。</translation>
    </message>
    <message>
        <source>Every query failed, e.g. %1 %2: %3 (%4)</source>
        <translation>すべてのクエリが失敗しました。例: %1 %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Inbound MX:</source>
        <translation>受信 MX:</translation>
    </message>
    <message>
        <source>  none: %1 accepts no mail (null MX, RFC 7505)</source>
        <translation>  なし: %1 はメールを受け付けません（null MX、RFC 7505）</translation>
    </message>
    <message>
        <source>  unknown: the MX lookup failed (see below)</source>
        <translation>  不明: MX の検索に失敗しました（下記参照）</translation>
    </message>
    <message>
        <source>  none published: senders use the domain's own address (RFC 5321 5.1)</source>
        <translation>  公開なし: 送信者はドメイン自体のアドレスを使用します（RFC 5321 5.1）</translation>
    </message>
    <message>
        <source>Services (SRV, RFC 6186 and RFC 8314):</source>
        <translation>サービス（SRV、RFC 6186 および RFC 8314）:</translation>
    </message>
    <message>
        <source>  none published</source>
        <translation>  公開なし</translation>
    </message>
    <message>
        <source>not offered (target ".")</source>
        <translation>提供なし（ターゲット "."）</translation>
    </message>
    <message>
        <source>priority %1, weight %2</source>
        <translation>優先度 %1、重み %2</translation>
    </message>
    <message>
        <source>  not published: %1</source>
        <translation>  公開なし: %1</translation>
    </message>
    <message>
        <source>Suggested names:</source>
        <translation>候補となる名前:</translation>
    </message>
    <message>
        <source>  none of mail., smtp., imap., pop., webmail. exists</source>
        <translation>  mail.、smtp.、imap.、pop.、webmail. はいずれも存在しません</translation>
    </message>
    <message>
        <source>(alias of %1)</source>
        <translation>（%1 のエイリアス）</translation>
    </message>
    <message>
        <source>try: %1</source>
        <translation>検査候補: %1</translation>
    </message>
    <message>
        <source>Failed queries (what they would have found is missing):</source>
        <translation>失敗したクエリ（これらで見つかるはずの情報が欠けています）:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>注記:</translation>
    </message>
    <message>
        <source>Ask this nameserver (ADDR, ADDR:PORT or [IPv6]:PORT; repeat for more) instead of those in /etc/resolv.conf.</source>
        <translation>/etc/resolv.conf のネームサーバーの代わりに、このネームサーバーに問い合わせます（ADDR、ADDR:PORT、または [IPv6]:PORT。複数指定する場合は繰り返します）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Seconds for each DNS lookup, retries included (default 5).</source>
        <translation>DNS の検索 1 回あたりの秒数（再試行を含む、既定 5）。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>%1: --timeout takes a number of seconds from 0 to 600</source>
        <translation>%1: --timeout には 0 から 600 までの秒数を指定します</translation>
    </message>
    <message>
        <source>%1: --server: %2</source>
        <translation>%1: --server: %2</translation>
    </message>
    <message>
        <source>Print what DNS says about a domain's mail: the MX hosts with their preferences and addresses, the SRV records of submission, IMAP and POP (RFC 6186, RFC 8314), and the well-known names mail., smtp., imap., pop. and webmail. Exits 1 when the domain does not exist or its MX lookup failed.</source>
        <translation>ドメインのメールについて DNS が示す情報を表示します: MX ホストとその優先度およびアドレス、submission・IMAP・POP の SRV レコード（RFC 6186、RFC 8314）、よく使われる名前 mail.、smtp.、imap.、pop.、webmail.。ドメインが存在しない場合、または MX の検索に失敗した場合は終了コード 1 で終了します。</translation>
    </message>
    <message>
        <source>The mail domain, e.g. example.org.</source>
        <translation>メールドメイン（例: example.org）。</translation>
    </message>
    <message>
        <source>Print the discovery as JSON.</source>
        <translation>検出結果を JSON で出力します。</translation>
    </message>
    <message>
        <source>discover: give one DOMAIN</source>
        <translation>discover: DOMAIN を 1 つ指定してください</translation>
    </message>
    <message>
        <source>discover: %1</source>
        <translation>discover: %1</translation>
    </message>
</context>
<context>
    <name>mailtls::DnsDiscovery</name>
    <message>
        <source>'%1' is not a domain name</source>
        <translation>'%1' はドメイン名ではありません</translation>
    </message>
    <message>
        <source>MX %1 .: a null MX among other MX records (RFC 7505 says it must stand alone); left out</source>
        <translation>MX %1 .: 他の MX レコードと併存する null MX です（RFC 7505 では単独でなければなりません）。除外しました</translation>
    </message>
    <message>
        <source>MX %1 %2: not a host name; left out</source>
        <translation>MX %1 %2: ホスト名ではありません。除外しました</translation>
    </message>
    <message>
        <source>MX %1 %2 is an alias (CNAME) of %3: RFC 2181 10.3 forbids MX targets that are aliases</source>
        <translation>MX %1 %2 は %3 のエイリアス（CNAME）です: RFC 2181 10.3 では MX のターゲットにエイリアスを使用することを禁じています</translation>
    </message>
    <message>
        <source>SRV %1 %2 %3 %4 %5: not a host and port; left out</source>
        <translation>SRV %1 %2 %3 %4 %5: ホストとポートではありません。除外しました</translation>
    </message>
</context>
<context>
    <name>mailtls::DnsImport</name>
    <message>
        <source>%1 does not exist (NXDOMAIN)</source>
        <translation>%1 は存在しません（NXDOMAIN）</translation>
    </message>
    <message>
        <source>the MX lookup of %1 failed: %2 (%3)</source>
        <translation>%1 の MX の検索に失敗しました: %2 (%3)</translation>
    </message>
    <message>
        <source>no MX lookup of %1</source>
        <translation>%1 の MX を検索していません</translation>
    </message>
    <message>
        <source>DNS has no MX and no mail SRV records for %1</source>
        <translation>DNS に %1 の MX レコードもメール用 SRV レコードもありません</translation>
    </message>
</context>
<context>
    <name>mailtls::DnsImportDialog</name>
    <message>
        <source>Import Hosts from DNS</source>
        <translation>DNS からホストを取り込む</translation>
    </message>
    <message>
        <source>Adds the domain's MX hosts as inbound MX, and the submission, IMAP and POP services its SRV records name (RFC 6186, RFC 8314). Hosts already in the inventory are merged by name or address.</source>
        <translation>ドメインの MX ホストを受信 MX として、SRV レコードが示すサブミッション・IMAP・POP のサービス (RFC 6186、RFC 8314) とともに追加します。インベントリにすでにあるホストは、名前またはアドレスで統合されます。</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <source>the system's nameservers</source>
        <translation>システムのネームサーバー</translation>
    </message>
    <message>
        <source>ADDR, ADDR:PORT or [IPv6]:PORT, separated by commas; empty: those in /etc/resolv.conf.</source>
        <translation>ADDR、ADDR:PORT または [IPv6]:PORT をカンマ区切りで指定します。空欄の場合は /etc/resolv.conf のものを使います。</translation>
    </message>
    <message>
        <source>Mail &amp;domain:</source>
        <translation>メールドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Nameservers:</source>
        <translation>ネームサーバー(&amp;N):</translation>
    </message>
    <message>
        <source>Mail domain: %1</source>
        <translation>メールドメイン: %1</translation>
    </message>
    <message>
        <source>Nameservers: '%1': %2</source>
        <translation>ネームサーバー: '%1': %2</translation>
    </message>
</context>
<context>
    <name>mailtls::DnsMessage</name>
    <message>
        <source>a TXT record's string runs past its data</source>
        <translation>TXT レコードの文字列がデータの末尾を越えています</translation>
    </message>
    <message>
        <source>a name runs past the end of the message</source>
        <translation>名前がメッセージの末尾を越えています</translation>
    </message>
    <message>
        <source>a compression pointer runs past the end of the message</source>
        <translation>圧縮ポインターがメッセージの末尾を越えています</translation>
    </message>
    <message>
        <source>a compression pointer at offset %1 points to offset %2, not back into the message</source>
        <translation>オフセット %1 の圧縮ポインターがオフセット %2 を指しています。メッセージ内のそれより前の位置ではありません</translation>
    </message>
    <message>
        <source>a name follows more than %1 compression pointers</source>
        <translation>名前が %1 個を超える圧縮ポインターをたどっています</translation>
    </message>
    <message>
        <source>a name uses the reserved label type 0x%1</source>
        <translation>名前が予約済みのラベル種別 0x%1 を使用しています</translation>
    </message>
    <message>
        <source>a name is longer than %1 octets</source>
        <translation>名前が %1 オクテットを超えています</translation>
    </message>
    <message>
        <source>a label runs past the end of the message</source>
        <translation>ラベルがメッセージの末尾を越えています</translation>
    </message>
    <message>
        <source>the question is cut short</source>
        <translation>質問セクションが途中で切れています</translation>
    </message>
    <message>
        <source>a record's data length does not match its content</source>
        <translation>レコードのデータ長が内容と一致しません</translation>
    </message>
    <message>
        <source>a record is cut short</source>
        <translation>レコードが途中で切れています</translation>
    </message>
    <message>
        <source>the %1 record's data runs past the end of the message</source>
        <translation>%1 レコードのデータがメッセージの末尾を越えています</translation>
    </message>
    <message>
        <source>the %1 record's data is too short</source>
        <translation>%1 レコードのデータが短すぎます</translation>
    </message>
    <message>
        <source>an A record has %1 octets of data, not 4</source>
        <translation>A レコードのデータが 4 オクテットではなく %1 オクテットです</translation>
    </message>
    <message>
        <source>an AAAA record has %1 octets of data, not 16</source>
        <translation>AAAA レコードのデータが 16 オクテットではなく %1 オクテットです</translation>
    </message>
    <message>
        <source>'%1' is not a domain name: every label must have 1 to %2 characters</source>
        <translation>'%1' はドメイン名ではありません: 各ラベルは 1 から %2 文字でなければなりません</translation>
    </message>
    <message>
        <source>'%1' is not a domain name: '%2' is not a letter, digit, '-' or '_'</source>
        <translation>'%1' はドメイン名ではありません: '%2' は英字、数字、'-'、'_' のいずれでもありません</translation>
    </message>
    <message>
        <source>'%1' is not a domain name: it is longer than %2 octets</source>
        <translation>'%1' はドメイン名ではありません: %2 オクテットを超えています</translation>
    </message>
    <message numerus="yes">
        <source>%n octet(s) are too short for a DNS header</source>
        <translation>
            <numerusform>%n オクテットでは DNS ヘッダーには短すぎます</numerusform>
        </translation>
    </message>
    <message>
        <source>the message is longer than 65535 octets</source>
        <translation>メッセージが 65535 オクテットを超えています</translation>
    </message>
    <message>
        <source>an OPT record outside the additional section</source>
        <translation>追加セクション以外に OPT レコードがあります</translation>
    </message>
    <message>
        <source>more than one OPT record</source>
        <translation>OPT レコードが複数あります</translation>
    </message>
    <message>
        <source>an OPT record with an owner other than the root</source>
        <translation>所有者名がルート以外の OPT レコードがあります</translation>
    </message>
    <message numerus="yes">
        <source>%n octet(s) follow the last record</source>
        <translation>
            <numerusform>最後のレコードの後に %n オクテットが続いています</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailtls::DomainCheck</name>
    <message>
        <source>the DNSKEY of the trust anchor %1 did not validate through %2 (%3%4): the nameservers do not pass DNSSEC records, so no DNSSEC state can be known</source>
        <translation>トラストアンカー %1 の DNSKEY が %2 経由で検証できませんでした (%3%4)。ネームサーバーが DNSSEC レコードを通さないため、DNSSEC の状態は判断できません</translation>
    </message>
</context>
<context>
    <name>mailtls::DomainCommand</name>
    <message>
        <source>domain: --submission takes HOST, HOST:587 or HOST:465</source>
        <translation>domain: --submission には HOST、HOST:587 または HOST:465 を指定します</translation>
    </message>
    <message>
        <source>host[:port]</source>
        <translation>ホスト[:ポート]</translation>
    </message>
    <message>
        <source>Also look up the TLSA records of this submission host (port 587, STARTTLS, or 465, implicit TLS; default 587) and match them against the certificate it presents there. Repeatable.</source>
        <translation>このサブミッションホストの TLSA レコードも参照し（ポート 587 は STARTTLS、465 は暗黙の TLS。既定は 587）、そこで提示される証明書と照合します。複数指定できます。</translation>
    </message>
    <message>
        <source>Submission DANE %1:%2: %3</source>
        <translation>サブミッションの DANE %1:%2: %3</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>未確定</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Domain %1 (DNS: %2)</source>
        <translation>ドメイン %1 (DNS: %2)</translation>
    </message>
    <message>
        <source>MX lookup: %1</source>
        <translation>MX 検索: %1</translation>
    </message>
    <message>
        <source>  null MX: the domain takes no mail (RFC 7505)</source>
        <translation>  null MX: このドメインはメールを受け取りません (RFC 7505)</translation>
    </message>
    <message>
        <source>MTA-STS record</source>
        <translation>MTA-STS レコード</translation>
    </message>
    <message>
        <source>TLS-RPT record</source>
        <translation>TLS-RPT レコード</translation>
    </message>
    <message>
        <source>  addresses: %1</source>
        <translation>  アドレス: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>  STARTTLS %1, TLS 1.2 or later %2, certificate valid for the name %3</source>
        <translation>  STARTTLS %1、TLS 1.2 以降 %2、名前に対して有効な証明書 %3</translation>
    </message>
    <message>
        <source>  DANE %1: %2; addresses %3; published %4, in force %5, matches %6, rollover ready %7</source>
        <translation>  DANE %1: %2、アドレス %3、公開 %4、有効 %5、一致 %6、ロールオーバー準備 %7</translation>
    </message>
    <message>
        <source>unusable: %1</source>
        <translation>使用不可: %1</translation>
    </message>
    <message>
        <source>matches (depth %1)</source>
        <translation>一致 (深さ %1)</translation>
    </message>
    <message>
        <source>matches %1</source>
        <translation>一致 %1</translation>
    </message>
    <message>
        <source>  DELIVERY AT RISK: senders that apply the published defence cannot deliver</source>
        <translation>  配送に危険: 公開された防御を適用する送信側は配送できません</translation>
    </message>
    <message>
        <source>Protected against downgrade: %1 of %2 MX hosts (%3 undecided)</source>
        <translation>ダウングレードから保護: %2 台中 %1 台の MX (未確定 %3 台)</translation>
    </message>
    <message>
        <source>Check a domain's defence against STARTTLS downgrade: its MX hosts, their TLSA records (DANE, validated with DNSSEC) matched against the certificates the MX hosts present on port 25, the MTA-STS record and the TLS-RPT record. Exits 0 when every MX host is protected, 1 when one is not or a published defence would make senders fail, 3 when the answer is undecided.</source>
        <translation>ドメインの STARTTLS ダウングレード対策を確認します: MX ホスト、その TLSA レコード (DANE、DNSSEC で検証) と MX ホストがポート 25 で示す証明書との照合、MTA-STS レコード、TLS-RPT レコード。すべての MX が保護されていれば 0、保護されていない MX があるか公開された防御で送信側が失敗する場合は 1、未確定なら 3 で終了します。</translation>
    </message>
    <message>
        <source>The mail domain, e.g. example.org.</source>
        <translation>メールドメイン (例: example.org)。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>結果を JSON で出力します。</translation>
    </message>
    <message>
        <source>DNSSEC trust anchors (DS or DNSKEY records, zone file format); default: the system's root key (/usr/share/dns/root.key).</source>
        <translation>DNSSEC のトラストアンカー (DS または DNSKEY レコード、ゾーンファイル形式)。既定はシステムのルート鍵 (/usr/share/dns/root.key)。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>PEM file of trusted CAs for the MX certificates (default: the system store).</source>
        <translation>MX の証明書を検証する信頼済み CA の PEM ファイル (既定: システムのストア)。</translation>
    </message>
    <message>
        <source>Do not probe the MX hosts: DNS only (matches stay undecided).</source>
        <translation>MX ホストを調査しません。DNS のみ (照合は未確定のまま)。</translation>
    </message>
    <message>
        <source>domain: give one DOMAIN</source>
        <translation>domain: DOMAIN を 1 つ指定してください</translation>
    </message>
    <message>
        <source>domain: %1</source>
        <translation>domain: %1</translation>
    </message>
    <message>
        <source>domain: cannot read %1</source>
        <translation>domain: %1 を読めません</translation>
    </message>
    <message>
        <source>DNSSEC: %1</source>
        <translation>DNSSEC: %1</translation>
    </message>
    <message>
        <source>  policy %1: %2</source>
        <translation>  ポリシー %1: %2</translation>
    </message>
    <message>
        <source>  mode %1, max_age %2, mx %3</source>
        <translation>  モード %1、max_age %2、mx %3</translation>
    </message>
    <message>
        <source>  applied by senders: %1</source>
        <translation>  送信側による適用: %1</translation>
    </message>
    <message>
        <source>Probe the MX hosts on this port instead of 25 (a test lab's MX; TLSA records are still looked up for port 25).</source>
        <translation>MX ホストを 25 ではなくこのポートで調査します (テスト環境の MX 用。TLSA レコードはポート 25 のものを検索します)。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Fetch the MTA-STS policy on this port instead of 443 (a test lab's policy host).</source>
        <translation>MTA-STS ポリシーを 443 ではなくこのポートから取得します (テスト環境のポリシーホスト用)。</translation>
    </message>
    <message>
        <source>domain: --mx-port and --policy-port take a port from 1 to 65535</source>
        <translation>domain: --mx-port と --policy-port には 1 から 65535 のポートを指定してください</translation>
    </message>
</context>
<context>
    <name>mailtls::DomainDefence</name>
    <message>
        <source>; DANE senders would refuse it</source>
        <translation>。DANE 送信側は接続を拒否します</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>TLSA %1, matches %2</source>
        <translation>TLSA %1、一致 %2</translation>
    </message>
    <message>
        <source>undecided (%1 TLSA: %2)</source>
        <translation>未確定 (%1 TLSA: %2)</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>未確定</translation>
    </message>
    <message>
        <source>not protected against downgrade</source>
        <translation>ダウングレードから保護されていない</translation>
    </message>
    <message>
        <source>protected by MTA-STS</source>
        <translation>MTA-STS で保護</translation>
    </message>
    <message>
        <source>protected by DANE</source>
        <translation>DANE で保護</translation>
    </message>
    <message>
        <source>protected by DANE and MTA-STS</source>
        <translation>DANE と MTA-STS で保護</translation>
    </message>
    <message>
        <source>%1 was not probed on port 25: its certificate and versions are unknown</source>
        <translation>%1 のポート 25 は調査されていません。証明書とバージョンは不明です</translation>
    </message>
    <message>
        <source>the policy at %1: %2</source>
        <translation>%1 のポリシー: %2</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>ポリシー %1</translation>
    </message>
    <message>
        <source>%1 TXT: %2: whether MTA-STS is published is unknown</source>
        <translation>%1 TXT: %2。MTA-STS が公開されているかは不明です</translation>
    </message>
    <message>
        <source>a policy is served at %1 but no _mta-sts TXT record announces it: senders never fetch it</source>
        <translation>%1 でポリシーが提供されていますが、それを告知する _mta-sts TXT レコードがありません。送信側は取得しません</translation>
    </message>
    <message>
        <source>the record announces a policy (id=%1) that senders cannot use</source>
        <translation>レコードが告知するポリシー (id=%1) を送信側は使えません</translation>
    </message>
    <message>
        <source>MX %1 matches no mx pattern of the policy</source>
        <translation>MX %1 はポリシーのどの mx パターンにも一致しません</translation>
    </message>
    <message>
        <source>the policy's pattern %1 matches no MX host</source>
        <translation>ポリシーのパターン %1 はどの MX ホストにも一致しません</translation>
    </message>
    <message>
        <source>the policy changed since %1 but its id (%2) did not: senders that cached the old policy keep it until it expires</source>
        <translation>%1 以降ポリシーが変わりましたが id (%2) は変わっていません。古いポリシーをキャッシュした送信側は期限まで使い続けます</translation>
    </message>
    <message>
        <source>the enforced MTA-STS policy does not list %1: senders that apply it do not deliver to it</source>
        <translation>enforce の MTA-STS ポリシーに %1 が載っていません。それを適用する送信側は配送しません</translation>
    </message>
    <message>
        <source>the enforced MTA-STS policy demands a certificate that chains to a trusted root and names %1; the one it presents does not</source>
        <translation>enforce の MTA-STS ポリシーは、信頼できるルートにつながり %1 を名前に含む証明書を求めますが、提示された証明書はそうではありません</translation>
    </message>
    <message>
        <source>the enforced MTA-STS policy demands STARTTLS with TLS 1.2 or later of %1</source>
        <translation>enforce の MTA-STS ポリシーは %1 に TLS 1.2 以降の STARTTLS を求めます</translation>
    </message>
    <message>
        <source>MX lookup failed (%1): undecided</source>
        <translation>MX の検索に失敗(%1): 未決定</translation>
    </message>
    <message>
        <source>takes no mail (null MX)</source>
        <translation>メールを受け取らない(null MX)</translation>
    </message>
    <message>
        <source>no MX record: mail goes to the domain's own address, unprotected</source>
        <translation>MX レコードなし: メールはドメイン自体のアドレスに届き、保護されていない</translation>
    </message>
    <message>
        <source>%1 of %2 MX hosts protected</source>
        <translation>MX ホスト %2 台中 %1 台が保護されている</translation>
    </message>
    <message numerus="yes">
        <source> (%n undecided)</source>
        <translation>
            <numerusform>(未決定 %n 台)</numerusform>
        </translation>
    </message>
    <message>
        <source>undecided (%1 TXT: %2)</source>
        <translation>未決定(%1 TXT: %2)</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>不正: %1</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未公開</translation>
    </message>
    <message>
        <source>not in force</source>
        <translation>適用されていない</translation>
    </message>
</context>
<context>
    <name>mailtls::EndpointDetails</name>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message numerus="yes">
        <source>Probe of %n address(es): %1</source>
        <translation>
            <numerusform>%n 個のアドレスの調査: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not probed yet</source>
        <translation>まだプローブしていません</translation>
    </message>
    <message>
        <source>Filter suites (name, key exchange, cipher, strength...)</source>
        <translation>スイートを絞り込む (名前、鍵交換、暗号、強度など)</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>強度:</translation>
    </message>
    <message>
        <source>Broken: SSL 2.0, export, NULL, anonymous, RC4, under 112 bits, 64-bit blocks or an MD5 MAC</source>
        <translation>破られている: SSL 2.0、輸出用、NULL、匿名、RC4、112 ビット未満、64 ビットブロック、MD5 MAC</translation>
    </message>
    <message>
        <source>No forward secrecy: recorded traffic opens with the server's key</source>
        <translation>前方秘匿性なし: 記録された通信はサーバーの鍵で復号できます</translation>
    </message>
    <message>
        <source>Forward secrecy without AEAD (CBC with a MAC, or an 8-byte tag)</source>
        <translation>前方秘匿性あり、AEAD なし (MAC 付き CBC、または 8 バイトのタグ)</translation>
    </message>
    <message>
        <source>Forward secrecy and AEAD (GCM, CCM, ChaCha20-Poly1305)</source>
        <translation>前方秘匿性と AEAD (GCM、CCM、ChaCha20-Poly1305)</translation>
    </message>
    <message>
        <source>server name %1</source>
        <translation>サーバー名 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) in %1 s</source>
        <translation>
            <numerusform>%1 秒で %n 回の接続</numerusform>
        </translation>
    </message>
    <message>
        <source>Probe: %1</source>
        <translation>プローブ: %1</translation>
    </message>
    <message>
        <source>negotiates %1 with %2</source>
        <translation>%1 と %2 でネゴシエート</translation>
    </message>
    <message>
        <source>negotiates %1 with %2 over %3</source>
        <translation>%3 上で %1 と %2 でネゴシエート</translation>
    </message>
    <message>
        <source>certificate expired %1</source>
        <translation>証明書は %1 に期限切れ</translation>
    </message>
    <message>
        <source>certificate valid until %1</source>
        <translation>証明書は %1 まで有効</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (不完全)</translation>
    </message>
    <message>
        <source>Some evidence is missing: the state may be better than the truth.</source>
        <translation>一部の証拠が欠けています。実際より良い状態に見えている可能性があります。</translation>
    </message>
    <message>
        <source>C: sent by the auditor    S: sent by the server    indented: the auditor's notes</source>
        <translation>C: 監査ツールが送信    S: サーバーが送信    字下げ: 監査ツールの注記</translation>
    </message>
    <message>
        <source>(cut at %1 KiB)</source>
        <translation>(%1 KiB で打ち切り)</translation>
    </message>
    <message>
        <source>No real message seen on this hop yet: import Received: headers (mailtls-auditor path --record) to see what mail actually used.</source>
        <translation>このホップを通った実際のメッセージはまだありません。Received: ヘッダーを取り込むと (mailtls-auditor path --record)、実際のメールが何を使ったかがわかります。</translation>
    </message>
    <message>
        <source>What real messages used on this hop, from their Received: headers.</source>
        <translation>このホップで実際のメッセージが使ったもの (Received: ヘッダーから)。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Cipher suites (%1)</source>
        <translation>暗号スイート (%1)</translation>
    </message>
    <message>
        <source>Cipher suites (%1 of %2)</source>
        <translation>暗号スイート (%2 件中 %1 件)</translation>
    </message>
    <message>
        <source>Key exchange</source>
        <translation>鍵交換</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>認証情報</translation>
    </message>
    <message>
        <source>Transcript (%1)</source>
        <translation>通信記録 (%1)</translation>
    </message>
    <message>
        <source>Observed (%1)</source>
        <translation>観測 (%1)</translation>
    </message>
    <message>
        <source>Select a host, a link or an endpoint
to see what it answered.</source>
        <translation>ホスト、リンク、エンドポイントを選ぶと
その応答内容が表示されます。</translation>
    </message>
    <message>
        <source>Hygiene</source>
        <translation>衛生チェック</translation>
    </message>
</context>
<context>
    <name>mailtls::EndpointProbe</name>
    <message>
        <source>the endpoint's time ran out while backing off</source>
        <translation>待機（バックオフ）中にエンドポイントの制限時間が尽きました</translation>
    </message>
    <message>
        <source>address %1, %2 of the %3 addresses of %4</source>
        <translation>アドレス %1（%4 の %3 個のアドレスのうち %2 番目）</translation>
    </message>
    <message>
        <source>the server closed the connection after our long and our short hello</source>
        <translation>サーバーはこちらの長い hello と短い hello の両方の直後に接続を閉じました</translation>
    </message>
    <message>
        <source>the server closed the connection after our hello, twice</source>
        <translation>サーバーはこちらの hello の直後に接続を閉じました (2 回)</translation>
    </message>
    <message>
        <source>protocol violation: the server chose %1, a TLS 1.2 suite, in %2</source>
        <translation>プロトコル違反: サーバーは %2 で TLS 1.2 のスイート %1 を選びました</translation>
    </message>
    <message>
        <source>the server dropped connections beyond %1 at once; the rest was asked with at most %1</source>
        <translation>サーバーは同時に %1 を超える接続を切断しました。残りは最大 %1 接続で確認しました</translation>
    </message>
    <message>
        <source>the main handshake negotiated %1 with %2, which this version's own test did not see (%3, asked twice)</source>
        <translation>メインのハンドシェイクは %1 と %2 でネゴシエートしましたが、このバージョン自体のテストでは確認できませんでした (%3、2 回確認)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>受け入れ</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>protocol violation: the server answered with %1, above the %2 offered</source>
        <translation>プロトコル違反: サーバーは提示した %2 より上の %1 で応答しました</translation>
    </message>
    <message>
        <source>the server closed the connection after our hello</source>
        <translation>サーバーはこちらの hello の直後に接続を閉じました</translation>
    </message>
    <message>
        <source>the server ended the handshake with alert %1 at level %2, which refuses nothing</source>
        <translation>サーバーはレベル %2 のアラート %1 でハンドシェイクを終えました (何も拒否していません)</translation>
    </message>
    <message>
        <source>the server does not offer STARTTLS</source>
        <translation>サーバーは STARTTLS を提供していません</translation>
    </message>
    <message>
        <source>not an HTTP response</source>
        <translation>HTTP の応答ではありません</translation>
    </message>
    <message>
        <source>suite list incomplete: %1</source>
        <translation>暗号スイートの一覧は不完全です: %1</translation>
    </message>
    <message>
        <source>the server chose %1, which was not offered</source>
        <translation>サーバーは提示していない %1 を選びました</translation>
    </message>
    <message>
        <source>rate limited; retrying</source>
        <translation>レート制限を受けたため再試行します</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS ハンドシェイク</translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation>TLS 確立: %1、%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>no connection slot before the deadline</source>
        <translation>期限までに接続枠が空きませんでした</translation>
    </message>
    <message>
        <source>group list incomplete: %1</source>
        <translation>グループの一覧は不完全です: %1</translation>
    </message>
    <message>
        <source>the server chose group %1, which was not offered</source>
        <translation>サーバーは提示していないグループ %1 を選びました</translation>
    </message>
    <message>
        <source>the server answered with %1</source>
        <translation>サーバーは %1 で応答しました</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>アラート %1</translation>
    </message>
    <message>
        <source>the server answered with bytes that are not TLS</source>
        <translation>サーバーは TLS ではないバイト列で応答しました</translation>
    </message>
    <message>
        <source>the server refuses long ClientHellos; suites were offered %1 at a time</source>
        <translation>サーバーは長い ClientHello を拒否します。スイートは %1 個ずつ提示しました</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>not asked: the main connection ended with %1</source>
        <translation>未確認: メインの接続が %1 で終わりました</translation>
    </message>
    <message>
        <source>simple bind before StartTLS undecided: %1</source>
        <translation>StartTLS 前の単純バインドは未判定: %1</translation>
    </message>
    <message>
        <source>simple bind before StartTLS, on a connection of its own</source>
        <translation>StartTLS 前の単純バインド (専用の接続で確認)</translation>
    </message>
    <message>
        <source>certificate %1: undecided (%2)</source>
        <translation>証明書 %1: 未判定 (%2)</translation>
    </message>
</context>
<context>
    <name>mailtls::EvidenceSections</name>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Negotiated (a handshake offering everything)</source>
        <translation>ネゴシエート結果 (すべてを提示したハンドシェイク)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Cipher suite</source>
        <translation>暗号スイート</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>none (no ephemeral key)</source>
        <translation>なし (一時鍵なし)</translation>
    </message>
    <message>
        <source>Key exchange size</source>
        <translation>鍵交換のサイズ</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 ビット</translation>
    </message>
    <message>
        <source>Secure renegotiation (RFC 5746)</source>
        <translation>安全な再ネゴシエーション (RFC 5746)</translation>
    </message>
    <message>
        <source>Extended master secret (RFC 7627)</source>
        <translation>拡張マスターシークレット (RFC 7627)</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>ハンドシェイク</translation>
    </message>
    <message>
        <source>no handshake completed</source>
        <translation>ハンドシェイクは完了しませんでした</translation>
    </message>
    <message>
        <source>Group chosen when offered all</source>
        <translation>すべて提示したときに選ばれたグループ</translation>
    </message>
    <message>
        <source>Groups accepted</source>
        <translation>受け付けるグループ</translation>
    </message>
    <message>
        <source>Ephemeral key</source>
        <translation>一時鍵</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n suite(s))</source>
        <translation>
            <numerusform>%1 (%n スイート)</numerusform>
        </translation>
    </message>
    <message>
        <source>No ephemeral key</source>
        <translation>一時鍵なし</translation>
    </message>
    <message numerus="yes">
        <source>%n suite(s): the session key travels under the server's key</source>
        <translation>
            <numerusform>%n スイート: セッション鍵がサーバーの鍵で送られます</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>none: no handshake completed</source>
        <translation>なし: ハンドシェイクは完了しませんでした</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>識別情報</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Alternative name</source>
        <translation>別名</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>expired when probed</source>
        <translation>プローブ時に期限切れ</translation>
    </message>
    <message>
        <source>not yet valid when probed</source>
        <translation>プローブ時にまだ有効でない</translation>
    </message>
    <message>
        <source>valid when probed, expired since</source>
        <translation>プローブ時は有効、その後期限切れ</translation>
    </message>
    <message numerus="yes">
        <source>valid, %n day(s) left</source>
        <translation>
            <numerusform>有効、残り %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信頼</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>信頼済み</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>いいえ: %1</translation>
    </message>
    <message>
        <source>Name matches</source>
        <translation>名前の一致</translation>
    </message>
    <message>
        <source>not checked (no name given)</source>
        <translation>未確認 (名前の指定なし)</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>はい: %1</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>自己署名</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>チェーン</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) sent</source>
        <translation>
            <numerusform>送信された証明書 %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>Key and signature</source>
        <translation>鍵と署名</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公開鍵</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1、%2 ビット</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>署名アルゴリズム</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 フィンガープリント</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>In cleartext</source>
        <translation>平文で</translation>
    </message>
    <message>
        <source>possible: the login page is served over plain HTTP</source>
        <translation>可能: ログインページが平文の HTTP で提供されています</translation>
    </message>
    <message>
        <source>possible: the server asks for a login before TLS</source>
        <translation>可能: サーバーが TLS の前にログインを求めます</translation>
    </message>
    <message>
        <source>not offered before TLS</source>
        <translation>TLS の前には提示されません</translation>
    </message>
    <message>
        <source>Before TLS</source>
        <translation>TLS の前</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>from the first byte (implicit TLS): nothing in cleartext</source>
        <translation>最初のバイトから (暗黙の TLS): 平文は一切なし</translation>
    </message>
    <message>
        <source>by a STARTTLS upgrade of the cleartext session</source>
        <translation>平文セッションの STARTTLS による切り替え</translation>
    </message>
    <message>
        <source>none on this port (plain HTTP)</source>
        <translation>このポートではなし (平文の HTTP)</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>グリーティング</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>ソフトウェア</translation>
    </message>
    <message>
        <source>STARTTLS offered</source>
        <translation>STARTTLS の提示</translation>
    </message>
    <message>
        <source>STARTTLS succeeded</source>
        <translation>STARTTLS の成功</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>AUTH mechanisms</source>
        <translation>AUTH メカニズム</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Plaintext login (IMAP LOGIN, POP3 USER)</source>
        <translation>平文ログイン (IMAP LOGIN、POP3 USER)</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>提示あり</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>提示なし</translation>
    </message>
    <message>
        <source>Webmail (HTTP)</source>
        <translation>Web メール (HTTP)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Redirects to HTTPS</source>
        <translation>HTTPS へのリダイレクト</translation>
    </message>
    <message>
        <source>Strict-Transport-Security</source>
        <translation>Strict-Transport-Security</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>受け付ける</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Simple bind before StartTLS</source>
        <translation>StartTLS より前の単純バインド</translation>
    </message>
    <message>
        <source>Chain problem</source>
        <translation>チェーンの問題</translation>
    </message>
    <message>
        <source>Other certificates</source>
        <translation>その他の証明書</translation>
    </message>
    <message>
        <source>not known: %1</source>
        <translation>不明: %1</translation>
    </message>
    <message>
        <source>none: the server refuses a handshake without a server name</source>
        <translation>なし: サーバー名のないハンドシェイクをサーバーが拒否します</translation>
    </message>
    <message>
        <source>the same certificate</source>
        <translation>同じ証明書</translation>
    </message>
    <message>
        <source>%1 (%2, %3 bits)</source>
        <translation>%1 (%2、%3 ビット)</translation>
    </message>
    <message>
        <source>; not trusted: %1</source>
        <translation>。信頼できない: %1</translation>
    </message>
    <message>
        <source>; does not match the name</source>
        <translation>。名前が一致しない</translation>
    </message>
    <message>
        <source>; expired</source>
        <translation>。期限切れ</translation>
    </message>
    <message>
        <source>TLS hygiene</source>
        <translation>TLS 衛生チェック</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>not run: no TLS, the checks were off, or probed before they existed</source>
        <translation>未実施: TLS がないか、チェックが無効だったか、チェックの導入前の調査です</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Session resumption</source>
        <translation>セッション再開</translation>
    </message>
    <message>
        <source>By session ID</source>
        <translation>セッション ID による再開</translation>
    </message>
    <message>
        <source>By session ticket</source>
        <translation>セッションチケットによる再開</translation>
    </message>
    <message>
        <source>Ticket lifetime hint</source>
        <translation>チケットの有効期間ヒント</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Stapled OCSP response</source>
        <translation>ステープルされた OCSP 応答</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>none stapled</source>
        <translation>ステープルなし</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>応答ステータス</translation>
    </message>
    <message>
        <source>Certificate status</source>
        <translation>証明書ステータス</translation>
    </message>
    <message>
        <source>not for this certificate</source>
        <translation>この証明書のものではありません</translation>
    </message>
    <message>
        <source>Signature valid</source>
        <translation>署名が有効</translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation>有効期間内</translation>
    </message>
    <message>
        <source>For this certificate</source>
        <translation>この証明書のもの</translation>
    </message>
    <message>
        <source>This update</source>
        <translation>This update (発行時刻)</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Next update (次回更新時刻)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>DHE primes</source>
        <translation>DHE の素数</translation>
    </message>
    <message>
        <source>%1 bits, a prime of its own</source>
        <translation>%1 ビット、独自の素数</translation>
    </message>
    <message>
        <source>%1 bits, %2</source>
        <translation>%1 ビット、%2</translation>
    </message>
    <message>
        <source>Prime</source>
        <translation>素数</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>スイート</translation>
    </message>
</context>
<context>
    <name>mailtls::FindingModels</name>
    <message>
        <source>accepted risk until %1 (%2)</source>
        <translation>%1 までリスク受容 (%2)</translation>
    </message>
    <message>
        <source>open: accepted risk lapsed on %1</source>
        <translation>未対応: リスク受容は %1 に失効</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <source>%1 of %2 to do</source>
        <translation>%2 件中 %1 件が未完了</translation>
    </message>
    <message numerus="yes">
        <source>%n regression(s)</source>
        <translation>
            <numerusform>再発 %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>ソフトウェア</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>工数</translation>
    </message>
    <message>
        <source>DANE warning</source>
        <translation>DANE の警告</translation>
    </message>
</context>
<context>
    <name>mailtls::FindingsCommand</name>
    <message>
        <source>Print JSON instead of Markdown.</source>
        <translation>Markdown の代わりに JSON で出力します。</translation>
    </message>
    <message>
        <source>Endpoint: %1; links: %2</source>
        <translation>エンドポイント: %1、リンク: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注記: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>参考文献: %1</translation>
    </message>
    <message>
        <source>Check a stored audit run against a policy profile and print the findings, most severe first.</source>
        <translation>保存された監査をポリシープロファイルで評価し、指摘事項を重大度の高い順に表示します。</translation>
    </message>
    <message>
        <source>The workspace the run audited.</source>
        <translation>監査したワークスペース。</translation>
    </message>
    <message>
        <source>The run to check (default: the latest).</source>
        <translation>評価する監査 (既定: 最新)。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Also print the rules that could not be decided (incomplete).</source>
        <translation>判定できなかったルール (判定不能) も表示します。</translation>
    </message>
    <message>
        <source>Print every rule's result as JSON.</source>
        <translation>すべてのルールの結果を JSON で出力します。</translation>
    </message>
    <message>
        <source>Measure %1: %2 of %3 links protected</source>
        <translation>対策 %1: %3 リンク中 %2 リンクを保護</translation>
    </message>
    <message>
        <source>%1: run %2 started %3 (%4), profile: %5 %6</source>
        <translation>%1: 監査 %2 (開始 %3、%4)、プロファイル: %5 %6</translation>
    </message>
    <message>
        <source>%1: --workspace FILE is required</source>
        <translation>%1: --workspace FILE が必要です</translation>
    </message>
    <message>
        <source>%1: unknown profile '%2' (known: %3)</source>
        <translation>%1: 不明なプロファイル '%2' (使用可能: %3)</translation>
    </message>
    <message>
        <source>%1: --run takes a run id (see 'runs')</source>
        <translation>%1: --run には監査の ID を指定します ('runs' を参照)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: run %2 of %3 is not in %4</source>
        <translation>%1: %3 の監査 %2 は %4 にありません</translation>
    </message>
    <message>
        <source>%1: %2 has no run of %3 yet; run 'audit' first</source>
        <translation>%1: %2 には %3 の監査がまだありません。先に 'audit' を実行してください</translation>
    </message>
    <message>
        <source>Print CSV instead of Markdown.</source>
        <translation>Markdown の代わりに CSV で出力します。</translation>
    </message>
    <message>
        <source>Remediation checklist: %1, run %2</source>
        <translation>是正チェックリスト: %1、監査 %2</translation>
    </message>
    <message>
        <source>Accepted risk lapsed on %1 (owner %2): %3</source>
        <translation>リスク受容は %1 に失効 (責任者 %2): %3</translation>
    </message>
    <message>
        <source>Accepted risk until %1 (owner %2): %3</source>
        <translation>%1 までリスク受容 (責任者 %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n open finding(s)</source>
        <translation>
            <numerusform>未対応の指摘事項 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted as a risk</source>
        <translation>
            <numerusform>リスク受容 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted as a risk:</source>
        <translation>リスクとして受容済み:</translation>
    </message>
    <message>
        <source>Accepted risks no finding needs any more (remove them with 'accept --revoke'):</source>
        <translation>もう指摘事項のない受容済みリスク ('accept --revoke' で削除してください):</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>実行 %1</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>checklist: --set takes RULE@ENDPOINT=STATE, STATE one of open, in_progress, done (got '%1')</source>
        <translation>checklist: --set には RULE@ENDPOINT=STATE を指定します。STATE は open、in_progress、done のいずれかです ('%1' が指定されました)</translation>
    </message>
    <message>
        <source>checklist: %1</source>
        <translation>checklist: %1</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>Print the remediation checklist of a stored audit run: for each finding, the steps with the configuration for the software found, the command that verifies it, and the item's state, carried from one audit to the next.</source>
        <translation>保存された監査実行の改善チェックリストを表示します。指摘事項ごとに、検出されたソフトウェア向けの設定を含む手順、確認コマンド、そして監査から監査へ引き継がれる項目の状態を示します。</translation>
    </message>
    <message>
        <source>Set an item's state: RULE@ENDPOINT=open, in_progress or done.</source>
        <translation>項目の状態を設定します: RULE@ENDPOINT=open、in_progress または done。</translation>
    </message>
    <message>
        <source>item=state</source>
        <translation>項目=状態</translation>
    </message>
    <message>
        <source>A note kept with --set.</source>
        <translation>--set とともに保存するメモ。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Print every change of the items, oldest first.</source>
        <translation>項目のすべての変更を古い順に表示します。</translation>
    </message>
    <message>
        <source>The policy profile (default: m3aawg; 'profiles' lists them).</source>
        <translation>ポリシープロファイル (既定: m3aawg。一覧は 'profiles' で表示)。</translation>
    </message>
    <message>
        <source>List the built-in policy profiles: id (for --profile), version, rules and title.</source>
        <translation>組み込みポリシープロファイルを一覧表示します: ID (--profile 用)、バージョン、ルール数、題名。</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>一覧を JSON で出力します。</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n 件のルール</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailtls::FindingsPanel</name>
    <message numerus="yes">
        <source>%n check(s) could not be decided: the servers left questions unanswered, so they are neither findings nor passes.</source>
        <translation>
            <numerusform>%n 件のチェックは判定できませんでした。サーバーが問いに答えなかったため、検出事項でも合格でもありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more)</source>
        <translation>
            <numerusform>（ほか %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Show accepted risks</source>
        <translation>受容済みリスクを表示</translation>
    </message>
    <message>
        <source>Accept as Risk...</source>
        <translation>リスクとして受容...</translation>
    </message>
    <message>
        <source>Show Endpoint</source>
        <translation>エンドポイントを表示</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>すべての対策</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>対策 %1</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>すべての重大度</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>Search findings</source>
        <translation>指摘事項を検索</translation>
    </message>
    <message>
        <source>Select a finding to see its evidence.</source>
        <translation>指摘事項を選ぶと、証拠が表示されます。</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>すべてのホスト</translation>
    </message>
    <message>
        <source>Endpoint: %1; links: %2</source>
        <translation>エンドポイント: %1、リンク: %2</translation>
    </message>
    <message>
        <source>Accepted risk until %1 (owner %2): %3</source>
        <translation>%1 までリスク受容 (責任者 %2): %3</translation>
    </message>
    <message>
        <source>Accepted risk lapsed on %1 (owner %2): %3</source>
        <translation>リスク受容は %1 に失効 (責任者 %2): %3</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>証拠:</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注記: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>参考文献: %1</translation>
    </message>
</context>
<context>
    <name>mailtls::Fingerprint</name>
    <message>
        <source>unknown software</source>
        <translation>不明なソフトウェア</translation>
    </message>
    <message>
        <source>a guess from its capabilities</source>
        <translation>機能一覧からの推定</translation>
    </message>
    <message>
        <source>likely, from a capability only it offers</source>
        <translation>固有の機能からほぼ確実</translation>
    </message>
    <message>
        <source>it names itself</source>
        <translation>自ら名乗っている</translation>
    </message>
    <message>
        <source>as set in the workspace</source>
        <translation>ワークスペースの設定による</translation>
    </message>
</context>
<context>
    <name>mailtls::HistoryPanel</name>
    <message numerus="yes">
        <source>%1 (UTC): %L2 session(s) reported, %L3 failed (%4%), in %n report(s)</source>
        <translation>
            <numerusform>%1 (UTC): 報告 %L2 セッション、失敗 %L3 (%4%)、レポート %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>sessions reported</source>
        <translation>報告されたセッション数</translation>
    </message>
    <message>
        <source>failed sessions</source>
        <translation>失敗したセッション</translation>
    </message>
    <message>
        <source>successful sessions</source>
        <translation>成功したセッション</translation>
    </message>
    <message>
        <source>Sessions reported by TLS-RPT, per day</source>
        <translation>TLS-RPT で報告されたセッション (日ごと)</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Runs</source>
        <translation>選択した実行を比較(&amp;C)</translation>
    </message>
    <message>
        <source>Encrypted links per measure</source>
        <translation>対策ごとの暗号化されたリンク</translation>
    </message>
    <message>
        <source>Open findings by severity</source>
        <translation>重大度別の未対応の指摘事項</translation>
    </message>
    <message>
        <source>Endpoints accepting each TLS version</source>
        <translation>各 TLS バージョンを受け付けるエンドポイント</translation>
    </message>
    <message>
        <source>Checklist items done</source>
        <translation>完了したチェックリスト項目</translation>
    </message>
    <message>
        <source>Select two runs in the table: what was fixed, what is new, which links regressed.</source>
        <translation>表で 2 つの実行を選択してください: 修正されたもの、新たなもの、後退したリンクがわかります。</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>グラフ(&amp;H):</translation>
    </message>
    <message>
        <source>Measure 1: MTA hops</source>
        <translation>対策 1: MTA 間のホップ</translation>
    </message>
    <message>
        <source>Measure 2: internal links</source>
        <translation>対策 2: 内部リンク</translation>
    </message>
    <message>
        <source>Measure 3: user access</source>
        <translation>対策 3: 利用者のアクセス</translation>
    </message>
    <message>
        <source>links encrypted (%)</source>
        <translation>暗号化されたリンク (%)</translation>
    </message>
    <message>
        <source>open findings</source>
        <translation>未対応の指摘事項</translation>
    </message>
    <message>
        <source>endpoints accepting (%)</source>
        <translation>受け付けるエンドポイント (%)</translation>
    </message>
    <message>
        <source>done or verified</source>
        <translation>完了または検証済み</translation>
    </message>
    <message>
        <source>items</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>checklist items</source>
        <translation>チェックリスト項目</translation>
    </message>
    <message>
        <source>Run %1, %2</source>
        <translation>実行 %1、%2</translation>
    </message>
    <message>
        <source>&amp;Target Dates...</source>
        <translation>目標日(&amp;T)...</translation>
    </message>
    <message>
        <source>Dates the rollout should reach, drawn on the charts.</source>
        <translation>展開の目標日。グラフ上に表示されます。</translation>
    </message>
    <message>
        <source>Defence against downgrade</source>
        <translation>ダウングレードへの防御</translation>
    </message>
    <message>
        <source>MX hosts protected</source>
        <translation>保護されている MX ホスト</translation>
    </message>
    <message>
        <source>Domains: MTA-STS enforced</source>
        <translation>ドメイン: MTA-STS enforce</translation>
    </message>
    <message>
        <source>Domains: MTA-STS testing</source>
        <translation>ドメイン: MTA-STS testing</translation>
    </message>
    <message>
        <source>Domains: DANE on every MX</source>
        <translation>ドメイン: 全 MX で DANE</translation>
    </message>
    <message>
        <source>Domains: TLS-RPT</source>
        <translation>ドメイン: TLS-RPT</translation>
    </message>
    <message>
        <source>share (%)</source>
        <translation>割合 (%)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>書き出し(&amp;X)</translation>
    </message>
    <message>
        <source>Chart (&amp;PNG)...</source>
        <translation>グラフ (&amp;PNG)...</translation>
    </message>
    <message>
        <source>&amp;Data (CSV)...</source>
        <translation>データ (CSV)(&amp;D)...</translation>
    </message>
</context>
<context>
    <name>mailtls::HostDialog</name>
    <message>
        <source>Edit Host %1</source>
        <translation>ホスト %1 を編集</translation>
    </message>
    <message>
        <source>Add Host</source>
        <translation>ホストを追加</translation>
    </message>
    <message>
        <source>mx1</source>
        <translation>mx1</translation>
    </message>
    <message>
        <source>The short name links use for this host: letters, digits, '.', '_' and '-'.</source>
        <translation>リンクがこのホストを指すための短い名前です。英字、数字、'.'、'_'、'-' が使えます。</translation>
    </message>
    <message>
        <source>mx1.example.org</source>
        <translation>mx1.example.org</translation>
    </message>
    <message>
        <source>The DNS name clients use: sent as SNI and matched against the certificate.</source>
        <translation>クライアントが使う DNS 名です。SNI として送られ、証明書と照合されます。</translation>
    </message>
    <message>
        <source>192.0.2.10, 2001:db8::10</source>
        <translation>192.0.2.10, 2001:db8::10</translation>
    </message>
    <message>
        <source>IP addresses, separated by commas or spaces. The probes connect to the first; without one they resolve the name.</source>
        <translation>IP アドレスをカンマまたは空白で区切って指定します。プローブは最初のアドレスに接続し、アドレスがなければ名前を解決します。</translation>
    </message>
    <message>
        <source>Postfix 3.7</source>
        <translation>Postfix 3.7</translation>
    </message>
    <message>
        <source>What runs there, if known: the checklist shows the configuration for it.</source>
        <translation>わかっていれば、そこで動いているソフトウェアです。チェックリストにそのソフトウェア向けの設定が表示されます。</translation>
    </message>
    <message>
        <source>smtp:25, submission:587, imaps:993</source>
        <translation>smtp:25, submission:587, imaps:993</translation>
    </message>
    <message>
        <source>PROTOCOL[:PORT][@ADDRESS], separated by commas: smtp, submission, smtps, lmtp, imap, imaps, pop3, pop3s, sieve, ldap, ldaps, http, https. Without a port, the protocol's usual one.</source>
        <translation>PROTOCOL[:PORT][@ADDRESS] をカンマ区切りで指定します: smtp、submission、smtps、lmtp、imap、imaps、pop3、pop3s、sieve、ldap、ldaps、http、https。ポートを省くと、そのプロトコルの標準ポートになります。</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>ゾーン(&amp;Z):</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>拠点(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Software:</source>
        <translation>ソフトウェア(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>役割(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Endpoints:</source>
        <translation>エンドポイント(&amp;E):</translation>
    </message>
    <message>
        <source>Endpoints: %1</source>
        <translation>エンドポイント: %1</translation>
    </message>
    <message>
        <source>Audit results stored for '%1' stay under that id: renamed, the host shows as not probed until its next audit.</source>
        <translation>'%1' について保存された監査結果はその ID のまま残ります。名前を変えたホストは、次の監査まで未調査と表示されます。</translation>
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
    <name>mailtls::Hygiene</name>
    <message>
        <source>TLS compression (CRIME)</source>
        <translation>TLS 圧縮 (CRIME)</translation>
    </message>
    <message>
        <source>Client-initiated renegotiation</source>
        <translation>クライアント起点の再ネゴシエーション</translation>
    </message>
    <message>
        <source>Renegotiation without RFC 5746</source>
        <translation>RFC 5746 なしの再ネゴシエーション</translation>
    </message>
    <message>
        <source>Downgrade protection (TLS_FALLBACK_SCSV)</source>
        <translation>ダウングレード防止 (TLS_FALLBACK_SCSV)</translation>
    </message>
    <message>
        <source>Heartbeat extension</source>
        <translation>Heartbeat 拡張</translation>
    </message>
    <message>
        <source>Heartbleed (CVE-2014-0160)</source>
        <translation>Heartbleed (CVE-2014-0160)</translation>
    </message>
    <message>
        <source>CCS injection (CVE-2014-0224)</source>
        <translation>CCS インジェクション (CVE-2014-0224)</translation>
    </message>
    <message>
        <source>ROBOT (RSA padding oracle)</source>
        <translation>ROBOT (RSA パディングオラクル)</translation>
    </message>
    <message>
        <source>Session resumption</source>
        <translation>セッション再開</translation>
    </message>
    <message>
        <source>OCSP stapling</source>
        <translation>OCSP ステープリング</translation>
    </message>
    <message>
        <source>Weak DH prime (Logjam)</source>
        <translation>脆弱な DH 素数 (Logjam)</translation>
    </message>
    <message>
        <source>64-bit block ciphers (Sweet32)</source>
        <translation>64 ビットブロック暗号 (Sweet32)</translation>
    </message>
    <message>
        <source>SSL 3.0 with CBC (POODLE)</source>
        <translation>SSL 3.0 と CBC (POODLE)</translation>
    </message>
    <message>
        <source>not a TLS record</source>
        <translation>TLS レコードではありません</translation>
    </message>
    <message>
        <source>not asked: intrusive checks are off (--no-intrusive)</source>
        <translation>未実施: 侵襲的なチェックはオフです (--no-intrusive)</translation>
    </message>
    <message>
        <source>the heartbeat extension is not offered</source>
        <translation>heartbeat 拡張は提供されていません</translation>
    </message>
    <message>
        <source>only TLS 1.3 is accepted: the OpenSSL versions with Heartbleed (1.0.1 to 1.0.1f) speak TLS 1.2 at most</source>
        <translation>TLS 1.3 のみが受け入れられます。Heartbleed のある OpenSSL (1.0.1 から 1.0.1f) は TLS 1.2 までしか話しません</translation>
    </message>
    <message>
        <source>not asked: whether heartbeats are offered is undecided</source>
        <translation>未実施: heartbeat が提供されるかどうかが未確定です</translation>
    </message>
    <message>
        <source>the suites of %1 are not all known</source>
        <translation>%1 の暗号スイートがすべては判明していません</translation>
    </message>
    <message>
        <source>%1: the ServerHello has no renegotiation_info (RFC 5746): every renegotiation this server does is unprotected (CVE-2009-3555)</source>
        <translation>%1: ServerHello に renegotiation_info (RFC 5746) がありません。このサーバーが行う再ネゴシエーションはすべて保護されません (CVE-2009-3555)</translation>
    </message>
    <message>
        <source>whether %1 supports RFC 5746 is not known</source>
        <translation>%1 が RFC 5746 に対応しているかは不明です</translation>
    </message>
    <message>
        <source>%1: renegotiation_info in the ServerHello (RFC 5746)</source>
        <translation>%1: ServerHello に renegotiation_info (RFC 5746) があります</translation>
    </message>
    <message>
        <source>only SSL 3.0 among the versions that renegotiate, and its ServerHello to our extensionless hello cannot show RFC 5746</source>
        <translation>再ネゴシエーションを行うバージョンは SSL 3.0 のみで、拡張なしの hello への ServerHello では RFC 5746 を示せません</translation>
    </message>
    <message>
        <source>a version that could renegotiate is undecided</source>
        <translation>再ネゴシエーションしうるバージョンが未確定です</translation>
    </message>
    <message>
        <source>no version before TLS 1.3 is accepted, and TLS 1.3 has no renegotiation</source>
        <translation>TLS 1.3 より前のバージョンは受け入れられず、TLS 1.3 には再ネゴシエーションがありません</translation>
    </message>
    <message>
        <source>a prime of its own</source>
        <translation>独自の素数</translation>
    </message>
    <message>
        <source>%1-bit DHE prime, %2: %3</source>
        <translation>%1 ビットの DHE 素数、%2: %3</translation>
    </message>
    <message>
        <source>under 1024 bits</source>
        <translation>1024 ビット未満</translation>
    </message>
    <message>
        <source>a shared 1024-bit prime (Logjam)</source>
        <translation>共有された 1024 ビット素数 (Logjam)</translation>
    </message>
    <message>
        <source>export-grade DHE accepted (Logjam downgrade): %1</source>
        <translation>輸出グレードの DHE が受け入れられます (Logjam ダウングレード): %1</translation>
    </message>
    <message>
        <source>no DHE suite is accepted</source>
        <translation>DHE スイートは受け入れられません</translation>
    </message>
    <message>
        <source>64-bit block ciphers accepted: %1</source>
        <translation>64 ビットブロック暗号が受け入れられます: %1</translation>
    </message>
    <message>
        <source>no suite with a 64-bit block cipher (3DES, DES, IDEA, RC2) is accepted</source>
        <translation>64 ビットブロック暗号 (3DES、DES、IDEA、RC2) のスイートは受け入れられません</translation>
    </message>
    <message>
        <source>whether SSL 3.0 is accepted is undecided</source>
        <translation>SSL 3.0 が受け入れられるかは未確定です</translation>
    </message>
    <message>
        <source>whether SSL 3.0 is accepted is undecided: %1</source>
        <translation>SSL 3.0 が受け入れられるかは未確定です: %1</translation>
    </message>
    <message>
        <source>SSL 3.0 is refused</source>
        <translation>SSL 3.0 は拒否されます</translation>
    </message>
    <message>
        <source>SSL 3.0 accepted with CBC suites: %1</source>
        <translation>SSL 3.0 が CBC スイートとともに受け入れられます: %1</translation>
    </message>
    <message>
        <source>SSL 3.0 is accepted, and its suites are not all known</source>
        <translation>SSL 3.0 は受け入れられ、そのスイートがすべては判明していません</translation>
    </message>
    <message>
        <source>SSL 3.0 is accepted, but with no CBC suite (%1)</source>
        <translation>SSL 3.0 は受け入れられますが、CBC スイートはありません (%1)</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>アラート %1</translation>
    </message>
    <message>
        <source>only TLS 1.3 is accepted, which has no compression</source>
        <translation>TLS 1.3 のみが受け入れられ、TLS 1.3 には圧縮がありません</translation>
    </message>
    <message>
        <source>only TLS 1.3 is accepted, where the extension's answer is encrypted</source>
        <translation>TLS 1.3 のみが受け入れられ、拡張への応答は暗号化されています</translation>
    </message>
    <message>
        <source>no version from SSL 3.0 to TLS 1.2 is known to be accepted</source>
        <translation>SSL 3.0 から TLS 1.2 までで受け入れられると判明しているバージョンはありません</translation>
    </message>
    <message>
        <source>%1: the ServerHello chose compression method %2 (1: DEFLATE)</source>
        <translation>%1: ServerHello は圧縮方式 %2 (1: DEFLATE) を選びました</translation>
    </message>
    <message>
        <source>%1: offered DEFLATE, the ServerHello chose no compression</source>
        <translation>%1: DEFLATE を提示しましたが、ServerHello は圧縮なしを選びました</translation>
    </message>
    <message>
        <source>%1: the ServerHello has the heartbeat extension</source>
        <translation>%1: ServerHello に heartbeat 拡張があります</translation>
    </message>
    <message>
        <source>%1: the ServerHello has no heartbeat extension</source>
        <translation>%1: ServerHello に heartbeat 拡張はありません</translation>
    </message>
    <message>
        <source>%1: the server refused a hello offering DEFLATE (%2)</source>
        <translation>%1: サーバーは DEFLATE を提示する hello を拒否しました (%2)</translation>
    </message>
    <message>
        <source>%1: the server refused a hello with the heartbeat extension (%2)</source>
        <translation>%1: サーバーは heartbeat 拡張付きの hello を拒否しました (%2)</translation>
    </message>
    <message>
        <source>the answer to a hello with the heartbeat extension was not TLS</source>
        <translation>heartbeat 拡張付き hello への応答は TLS ではありませんでした</translation>
    </message>
    <message>
        <source>the answer to our hello was not a ServerHello</source>
        <translation>こちらの ClientHello への応答が ServerHello ではありませんでした</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a version is undecided: whether there is one to fall back to is not known</source>
        <translation>未確定のバージョンがあり、フォールバック先があるかは不明です</translation>
    </message>
    <message>
        <source>no version is accepted</source>
        <translation>受け入れられるバージョンはありません</translation>
    </message>
    <message>
        <source>only %1 is accepted: there is no version to fall back to</source>
        <translation>%1 のみが受け入れられ、フォールバック先のバージョンはありません</translation>
    </message>
    <message>
        <source>no suite of the versions below %1 is known</source>
        <translation>%1 より下のバージョンのスイートは判明していません</translation>
    </message>
    <message>
        <source>a %1 hello with TLS_FALLBACK_SCSV, %2 being accepted</source>
        <translation>%2 が受け入れられる状態での TLS_FALLBACK_SCSV 付き %1 hello</translation>
    </message>
    <message>
        <source>%1: inappropriate_fallback alert</source>
        <translation>%1: inappropriate_fallback アラート</translation>
    </message>
    <message>
        <source>%1: the server went on with %2 (%3)</source>
        <translation>%1: サーバーは %2 (%3) で続行しました</translation>
    </message>
    <message>
        <source>%1: %2, not inappropriate_fallback (86)</source>
        <translation>%1: %2 (inappropriate_fallback (86) ではありません)</translation>
    </message>
    <message>
        <source>%1: the answer was not TLS</source>
        <translation>%1: 応答は TLS ではありませんでした</translation>
    </message>
    <message>
        <source>fatal alert %1</source>
        <translation>致命的アラート %1</translation>
    </message>
    <message>
        <source>a record of type %1 where a heartbeat response or an alert was due</source>
        <translation>ハートビート応答かアラートが来るべきところに、タイプ %1 のレコード</translation>
    </message>
    <message numerus="yes">
        <source>a heartbeat record of %n byte(s) that is no heartbeat response</source>
        <translation>
            <numerusform>ハートビート応答ではない %n バイトのハートビートレコード</numerusform>
        </translation>
    </message>
    <message>
        <source>a heartbeat response of %1 bytes to a request of %2 bytes claiming %3 (%4 bytes beyond the request, not kept)</source>
        <translation>%3 バイトと称する %2 バイトの要求に対し、%1 バイトのハートビート応答 (要求を %4 バイト超過、内容は保持せず)</translation>
    </message>
    <message>
        <source>a heartbeat response of %1 bytes to a request of %2 bytes claiming %3</source>
        <translation>%3 バイトと称する %2 バイトの要求に対し、%1 バイトのハートビート応答</translation>
    </message>
    <message>
        <source>the well-formed heartbeat was answered as sent (%1 bytes), the malformed one claiming %2 bytes not at all</source>
        <translation>正しい形式のハートビートには送ったとおりの応答 (%1 バイト)、%2 バイトと称する不正な形式のものには応答なし</translation>
    </message>
    <message>
        <source>a heartbeat response of %1 bytes with payload_length %2, which answers neither request as sent</source>
        <translation>payload_length が %2 の %1 バイトのハートビート応答 (どちらの要求にも送ったとおりには対応していない)</translation>
    </message>
    <message>
        <source>no heartbeat response or alert within %1 records or %2 bytes</source>
        <translation>%1 レコードまたは %2 バイト以内にハートビート応答もアラートもなし</translation>
    </message>
    <message>
        <source>the server refused our hello (alert %1)</source>
        <translation>サーバーがこちらの hello を拒否しました (アラート %1)</translation>
    </message>
    <message>
        <source>the server's first flight did not end with ServerHelloDone</source>
        <translation>サーバーの最初のフライトが ServerHelloDone で終わりませんでした</translation>
    </message>
    <message>
        <source>%1: a heartbeat claiming %2 bytes with %3 sent, then a well-formed one, before the handshake's end</source>
        <translation>%1: ハンドシェイク完了前に、%3 バイトだけ送って %2 バイトと称するハートビート、続けて正しい形式のもの</translation>
    </message>
    <message>
        <source>%1: this ServerHello had no heartbeat extension</source>
        <translation>%1: この ServerHello には heartbeat 拡張がありませんでした</translation>
    </message>
    <message>
        <source>%1: the server closed the connection</source>
        <translation>%1: サーバーが接続を閉じました</translation>
    </message>
    <message>
        <source>the server closed the connection on the heartbeats, twice</source>
        <translation>サーバーはハートビートに対して接続を閉じました (2 回)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>%1: no answer before the deadline</source>
        <translation>%1: 期限までに応答なし</translation>
    </message>
    <message>
        <source>a record of type %1 where an alert was due</source>
        <translation>アラートが来るべきところに、タイプ %1 のレコード</translation>
    </message>
    <message>
        <source>no alert within %1 records</source>
        <translation>%1 レコード以内にアラートなし</translation>
    </message>
    <message>
        <source>only TLS 1.3 accepted; the vulnerable OpenSSL versions do not speak it</source>
        <translation>TLS 1.3 のみ受け入れ。脆弱な OpenSSL のバージョンは TLS 1.3 を話しません</translation>
    </message>
    <message>
        <source>no version from SSL 3.0 to TLS 1.2 is known to be accepted with its suites</source>
        <translation>SSL 3.0 から TLS 1.2 までのバージョンで、スイートとともに受け入れが確認されたものはありません</translation>
    </message>
    <message>
        <source>%1: a ChangeCipherSpec before the key exchange, then a record of %2 random bytes</source>
        <translation>%1: 鍵交換の前に ChangeCipherSpec、続けて %2 バイトのランダムなレコード</translation>
    </message>
    <message>
        <source>%1: unexpected_message alert (the ChangeCipherSpec was refused)</source>
        <translation>%1: unexpected_message アラート (ChangeCipherSpec は拒否されました)</translation>
    </message>
    <message>
        <source>%1: %2 alert (the ChangeCipherSpec was taken, our record read under its keys)</source>
        <translation>%1: %2 アラート (ChangeCipherSpec が受け入れられ、こちらのレコードがその鍵で読まれました)</translation>
    </message>
    <message>
        <source>%1: fatal alert %2, none of unexpected_message (10), bad_record_mac (20) and decryption_failed (21)</source>
        <translation>%1: 致命的アラート %2 (unexpected_message (10)、bad_record_mac (20)、decryption_failed (21) のいずれでもない)</translation>
    </message>
    <message>
        <source>the server closed the connection on the early ChangeCipherSpec, twice</source>
        <translation>サーバーは早すぎる ChangeCipherSpec に対して接続を閉じました (2 回)</translation>
    </message>
    <message>
        <source>warning alert %1</source>
        <translation>警告アラート %1</translation>
    </message>
    <message>
        <source>a record of type %1</source>
        <translation>タイプ %1 のレコード</translation>
    </message>
    <message>
        <source>a close without an alert</source>
        <translation>アラートなしの切断</translation>
    </message>
    <message>
        <source>a reset connection</source>
        <translation>接続のリセット</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 ミリ秒以内に応答なし</translation>
    </message>
    <message>
        <source>1 (well-formed)</source>
        <translation>1（正しい形式）</translation>
    </message>
    <message>
        <source>2 (wrong first bytes)</source>
        <translation>2（先頭バイトが不正）</translation>
    </message>
    <message>
        <source>3 (no 0x00 separator)</source>
        <translation>3（0x00 区切りなし）</translation>
    </message>
    <message>
        <source>4 (0x00 misplaced)</source>
        <translation>4（0x00 の位置が不正）</translation>
    </message>
    <message>
        <source>5 (wrong version)</source>
        <translation>5（バージョンが不正）</translation>
    </message>
    <message>
        <source>the server's certificate could not be read</source>
        <translation>サーバー証明書を読み取れませんでした</translation>
    </message>
    <message>
        <source>the server's certificate has no RSA key, though an RSA key exchange was chosen</source>
        <translation>RSA 鍵交換が選ばれましたが、サーバー証明書に RSA 鍵がありません</translation>
    </message>
    <message>
        <source>the server's RSA key has an unusable size (%1 bytes)</source>
        <translation>サーバーの RSA 鍵のサイズ（%1 バイト）は扱えません</translation>
    </message>
    <message>
        <source>%1, %2, %3-bit RSA key</source>
        <translation>%1、%2、%3 ビット RSA 鍵</translation>
    </message>
    <message>
        <source>the premaster secret could not be encrypted with the server's key</source>
        <translation>プリマスターシークレットをサーバーの鍵で暗号化できませんでした</translation>
    </message>
    <message>
        <source>the server refused our hello with alert %1</source>
        <translation>サーバーはこちらの ClientHello をアラート %1 で拒否しました</translation>
    </message>
    <message>
        <source>the server chose %1, which is no RSA key exchange suite we offered</source>
        <translation>サーバーは %1 を選びましたが、これはこちらが提示した RSA 鍵交換スイートではありません</translation>
    </message>
    <message>
        <source>the server's flight did not end with ServerHelloDone</source>
        <translation>サーバーのフライトが ServerHelloDone で終わりませんでした</translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation>サーバーは証明書を送りませんでした</translation>
    </message>
    <message>
        <source>payload %1: %2</source>
        <translation>ペイロード %1: %2</translation>
    </message>
    <message>
        <source>payloads %1: %2</source>
        <translation>ペイロード %1: %2</translation>
    </message>
    <message>
        <source>no RSA key exchange suite is accepted</source>
        <translation>RSA 鍵交換のスイートは受け入れられていません</translation>
    </message>
    <message>
        <source>no RSA key exchange suite is known to be accepted, but the versions and suites are not all decided</source>
        <translation>受け入れられている RSA 鍵交換スイートは見つかっていませんが、バージョンとスイートがすべて判定済みではありません</translation>
    </message>
    <message>
        <source>ROBOT's five key exchanges, twice, at %1</source>
        <translation>ROBOT の 5 種類の鍵交換を 2 回ずつ（%1）</translation>
    </message>
    <message>
        <source>inconsistent answers: payload %1 got %2, then %3</source>
        <translation>応答が一貫しません: ペイロード %1 への応答は %2、次は %3</translation>
    </message>
    <message>
        <source>the server answered none of the key exchanges within %1 ms</source>
        <translation>サーバーはどの鍵交換にも %1 ミリ秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>the server asks for a client certificate and refused each key exchange without one (%1): the padding was never judged</source>
        <translation>サーバーはクライアント証明書を要求し、証明書のない鍵交換をすべて拒否しました（%1）: パディングは判定されていません</translation>
    </message>
    <message>
        <source>the same answer to all five, in both rounds: %1</source>
        <translation>5 種類すべてに、2 回とも同じ応答: %1</translation>
    </message>
    <message>
        <source>a strong oracle: the answers to payloads 2, 3 and 4 differ, so a premaster secret that merely starts 00 02 stands out</source>
        <translation>強いオラクル: ペイロード 2、3、4 への応答が異なるため、00 02 で始まるだけのプリマスターシークレットが見分けられます</translation>
    </message>
    <message>
        <source>a weak oracle: only a block well-formed up to its length (payloads 1 or 5) stands out</source>
        <translation>弱いオラクル: 長さまで正しい形式のブロック（ペイロード 1 または 5）だけが見分けられます</translation>
    </message>
    <message>
        <source>the same in both rounds: %1</source>
        <translation>2 回とも同じ: %1</translation>
    </message>
    <message>
        <source>some payloads got no alert (a close, a reset or silence) where others did: the ROBOT paper counts these shapes of an answer as an oracle too</source>
        <translation>一部のペイロードには、他のペイロードと違ってアラートがありませんでした（切断、リセット、または無応答）。ROBOT の論文はこうした応答の違いもオラクルとみなします</translation>
    </message>
    <message>
        <source>no suite of the versions up to TLS 1.2 is known to ask with</source>
        <translation>TLS 1.2 以前のバージョンで問い合わせに使える暗号スイートが判明していません</translation>
    </message>
    <message>
        <source>%1: the handshake before the renegotiation failed: %2</source>
        <translation>%1: 再ネゴシエーション前のハンドシェイクに失敗しました: %2</translation>
    </message>
    <message>
        <source>%1: a renegotiation the client started completed</source>
        <translation>%1: クライアントが開始した再ネゴシエーションが完了しました</translation>
    </message>
    <message>
        <source>%1: the server refused a renegotiation the client started (no_renegotiation alert)</source>
        <translation>%1: クライアントが開始した再ネゴシエーションをサーバーが拒否しました (no_renegotiation アラート)</translation>
    </message>
    <message>
        <source>%1: the server ended a renegotiation the client started: %2</source>
        <translation>%1: クライアントが開始した再ネゴシエーションをサーバーが打ち切りました: %2</translation>
    </message>
    <message>
        <source>%1: the server closed the connection after the client's renegotiation hello, twice</source>
        <translation>%1: クライアントの再ネゴシエーションの hello の後、サーバーが接続を閉じました (2 回とも)</translation>
    </message>
    <message>
        <source>the server closes connections that renegotiate</source>
        <translation>このサーバーは再ネゴシエーションを試みる接続を閉じます</translation>
    </message>
    <message>
        <source>%1: the connection closed after the client's renegotiation hello, and was not asked again</source>
        <translation>%1: クライアントの再ネゴシエーションの hello の後に接続が閉じられ、再度の問い合わせはしていません</translation>
    </message>
    <message>
        <source>%1: no answer to the client's renegotiation hello by the deadline</source>
        <translation>%1: クライアントの再ネゴシエーションの hello に期限までに応答がありませんでした</translation>
    </message>
    <message>
        <source>%1: the renegotiation could not be asked: %2</source>
        <translation>%1: 再ネゴシエーションを問い合わせられませんでした: %2</translation>
    </message>
    <message>
        <source>%1: resuming by %2, the handshake failed: %3</source>
        <translation>%1: %2 による再開でハンドシェイクに失敗しました: %3</translation>
    </message>
    <message>
        <source>%1: a session was resumed by %2</source>
        <translation>%1: %2 によってセッションが再開されました</translation>
    </message>
    <message>
        <source>%1: a session offered by %2 was not resumed (full handshake)</source>
        <translation>%1: %2 で提示したセッションは再開されませんでした (フルハンドシェイク)</translation>
    </message>
    <message>
        <source>no version OpenSSL can resume with is known to be accepted</source>
        <translation>OpenSSL で再開に使えるバージョンが受け入れられるとは判明していません</translation>
    </message>
    <message>
        <source>session ID</source>
        <translation>セッション ID</translation>
    </message>
    <message>
        <source>session ticket</source>
        <translation>セッションチケット</translation>
    </message>
    <message>
        <source>%1: the handshake offering tickets failed: %2</source>
        <translation>%1: チケットを提示するハンドシェイクに失敗しました: %2</translation>
    </message>
    <message>
        <source>it left no session</source>
        <translation>セッションが残りませんでした</translation>
    </message>
    <message>
        <source>%1: the server issued a session ticket (lifetime hint %2 s)</source>
        <translation>%1: サーバーがセッションチケットを発行しました (有効期間のヒント %2 秒)</translation>
    </message>
    <message>
        <source>%1: no session ticket within %2 s of the handshake</source>
        <translation>%1: ハンドシェイク後 %2 秒以内にセッションチケットは届きませんでした</translation>
    </message>
    <message>
        <source>%1: no session ticket issued to a hello offering the extension</source>
        <translation>%1: 拡張を提示した hello に対してセッションチケットは発行されませんでした</translation>
    </message>
    <message>
        <source>no suite of the versions up to TLS 1.2 is known to resume by session ID with</source>
        <translation>TLS 1.2 以前のバージョンでセッション ID による再開に使える暗号スイートが判明していません</translation>
    </message>
    <message>
        <source>TLS 1.3 has no resumption by session ID (only TLS 1.3 is accepted)</source>
        <translation>TLS 1.3 にはセッション ID による再開はありません (TLS 1.3 のみ受け入れられています)</translation>
    </message>
    <message>
        <source>%1: the handshake offering no ticket failed: %2</source>
        <translation>%1: チケットを提示しないハンドシェイクに失敗しました: %2</translation>
    </message>
    <message>
        <source>%1: the ServerHello has no session ID (no session cache)</source>
        <translation>%1: ServerHello にセッション ID がありません (セッションキャッシュなし)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>no TLS handshake completed: whether a response is stapled is not known</source>
        <translation>TLS ハンドシェイクが完了しなかったため、応答がステープルされるかどうかは不明です</translation>
    </message>
    <message>
        <source>no OCSP response stapled</source>
        <translation>OCSP 応答はステープルされていません</translation>
    </message>
    <message>
        <source>the certificate names no OCSP responder: there is nothing to staple</source>
        <translation>証明書は OCSP レスポンダーを示していません。ステープルするものがありません</translation>
    </message>
    <message numerus="yes">
        <source>a response is stapled, but it is not an OCSP response (%n byte(s))</source>
        <translation>
            <numerusform>応答はステープルされていますが、OCSP 応答ではありません (%n バイト)</numerusform>
        </translation>
    </message>
    <message>
        <source>stapled OCSP response: %1, with no certificate status</source>
        <translation>ステープルされた OCSP 応答: %1 (証明書の状態を含みません)</translation>
    </message>
    <message>
        <source>stapled OCSP response: successful, but not a basic response</source>
        <translation>ステープルされた OCSP 応答: successful ですが、basic 応答ではありません</translation>
    </message>
    <message>
        <source>the response's signature verifies (the issuer or its delegated responder)</source>
        <translation>応答の署名は検証できました (発行者またはその委任を受けたレスポンダー)</translation>
    </message>
    <message>
        <source>the response's signature does not verify: %1</source>
        <translation>応答の署名を検証できません: %1</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>理由は不明</translation>
    </message>
    <message>
        <source>the trust store could not be loaded: the signature is not judged</source>
        <translation>トラストストアを読み込めなかったため、署名は判定していません</translation>
    </message>
    <message>
        <source>the leaf's issuer is not known: whether the response is for it is not judged</source>
        <translation>リーフ証明書の発行者が不明なため、応答がその証明書のものかどうかは判定していません</translation>
    </message>
    <message>
        <source>no certificate to judge the response against</source>
        <translation>応答を照合する証明書がありません</translation>
    </message>
    <message numerus="yes">
        <source>the response names %n other certificate(s), not the server's</source>
        <translation>
            <numerusform>応答が示しているのはサーバーの証明書ではなく、別の証明書 %n 件です</numerusform>
        </translation>
    </message>
    <message>
        <source>the server's certificate is revoked (since %1)</source>
        <translation>サーバーの証明書は失効しています (%1 から)</translation>
    </message>
    <message>
        <source>certificate status: %1</source>
        <translation>証明書の状態: %1</translation>
    </message>
    <message>
        <source>fresh: this update %1, next update %2</source>
        <translation>有効期間内: thisUpdate %1、nextUpdate %2</translation>
    </message>
    <message>
        <source>not fresh: this update %1, next update %2</source>
        <translation>有効期間外: thisUpdate %1、nextUpdate %2</translation>
    </message>
</context>
<context>
    <name>mailtls::HygieneLabels</name>
    <message>
        <source>not given</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>未確定</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>the stapled response was not read</source>
        <translation>ステープルされた応答を読み取れませんでした</translation>
    </message>
    <message>
        <source>the stapled response is not an answer: the responder said %1</source>
        <translation>ステープルされた応答は回答ではありません。レスポンダーの応答: %1</translation>
    </message>
    <message>
        <source>the stapled response is not for this certificate</source>
        <translation>ステープルされた応答はこの証明書のものではありません</translation>
    </message>
    <message>
        <source>whether the stapled response names this certificate was not checked</source>
        <translation>ステープルされた応答がこの証明書を指すかどうかは確認されていません</translation>
    </message>
    <message>
        <source>the stapled response says the certificate is revoked</source>
        <translation>ステープルされた応答によると、証明書は失効しています</translation>
    </message>
    <message>
        <source>the stapled response says the responder does not know the certificate</source>
        <translation>ステープルされた応答によると、レスポンダーはこの証明書を知りません</translation>
    </message>
    <message>
        <source>the stapled response's signature does not verify against the issuer</source>
        <translation>ステープルされた応答の署名を発行者で検証できません</translation>
    </message>
    <message>
        <source>the stapled response's signature was not checked</source>
        <translation>ステープルされた応答の署名は確認されていません</translation>
    </message>
    <message>
        <source>the stapled response is stale (this update %1, next update %2)</source>
        <translation>ステープルされた応答は古くなっています (this update %1、next update %2)</translation>
    </message>
    <message>
        <source>whether the stapled response is fresh was not checked</source>
        <translation>ステープルされた応答が有効期間内かどうかは確認されていません</translation>
    </message>
</context>
<context>
    <name>mailtls::ImapDialogue</name>
    <message>
        <source>the server said BYE: %1</source>
        <translation>サーバーが BYE を返しました: %1</translation>
    </message>
    <message>
        <source>no tagged reply after %1 lines</source>
        <translation>%1 行を超えてもタグ付き応答がありません</translation>
    </message>
    <message>
        <source>unexpected greeting: %1</source>
        <translation>予期しないグリーティング: %1</translation>
    </message>
    <message>
        <source>CAPABILITY failed</source>
        <translation>CAPABILITY が失敗しました</translation>
    </message>
    <message>
        <source>STARTTLS refused: %1</source>
        <translation>STARTTLS が拒否されました: %1</translation>
    </message>
</context>
<context>
    <name>mailtls::Import</name>
    <message>
        <source>a quoted field is not closed</source>
        <translation>引用符で囲まれたフィールドが閉じていません</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>閉じ引用符の後に文字があります</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB: split it, or import the hosts with another source</source>
        <translation>ファイルが %1 MiB を超えています。分割するか、別の取り込み元からホストを取り込んでください</translation>
    </message>
    <message>
        <source>the file is not UTF-8</source>
        <translation>ファイルが UTF-8 ではありません</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>ヘッダー行がありません</translation>
    </message>
    <message>
        <source>unknown column '%1' (known: %2)</source>
        <translation>不明な列 '%1' (使用可能: %2)</translation>
    </message>
    <message>
        <source>column '%1' appears twice</source>
        <translation>列 '%1' が 2 回あります</translation>
    </message>
    <message>
        <source>the header has no 'host' column</source>
        <translation>ヘッダーに 'host' 列がありません</translation>
    </message>
    <message>
        <source>'%1' is not a host name</source>
        <translation>'%1' はホスト名ではありません</translation>
    </message>
    <message>
        <source>'%1' is not an IP address</source>
        <translation>'%1' は IP アドレスではありません</translation>
    </message>
    <message>
        <source>unknown role '%1' (known: %2)</source>
        <translation>不明な役割 '%1' (使用可能: %2)</translation>
    </message>
    <message>
        <source>zone must be internal or external, not '%1'</source>
        <translation>zone は internal または external です ('%1' は不可)</translation>
    </message>
    <message>
        <source>unknown protocol '%1'</source>
        <translation>不明なプロトコル '%1'</translation>
    </message>
    <message>
        <source>'%1' is not a port</source>
        <translation>'%1' はポートではありません</translation>
    </message>
    <message>
        <source>a port without a protocol</source>
        <translation>プロトコルのないポート</translation>
    </message>
    <message>
        <source>host %1 is %2 on an earlier row</source>
        <translation>ホスト %1 は前の行では %2 です</translation>
    </message>
    <message>
        <source>host %1 is at site '%2' on an earlier row</source>
        <translation>ホスト %1 は前の行ではサイト '%2' です</translation>
    </message>
    <message>
        <source>portid '%1' is not a port</source>
        <translation>portid '%1' はポートではありません</translation>
    </message>
    <message>
        <source>not an nmap XML report (no &lt;nmaprun&gt;)</source>
        <translation>nmap の XML レポートではありません (&lt;nmaprun&gt; がありません)</translation>
    </message>
</context>
<context>
    <name>mailtls::ImportFile</name>
    <message>
        <source>%1: %2 message(s), %3 hop(s) recorded on links, %4 hop(s) inside the organisation without a link</source>
        <translation>%1: メッセージ %2 件、リンクに記録したホップ %3 件、リンクのない組織内のホップ %4 件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 new hosts, %3 new endpoints, %4 new links</source>
        <translation>%1: 新しいホスト %2 件、エンドポイント %3 件、リンク %4 件</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <translation>%1 %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Not imported, worth a look (they may serve mail too): %1</source>
        <translation>取り込んでいませんが、確認をお勧めします (メールを扱っている可能性があります): %1</translation>
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
    <name>mailtls::LdapDialogue</name>
    <message>
        <source>the server's answer is not an LDAP message</source>
        <translation>サーバーの応答は LDAP メッセージではありません</translation>
    </message>
    <message>
        <source>the server disconnected: %1</source>
        <translation>サーバーが切断しました: %1</translation>
    </message>
    <message>
        <source>no answer among the first %1 messages</source>
        <translation>最初の %1 件のメッセージに応答がありません</translation>
    </message>
    <message>
        <source>the server is %1</source>
        <translation>サーバーの状態: %1</translation>
    </message>
    <message>
        <source>the root DSE is not readable; StartTLS is tried</source>
        <translation>ルート DSE を読み取れません。StartTLS を試みます</translation>
    </message>
    <message>
        <source>StartTLS refused: %1</source>
        <translation>StartTLS が拒否されました: %1</translation>
    </message>
    <message>
        <source>simple bind before StartTLS undecided: %1</source>
        <translation>StartTLS 前の単純バインドは未判定: %1</translation>
    </message>
    <message>
        <source>the answer to the bind is not a BindResponse</source>
        <translation>バインドへの応答が BindResponse ではありません</translation>
    </message>
    <message>
        <source>simple bind refused before StartTLS: %1</source>
        <translation>StartTLS 前の単純バインドは拒否されました: %1</translation>
    </message>
    <message>
        <source>%1 for a name outside every naming context (the root DSE shows none): OpenLDAP answers so before its confidentiality check, undecided</source>
        <translation>どの名前付けコンテキストにも属さない名前への %1 (ルート DSE はコンテキストを示していません): OpenLDAP は機密性の確認より前にこう答えるため、未判定です</translation>
    </message>
    <message>
        <source>the server checked a made-up password: %1</source>
        <translation>サーバーは架空のパスワードを検証しました: %1</translation>
    </message>
    <message>
        <source>the answer to a simple bind before StartTLS decides nothing: %1</source>
        <translation>StartTLS 前の単純バインドへの応答からは判定できません: %1</translation>
    </message>
</context>
<context>
    <name>mailtls::LdapMessages</name>
    <message>
        <source>not an LDAP message</source>
        <translation>LDAP メッセージではない</translation>
    </message>
    <message>
        <source>LDAP message without an id and an operation</source>
        <translation>ID と操作のない LDAP メッセージ</translation>
    </message>
    <message>
        <source>malformed LDAP response (tag 0x%1)</source>
        <translation>不正な LDAP 応答 (タグ 0x%1)</translation>
    </message>
</context>
<context>
    <name>mailtls::LinkDialog</name>
    <message>
        <source>Edit Link %1</source>
        <translation>リンク %1 を編集</translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation>リンクを追加</translation>
    </message>
    <message>
        <source>The Internet</source>
        <translation>インターネット</translation>
    </message>
    <message>
        <source>The users</source>
        <translation>利用者</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), %3 port %4</source>
        <translation>%1 (%2)、%3 ポート %4</translation>
    </message>
    <message>
        <source>%1 (measure %2)</source>
        <translation>%1 (対策 %2)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>接続元(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>接続先(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>To: the workspace has no endpoint yet; add a host with endpoints first.</source>
        <translation>接続先: ワークスペースにエンドポイントがまだありません。先にエンドポイントのあるホストを追加してください。</translation>
    </message>
</context>
<context>
    <name>mailtls::LinkState</name>
    <message>
        <source>no TLS version accepted, and some undecided</source>
        <translation>受け入れられた TLS バージョンがなく、一部は未判定です</translation>
    </message>
    <message>
        <source>strong TLS</source>
        <translation>強い TLS</translation>
    </message>
    <message>
        <source>weak TLS</source>
        <translation>弱い TLS</translation>
    </message>
    <message>
        <source>optional TLS</source>
        <translation>任意の TLS</translation>
    </message>
    <message>
        <source>cleartext</source>
        <translation>平文</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>未調査</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>状態 %1</translation>
    </message>
    <message>
        <source>plain HTTP redirects to HTTPS</source>
        <translation>平文の HTTP が HTTPS へリダイレクトする</translation>
    </message>
    <message>
        <source>plain HTTP serves the page</source>
        <translation>平文の HTTP でページを返す</translation>
    </message>
    <message>
        <source>STARTTLS not offered</source>
        <translation>STARTTLS が提供されていない</translation>
    </message>
    <message>
        <source>no TLS version accepted</source>
        <translation>受け付ける TLS バージョンがない</translation>
    </message>
    <message>
        <source>status %1: %2</source>
        <translation>状態 %1: %2</translation>
    </message>
    <message>
        <source>accepts %1</source>
        <translation>%1 を受け付ける</translation>
    </message>
    <message>
        <source>%1 without forward secrecy: %2</source>
        <translation>%1 で前方秘匿性なし: %2</translation>
    </message>
    <message>
        <source>%1 with an insecure suite: %2</source>
        <translation>%1 で安全でないスイート: %2</translation>
    </message>
    <message>
        <source>cleartext login before STARTTLS</source>
        <translation>STARTTLS 前に平文ログインを提供</translation>
    </message>
    <message>
        <source>AUTH %1 before STARTTLS</source>
        <translation>STARTTLS 前に AUTH %1 を提供</translation>
    </message>
    <message>
        <source>a real message crossed in cleartext on %1</source>
        <translation>実際のメッセージが %1 に平文で通過</translation>
    </message>
    <message>
        <source>a real message used %1 on %2</source>
        <translation>実際のメッセージが %2 に %1 を使用</translation>
    </message>
    <message>
        <source>not probed: state from real messages</source>
        <translation>未調査: 状態は実際のメッセージから判断</translation>
    </message>
    <message>
        <source>LDAP simple bind accepted before StartTLS</source>
        <translation>StartTLS より前に LDAP の単純バインドを受け付ける</translation>
    </message>
    <message>
        <source>vulnerable: %1</source>
        <translation>脆弱性: %1</translation>
    </message>
    <message>
        <source>sending side not tested (the relay has not delivered to the test receiver)</source>
        <translation>送信側は未テスト (リレーがテスト受信サーバーへ配送していません)</translation>
    </message>
    <message>
        <source>sending: no TLS where STARTTLS was offered (tested %1)</source>
        <translation>送信: STARTTLS が提供されたのに TLS を使わない (テスト %1)</translation>
    </message>
    <message>
        <source>sending: took less than TLS 1.2 where 1.2 or 1.3 was offered (tested %1)</source>
        <translation>送信: 1.2 または 1.3 が提供されたのに TLS 1.2 未満を選んだ (テスト %1)</translation>
    </message>
    <message>
        <source>sending: STARTTLS with TLS 1.2 or 1.3 (tested %1)</source>
        <translation>送信: TLS 1.2 または 1.3 で STARTTLS (テスト %1)</translation>
    </message>
    <message>
        <source>sending: not tested toward a destination that requires TLS</source>
        <translation>送信: TLS を必須とする宛先へのテストなし</translation>
    </message>
    <message>
        <source>sending: delivers without TLS where the destination requires it (tested %1)</source>
        <translation>送信: 宛先が TLS を必須としているのに TLS なしで配送する (テスト %1)</translation>
    </message>
    <message>
        <source>sending: delivers over a certificate that does not check where the destination requires TLS (tested %1)</source>
        <translation>送信: 宛先が TLS を必須としているのに検証できない証明書で配送する (テスト %1)</translation>
    </message>
    <message>
        <source>sending: no SNI (tested %1)</source>
        <translation>送信: SNI なし (テスト %1)</translation>
    </message>
    <message>
        <source>sending: some checks undecided</source>
        <translation>送信: 一部の確認が未決定</translation>
    </message>
</context>
<context>
    <name>mailtls::LinkTableModel</name>
    <message>
        <source>M%1</source>
        <translation>M%1</translation>
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
    <name>mailtls::MailReplies</name>
    <message>
        <source>reply longer than %1 lines</source>
        <translation>応答が %1 行を超えている</translation>
    </message>
    <message>
        <source>not an SMTP reply line</source>
        <translation>SMTP の応答行ではない</translation>
    </message>
    <message>
        <source>reply code changed from %1 to %2 within one reply</source>
        <translation>1 つの応答の中で応答コードが %1 から %2 に変わった</translation>
    </message>
    <message>
        <source>bad separator after the reply code</source>
        <translation>応答コードの後の区切り文字が不正</translation>
    </message>
</context>
<context>
    <name>mailtls::MainWindow</name>
    <message numerus="yes">
        <source>%n kept TLS-RPT report(s) no longer read; left out</source>
        <translation>
            <numerusform>保存済みの TLS-RPT レポート %n 件が読み取れなくなったため除外しました</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS-RPT reports: %1</source>
        <translation>TLS-RPT レポート: %1</translation>
    </message>
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
    <message numerus="yes">
        <source>%1: %n host(s)</source>
        <translation>
            <numerusform>%1: ホスト %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>リンク %n 本</numerusform>
        </translation>
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
    <message>
        <source>&amp;Inventory</source>
        <translation>インベントリ(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>チェックリスト(&amp;C)</translation>
    </message>
    <message>
        <source>estimating the time left</source>
        <translation>残り時間を見積もり中</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>残り約 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>残り約 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>名前を付けて保存(&amp;A)...</translation>
    </message>
    <message>
        <source>Se&amp;ttings...</source>
        <translation>設定(&amp;T)...</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>監査(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Audit All</source>
        <translation>すべて監査(&amp;A)</translation>
    </message>
    <message>
        <source>Audit &amp;Selected Hosts</source>
        <translation>選択したホストを監査(&amp;S)</translation>
    </message>
    <message>
        <source>Audit What &amp;Changed</source>
        <translation>変更点を監査(&amp;C)</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>監査</translation>
    </message>
    <message>
        <source>Save Workspace</source>
        <translation>ワークスペースを保存</translation>
    </message>
    <message>
        <source>MailTLS Auditor workspaces (*.json)</source>
        <translation>MailTLS Auditor ワークスペース (*.json)</translation>
    </message>
    <message>
        <source>Cannot save workspace</source>
        <translation>ワークスペースを保存できません</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>%1[*] - MailTLS Auditor</source>
        <translation>%1[*] - MailTLS Auditor</translation>
    </message>
    <message>
        <source>Audit store: %1</source>
        <translation>監査ストア: %1</translation>
    </message>
    <message>
        <source>Select one or more hosts in the inventory first.</source>
        <translation>先にインベントリで 1 つ以上のホストを選んでください。</translation>
    </message>
    <message>
        <source>Nothing changed since the last audit.</source>
        <translation>前回の監査から変更はありません。</translation>
    </message>
    <message>
        <source>Audit: %1 of %2 endpoints, %3</source>
        <translation>監査: %2 件中 %1 件のエンドポイント、%3</translation>
    </message>
    <message>
        <source>Audit run %1 cancelled</source>
        <translation>監査実行 %1 を中止しました</translation>
    </message>
    <message>
        <source>Audit run %1 complete</source>
        <translation>監査実行 %1 が完了しました</translation>
    </message>
    <message>
        <source>Accept as a Risk</source>
        <translation>リスクとして受容</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>Cannot verify %1 now.</source>
        <translation>%1 は今は確認できません。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Path &amp;Map</source>
        <translation>経路マップ(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Hosts from &amp;CSV...</source>
        <translation>CSV からホスト(&amp;C)...</translation>
    </message>
    <message>
        <source>Hosts from &amp;nmap XML...</source>
        <translation>nmap XML からホスト(&amp;N)...</translation>
    </message>
    <message>
        <source>Message &amp;Paths (.eml, mbox)...</source>
        <translation>メッセージの経路 (.eml、mbox)(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete Selected Hosts or Links</source>
        <translation>選択したホストまたはリンクを削除(&amp;D)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>nmap XML (*.xml);;All files (*)</source>
        <translation>nmap XML (*.xml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Messages (*.eml *.mbox *.mbx);;All files (*)</source>
        <translation>メッセージ (*.eml *.mbox *.mbx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>%1 をインポート中...</translation>
    </message>
    <message>
        <source>Import failed: nothing was imported</source>
        <translation>インポートに失敗しました: 何もインポートされていません</translation>
    </message>
    <message>
        <source>Imported, with warnings</source>
        <translation>インポートしました (警告あり)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n link(s)</source>
        <translation>
            <numerusform>リンク %n 件を削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n host(s)</source>
        <translation>
            <numerusform>ホスト %n 件を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Hosts from &amp;DNS...</source>
        <translation>DNS からホスト(&amp;D)...</translation>
    </message>
    <message>
        <source>Add &amp;Host...</source>
        <translation>ホストを追加(&amp;H)...</translation>
    </message>
    <message>
        <source>Add &amp;Link...</source>
        <translation>リンクを追加(&amp;L)...</translation>
    </message>
    <message>
        <source>&amp;Edit Selected...</source>
        <translation>選択項目を編集(&amp;E)...</translation>
    </message>
    <message>
        <source>Asking DNS about %1...</source>
        <translation>%1 について DNS に問い合わせています...</translation>
    </message>
    <message>
        <source>Add Host %1</source>
        <translation>ホスト %1 を追加</translation>
    </message>
    <message>
        <source>Edit Host</source>
        <translation>ホストを編集</translation>
    </message>
    <message>
        <source>Edit Host %1</source>
        <translation>ホスト %1 を編集</translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation>リンクを追加</translation>
    </message>
    <message>
        <source>Add Link %1</source>
        <translation>リンク %1 を追加</translation>
    </message>
    <message>
        <source>Edit Link</source>
        <translation>リンクを編集</translation>
    </message>
    <message>
        <source>Edit Link %1</source>
        <translation>リンク %1 を編集</translation>
    </message>
    <message>
        <source>Select a host or a link in the inventory first.</source>
        <translation>先にインベントリでホストまたはリンクを選択してください。</translation>
    </message>
    <message>
        <source>&amp;Export Report (PDF, HTML)...</source>
        <translation>レポートを書き出す (PDF、HTML)(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Print Report...</source>
        <translation>レポートを印刷(&amp;P)...</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>レポートを書き出す</translation>
    </message>
    <message>
        <source>No audit of this workspace is stored yet: run an audit first.</source>
        <translation>このワークスペースの監査はまだ保存されていません。先に監査を実行してください。</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;HTML pages (*.html)</source>
        <translation>PDF 文書 (*.pdf);;HTML ページ (*.html)</translation>
    </message>
    <message>
        <source>Writing the report to %1...</source>
        <translation>レポートを %1 に書き出しています...</translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation>レポートを %1 に書き出しました</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>レポートを印刷</translation>
    </message>
    <message>
        <source>Preparing the report...</source>
        <translation>レポートを準備しています...</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>履歴(&amp;S)</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>履歴: %1</translation>
    </message>
    <message>
        <source>Comparing run %1 with run %2...</source>
        <translation>実行 %1 と実行 %2 を比較しています...</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>実行を比較</translation>
    </message>
    <message>
        <source>Run %1 Compared with Run %2</source>
        <translation>実行 %1 と実行 %2 の比較</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>グラフを書き出す</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>履歴を書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Target Dates</source>
        <translation>目標日</translation>
    </message>
    <message>
        <source>The workspace kept changing while the import ran. Import again when the editing is done.</source>
        <translation>インポート中にワークスペースが変更され続けました。編集が終わってから、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>Add Host</source>
        <translation>ホストを追加</translation>
    </message>
    <message>
        <source>Fi&amp;ndings</source>
        <translation>指摘事項(&amp;N)</translation>
    </message>
    <message>
        <source>Cance&amp;l Audit</source>
        <translation>監査を中止(&amp;L)</translation>
    </message>
    <message>
        <source>Fi&amp;ndings (%1)</source>
        <translation>指摘事項 (%1)(&amp;N)</translation>
    </message>
    <message>
        <source>Domains not checked: the nameservers in Settings: %1</source>
        <translation>ドメインは検査していません: 設定のネームサーバー: %1</translation>
    </message>
    <message>
        <source>&amp;New Workspace</source>
        <translation>新しいワークスペース(&amp;N)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Test &amp;Outbound Relay...</source>
        <translation>送信リレーをテスト(&amp;O)...</translation>
    </message>
    <message>
        <source>Start the test receiver and see what a relay does when it sends to the world.</source>
        <translation>テスト受信サーバーを起動し、リレーが外部へ送信するときの動作を確認します。</translation>
    </message>
    <message>
        <source>Record Outbound Test</source>
        <translation>送信テストを記録</translation>
    </message>
    <message>
        <source>Outbound test recorded for %1.</source>
        <translation>%1 の送信テストを記録しました。</translation>
    </message>
    <message>
        <source>Not recorded, no host of the workspace: %1.</source>
        <translation>ワークスペースのホストではないため記録しませんでした: %1。</translation>
    </message>
    <message>
        <source>The outbound test was started for another workspace (%1): not recorded.</source>
        <translation>送信テストは別のワークスペース (%1) で開始されたため記録しません。</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Ignored, a relay's name from another address: %1.</source>
        <translation>別のアドレスからのリレー名のため無視: %1。</translation>
    </message>
</context>
<context>
    <name>mailtls::MilestonesDialog</name>
    <message>
        <source>Target Dates</source>
        <translation>目標日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>What should be reached</source>
        <translation>達成すべき内容</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Row %1: say what should be reached by %2.</source>
        <translation>%1 行目: %2 までに達成すべき内容を入力してください。</translation>
    </message>
</context>
<context>
    <name>mailtls::MtaSts</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>a field name is a letter or digit, then up to 31 letters, digits, "_", "-" or "."</source>
        <translation>フィールド名は英字か数字 1 文字に、英字・数字・"_"・"-"・"." を 31 文字まで続けたものです</translation>
    </message>
    <message>
        <source>MTA-STS record "%1": %2</source>
        <translation>MTA-STS レコード "%1": %2</translation>
    </message>
    <message>
        <source>it does not begin with v=STSv1</source>
        <translation>v=STSv1 で始まっていません</translation>
    </message>
    <message>
        <source>whitespace at the end (allowed only around ";")</source>
        <translation>末尾に空白があります (空白は ";" の前後にのみ置けます)</translation>
    </message>
    <message>
        <source>expected ";" at position %1, found "%2"</source>
        <translation>%1 文字目に ";" が必要ですが "%2" があります</translation>
    </message>
    <message>
        <source>field "%1" has no "="</source>
        <translation>フィールド "%1" に "=" がありません</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 が 2 回あります</translation>
    </message>
    <message>
        <source>the id "%1" is not 1 to 32 letters and digits</source>
        <translation>id "%1" は 1～32 文字の英数字ではありません</translation>
    </message>
    <message>
        <source>"%1" is not a field name (%2)</source>
        <translation>"%1" はフィールド名ではありません (%2)</translation>
    </message>
    <message>
        <source>the value of %1 is empty</source>
        <translation>%1 の値が空です</translation>
    </message>
    <message>
        <source>the value of %1 has characters the record does not allow: "%2"</source>
        <translation>%1 の値にレコードで使えない文字があります: "%2"</translation>
    </message>
    <message>
        <source>there is no id field</source>
        <translation>id フィールドがありません</translation>
    </message>
    <message>
        <source>%1 TXT records begin with v=STSv1 (%2); senders then act as if the domain published no MTA-STS policy</source>
        <translation>v=STSv1 で始まる TXT レコードが %1 件あります (%2)。この場合、送信側はドメインが MTA-STS ポリシーを公開していないものとして扱います</translation>
    </message>
    <message>
        <source>%1 more errors not listed</source>
        <translation>ほかに %1 件のエラー (一覧には含めていません)</translation>
    </message>
    <message>
        <source>an empty line (the policy format has none)</source>
        <translation>空行です (ポリシーの書式に空行はありません)</translation>
    </message>
    <message>
        <source>"%1" is not a "key: value" field</source>
        <translation>"%1" は "キー: 値" 形式のフィールドではありません</translation>
    </message>
    <message>
        <source>%1 appears again (first on line %2)</source>
        <translation>%1 が重複しています (最初は %2 行目)</translation>
    </message>
    <message>
        <source>version "%1" is not STSv1</source>
        <translation>version "%1" は STSv1 ではありません</translation>
    </message>
    <message>
        <source>mode "%1" is not enforce, testing or none</source>
        <translation>mode "%1" は enforce・testing・none のいずれでもありません</translation>
    </message>
    <message>
        <source>max_age "%1" is not a number</source>
        <translation>max_age "%1" は数値ではありません</translation>
    </message>
    <message>
        <source>max_age "%1" has more than 10 digits</source>
        <translation>max_age "%1" は 10 桁を超えています</translation>
    </message>
    <message>
        <source>max_age %1 is more than %2 seconds (a year)</source>
        <translation>max_age %1 は %2 秒 (1 年) を超えています</translation>
    </message>
    <message>
        <source>mx "%1" is not a host name, or "*." and a domain name</source>
        <translation>mx "%1" はホスト名でも、"*." とドメイン名の組み合わせでもありません</translation>
    </message>
    <message>
        <source>"%1" is not "%2": field names are case-sensitive</source>
        <translation>"%1" は "%2" ではありません: フィールド名は大文字と小文字を区別します</translation>
    </message>
    <message>
        <source>the value of %1 has characters a policy does not allow: "%2"</source>
        <translation>%1 の値にポリシーで使えない文字があります: "%2"</translation>
    </message>
    <message>
        <source>the policy has no %1 field</source>
        <translation>ポリシーに %1 フィールドがありません</translation>
    </message>
    <message>
        <source>the policy has no valid mx field, which mode %1 requires</source>
        <translation>ポリシーに有効な mx フィールドがありません (mode %1 では必須です)</translation>
    </message>
</context>
<context>
    <name>mailtls::Nameserver</name>
    <message>
        <source>'%1': a '[' without its ']'</source>
        <translation>'%1': '[' に対応する ']' がありません</translation>
    </message>
    <message>
        <source>'%1': expected ':PORT' after ']'</source>
        <translation>'%1': ']' の後に ':PORT' が必要です</translation>
    </message>
    <message>
        <source>'%1' is not an IP address (give ADDR, ADDR:PORT or [IPv6]:PORT)</source>
        <translation>'%1' は IP アドレスではありません（ADDR、ADDR:PORT、または [IPv6]:PORT の形式で指定してください）</translation>
    </message>
    <message>
        <source>'%1': brackets are for IPv6 addresses</source>
        <translation>'%1': 角かっこは IPv6 アドレス用です</translation>
    </message>
    <message>
        <source>'%1' is not a port</source>
        <translation>'%1' はポートではありません</translation>
    </message>
</context>
<context>
    <name>mailtls::NetworkOptions</name>
    <message>
        <source>Trust these PEM certificates instead of the system store.</source>
        <translation>システムの証明書ストアの代わりにこの PEM 証明書を信頼します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>TCP connections open at once, in all (default 32).</source>
        <translation>同時に開く TCP 接続の総数（既定 32）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数</translation>
    </message>
    <message>
        <source>TCP connections open at once to one host (default 8).</source>
        <translation>一つのホストに同時に開く TCP 接続数（既定 8）。</translation>
    </message>
    <message>
        <source>Seconds for each network operation (default 10).</source>
        <translation>ネットワーク操作ごとの秒数（既定 10）。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>%1: --concurrency, --per-host and --timeout take positive numbers</source>
        <translation>%1: --concurrency、--per-host、--timeout には正の数を指定します</translation>
    </message>
    <message>
        <source>%1: cannot read the CA file %2</source>
        <translation>%1: CA ファイル %2 を読み取れません</translation>
    </message>
    <message>
        <source>Leave out the checks that send malformed messages (Heartbleed, CCS injection, ROBOT): they stay undecided.</source>
        <translation>不正な形式のメッセージを送るチェック (Heartbleed、CCS インジェクション、ROBOT) を省きます。これらは未確定のままになります。</translation>
    </message>
    <message>
        <source>Leave out the TLS hygiene checks (compression, renegotiation, fallback, Heartbleed, ROBOT, resumption, OCSP stapling, ...).</source>
        <translation>TLS 衛生チェック (圧縮、再ネゴシエーション、フォールバック、Heartbleed、ROBOT、セッション再開、OCSP ステープリングなど) を省きます。</translation>
    </message>
</context>
<context>
    <name>mailtls::Notification</name>
    <message>
        <source> (some answers undecided)</source>
        <translation> (一部の応答は未確定)</translation>
    </message>
    <message>
        <source>%1: cannot start %2: %3</source>
        <translation>%1: %2 を起動できません: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 did not finish within %n second(s)</source>
        <translation>
            <numerusform>%1: %2 が %n 秒以内に終わりませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 crashed</source>
        <translation>%1: %2 が異常終了しました</translation>
    </message>
    <message>
        <source>%1: %2 ended with status %3%4</source>
        <translation>%1: %2 が終了ステータス %3 で終わりました%4</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) regressed</source>
        <translation>
            <numerusform>%n 件のリンクが後退</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) opened</source>
        <translation>
            <numerusform>%n 件の新しい指摘</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) undecided</source>
        <translation>
            <numerusform>%n 件のリンクが未確定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expiring</source>
        <translation>
            <numerusform>%n 件の証明書が期限間近</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>変化なし</translation>
    </message>
    <message>
        <source>MailTLS audit of %1: %2</source>
        <translation>MailTLS 監査 %1: %2</translation>
    </message>
    <message>
        <source>Audit run %1 of %2 (%3), compared with run %4 (%5).</source>
        <translation>%2 の監査実行 %1 (%3) を実行 %4 (%5) と比較しました。</translation>
    </message>
    <message>
        <source>Audit run %1 of %2 (%3): the first complete run, nothing to compare with.</source>
        <translation>%2 の監査実行 %1 (%3): 最初の完了した実行のため、比較する実行はありません。</translation>
    </message>
    <message>
        <source>Links that regressed (%1):</source>
        <translation>後退したリンク (%1):</translation>
    </message>
    <message>
        <source>Findings opened (%1):</source>
        <translation>新しい指摘 (%1):</translation>
    </message>
    <message>
        <source>Links decided before that no answer decides now (%1):</source>
        <translation>前回は判定でき、今回は応答から判定できなかったリンク (%1):</translation>
    </message>
    <message numerus="yes">
        <source>Certificates expired or expiring within %n day(s):</source>
        <translation>
            <numerusform>期限切れ、または %n 日以内に期限が切れる証明書:</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>残り %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Links that improved (%1):</source>
        <translation>改善したリンク (%1):</translation>
    </message>
    <message>
        <source>Findings fixed (%1):</source>
        <translation>解消した指摘 (%1):</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>変化はありません。</translation>
    </message>
    <message>
        <source>The whole run as a report:</source>
        <translation>実行全体のレポート:</translation>
    </message>
    <message>
        <source>--sendmail names no program</source>
        <translation>--sendmail にプログラムが指定されていません</translation>
    </message>
    <message>
        <source>notification mail</source>
        <translation>通知メール</translation>
    </message>
    <message>
        <source>notification command</source>
        <translation>通知コマンド</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) undecided</source>
        <translation>
            <numerusform>%n 件の指摘が未確定</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings that no answer confirms or clears now (%1):</source>
        <translation>今回の応答では確認も解消の判断もできない指摘 (%1):</translation>
    </message>
</context>
<context>
    <name>mailtls::ObservationTableModel</name>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>cleartext</source>
        <translation>平文</translation>
    </message>
    <message>
        <source>local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>From the cipher's name as the MTA wrote it; empty when the name does not tell</source>
        <translation>MTA が記録した暗号名から判断。名前からわからない場合は空</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>転送</translation>
    </message>
    <message>
        <source>TLS version</source>
        <translation>TLS バージョン</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>暗号</translation>
    </message>
    <message>
        <source>Forward secrecy</source>
        <translation>前方秘匿性</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>初回</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>取得元</translation>
    </message>
</context>
<context>
    <name>mailtls::ObservedPath</name>
    <message>
        <source>Seen in the Received: headers of a message</source>
        <translation>メッセージの Received: ヘッダーで確認</translation>
    </message>
</context>
<context>
    <name>mailtls::OutboundPlan</name>
    <message>
        <source>the workspace has no outbound_test plan (docs/workspace-format.md)</source>
        <translation>ワークスペースに outbound_test 計画がありません (docs/workspace-format.md)</translation>
    </message>
    <message>
        <source>outbound test: %1: %2</source>
        <translation>送信テスト: %1: %2</translation>
    </message>
    <message>
        <source>outbound test: %1: the command %2: %3</source>
        <translation>送信テスト: %1: コマンドは%2: %3</translation>
    </message>
    <message>
        <source>ended with status %1</source>
        <translation>終了コード %1 で終了しました</translation>
    </message>
    <message>
        <source>did not end in 60 s</source>
        <translation>60 秒以内に終了しませんでした</translation>
    </message>
    <message>
        <source>outbound test: %1 did not reach every listener in %2 s: the checks those would decide stay undecided</source>
        <translation>送信テスト: %1 は %2 秒以内にすべてのリスナーへ届きませんでした。それらで決まる確認は未決定のままです</translation>
    </message>
    <message>
        <source>outbound test: %1 never reached the receiver: its earlier test, if any, stands</source>
        <translation>送信テスト: %1 は受信サーバーに届きませんでした。以前のテストがあればそれが有効です</translation>
    </message>
    <message>
        <source>outbound test: listening on %1 (%2) for %3</source>
        <translation>送信テスト: %1 で待ち受け中 (%2)、%3 宛て</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>アドレスなし</translation>
    </message>
    <message>
        <source>outbound test: %1: MX %2, %3; %4</source>
        <translation>送信テスト: %1: MX %2、%3。%4</translation>
    </message>
    <message>
        <source>outbound test: %1: its MX hosts are not at the listener's address %2: the relay delivers to them (the listener behind a NAT, or the test message goes elsewhere)</source>
        <translation>送信テスト: %1: MX ホストがリスナーのアドレス %2 にありません。リレーは MX ホストへ配送します (リスナーが NAT の内側にあるか、テストメッセージが別の場所へ届きます)</translation>
    </message>
    <message>
        <source>outbound test: %1: no MX (%2): the relay may not find the listener %3</source>
        <translation>送信テスト: %1: MX がありません (%2)。リレーはリスナー %3 を見つけられない可能性があります</translation>
    </message>
    <message>
        <source>%1 lookup failed (%2)</source>
        <translation>%1 の検索に失敗 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n TLSA record(s) at %1, %2</source>
        <translation>
            <numerusform>%1 に TLSA レコード %n 件、%2</numerusform>
        </translation>
    </message>
    <message>
        <source>TLSA at %1: lookup failed (%2)</source>
        <translation>%1 の TLSA: 検索に失敗 (%2)</translation>
    </message>
    <message>
        <source>no TLSA record at %1, %2</source>
        <translation>%1 に TLSA レコードなし、%2</translation>
    </message>
</context>
<context>
    <name>mailtls::OutboundTestDialog</name>
    <message>
        <source>handshake failed: %1</source>
        <translation>ハンドシェイク失敗: %1</translation>
    </message>
    <message>
        <source>STARTTLS answered %1</source>
        <translation>STARTTLS への応答 %1</translation>
    </message>
    <message>
        <source>no STARTTLS</source>
        <translation>STARTTLS なし</translation>
    </message>
    <message>
        <source>message taken over TLS</source>
        <translation>TLS でメッセージを受信</translation>
    </message>
    <message>
        <source>message taken in cleartext</source>
        <translation>平文でメッセージを受信</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>メッセージなし</translation>
    </message>
    <message>
        <source>no message (TLS failed)</source>
        <translation>メッセージなし (TLS 失敗)</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>プロトコルエラー</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>Test Outbound Relay</source>
        <translation>送信リレーのテスト</translation>
    </message>
    <message>
        <source>The test receiver plays destinations on the Internet: each listener one way of offering TLS. Route the test domains from the relay to it and send one message to each; what the relay does is recorded, judged, and kept in the workspace when you stop. Messages are discarded, never delivered.</source>
        <translation>テスト受信サーバーはインターネット上の宛先を演じます。リスナーごとに TLS の提供方法が異なります。テスト用ドメインをリレーからこのサーバーへ配送するよう設定し、それぞれに 1 通ずつ送ってください。リレーの動作は記録・判定され、停止時にワークスペースに保存されます。メッセージは破棄され、配送されることはありません。</translation>
    </message>
    <message>
        <source>Destinations without a policy (opportunistic TLS: a fallback is expected)</source>
        <translation>ポリシーのない宛先 (日和見 TLS: 平文への切り替えは想定内)</translation>
    </message>
    <message>
        <source>Destinations that require TLS (MTA-STS enforce or DANE: a fallback is a fault)</source>
        <translation>TLS を必須とする宛先 (MTA-STS enforce または DANE: 平文への切り替えは不備)</translation>
    </message>
    <message>
        <source>&amp;Relay:</source>
        <translation>リレー(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>待ち受けアドレス(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;First port:</source>
        <translation>最初のポート(&amp;F):</translation>
    </message>
    <message>
        <source>Scenarios (one port each):</source>
        <translation>シナリオ (それぞれ 1 ポート):</translation>
    </message>
    <message>
        <source>&amp;Destinations:</source>
        <translation>宛先(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Start Receiver</source>
        <translation>受信サーバーを開始(&amp;S)</translation>
    </message>
    <message>
        <source>St&amp;op and Record</source>
        <translation>停止して記録(&amp;O)</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>停止中。</translation>
    </message>
    <message>
        <source>How to route the test domains from the relay appears here once the receiver listens.</source>
        <translation>受信サーバーが待ち受けを始めると、テスト用ドメインをリレーから配送する設定がここに表示されます。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>From</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>SNI</source>
        <translation>SNI</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認項目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>No host of the workspace is an outbound relay: give one the role or an outbound link first.</source>
        <translation>ワークスペースに送信リレーのホストがありません。先にホストに役割か送信リンクを設定してください。</translation>
    </message>
    <message>
        <source>Listen on: '%1' is not an IP address.</source>
        <translation>待ち受けアドレス: '%1' は IP アドレスではありません。</translation>
    </message>
    <message>
        <source>Choose at least one scenario.</source>
        <translation>シナリオを 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>Listening on %1. Waiting for the relay...</source>
        <translation>%1 で待ち受け中。リレーを待っています...</translation>
    </message>
    <message>
        <source>The receiver could not start: %1</source>
        <translation>受信サーバーを開始できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n session(s).</source>
        <translation>
            <numerusform>停止しました: %n セッション。</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the receiver...</source>
        <translation>受信サーバーを開始しています...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>停止しています...</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 (送信元 %2)</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>未決定</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>記録のみ</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>不合格</translation>
    </message>
    <message numerus="yes">
        <source>%n more not kept (too many).</source>
        <translation>
            <numerusform>さらに %n 件は保持しません (多すぎます)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) refused: too many at once.</source>
        <translation>
            <numerusform>%n 件の接続を拒否しました: 同時接続が多すぎます。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no host of the workspace, not recorded</source>
        <translation>%1: ワークスペースのホストではないため記録しません</translation>
    </message>
    <message>
        <source>%1: a relay's name from another address, ignored</source>
        <translation>%1: 別のアドレスからのリレー名のため無視します</translation>
    </message>
    <message>
        <source>%1 from %2 (by its EHLO name only)</source>
        <translation>%1 (送信元 %2、EHLO 名のみで照合)</translation>
    </message>
</context>
<context>
    <name>mailtls::OutboundTestSession</name>
    <message>
        <source># Postfix on %1: route the test domains to the receiver (/etc/postfix/transport),</source>
        <translation># %1 の Postfix: テスト用ドメインを受信サーバーへ配送します (/etc/postfix/transport)。</translation>
    </message>
    <message>
        <source># then: postmap /etc/postfix/transport; postconf -e transport_maps=hash:/etc/postfix/transport; postfix reload</source>
        <translation># 続けて: postmap /etc/postfix/transport; postconf -e transport_maps=hash:/etc/postfix/transport; postfix reload</translation>
    </message>
    <message>
        <source># Exim on %1: a router before dnslookup, one per test domain (then update-exim4.conf; systemctl restart exim4)</source>
        <translation># %1 の Exim: dnslookup の前に、テスト用ドメインごとのルーターを置きます (その後 update-exim4.conf; systemctl restart exim4)</translation>
    </message>
    <message>
        <source># and in the transports, one per port:</source>
        <translation># トランスポートには、ポートごとに次を置きます:</translation>
    </message>
    <message>
        <source># Send one message per test domain, on the relay:</source>
        <translation># リレー上で、テスト用ドメインごとに 1 通送ります:</translation>
    </message>
    <message>
        <source># or over SMTP from here, through the relay:</source>
        <translation># または、ここから SMTP でリレー経由で送ります:</translation>
    </message>
</context>
<context>
    <name>mailtls::OutboundVerdict</name>
    <message>
        <source>no session came to a normal listener</source>
        <translation>normal の待ち受けに来たセッションがありません</translation>
    </message>
    <message>
        <source>%1: STARTTLS was offered and asked for, and a message still came in cleartext</source>
        <translation>%1: STARTTLS が提示され要求もされたのに、メッセージが平文で届きました</translation>
    </message>
    <message>
        <source>%1: STARTTLS was offered; the message came in cleartext</source>
        <translation>%1: STARTTLS が提示されたのに、メッセージが平文で届きました</translation>
    </message>
    <message>
        <source>%1: the handshake with a server offering TLS 1.2 and 1.3 failed: %2</source>
        <translation>%1: TLS 1.2 と 1.3 を提示するサーバーとのハンドシェイクに失敗: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) to a normal listener, none with a message</source>
        <translation>
            <numerusform>normal の待ち受けへのセッション %n 件、メッセージはなし</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) delivered over STARTTLS</source>
        <translation>
            <numerusform>%n 件のメッセージを STARTTLS で配送</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: its hello offered at most %2 to a server with TLS 1.2 and 1.3</source>
        <translation>%1: TLS 1.2 と 1.3 を持つサーバーに対し、hello が提示したのは最大 %2</translation>
    </message>
    <message>
        <source>no TLS session with a normal listener</source>
        <translation>normal の待ち受けとの TLS セッションがありません</translation>
    </message>
    <message>
        <source>negotiated %1</source>
        <translation>%1 で合意</translation>
    </message>
    <message>
        <source>no TLS session</source>
        <translation>TLS セッションがありません</translation>
    </message>
    <message>
        <source>%1: no SNI</source>
        <translation>%1: SNI なし</translation>
    </message>
    <message>
        <source>SNI %1</source>
        <translation>SNI %1</translation>
    </message>
    <message>
        <source>no session came to a no-starttls, starttls-refused or stripped listener</source>
        <translation>no-starttls、starttls-refused、stripped の待ち受けに来たセッションがありません</translation>
    </message>
    <message>
        <source>held the message when TLS was missing (stricter than opportunistic TLS asks)</source>
        <translation>TLS がないときメッセージを保留 (日和見 TLS が求めるより厳格)</translation>
    </message>
    <message>
        <source>delivered in cleartext when TLS was missing, as opportunistic TLS does (RFC 7435)</source>
        <translation>TLS がないとき平文で配送 (日和見 TLS の通常の動作、RFC 7435)</translation>
    </message>
    <message>
        <source>%1: delivered in cleartext although the destination's policy requires TLS</source>
        <translation>%1: 宛先のポリシーが TLS を必須としているのに平文で配送</translation>
    </message>
    <message numerus="yes">
        <source>held the message in %n session(s) without TLS</source>
        <translation>
            <numerusform>TLS のないセッション %n 件でメッセージを保留</numerusform>
        </translation>
    </message>
    <message>
        <source>no session came to a bad-certificate listener</source>
        <translation>bad-certificate の待ち受けに来たセッションがありません</translation>
    </message>
    <message>
        <source>%1: delivered over a certificate self-signed, expired and for another name</source>
        <translation>%1: 自己署名・期限切れ・別名の証明書のまま配送</translation>
    </message>
    <message>
        <source>refused the certificate: %1</source>
        <translation>証明書を拒否: %1</translation>
    </message>
    <message>
        <source>Uses STARTTLS when it is offered (M1)</source>
        <translation>STARTTLS が提示されたら使う (M1)</translation>
    </message>
    <message>
        <source>Takes TLS 1.2 or 1.3 when they are offered</source>
        <translation>TLS 1.2 または 1.3 が提示されたらそれを使う</translation>
    </message>
    <message>
        <source>Sends SNI</source>
        <translation>SNI を送る</translation>
    </message>
    <message>
        <source>Keeps the message when the destination requires TLS and it is missing</source>
        <translation>宛先が TLS を必須とし TLS がないとき、メッセージを保留する</translation>
    </message>
    <message>
        <source>Keeps the message when the destination requires TLS and the certificate does not check</source>
        <translation>宛先が TLS を必須とし証明書が検証できないとき、メッセージを保留する</translation>
    </message>
    <message>
        <source>When TLS is missing (no policy at the destination)</source>
        <translation>TLS がないとき (宛先にポリシーなし)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) to a bad-certificate listener, none refused the certificate with an alert</source>
        <translation>
            <numerusform>bad-certificate の待ち受けへのセッション %n 件、アラートで証明書を拒否したものはなし</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, by its EHLO name %3)</source>
        <translation>%1 (%2、EHLO 名 %3 による)</translation>
    </message>
    <message>
        <source>%1: completed the handshake, then ended the session before sending mail (%2)</source>
        <translation>%1: ハンドシェイクを終えた後、メールを送らずにセッションを終了しました (%2)</translation>
    </message>
    <message>
        <source>negotiated %1; took %2 from a server with nothing newer, while offering %3</source>
        <translation>%1 で合意。より新しいものがないサーバーからは %2 を受け入れました (提示したのは %3 まで)</translation>
    </message>
    <message>
        <source>known by its EHLO name only (from %1): a pass needs the relay's own address (add it to the host)</source>
        <translation>EHLO 名のみで照合 (送信元 %1): 合格とするにはリレー自身のアドレスが必要です (ホストに追加してください)</translation>
    </message>
</context>
<context>
    <name>mailtls::PathCommand</name>
    <message>
        <source>Postfix TLS comment</source>
        <translation>Postfix の TLS コメント</translation>
    </message>
    <message>
        <source>Exim TLS comment</source>
        <translation>Exim の TLS コメント</translation>
    </message>
    <message>
        <source>Exim X= field</source>
        <translation>Exim の X= フィールド</translation>
    </message>
    <message>
        <source>version= and cipher= fields</source>
        <translation>version= と cipher= フィールド</translation>
    </message>
    <message>
        <source>protocol name (RFC 3848)</source>
        <translation>プロトコル名 (RFC 3848)</translation>
    </message>
    <message>
        <source>local protocol</source>
        <translation>ローカルプロトコル</translation>
    </message>
    <message>
        <source>local submission</source>
        <translation>ローカル投入</translation>
    </message>
    <message>
        <source>no TLS marker</source>
        <translation>TLS の記録なし</translation>
    </message>
    <message>
        <source>unknown protocol</source>
        <translation>不明なプロトコル</translation>
    </message>
    <message>
        <source>(local)</source>
        <translation>(ローカル)</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 ビット</translation>
    </message>
    <message>
        <source>forward secrecy</source>
        <translation>前方秘匿性あり</translation>
    </message>
    <message>
        <source>no forward secrecy</source>
        <translation>前方秘匿性なし</translation>
    </message>
    <message>
        <source>Message %1 (%2)</source>
        <translation>メッセージ %1 (%2)</translation>
    </message>
    <message>
        <source>without Message-ID</source>
        <translation>Message-ID なし</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>件名: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>差出人: %1</translation>
    </message>
    <message>
        <source>No Received: headers.</source>
        <translation>Received: ヘッダーがありません。</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>client logged in</source>
        <translation>クライアントはログイン済み</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>リンク %1</translation>
    </message>
    <message>
        <source> (one of several)</source>
        <translation> (複数の候補のひとつ)</translation>
    </message>
    <message>
        <source>outside the inventory</source>
        <translation>インベントリ外</translation>
    </message>
    <message>
        <source>receiver not in the inventory</source>
        <translation>受信ホストがインベントリにありません</translation>
    </message>
    <message>
        <source>inside %1</source>
        <translation>%1 の内部</translation>
    </message>
    <message>
        <source>no link from %1 to %2 in the inventory</source>
        <translation>インベントリに %1 から %2 へのリンクがありません</translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s)</source>
        <translation>
            <numerusform>%n ホップ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with TLS, %2 in cleartext</source>
        <translation>TLS %1、平文 %2</translation>
    </message>
    <message>
        <source>Hosts inside the organisation that the inventory lacks: %1</source>
        <translation>インベントリにない組織内のホスト: %1</translation>
    </message>
    <message>
        <source>Print the hops a real message took, from its Received: headers, with what each used.</source>
        <translation>実際のメッセージが通ったホップを Received: ヘッダーから読み取り、各ホップで使われた暗号化とともに表示します。</translation>
    </message>
    <message>
        <source>An .eml file or an mbox.</source>
        <translation>.eml ファイルまたは mbox。</translation>
    </message>
    <message>
        <source>Print the hops as JSON.</source>
        <translation>ホップを JSON で出力します。</translation>
    </message>
    <message>
        <source>Match the hops to this workspace's hosts and links.</source>
        <translation>ホップをこのワークスペースのホストとリンクに対応付けます。</translation>
    </message>
    <message>
        <source>Keep what each hop used in the workspace (saved in place).</source>
        <translation>各ホップで使われた暗号化をワークスペースに記録します (上書き保存)。</translation>
    </message>
    <message>
        <source>With --record: add hosts inside the organisation that it lacks.</source>
        <translation>--record と併用: インベントリにない組織内のホストを追加します。</translation>
    </message>
    <message>
        <source>path: one message file (.eml or mbox) is required</source>
        <translation>path: メッセージファイル (.eml または mbox) を 1 つ指定してください</translation>
    </message>
    <message>
        <source>path: --record and --add-unknown need --workspace FILE</source>
        <translation>path: --record と --add-unknown には --workspace FILE が必要です</translation>
    </message>
    <message>
        <source>path: --add-unknown needs --record</source>
        <translation>path: --add-unknown には --record が必要です</translation>
    </message>
    <message>
        <source>path: warning: %1</source>
        <translation>path: 警告: %1</translation>
    </message>
    <message>
        <source>path: %1</source>
        <translation>path: %1</translation>
    </message>
    <message>
        <source>Recorded in %1: %2 hops on links (%3 new observations, %4 updated), %5 hops without a link, %6 hosts and %7 links added.</source>
        <translation>%1 に記録しました: リンク上のホップ %2 (新しい観測 %3、更新 %4)、リンクのないホップ %5、追加したホスト %6 とリンク %7。</translation>
    </message>
</context>
<context>
    <name>mailtls::PathMap</name>
    <message>
        <source>Internet</source>
        <translation>インターネット</translation>
    </message>
    <message>
        <source>Inbound MX and outbound relays</source>
        <translation>受信 MX と送信リレー</translation>
    </message>
    <message>
        <source>Internal relays and filters</source>
        <translation>内部リレーとフィルター</translation>
    </message>
    <message>
        <source>Mail stores</source>
        <translation>メールストア</translation>
    </message>
    <message>
        <source>Access services</source>
        <translation>アクセスサービス</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>利用者</translation>
    </message>
    <message>
        <source>sends %1</source>
        <translation>送信 %1</translation>
    </message>
    <message>
        <source>ignores DANE/MTA-STS</source>
        <translation>DANE/MTA-STS を無視</translation>
    </message>
    <message>
        <source>keeps DANE/MTA-STS</source>
        <translation>DANE/MTA-STS を守る</translation>
    </message>
</context>
<context>
    <name>mailtls::PathMapLegend</name>
    <message>
        <source>incomplete: some answers undecided</source>
        <translation>未確定: 一部の応答が判定不能</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>seen in real messages</source>
        <translation>実際のメッセージで確認</translation>
    </message>
    <message>
        <source>direction of connection</source>
        <translation>接続の方向</translation>
    </message>
</context>
<context>
    <name>mailtls::PathMapText</name>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1（未確定あり）</translation>
    </message>
    <message>
        <source>Incomplete: some of the server's answers were undecided, so the link may be weaker than shown.</source>
        <translation>未確定: サーバーの応答の一部が判定できなかったため、このリンクは表示より弱い可能性があります。</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>リンク %n 本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a problem</source>
        <translation>
            <numerusform>問題あり %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>not seen in real messages</source>
        <translation>実際のメッセージでは未確認</translation>
    </message>
    <message>
        <source>seen in real messages, some in cleartext</source>
        <translation>実際のメッセージで確認 (一部は平文)</translation>
    </message>
    <message>
        <source>seen in real messages</source>
        <translation>実際のメッセージで確認</translation>
    </message>
    <message>
        <source>outside the organisation</source>
        <translation>組織の外</translation>
    </message>
    <message>
        <source>mail clients and browsers</source>
        <translation>メールクライアントとブラウザー</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>役割なし</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>拠点: %1</translation>
    </message>
    <message>
        <source>Software: %1</source>
        <translation>ソフトウェア: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 から %2</translation>
    </message>
    <message>
        <source>M%1 · %2 · %3</source>
        <translation>M%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n more)</source>
        <translation>
            <numerusform>(ほか %n 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注記: %1</translation>
    </message>
    <message>
        <source>Protected against downgrade by %1</source>
        <translation>%1 によりダウングレードから保護</translation>
    </message>
</context>
<context>
    <name>mailtls::PathMapView</name>
    <message>
        <source>Encrypted and cleartext mail paths, MailTLS Auditor</source>
        <translation>暗号化と平文のメール経路 (MailTLS Auditor)</translation>
    </message>
</context>
<context>
    <name>mailtls::PathMapWidget</name>
    <message>
        <source>Select a host or a link to see its details.</source>
        <translation>ホストまたはリンクを選ぶと詳細が表示されます。</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Problem Links Only</source>
        <translation>問題のあるリンクのみ</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <source>Export PNG...</source>
        <translation>PNG を書き出す...</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Export SVG...</source>
        <translation>SVG を書き出す...</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 図 (*.svg)</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>印刷...</translation>
    </message>
    <message>
        <source>Export Path Map</source>
        <translation>経路マップを書き出す</translation>
    </message>
</context>
<context>
    <name>mailtls::Policy</name>
    <message>
        <source>address %1: %2</source>
        <translation>アドレス %1: %2</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>空でない文字列が必要です</translation>
    </message>
    <message>
        <source>unknown severity '%1'</source>
        <translation>不明な重大度 '%1'</translation>
    </message>
    <message>
        <source>unknown link kind '%1'</source>
        <translation>不明なリンク種別 '%1'</translation>
    </message>
    <message>
        <source>info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>expected 1</source>
        <translation>1 である必要があります</translation>
    </message>
    <message>
        <source>expected a non-empty array</source>
        <translation>空でない配列が必要です</translation>
    </message>
    <message>
        <source>expected 1, 2, 3 or 4</source>
        <translation>1、2、3、4 のいずれかである必要があります</translation>
    </message>
    <message>
        <source>expected at least one link kind</source>
        <translation>リンク種別が 1 つ以上必要です</translation>
    </message>
    <message>
        <source>unknown check '%1'</source>
        <translation>不明なチェック '%1'</translation>
    </message>
    <message>
        <source>duplicate rule id '%1'</source>
        <translation>ルール ID '%1' が重複しています</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>判定不能</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>未調査</translation>
    </message>
    <message>
        <source>offered before TLS: %1</source>
        <translation>TLS 前に提示: %1</translation>
    </message>
    <message>
        <source>accepts %1</source>
        <translation>%1 を受け付ける</translation>
    </message>
    <message>
        <source>STARTTLS not offered</source>
        <translation>STARTTLS なし</translation>
    </message>
    <message>
        <source>no TLS version accepted (%1)</source>
        <translation>受け付ける TLS バージョンなし (%1)</translation>
    </message>
    <message>
        <source> with %1</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>accepts only %1</source>
        <translation>%1 のみ受け付ける</translation>
    </message>
    <message>
        <source>chooses %1 (%2) for a modern client</source>
        <translation>最新のクライアントに対して %1 (%2) を選択</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>accepts %1 without forward secrecy: %2</source>
        <translation>前方秘匿性のない %1 を受け付ける: %2</translation>
    </message>
    <message>
        <source>1 suite</source>
        <translation>1 スイート</translation>
    </message>
    <message>
        <source>%1 suites</source>
        <translation>%1 スイート</translation>
    </message>
    <message>
        <source>every accepted suite has forward secrecy</source>
        <translation>受け付けるすべてのスイートに前方秘匿性あり</translation>
    </message>
    <message>
        <source>no certificate was read</source>
        <translation>証明書を読み取れませんでした</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>%1 に期限切れ</translation>
    </message>
    <message>
        <source>not valid before %1</source>
        <translation>%1 より前は無効</translation>
    </message>
    <message>
        <source>not trusted: %1</source>
        <translation>信頼できない: %1</translation>
    </message>
    <message>
        <source>no chain to a trust anchor</source>
        <translation>トラストアンカーへの証明書チェーンがない</translation>
    </message>
    <message>
        <source>does not name %1 (subject %2)</source>
        <translation>%1 の名前を含まない (サブジェクト %2)</translation>
    </message>
    <message>
        <source>RSA key of %1 bits</source>
        <translation>%1 ビットの RSA 鍵</translation>
    </message>
    <message>
        <source>signed with %1</source>
        <translation>%1 で署名</translation>
    </message>
    <message>
        <source>trust or name not checked</source>
        <translation>信頼性または名前を確認していない</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1、%2 まで有効</translation>
    </message>
    <message>
        <source>AUTH %1 offered before %2</source>
        <translation>%2 より前に AUTH %1 を提示</translation>
    </message>
    <message>
        <source>USER/PASS accepted before STLS</source>
        <translation>STLS より前に USER/PASS を受け付ける</translation>
    </message>
    <message>
        <source>LOGIN accepted before STARTTLS (no LOGINDISABLED)</source>
        <translation>STARTTLS より前に LOGIN を受け付ける (LOGINDISABLED なし)</translation>
    </message>
    <message>
        <source>no TLS at all: every login crosses in cleartext</source>
        <translation>TLS がまったくない: すべてのログインが平文で流れる</translation>
    </message>
    <message>
        <source>TLS from the first byte</source>
        <translation>最初のバイトから TLS</translation>
    </message>
    <message>
        <source>no login offered before %1</source>
        <translation>%1 より前にログインを提示しない</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>TLS なし</translation>
    </message>
    <message>
        <source>no HTTP response</source>
        <translation>HTTP の応答なし</translation>
    </message>
    <message>
        <source>%1 redirect to %2</source>
        <translation>%1 で %2 へリダイレクト</translation>
    </message>
    <message>
        <source>plain HTTP answers %1 and serves the page</source>
        <translation>平文の HTTP が %1 を返しページを提供</translation>
    </message>
    <message>
        <source>no HTTPS response</source>
        <translation>HTTPS の応答なし</translation>
    </message>
    <message>
        <source>no Strict-Transport-Security header</source>
        <translation>Strict-Transport-Security ヘッダーなし</translation>
    </message>
    <message>
        <source>Strict-Transport-Security: %1</source>
        <translation>Strict-Transport-Security: %1</translation>
    </message>
    <message>
        <source>%1 on %2 (message %3, %4)</source>
        <translation>%2 に %1 (メッセージ %3、%4)</translation>
    </message>
    <message>
        <source>crossed in %1</source>
        <translation>通過: %1</translation>
    </message>
    <message>
        <source>crossed with %1</source>
        <translation>通過: %1</translation>
    </message>
    <message>
        <source>earlier in %1</source>
        <translation>以前: %1</translation>
    </message>
    <message>
        <source>check '%1' takes no parameter '%2'</source>
        <translation>チェック '%1' にパラメーター '%2' はありません</translation>
    </message>
    <message>
        <source>required by check '%1'</source>
        <translation>チェック '%1' に必須です</translation>
    </message>
    <message>
        <source>expected a non-empty array of named groups</source>
        <translation>名前付きグループの空でない配列が必要です</translation>
    </message>
    <message>
        <source>unknown named group '%1' (as the probe names them: x25519, secp256r1, ffdhe2048, ...)</source>
        <translation>不明な名前付きグループ '%1' (プローブでの名前: x25519、secp256r1、ffdhe2048 など)</translation>
    </message>
    <message>
        <source>expected a non-empty array of cipher suite names</source>
        <translation>暗号スイート名の空でない配列が必要です</translation>
    </message>
    <message>
        <source>expected a non-empty array of protocol version names</source>
        <translation>プロトコルバージョン名の空でない配列が必要です</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>文字列が必要です</translation>
    </message>
    <message>
        <source>unknown cipher suite '%1' (IANA names, as in the catalog)</source>
        <translation>不明な暗号スイート '%1' (カタログと同じ IANA 名で指定します)</translation>
    </message>
    <message>
        <source>unknown protocol version '%1'</source>
        <translation>不明なプロトコルバージョン '%1'</translation>
    </message>
    <message>
        <source>unknown strength class '%1' (insecure, weak, secure, recommended)</source>
        <translation>不明な強度クラス '%1' (insecure、weak、secure、recommended)</translation>
    </message>
    <message>
        <source>expected a positive number of bits</source>
        <translation>正のビット数が必要です</translation>
    </message>
    <message>
        <source>expected an object of key types and minimum bits</source>
        <translation>鍵の種類と最小ビット数のオブジェクトが必要です</translation>
    </message>
    <message>
        <source>expected an object of class names and lists</source>
        <translation>クラス名とリストのオブジェクトが必要です</translation>
    </message>
    <message>
        <source>'%1' is in two classes</source>
        <translation>'%1' が 2 つのクラスに含まれています</translation>
    </message>
    <message>
        <source>expected a class name</source>
        <translation>クラス名が必要です</translation>
    </message>
    <message>
        <source>expected an object of class names and severities</source>
        <translation>クラス名と重大度のオブジェクトが必要です</translation>
    </message>
    <message>
        <source>unknown class '%1'</source>
        <translation>不明なクラス '%1'</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <source>endpoint not in the inventory</source>
        <translation>エンドポイントがインベントリにありません</translation>
    </message>
    <message>
        <source>%1 also offered on port %2</source>
        <translation>%1 はポート %2 でも提供されています</translation>
    </message>
    <message>
        <source>only %1 with STARTTLS; no %2 (port %3) on this host</source>
        <translation>STARTTLS 付きの %1 のみで、このホストに %2 (ポート %3) はありません</translation>
    </message>
    <message>
        <source>suites not decided for %1</source>
        <translation>%1 の暗号スイートが判定されていません</translation>
    </message>
    <message>
        <source>accepts %1 not on the list: %2</source>
        <translation>リストにない %1 を受け付けます: %2</translation>
    </message>
    <message>
        <source>every accepted suite is on the list (%1)</source>
        <translation>受け付けるスイートはすべてリストにあります (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>accepts %1 below %2: %3</source>
        <translation>%2 未満の %1 を受け付けます: %3</translation>
    </message>
    <message>
        <source>no accepted suite below %1</source>
        <translation>%1 未満の受け付けるスイートはありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>accepted suites' classes: %1</source>
        <translation>受け付けるスイートのクラス: %1</translation>
    </message>
    <message>
        <source>a version to judge was not decided</source>
        <translation>判定すべきバージョンが判定されていません</translation>
    </message>
    <message>
        <source>no certificate key was read</source>
        <translation>証明書の鍵を読み取れませんでした</translation>
    </message>
    <message>
        <source>%1 key of %2 bits</source>
        <translation>%2 ビットの %1 鍵</translation>
    </message>
    <message>
        <source>%1; allowed: %2</source>
        <translation>%1。許可: %2</translation>
    </message>
    <message>
        <source>%1; at least %2 wanted</source>
        <translation>%1。%2 以上が必要です</translation>
    </message>
    <message>
        <source>%1 (DH %2 bits)</source>
        <translation>%1（DH %2 ビット）</translation>
    </message>
    <message>
        <source>Diffie-Hellman under %1 bits: %2</source>
        <translation>%1 ビット未満の Diffie-Hellman: %2</translation>
    </message>
    <message>
        <source>DH size not read for %1</source>
        <translation>%1 の DH サイズを読み取れませんでした</translation>
    </message>
    <message>
        <source>every DHE key has %1 bits or more</source>
        <translation>すべての DHE 鍵が %1 ビット以上です</translation>
    </message>
    <message>
        <source>no finite-field DHE suite accepted</source>
        <translation>有限体 DHE のスイートは受け付けていません</translation>
    </message>
    <message>
        <source>accepts groups not on the list: %1</source>
        <translation>リストにないグループを受け付けます: %1</translation>
    </message>
    <message>
        <source>groups not decided for %1</source>
        <translation>%1 のグループが判定されていません</translation>
    </message>
    <message>
        <source>no named-group key exchange accepted</source>
        <translation>名前付きグループの鍵交換は受け付けていません</translation>
    </message>
    <message>
        <source>SASL %1 offered before StartTLS</source>
        <translation>StartTLS より前に SASL %1 を提示</translation>
    </message>
    <message>
        <source>LDAP simple bind accepted before StartTLS (%1)</source>
        <translation>StartTLS より前に LDAP の単純バインドを受け付ける (%1)</translation>
    </message>
    <message>
        <source>simple bind before StartTLS not asked</source>
        <translation>StartTLS 前の単純バインドは未確認</translation>
    </message>
    <message>
        <source>chain: %1</source>
        <translation>チェーン: %1</translation>
    </message>
    <message>
        <source>the certificate sent without SNI (as most sending MTAs connect)</source>
        <translation>SNI なしで送られる証明書 (送信側 MTA の多くはこの方法で接続します)</translation>
    </message>
    <message>
        <source>the RSA certificate</source>
        <translation>RSA 証明書</translation>
    </message>
    <message>
        <source>the ECDSA certificate</source>
        <translation>ECDSA 証明書</translation>
    </message>
    <message>
        <source>%1: undecided (%2)</source>
        <translation>%1: 未判定 (%2)</translation>
    </message>
    <message>
        <source>without SNI the server refuses the handshake: senders that send no name, as most MTAs, get no TLS</source>
        <translation>SNI がないとサーバーはハンドシェイクを拒否します: 多くの MTA のようにサーバー名を送らない送信側は TLS を使えません</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 differs from the one sent with SNI: %2, valid until %3</source>
        <translation>%1 は SNI ありで送られる証明書と異なります: %2、%3 まで有効</translation>
    </message>
    <message>
        <source>the domains' defences against downgrade were not checked</source>
        <translation>ドメインのダウングレード対策は確認されていません</translation>
    </message>
    <message>
        <source>the host has no DNS name</source>
        <translation>ホストに DNS 名がありません</translation>
    </message>
    <message>
        <source>%1 is an MX of no domain checked: DNS does not name it</source>
        <translation>%1 は確認したどのドメインの MX でもありません。DNS に載っていません</translation>
    </message>
    <message>
        <source>%1, MX of %2: %3</source>
        <translation>%1 (%2 の MX): %3</translation>
    </message>
    <message>
        <source>%1, MX of %2: senders that validate cannot deliver: %3</source>
        <translation>%1 (%2 の MX): 検証する送信側は配送できません: %3</translation>
    </message>
    <message>
        <source>%1, MX of %2: what is published matches what the MX presents</source>
        <translation>%1 (%2 の MX): 公開内容は MX が示すものと一致します</translation>
    </message>
    <message>
        <source>%1, MX of %2: undecided: %3</source>
        <translation>%1 (%2 の MX): 未確定: %3</translation>
    </message>
    <message>
        <source>%1: a record for the next key or the issuer is published beside the current one</source>
        <translation>%1: 現在のものに加えて、次の鍵または発行者のレコードが公開されています</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>準備ができていません</translation>
    </message>
    <message>
        <source>%1: undecided (the certificate or DNSSEC state is unknown)</source>
        <translation>%1: 未確定 (証明書または DNSSEC の状態が不明)</translation>
    </message>
    <message>
        <source>%1 TXT: %2</source>
        <translation>%1 TXT: %2</translation>
    </message>
    <message>
        <source>%1: no TLS-RPT record</source>
        <translation>%1: TLS-RPT レコードがありません</translation>
    </message>
    <message>
        <source>the MX lookup of %1 failed (%2): whether %3 is its MX is unknown</source>
        <translation>%1 の MX の検索に失敗しました(%2): %3 がその MX かどうかは不明です</translation>
    </message>
    <message>
        <source>unknown hygiene check '%1' (one of: %2)</source>
        <translation>不明な衛生チェック '%1' (次のいずれか: %2)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true または false が必要です</translation>
    </message>
    <message>
        <source>%1: not checked: this result has no TLS hygiene checks (probed before they existed, with them off, or stopped before them)</source>
        <translation>%1: 未確認: この結果には TLS 衛生チェックがありません (チェックの導入前に調査したか、チェックを無効にしていたか、チェックの前に中断しました)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>%1: undecided: %2</source>
        <translation>%1: 未確定: %2</translation>
    </message>
    <message>
        <source>unknown outbound check '%1' (one of: %2)</source>
        <translation>不明な送信側の確認 '%1' (次のいずれか: %2)</translation>
    </message>
    <message>
        <source>the rule names no outbound check</source>
        <translation>ルールが送信側の確認を指定していません</translation>
    </message>
    <message>
        <source>the relay was never tested as a sender: run 'mailtls-auditor receiver --workspace' and send a message through the relay to it</source>
        <translation>リレーは送信側としてテストされていません。'mailtls-auditor receiver --workspace' を実行し、リレー経由でメッセージを送ってください</translation>
    </message>
    <message>
        <source>the relay was not tested toward a destination that requires TLS (the receiver's --policy requires-tls)</source>
        <translation>TLS を必須とする宛先へのリレーのテストがありません (受信サーバーの --policy requires-tls)</translation>
    </message>
    <message>
        <source>no test of the relay asked this</source>
        <translation>これを確かめたリレーのテストはありません</translation>
    </message>
    <message>
        <source>%1, EHLO %2</source>
        <translation>%1、EHLO %2</translation>
    </message>
    <message>
        <source>%1 (test receiver, %2, from %3)</source>
        <translation>%1 (テスト受信サーバー、%2、送信元 %3)</translation>
    </message>
    <message>
        <source>undecided: %1</source>
        <translation>未決定: %1</translation>
    </message>
</context>
<context>
    <name>mailtls::PolicyFetch</name>
    <message>
        <source>%1 offers only %2; senders require TLS 1.2 or later (RFC 8996)</source>
        <translation>%1 は %2 までしか対応していません。送信側は TLS 1.2 以上を必要とします (RFC 8996)</translation>
    </message>
    <message>
        <source>the response head is longer than %1 bytes</source>
        <translation>レスポンスヘッダーが %1 バイトを超えています</translation>
    </message>
    <message>
        <source>not an HTTP/1.x status line: "%1"</source>
        <translation>HTTP/1.x のステータス行ではありません: "%1"</translation>
    </message>
    <message>
        <source>a folded header line (obsolete in HTTP/1.1): "%1"</source>
        <translation>折り返されたヘッダー行です (HTTP/1.1 では廃止): "%1"</translation>
    </message>
    <message>
        <source>not a header line: "%1"</source>
        <translation>ヘッダー行ではありません: "%1"</translation>
    </message>
    <message>
        <source>a transfer coding the fetch does not read: "%1"</source>
        <translation>取得処理が読めない転送コーディングです: "%1"</translation>
    </message>
    <message>
        <source>a Content-Length that is not a number: "%1"</source>
        <translation>Content-Length が数値ではありません: "%1"</translation>
    </message>
    <message>
        <source>two different Content-Length headers</source>
        <translation>値の異なる Content-Length ヘッダーが 2 つあります</translation>
    </message>
    <message>
        <source>the chunked trailer is longer than %1 bytes</source>
        <translation>チャンク形式のトレーラーが %1 バイトを超えています</translation>
    </message>
    <message>
        <source>a chunk is longer than its size line says</source>
        <translation>チャンクがサイズ行の示す長さより長くなっています</translation>
    </message>
    <message>
        <source>a chunk size line is longer than %1 bytes</source>
        <translation>チャンクのサイズ行が %1 バイトを超えています</translation>
    </message>
    <message>
        <source>not a chunk size: "%1"</source>
        <translation>チャンクサイズではありません: "%1"</translation>
    </message>
    <message>
        <source>the server closed the connection without a response</source>
        <translation>サーバーが応答せずに接続を閉じました</translation>
    </message>
    <message>
        <source>the server closed the connection within the response head</source>
        <translation>サーバーがレスポンスヘッダーの途中で接続を閉じました</translation>
    </message>
    <message>
        <source>the server closed the connection after %1 of %2 body bytes</source>
        <translation>サーバーが本文 %2 バイト中 %1 バイトの時点で接続を閉じました</translation>
    </message>
    <message>
        <source>the server closed the connection within the chunked body</source>
        <translation>サーバーがチャンク形式の本文の途中で接続を閉じました</translation>
    </message>
    <message>
        <source>fetched</source>
        <translation>取得済み</translation>
    </message>
    <message>
        <source>no address for the policy host</source>
        <translation>ポリシーホストのアドレスがありません</translation>
    </message>
    <message>
        <source>DNS lookup failed</source>
        <translation>DNS の問い合わせに失敗しました</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>接続に失敗しました</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS ハンドシェイクに失敗しました</translation>
    </message>
    <message>
        <source>certificate not valid for the policy host</source>
        <translation>証明書がポリシーホストに対して有効ではありません</translation>
    </message>
    <message>
        <source>HTTP error status</source>
        <translation>HTTP エラーステータス</translation>
    </message>
    <message>
        <source>redirect (not followed)</source>
        <translation>リダイレクト (追従しません)</translation>
    </message>
    <message>
        <source>not text/plain</source>
        <translation>text/plain ではありません</translation>
    </message>
    <message>
        <source>policy too large</source>
        <translation>ポリシーが大きすぎます</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウトしました</translation>
    </message>
    <message>
        <source>malformed HTTP response</source>
        <translation>不正な HTTP レスポンス</translation>
    </message>
    <message>
        <source>not trusted: %1</source>
        <translation>信頼されていません: %1</translation>
    </message>
    <message>
        <source>it does not name %1</source>
        <translation>%1 の名前が含まれていません</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>%1 に有効期限が切れています</translation>
    </message>
    <message>
        <source>not valid before %1</source>
        <translation>%1 より前は有効ではありません</translation>
    </message>
    <message>
        <source>no complete answer before the deadline (%1); this says nothing about the policy</source>
        <translation>期限までに完全な応答がありませんでした (%1)。ポリシーについては何も判断できません</translation>
    </message>
    <message>
        <source>no address took a connection on port %1 (%2); senders cannot fetch the policy</source>
        <translation>ポート %1 で接続を受け付けたアドレスがありません (%2)。送信側はポリシーを取得できません</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS ハンドシェイク</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>%1 との TLS ハンドシェイクに失敗しました: %2</translation>
    </message>
    <message>
        <source>the server sent no certificate that could be read</source>
        <translation>サーバーから読み取れる証明書が送られてきませんでした</translation>
    </message>
    <message>
        <source>senders refuse this certificate: %1</source>
        <translation>送信側はこの証明書を受け入れません: %1</translation>
    </message>
    <message>
        <source>sending the request</source>
        <translation>リクエストの送信</translation>
    </message>
    <message>
        <source>%1 bytes of the response head received</source>
        <translation>レスポンスヘッダーを %1 バイト受信</translation>
    </message>
    <message>
        <source>HTTP %1 to "%2": senders do not follow redirects (RFC 8461 3.3), so they have no policy</source>
        <translation>HTTP %1 で "%2" へ転送されます。送信側はリダイレクトに従わないため (RFC 8461 3.3)、ポリシーを得られません</translation>
    </message>
    <message>
        <source>HTTP %1: senders have no policy</source>
        <translation>HTTP %1: 送信側はポリシーを得られません</translation>
    </message>
    <message>
        <source>the body is larger than %1 bytes; senders stop reading and have no policy</source>
        <translation>本文が %1 バイトを超えています。送信側は読み込みを打ち切り、ポリシーを得られません</translation>
    </message>
    <message>
        <source>%1 bytes of the response received</source>
        <translation>レスポンスを %1 バイト受信</translation>
    </message>
    <message>
        <source>Content-Type "%1" is not text/plain; senders reject the policy</source>
        <translation>Content-Type "%1" は text/plain ではありません。送信側はポリシーを拒否します</translation>
    </message>
    <message>
        <source>the fetch took %1 ms; some senders give up after %2 ms</source>
        <translation>取得に %1 ミリ秒かかりました。送信側によっては %2 ミリ秒で打ち切ります</translation>
    </message>
    <message>
        <source>the lookups of %1 failed (A: %2; AAAA: %3); this says nothing about the policy</source>
        <translation>%1 の問い合わせに失敗しました (A: %2、AAAA: %3)。ポリシーについては何も判断できません</translation>
    </message>
    <message>
        <source>%1 has no A or AAAA record (A: %2; AAAA: %3); senders cannot fetch a policy</source>
        <translation>%1 には A レコードも AAAA レコードもありません (A: %2、AAAA: %3)。送信側はポリシーを取得できません</translation>
    </message>
    <message>
        <source>connection dropped before a complete answer</source>
        <translation>完全な応答の前に接続が切れた</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 broke off without a fatal alert (%2); this says nothing about the policy</source>
        <translation>%1 との TLS ハンドシェイクが致命的アラートなしに途切れました(%2)。ポリシーについては何もわかりません</translation>
    </message>
    <message>
        <source>the request could not be sent: %1; this says nothing about the policy</source>
        <translation>要求を送信できませんでした: %1。ポリシーについては何もわかりません</translation>
    </message>
    <message>
        <source>the server closed the connection after %1 bytes, before a response head; this says nothing about the policy</source>
        <translation>サーバーは %1 バイトの後、応答ヘッダーの前に接続を閉じました。ポリシーについては何もわかりません</translation>
    </message>
    <message>
        <source>the server closed the connection before the end of the response (%1); this says nothing about the policy</source>
        <translation>サーバーは応答の終わりより前に接続を閉じました(%1)。ポリシーについては何もわかりません</translation>
    </message>
</context>
<context>
    <name>mailtls::Pop3Dialogue</name>
    <message>
        <source>unexpected greeting: %1</source>
        <translation>予期しないグリーティング: %1</translation>
    </message>
    <message>
        <source>CAPA longer than %1 lines</source>
        <translation>CAPA の応答が %1 行を超えています</translation>
    </message>
    <message>
        <source>STLS refused: %1</source>
        <translation>STLS が拒否されました: %1</translation>
    </message>
</context>
<context>
    <name>mailtls::ProbeCommand</name>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>アドレス %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>アドレス %1</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>未検査</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>接続 %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Greeting: %1</source>
        <translation>グリーティング: %1</translation>
    </message>
    <message>
        <source>STARTTLS: offered %1, succeeded %2</source>
        <translation>STARTTLS: 提供 %1、成功 %2</translation>
    </message>
    <message>
        <source>Protocols:</source>
        <translation>プロトコル:</translation>
    </message>
    <message>
        <source>server order</source>
        <translation>サーバー優先順</translation>
    </message>
    <message>
        <source>client order</source>
        <translation>クライアント優先順</translation>
    </message>
    <message>
        <source>Certificate: %1; %2 %3 bits; valid until %4</source>
        <translation>証明書: %1、%2 %3 ビット、有効期限 %4</translation>
    </message>
    <message>
        <source>trusted %1, name matches %2, self-signed %3, expired %4</source>
        <translation>信頼 %1、名前一致 %2、自己署名 %3、期限切れ %4</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no HSTS</source>
        <translation>HSTS なし</translation>
    </message>
    <message>
        <source>HSTS: %1</source>
        <translation>HSTS: %1</translation>
    </message>
    <message>
        <source>login page over plain HTTP</source>
        <translation>平文 HTTP のログインページ</translation>
    </message>
    <message>
        <source>Credentials in cleartext possible: %1</source>
        <translation>認証情報が平文で送られる可能性: %1</translation>
    </message>
    <message>
        <source>Probe mail endpoints: STARTTLS, TLS versions, cipher suites, certificate, and whether credentials could cross in cleartext.</source>
        <translation>メールのエンドポイントを検査します: STARTTLS、TLS バージョン、暗号スイート、証明書、認証情報が平文で流れうるか。</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>一つの JSON 配列で出力します。</translation>
    </message>
    <message>
        <source>The name the hop is addressed by (SNI, certificate check).</source>
        <translation>このホップの宛先名（SNI と証明書の確認に使用）。</translation>
    </message>
    <message>
        <source>host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>probe: give at least one URL, e.g. smtp://mx.example.org</source>
        <translation>probe: URL を一つ以上指定してください（例: smtp://mx.example.org）</translation>
    </message>
    <message>
        <source>probe: %1</source>
        <translation>probe: %1</translation>
    </message>
    <message>
        <source>probed %1: %2</source>
        <translation>%1 を検査しました: %2</translation>
    </message>
    <message>
        <source>%1 (DH %2 bits)</source>
        <translation>%1（DH %2 ビット）</translation>
    </message>
    <message>
        <source>secure renegotiation %1, extended master secret %2</source>
        <translation>セキュアな再ネゴシエーション %1、拡張マスターシークレット %2</translation>
    </message>
    <message>
        <source>smtp://, submission://, smtps://, lmtp://, imap://, imaps://, pop3://, pop3s://, sieve://, ldap://, ldaps://, https://, http:// or tls://host:port</source>
        <translation>smtp://、submission://、smtps://、lmtp://、imap://、imaps://、pop3://、pop3s://、sieve://、ldap://、ldaps://、https://、http:// または tls://ホスト:ポート</translation>
    </message>
    <message>
        <source>LDAP simple bind before StartTLS</source>
        <translation>StartTLS より前の LDAP 単純バインド</translation>
    </message>
    <message>
        <source>Simple bind before StartTLS: %1</source>
        <translation>StartTLS 前の単純バインド: %1</translation>
    </message>
    <message>
        <source>chain: %1</source>
        <translation>チェーン: %1</translation>
    </message>
    <message>
        <source>Certificate %1: undecided (%2)</source>
        <translation>証明書 %1: 未判定 (%2)</translation>
    </message>
    <message>
        <source>Certificate %1: none (the server refused the handshake)</source>
        <translation>証明書 %1: なし (サーバーがハンドシェイクを拒否)</translation>
    </message>
    <message>
        <source>Certificate %1: the same</source>
        <translation>証明書 %1: 同じ証明書</translation>
    </message>
    <message>
        <source>Certificate %1: %2; %3 %4 bits; trusted %5, name matches %6, expired %7</source>
        <translation>証明書 %1: %2。%3 %4 ビット。信頼 %5、名前の一致 %6、期限切れ %7</translation>
    </message>
    <message>
        <source>Hygiene:</source>
        <translation>衛生:</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>未確定</translation>
    </message>
</context>
<context>
    <name>mailtls::ProbeStatus</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>接続拒否</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>プロトコルエラー</translation>
    </message>
    <message>
        <source>STARTTLS not offered</source>
        <translation>STARTTLS なし</translation>
    </message>
    <message>
        <source>STARTTLS rejected</source>
        <translation>STARTTLS 拒否</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS ハンドシェイク失敗</translation>
    </message>
    <message>
        <source>Rate limited by the server</source>
        <translation>サーバーによるレート制限</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
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
    <name>mailtls::PropertyTree</name>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>mailtls::Received</name>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>cleartext</source>
        <translation>平文</translation>
    </message>
    <message>
        <source>local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1: the header section is larger than %2 KiB; the rest was skipped</source>
        <translation>%1: ヘッダー部が %2 KiB を超えています。残りは読み飛ばしました</translation>
    </message>
    <message>
        <source>%1: %2 Received: headers; only the last %3 were read</source>
        <translation>%1: Received: ヘッダーが %2 個あります。最新の %3 個だけを読みました</translation>
    </message>
    <message>
        <source>%1: no message found</source>
        <translation>%1: メッセージが見つかりません</translation>
    </message>
    <message>
        <source>%1:1: not a message: no header fields such as Received:, Message-ID: or Date:</source>
        <translation>%1:1: メッセージではありません: Received:、Message-ID:、Date: などのヘッダーがありません</translation>
    </message>
    <message>
        <source>%1: cannot open the message: %2</source>
        <translation>%1: メッセージを開けません: %2</translation>
    </message>
</context>
<context>
    <name>mailtls::ReceiverCommand</name>
    <message>
        <source>session %1 from %2</source>
        <translation>%2 からのセッション %1</translation>
    </message>
    <message>
        <source>(%1 %2)</source>
        <translation>(%1 %2)</translation>
    </message>
    <message>
        <source>on %1 [%2]</source>
        <translation>%1 [%2] で</translation>
    </message>
    <message>
        <source>STARTTLS, %1 %2%3</source>
        <translation>STARTTLS、%1 %2%3</translation>
    </message>
    <message>
        <source>, no SNI</source>
        <translation>、SNI なし</translation>
    </message>
    <message>
        <source>, SNI %1</source>
        <translation>、SNI %1</translation>
    </message>
    <message>
        <source>STARTTLS, handshake failed: %1</source>
        <translation>STARTTLS、ハンドシェイク失敗: %1</translation>
    </message>
    <message>
        <source>STARTTLS answered %1</source>
        <translation>STARTTLS に %1 で応答</translation>
    </message>
    <message>
        <source>no STARTTLS</source>
        <translation>STARTTLS なし</translation>
    </message>
    <message>
        <source>message taken over TLS</source>
        <translation>TLS でメッセージを受信</translation>
    </message>
    <message>
        <source>message taken in cleartext</source>
        <translation>平文でメッセージを受信</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>メッセージなし</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>プロトコルエラー</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>%1: %2; %3</source>
        <translation>%1: %2、%3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Receive test messages from an outbound relay and record what it does: STARTTLS, version, suite, SNI, and what it does when TLS is missing, refused, stripped or its certificate is bad. Messages are discarded, never relayed or delivered.</source>
        <translation>送信リレーからテストメッセージを受信し、その動作を記録します: STARTTLS、バージョン、暗号スイート、SNI、そして TLS がない・拒否された・除去された・証明書が不正なときにどうするか。メッセージは破棄され、中継も配送もされません。</translation>
    </message>
    <message>
        <source>Listen on ADDR:PORT (repeat for several listeners).</source>
        <translation>ADDR:PORT で待ち受ける (複数の待ち受けには繰り返し指定)。</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADDR:PORT</translation>
    </message>
    <message>
        <source>The scenario of the listener given in the same place (in order; normal when missing): %1.</source>
        <translation>同じ位置の待ち受けのシナリオ (順に対応、省略時は normal): %1。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The name in the greeting and of a certificate made on the spot.</source>
        <translation>グリーティングと、その場で作る証明書の名前。</translation>
    </message>
    <message>
        <source>Certificate chain (PEM) to present.</source>
        <translation>提示する証明書チェーン (PEM)。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Its private key (PEM).</source>
        <translation>その秘密鍵 (PEM)。</translation>
    </message>
    <message>
        <source>Write every session to this file (rewritten as each one ends).</source>
        <translation>全セッションをこのファイルに書き出す (セッション終了ごとに書き直し)。</translation>
    </message>
    <message>
        <source>Stop after this many seconds (0: until interrupted).</source>
        <translation>この秒数で終了する (0: 中断されるまで)。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Stop once this many sessions have ended (0: no limit).</source>
        <translation>この数のセッションが終わったら終了する (0: 無制限)。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数</translation>
    </message>
    <message>
        <source>receiver: give at least one --listen ADDR:PORT</source>
        <translation>receiver: --listen ADDR:PORT を少なくとも 1 つ指定してください</translation>
    </message>
    <message numerus="yes">
        <source>receiver: %n --scenario option(s) for fewer --listen options</source>
        <translation>
            <numerusform>receiver: --scenario オプション %n 個に対して --listen オプションが足りません</numerusform>
        </translation>
    </message>
    <message>
        <source>receiver: --listen %1: expected ADDR:PORT</source>
        <translation>receiver: --listen %1: ADDR:PORT の形で指定してください</translation>
    </message>
    <message>
        <source>receiver: unknown scenario %1 (one of: %2)</source>
        <translation>receiver: 不明なシナリオ %1 (次のいずれか: %2)</translation>
    </message>
    <message>
        <source>receiver: --cert and --key go together</source>
        <translation>receiver: --cert と --key は一緒に指定します</translation>
    </message>
    <message>
        <source>receiver: %1</source>
        <translation>receiver: %1</translation>
    </message>
    <message>
        <source>receiver: --timeout takes a number of seconds</source>
        <translation>receiver: --timeout には秒数を指定します</translation>
    </message>
    <message>
        <source>receiver: --sessions takes a count</source>
        <translation>receiver: --sessions には数を指定します</translation>
    </message>
    <message>
        <source>listening on %1: %2</source>
        <translation>%1 で待ち受け中: %2</translation>
    </message>
    <message>
        <source>%1: expected a PEM file of at most 1 MB</source>
        <translation>%1: 1 MB 以下の PEM ファイルを指定してください</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) refused so far: too many sessions open</source>
        <translation>
            <numerusform>これまでに %n 件の接続を拒否: セッション数が上限</numerusform>
        </translation>
    </message>
    <message>
        <source>What the destinations the scenarios play publish: none (opportunistic TLS: a fallback to cleartext is expected) or requires-tls (MTA-STS enforce or DANE: a fallback or an unchecked certificate is a fault).</source>
        <translation>シナリオが演じる宛先が公開しているもの: none (日和見 TLS: 平文へのフォールバックは想定どおり) または requires-tls (MTA-STS enforce か DANE: フォールバックや未検証の証明書は不備)。</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>receiver: --policy is none or requires-tls</source>
        <translation>receiver: --policy は none か requires-tls です</translation>
    </message>
    <message>
        <source>relay %1%2:</source>
        <translation>リレー %1%2:</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>未決定</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>At the end, record each relay's verdict in this workspace, on the host that has the client's address (or the name it greeted with): audits, the map and reports then judge its outbound links by it.</source>
        <translation>終了時に、各リレーの判定をこのワークスペースの、クライアントのアドレス (または挨拶に使った名前) を持つホストに記録します。以後、監査・マップ・レポートはこれでそのホストの送信リンクを判定します。</translation>
    </message>
    <message>
        <source>receiver: %1; no verdict was recorded</source>
        <translation>receiver: %1。判定は記録されませんでした</translation>
    </message>
    <message>
        <source>relay %1 is no host of the workspace: its verdict was not recorded (add the host, with this address, and test again)</source>
        <translation>リレー %1 はワークスペースのホストではありません。判定は記録されませんでした (このアドレスでホストを追加し、もう一度テストしてください)</translation>
    </message>
    <message>
        <source>recorded in %1: %2</source>
        <translation>%1 に記録しました: %2</translation>
    </message>
    <message>
        <source>%1 greeted with the name of a relay from another address: ignored</source>
        <translation>%1 は別のアドレスからリレーの名前で挨拶しました。無視します</translation>
    </message>
</context>
<context>
    <name>mailtls::ReceiverScenario</name>
    <message>
        <source>STARTTLS offered, TLS 1.2 and 1.3</source>
        <translation>STARTTLS を提示、TLS 1.2 と 1.3</translation>
    </message>
    <message>
        <source>no STARTTLS (a server without TLS)</source>
        <translation>STARTTLS なし (TLS のないサーバー)</translation>
    </message>
    <message>
        <source>STARTTLS offered, then refused with 454</source>
        <translation>STARTTLS を提示し、454 で拒否</translation>
    </message>
    <message>
        <source>STARTTLS stripped on the path (XXXXXXXA)</source>
        <translation>経路上で STARTTLS を除去 (XXXXXXXA)</translation>
    </message>
    <message>
        <source>STARTTLS with a bad certificate (self-signed, expired, another name)</source>
        <translation>不正な証明書での STARTTLS (自己署名、期限切れ、別の名前)</translation>
    </message>
    <message>
        <source>STARTTLS with TLS 1.0 and 1.1 only</source>
        <translation>TLS 1.0 と 1.1 のみの STARTTLS</translation>
    </message>
</context>
<context>
    <name>mailtls::Remediation</name>
    <message>
        <source>Warning:</source>
        <translation>警告:</translation>
    </message>
    <message>
        <source>DANE, %1 (MX of %2): %3</source>
        <translation>DANE、%1 (%2 の MX): %3</translation>
    </message>
    <message>
        <source>DANE, %1: %2</source>
        <translation>DANE、%1: %2</translation>
    </message>
    <message>
        <source>Installing a new certificate breaks DANE for %1: the TLSA records %2 pin the certificate in use (DANE-EE, full certificate), which any new certificate, even with the same key, fails. DANE senders would defer mail.</source>
        <translation>新しい証明書をインストールすると %1 の DANE が壊れます: TLSA レコード %2 は使用中の証明書そのものを固定しており (DANE-EE、証明書全体)、同じ鍵であっても新しい証明書は一致しません。DANE 送信者はメールの配送を保留することになります。</translation>
    </message>
    <message>
        <source>Installing the new certificate breaks DANE for %1: it needs a new key, and the TLSA records %2 match only the certificate or key in use. DANE senders would defer mail.</source>
        <translation>新しい証明書をインストールすると %1 の DANE が壊れます: 新しい鍵が必要ですが、TLSA レコード %2 は使用中の証明書または鍵にしか一致しません。DANE 送信者はメールの配送を保留することになります。</translation>
    </message>
    <message>
        <source>For a new key:</source>
        <translation>新しい鍵の場合:</translation>
    </message>
    <message>
        <source>The TLSA records %1 of %2 pin the key in use (DANE-EE, SPKI): a new certificate with the same key keeps DANE working (renew with the key kept, e.g. certbot --reuse-key); a new key breaks it.</source>
        <translation>%2 の TLSA レコード %1 は使用中の鍵を固定しています (DANE-EE、SPKI): 同じ鍵の新しい証明書なら DANE は機能し続けます (鍵を維持して更新します。例: certbot --reuse-key)。新しい鍵では壊れます。</translation>
    </message>
    <message>
        <source>If another CA issues it:</source>
        <translation>別の CA が発行する場合:</translation>
    </message>
    <message>
        <source>These pin the certificate in use and stop matching: %1; remove them after the change.</source>
        <translation>次のレコードは使用中の証明書を固定しており、一致しなくなります: %1。変更後に削除してください。</translation>
    </message>
    <message>
        <source>The TLSA records %1 of %2 pin a CA (DANE-TA): %3. A new certificate from that CA keeps DANE working; one from another CA breaks it.</source>
        <translation>%2 の TLSA レコード %1 は CA を固定しています (DANE-TA): %3。その CA の新しい証明書なら DANE は機能し続けますが、別の CA の証明書では壊れます。</translation>
    </message>
    <message>
        <source>the CA that issued the certificate in use</source>
        <translation>使用中の証明書を発行した CA</translation>
    </message>
    <message>
        <source>These stop matching with the change: %1.</source>
        <translation>次のレコードは変更後に一致しなくなります: %1。</translation>
    </message>
    <message>
        <source>The DANE rollover of %1 is prepared: the TLSA records %2 match no certificate in use and are there for the next certificate or key. The new certificate must match one of them, or a record that goes on matching; remove the records of the old one only after the change.</source>
        <translation>%1 の DANE ロールオーバーは準備済みです: TLSA レコード %2 は使用中のどの証明書にも一致せず、次の証明書または鍵のために用意されています。新しい証明書はそのいずれか、または引き続き一致するレコードに一致する必要があります。古い証明書のレコードは変更が済んでから削除してください。</translation>
    </message>
    <message>
        <source>No TLSA record of %1 matches the certificate in use: DANE senders defer mail to it now. Install a certificate that one of %2 matches, or publish the new certificate's record first.</source>
        <translation>%1 のどの TLSA レコードも使用中の証明書に一致しません: DANE 送信者は現在このホストへのメール配送を保留しています。%2 のいずれかに一致する証明書をインストールするか、先に新しい証明書のレコードを公開してください。</translation>
    </message>
    <message>
        <source>DANE could not be judged for %1: no certificate was seen on port %2, so which TLSA record it matches is unknown. DANE senders require one of %3 to match.</source>
        <translation>%1 の DANE を判定できませんでした: ポート %2 で証明書を確認できなかったため、どの TLSA レコードに一致するかは不明です。DANE 送信者は %3 のいずれかとの一致を求めます。</translation>
    </message>
    <message>
        <source>DANE could not be judged for %1: %2. Check its TLSA records before installing a new certificate: if DANE senders use them, the new certificate must match one.</source>
        <translation>%1 の DANE を判定できませんでした: %2。新しい証明書をインストールする前に TLSA レコードを確認してください。DANE 送信者がそれを使う場合、新しい証明書はそのいずれかに一致する必要があります。</translation>
    </message>
    <message>
        <source>the DNSSEC state of %1 or of the host's addresses is unknown</source>
        <translation>%1 またはホストのアドレスの DNSSEC の状態が不明です</translation>
    </message>
    <message>
        <source>the TLSA lookup of %1 did not answer (%2)</source>
        <translation>%1 の TLSA 照会に応答がありませんでした (%2)</translation>
    </message>
    <message>
        <source>DANE could not be judged for %1: its TLSA records or addresses fail DNSSEC validation, and DANE senders defer mail to it until that is fixed. Fix DNSSEC first; then check which TLSA record the new certificate must match before installing it.</source>
        <translation>%1 の DANE を判定できませんでした: TLSA レコードまたはアドレスが DNSSEC の検証に失敗しており、修正されるまで DANE 送信者はメールの配送を保留します。まず DNSSEC を修正し、新しい証明書がどの TLSA レコードに一致すべきかを確認してからインストールしてください。</translation>
    </message>
    <message>
        <source>DANE could not be judged</source>
        <translation>DANE を判定できませんでした</translation>
    </message>
    <message>
        <source>DANE fails already</source>
        <translation>DANE はすでに失敗しています</translation>
    </message>
    <message>
        <source>DANE rollover prepared</source>
        <translation>DANE のロールオーバー準備済み</translation>
    </message>
    <message>
        <source>a certificate from another CA breaks DANE</source>
        <translation>別の CA の証明書で DANE が壊れます</translation>
    </message>
    <message>
        <source>a new key breaks DANE</source>
        <translation>新しい鍵で DANE が壊れます</translation>
    </message>
    <message>
        <source>a new certificate breaks DANE</source>
        <translation>新しい証明書で DANE が壊れます</translation>
    </message>
    <message>
        <source>Before installing it: publish the TLSA record of the new certificate (or key) beside the old one, %1, then install the certificate, then remove the old record.</source>
        <translation>インストールする前に: 新しい証明書 (または鍵) の TLSA レコードを古いレコードと並べて公開し、%1。その後で証明書をインストールし、最後に古いレコードを削除します。</translation>
    </message>
    <message>
        <source>wait at least twice the TTL of the TLSA RRset</source>
        <translation>TLSA RRset の TTL の 2 倍以上待ちます</translation>
    </message>
    <message>
        <source>wait at least two TTLs of the TLSA RRset (its TTL was %1 s when looked up: at least %2 s)</source>
        <translation>TLSA RRset の TTL の 2 倍以上待ちます (照会時の TTL は %1 秒なので、%2 秒以上)</translation>
    </message>
    <message>
        <source>names no rule</source>
        <translation>ルールが指定されていません</translation>
    </message>
    <message>
        <source>unknown software '%1'</source>
        <translation>不明なソフトウェア '%1'</translation>
    </message>
    <message>
        <source>unknown importance '%1'</source>
        <translation>不明な重要度 '%1'</translation>
    </message>
    <message>
        <source>has no steps</source>
        <translation>手順がありません</translation>
    </message>
    <message>
        <source>a step lacks its English or Japanese text</source>
        <translation>手順に英語または日本語の文がありません</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), profile %1 %2.</source>
        <translation>
            <numerusform>%n 項目、プロファイル %1 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Endpoint: %1 (%2)</source>
        <translation>エンドポイント: %1 (%2)</translation>
    </message>
    <message>
        <source>Software: %1, %2</source>
        <translation>ソフトウェア: %1 (%2)</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>根拠: %1</translation>
    </message>
    <message>
        <source>Importance: %1; effort: %2</source>
        <translation>重要度: %1、作業量: %2</translation>
    </message>
    <message>
        <source>Verify:</source>
        <translation>確認:</translation>
    </message>
    <message>
        <source>has no verify command</source>
        <translation>確認コマンドがありません</translation>
    </message>
    <message>
        <source>the verify command names an unknown placeholder '%1'</source>
        <translation>確認コマンドに不明なプレースホルダー '%1' があります</translation>
    </message>
    <message>
        <source>%1: no remediation files</source>
        <translation>%1: 改善策ファイルがありません</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: 読み込めません</translation>
    </message>
    <message>
        <source>a second remedy for %1 on '%2' (the first is in %3)</source>
        <translation>'%2' の %1 に対する 2 つ目の改善策です (1 つ目は %3 にあります)</translation>
    </message>
    <message numerus="yes">
        <source>%n regression(s)</source>
        <translation>
            <numerusform>再発 %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted risk lapsed on %1 (owner %2): %3</source>
        <translation>リスク受容は %1 に失効 (責任者 %2): %3</translation>
    </message>
    <message>
        <source>Accepted risk until %1 (owner %2): %3</source>
        <translation>%1 までリスク受容 (責任者 %2): %3</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注記: %1</translation>
    </message>
    <message>
        <source>Verified: no longer found</source>
        <translation>検証済み: 検出されなくなった項目</translation>
    </message>
    <message>
        <source>%1 %2 on %3: verified by run %4</source>
        <translation>%3 の %1 %2: 実行 %4 で検証済み</translation>
    </message>
    <message>
        <source>a step is on unknown side '%1'</source>
        <translation>手順の適用先 '%1' が不明です</translation>
    </message>
    <message>
        <source>a step has unknown config format '%1'</source>
        <translation>手順の設定形式 '%1' が不明です</translation>
    </message>
    <message>
        <source>a step has a config format but no config</source>
        <translation>手順に設定形式がありますが、設定がありません</translation>
    </message>
    <message>
        <source>an nginx step has unknown context '%1'</source>
        <translation>nginx の手順のコンテキスト '%1' が不明です</translation>
    </message>
    <message>
        <source>only nginx steps have a context</source>
        <translation>コンテキストを持てるのは nginx の手順だけです</translation>
    </message>
    <message>
        <source>a step has unknown action '%1'</source>
        <translation>手順の操作 '%1' が不明です</translation>
    </message>
    <message>
        <source>low</source>
        <comment>effort</comment>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>effort</comment>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <comment>effort</comment>
        <translation>高</translation>
    </message>
    <message>
        <source>unknown effort '%1' (low, medium or high)</source>
        <translation>不明な工数 '%1' (low、medium、high のいずれか)</translation>
    </message>
</context>
<context>
    <name>mailtls::ReportCharts</name>
    <message>
        <source>%1 of %2</source>
        <translation>%2 件中 %1 件</translation>
    </message>
    <message>
        <source>TLS versions accepted, by endpoint</source>
        <translation>エンドポイントが受け付ける TLS バージョン</translation>
    </message>
    <message>
        <source>recommended (TLS 1.2, 1.3)</source>
        <translation>推奨 (TLS 1.2、1.3)</translation>
    </message>
    <message>
        <source>to be turned off</source>
        <translation>無効にすべきもの</translation>
    </message>
    <message>
        <source>Encrypted links, by kind</source>
        <translation>種類別の暗号化されたリンク</translation>
    </message>
    <message>
        <source>not encrypted, or not known</source>
        <translation>暗号化なし、または不明</translation>
    </message>
</context>
<context>
    <name>mailtls::ReportCommand</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Write the compliance report of a stored audit run as PDF and HTML.</source>
        <translation>保存された監査の実行のコンプライアンスレポートを PDF と HTML で書き出します。</translation>
    </message>
    <message>
        <source>Write the compliance report of a stored audit run: the state of each M3AAWG measure, the path map, charts, the findings with their evidence, the remediation checklist, and an appendix per endpoint. Use --lang ja for Japanese.</source>
        <translation>保存された監査の実行のコンプライアンスレポートを書き出します: M3AAWG の各対策の状況、経路マップ、グラフ、証拠付きの指摘事項、改善チェックリスト、エンドポイントごとの付録。日本語にするには --lang ja を指定します。</translation>
    </message>
    <message>
        <source>The workspace the run audited.</source>
        <translation>監査したワークスペース。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The run to report (default: the latest).</source>
        <translation>レポートする実行 (既定: 最新)。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The policy profile (default: m3aawg).</source>
        <translation>ポリシープロファイル (既定: m3aawg)。</translation>
    </message>
    <message>
        <source>Who made the audit, for the cover (default: the user name).</source>
        <translation>表紙に記す監査者 (既定: ユーザー名)。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Write the report as PDF to this file.</source>
        <translation>レポートを PDF としてこのファイルに書き出します。</translation>
    </message>
    <message>
        <source>Write the report as HTML to this file.</source>
        <translation>レポートを HTML としてこのファイルに書き出します。</translation>
    </message>
    <message>
        <source>report: --workspace FILE and --pdf FILE or --html FILE are required</source>
        <translation>report: --workspace FILE と、--pdf FILE または --html FILE が必要です</translation>
    </message>
    <message>
        <source>report: unknown profile '%1' ('profiles' lists them)</source>
        <translation>report: 不明なプロファイル '%1' ('profiles' で一覧表示できます)</translation>
    </message>
    <message>
        <source>report: --run takes a run id (see 'runs')</source>
        <translation>report: --run には実行 ID を指定します ('runs' を参照)</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>report: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (run %2 of %3)</source>
        <translation>%1 を書き出しました (%3 の実行 %2)</translation>
    </message>
    <message>
        <source>Compare with this earlier run: what was fixed, what is new, which links regressed.</source>
        <translation>この以前の実行と比較します: 修正されたもの、新たなもの、後退したリンク。</translation>
    </message>
    <message>
        <source>report: --compare takes a run id (see 'runs')</source>
        <translation>report: --compare には実行 ID を指定します ('runs' を参照)</translation>
    </message>
    <message>
        <source>report: --compare takes an earlier run than the one reported (%1)</source>
        <translation>report: --compare には、レポート対象の実行 (%1) より前の実行を指定してください</translation>
    </message>
</context>
<context>
    <name>mailtls::ReportDocument</name>
    <message>
        <source>Mail Encryption Compliance Report</source>
        <translation>メール暗号化コンプライアンスレポート</translation>
    </message>
    <message>
        <source>cannot write the HTML report: %1</source>
        <translation>HTML レポートを書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>mailtls::ReportHtml</name>
    <message>
        <source>TLSA</source>
        <translation>TLSA</translation>
    </message>
    <message>
        <source>Submission DANE</source>
        <translation>サブミッションの DANE</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>警告:</translation>
    </message>
    <message>
        <source>A host's figures count the sessions of every domain it serves.</source>
        <translation>ホストの数値は、そのホストが受け持つすべてのドメインのセッションを数えています。</translation>
    </message>
    <message>
        <source>%1 (with %2): %L3 sessions, %L4 failed</source>
        <translation>%1 (%2 と共有): %L3 セッション、失敗 %L4</translation>
    </message>
    <message>
        <source>no reports imported</source>
        <translation>レポートの取り込みなし</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>報告元</translation>
    </message>
    <message>
        <source>Not split between hosts</source>
        <translation>ホスト間で分割されない分</translation>
    </message>
    <message>
        <source>Failures by type</source>
        <translation>種類別の失敗</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>No MX host listed.</source>
        <translation>MX ホストが登録されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n kept report(s) could not be read and are left out.</source>
        <translation>
            <numerusform>保存済みのレポート %n 件は読み取れないため除外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>レポート %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reports whose period began in the %n day(s) before the run started (%1 to %2): %3.</source>
        <translation>
            <numerusform>実行開始前の %n 日間 (%1 から %2) に期間が始まるレポート: %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS-RPT: what senders reported, by MX host</source>
        <translation>TLS-RPT: 送信側からの報告 (MX ホスト別)</translation>
    </message>
    <message>
        <source>Measure 4: defence against downgrade (MTA-STS, DANE)</source>
        <translation>対策 4: ダウングレードへの防御 (MTA-STS、DANE)</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>アドレス %1</translation>
    </message>
    <message>
        <source>Why undecided</source>
        <translation>未確定の理由</translation>
    </message>
    <message>
        <source>The server did not answer every question these checks ask (a timeout, a dropped connection, a broken dialogue): they are neither passed nor failed. Audit again, or from nearer the server.</source>
        <translation>これらのチェックが問う内容にサーバーがすべては応答しませんでした（タイムアウト、接続の切断、対話の破綻）。合格でも不合格でもありません。再度監査するか、サーバーに近い場所から監査してください。</translation>
    </message>
    <message>
        <source>Checks not decided</source>
        <translation>判定できなかったチェック</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) marked ? on the map rest on undecided answers: the server did not answer every question, so they may be weaker than counted here.</source>
        <translation>
            <numerusform>地図上で ? の付いた %n 件のリンクは判定できなかった応答に基づいています。サーバーがすべての問いに答えなかったため、ここでの集計より弱い可能性があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Measure 1: opportunistic TLS on every hop between MTAs</source>
        <translation>対策 1: MTA 間のすべてのホップで日和見 TLS</translation>
    </message>
    <message>
        <source>Measure 2: encryption of every internal link</source>
        <translation>対策 2: すべての内部リンクの暗号化</translation>
    </message>
    <message>
        <source>Measure 3: no password in cleartext</source>
        <translation>対策 3: パスワードを平文で送らない</translation>
    </message>
    <message>
        <source>%1 of %2 hops between MTAs encrypted</source>
        <translation>MTA 間のホップ %2 件中 %1 件が暗号化済み</translation>
    </message>
    <message>
        <source>%1 of %2 internal links encrypted</source>
        <translation>内部リンク %2 件中 %1 件が暗号化済み</translation>
    </message>
    <message>
        <source>%1 of %2 user access links encrypted</source>
        <translation>利用者アクセスのリンク %2 件中 %1 件が暗号化済み</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Mail Encryption Compliance Report</source>
        <translation>メール暗号化コンプライアンスレポート</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <source>Audit run</source>
        <translation>監査の実行</translation>
    </message>
    <message>
        <source>run %1, %2 to %3 (%4)</source>
        <translation>実行 %1、%2 から %3 (%4)</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>監査者</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>レポート作成日</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>対象範囲</translation>
    </message>
    <message>
        <source>%1 hosts, %2 endpoints (%3 probed), %4 links</source>
        <translation>ホスト %1 台、エンドポイント %2 件 (調査済み %3 件)、リンク %4 件</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Executive Summary</source>
        <translation>エグゼクティブサマリー</translation>
    </message>
    <message>
        <source>The M3AAWG recommendations ask for three quick measures against eavesdropping. Encrypted means strong or weak TLS; optional TLS is offered but not required, so mail or passwords may still cross in cleartext.</source>
        <translation>M3AAWG の推奨事項は、盗聴に対する 3 つの早急な対策を求めています。ここで「暗号化済み」とは強い TLS または弱い TLS を指します。任意の TLS は提供されていても必須ではないため、メールやパスワードが平文で通過するおそれがあります。</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Open findings: none.</source>
        <translation>未対応の指摘事項: なし。</translation>
    </message>
    <message>
        <source>Open findings: %1.</source>
        <translation>未対応の指摘事項: %1。</translation>
    </message>
    <message>
        <source>Accepted as a risk: %1.</source>
        <translation>リスクとして受容: %1 件。</translation>
    </message>
    <message>
        <source>Remediation checklist: %1 items (%2).</source>
        <translation>改善チェックリスト: %1 項目 (%2)。</translation>
    </message>
    <message>
        <source>Path Map</source>
        <translation>経路マップ</translation>
    </message>
    <message>
        <source>Each link in the colour and line of its state: cleartext dashed, optional TLS dash-dotted, unreachable dotted.</source>
        <translation>各リンクは状態の色と線で描かれています: 平文は破線、任意の TLS は一点鎖線、到達不能は点線です。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>指摘事項はありません。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>accepted as a risk until %1 by %2: %3</source>
        <translation>%1 までリスクとして受容 (責任者 %2): %3</translation>
    </message>
    <message>
        <source>open (the accepted risk lapsed on %1)</source>
        <translation>未対応 (リスク受容は %1 に失効)</translation>
    </message>
    <message>
        <source>Remediation Checklist</source>
        <translation>改善チェックリスト</translation>
    </message>
    <message>
        <source>Nothing to remedy.</source>
        <translation>改善すべき点はありません。</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>ソフトウェア</translation>
    </message>
    <message>
        <source>Note or accepted risk</source>
        <translation>メモまたは受容済みリスク</translation>
    </message>
    <message>
        <source>risk accepted until %1 (lapsed): %2</source>
        <translation>%1 までリスク受容 (失効): %2</translation>
    </message>
    <message>
        <source>risk accepted until %1: %2</source>
        <translation>%1 までリスク受容: %2</translation>
    </message>
    <message>
        <source>Probed %1; status: %2</source>
        <translation>調査日時 %1、状態: %2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受け付ける</translation>
    </message>
    <message>
        <source>Cipher suites</source>
        <translation>暗号スイート</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 から %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>信頼済み</translation>
    </message>
    <message>
        <source>Name matches</source>
        <translation>名前の一致</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>対話</translation>
    </message>
    <message>
        <source>Appendix: Endpoints</source>
        <translation>付録: エンドポイント</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>interrupted: some endpoints were not probed</source>
        <translation>中断: 調査されていないエンドポイントがあります</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>後</translation>
    </message>
    <message>
        <source>Changes from run %1 (%2) to run %3 (%4)</source>
        <translation>実行 %1 (%2) から実行 %3 (%4) への変化</translation>
    </message>
    <message>
        <source>Findings: %1 fixed, %2 new, %3 unchanged. Links: %4 regressed, %5 improved, %6 unchanged.</source>
        <translation>指摘事項: 修正 %1 件、新規 %2 件、変化なし %3 件。リンク: 後退 %4 件、改善 %5 件、変化なし %6 件。</translation>
    </message>
    <message>
        <source>measure %1: %2 to %3 of %4 links encrypted</source>
        <translation>対策 %1: 暗号化されたリンク %2 件から %3 件へ (%4 件中)</translation>
    </message>
    <message>
        <source>Regressed links</source>
        <translation>後退したリンク</translation>
    </message>
    <message>
        <source>New findings</source>
        <translation>新たな指摘事項</translation>
    </message>
    <message>
        <source>Fixed findings</source>
        <translation>修正された指摘事項</translation>
    </message>
    <message>
        <source>Improved links</source>
        <translation>改善したリンク</translation>
    </message>
    <message>
        <source>Unchanged findings</source>
        <translation>変化のない指摘事項</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>チェーン</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>証明書 %1</translation>
    </message>
    <message>
        <source>%1; trusted: %2; name matches: %3</source>
        <translation>%1。信頼: %2。名前の一致: %3</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>未確定</translation>
    </message>
    <message>
        <source>Defence against downgrade, by domain</source>
        <translation>ドメインごとのダウングレード対策</translation>
    </message>
    <message>
        <source>MX</source>
        <translation>MX</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>保護</translation>
    </message>
    <message>
        <source>DANE (DNSSEC)</source>
        <translation>DANE (DNSSEC)</translation>
    </message>
    <message>
        <source>TLSA matches</source>
        <translation>TLSA の一致</translation>
    </message>
    <message>
        <source>Rollover ready</source>
        <translation>ロールオーバー準備</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Delivery at risk: senders that apply the published defence cannot deliver.</source>
        <translation>配送に危険: 公開された防御を適用する送信側は配送できません。</translation>
    </message>
    <message>
        <source>MTA-STS: %1</source>
        <translation>MTA-STS: %1</translation>
    </message>
    <message>
        <source>%1; MTA-STS: %2; TLS-RPT: %3</source>
        <translation>%1。MTA-STS: %2。TLS-RPT: %3</translation>
    </message>
    <message>
        <source>TLS hygiene</source>
        <translation>TLS 衛生チェック</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Session resumption: by session ID %1, by ticket %2</source>
        <translation>セッション再開: セッション ID で %1、チケットで %2</translation>
    </message>
    <message>
        <source>, ticket lifetime hint %1 s</source>
        <translation>、チケットの有効期間ヒント %1 秒</translation>
    </message>
    <message>
        <source>Stapled OCSP response: %1, certificate %2, signature valid %3, fresh %4 (%5 to %6)</source>
        <translation>ステープルされた OCSP 応答: %1、証明書 %2、署名が有効 %3、有効期間内 %4 (%5 から %6 まで)</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>DHE prime: %1 bits, %2: %3</source>
        <translation>DHE の素数: %1 ビット、%2: %3</translation>
    </message>
    <message>
        <source>a prime of its own</source>
        <translation>独自の素数</translation>
    </message>
    <message>
        <source>Outbound relays as senders (test receiver)</source>
        <translation>送信側としての送信リレー (テスト受信サーバー)</translation>
    </message>
    <message>
        <source>%1, EHLO %2</source>
        <translation>%1、EHLO %2</translation>
    </message>
    <message>
        <source>destinations that require TLS (MTA-STS enforce or DANE)</source>
        <translation>TLS を必須とする宛先 (MTA-STS enforce または DANE)</translation>
    </message>
    <message>
        <source>destinations without a policy (opportunistic TLS)</source>
        <translation>ポリシーのない宛先 (日和見 TLS)</translation>
    </message>
    <message numerus="yes">
        <source>tested %1 from %2, toward %3; scenarios: %4; %n session(s)</source>
        <translation>
            <numerusform>%1 に %2 からテスト、対象: %3。シナリオ: %4。%n セッション</numerusform>
        </translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>記録のみ</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>不合格</translation>
    </message>
</context>
<context>
    <name>mailtls::Resolver</name>
    <message>
        <source>trust anchor %1: no DS or DNSKEY record</source>
        <translation>トラストアンカー %1: DS または DNSKEY レコードがありません</translation>
    </message>
    <message>
        <source>trust anchor %1: %2</source>
        <translation>トラストアンカー %1: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由の記載なし</translation>
    </message>
    <message>
        <source>libunbound: %1</source>
        <translation>libunbound: %1</translation>
    </message>
    <message>
        <source>libunbound gave no descriptor to watch</source>
        <translation>libunbound が監視するディスクリプタを返しませんでした</translation>
    </message>
    <message>
        <source>libunbound gave no answer packet</source>
        <translation>libunbound が応答パケットを返しませんでした</translation>
    </message>
    <message>
        <source>libunbound could not create a context</source>
        <translation>libunbound がコンテキストを作成できませんでした</translation>
    </message>
    <message>
        <source>an answer we cannot read: %1</source>
        <translation>読み取れない応答: %1</translation>
    </message>
    <message>
        <source>SERVFAIL: from %1, or none of them gave a usable answer</source>
        <translation>SERVFAIL: %1 が返したか、どのネームサーバーからも使える応答がありませんでした</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1: %2 秒以内に応答なし</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%2 からの %1</translation>
    </message>
    <message>
        <source>bogus (DNSSEC validation failed)</source>
        <translation>不正 (DNSSEC 検証失敗)</translation>
    </message>
    <message>
        <source>insecure (unsigned)</source>
        <translation>署名なし (insecure)</translation>
    </message>
    <message>
        <source>secure (DNSSEC)</source>
        <translation>安全 (DNSSEC 検証済み)</translation>
    </message>
    <message>
        <source>not validated</source>
        <translation>未検証</translation>
    </message>
    <message>
        <source>no nameserver (none given, none in /etc/resolv.conf)</source>
        <translation>ネームサーバーがありません（指定がなく、/etc/resolv.conf にもありません）</translation>
    </message>
    <message>
        <source>a CNAME loop: %1</source>
        <translation>CNAME のループ: %1</translation>
    </message>
    <message>
        <source>found</source>
        <translation>検出</translation>
    </message>
    <message>
        <source>no such record</source>
        <translation>レコードなし</translation>
    </message>
    <message>
        <source>no such name (NXDOMAIN)</source>
        <translation>名前なし（NXDOMAIN）</translation>
    </message>
    <message>
        <source>server failure (SERVFAIL)</source>
        <translation>サーバー障害（SERVFAIL）</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>サーバーによる拒否</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>bad response</source>
        <translation>不正な応答</translation>
    </message>
</context>
<context>
    <name>mailtls::RiskRegister</name>
    <message>
        <source>profile %1 has no rule '%2'</source>
        <translation>プロファイル %1 にルール '%2' はありません</translation>
    </message>
    <message>
        <source>'%1' does not name an endpoint (host/scheme or host/scheme:port)</source>
        <translation>'%1' はエンドポイントを示していません (host/scheme または host/scheme:port)</translation>
    </message>
    <message>
        <source>an accepted risk needs a justification</source>
        <translation>リスク受容には理由が必要です</translation>
    </message>
    <message>
        <source>an accepted risk needs an owner</source>
        <translation>リスク受容には責任者が必要です</translation>
    </message>
    <message>
        <source>an accepted risk needs an expiry date</source>
        <translation>リスク受容には有効期限が必要です</translation>
    </message>
    <message>
        <source>the expiry date %1 has already passed</source>
        <translation>有効期限 %1 はすでに過ぎています</translation>
    </message>
</context>
<context>
    <name>mailtls::RunHistory</name>
    <message numerus="yes">
        <source>%n older run(s) not shown yet: their figures are computed a few at a time</source>
        <translation>
            <numerusform>まだ表示していない以前の実行が %n 件あります: その数値は少しずつ計算されます</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailtls::RunHistoryModel</name>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1% (%3 件中 %2 件)</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 件中 %1 件</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Measure 1</source>
        <translation>対策 1</translation>
    </message>
    <message>
        <source>Measure 2</source>
        <translation>対策 2</translation>
    </message>
    <message>
        <source>Measure 3</source>
        <translation>対策 3</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>未対応の指摘事項</translation>
    </message>
    <message>
        <source>Checklist done</source>
        <translation>チェックリスト完了</translation>
    </message>
    <message>
        <source>No domain was checked in this run.</source>
        <translation>この実行ではドメインを検査していません。</translation>
    </message>
    <message>
        <source>%1% (%2 of %3 MX)</source>
        <translation>%1%(MX %3 台中 %2 台)</translation>
    </message>
    <message numerus="yes">
        <source>, %n undecided</source>
        <translation>
            <numerusform>、未決定 %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MX host(s) whose published defence validating senders would fail</source>
        <translation>
            <numerusform>公開された防御で検証する送信側が失敗する MX ホスト %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Domains: %1 checked, MTA-STS enforced %2, testing %3, DANE on every MX %4, TLS-RPT %5</source>
        <translation>ドメイン: 検査 %1、MTA-STS enforce %2、testing %3、全 MX で DANE %4、TLS-RPT %5</translation>
    </message>
    <message>
        <source>Measure 4</source>
        <translation>対策 4</translation>
    </message>
</context>
<context>
    <name>mailtls::ServerTls</name>
    <message>
        <source>the client closed the TLS session</source>
        <translation>クライアントが TLS セッションを閉じました</translation>
    </message>
    <message>
        <source>the client closed the connection</source>
        <translation>クライアントが接続を閉じました</translation>
    </message>
    <message>
        <source>TLS error %1</source>
        <translation>TLS エラー %1</translation>
    </message>
    <message>
        <source>cannot make a certificate (%1): %2</source>
        <translation>証明書を作成できません (%1): %2</translation>
    </message>
    <message>
        <source>OpenSSL: %1</source>
        <translation>OpenSSL: %1</translation>
    </message>
    <message>
        <source>the certificate is not PEM: %1</source>
        <translation>証明書が PEM ではありません: %1</translation>
    </message>
    <message>
        <source>the private key is not PEM or does not match the certificate: %1</source>
        <translation>秘密鍵が PEM でないか、証明書と一致しません: %1</translation>
    </message>
    <message>
        <source>a line longer than %1 bytes</source>
        <translation>%1 バイトを超える行</translation>
    </message>
</context>
<context>
    <name>mailtls::SettingsDialog</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Probing</source>
        <translation>プローブ</translation>
    </message>
    <message>
        <source>Endpoints at once:</source>
        <translation>同時エンドポイント数:</translation>
    </message>
    <message>
        <source>Connections per host:</source>
        <translation>ホストあたりの接続数:</translation>
    </message>
    <message>
        <source>Connections in all:</source>
        <translation>全体の接続数:</translation>
    </message>
    <message>
        <source>Timeout per operation:</source>
        <translation>操作ごとのタイムアウト:</translation>
    </message>
    <message>
        <source>Timeout per endpoint:</source>
        <translation>エンドポイントごとのタイムアウト:</translation>
    </message>
    <message>
        <source>The system's trust store</source>
        <translation>システムの信頼ストア</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <source>Trust Anchors (PEM)</source>
        <translation>トラストアンカー (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 証明書 (*.pem *.crt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA ファイル:</translation>
    </message>
    <message>
        <source>An SQLite file, or a PostgreSQL URL such as postgresql://user@host/database (the password from ~/.pgpass or PGPASSWORD).</source>
        <translation>SQLite ファイル、または postgresql://user@host/database のような PostgreSQL の URL (パスワードは ~/.pgpass または PGPASSWORD から)。</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Policy, store and language</source>
        <translation>ポリシー、ストア、言語</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>プロファイル:</translation>
    </message>
    <message>
        <source>Audit store:</source>
        <translation>監査ストア:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>A new language applies when the application starts again.</source>
        <translation>新しい言語はアプリケーションの再起動後に適用されます。</translation>
    </message>
    <message>
        <source>Check the workspace domains at Audit All</source>
        <translation>「すべて監査」でワークスペースのドメインも検査する</translation>
    </message>
    <message>
        <source>Domain checks (MTA-STS, TLS-RPT, DANE)</source>
        <translation>ドメイン検査(MTA-STS、TLS-RPT、DANE)</translation>
    </message>
    <message>
        <source>The nameservers of /etc/resolv.conf</source>
        <translation>/etc/resolv.conf のネームサーバー</translation>
    </message>
    <message>
        <source>Nameservers:</source>
        <translation>ネームサーバー:</translation>
    </message>
    <message>
        <source>The system's DNSSEC root key</source>
        <translation>システムの DNSSEC ルート鍵</translation>
    </message>
    <message>
        <source>DNSSEC trust anchors:</source>
        <translation>DNSSEC トラストアンカー:</translation>
    </message>
    <message>
        <source>DNSSEC Trust Anchors</source>
        <translation>DNSSEC トラストアンカー</translation>
    </message>
    <message>
        <source>Trust anchors (*.key *.ds *.txt);;All files (*)</source>
        <translation>トラストアンカー (*.key *.ds *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Nameservers: %1</source>
        <translation>ネームサーバー: %1</translation>
    </message>
    <message>
        <source>Recursive resolvers to ask (DNSSEC is validated here, from the trust anchors): addresses, with a port after a colon, separated by spaces or commas (192.0.2.53, [2001:db8::53]:5353).</source>
        <translation>問い合わせるフルリゾルバー(DNSSEC はトラストアンカーに基づきこのアプリで検証します): アドレスを空白またはカンマで区切って指定し、ポートはコロンの後に付けます(192.0.2.53, [2001:db8::53]:5353)。</translation>
    </message>
    <message>
        <source>Intrusive checks (Heartbleed, CCS injection, ROBOT)</source>
        <translation>侵襲的なチェック (Heartbleed、CCS インジェクション、ROBOT)</translation>
    </message>
    <message>
        <source>These checks send malformed messages, as testssl.sh and sslyze do, a few connections per endpoint. Turned off, they stay undecided in the results.</source>
        <translation>これらのチェックは testssl.sh や sslyze と同様に不正な形式のメッセージを送ります (エンドポイントごとに数接続)。オフにすると、結果では未確定のままになります。</translation>
    </message>
</context>
<context>
    <name>mailtls::SieveDialogue</name>
    <message>
        <source>greeting longer than %1 lines</source>
        <translation>グリーティングが %1 行を超えています</translation>
    </message>
    <message>
        <source>unexpected greeting: %1</source>
        <translation>予期しないグリーティング: %1</translation>
    </message>
    <message>
        <source>malformed capability list</source>
        <translation>機能一覧の形式が不正です</translation>
    </message>
    <message>
        <source>STARTTLS refused: %1</source>
        <translation>STARTTLS が拒否されました: %1</translation>
    </message>
</context>
<context>
    <name>mailtls::SmtpDialogue</name>
    <message>
        <source>the server closed the session (421)</source>
        <translation>サーバーがセッションを閉じました（421）</translation>
    </message>
    <message>
        <source>%1 was refused with %2</source>
        <translation>%1 が %2 で拒否されました</translation>
    </message>
    <message>
        <source>the server is not accepting sessions now: %1</source>
        <translation>サーバーは現在セッションを受け付けていません: %1</translation>
    </message>
    <message>
        <source>unexpected greeting: %1</source>
        <translation>予期しないグリーティング: %1</translation>
    </message>
    <message>
        <source>STARTTLS answered with 421</source>
        <translation>STARTTLS への応答が 421 でした</translation>
    </message>
    <message>
        <source>STARTTLS refused: %1 %2</source>
        <translation>STARTTLS が拒否されました: %1 %2</translation>
    </message>
</context>
<context>
    <name>mailtls::SmtpReceiver</name>
    <message>
        <source>%1 is not an IP address</source>
        <translation>%1 は IP アドレスではありません</translation>
    </message>
    <message>
        <source>listener %1 (%2): %3</source>
        <translation>待ち受け %1 (%2): %3</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>%1 で待ち受けできません: %2</translation>
    </message>
    <message>
        <source>the session lasted too long</source>
        <translation>セッションが長すぎました</translation>
    </message>
    <message>
        <source>the client went silent</source>
        <translation>クライアントが応答しなくなりました</translation>
    </message>
    <message>
        <source>the receiver stopped</source>
        <translation>受信サーバーが停止しました</translation>
    </message>
    <message>
        <source>the client closed the connection without QUIT</source>
        <translation>クライアントが QUIT なしで接続を閉じました</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) sent after STARTTLS, before the handshake, were discarded</source>
        <translation>
            <numerusform>STARTTLS の後、ハンドシェイク前に送られた %n バイトを破棄しました</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS ハンドシェイク失敗: %1</translation>
    </message>
    <message>
        <source>TLS %1, %2%3</source>
        <translation>TLS %1、%2%3</translation>
    </message>
    <message>
        <source>, no SNI</source>
        <translation>、SNI なし</translation>
    </message>
    <message>
        <source>, SNI %1</source>
        <translation>、SNI %1</translation>
    </message>
    <message numerus="yes">
        <source>message of %n byte(s), discarded</source>
        <translation>
            <numerusform>%n バイトのメッセージ、破棄</numerusform>
        </translation>
    </message>
    <message>
        <source>too many unknown commands</source>
        <translation>不明なコマンドが多すぎます</translation>
    </message>
    <message numerus="yes">
        <source>more than %n command(s) in one session</source>
        <translation>
            <numerusform>1 セッションで %n を超えるコマンド</numerusform>
        </translation>
    </message>
    <message>
        <source>the client ended the TLS session without QUIT (%1)</source>
        <translation>クライアントが QUIT なしで TLS セッションを終了しました (%1)</translation>
    </message>
</context>
<context>
    <name>mailtls::StoreLocation</name>
    <message>
        <source>the PostgreSQL URL is not valid: check the host and port, and percent-encode @ : / % in the user name and password</source>
        <translation>PostgreSQL の URL が正しくありません: ホストとポートを確認し、ユーザー名とパスワード中の @ : / % はパーセントエンコードしてください</translation>
    </message>
    <message>
        <source>the PostgreSQL URL names no database: postgresql://user@host/DATABASE</source>
        <translation>PostgreSQL の URL にデータベース名がありません: postgresql://user@host/DATABASE</translation>
    </message>
    <message>
        <source>the PostgreSQL URL has a fragment (#...); percent-encode # in a password as %23</source>
        <translation>PostgreSQL の URL にフラグメント (#...) があります。パスワード中の # は %23 とエンコードしてください</translation>
    </message>
    <message>
        <source>the PostgreSQL URL has an unknown parameter "%1" (known: %2)</source>
        <translation>PostgreSQL の URL に不明なパラメーター "%1" があります (使用可能: %2)</translation>
    </message>
    <message>
        <source>the PostgreSQL URL's parameter "%1" needs a value without ';'</source>
        <translation>PostgreSQL の URL のパラメーター "%1" には ';' を含まない値が必要です</translation>
    </message>
    <message>
        <source>the PostgreSQL URL names the host twice (before the database and in ?host=)</source>
        <translation>PostgreSQL の URL でホストが 2 回指定されています (データベース名の前と ?host=)</translation>
    </message>
    <message>
        <source>the audit store location is empty</source>
        <translation>監査ストアの場所が空です</translation>
    </message>
    <message>
        <source>sqlite: names no file</source>
        <translation>sqlite: にファイル名がありません</translation>
    </message>
    <message>
        <source>an SQLite URL is sqlite:///absolute/path or sqlite:relative/path</source>
        <translation>SQLite の URL は sqlite:///絶対パス または sqlite:相対パス です</translation>
    </message>
    <message>
        <source>the audit store URL's scheme "%1" is not one of sqlite: and postgresql://</source>
        <translation>監査ストア URL のスキーム "%1" は sqlite: でも postgresql:// でもありません</translation>
    </message>
</context>
<context>
    <name>mailtls::SuiteTableModel</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>any (TLS 1.3)</source>
        <translation>任意 (TLS 1.3)</translation>
    </message>
    <message>
        <source>DH, %1 bits</source>
        <translation>DH、%1 ビット</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1、%2 ビット</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>signalling</source>
        <translation>シグナリング</translation>
    </message>
    <message>
        <source>insecure</source>
        <translation>安全でない</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>弱い</translation>
    </message>
    <message>
        <source>secure</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>推奨</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (AEAD)</source>
        <translation>%1 (AEAD)</translation>
    </message>
    <message>
        <source>%1, MAC %2</source>
        <translation>%1、MAC %2</translation>
    </message>
    <message>
        <source>The server follows the client's order on %1: this is the order of the offer.</source>
        <translation>%1 ではサーバーがクライアントの順序に従います。これは提示した順序です。</translation>
    </message>
    <message>
        <source>Not in the cipher suite catalog: its properties are not known.</source>
        <translation>暗号スイートカタログにありません。性質は不明です。</translation>
    </message>
    <message>
        <source>Position in the server's order of preference for the version</source>
        <translation>そのバージョンでのサーバーの優先順位</translation>
    </message>
    <message>
        <source>The ephemeral key the server sent: group and size (DHE: the prime's bits)</source>
        <translation>サーバーが送った一時鍵: グループとサイズ (DHE は素数のビット数)</translation>
    </message>
    <message>
        <source>Recorded traffic stays safe if the server's key leaks later</source>
        <translation>サーバーの鍵が後で漏れても、記録された通信は安全なまま</translation>
    </message>
    <message>
        <source>The catalog's class: insecure (broken), weak (no forward secrecy), secure (forward secrecy), recommended (forward secrecy and AEAD)</source>
        <translation>カタログの分類: 安全でない (破られている)、弱い (前方秘匿性なし)、安全 (前方秘匿性あり)、推奨 (前方秘匿性と AEAD)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Cipher suite (IANA)</source>
        <translation>暗号スイート (IANA)</translation>
    </message>
    <message>
        <source>OpenSSL name</source>
        <translation>OpenSSL 名</translation>
    </message>
    <message>
        <source>Key exchange</source>
        <translation>鍵交換</translation>
    </message>
    <message>
        <source>Key size</source>
        <translation>鍵サイズ</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>暗号</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Forward secrecy</source>
        <translation>前方秘匿性</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>強度</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>受け付ける</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>server's</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>client's</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>The engine could not decide this version; see the note.</source>
        <translation>エンジンはこのバージョンを判定できませんでした。注記を参照してください。</translation>
    </message>
    <message>
        <source>Secure renegotiation (RFC 5746)</source>
        <translation>安全な再ネゴシエーション (RFC 5746)</translation>
    </message>
    <message>
        <source>Extended master secret (RFC 7627)</source>
        <translation>拡張マスターシークレット (RFC 7627)</translation>
    </message>
    <message>
        <source>Whose order of preference decides the suite</source>
        <translation>スイートを決める優先順位はどちらのものか</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Suites</source>
        <translation>スイート</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>順序</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Secure renegotiation</source>
        <translation>安全な再ネゴシエーション</translation>
    </message>
    <message>
        <source>Extended master secret</source>
        <translation>拡張マスターシークレット</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
</context>
<context>
    <name>mailtls::TlsHandshake</name>
    <message>
        <source>the server closed the TLS session</source>
        <translation>サーバーが TLS セッションを閉じました</translation>
    </message>
    <message>
        <source>the server closed the connection during the handshake</source>
        <translation>サーバーがハンドシェイク中に接続を閉じました</translation>
    </message>
    <message>
        <source>TLS error %1</source>
        <translation>TLS エラー %1</translation>
    </message>
    <message>
        <source>OpenSSL cannot send SSLv2</source>
        <translation>OpenSSL では SSLv2 を送信できません</translation>
    </message>
    <message>
        <source>no cipher suite to offer: %1</source>
        <translation>提示できる暗号スイートがありません: %1</translation>
    </message>
    <message>
        <source>no group to offer: %1</source>
        <translation>提示できるグループがありません: %1</translation>
    </message>
    <message>
        <source>no signature algorithm to offer: %1</source>
        <translation>提示できる署名アルゴリズムがありません: %1</translation>
    </message>
    <message>
        <source>OpenSSL would not start a renegotiation: %1</source>
        <translation>OpenSSL が再ネゴシエーションを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>no_renegotiation alert</source>
        <translation>no_renegotiation アラート</translation>
    </message>
    <message>
        <source>fatal alert %1 (%2)</source>
        <translation>致命的アラート %1 (%2)</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>サーバーが接続を閉じました</translation>
    </message>
    <message>
        <source>OpenSSL: %1</source>
        <translation>OpenSSL: %1</translation>
    </message>
</context>
<context>
    <name>mailtls::TlsHello</name>
    <message>
        <source>more than %1 warning alerts before the ServerHello</source>
        <translation>ServerHello より前に %1 件を超える警告アラート</translation>
    </message>
    <message>
        <source>not an SSL 2.0 SERVER-HELLO</source>
        <translation>SSL 2.0 の SERVER-HELLO ではない</translation>
    </message>
    <message>
        <source>SSL 2.0 SERVER-HELLO lengths exceed the message</source>
        <translation>SSL 2.0 SERVER-HELLO の長さがメッセージを超えている</translation>
    </message>
    <message>
        <source>ServerHello too short</source>
        <translation>ServerHello が短すぎる</translation>
    </message>
    <message>
        <source>ServerHello fields exceed its length</source>
        <translation>ServerHello のフィールドがその長さを超えている</translation>
    </message>
    <message>
        <source>ServerHello extensions do not fill its length</source>
        <translation>ServerHello の拡張がその長さと合わない</translation>
    </message>
    <message>
        <source>a ServerHello extension exceeds its length</source>
        <translation>ServerHello の拡張がその長さを超えている</translation>
    </message>
    <message>
        <source>not an SSL/TLS record</source>
        <translation>SSL/TLS レコードではない</translation>
    </message>
    <message>
        <source>the ServerHello is cut short by another record</source>
        <translation>ServerHello が別のレコードで途切れている</translation>
    </message>
    <message>
        <source>short alert</source>
        <translation>アラートが短すぎる</translation>
    </message>
    <message>
        <source>the server's first flight exceeds 64 KiB</source>
        <translation>サーバーの最初のフライトが 64 KiB を超えている</translation>
    </message>
    <message>
        <source>a handshake message exceeds 64 KiB</source>
        <translation>ハンドシェイクメッセージが 64 KiB を超えている</translation>
    </message>
    <message>
        <source>the first handshake message is not a ServerHello</source>
        <translation>最初のハンドシェイクメッセージが ServerHello ではない</translation>
    </message>
</context>
<context>
    <name>mailtls::TlsRptCommand</name>
    <message>
        <source>no report names it alone; see %1</source>
        <translation>単独で挙げたレポートはありません。%1 を参照</translation>
    </message>
    <message>
        <source>more in %1</source>
        <translation>続きは %1</translation>
    </message>
    <message>
        <source>%1 (the domain: its policy names no MX host)</source>
        <translation>%1（ドメイン: そのポリシーは MX ホストを挙げていません）</translation>
    </message>
    <message>
        <source>tls-rpt: 'import PATH...' or 'summary' is required (see --help)</source>
        <translation>tls-rpt: 'import PATH...' か 'summary' が必要です（--help を参照）</translation>
    </message>
    <message>
        <source>tls-rpt import: give at least one file, mbox or maildir</source>
        <translation>tls-rpt import: ファイル、mbox、maildir を 1 つ以上指定してください</translation>
    </message>
    <message>
        <source>summary: print it as JSON.</source>
        <translation>summary: JSON で出力します。</translation>
    </message>
    <message>
        <source>summary: the workspace whose domains' inbound MX hosts the failures are shown on.</source>
        <translation>summary: 失敗をそのドメインの受信 MX ホストごとに示すワークスペース。</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>summary: only the reports' policies for this domain.</source>
        <translation>summary: このドメインに関するレポートのポリシーだけ。</translation>
    </message>
    <message>
        <source>import: report files, messages, mboxes, maildirs</source>
        <translation>import: レポートファイル、メッセージ、mbox、maildir</translation>
    </message>
    <message>
        <source>import or summary</source>
        <translation>import または summary</translation>
    </message>
    <message>
        <source>TLS-RPT aggregate reports (RFC 8460): 'import PATH...' keeps reports (JSON, .json.gz, an .eml, an mbox or a maildir) in the audit store, each once; 'summary' shows them per sending organisation and day and per MX host.</source>
        <translation>TLS-RPT 集計レポート（RFC 8460）: 'import PATH...' はレポート（JSON、.json.gz、.eml、mbox、maildir）を監査ストアに 1 回ずつ保存します。'summary' は送信組織・日付ごと、MX ホストごとに表示します。</translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation>報告元: %1</translation>
    </message>
    <message>
        <source>no report names it</source>
        <translation>これを挙げたレポートはありません</translation>
    </message>
    <message>
        <source>%1 (shared by %2)</source>
        <translation>%1（%2 で共有）</translation>
    </message>
    <message>
        <source>%1 (no MX host of the workspace)</source>
        <translation>%1（ワークスペースの MX ホストではありません）</translation>
    </message>
    <message>
        <source>Per MX host:</source>
        <translation>MX ホストごと:</translation>
    </message>
    <message>
        <source>%1 successful, %2 failed</source>
        <translation>成功 %1、失敗 %2</translation>
    </message>
    <message>
        <source>Per sending organisation and day (UTC):</source>
        <translation>送信組織・日付（UTC）ごと:</translation>
    </message>
    <message>
        <source>No TLS-RPT reports kept for %1.</source>
        <translation>%1 について保存されている TLS-RPT レポートはありません。</translation>
    </message>
    <message>
        <source>No TLS-RPT reports kept.</source>
        <translation>保存されている TLS-RPT レポートはありません。</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>ストア: %1</translation>
    </message>
    <message>
        <source>tls-rpt: warning: %1</source>
        <translation>tls-rpt: 警告: %1</translation>
    </message>
    <message>
        <source>%1: report %2 of %3</source>
        <translation>%1: %3 のレポート %2</translation>
    </message>
    <message>
        <source>%1 report(s) read, %2 new kept in %3, %4 kept already; %5 read twice, %6 error(s).</source>
        <translation>%1 件のレポートを読み込み、%2 件を新たに %3 に保存、%4 件は保存済み。%5 件は重複、エラー %6 件。</translation>
    </message>
    <message>
        <source>tls-rpt: %1 (nothing was kept)</source>
        <translation>tls-rpt: %1（何も保存していません）</translation>
    </message>
    <message>
        <source>tls-rpt: note: %1</source>
        <translation>tls-rpt: 注記: %1</translation>
    </message>
    <message>
        <source>tls-rpt: %1</source>
        <translation>tls-rpt: %1</translation>
    </message>
</context>
<context>
    <name>mailtls::TlsRptRecord</name>
    <message>
        <source>%1 TLS-RPT records are published where RFC 8460 allows one (senders then send no reports): %2</source>
        <translation>RFC 8460 が 1 つしか認めていない TLS-RPT レコードが %1 個公開されています（送信側はレポートを送りません）: %2</translation>
    </message>
    <message>
        <source>not taken as a TLS-RPT record: it must begin with "v=TLSRPTv1" exactly (case and spacing count)</source>
        <translation>TLS-RPT レコードとして扱いません: 正確に "v=TLSRPTv1" で始まる必要があります（大文字・小文字と空白も区別されます）</translation>
    </message>
    <message>
        <source>no rua= field ("%1" is not rua: field names are case-sensitive)</source>
        <translation>rua= フィールドがありません（"%1" は rua ではありません: フィールド名は大文字・小文字を区別します）</translation>
    </message>
    <message>
        <source>no rua= field: the record names no destination for reports</source>
        <translation>rua= フィールドがありません: レポートの送信先が指定されていません</translation>
    </message>
    <message>
        <source>the value of %1 is empty or holds a space, '=', ';' or a control character</source>
        <translation>%1 の値が空か、空白・'='・';'・制御文字を含んでいます</translation>
    </message>
    <message>
        <source>"%1" is not a field name (a letter or digit, then up to 31 letters, digits, '_', '-' or '.')</source>
        <translation>"%1" はフィールド名ではありません（英字か数字 1 文字の後に、英字・数字・'_'・'-'・'.' が 31 文字まで）</translation>
    </message>
    <message>
        <source>the field "%1" has no '='</source>
        <translation>フィールド "%1" に '=' がありません</translation>
    </message>
    <message>
        <source>white space after the last field</source>
        <translation>最後のフィールドの後に空白があります</translation>
    </message>
    <message>
        <source>an empty field (two ';' in a row, or nothing after v=TLSRPTv1;)</source>
        <translation>空のフィールドがあります（';' が 2 つ続いているか、v=TLSRPTv1; の後に何もありません）</translation>
    </message>
    <message>
        <source>"%1" follows v=TLSRPTv1 where ';' is expected</source>
        <translation>v=TLSRPTv1 の後、';' があるべき位置に "%1" があります</translation>
    </message>
    <message>
        <source>it does not begin with "v=TLSRPTv1" (case and spacing count)</source>
        <translation>"v=TLSRPTv1" で始まっていません（大文字・小文字と空白も区別されます）</translation>
    </message>
    <message>
        <source>TLS-RPT record "%1": %2</source>
        <translation>TLS-RPT レコード "%1": %2</translation>
    </message>
    <message>
        <source>rua: "%1": only mailto: and https: destinations are defined</source>
        <translation>rua: "%1": 定義されている送信先は mailto: と https: だけです</translation>
    </message>
    <message>
        <source>rua: "%1" is not an https URL (a bad port)</source>
        <translation>rua: "%1" は https URL ではありません（ポートが不正です）</translation>
    </message>
    <message>
        <source>rua: "%1" is not an https URL (a bad host)</source>
        <translation>rua: "%1" は https URL ではありません（ホストが不正です）</translation>
    </message>
    <message>
        <source>rua: "%1" is not an https URL (no //host)</source>
        <translation>rua: "%1" は https URL ではありません（//ホスト がありません）</translation>
    </message>
    <message>
        <source>rua: "%1": "%2" is not a mail address</source>
        <translation>rua: "%1": "%2" はメールアドレスではありません</translation>
    </message>
    <message>
        <source>rua: "%1" names no mail address</source>
        <translation>rua: "%1" にメールアドレスがありません</translation>
    </message>
    <message>
        <source>rua: "%1" is not a URI (a '%' without two hex digits)</source>
        <translation>rua: "%1" は URI ではありません（'%' の後に 16 進数 2 桁がありません）</translation>
    </message>
    <message>
        <source>rua: "%1" is not a URI (no scheme)</source>
        <translation>rua: "%1" は URI ではありません（スキームがありません）</translation>
    </message>
    <message>
        <source>rua: "%1" is not a URI (the character '%2' must be percent-encoded)</source>
        <translation>rua: "%1" は URI ではありません（文字 '%2' はパーセントエンコードが必要です）</translation>
    </message>
    <message>
        <source>rua: "%1": '!' must be percent-encoded; RFC 8460 defines no size limit such as DMARC's "!10m"</source>
        <translation>rua: "%1": '!' はパーセントエンコードが必要です。RFC 8460 には DMARC の "!10m" のようなサイズ上限はありません</translation>
    </message>
    <message>
        <source>rua: an empty destination</source>
        <translation>rua: 空の送信先があります</translation>
    </message>
</context>
<context>
    <name>mailtls::TlsRptReport</name>
    <message>
        <source>TLS-RPT: %L1 failed</source>
        <translation>TLS-RPT: 失敗 %L1</translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>報告元: %1</translation>
    </message>
    <message>
        <source>Counted for %1 together under %2 (not split between them): %L3 successful, %L4 failed</source>
        <translation>%2 として %1 にまとめて計上 (ホスト間で分割しません): 成功 %L3、失敗 %L4</translation>
    </message>
    <message>
        <source>No report names this host alone.</source>
        <translation>このホストだけを名指しするレポートはありません。</translation>
    </message>
    <message>
        <source>For this host alone: %L1 successful, %L2 failed</source>
        <translation>このホスト単独: 成功 %L1、失敗 %L2</translation>
    </message>
    <message numerus="yes">
        <source>Reports of %n day(s) between %1 and %2</source>
        <translation>
            <numerusform>%1 から %2 までのうち %n 日分のレポート</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS-RPT: %L1 of %L2 session(s) failed (%3)</source>
        <translation>TLS-RPT: %L2 セッション中 %L1 セッションが失敗 (%3)</translation>
    </message>
    <message>
        <source>TLS-RPT: %L1 session(s) reported, none failed</source>
        <translation>TLS-RPT: %L1 セッションが報告され、失敗はありません</translation>
    </message>
    <message numerus="yes">
        <source>TLS-RPT: no reports imported for the %n day(s) before %1</source>
        <translation>
            <numerusform>TLS-RPT: %1 より前の %n 日間のレポートは取り込まれていません</numerusform>
        </translation>
    </message>
    <message>
        <source>it ends (%1) before it starts (%2)</source>
        <translation>終了（%1）が開始（%2）より前です</translation>
    </message>
    <message>
        <source>a report is a JSON object</source>
        <translation>レポートは JSON オブジェクトです</translation>
    </message>
    <message>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation>%1: JSON ではありません（%3 バイト目で %2）</translation>
    </message>
    <message>
        <source>%1 bytes of JSON, more than the %2 a report may have</source>
        <translation>JSON が %1 バイトあり、レポートの上限 %2 バイトを超えています</translation>
    </message>
    <message>
        <source>"%1" is not a policy type (sts, tlsa or no-policy-found)</source>
        <translation>"%1" はポリシー種別（sts、tlsa、no-policy-found）ではありません</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>"%1" is not an RFC 3339 date-time with a zone (as 2026-04-01T00:00:00Z)</source>
        <translation>"%1" はタイムゾーン付きの RFC 3339 日時（2026-04-01T00:00:00Z など）ではありません</translation>
    </message>
    <message>
        <source>%1 sessions is beyond belief (at most %2 are taken)</source>
        <translation>%1 セッションはあり得ない値です（受け付けるのは %2 まで）</translation>
    </message>
    <message>
        <source>a count cannot be negative (%1)</source>
        <translation>件数は負になりません（%1）</translation>
    </message>
    <message>
        <source>a whole number is expected, not %1</source>
        <translation>整数であるべきところが %1 です</translation>
    </message>
    <message>
        <source>a string or an array of strings is expected, not %1</source>
        <translation>文字列または文字列の配列であるべきところが %1 です</translation>
    </message>
    <message>
        <source>%1 entries, more than the %2 a report may hold here</source>
        <translation>%1 件あり、ここでレポートが持てる上限 %2 件を超えています</translation>
    </message>
    <message>
        <source>an array is expected, not %1</source>
        <translation>配列であるべきところが %1 です</translation>
    </message>
    <message>
        <source>an object is expected, not %1</source>
        <translation>オブジェクトであるべきところが %1 です</translation>
    </message>
    <message>
        <source>holds a control character (U+%1)</source>
        <translation>制御文字（U+%1）を含んでいます</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空であってはなりません</translation>
    </message>
    <message>
        <source>a string is expected, not %1</source>
        <translation>文字列であるべきところが %1 です</translation>
    </message>
    <message>
        <source>the required key "%1" is missing</source>
        <translation>必須のキー "%1" がありません</translation>
    </message>
    <message>
        <source>%1: a folder that is not a maildir (it has no cur/ or new/)</source>
        <translation>%1: maildir ではないフォルダーです（cur/ も new/ もありません）</translation>
    </message>
    <message>
        <source>%1: neither a TLS-RPT report (JSON, gzip) nor a mail message nor an mbox</source>
        <translation>%1: TLS-RPT レポート（JSON、gzip）でも、メールメッセージでも、mbox でもありません</translation>
    </message>
    <message>
        <source>%1, message %2</source>
        <translation>%1、メッセージ %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: ファイルが空です</translation>
    </message>
    <message>
        <source>%1: no TLS-RPT report in this message; skipped</source>
        <translation>%1: このメッセージには TLS-RPT レポートがありません。スキップしました</translation>
    </message>
    <message>
        <source>the gzip data is truncated</source>
        <translation>gzip データが途中で切れています</translation>
    </message>
    <message>
        <source>data follows the end of the gzip stream</source>
        <translation>gzip ストリームの終わりの後にデータがあります</translation>
    </message>
    <message>
        <source>it decompresses to more than %1 bytes, more than a report may have</source>
        <translation>展開すると %1 バイトを超え、レポートの上限を超えます</translation>
    </message>
    <message>
        <source>the gzip data is damaged (%1)</source>
        <translation>gzip データが壊れています（%1）</translation>
    </message>
    <message>
        <source>zlib could not start</source>
        <translation>zlib を開始できませんでした</translation>
    </message>
    <message>
        <source>not gzip data</source>
        <translation>gzip データではありません</translation>
    </message>
    <message>
        <source>%1: %2 bytes, more than the %3 a file may have</source>
        <translation>%1: %2 バイトあり、ファイルの上限 %3 バイトを超えています</translation>
    </message>
    <message>
        <source>%1: unknown transfer encoding "%2"</source>
        <translation>%1: 不明な転送エンコーディング "%2"</translation>
    </message>
    <message>
        <source>%1: the part's base64 is broken</source>
        <translation>%1: パートの base64 が壊れています</translation>
    </message>
    <message>
        <source>%1, part %2</source>
        <translation>%1、パート %2</translation>
    </message>
    <message>
        <source>%1: MIME parts nested deeper than %2; the rest of the message was not read</source>
        <translation>%1: MIME パートの入れ子が %2 段より深くなっています。メッセージの残りは読み込んでいません</translation>
    </message>
    <message>
        <source>%1: more than %2 MIME parts; the rest of the message was not read</source>
        <translation>%1: MIME パートが %2 個を超えています。メッセージの残りは読み込んでいません</translation>
    </message>
    <message>
        <source>%1: report %2 of %3 was read already (from %4); counted once</source>
        <translation>%1: %3 のレポート %2 は既に読み込まれています（%4 から）。1 回だけ数えます</translation>
    </message>
</context>
<context>
    <name>mailtls::WelcomePage</name>
    <message>
        <source>No recent workspaces.</source>
        <translation>最近使ったワークスペースはありません。</translation>
    </message>
    <message>
        <source>MailTLS Auditor</source>
        <translation>MailTLS Auditor</translation>
    </message>
    <message>
        <source>Audit a mail network against the M3AAWG measures: TLS on every MTA hop and internal link, and no password in cleartext. Start with the demo network, or describe your own.</source>
        <translation>メールネットワークを M3AAWG の対策に照らして監査します: すべての MTA 間のホップと内部リンクで TLS を使い、パスワードを平文で送らないこと。デモのネットワークから始めるか、自組織のネットワークを記述してください。</translation>
    </message>
    <message>
        <source>Open the Demo Network</source>
        <translation>デモのネットワークを開く</translation>
    </message>
    <message>
        <source>Kumo Trading, the bundled example: MX hosts, relays, stores and access services.</source>
        <translation>同梱の例 Kumo Trading: MX ホスト、リレー、メールストア、アクセスサービス。</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新しいワークスペース</translation>
    </message>
    <message>
        <source>An empty inventory: add hosts and links by hand.</source>
        <translation>空のインベントリ: ホストとリンクを手で追加します。</translation>
    </message>
    <message>
        <source>Open Workspace...</source>
        <translation>ワークスペースを開く...</translation>
    </message>
    <message>
        <source>A workspace file saved before (.json).</source>
        <translation>以前に保存したワークスペースファイル (.json)。</translation>
    </message>
    <message>
        <source>Import Hosts from CSV...</source>
        <translation>CSV からホストをインポート...</translation>
    </message>
    <message>
        <source>Into a new workspace.</source>
        <translation>新しいワークスペースに取り込みます。</translation>
    </message>
    <message>
        <source>Import Hosts from nmap XML...</source>
        <translation>nmap XML からホストをインポート...</translation>
    </message>
    <message>
        <source>Import Hosts from DNS...</source>
        <translation>DNS からホストをインポート...</translation>
    </message>
    <message>
        <source>MX and mail SRV records of a domain, into a new workspace.</source>
        <translation>ドメインの MX レコードとメールの SRV レコードを新しいワークスペースに取り込みます。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Recent Workspaces</source>
        <translation>最近使ったワークスペース</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
    <name>mailtls::WorkspaceEdit</name>
    <message>
        <source>'%1': '%2' is neither an IP address nor a host name</source>
        <translation>'%1': '%2' は IP アドレスでもホスト名でもありません</translation>
    </message>
    <message>
        <source>'%1': unknown protocol '%2' (known: %3)</source>
        <translation>'%1': 不明なプロトコル '%2' (使用可能: %3)</translation>
    </message>
    <message>
        <source>'%1': expected a port number from 1 to 65535</source>
        <translation>'%1': 1 から 65535 までのポート番号が必要です</translation>
    </message>
    <message>
        <source>'%1': this protocol has no usual port; write %1:PORT</source>
        <translation>'%1': このプロトコルには標準ポートがありません。%1:PORT と書いてください</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 が 2 回指定されています</translation>
    </message>
    <message>
        <source>Id: a host needs an id, which links use to name it.</source>
        <translation>ID: ホストには ID が必要です。リンクはこの ID でホストを指します。</translation>
    </message>
    <message>
        <source>Id: '%1' may hold only letters, digits, '.', '_' and '-'.</source>
        <translation>ID: '%1' には英字、数字、'.'、'_'、'-' しか使えません。</translation>
    </message>
    <message>
        <source>Id: '%1' is reserved for the map's pseudo-node.</source>
        <translation>ID: '%1' はマップの疑似ノード用に予約されています。</translation>
    </message>
    <message>
        <source>Id: another host already has the id '%1'.</source>
        <translation>ID: ID '%1' は別のホストがすでに使っています。</translation>
    </message>
    <message>
        <source>Name: '%1' is not a DNS host name (letters, digits and hyphens in labels separated by dots).</source>
        <translation>名前: '%1' は DNS ホスト名ではありません (ドットで区切ったラベルに英字、数字、ハイフンを使います)。</translation>
    </message>
    <message>
        <source>Addresses: '%1' is not an IP address.</source>
        <translation>アドレス: '%1' は IP アドレスではありません。</translation>
    </message>
    <message>
        <source>Endpoints: %1 is listed twice.</source>
        <translation>エンドポイント: %1 が 2 回指定されています。</translation>
    </message>
    <message>
        <source>Endpoints: %1 is the endpoint of the link '%2'; delete or change that link first.</source>
        <translation>エンドポイント: %1 はリンク '%2' のエンドポイントです。先にそのリンクを削除または変更してください。</translation>
    </message>
    <message>
        <source>Endpoints: %1 has an accepted risk (%2); it cannot be removed while the risk is recorded.</source>
        <translation>エンドポイント: %1 には受容済みのリスク (%2) があります。リスクが記録されている間は削除できません。</translation>
    </message>
    <message>
        <source>Id: a link needs an id.</source>
        <translation>ID: リンクには ID が必要です。</translation>
    </message>
    <message>
        <source>Id: '%1' may not hold spaces or control characters.</source>
        <translation>ID: '%1' に空白や制御文字は使えません。</translation>
    </message>
    <message>
        <source>Id: another link already has the id '%1'.</source>
        <translation>ID: ID '%1' は別のリンクがすでに使っています。</translation>
    </message>
    <message>
        <source>From: '%1' is neither a host nor the Internet or the users.</source>
        <translation>接続元: '%1' はホストでも、インターネットや利用者でもありません。</translation>
    </message>
    <message>
        <source>To: no host has the id '%1'.</source>
        <translation>接続先: ID '%1' のホストはありません。</translation>
    </message>
    <message>
        <source>To: '%1' names no single endpoint of %2.</source>
        <translation>接続先: '%1' は %2 のエンドポイントを 1 つに特定しません。</translation>
    </message>
    <message>
        <source>From: a link joins two different hosts.</source>
        <translation>接続元: リンクは異なる 2 つのホストを結びます。</translation>
    </message>
    <message>
        <source>Kind: a link from the Internet is an inbound hop.</source>
        <translation>種類: インターネットからのリンクは受信ホップです。</translation>
    </message>
    <message>
        <source>Kind: an inbound hop comes from the Internet.</source>
        <translation>種類: 受信ホップはインターネットから来ます。</translation>
    </message>
    <message>
        <source>Kind: a link from the users is submission, access or webmail.</source>
        <translation>種類: 利用者からのリンクはサブミッション、アクセス、Web メールのいずれかです。</translation>
    </message>
    <message>
        <source>Kind: submission, access and webmail links come from the users.</source>
        <translation>種類: サブミッション、アクセス、Web メールのリンクは利用者から来ます。</translation>
    </message>
    <message>
        <source>Host '%1' is no longer in the workspace (an undo or an import removed it): nothing was changed.</source>
        <translation>ホスト '%1' はもうワークスペースにありません (元に戻す操作かインポートで削除されました)。何も変更していません。</translation>
    </message>
    <message>
        <source>Link '%1' is no longer in the workspace (an undo or an import removed it): nothing was changed.</source>
        <translation>リンク '%1' はもうワークスペースにありません (元に戻す操作かインポートで削除されました)。何も変更していません。</translation>
    </message>
    <message>
        <source>To: an outbound link names an endpoint of its own relay (it leads to the Internet).</source>
        <translation>宛先: 送信リンクは自身のリレーのエンドポイントを指定します (インターネットへ向かいます)。</translation>
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
    <message>
        <source>unknown link '%1'</source>
        <translation>不明なリンク '%1'</translation>
    </message>
    <message>
        <source>unknown transport '%1'</source>
        <translation>不明な転送方式 '%1'</translation>
    </message>
    <message>
        <source>first_seen and last_seen must be ISO 8601 dates</source>
        <translation>first_seen と last_seen は ISO 8601 形式の日時でなければなりません</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, not '%1'</source>
        <translation>YYYY-MM-DD 形式の日付が必要です ('%1' ではなく)</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time</source>
        <translation>ISO 8601 形式の日時が必要です</translation>
    </message>
    <message>
        <source>'%1' does not name an endpoint</source>
        <translation>'%1' はエンドポイントを示していません</translation>
    </message>
    <message>
        <source>an accepted risk needs a justification and an owner</source>
        <translation>リスク受容には理由と責任者が必要です</translation>
    </message>
    <message>
        <source>expected numbers 'x' and 'y'</source>
        <translation>数値の 'x' と 'y' が必要です</translation>
    </message>
    <message>
        <source>expected a count</source>
        <translation>個数を指定してください</translation>
    </message>
    <message>
        <source>expected true, false or null</source>
        <translation>true、false、null のいずれかを指定してください</translation>
    </message>
    <message>
        <source>expected session numbers</source>
        <translation>セッション番号を指定してください</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date</source>
        <translation>ISO 8601 の日時を指定してください</translation>
    </message>
    <message>
        <source>expected none or requires-tls</source>
        <translation>none または requires-tls を指定してください</translation>
    </message>
    <message>
        <source>expected seconds from 1 to 3600</source>
        <translation>1 から 3600 までの秒数を指定してください</translation>
    </message>
    <message>
        <source>expected ADDR:PORT, got '%1'</source>
        <translation>ADDR:PORT を指定してください ('%1' でした)</translation>
    </message>
    <message>
        <source>unknown scenario '%1' (one of: %2)</source>
        <translation>不明なシナリオ '%1' (次のいずれか: %2)</translation>
    </message>
    <message>
        <source>at least one listener is needed</source>
        <translation>リスナーが 1 つ以上必要です</translation>
    </message>
    <message>
        <source>expected a domain name, got '%1'</source>
        <translation>ドメイン名が必要ですが、'%1' でした</translation>
    </message>
</context>
</TS>