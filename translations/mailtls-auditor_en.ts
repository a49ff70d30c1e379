<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>mailtls::AcceptCommand</name>
    <message>
        <source>%1 has no accepted risks.</source>
        <translation>%1 has no accepted risks.</translation>
    </message>
    <message>
        <source>lapsed on %1</source>
        <translation>lapsed on %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>owner: %1</translation>
    </message>
    <message>
        <source>Accept a finding as a risk, with a justification, an owner and an expiry date, in the workspace's exceptions register. After the expiry date the finding counts again.</source>
        <translation>Accept a finding as a risk, with a justification, an owner and an expiry date, in the workspace's exceptions register. After the expiry date the finding counts again.</translation>
    </message>
    <message>
        <source>The workspace file that keeps the register.</source>
        <translation>The workspace file that keeps the register.</translation>
    </message>
    <message>
        <source>Why the risk is accepted.</source>
        <translation>Why the risk is accepted.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Who answers for it.</source>
        <translation>Who answers for it.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The last day it holds.</source>
        <translation>The last day it holds.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The profile the rule belongs to (default: m3aawg).</source>
        <translation>The profile the rule belongs to (default: m3aawg).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Print the register.</source>
        <translation>Print the register.</translation>
    </message>
    <message>
        <source>Remove the entry for an item.</source>
        <translation>Remove the entry for an item.</translation>
    </message>
    <message>
        <source>rule@endpoint</source>
        <translation>rule@endpoint</translation>
    </message>
    <message>
        <source>The finding, as RULE@ENDPOINT (see 'checklist').</source>
        <translation>The finding, as RULE@ENDPOINT (see 'checklist').</translation>
    </message>
    <message>
        <source>accept: --workspace FILE is required</source>
        <translation>accept: --workspace FILE is required</translation>
    </message>
    <message>
        <source>accept: %1 has no accepted risk '%2' for profile %3</source>
        <translation>accept: %1 has no accepted risk '%2' for profile %3</translation>
    </message>
    <message>
        <source>accept: name one finding as RULE@ENDPOINT, e.g. M1.6@mx2/smtp:25</source>
        <translation>accept: name one finding as RULE@ENDPOINT, e.g. M1.6@mx2/smtp:25</translation>
    </message>
    <message>
        <source>accept: unknown profile '%1'</source>
        <translation>accept: unknown profile '%1'</translation>
    </message>
    <message>
        <source>accept: --until takes a date YYYY-MM-DD, not '%1'</source>
        <translation>accept: --until takes a date YYYY-MM-DD, not '%1'</translation>
    </message>
    <message>
        <source>accept: %1 has no host '%2'</source>
        <translation>accept: %1 has no host '%2'</translation>
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
        <translation>Accept as a Risk</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 on %3</translation>
    </message>
    <message>
        <source>The finding stays in reports as an accepted risk until the expiry date, then counts again.</source>
        <translation>The finding stays in reports as an accepted risk until the expiry date, then counts again.</translation>
    </message>
    <message>
        <source>Why is this risk acceptable for now?</source>
        <translation>Why is this risk acceptable for now?</translation>
    </message>
    <message>
        <source>Who answers for it</source>
        <translation>Who answers for it</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>Justification:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>Expires after:</source>
        <translation>Expires after:</translation>
    </message>
    <message>
        <source>Accept Risk</source>
        <translation>Accept Risk</translation>
    </message>
</context>
<context>
    <name>mailtls::AuditCommand</name>
    <message>
        <source>Probe every endpoint of a workspace, keep the run in the audit store, and print the links by state.</source>
        <translation>Probe every endpoint of a workspace, keep the run in the audit store, and print the links by state.</translation>
    </message>
    <message>
        <source>The workspace file to audit.</source>
        <translation>The workspace file to audit.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Also write the whole run as JSON to this file.</source>
        <translation>Also write the whole run as JSON to this file.</translation>
    </message>
    <message>
        <source>audit: --workspace FILE is required</source>
        <translation>audit: --workspace FILE is required</translation>
    </message>
    <message>
        <source>audit: %1</source>
        <translation>audit: %1</translation>
    </message>
    <message numerus="yes">
        <source>audit: run %1 of %2, %n endpoint(s), stored in %3</source>
        <translation>
            <numerusform>audit: run %1 of %2, %n endpoint, stored in %3</numerusform>
            <numerusform>audit: run %1 of %2, %n endpoints, stored in %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Summary: %1</translation>
    </message>
    <message>
        <source>audit: cannot write %1: %2</source>
        <translation>audit: cannot write %1: %2</translation>
    </message>
    <message>
        <source>List the audit runs kept in the store, newest first.</source>
        <translation>List the audit runs kept in the store, newest first.</translation>
    </message>
    <message>
        <source>Only the runs of this workspace.</source>
        <translation>Only the runs of this workspace.</translation>
    </message>
    <message>
        <source>No runs yet (%1 does not exist).</source>
        <translation>No runs yet (%1 does not exist).</translation>
    </message>
    <message>
        <source>runs: %1</source>
        <translation>runs: %1</translation>
    </message>
    <message>
        <source>%1, %2 of %3 endpoints, version %4</source>
        <translation>%1, %2 of %3 endpoints, version %4</translation>
    </message>
    <message>
        <source>Import hosts and endpoints into a workspace, all or nothing.</source>
        <translation>Import hosts and endpoints into a workspace, all or nothing.</translation>
    </message>
    <message>
        <source>The workspace file to import into.</source>
        <translation>The workspace file to import into.</translation>
    </message>
    <message>
        <source>A CSV file with a header row (host, address, roles, zone, site, software, protocol, port).</source>
        <translation>A CSV file with a header row (host, address, roles, zone, site, software, protocol, port).</translation>
    </message>
    <message>
        <source>import: %1: %2</source>
        <translation>import: %1: %2</translation>
    </message>
    <message>
        <source>import: %1 (nothing was imported)</source>
        <translation>import: %1 (nothing was imported)</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>import: %1</translation>
    </message>
    <message>
        <source>Imported into %1: %2 new hosts, %3 new endpoints, %4 new links.</source>
        <translation>Imported into %1: %2 new hosts, %3 new endpoints, %4 new links.</translation>
    </message>
    <message>
        <source>An nmap XML report (nmap -oX): hosts with open mail ports.</source>
        <translation>An nmap XML report (nmap -oX): hosts with open mail ports.</translation>
    </message>
    <message>
        <source>The audit store: an SQLite file (default: %1), sqlite:FILE, or postgresql://user@host[:port]/database[?sslmode=...] for a store shared with a team (the password from PGPASSWORD or ~/.pgpass).</source>
        <translation>The audit store: an SQLite file (default: %1), sqlite:FILE, or postgresql://user@host[:port]/database[?sslmode=...] for a store shared with a team (the password from PGPASSWORD or ~/.pgpass).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>%1: --db: %2</source>
        <translation>%1: --db: %2</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>A mail domain: its MX hosts and the services its SRV records publish, as DNS discovery finds them (see 'discover').</source>
        <translation>A mail domain: its MX hosts and the services its SRV records publish, as DNS discovery finds them (see 'discover').</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domain</translation>
    </message>
    <message>
        <source>import: --workspace FILE and one of --csv FILE, --nmap FILE or --dns DOMAIN are required</source>
        <translation>import: --workspace FILE and one of --csv FILE, --nmap FILE or --dns DOMAIN are required</translation>
    </message>
    <message>
        <source>import: warning: %1 %2: %3 (%4)</source>
        <translation>import: warning: %1 %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Not imported, worth a look (discover shows what they may serve): %1</source>
        <translation>Not imported, worth a look (discover shows what they may serve): %1</translation>
    </message>
    <message>
        <source>The policy profile whose checklist the run brings up to date (default: m3aawg).</source>
        <translation>The policy profile whose checklist the run brings up to date (default: m3aawg).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>audit: unknown profile '%1'</source>
        <translation>audit: unknown profile '%1'</translation>
    </message>
    <message>
        <source>audit: the checklist was not updated: %1</source>
        <translation>audit: the checklist was not updated: %1</translation>
    </message>
    <message>
        <source>Checklist (%1): %2</source>
        <translation>Checklist (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verified</source>
        <translation>
            <numerusform>%n verified</numerusform>
            <numerusform>%n verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regressed</source>
        <translation>
            <numerusform>%n regressed</numerusform>
            <numerusform>%n regressed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still found after done</source>
        <translation>
            <numerusform>%n still found after done</numerusform>
            <numerusform>%n still found after done</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not check the workspace domains' MTA-STS, TLS-RPT and DANE (measure 4 stays undecided).</source>
        <translation>Do not check the workspace domains' MTA-STS, TLS-RPT and DANE (measure 4 stays undecided).</translation>
    </message>
    <message>
        <source>Nameserver for the domain checks, ADDR or ADDR:PORT (repeatable; default: /etc/resolv.conf).</source>
        <translation>Nameserver for the domain checks, ADDR or ADDR:PORT (repeatable; default: /etc/resolv.conf).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>DNSSEC trust anchors for the domain checks (default: the system's root key).</source>
        <translation>DNSSEC trust anchors for the domain checks (default: the system's root key).</translation>
    </message>
    <message>
        <source>audit: --dns-server: %1</source>
        <translation>audit: --dns-server: %1</translation>
    </message>
    <message>
        <source>Fetch the MTA-STS policies on this port instead of 443 (a test lab's policy host).</source>
        <translation>Fetch the MTA-STS policies on this port instead of 443 (a test lab's policy host).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>audit: --policy-port takes a port from 1 to 65535</source>
        <translation>audit: --policy-port takes a port from 1 to 65535</translation>
    </message>
    <message>
        <source>Domain %1, defence against downgrade: %2; MTA-STS: %3; TLS-RPT: %4</source>
        <translation>Domain %1, defence against downgrade: %2; MTA-STS: %3; TLS-RPT: %4</translation>
    </message>
    <message>
        <source>End with status 1 when the run has open findings of this severity or worse (critical, high, medium, low, info); findings accepted as a risk do not count.</source>
        <translation>End with status 1 when the run has open findings of this severity or worse (critical, high, medium, low, info); findings accepted as a risk do not count.</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>severity</translation>
    </message>
    <message>
        <source>audit: --fail-on takes critical, high, medium, low or info (got '%1')</source>
        <translation>audit: --fail-on takes critical, high, medium, low or info (got '%1')</translation>
    </message>
    <message numerus="yes">
        <source>audit: %n open finding(s) of severity %1 or worse</source>
        <translation>
            <numerusform>audit: %n open finding of severity %1 or worse</numerusform>
            <numerusform>audit: %n open findings of severity %1 or worse</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare the run with the previous complete run of the workspace, print what changed, and end with status 1 when a link regressed or a finding opened.</source>
        <translation>Compare the run with the previous complete run of the workspace, print what changed, and end with status 1 when a link regressed or a finding opened.</translation>
    </message>
    <message>
        <source>A certificate that ends within this many days is news (default: 21).</source>
        <translation>A certificate that ends within this many days is news (default: 21).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>When the run has news (a regression, a new finding, a link left undecided, a certificate expiring), mail it to this address through the local sendmail (repeatable).</source>
        <translation>When the run has news (a regression, a new finding, a link left undecided, a certificate expiring), mail it to this address through the local sendmail (repeatable).</translation>
    </message>
    <message>
        <source>The sendmail program for --notify-mail, with its own arguments (default: /usr/sbin/sendmail); it is given -t -oi.</source>
        <translation>The sendmail program for --notify-mail, with its own arguments (default: /usr/sbin/sendmail); it is given -t -oi.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>command</translation>
    </message>
    <message>
        <source>When the run has news, run this shell command with the changes as JSON on its standard input.</source>
        <translation>When the run has news, run this shell command with the changes as JSON on its standard input.</translation>
    </message>
    <message>
        <source>Print the links, the domains and the checklist even when all went well (by default the command is quiet on success, as cron expects).</source>
        <translation>Print the links, the domains and the checklist even when all went well (by default the command is quiet on success, as cron expects).</translation>
    </message>
    <message>
        <source>audit: --expiry-days takes a number of days from 0 to 3650</source>
        <translation>audit: --expiry-days takes a number of days from 0 to 3650</translation>
    </message>
    <message>
        <source>audit: --notify-mail takes one mail address (got '%1')</source>
        <translation>audit: --notify-mail takes one mail address (got '%1')</translation>
    </message>
    <message>
        <source>audit: run %1 stored; %2</source>
        <translation>audit: run %1 stored; %2</translation>
    </message>
    <message>
        <source>First run the workspace's outbound test plan (outbound_test: the test receiver, and the command that makes each relay send to it), record each relay's verdict in the workspace file, then audit. The plan's commands run only with this option.</source>
        <translation>First run the workspace's outbound test plan (outbound_test: the test receiver, and the command that makes each relay send to it), record each relay's verdict in the workspace file, then audit. The plan's commands run only with this option.</translation>
    </message>
    <message>
        <source>audit: --outbound-test: %1 has no outbound_test plan (docs/workspace-format.md)</source>
        <translation>audit: --outbound-test: %1 has no outbound_test plan (docs/workspace-format.md)</translation>
    </message>
    <message>
        <source>audit: --outbound-test: %1</source>
        <translation>audit: --outbound-test: %1</translation>
    </message>
    <message>
        <source>outbound test: %1 is no host of the workspace: not recorded</source>
        <translation>outbound test: %1 is no host of the workspace: not recorded</translation>
    </message>
    <message>
        <source>outbound test: %1 greeted with the name of a relay from another address: ignored</source>
        <translation>outbound test: %1 greeted with the name of a relay from another address: ignored</translation>
    </message>
    <message>
        <source>audit: %1; the outbound tests were not saved</source>
        <translation>audit: %1; the outbound tests were not saved</translation>
    </message>
    <message>
        <source>outbound test: recorded %1</source>
        <translation>outbound test: recorded %1</translation>
    </message>
</context>
<context>
    <name>mailtls::AuditStore</name>
    <message>
        <source>%1 was written by a newer version (schema %2; this one knows %3)</source>
        <translation>%1 was written by a newer version (schema %2; this one knows %3)</translation>
    </message>
    <message>
        <source>%1 cannot be read as an audit store (%2); it was left as it is</source>
        <translation>%1 cannot be read as an audit store (%2); it was left as it is</translation>
    </message>
    <message>
        <source>%1: Qt's %2 driver is not installed (Debian package %3)</source>
        <translation>%1: Qt's %2 driver is not installed (Debian package %3)</translation>
    </message>
    <message>
        <source>%1 is another program's %2 database, not an audit store; it was left as it is</source>
        <translation>%1 is another program's %2 database, not an audit store; it was left as it is</translation>
    </message>
    <message>
        <source>%1 cannot be read as an audit store (its tables are missing); it was left as it is</source>
        <translation>%1 cannot be read as an audit store (its tables are missing); it was left as it is</translation>
    </message>
    <message>
        <source>%1: migration to schema %2 failed: %3</source>
        <translation>%1: migration to schema %2 failed: %3</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: not a file</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: cannot create the folder</translation>
    </message>
    <message>
        <source>%1 is not an audit store (not an SQLite database); it was left as it is</source>
        <translation>%1 is not an audit store (not an SQLite database); it was left as it is</translation>
    </message>
    <message>
        <source>no item '%1' in the checklist of %2 (items are named RULE@ENDPOINT, as listed)</source>
        <translation>no item '%1' in the checklist of %2 (items are named RULE@ENDPOINT, as listed)</translation>
    </message>
    <message>
        <source>cannot create the run's lock file %1: %2</source>
        <translation>cannot create the run's lock file %1: %2</translation>
    </message>
    <message>
        <source>the run's lock file %1 is held by another process</source>
        <translation>the run's lock file %1 is held by another process</translation>
    </message>
    <message>
        <source>cannot lock the run's lock file %1: %2</source>
        <translation>cannot lock the run's lock file %1: %2</translation>
    </message>
</context>
<context>
    <name>mailtls::CertificateInfo</name>
    <message>
        <source>self-signed certificate</source>
        <translation>self-signed certificate</translation>
    </message>
    <message>
        <source>self-signed certificate in certificate chain</source>
        <translation>self-signed certificate in certificate chain</translation>
    </message>
    <message>
        <source>unable to get local issuer certificate</source>
        <translation>unable to get local issuer certificate</translation>
    </message>
    <message>
        <source>unable to get issuer certificate</source>
        <translation>unable to get issuer certificate</translation>
    </message>
    <message>
        <source>unable to verify the first certificate</source>
        <translation>unable to verify the first certificate</translation>
    </message>
    <message>
        <source>certificate signature failure</source>
        <translation>certificate signature failure</translation>
    </message>
    <message>
        <source>invalid CA certificate</source>
        <translation>invalid CA certificate</translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation>certificate not trusted</translation>
    </message>
    <message>
        <source>certificate rejected</source>
        <translation>certificate rejected</translation>
    </message>
    <message>
        <source>EE certificate key too weak</source>
        <translation>EE certificate key too weak</translation>
    </message>
    <message>
        <source>CA signature digest algorithm too weak</source>
        <translation>CA signature digest algorithm too weak</translation>
    </message>
    <message>
        <source>cannot load the trust anchors from %1</source>
        <translation>cannot load the trust anchors from %1</translation>
    </message>
    <message>
        <source>the system store</source>
        <translation>the system store</translation>
    </message>
    <message>
        <source>without SNI</source>
        <translation>without SNI</translation>
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
        <translation>the handshake completed without a certificate we could read</translation>
    </message>
    <message>
        <source>not a certificate for a TLS server (its extended key usage lacks serverAuth)</source>
        <translation>not a certificate for a TLS server (its extended key usage lacks serverAuth)</translation>
    </message>
    <message>
        <source>a CA certificate of the chain has expired</source>
        <translation>a CA certificate of the chain has expired</translation>
    </message>
    <message>
        <source>a CA certificate of the chain is not valid yet</source>
        <translation>a CA certificate of the chain is not valid yet</translation>
    </message>
    <message>
        <source>the CA certificate %1 of the chain expired on %2</source>
        <translation>the CA certificate %1 of the chain expired on %2</translation>
    </message>
    <message>
        <source>the CA certificate %1 of the chain is not valid before %2</source>
        <translation>the CA certificate %1 of the chain is not valid before %2</translation>
    </message>
    <message>
        <source>the chain is sent out of order: %1 does not follow the certificate it issued</source>
        <translation>the chain is sent out of order: %1 does not follow the certificate it issued</translation>
    </message>
    <message>
        <source>%1 is sent but is no part of the chain</source>
        <translation>%1 is sent but is no part of the chain</translation>
    </message>
    <message>
        <source>the intermediate %1 is not sent: only clients that already hold it can verify the chain</source>
        <translation>the intermediate %1 is not sent: only clients that already hold it can verify the chain</translation>
    </message>
    <message>
        <source>the issuer of %1 (%2) is not sent, and the trust anchors do not hold it</source>
        <translation>the issuer of %1 (%2) is not sent, and the trust anchors do not hold it</translation>
    </message>
    <message>
        <source>the server closed the connection after our hello, twice</source>
        <translation>the server closed the connection after our hello, twice</translation>
    </message>
</context>
<context>
    <name>mailtls::ChecklistPanel</name>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Software: %1 (%2)</source>
        <translation>Software: %1 (%2)</translation>
    </message>
    <message>
        <source>No remedy is known for this rule.</source>
        <translation>No remedy is known for this rule.</translation>
    </message>
    <message>
        <source>Importance: %1; effort: %2</source>
        <translation>Importance: %1; effort: %2</translation>
    </message>
    <message>
        <source>In %1:</source>
        <translation>In %1:</translation>
    </message>
    <message>
        <source>Verify:</source>
        <translation>Verify:</translation>
    </message>
    <message>
        <source>Copy Configuration</source>
        <translation>Copy Configuration</translation>
    </message>
    <message>
        <source>Verify Now</source>
        <translation>Verify Now</translation>
    </message>
    <message>
        <source>Search the checklist</source>
        <translation>Search the checklist</translation>
    </message>
    <message>
        <source>Select an item to see the steps that fix it.</source>
        <translation>Select an item to see the steps that fix it.</translation>
    </message>
</context>
<context>
    <name>mailtls::ChecklistTracking</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>accepted risk</source>
        <translation>accepted risk</translation>
    </message>
    <message>
        <source>found by an audit</source>
        <translation>found by an audit</translation>
    </message>
    <message>
        <source>verified: the audit no longer finds it</source>
        <translation>verified: the audit no longer finds it</translation>
    </message>
    <message>
        <source>regression: found again after it was verified</source>
        <translation>regression: found again after it was verified</translation>
    </message>
    <message>
        <source>still found after it was marked done</source>
        <translation>still found after it was marked done</translation>
    </message>
    <message>
        <source>accepted as a risk</source>
        <translation>accepted as a risk</translation>
    </message>
    <message>
        <source>the accepted risk lapsed</source>
        <translation>the accepted risk lapsed</translation>
    </message>
    <message>
        <source>changed by hand</source>
        <translation>changed by hand</translation>
    </message>
    <message>
        <source>'verified' is set by an audit that no longer finds the item</source>
        <translation>'verified' is set by an audit that no longer finds the item</translation>
    </message>
    <message>
        <source>a risk is accepted in the exceptions register (the 'accept' command), with a justification, an owner and an expiry date</source>
        <translation>a risk is accepted in the exceptions register (the 'accept' command), with a justification, an owner and an expiry date</translation>
    </message>
</context>
<context>
    <name>mailtls::Cli</name>
    <message>
        <source>Keep TLS-RPT aggregate reports (JSON, gzip, mail) and sum them per MX host</source>
        <translation>Keep TLS-RPT aggregate reports (JSON, gzip, mail) and sum them per MX host</translation>
    </message>
    <message>
        <source>Print the hosts, endpoints and links of a workspace.</source>
        <translation>Print the hosts, endpoints and links of a workspace.</translation>
    </message>
    <message>
        <source>The workspace file to read.</source>
        <translation>The workspace file to read.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Print the workspace as JSON (normalised).</source>
        <translation>Print the workspace as JSON (normalised).</translation>
    </message>
    <message>
        <source>inventory: --workspace FILE is required</source>
        <translation>inventory: --workspace FILE is required</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>Print the hosts, endpoints and links of a workspace</source>
        <translation>Print the hosts, endpoints and links of a workspace</translation>
    </message>
    <message>
        <source>Audits the TLS posture of an organisation's mail paths against the M3AAWG recommendations.</source>
        <translation>Audits the TLS posture of an organisation's mail paths against the M3AAWG recommendations.</translation>
    </message>
    <message>
        <source>Without a command, opens the window.</source>
        <translation>Without a command, opens the window.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Show this help</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Show the version</translation>
    </message>
    <message>
        <source>Open this workspace in the window</source>
        <translation>Open this workspace in the window</translation>
    </message>
    <message>
        <source>Language of the interface (default: the system's)</source>
        <translation>Language of the interface (default: the system's)</translation>
    </message>
    <message>
        <source>Run 'mailtls-auditor &lt;command&gt; --help' for a command's options.</source>
        <translation>Run 'mailtls-auditor &lt;command&gt; --help' for a command's options.</translation>
    </message>
    <message>
        <source>mailtls-auditor: unknown command '%1'</source>
        <translation>mailtls-auditor: unknown command '%1'</translation>
    </message>
    <message>
        <source>Probe mail endpoints given as URLs (TLS, certificate, credentials)</source>
        <translation>Probe mail endpoints given as URLs (TLS, certificate, credentials)</translation>
    </message>
    <message>
        <source>Audit every endpoint of a workspace and keep the run</source>
        <translation>Audit every endpoint of a workspace and keep the run</translation>
    </message>
    <message>
        <source>List the audit runs kept in the store</source>
        <translation>List the audit runs kept in the store</translation>
    </message>
    <message>
        <source>Show the hops a real message took and what each used (.eml, mbox)</source>
        <translation>Show the hops a real message took and what each used (.eml, mbox)</translation>
    </message>
    <message>
        <source>Find a domain's MX hosts, mail SRV records and mail host names in DNS</source>
        <translation>Find a domain's MX hosts, mail SRV records and mail host names in DNS</translation>
    </message>
    <message>
        <source>Import hosts and endpoints from CSV, nmap XML or DNS into a workspace</source>
        <translation>Import hosts and endpoints from CSV, nmap XML or DNS into a workspace</translation>
    </message>
    <message>
        <source>Check a stored audit run against a policy profile (M3AAWG by default)</source>
        <translation>Check a stored audit run against a policy profile (M3AAWG by default)</translation>
    </message>
    <message>
        <source>Print the remediation checklist of a stored audit run (Markdown or CSV)</source>
        <translation>Print the remediation checklist of a stored audit run (Markdown or CSV)</translation>
    </message>
    <message>
        <source>Accept a finding as a risk until a date, with a reason and an owner</source>
        <translation>Accept a finding as a risk until a date, with a reason and an owner</translation>
    </message>
    <message>
        <source>List the built-in policy profiles that findings and checklist can use</source>
        <translation>List the built-in policy profiles that findings and checklist can use</translation>
    </message>
    <message>
        <source>Usage: mailtls-auditor [--workspace FILE] [--db URL] [--lang en|ja]</source>
        <translation>Usage: mailtls-auditor [--workspace FILE] [--db URL] [--lang en|ja]</translation>
    </message>
    <message>
        <source>The window's audit store for this session (SQLite file or PostgreSQL URL)</source>
        <translation>The window's audit store for this session (SQLite file or PostgreSQL URL)</translation>
    </message>
    <message>
        <source>Check a domain's defence against downgrade: MTA-STS, TLS-RPT and DANE</source>
        <translation>Check a domain's defence against downgrade: MTA-STS, TLS-RPT and DANE</translation>
    </message>
    <message>
        <source>   or: mailtls-auditor &lt;command&gt; [options]</source>
        <translation>   or: mailtls-auditor &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Receive test mail from an outbound relay and record how it uses TLS (discards it)</source>
        <translation>Receive test mail from an outbound relay and record how it uses TLS (discards it)</translation>
    </message>
</context>
<context>
    <name>mailtls::ComplianceReport</name>
    <message>
        <source>%1 holds no audit of the workspace '%2'; run an audit first</source>
        <translation>%1 holds no audit of the workspace '%2'; run an audit first</translation>
    </message>
    <message>
        <source>%1 holds no run %2 of the workspace '%3'</source>
        <translation>%1 holds no run %2 of the workspace '%3'</translation>
    </message>
</context>
<context>
    <name>mailtls::Connection</name>
    <message>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>cannot resolve %1: %2</translation>
    </message>
    <message>
        <source>no address for %1</source>
        <translation>no address for %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>the server closed the connection</translation>
    </message>
    <message>
        <source>the server sent a line longer than %1 bytes</source>
        <translation>the server sent a line longer than %1 bytes</translation>
    </message>
</context>
<context>
    <name>mailtls::Dane</name>
    <message>
        <source>the trust anchor matches, but the certificate does not name the MX host, which DANE-TA(2) requires</source>
        <translation>the trust anchor matches, but the certificate does not name the MX host, which DANE-TA(2) requires</translation>
    </message>
    <message>
        <source>the trust anchor matches, but the server sent no chain from it to its certificate</source>
        <translation>the trust anchor matches, but the server sent no chain from it to its certificate</translation>
    </message>
    <message>
        <source>usage %1 (PKIX-%2) is unusable for SMTP: senders ignore it (RFC 7672 3.1.3); use 3 (DANE-EE) or 2 (DANE-TA)</source>
        <translation>usage %1 (PKIX-%2) is unusable for SMTP: senders ignore it (RFC 7672 3.1.3); use 3 (DANE-EE) or 2 (DANE-TA)</translation>
    </message>
    <message>
        <source>usage %1 is not defined</source>
        <translation>usage %1 is not defined</translation>
    </message>
    <message>
        <source>selector %1 is not defined</source>
        <translation>selector %1 is not defined</translation>
    </message>
    <message>
        <source>matching type %1 is not defined</source>
        <translation>matching type %1 is not defined</translation>
    </message>
    <message>
        <source>a SHA-256 association of %1 octets, not 32</source>
        <translation>a SHA-256 association of %1 octets, not 32</translation>
    </message>
    <message>
        <source>a SHA-512 association of %1 octets, not 64</source>
        <translation>a SHA-512 association of %1 octets, not 64</translation>
    </message>
    <message>
        <source>an empty association</source>
        <translation>an empty association</translation>
    </message>
    <message>
        <source>the TLSA lookup of %1 did not answer (%2): whether DANE is published is unknown</source>
        <translation>the TLSA lookup of %1 did not answer (%2): whether DANE is published is unknown</translation>
    </message>
    <message>
        <source>the addresses of %1 fail DNSSEC validation (%2): validating senders cannot deliver</source>
        <translation>the addresses of %1 fail DNSSEC validation (%2): validating senders cannot deliver</translation>
    </message>
    <message>
        <source>the TLSA records of %1 fail DNSSEC validation (%2): DANE senders defer mail</source>
        <translation>the TLSA records of %1 fail DNSSEC validation (%2): DANE senders defer mail</translation>
    </message>
    <message>
        <source>the addresses of %1 are not signed: DANE senders do not look its TLSA records up</source>
        <translation>the addresses of %1 are not signed: DANE senders do not look its TLSA records up</translation>
    </message>
    <message>
        <source>the TLSA records of %1 are not signed: senders ignore them</source>
        <translation>the TLSA records of %1 are not signed: senders ignore them</translation>
    </message>
    <message>
        <source>the DNSSEC state of %1 or of its addresses is unknown (%2, %3): whether senders apply DANE is undecided</source>
        <translation>the DNSSEC state of %1 or of its addresses is unknown (%2, %3): whether senders apply DANE is undecided</translation>
    </message>
    <message>
        <source>no TLSA record is usable for SMTP: TLS is mandatory for DANE senders, but no certificate is checked</source>
        <translation>no TLSA record is usable for SMTP: TLS is mandatory for DANE senders, but no certificate is checked</translation>
    </message>
    <message>
        <source>no certificate of %1 on port %2 was seen: the records cannot be matched</source>
        <translation>no certificate of %1 on port %2 was seen: the records cannot be matched</translation>
    </message>
    <message>
        <source>no usable TLSA record matches the certificate %1 presents</source>
        <translation>no usable TLSA record matches the certificate %1 presents</translation>
    </message>
    <message>
        <source>only the issuer is pinned (DANE-TA): a new certificate from the same CA works at once; a change of CA needs its record published two TTLs ahead</source>
        <translation>only the issuer is pinned (DANE-TA): a new certificate from the same CA works at once; a change of CA needs its record published two TTLs ahead</translation>
    </message>
    <message>
        <source>only the current certificate is pinned (3 0 x): any new certificate, even with the same key, breaks DANE unless its record is published two TTLs ahead</source>
        <translation>only the current certificate is pinned (3 0 x): any new certificate, even with the same key, breaks DANE unless its record is published two TTLs ahead</translation>
    </message>
    <message>
        <source>only the current key is pinned: renew with the same key, or publish the next key's record two TTLs before the change</source>
        <translation>only the current key is pinned: renew with the same key, or publish the next key's record two TTLs before the change</translation>
    </message>
</context>
<context>
    <name>mailtls::DetailViews</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
</context>
<context>
    <name>mailtls::Dialogue</name>
    <message>
        <source>the server sent %1 bytes after accepting STARTTLS, before the handshake</source>
        <translation>the server sent %1 bytes after accepting STARTTLS, before the handshake</translation>
    </message>
</context>
<context>
    <name>mailtls::DiscoverCommand</name>
    <message>
        <source>no address</source>
        <translation>no address</translation>
    </message>
    <message>
        <source>DNS discovery for %1 (nameserver %2)</source>
        <translation>DNS discovery for %1 (nameserver %2)</translation>
    </message>
    <message>
        <source>  %1 does not exist (NXDOMAIN).</source>
        <translation>  %1 does not exist (NXDOMAIN).</translation>
    </message>
    <message>
        <source>Every query failed, e.g. %1 %2: %3 (%4)</source>
        <translation>Every query failed, e.g. %1 %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Inbound MX:</source>
        <translation>Inbound MX:</translation>
    </message>
    <message>
        <source>  none: %1 accepts no mail (null MX, RFC 7505)</source>
        <translation>  none: %1 accepts no mail (null MX, RFC 7505)</translation>
    </message>
    <message>
        <source>  unknown: the MX lookup failed (see below)</source>
        <translation>  unknown: the MX lookup failed (see below)</translation>
    </message>
    <message>
        <source>  none published: senders use the domain's own address (RFC 5321 5.1)</source>
        <translation>  none published: senders use the domain's own address (RFC 5321 5.1)</translation>
    </message>
    <message>
        <source>Services (SRV, RFC 6186 and RFC 8314):</source>
        <translation>Services (SRV, RFC 6186 and RFC 8314):</translation>
    </message>
    <message>
        <source>  none published</source>
        <translation>  none published</translation>
    </message>
    <message>
        <source>not offered (target ".")</source>
        <translation>not offered (target ".")</translation>
    </message>
    <message>
        <source>priority %1, weight %2</source>
        <translation>priority %1, weight %2</translation>
    </message>
    <message>
        <source>  not published: %1</source>
        <translation>  not published: %1</translation>
    </message>
    <message>
        <source>Suggested names:</source>
        <translation>Suggested names:</translation>
    </message>
    <message>
        <source>  none of mail., smtp., imap., pop., webmail. exists</source>
        <translation>  none of mail., smtp., imap., pop., webmail. exists</translation>
    </message>
    <message>
        <source>(alias of %1)</source>
        <translation>(alias of %1)</translation>
    </message>
    <message>
        <source>try: %1</source>
        <translation>try: %1</translation>
    </message>
    <message>
        <source>Failed queries (what they would have found is missing):</source>
        <translation>Failed queries (what they would have found is missing):</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Ask this nameserver (ADDR, ADDR:PORT or [IPv6]:PORT; repeat for more) instead of those in /etc/resolv.conf.</source>
        <translation>Ask this nameserver (ADDR, ADDR:PORT or [IPv6]:PORT; repeat for more) instead of those in /etc/resolv.conf.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Seconds for each DNS lookup, retries included (default 5).</source>
        <translation>Seconds for each DNS lookup, retries included (default 5).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>%1: --timeout takes a number of seconds from 0 to 600</source>
        <translation>%1: --timeout takes a number of seconds from 0 to 600</translation>
    </message>
    <message>
        <source>%1: --server: %2</source>
        <translation>%1: --server: %2</translation>
    </message>
    <message>
        <source>Print what DNS says about a domain's mail: the MX hosts with their preferences and addresses, the SRV records of submission, IMAP and POP (RFC 6186, RFC 8314), and the well-known names mail., smtp., imap., pop. and webmail. Exits 1 when the domain does not exist or its MX lookup failed.</source>
        <translation>Print what DNS says about a domain's mail: the MX hosts with their preferences and addresses, the SRV records of submission, IMAP and POP (RFC 6186, RFC 8314), and the well-known names mail., smtp., imap., pop. and webmail. Exits 1 when the domain does not exist or its MX lookup failed.</translation>
    </message>
    <message>
        <source>The mail domain, e.g. example.org.</source>
        <translation>The mail domain, e.g. example.org.</translation>
    </message>
    <message>
        <source>Print the discovery as JSON.</source>
        <translation>Print the discovery as JSON.</translation>
    </message>
    <message>
        <source>discover: give one DOMAIN</source>
        <translation>discover: give one DOMAIN</translation>
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
        <translation>'%1' is not a domain name</translation>
    </message>
    <message>
        <source>MX %1 .: a null MX among other MX records (RFC 7505 says it must stand alone); left out</source>
        <translation>MX %1 .: a null MX among other MX records (RFC 7505 says it must stand alone); left out</translation>
    </message>
    <message>
        <source>MX %1 %2: not a host name; left out</source>
        <translation>MX %1 %2: not a host name; left out</translation>
    </message>
    <message>
        <source>MX %1 %2 is an alias (CNAME) of %3: RFC 2181 10.3 forbids MX targets that are aliases</source>
        <translation>MX %1 %2 is an alias (CNAME) of %3: RFC 2181 10.3 forbids MX targets that are aliases</translation>
    </message>
    <message>
        <source>SRV %1 %2 %3 %4 %5: not a host and port; left out</source>
        <translation>SRV %1 %2 %3 %4 %5: not a host and port; left out</translation>
    </message>
</context>
<context>
    <name>mailtls::DnsImport</name>
    <message>
        <source>%1 does not exist (NXDOMAIN)</source>
        <translation>%1 does not exist (NXDOMAIN)</translation>
    </message>
    <message>
        <source>the MX lookup of %1 failed: %2 (%3)</source>
        <translation>the MX lookup of %1 failed: %2 (%3)</translation>
    </message>
    <message>
        <source>no MX lookup of %1</source>
        <translation>no MX lookup of %1</translation>
    </message>
    <message>
        <source>DNS has no MX and no mail SRV records for %1</source>
        <translation>DNS has no MX and no mail SRV records for %1</translation>
    </message>
</context>
<context>
    <name>mailtls::DnsImportDialog</name>
    <message>
        <source>Import Hosts from DNS</source>
        <translation>Import Hosts from DNS</translation>
    </message>
    <message>
        <source>Adds the domain's MX hosts as inbound MX, and the submission, IMAP and POP services its SRV records name (RFC 6186, RFC 8314). Hosts already in the inventory are merged by name or address.</source>
        <translation>Adds the domain's MX hosts as inbound MX, and the submission, IMAP and POP services its SRV records name (RFC 6186, RFC 8314). Hosts already in the inventory are merged by name or address.</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <source>the system's nameservers</source>
        <translation>the system's nameservers</translation>
    </message>
    <message>
        <source>ADDR, ADDR:PORT or [IPv6]:PORT, separated by commas; empty: those in /etc/resolv.conf.</source>
        <translation>ADDR, ADDR:PORT or [IPv6]:PORT, separated by commas; empty: those in /etc/resolv.conf.</translation>
    </message>
    <message>
        <source>Mail &amp;domain:</source>
        <translation>Mail &amp;domain:</translation>
    </message>
    <message>
        <source>&amp;Nameservers:</source>
        <translation>&amp;Nameservers:</translation>
    </message>
    <message>
        <source>Mail domain: %1</source>
        <translation>Mail domain: %1</translation>
    </message>
    <message>
        <source>Nameservers: '%1': %2</source>
        <translation>Nameservers: '%1': %2</translation>
    </message>
</context>
<context>
    <name>mailtls::DnsMessage</name>
    <message>
        <source>a TXT record's string runs past its data</source>
        <translation>a TXT record's string runs past its data</translation>
    </message>
    <message>
        <source>a name runs past the end of the message</source>
        <translation>a name runs past the end of the message</translation>
    </message>
    <message>
        <source>a compression pointer runs past the end of the message</source>
        <translation>a compression pointer runs past the end of the message</translation>
    </message>
    <message>
        <source>a compression pointer at offset %1 points to offset %2, not back into the message</source>
        <translation>a compression pointer at offset %1 points to offset %2, not back into the message</translation>
    </message>
    <message>
        <source>a name follows more than %1 compression pointers</source>
        <translation>a name follows more than %1 compression pointers</translation>
    </message>
    <message>
        <source>a name uses the reserved label type 0x%1</source>
        <translation>a name uses the reserved label type 0x%1</translation>
    </message>
    <message>
        <source>a name is longer than %1 octets</source>
        <translation>a name is longer than %1 octets</translation>
    </message>
    <message>
        <source>a label runs past the end of the message</source>
        <translation>a label runs past the end of the message</translation>
    </message>
    <message>
        <source>the question is cut short</source>
        <translation>the question is cut short</translation>
    </message>
    <message>
        <source>a record's data length does not match its content</source>
        <translation>a record's data length does not match its content</translation>
    </message>
    <message>
        <source>a record is cut short</source>
        <translation>a record is cut short</translation>
    </message>
    <message>
        <source>the %1 record's data runs past the end of the message</source>
        <translation>the %1 record's data runs past the end of the message</translation>
    </message>
    <message>
        <source>the %1 record's data is too short</source>
        <translation>the %1 record's data is too short</translation>
    </message>
    <message>
        <source>an A record has %1 octets of data, not 4</source>
        <translation>an A record has %1 octets of data, not 4</translation>
    </message>
    <message>
        <source>an AAAA record has %1 octets of data, not 16</source>
        <translation>an AAAA record has %1 octets of data, not 16</translation>
    </message>
    <message>
        <source>'%1' is not a domain name: every label must have 1 to %2 characters</source>
        <translation>'%1' is not a domain name: every label must have 1 to %2 characters</translation>
    </message>
    <message>
        <source>'%1' is not a domain name: '%2' is not a letter, digit, '-' or '_'</source>
        <translation>'%1' is not a domain name: '%2' is not a letter, digit, '-' or '_'</translation>
    </message>
    <message>
        <source>'%1' is not a domain name: it is longer than %2 octets</source>
        <translation>'%1' is not a domain name: it is longer than %2 octets</translation>
    </message>
    <message numerus="yes">
        <source>%n octet(s) are too short for a DNS header</source>
        <translation>
            <numerusform>%n octet are too short for a DNS header</numerusform>
            <numerusform>%n octets are too short for a DNS header</numerusform>
        </translation>
    </message>
    <message>
        <source>the message is longer than 65535 octets</source>
        <translation>the message is longer than 65535 octets</translation>
    </message>
    <message>
        <source>an OPT record outside the additional section</source>
        <translation>an OPT record outside the additional section</translation>
    </message>
    <message>
        <source>more than one OPT record</source>
        <translation>more than one OPT record</translation>
    </message>
    <message>
        <source>an OPT record with an owner other than the root</source>
        <translation>an OPT record with an owner other than the root</translation>
    </message>
    <message numerus="yes">
        <source>%n octet(s) follow the last record</source>
        <translation>
            <numerusform>%n octet follow the last record</numerusform>
            <numerusform>%n octets follow the last record</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailtls::DomainCheck</name>
    <message>
        <source>the DNSKEY of the trust anchor %1 did not validate through %2 (%3%4): the nameservers do not pass DNSSEC records, so no DNSSEC state can be known</source>
        <translation>the DNSKEY of the trust anchor %1 did not validate through %2 (%3%4): the nameservers do not pass DNSSEC records, so no DNSSEC state can be known</translation>
    </message>
</context>
<context>
    <name>mailtls::DomainCommand</name>
    <message>
        <source>domain: --submission takes HOST, HOST:587 or HOST:465</source>
        <translation>domain: --submission takes HOST, HOST:587 or HOST:465</translation>
    </message>
    <message>
        <source>host[:port]</source>
        <translation>host[:port]</translation>
    </message>
    <message>
        <source>Also look up the TLSA records of this submission host (port 587, STARTTLS, or 465, implicit TLS; default 587) and match them against the certificate it presents there. Repeatable.</source>
        <translation>Also look up the TLSA records of this submission host (port 587, STARTTLS, or 465, implicit TLS; default 587) and match them against the certificate it presents there. Repeatable.</translation>
    </message>
    <message>
        <source>Submission DANE %1:%2: %3</source>
        <translation>Submission DANE %1:%2: %3</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>undecided</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Domain %1 (DNS: %2)</source>
        <translation>Domain %1 (DNS: %2)</translation>
    </message>
    <message>
        <source>MX lookup: %1</source>
        <translation>MX lookup: %1</translation>
    </message>
    <message>
        <source>  null MX: the domain takes no mail (RFC 7505)</source>
        <translation>  null MX: the domain takes no mail (RFC 7505)</translation>
    </message>
    <message>
        <source>MTA-STS record</source>
        <translation>MTA-STS record</translation>
    </message>
    <message>
        <source>TLS-RPT record</source>
        <translation>TLS-RPT record</translation>
    </message>
    <message>
        <source>  addresses: %1</source>
        <translation>  addresses: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>  STARTTLS %1, TLS 1.2 or later %2, certificate valid for the name %3</source>
        <translation>  STARTTLS %1, TLS 1.2 or later %2, certificate valid for the name %3</translation>
    </message>
    <message>
        <source>  DANE %1: %2; addresses %3; published %4, in force %5, matches %6, rollover ready %7</source>
        <translation>  DANE %1: %2; addresses %3; published %4, in force %5, matches %6, rollover ready %7</translation>
    </message>
    <message>
        <source>unusable: %1</source>
        <translation>unusable: %1</translation>
    </message>
    <message>
        <source>matches (depth %1)</source>
        <translation>matches (depth %1)</translation>
    </message>
    <message>
        <source>matches %1</source>
        <translation>matches %1</translation>
    </message>
    <message>
        <source>  DELIVERY AT RISK: senders that apply the published defence cannot deliver</source>
        <translation>  DELIVERY AT RISK: senders that apply the published defence cannot deliver</translation>
    </message>
    <message>
        <source>Protected against downgrade: %1 of %2 MX hosts (%3 undecided)</source>
        <translation>Protected against downgrade: %1 of %2 MX hosts (%3 undecided)</translation>
    </message>
    <message>
        <source>Check a domain's defence against STARTTLS downgrade: its MX hosts, their TLSA records (DANE, validated with DNSSEC) matched against the certificates the MX hosts present on port 25, the MTA-STS record and the TLS-RPT record. Exits 0 when every MX host is protected, 1 when one is not or a published defence would make senders fail, 3 when the answer is undecided.</source>
        <translation>Check a domain's defence against STARTTLS downgrade: its MX hosts, their TLSA records (DANE, validated with DNSSEC) matched against the certificates the MX hosts present on port 25, the MTA-STS record and the TLS-RPT record. Exits 0 when every MX host is protected, 1 when one is not or a published defence would make senders fail, 3 when the answer is undecided.</translation>
    </message>
    <message>
        <source>The mail domain, e.g. example.org.</source>
        <translation>The mail domain, e.g. example.org.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Print the result as JSON.</translation>
    </message>
    <message>
        <source>DNSSEC trust anchors (DS or DNSKEY records, zone file format); default: the system's root key (/usr/share/dns/root.key).</source>
        <translation>DNSSEC trust anchors (DS or DNSKEY records, zone file format); default: the system's root key (/usr/share/dns/root.key).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>PEM file of trusted CAs for the MX certificates (default: the system store).</source>
        <translation>PEM file of trusted CAs for the MX certificates (default: the system store).</translation>
    </message>
    <message>
        <source>Do not probe the MX hosts: DNS only (matches stay undecided).</source>
        <translation>Do not probe the MX hosts: DNS only (matches stay undecided).</translation>
    </message>
    <message>
        <source>domain: give one DOMAIN</source>
        <translation>domain: give one DOMAIN</translation>
    </message>
    <message>
        <source>domain: %1</source>
        <translation>domain: %1</translation>
    </message>
    <message>
        <source>domain: cannot read %1</source>
        <translation>domain: cannot read %1</translation>
    </message>
    <message>
        <source>DNSSEC: %1</source>
        <translation>DNSSEC: %1</translation>
    </message>
    <message>
        <source>  policy %1: %2</source>
        <translation>  policy %1: %2</translation>
    </message>
    <message>
        <source>  mode %1, max_age %2, mx %3</source>
        <translation>  mode %1, max_age %2, mx %3</translation>
    </message>
    <message>
        <source>  applied by senders: %1</source>
        <translation>  applied by senders: %1</translation>
    </message>
    <message>
        <source>Probe the MX hosts on this port instead of 25 (a test lab's MX; TLSA records are still looked up for port 25).</source>
        <translation>Probe the MX hosts on this port instead of 25 (a test lab's MX; TLSA records are still looked up for port 25).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Fetch the MTA-STS policy on this port instead of 443 (a test lab's policy host).</source>
        <translation>Fetch the MTA-STS policy on this port instead of 443 (a test lab's policy host).</translation>
    </message>
    <message>
        <source>domain: --mx-port and --policy-port take a port from 1 to 65535</source>
        <translation>domain: --mx-port and --policy-port take a port from 1 to 65535</translation>
    </message>
</context>
<context>
    <name>mailtls::DomainDefence</name>
    <message>
        <source>; DANE senders would refuse it</source>
        <translation>; DANE senders would refuse it</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>TLSA %1, matches %2</source>
        <translation>TLSA %1, matches %2</translation>
    </message>
    <message>
        <source>undecided (%1 TLSA: %2)</source>
        <translation>undecided (%1 TLSA: %2)</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>undecided</translation>
    </message>
    <message>
        <source>not protected against downgrade</source>
        <translation>not protected against downgrade</translation>
    </message>
    <message>
        <source>protected by MTA-STS</source>
        <translation>protected by MTA-STS</translation>
    </message>
    <message>
        <source>protected by DANE</source>
        <translation>protected by DANE</translation>
    </message>
    <message>
        <source>protected by DANE and MTA-STS</source>
        <translation>protected by DANE and MTA-STS</translation>
    </message>
    <message>
        <source>%1 was not probed on port 25: its certificate and versions are unknown</source>
        <translation>%1 was not probed on port 25: its certificate and versions are unknown</translation>
    </message>
    <message>
        <source>the policy at %1: %2</source>
        <translation>the policy at %1: %2</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>policy %1</translation>
    </message>
    <message>
        <source>%1 TXT: %2: whether MTA-STS is published is unknown</source>
        <translation>%1 TXT: %2: whether MTA-STS is published is unknown</translation>
    </message>
    <message>
        <source>a policy is served at %1 but no _mta-sts TXT record announces it: senders never fetch it</source>
        <translation>a policy is served at %1 but no _mta-sts TXT record announces it: senders never fetch it</translation>
    </message>
    <message>
        <source>the record announces a policy (id=%1) that senders cannot use</source>
        <translation>the record announces a policy (id=%1) that senders cannot use</translation>
    </message>
    <message>
        <source>MX %1 matches no mx pattern of the policy</source>
        <translation>MX %1 matches no mx pattern of the policy</translation>
    </message>
    <message>
        <source>the policy's pattern %1 matches no MX host</source>
        <translation>the policy's pattern %1 matches no MX host</translation>
    </message>
    <message>
        <source>the policy changed since %1 but its id (%2) did not: senders that cached the old policy keep it until it expires</source>
        <translation>the policy changed since %1 but its id (%2) did not: senders that cached the old policy keep it until it expires</translation>
    </message>
    <message>
        <source>the enforced MTA-STS policy does not list %1: senders that apply it do not deliver to it</source>
        <translation>the enforced MTA-STS policy does not list %1: senders that apply it do not deliver to it</translation>
    </message>
    <message>
        <source>the enforced MTA-STS policy demands a certificate that chains to a trusted root and names %1; the one it presents does not</source>
        <translation>the enforced MTA-STS policy demands a certificate that chains to a trusted root and names %1; the one it presents does not</translation>
    </message>
    <message>
        <source>the enforced MTA-STS policy demands STARTTLS with TLS 1.2 or later of %1</source>
        <translation>the enforced MTA-STS policy demands STARTTLS with TLS 1.2 or later of %1</translation>
    </message>
    <message>
        <source>MX lookup failed (%1): undecided</source>
        <translation>MX lookup failed (%1): undecided</translation>
    </message>
    <message>
        <source>takes no mail (null MX)</source>
        <translation>takes no mail (null MX)</translation>
    </message>
    <message>
        <source>no MX record: mail goes to the domain's own address, unprotected</source>
        <translation>no MX record: mail goes to the domain's own address, unprotected</translation>
    </message>
    <message>
        <source>%1 of %2 MX hosts protected</source>
        <translation>%1 of %2 MX hosts protected</translation>
    </message>
    <message numerus="yes">
        <source> (%n undecided)</source>
        <translation>
            <numerusform> (%n undecided)</numerusform>
            <numerusform> (%n undecided)</numerusform>
        </translation>
    </message>
    <message>
        <source>undecided (%1 TXT: %2)</source>
        <translation>undecided (%1 TXT: %2)</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>invalid: %1</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>not published</translation>
    </message>
    <message>
        <source>not in force</source>
        <translation>not in force</translation>
    </message>
</context>
<context>
    <name>mailtls::EndpointDetails</name>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message numerus="yes">
        <source>Probe of %n address(es): %1</source>
        <translation>
            <numerusform>Probe of %n address: %1</numerusform>
            <numerusform>Probe of %n addresses: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not probed yet</source>
        <translation>Not probed yet</translation>
    </message>
    <message>
        <source>Filter suites (name, key exchange, cipher, strength...)</source>
        <translation>Filter suites (name, key exchange, cipher, strength...)</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>Broken: SSL 2.0, export, NULL, anonymous, RC4, under 112 bits, 64-bit blocks or an MD5 MAC</source>
        <translation>Broken: SSL 2.0, export, NULL, anonymous, RC4, under 112 bits, 64-bit blocks or an MD5 MAC</translation>
    </message>
    <message>
        <source>No forward secrecy: recorded traffic opens with the server's key</source>
        <translation>No forward secrecy: recorded traffic opens with the server's key</translation>
    </message>
    <message>
        <source>Forward secrecy without AEAD (CBC with a MAC, or an 8-byte tag)</source>
        <translation>Forward secrecy without AEAD (CBC with a MAC, or an 8-byte tag)</translation>
    </message>
    <message>
        <source>Forward secrecy and AEAD (GCM, CCM, ChaCha20-Poly1305)</source>
        <translation>Forward secrecy and AEAD (GCM, CCM, ChaCha20-Poly1305)</translation>
    </message>
    <message>
        <source>server name %1</source>
        <translation>server name %1</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) in %1 s</source>
        <translation>
            <numerusform>%n connection in %1 s</numerusform>
            <numerusform>%n connections in %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Probe: %1</source>
        <translation>Probe: %1</translation>
    </message>
    <message>
        <source>negotiates %1 with %2</source>
        <translation>negotiates %1 with %2</translation>
    </message>
    <message>
        <source>negotiates %1 with %2 over %3</source>
        <translation>negotiates %1 with %2 over %3</translation>
    </message>
    <message>
        <source>certificate expired %1</source>
        <translation>certificate expired %1</translation>
    </message>
    <message>
        <source>certificate valid until %1</source>
        <translation>certificate valid until %1</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (incomplete)</translation>
    </message>
    <message>
        <source>Some evidence is missing: the state may be better than the truth.</source>
        <translation>Some evidence is missing: the state may be better than the truth.</translation>
    </message>
    <message>
        <source>C: sent by the auditor    S: sent by the server    indented: the auditor's notes</source>
        <translation>C: sent by the auditor    S: sent by the server    indented: the auditor's notes</translation>
    </message>
    <message>
        <source>(cut at %1 KiB)</source>
        <translation>(cut at %1 KiB)</translation>
    </message>
    <message>
        <source>No real message seen on this hop yet: import Received: headers (mailtls-auditor path --record) to see what mail actually used.</source>
        <translation>No real message seen on this hop yet: import Received: headers (mailtls-auditor path --record) to see what mail actually used.</translation>
    </message>
    <message>
        <source>What real messages used on this hop, from their Received: headers.</source>
        <translation>What real messages used on this hop, from their Received: headers.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Cipher suites (%1)</source>
        <translation>Cipher suites (%1)</translation>
    </message>
    <message>
        <source>Cipher suites (%1 of %2)</source>
        <translation>Cipher suites (%1 of %2)</translation>
    </message>
    <message>
        <source>Key exchange</source>
        <translation>Key exchange</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <source>Transcript (%1)</source>
        <translation>Transcript (%1)</translation>
    </message>
    <message>
        <source>Observed (%1)</source>
        <translation>Observed (%1)</translation>
    </message>
    <message>
        <source>Select a host, a link or an endpoint
to see what it answered.</source>
        <translation>Select a host, a link or an endpoint
to see what it answered.</translation>
    </message>
    <message>
        <source>Hygiene</source>
        <translation>Hygiene</translation>
    </message>
</context>
<context>
    <name>mailtls::EndpointProbe</name>
    <message>
        <source>the endpoint's time ran out while backing off</source>
        <translation>the endpoint's time ran out while backing off</translation>
    </message>
    <message>
        <source>address %1, %2 of the %3 addresses of %4</source>
        <translation>address %1, %2 of the %3 addresses of %4</translation>
    </message>
    <message>
        <source>the server closed the connection after our long and our short hello</source>
        <translation>the server closed the connection after our long and our short hello</translation>
    </message>
    <message>
        <source>the server closed the connection after our hello, twice</source>
        <translation>the server closed the connection after our hello, twice</translation>
    </message>
    <message>
        <source>protocol violation: the server chose %1, a TLS 1.2 suite, in %2</source>
        <translation>protocol violation: the server chose %1, a TLS 1.2 suite, in %2</translation>
    </message>
    <message>
        <source>the server dropped connections beyond %1 at once; the rest was asked with at most %1</source>
        <translation>the server dropped connections beyond %1 at once; the rest was asked with at most %1</translation>
    </message>
    <message>
        <source>the main handshake negotiated %1 with %2, which this version's own test did not see (%3, asked twice)</source>
        <translation>the main handshake negotiated %1 with %2, which this version's own test did not see (%3, asked twice)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>undecided</translation>
    </message>
    <message>
        <source>protocol violation: the server answered with %1, above the %2 offered</source>
        <translation>protocol violation: the server answered with %1, above the %2 offered</translation>
    </message>
    <message>
        <source>the server closed the connection after our hello</source>
        <translation>the server closed the connection after our hello</translation>
    </message>
    <message>
        <source>the server ended the handshake with alert %1 at level %2, which refuses nothing</source>
        <translation>the server ended the handshake with alert %1 at level %2, which refuses nothing</translation>
    </message>
    <message>
        <source>the server does not offer STARTTLS</source>
        <translation>the server does not offer STARTTLS</translation>
    </message>
    <message>
        <source>not an HTTP response</source>
        <translation>not an HTTP response</translation>
    </message>
    <message>
        <source>suite list incomplete: %1</source>
        <translation>suite list incomplete: %1</translation>
    </message>
    <message>
        <source>the server chose %1, which was not offered</source>
        <translation>the server chose %1, which was not offered</translation>
    </message>
    <message>
        <source>rate limited; retrying</source>
        <translation>rate limited; retrying</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS handshake</translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation>TLS established: %1, %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>no connection slot before the deadline</source>
        <translation>no connection slot before the deadline</translation>
    </message>
    <message>
        <source>group list incomplete: %1</source>
        <translation>group list incomplete: %1</translation>
    </message>
    <message>
        <source>the server chose group %1, which was not offered</source>
        <translation>the server chose group %1, which was not offered</translation>
    </message>
    <message>
        <source>the server answered with %1</source>
        <translation>the server answered with %1</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>alert %1</translation>
    </message>
    <message>
        <source>the server answered with bytes that are not TLS</source>
        <translation>the server answered with bytes that are not TLS</translation>
    </message>
    <message>
        <source>the server refuses long ClientHellos; suites were offered %1 at a time</source>
        <translation>the server refuses long ClientHellos; suites were offered %1 at a time</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>not asked: the main connection ended with %1</source>
        <translation>not asked: the main connection ended with %1</translation>
    </message>
    <message>
        <source>simple bind before StartTLS undecided: %1</source>
        <translation>simple bind before StartTLS undecided: %1</translation>
    </message>
    <message>
        <source>simple bind before StartTLS, on a connection of its own</source>
        <translation>simple bind before StartTLS, on a connection of its own</translation>
    </message>
    <message>
        <source>certificate %1: undecided (%2)</source>
        <translation>certificate %1: undecided (%2)</translation>
    </message>
</context>
<context>
    <name>mailtls::EvidenceSections</name>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Negotiated (a handshake offering everything)</source>
        <translation>Negotiated (a handshake offering everything)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Cipher suite</source>
        <translation>Cipher suite</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>none (no ephemeral key)</source>
        <translation>none (no ephemeral key)</translation>
    </message>
    <message>
        <source>Key exchange size</source>
        <translation>Key exchange size</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>Secure renegotiation (RFC 5746)</source>
        <translation>Secure renegotiation (RFC 5746)</translation>
    </message>
    <message>
        <source>Extended master secret (RFC 7627)</source>
        <translation>Extended master secret (RFC 7627)</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>Handshake</translation>
    </message>
    <message>
        <source>no handshake completed</source>
        <translation>no handshake completed</translation>
    </message>
    <message>
        <source>Group chosen when offered all</source>
        <translation>Group chosen when offered all</translation>
    </message>
    <message>
        <source>Groups accepted</source>
        <translation>Groups accepted</translation>
    </message>
    <message>
        <source>Ephemeral key</source>
        <translation>Ephemeral key</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n suite(s))</source>
        <translation>
            <numerusform>%1 (%n suite)</numerusform>
            <numerusform>%1 (%n suites)</numerusform>
        </translation>
    </message>
    <message>
        <source>No ephemeral key</source>
        <translation>No ephemeral key</translation>
    </message>
    <message numerus="yes">
        <source>%n suite(s): the session key travels under the server's key</source>
        <translation>
            <numerusform>%n suite: the session key travels under the server's key</numerusform>
            <numerusform>%n suites: the session key travels under the server's key</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>none: no handshake completed</source>
        <translation>none: no handshake completed</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Alternative name</source>
        <translation>Alternative name</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validity</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Not before</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Not after</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>expired when probed</source>
        <translation>expired when probed</translation>
    </message>
    <message>
        <source>not yet valid when probed</source>
        <translation>not yet valid when probed</translation>
    </message>
    <message>
        <source>valid when probed, expired since</source>
        <translation>valid when probed, expired since</translation>
    </message>
    <message numerus="yes">
        <source>valid, %n day(s) left</source>
        <translation>
            <numerusform>valid, %n day left</numerusform>
            <numerusform>valid, %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>no: %1</translation>
    </message>
    <message>
        <source>Name matches</source>
        <translation>Name matches</translation>
    </message>
    <message>
        <source>not checked (no name given)</source>
        <translation>not checked (no name given)</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>yes: %1</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Self-signed</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) sent</source>
        <translation>
            <numerusform>%n certificate sent</numerusform>
            <numerusform>%n certificates sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Key and signature</source>
        <translation>Key and signature</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Public key</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bits</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Signature algorithm</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Passwords</translation>
    </message>
    <message>
        <source>In cleartext</source>
        <translation>In cleartext</translation>
    </message>
    <message>
        <source>possible: the login page is served over plain HTTP</source>
        <translation>possible: the login page is served over plain HTTP</translation>
    </message>
    <message>
        <source>possible: the server asks for a login before TLS</source>
        <translation>possible: the server asks for a login before TLS</translation>
    </message>
    <message>
        <source>not offered before TLS</source>
        <translation>not offered before TLS</translation>
    </message>
    <message>
        <source>Before TLS</source>
        <translation>Before TLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>from the first byte (implicit TLS): nothing in cleartext</source>
        <translation>from the first byte (implicit TLS): nothing in cleartext</translation>
    </message>
    <message>
        <source>by a STARTTLS upgrade of the cleartext session</source>
        <translation>by a STARTTLS upgrade of the cleartext session</translation>
    </message>
    <message>
        <source>none on this port (plain HTTP)</source>
        <translation>none on this port (plain HTTP)</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>STARTTLS offered</source>
        <translation>STARTTLS offered</translation>
    </message>
    <message>
        <source>STARTTLS succeeded</source>
        <translation>STARTTLS succeeded</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capabilities</translation>
    </message>
    <message>
        <source>AUTH mechanisms</source>
        <translation>AUTH mechanisms</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Plaintext login (IMAP LOGIN, POP3 USER)</source>
        <translation>Plaintext login (IMAP LOGIN, POP3 USER)</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>offered</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>not offered</translation>
    </message>
    <message>
        <source>Webmail (HTTP)</source>
        <translation>Webmail (HTTP)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Redirects to HTTPS</source>
        <translation>Redirects to HTTPS</translation>
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
        <translation>undecided</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>Simple bind before StartTLS</source>
        <translation>Simple bind before StartTLS</translation>
    </message>
    <message>
        <source>Chain problem</source>
        <translation>Chain problem</translation>
    </message>
    <message>
        <source>Other certificates</source>
        <translation>Other certificates</translation>
    </message>
    <message>
        <source>not known: %1</source>
        <translation>not known: %1</translation>
    </message>
    <message>
        <source>none: the server refuses a handshake without a server name</source>
        <translation>none: the server refuses a handshake without a server name</translation>
    </message>
    <message>
        <source>the same certificate</source>
        <translation>the same certificate</translation>
    </message>
    <message>
        <source>%1 (%2, %3 bits)</source>
        <translation>%1 (%2, %3 bits)</translation>
    </message>
    <message>
        <source>; not trusted: %1</source>
        <translation>; not trusted: %1</translation>
    </message>
    <message>
        <source>; does not match the name</source>
        <translation>; does not match the name</translation>
    </message>
    <message>
        <source>; expired</source>
        <translation>; expired</translation>
    </message>
    <message>
        <source>TLS hygiene</source>
        <translation>TLS hygiene</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>not run: no TLS, the checks were off, or probed before they existed</source>
        <translation>not run: no TLS, the checks were off, or probed before they existed</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Session resumption</source>
        <translation>Session resumption</translation>
    </message>
    <message>
        <source>By session ID</source>
        <translation>By session ID</translation>
    </message>
    <message>
        <source>By session ticket</source>
        <translation>By session ticket</translation>
    </message>
    <message>
        <source>Ticket lifetime hint</source>
        <translation>Ticket lifetime hint</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Stapled OCSP response</source>
        <translation>Stapled OCSP response</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>none stapled</source>
        <translation>none stapled</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>Response status</translation>
    </message>
    <message>
        <source>Certificate status</source>
        <translation>Certificate status</translation>
    </message>
    <message>
        <source>not for this certificate</source>
        <translation>not for this certificate</translation>
    </message>
    <message>
        <source>Signature valid</source>
        <translation>Signature valid</translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation>Fresh</translation>
    </message>
    <message>
        <source>For this certificate</source>
        <translation>For this certificate</translation>
    </message>
    <message>
        <source>This update</source>
        <translation>This update</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Next update</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>DHE primes</source>
        <translation>DHE primes</translation>
    </message>
    <message>
        <source>%1 bits, a prime of its own</source>
        <translation>%1 bits, a prime of its own</translation>
    </message>
    <message>
        <source>%1 bits, %2</source>
        <translation>%1 bits, %2</translation>
    </message>
    <message>
        <source>Prime</source>
        <translation>Prime</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Suite</translation>
    </message>
</context>
<context>
    <name>mailtls::FindingModels</name>
    <message>
        <source>accepted risk until %1 (%2)</source>
        <translation>accepted risk until %1 (%2)</translation>
    </message>
    <message>
        <source>open: accepted risk lapsed on %1</source>
        <translation>open: accepted risk lapsed on %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>%1 of %2 to do</source>
        <translation>%1 of %2 to do</translation>
    </message>
    <message numerus="yes">
        <source>%n regression(s)</source>
        <translation>
            <numerusform>%n regression</numerusform>
            <numerusform>%n regressions</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>DANE warning</source>
        <translation>DANE warning</translation>
    </message>
</context>
<context>
    <name>mailtls::FindingsCommand</name>
    <message>
        <source>Print JSON instead of Markdown.</source>
        <translation>Print JSON instead of Markdown.</translation>
    </message>
    <message>
        <source>Endpoint: %1; links: %2</source>
        <translation>Endpoint: %1; links: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>References: %1</translation>
    </message>
    <message>
        <source>Check a stored audit run against a policy profile and print the findings, most severe first.</source>
        <translation>Check a stored audit run against a policy profile and print the findings, most severe first.</translation>
    </message>
    <message>
        <source>The workspace the run audited.</source>
        <translation>The workspace the run audited.</translation>
    </message>
    <message>
        <source>The run to check (default: the latest).</source>
        <translation>The run to check (default: the latest).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Also print the rules that could not be decided (incomplete).</source>
        <translation>Also print the rules that could not be decided (incomplete).</translation>
    </message>
    <message>
        <source>Print every rule's result as JSON.</source>
        <translation>Print every rule's result as JSON.</translation>
    </message>
    <message>
        <source>Measure %1: %2 of %3 links protected</source>
        <translation>Measure %1: %2 of %3 links protected</translation>
    </message>
    <message>
        <source>%1: run %2 started %3 (%4), profile: %5 %6</source>
        <translation>%1: run %2 started %3 (%4), profile: %5 %6</translation>
    </message>
    <message>
        <source>%1: --workspace FILE is required</source>
        <translation>%1: --workspace FILE is required</translation>
    </message>
    <message>
        <source>%1: unknown profile '%2' (known: %3)</source>
        <translation>%1: unknown profile '%2' (known: %3)</translation>
    </message>
    <message>
        <source>%1: --run takes a run id (see 'runs')</source>
        <translation>%1: --run takes a run id (see 'runs')</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: run %2 of %3 is not in %4</source>
        <translation>%1: run %2 of %3 is not in %4</translation>
    </message>
    <message>
        <source>%1: %2 has no run of %3 yet; run 'audit' first</source>
        <translation>%1: %2 has no run of %3 yet; run 'audit' first</translation>
    </message>
    <message>
        <source>Print CSV instead of Markdown.</source>
        <translation>Print CSV instead of Markdown.</translation>
    </message>
    <message>
        <source>Remediation checklist: %1, run %2</source>
        <translation>Remediation checklist: %1, run %2</translation>
    </message>
    <message>
        <source>Accepted risk lapsed on %1 (owner %2): %3</source>
        <translation>Accepted risk lapsed on %1 (owner %2): %3</translation>
    </message>
    <message>
        <source>Accepted risk until %1 (owner %2): %3</source>
        <translation>Accepted risk until %1 (owner %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n open finding(s)</source>
        <translation>
            <numerusform>%n open finding</numerusform>
            <numerusform>%n open findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted as a risk</source>
        <translation>
            <numerusform>%n accepted as a risk</numerusform>
            <numerusform>%n accepted as a risk</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted as a risk:</source>
        <translation>Accepted as a risk:</translation>
    </message>
    <message>
        <source>Accepted risks no finding needs any more (remove them with 'accept --revoke'):</source>
        <translation>Accepted risks no finding needs any more (remove them with 'accept --revoke'):</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>run %1</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>checklist: --set takes RULE@ENDPOINT=STATE, STATE one of open, in_progress, done (got '%1')</source>
        <translation>checklist: --set takes RULE@ENDPOINT=STATE, STATE one of open, in_progress, done (got '%1')</translation>
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
        <translation>Print the remediation checklist of a stored audit run: for each finding, the steps with the configuration for the software found, the command that verifies it, and the item's state, carried from one audit to the next.</translation>
    </message>
    <message>
        <source>Set an item's state: RULE@ENDPOINT=open, in_progress or done.</source>
        <translation>Set an item's state: RULE@ENDPOINT=open, in_progress or done.</translation>
    </message>
    <message>
        <source>item=state</source>
        <translation>item=state</translation>
    </message>
    <message>
        <source>A note kept with --set.</source>
        <translation>A note kept with --set.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Print every change of the items, oldest first.</source>
        <translation>Print every change of the items, oldest first.</translation>
    </message>
    <message>
        <source>The policy profile (default: m3aawg; 'profiles' lists them).</source>
        <translation>The policy profile (default: m3aawg; 'profiles' lists them).</translation>
    </message>
    <message>
        <source>List the built-in policy profiles: id (for --profile), version, rules and title.</source>
        <translation>List the built-in policy profiles: id (for --profile), version, rules and title.</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Print the list as JSON.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailtls::FindingsPanel</name>
    <message numerus="yes">
        <source>%n check(s) could not be decided: the servers left questions unanswered, so they are neither findings nor passes.</source>
        <translation>
            <numerusform>%n check could not be decided: the servers left questions unanswered, so it is neither a finding nor a pass.</numerusform>
            <numerusform>%n checks could not be decided: the servers left questions unanswered, so they are neither findings nor passes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more)</source>
        <translation>
            <numerusform>(%n more)</numerusform>
            <numerusform>(%n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show accepted risks</source>
        <translation>Show accepted risks</translation>
    </message>
    <message>
        <source>Accept as Risk...</source>
        <translation>Accept as Risk...</translation>
    </message>
    <message>
        <source>Show Endpoint</source>
        <translation>Show Endpoint</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>All measures</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>Measure %1</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 and above</translation>
    </message>
    <message>
        <source>Search findings</source>
        <translation>Search findings</translation>
    </message>
    <message>
        <source>Select a finding to see its evidence.</source>
        <translation>Select a finding to see its evidence.</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>All hosts</translation>
    </message>
    <message>
        <source>Endpoint: %1; links: %2</source>
        <translation>Endpoint: %1; links: %2</translation>
    </message>
    <message>
        <source>Accepted risk until %1 (owner %2): %3</source>
        <translation>Accepted risk until %1 (owner %2): %3</translation>
    </message>
    <message>
        <source>Accepted risk lapsed on %1 (owner %2): %3</source>
        <translation>Accepted risk lapsed on %1 (owner %2): %3</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>References: %1</translation>
    </message>
</context>
<context>
    <name>mailtls::Fingerprint</name>
    <message>
        <source>unknown software</source>
        <translation>unknown software</translation>
    </message>
    <message>
        <source>a guess from its capabilities</source>
        <translation>a guess from its capabilities</translation>
    </message>
    <message>
        <source>likely, from a capability only it offers</source>
        <translation>likely, from a capability only it offers</translation>
    </message>
    <message>
        <source>it names itself</source>
        <translation>it names itself</translation>
    </message>
    <message>
        <source>as set in the workspace</source>
        <translation>as set in the workspace</translation>
    </message>
</context>
<context>
    <name>mailtls::HistoryPanel</name>
    <message numerus="yes">
        <source>%1 (UTC): %L2 session(s) reported, %L3 failed (%4%), in %n report(s)</source>
        <translation>
            <numerusform>%1 (UTC): %L2 session(s) reported, %L3 failed (%4%), in %n report</numerusform>
            <numerusform>%1 (UTC): %L2 session(s) reported, %L3 failed (%4%), in %n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>sessions reported</source>
        <translation>sessions reported</translation>
    </message>
    <message>
        <source>failed sessions</source>
        <translation>failed sessions</translation>
    </message>
    <message>
        <source>successful sessions</source>
        <translation>successful sessions</translation>
    </message>
    <message>
        <source>Sessions reported by TLS-RPT, per day</source>
        <translation>Sessions reported by TLS-RPT, per day</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Runs</source>
        <translation>&amp;Compare Selected Runs</translation>
    </message>
    <message>
        <source>Encrypted links per measure</source>
        <translation>Encrypted links per measure</translation>
    </message>
    <message>
        <source>Open findings by severity</source>
        <translation>Open findings by severity</translation>
    </message>
    <message>
        <source>Endpoints accepting each TLS version</source>
        <translation>Endpoints accepting each TLS version</translation>
    </message>
    <message>
        <source>Checklist items done</source>
        <translation>Checklist items done</translation>
    </message>
    <message>
        <source>Select two runs in the table: what was fixed, what is new, which links regressed.</source>
        <translation>Select two runs in the table: what was fixed, what is new, which links regressed.</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>C&amp;hart:</translation>
    </message>
    <message>
        <source>Measure 1: MTA hops</source>
        <translation>Measure 1: MTA hops</translation>
    </message>
    <message>
        <source>Measure 2: internal links</source>
        <translation>Measure 2: internal links</translation>
    </message>
    <message>
        <source>Measure 3: user access</source>
        <translation>Measure 3: user access</translation>
    </message>
    <message>
        <source>links encrypted (%)</source>
        <translation>links encrypted (%)</translation>
    </message>
    <message>
        <source>open findings</source>
        <translation>open findings</translation>
    </message>
    <message>
        <source>endpoints accepting (%)</source>
        <translation>endpoints accepting (%)</translation>
    </message>
    <message>
        <source>done or verified</source>
        <translation>done or verified</translation>
    </message>
    <message>
        <source>items</source>
        <translation>items</translation>
    </message>
    <message>
        <source>checklist items</source>
        <translation>checklist items</translation>
    </message>
    <message>
        <source>Run %1, %2</source>
        <translation>Run %1, %2</translation>
    </message>
    <message>
        <source>&amp;Target Dates...</source>
        <translation>&amp;Target Dates...</translation>
    </message>
    <message>
        <source>Dates the rollout should reach, drawn on the charts.</source>
        <translation>Dates the rollout should reach, drawn on the charts.</translation>
    </message>
    <message>
        <source>Defence against downgrade</source>
        <translation>Defence against downgrade</translation>
    </message>
    <message>
        <source>MX hosts protected</source>
        <translation>MX hosts protected</translation>
    </message>
    <message>
        <source>Domains: MTA-STS enforced</source>
        <translation>Domains: MTA-STS enforced</translation>
    </message>
    <message>
        <source>Domains: MTA-STS testing</source>
        <translation>Domains: MTA-STS testing</translation>
    </message>
    <message>
        <source>Domains: DANE on every MX</source>
        <translation>Domains: DANE on every MX</translation>
    </message>
    <message>
        <source>Domains: TLS-RPT</source>
        <translation>Domains: TLS-RPT</translation>
    </message>
    <message>
        <source>share (%)</source>
        <translation>share (%)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Chart (&amp;PNG)...</source>
        <translation>Chart (&amp;PNG)...</translation>
    </message>
    <message>
        <source>&amp;Data (CSV)...</source>
        <translation>&amp;Data (CSV)...</translation>
    </message>
</context>
<context>
    <name>mailtls::HostDialog</name>
    <message>
        <source>Edit Host %1</source>
        <translation>Edit Host %1</translation>
    </message>
    <message>
        <source>Add Host</source>
        <translation>Add Host</translation>
    </message>
    <message>
        <source>mx1</source>
        <translation>mx1</translation>
    </message>
    <message>
        <source>The short name links use for this host: letters, digits, '.', '_' and '-'.</source>
        <translation>The short name links use for this host: letters, digits, '.', '_' and '-'.</translation>
    </message>
    <message>
        <source>mx1.example.org</source>
        <translation>mx1.example.org</translation>
    </message>
    <message>
        <source>The DNS name clients use: sent as SNI and matched against the certificate.</source>
        <translation>The DNS name clients use: sent as SNI and matched against the certificate.</translation>
    </message>
    <message>
        <source>192.0.2.10, 2001:db8::10</source>
        <translation>192.0.2.10, 2001:db8::10</translation>
    </message>
    <message>
        <source>IP addresses, separated by commas or spaces. The probes connect to the first; without one they resolve the name.</source>
        <translation>IP addresses, separated by commas or spaces. The probes connect to the first; without one they resolve the name.</translation>
    </message>
    <message>
        <source>Postfix 3.7</source>
        <translation>Postfix 3.7</translation>
    </message>
    <message>
        <source>What runs there, if known: the checklist shows the configuration for it.</source>
        <translation>What runs there, if known: the checklist shows the configuration for it.</translation>
    </message>
    <message>
        <source>smtp:25, submission:587, imaps:993</source>
        <translation>smtp:25, submission:587, imaps:993</translation>
    </message>
    <message>
        <source>PROTOCOL[:PORT][@ADDRESS], separated by commas: smtp, submission, smtps, lmtp, imap, imaps, pop3, pop3s, sieve, ldap, ldaps, http, https. Without a port, the protocol's usual one.</source>
        <translation>PROTOCOL[:PORT][@ADDRESS], separated by commas: smtp, submission, smtps, lmtp, imap, imaps, pop3, pop3s, sieve, ldap, ldaps, http, https. Without a port, the protocol's usual one.</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>&amp;Addresses:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite:</translation>
    </message>
    <message>
        <source>&amp;Software:</source>
        <translation>&amp;Software:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Roles:</translation>
    </message>
    <message>
        <source>&amp;Endpoints:</source>
        <translation>&amp;Endpoints:</translation>
    </message>
    <message>
        <source>Endpoints: %1</source>
        <translation>Endpoints: %1</translation>
    </message>
    <message>
        <source>Audit results stored for '%1' stay under that id: renamed, the host shows as not probed until its next audit.</source>
        <translation>Audit results stored for '%1' stay under that id: renamed, the host shows as not probed until its next audit.</translation>
    </message>
</context>
<context>
    <name>mailtls::HostTreeModel</name>
    <message>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <source>Host / endpoint</source>
        <translation>Host / endpoint</translation>
    </message>
    <message>
        <source>Roles / port</source>
        <translation>Roles / port</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
</context>
<context>
    <name>mailtls::Hygiene</name>
    <message>
        <source>TLS compression (CRIME)</source>
        <translation>TLS compression (CRIME)</translation>
    </message>
    <message>
        <source>Client-initiated renegotiation</source>
        <translation>Client-initiated renegotiation</translation>
    </message>
    <message>
        <source>Renegotiation without RFC 5746</source>
        <translation>Renegotiation without RFC 5746</translation>
    </message>
    <message>
        <source>Downgrade protection (TLS_FALLBACK_SCSV)</source>
        <translation>Downgrade protection (TLS_FALLBACK_SCSV)</translation>
    </message>
    <message>
        <source>Heartbeat extension</source>
        <translation>Heartbeat extension</translation>
    </message>
    <message>
        <source>Heartbleed (CVE-2014-0160)</source>
        <translation>Heartbleed (CVE-2014-0160)</translation>
    </message>
    <message>
        <source>CCS injection (CVE-2014-0224)</source>
        <translation>CCS injection (CVE-2014-0224)</translation>
    </message>
    <message>
        <source>ROBOT (RSA padding oracle)</source>
        <translation>ROBOT (RSA padding oracle)</translation>
    </message>
    <message>
        <source>Session resumption</source>
        <translation>Session resumption</translation>
    </message>
    <message>
        <source>OCSP stapling</source>
        <translation>OCSP stapling</translation>
    </message>
    <message>
        <source>Weak DH prime (Logjam)</source>
        <translation>Weak DH prime (Logjam)</translation>
    </message>
    <message>
        <source>64-bit block ciphers (Sweet32)</source>
        <translation>64-bit block ciphers (Sweet32)</translation>
    </message>
    <message>
        <source>SSL 3.0 with CBC (POODLE)</source>
        <translation>SSL 3.0 with CBC (POODLE)</translation>
    </message>
    <message>
        <source>not a TLS record</source>
        <translation>not a TLS record</translation>
    </message>
    <message>
        <source>not asked: intrusive checks are off (--no-intrusive)</source>
        <translation>not asked: intrusive checks are off (--no-intrusive)</translation>
    </message>
    <message>
        <source>the heartbeat extension is not offered</source>
        <translation>the heartbeat extension is not offered</translation>
    </message>
    <message>
        <source>only TLS 1.3 is accepted: the OpenSSL versions with Heartbleed (1.0.1 to 1.0.1f) speak TLS 1.2 at most</source>
        <translation>only TLS 1.3 is accepted: the OpenSSL versions with Heartbleed (1.0.1 to 1.0.1f) speak TLS 1.2 at most</translation>
    </message>
    <message>
        <source>not asked: whether heartbeats are offered is undecided</source>
        <translation>not asked: whether heartbeats are offered is undecided</translation>
    </message>
    <message>
        <source>the suites of %1 are not all known</source>
        <translation>the suites of %1 are not all known</translation>
    </message>
    <message>
        <source>%1: the ServerHello has no renegotiation_info (RFC 5746): every renegotiation this server does is unprotected (CVE-2009-3555)</source>
        <translation>%1: the ServerHello has no renegotiation_info (RFC 5746): every renegotiation this server does is unprotected (CVE-2009-3555)</translation>
    </message>
    <message>
        <source>whether %1 supports RFC 5746 is not known</source>
        <translation>whether %1 supports RFC 5746 is not known</translation>
    </message>
    <message>
        <source>%1: renegotiation_info in the ServerHello (RFC 5746)</source>
        <translation>%1: renegotiation_info in the ServerHello (RFC 5746)</translation>
    </message>
    <message>
        <source>only SSL 3.0 among the versions that renegotiate, and its ServerHello to our extensionless hello cannot show RFC 5746</source>
        <translation>only SSL 3.0 among the versions that renegotiate, and its ServerHello to our extensionless hello cannot show RFC 5746</translation>
    </message>
    <message>
        <source>a version that could renegotiate is undecided</source>
        <translation>a version that could renegotiate is undecided</translation>
    </message>
    <message>
        <source>no version before TLS 1.3 is accepted, and TLS 1.3 has no renegotiation</source>
        <translation>no version before TLS 1.3 is accepted, and TLS 1.3 has no renegotiation</translation>
    </message>
    <message>
        <source>a prime of its own</source>
        <translation>a prime of its own</translation>
    </message>
    <message>
        <source>%1-bit DHE prime, %2: %3</source>
        <translation>%1-bit DHE prime, %2: %3</translation>
    </message>
    <message>
        <source>under 1024 bits</source>
        <translation>under 1024 bits</translation>
    </message>
    <message>
        <source>a shared 1024-bit prime (Logjam)</source>
        <translation>a shared 1024-bit prime (Logjam)</translation>
    </message>
    <message>
        <source>export-grade DHE accepted (Logjam downgrade): %1</source>
        <translation>export-grade DHE accepted (Logjam downgrade): %1</translation>
    </message>
    <message>
        <source>no DHE suite is accepted</source>
        <translation>no DHE suite is accepted</translation>
    </message>
    <message>
        <source>64-bit block ciphers accepted: %1</source>
        <translation>64-bit block ciphers accepted: %1</translation>
    </message>
    <message>
        <source>no suite with a 64-bit block cipher (3DES, DES, IDEA, RC2) is accepted</source>
        <translation>no suite with a 64-bit block cipher (3DES, DES, IDEA, RC2) is accepted</translation>
    </message>
    <message>
        <source>whether SSL 3.0 is accepted is undecided</source>
        <translation>whether SSL 3.0 is accepted is undecided</translation>
    </message>
    <message>
        <source>whether SSL 3.0 is accepted is undecided: %1</source>
        <translation>whether SSL 3.0 is accepted is undecided: %1</translation>
    </message>
    <message>
        <source>SSL 3.0 is refused</source>
        <translation>SSL 3.0 is refused</translation>
    </message>
    <message>
        <source>SSL 3.0 accepted with CBC suites: %1</source>
        <translation>SSL 3.0 accepted with CBC suites: %1</translation>
    </message>
    <message>
        <source>SSL 3.0 is accepted, and its suites are not all known</source>
        <translation>SSL 3.0 is accepted, and its suites are not all known</translation>
    </message>
    <message>
        <source>SSL 3.0 is accepted, but with no CBC suite (%1)</source>
        <translation>SSL 3.0 is accepted, but with no CBC suite (%1)</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>alert %1</translation>
    </message>
    <message>
        <source>only TLS 1.3 is accepted, which has no compression</source>
        <translation>only TLS 1.3 is accepted, which has no compression</translation>
    </message>
    <message>
        <source>only TLS 1.3 is accepted, where the extension's answer is encrypted</source>
        <translation>only TLS 1.3 is accepted, where the extension's answer is encrypted</translation>
    </message>
    <message>
        <source>no version from SSL 3.0 to TLS 1.2 is known to be accepted</source>
        <translation>no version from SSL 3.0 to TLS 1.2 is known to be accepted</translation>
    </message>
    <message>
        <source>%1: the ServerHello chose compression method %2 (1: DEFLATE)</source>
        <translation>%1: the ServerHello chose compression method %2 (1: DEFLATE)</translation>
    </message>
    <message>
        <source>%1: offered DEFLATE, the ServerHello chose no compression</source>
        <translation>%1: offered DEFLATE, the ServerHello chose no compression</translation>
    </message>
    <message>
        <source>%1: the ServerHello has the heartbeat extension</source>
        <translation>%1: the ServerHello has the heartbeat extension</translation>
    </message>
    <message>
        <source>%1: the ServerHello has no heartbeat extension</source>
        <translation>%1: the ServerHello has no heartbeat extension</translation>
    </message>
    <message>
        <source>%1: the server refused a hello offering DEFLATE (%2)</source>
        <translation>%1: the server refused a hello offering DEFLATE (%2)</translation>
    </message>
    <message>
        <source>%1: the server refused a hello with the heartbeat extension (%2)</source>
        <translation>%1: the server refused a hello with the heartbeat extension (%2)</translation>
    </message>
    <message>
        <source>the answer to a hello with the heartbeat extension was not TLS</source>
        <translation>the answer to a hello with the heartbeat extension was not TLS</translation>
    </message>
    <message>
        <source>the answer to our hello was not a ServerHello</source>
        <translation>the answer to our hello was not a ServerHello</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a version is undecided: whether there is one to fall back to is not known</source>
        <translation>a version is undecided: whether there is one to fall back to is not known</translation>
    </message>
    <message>
        <source>no version is accepted</source>
        <translation>no version is accepted</translation>
    </message>
    <message>
        <source>only %1 is accepted: there is no version to fall back to</source>
        <translation>only %1 is accepted: there is no version to fall back to</translation>
    </message>
    <message>
        <source>no suite of the versions below %1 is known</source>
        <translation>no suite of the versions below %1 is known</translation>
    </message>
    <message>
        <source>a %1 hello with TLS_FALLBACK_SCSV, %2 being accepted</source>
        <translation>a %1 hello with TLS_FALLBACK_SCSV, %2 being accepted</translation>
    </message>
    <message>
        <source>%1: inappropriate_fallback alert</source>
        <translation>%1: inappropriate_fallback alert</translation>
    </message>
    <message>
        <source>%1: the server went on with %2 (%3)</source>
        <translation>%1: the server went on with %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2, not inappropriate_fallback (86)</source>
        <translation>%1: %2, not inappropriate_fallback (86)</translation>
    </message>
    <message>
        <source>%1: the answer was not TLS</source>
        <translation>%1: the answer was not TLS</translation>
    </message>
    <message>
        <source>fatal alert %1</source>
        <translation>fatal alert %1</translation>
    </message>
    <message>
        <source>a record of type %1 where a heartbeat response or an alert was due</source>
        <translation>a record of type %1 where a heartbeat response or an alert was due</translation>
    </message>
    <message numerus="yes">
        <source>a heartbeat record of %n byte(s) that is no heartbeat response</source>
        <translation>
            <numerusform>a heartbeat record of %n byte that is no heartbeat response</numerusform>
            <numerusform>a heartbeat record of %n bytes that is no heartbeat response</numerusform>
        </translation>
    </message>
    <message>
        <source>a heartbeat response of %1 bytes to a request of %2 bytes claiming %3 (%4 bytes beyond the request, not kept)</source>
        <translation>a heartbeat response of %1 bytes to a request of %2 bytes claiming %3 (%4 bytes beyond the request, not kept)</translation>
    </message>
    <message>
        <source>a heartbeat response of %1 bytes to a request of %2 bytes claiming %3</source>
        <translation>a heartbeat response of %1 bytes to a request of %2 bytes claiming %3</translation>
    </message>
    <message>
        <source>the well-formed heartbeat was answered as sent (%1 bytes), the malformed one claiming %2 bytes not at all</source>
        <translation>the well-formed heartbeat was answered as sent (%1 bytes), the malformed one claiming %2 bytes not at all</translation>
    </message>
    <message>
        <source>a heartbeat response of %1 bytes with payload_length %2, which answers neither request as sent</source>
        <translation>a heartbeat response of %1 bytes with payload_length %2, which answers neither request as sent</translation>
    </message>
    <message>
        <source>no heartbeat response or alert within %1 records or %2 bytes</source>
        <translation>no heartbeat response or alert within %1 records or %2 bytes</translation>
    </message>
    <message>
        <source>the server refused our hello (alert %1)</source>
        <translation>the server refused our hello (alert %1)</translation>
    </message>
    <message>
        <source>the server's first flight did not end with ServerHelloDone</source>
        <translation>the server's first flight did not end with ServerHelloDone</translation>
    </message>
    <message>
        <source>%1: a heartbeat claiming %2 bytes with %3 sent, then a well-formed one, before the handshake's end</source>
        <translation>%1: a heartbeat claiming %2 bytes with %3 sent, then a well-formed one, before the handshake's end</translation>
    </message>
    <message>
        <source>%1: this ServerHello had no heartbeat extension</source>
        <translation>%1: this ServerHello had no heartbeat extension</translation>
    </message>
    <message>
        <source>%1: the server closed the connection</source>
        <translation>%1: the server closed the connection</translation>
    </message>
    <message>
        <source>the server closed the connection on the heartbeats, twice</source>
        <translation>the server closed the connection on the heartbeats, twice</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>%1: no answer before the deadline</source>
        <translation>%1: no answer before the deadline</translation>
    </message>
    <message>
        <source>a record of type %1 where an alert was due</source>
        <translation>a record of type %1 where an alert was due</translation>
    </message>
    <message>
        <source>no alert within %1 records</source>
        <translation>no alert within %1 records</translation>
    </message>
    <message>
        <source>only TLS 1.3 accepted; the vulnerable OpenSSL versions do not speak it</source>
        <translation>only TLS 1.3 accepted; the vulnerable OpenSSL versions do not speak it</translation>
    </message>
    <message>
        <source>no version from SSL 3.0 to TLS 1.2 is known to be accepted with its suites</source>
        <translation>no version from SSL 3.0 to TLS 1.2 is known to be accepted with its suites</translation>
    </message>
    <message>
        <source>%1: a ChangeCipherSpec before the key exchange, then a record of %2 random bytes</source>
        <translation>%1: a ChangeCipherSpec before the key exchange, then a record of %2 random bytes</translation>
    </message>
    <message>
        <source>%1: unexpected_message alert (the ChangeCipherSpec was refused)</source>
        <translation>%1: unexpected_message alert (the ChangeCipherSpec was refused)</translation>
    </message>
    <message>
        <source>%1: %2 alert (the ChangeCipherSpec was taken, our record read under its keys)</source>
        <translation>%1: %2 alert (the ChangeCipherSpec was taken, our record read under its keys)</translation>
    </message>
    <message>
        <source>%1: fatal alert %2, none of unexpected_message (10), bad_record_mac (20) and decryption_failed (21)</source>
        <translation>%1: fatal alert %2, none of unexpected_message (10), bad_record_mac (20) and decryption_failed (21)</translation>
    </message>
    <message>
        <source>the server closed the connection on the early ChangeCipherSpec, twice</source>
        <translation>the server closed the connection on the early ChangeCipherSpec, twice</translation>
    </message>
    <message>
        <source>warning alert %1</source>
        <translation>warning alert %1</translation>
    </message>
    <message>
        <source>a record of type %1</source>
        <translation>a record of type %1</translation>
    </message>
    <message>
        <source>a close without an alert</source>
        <translation>a close without an alert</translation>
    </message>
    <message>
        <source>a reset connection</source>
        <translation>a reset connection</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>no answer within %1 ms</translation>
    </message>
    <message>
        <source>1 (well-formed)</source>
        <translation>1 (well-formed)</translation>
    </message>
    <message>
        <source>2 (wrong first bytes)</source>
        <translation>2 (wrong first bytes)</translation>
    </message>
    <message>
        <source>3 (no 0x00 separator)</source>
        <translation>3 (no 0x00 separator)</translation>
    </message>
    <message>
        <source>4 (0x00 misplaced)</source>
        <translation>4 (0x00 misplaced)</translation>
    </message>
    <message>
        <source>5 (wrong version)</source>
        <translation>5 (wrong version)</translation>
    </message>
    <message>
        <source>the server's certificate could not be read</source>
        <translation>the server's certificate could not be read</translation>
    </message>
    <message>
        <source>the server's certificate has no RSA key, though an RSA key exchange was chosen</source>
        <translation>the server's certificate has no RSA key, though an RSA key exchange was chosen</translation>
    </message>
    <message>
        <source>the server's RSA key has an unusable size (%1 bytes)</source>
        <translation>the server's RSA key has an unusable size (%1 bytes)</translation>
    </message>
    <message>
        <source>%1, %2, %3-bit RSA key</source>
        <translation>%1, %2, %3-bit RSA key</translation>
    </message>
    <message>
        <source>the premaster secret could not be encrypted with the server's key</source>
        <translation>the premaster secret could not be encrypted with the server's key</translation>
    </message>
    <message>
        <source>the server refused our hello with alert %1</source>
        <translation>the server refused our hello with alert %1</translation>
    </message>
    <message>
        <source>the server chose %1, which is no RSA key exchange suite we offered</source>
        <translation>the server chose %1, which is no RSA key exchange suite we offered</translation>
    </message>
    <message>
        <source>the server's flight did not end with ServerHelloDone</source>
        <translation>the server's flight did not end with ServerHelloDone</translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation>the server sent no certificate</translation>
    </message>
    <message>
        <source>payload %1: %2</source>
        <translation>payload %1: %2</translation>
    </message>
    <message>
        <source>payloads %1: %2</source>
        <translation>payloads %1: %2</translation>
    </message>
    <message>
        <source>no RSA key exchange suite is accepted</source>
        <translation>no RSA key exchange suite is accepted</translation>
    </message>
    <message>
        <source>no RSA key exchange suite is known to be accepted, but the versions and suites are not all decided</source>
        <translation>no RSA key exchange suite is known to be accepted, but the versions and suites are not all decided</translation>
    </message>
    <message>
        <source>ROBOT's five key exchanges, twice, at %1</source>
        <translation>ROBOT's five key exchanges, twice, at %1</translation>
    </message>
    <message>
        <source>inconsistent answers: payload %1 got %2, then %3</source>
        <translation>inconsistent answers: payload %1 got %2, then %3</translation>
    </message>
    <message>
        <source>the server answered none of the key exchanges within %1 ms</source>
        <translation>the server answered none of the key exchanges within %1 ms</translation>
    </message>
    <message>
        <source>the server asks for a client certificate and refused each key exchange without one (%1): the padding was never judged</source>
        <translation>the server asks for a client certificate and refused each key exchange without one (%1): the padding was never judged</translation>
    </message>
    <message>
        <source>the same answer to all five, in both rounds: %1</source>
        <translation>the same answer to all five, in both rounds: %1</translation>
    </message>
    <message>
        <source>a strong oracle: the answers to payloads 2, 3 and 4 differ, so a premaster secret that merely starts 00 02 stands out</source>
        <translation>a strong oracle: the answers to payloads 2, 3 and 4 differ, so a premaster secret that merely starts 00 02 stands out</translation>
    </message>
    <message>
        <source>a weak oracle: only a block well-formed up to its length (payloads 1 or 5) stands out</source>
        <translation>a weak oracle: only a block well-formed up to its length (payloads 1 or 5) stands out</translation>
    </message>
    <message>
        <source>the same in both rounds: %1</source>
        <translation>the same in both rounds: %1</translation>
    </message>
    <message>
        <source>some payloads got no alert (a close, a reset or silence) where others did: the ROBOT paper counts these shapes of an answer as an oracle too</source>
        <translation>some payloads got no alert (a close, a reset or silence) where others did: the ROBOT paper counts these shapes of an answer as an oracle too</translation>
    </message>
    <message>
        <source>no suite of the versions up to TLS 1.2 is known to ask with</source>
        <translation>no suite of the versions up to TLS 1.2 is known to ask with</translation>
    </message>
    <message>
        <source>%1: the handshake before the renegotiation failed: %2</source>
        <translation>%1: the handshake before the renegotiation failed: %2</translation>
    </message>
    <message>
        <source>%1: a renegotiation the client started completed</source>
        <translation>%1: a renegotiation the client started completed</translation>
    </message>
    <message>
        <source>%1: the server refused a renegotiation the client started (no_renegotiation alert)</source>
        <translation>%1: the server refused a renegotiation the client started (no_renegotiation alert)</translation>
    </message>
    <message>
        <source>%1: the server ended a renegotiation the client started: %2</source>
        <translation>%1: the server ended a renegotiation the client started: %2</translation>
    </message>
    <message>
        <source>%1: the server closed the connection after the client's renegotiation hello, twice</source>
        <translation>%1: the server closed the connection after the client's renegotiation hello, twice</translation>
    </message>
    <message>
        <source>the server closes connections that renegotiate</source>
        <translation>the server closes connections that renegotiate</translation>
    </message>
    <message>
        <source>%1: the connection closed after the client's renegotiation hello, and was not asked again</source>
        <translation>%1: the connection closed after the client's renegotiation hello, and was not asked again</translation>
    </message>
    <message>
        <source>%1: no answer to the client's renegotiation hello by the deadline</source>
        <translation>%1: no answer to the client's renegotiation hello by the deadline</translation>
    </message>
    <message>
        <source>%1: the renegotiation could not be asked: %2</source>
        <translation>%1: the renegotiation could not be asked: %2</translation>
    </message>
    <message>
        <source>%1: resuming by %2, the handshake failed: %3</source>
        <translation>%1: resuming by %2, the handshake failed: %3</translation>
    </message>
    <message>
        <source>%1: a session was resumed by %2</source>
        <translation>%1: a session was resumed by %2</translation>
    </message>
    <message>
        <source>%1: a session offered by %2 was not resumed (full handshake)</source>
        <translation>%1: a session offered by %2 was not resumed (full handshake)</translation>
    </message>
    <message>
        <source>no version OpenSSL can resume with is known to be accepted</source>
        <translation>no version OpenSSL can resume with is known to be accepted</translation>
    </message>
    <message>
        <source>session ID</source>
        <translation>session ID</translation>
    </message>
    <message>
        <source>session ticket</source>
        <translation>session ticket</translation>
    </message>
    <message>
        <source>%1: the handshake offering tickets failed: %2</source>
        <translation>%1: the handshake offering tickets failed: %2</translation>
    </message>
    <message>
        <source>it left no session</source>
        <translation>it left no session</translation>
    </message>
    <message>
        <source>%1: the server issued a session ticket (lifetime hint %2 s)</source>
        <translation>%1: the server issued a session ticket (lifetime hint %2 s)</translation>
    </message>
    <message>
        <source>%1: no session ticket within %2 s of the handshake</source>
        <translation>%1: no session ticket within %2 s of the handshake</translation>
    </message>
    <message>
        <source>%1: no session ticket issued to a hello offering the extension</source>
        <translation>%1: no session ticket issued to a hello offering the extension</translation>
    </message>
    <message>
        <source>no suite of the versions up to TLS 1.2 is known to resume by session ID with</source>
        <translation>no suite of the versions up to TLS 1.2 is known to resume by session ID with</translation>
    </message>
    <message>
        <source>TLS 1.3 has no resumption by session ID (only TLS 1.3 is accepted)</source>
        <translation>TLS 1.3 has no resumption by session ID (only TLS 1.3 is accepted)</translation>
    </message>
    <message>
        <source>%1: the handshake offering no ticket failed: %2</source>
        <translation>%1: the handshake offering no ticket failed: %2</translation>
    </message>
    <message>
        <source>%1: the ServerHello has no session ID (no session cache)</source>
        <translation>%1: the ServerHello has no session ID (no session cache)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>no TLS handshake completed: whether a response is stapled is not known</source>
        <translation>no TLS handshake completed: whether a response is stapled is not known</translation>
    </message>
    <message>
        <source>no OCSP response stapled</source>
        <translation>no OCSP response stapled</translation>
    </message>
    <message>
        <source>the certificate names no OCSP responder: there is nothing to staple</source>
        <translation>the certificate names no OCSP responder: there is nothing to staple</translation>
    </message>
    <message numerus="yes">
        <source>a response is stapled, but it is not an OCSP response (%n byte(s))</source>
        <translation>
            <numerusform>a response is stapled, but it is not an OCSP response (%n byte)</numerusform>
            <numerusform>a response is stapled, but it is not an OCSP response (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>stapled OCSP response: %1, with no certificate status</source>
        <translation>stapled OCSP response: %1, with no certificate status</translation>
    </message>
    <message>
        <source>stapled OCSP response: successful, but not a basic response</source>
        <translation>stapled OCSP response: successful, but not a basic response</translation>
    </message>
    <message>
        <source>the response's signature verifies (the issuer or its delegated responder)</source>
        <translation>the response's signature verifies (the issuer or its delegated responder)</translation>
    </message>
    <message>
        <source>the response's signature does not verify: %1</source>
        <translation>the response's signature does not verify: %1</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>unknown reason</translation>
    </message>
    <message>
        <source>the trust store could not be loaded: the signature is not judged</source>
        <translation>the trust store could not be loaded: the signature is not judged</translation>
    </message>
    <message>
        <source>the leaf's issuer is not known: whether the response is for it is not judged</source>
        <translation>the leaf's issuer is not known: whether the response is for it is not judged</translation>
    </message>
    <message>
        <source>no certificate to judge the response against</source>
        <translation>no certificate to judge the response against</translation>
    </message>
    <message numerus="yes">
        <source>the response names %n other certificate(s), not the server's</source>
        <translation>
            <numerusform>the response names %n other certificate, not the server's</numerusform>
            <numerusform>the response names %n other certificates, not the server's</numerusform>
        </translation>
    </message>
    <message>
        <source>the server's certificate is revoked (since %1)</source>
        <translation>the server's certificate is revoked (since %1)</translation>
    </message>
    <message>
        <source>certificate status: %1</source>
        <translation>certificate status: %1</translation>
    </message>
    <message>
        <source>fresh: this update %1, next update %2</source>
        <translation>fresh: this update %1, next update %2</translation>
    </message>
    <message>
        <source>not fresh: this update %1, next update %2</source>
        <translation>not fresh: this update %1, next update %2</translation>
    </message>
</context>
<context>
    <name>mailtls::HygieneLabels</name>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>undecided</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>the stapled response was not read</source>
        <translation>the stapled response was not read</translation>
    </message>
    <message>
        <source>the stapled response is not an answer: the responder said %1</source>
        <translation>the stapled response is not an answer: the responder said %1</translation>
    </message>
    <message>
        <source>the stapled response is not for this certificate</source>
        <translation>the stapled response is not for this certificate</translation>
    </message>
    <message>
        <source>whether the stapled response names this certificate was not checked</source>
        <translation>whether the stapled response names this certificate was not checked</translation>
    </message>
    <message>
        <source>the stapled response says the certificate is revoked</source>
        <translation>the stapled response says the certificate is revoked</translation>
    </message>
    <message>
        <source>the stapled response says the responder does not know the certificate</source>
        <translation>the stapled response says the responder does not know the certificate</translation>
    </message>
    <message>
        <source>the stapled response's signature does not verify against the issuer</source>
        <translation>the stapled response's signature does not verify against the issuer</translation>
    </message>
    <message>
        <source>the stapled response's signature was not checked</source>
        <translation>the stapled response's signature was not checked</translation>
    </message>
    <message>
        <source>the stapled response is stale (this update %1, next update %2)</source>
        <translation>the stapled response is stale (this update %1, next update %2)</translation>
    </message>
    <message>
        <source>whether the stapled response is fresh was not checked</source>
        <translation>whether the stapled response is fresh was not checked</translation>
    </message>
</context>
<context>
    <name>mailtls::ImapDialogue</name>
    <message>
        <source>the server said BYE: %1</source>
        <translation>the server said BYE: %1</translation>
    </message>
    <message>
        <source>no tagged reply after %1 lines</source>
        <translation>no tagged reply after %1 lines</translation>
    </message>
    <message>
        <source>unexpected greeting: %1</source>
        <translation>unexpected greeting: %1</translation>
    </message>
    <message>
        <source>CAPABILITY failed</source>
        <translation>CAPABILITY failed</translation>
    </message>
    <message>
        <source>STARTTLS refused: %1</source>
        <translation>STARTTLS refused: %1</translation>
    </message>
</context>
<context>
    <name>mailtls::Import</name>
    <message>
        <source>a quoted field is not closed</source>
        <translation>a quoted field is not closed</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>text after a closing quote</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB: split it, or import the hosts with another source</source>
        <translation>the file is larger than %1 MiB: split it, or import the hosts with another source</translation>
    </message>
    <message>
        <source>the file is not UTF-8</source>
        <translation>the file is not UTF-8</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>no header row</translation>
    </message>
    <message>
        <source>unknown column '%1' (known: %2)</source>
        <translation>unknown column '%1' (known: %2)</translation>
    </message>
    <message>
        <source>column '%1' appears twice</source>
        <translation>column '%1' appears twice</translation>
    </message>
    <message>
        <source>the header has no 'host' column</source>
        <translation>the header has no 'host' column</translation>
    </message>
    <message>
        <source>'%1' is not a host name</source>
        <translation>'%1' is not a host name</translation>
    </message>
    <message>
        <source>'%1' is not an IP address</source>
        <translation>'%1' is not an IP address</translation>
    </message>
    <message>
        <source>unknown role '%1' (known: %2)</source>
        <translation>unknown role '%1' (known: %2)</translation>
    </message>
    <message>
        <source>zone must be internal or external, not '%1'</source>
        <translation>zone must be internal or external, not '%1'</translation>
    </message>
    <message>
        <source>unknown protocol '%1'</source>
        <translation>unknown protocol '%1'</translation>
    </message>
    <message>
        <source>'%1' is not a port</source>
        <translation>'%1' is not a port</translation>
    </message>
    <message>
        <source>a port without a protocol</source>
        <translation>a port without a protocol</translation>
    </message>
    <message>
        <source>host %1 is %2 on an earlier row</source>
        <translation>host %1 is %2 on an earlier row</translation>
    </message>
    <message>
        <source>host %1 is at site '%2' on an earlier row</source>
        <translation>host %1 is at site '%2' on an earlier row</translation>
    </message>
    <message>
        <source>portid '%1' is not a port</source>
        <translation>portid '%1' is not a port</translation>
    </message>
    <message>
        <source>not an nmap XML report (no &lt;nmaprun&gt;)</source>
        <translation>not an nmap XML report (no &lt;nmaprun&gt;)</translation>
    </message>
</context>
<context>
    <name>mailtls::ImportFile</name>
    <message>
        <source>%1: %2 message(s), %3 hop(s) recorded on links, %4 hop(s) inside the organisation without a link</source>
        <translation>%1: %2 message(s), %3 hop(s) recorded on links, %4 hop(s) inside the organisation without a link</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 new hosts, %3 new endpoints, %4 new links</source>
        <translation>%1: %2 new hosts, %3 new endpoints, %4 new links</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <translation>%1 %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Not imported, worth a look (they may serve mail too): %1</source>
        <translation>Not imported, worth a look (they may serve mail too): %1</translation>
    </message>
</context>
<context>
    <name>mailtls::Labels</name>
    <message>
        <source>Inbound MX</source>
        <translation>Inbound MX</translation>
    </message>
    <message>
        <source>Outbound relay</source>
        <translation>Outbound relay</translation>
    </message>
    <message>
        <source>Internal relay</source>
        <translation>Internal relay</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Mail store</source>
        <translation>Mail store</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>IMAP/POP access</source>
        <translation>IMAP/POP access</translation>
    </message>
    <message>
        <source>Webmail</source>
        <translation>Webmail</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>Internet to MX</source>
        <translation>Internet to MX</translation>
    </message>
    <message>
        <source>Outbound to Internet</source>
        <translation>Outbound to Internet</translation>
    </message>
    <message>
        <source>Delivery to store</source>
        <translation>Delivery to store</translation>
    </message>
    <message>
        <source>Directory lookup</source>
        <translation>Directory lookup</translation>
    </message>
    <message>
        <source>User submission</source>
        <translation>User submission</translation>
    </message>
    <message>
        <source>User mail access</source>
        <translation>User mail access</translation>
    </message>
    <message>
        <source>User webmail</source>
        <translation>User webmail</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>External</source>
        <translation>External</translation>
    </message>
</context>
<context>
    <name>mailtls::LdapDialogue</name>
    <message>
        <source>the server's answer is not an LDAP message</source>
        <translation>the server's answer is not an LDAP message</translation>
    </message>
    <message>
        <source>the server disconnected: %1</source>
        <translation>the server disconnected: %1</translation>
    </message>
    <message>
        <source>no answer among the first %1 messages</source>
        <translation>no answer among the first %1 messages</translation>
    </message>
    <message>
        <source>the server is %1</source>
        <translation>the server is %1</translation>
    </message>
    <message>
        <source>the root DSE is not readable; StartTLS is tried</source>
        <translation>the root DSE is not readable; StartTLS is tried</translation>
    </message>
    <message>
        <source>StartTLS refused: %1</source>
        <translation>StartTLS refused: %1</translation>
    </message>
    <message>
        <source>simple bind before StartTLS undecided: %1</source>
        <translation>simple bind before StartTLS undecided: %1</translation>
    </message>
    <message>
        <source>the answer to the bind is not a BindResponse</source>
        <translation>the answer to the bind is not a BindResponse</translation>
    </message>
    <message>
        <source>simple bind refused before StartTLS: %1</source>
        <translation>simple bind refused before StartTLS: %1</translation>
    </message>
    <message>
        <source>%1 for a name outside every naming context (the root DSE shows none): OpenLDAP answers so before its confidentiality check, undecided</source>
        <translation>%1 for a name outside every naming context (the root DSE shows none): OpenLDAP answers so before its confidentiality check, undecided</translation>
    </message>
    <message>
        <source>the server checked a made-up password: %1</source>
        <translation>the server checked a made-up password: %1</translation>
    </message>
    <message>
        <source>the answer to a simple bind before StartTLS decides nothing: %1</source>
        <translation>the answer to a simple bind before StartTLS decides nothing: %1</translation>
    </message>
</context>
<context>
    <name>mailtls::LdapMessages</name>
    <message>
        <source>not an LDAP message</source>
        <translation>not an LDAP message</translation>
    </message>
    <message>
        <source>LDAP message without an id and an operation</source>
        <translation>LDAP message without an id and an operation</translation>
    </message>
    <message>
        <source>malformed LDAP response (tag 0x%1)</source>
        <translation>malformed LDAP response (tag 0x%1)</translation>
    </message>
</context>
<context>
    <name>mailtls::LinkDialog</name>
    <message>
        <source>Edit Link %1</source>
        <translation>Edit Link %1</translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation>Add Link</translation>
    </message>
    <message>
        <source>The Internet</source>
        <translation>The Internet</translation>
    </message>
    <message>
        <source>The users</source>
        <translation>The users</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), %3 port %4</source>
        <translation>%1 (%2), %3 port %4</translation>
    </message>
    <message>
        <source>%1 (measure %2)</source>
        <translation>%1 (measure %2)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>To: the workspace has no endpoint yet; add a host with endpoints first.</source>
        <translation>To: the workspace has no endpoint yet; add a host with endpoints first.</translation>
    </message>
</context>
<context>
    <name>mailtls::LinkState</name>
    <message>
        <source>no TLS version accepted, and some undecided</source>
        <translation>no TLS version accepted, and some undecided</translation>
    </message>
    <message>
        <source>strong TLS</source>
        <translation>strong TLS</translation>
    </message>
    <message>
        <source>weak TLS</source>
        <translation>weak TLS</translation>
    </message>
    <message>
        <source>optional TLS</source>
        <translation>optional TLS</translation>
    </message>
    <message>
        <source>cleartext</source>
        <translation>cleartext</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>unreachable</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>not probed</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <source>plain HTTP redirects to HTTPS</source>
        <translation>plain HTTP redirects to HTTPS</translation>
    </message>
    <message>
        <source>plain HTTP serves the page</source>
        <translation>plain HTTP serves the page</translation>
    </message>
    <message>
        <source>STARTTLS not offered</source>
        <translation>STARTTLS not offered</translation>
    </message>
    <message>
        <source>no TLS version accepted</source>
        <translation>no TLS version accepted</translation>
    </message>
    <message>
        <source>status %1: %2</source>
        <translation>status %1: %2</translation>
    </message>
    <message>
        <source>accepts %1</source>
        <translation>accepts %1</translation>
    </message>
    <message>
        <source>%1 without forward secrecy: %2</source>
        <translation>%1 without forward secrecy: %2</translation>
    </message>
    <message>
        <source>%1 with an insecure suite: %2</source>
        <translation>%1 with an insecure suite: %2</translation>
    </message>
    <message>
        <source>cleartext login before STARTTLS</source>
        <translation>cleartext login before STARTTLS</translation>
    </message>
    <message>
        <source>AUTH %1 before STARTTLS</source>
        <translation>AUTH %1 before STARTTLS</translation>
    </message>
    <message>
        <source>a real message crossed in cleartext on %1</source>
        <translation>a real message crossed in cleartext on %1</translation>
    </message>
    <message>
        <source>a real message used %1 on %2</source>
        <translation>a real message used %1 on %2</translation>
    </message>
    <message>
        <source>not probed: state from real messages</source>
        <translation>not probed: state from real messages</translation>
    </message>
    <message>
        <source>LDAP simple bind accepted before StartTLS</source>
        <translation>LDAP simple bind accepted before StartTLS</translation>
    </message>
    <message>
        <source>vulnerable: %1</source>
        <translation>vulnerable: %1</translation>
    </message>
    <message>
        <source>sending side not tested (the relay has not delivered to the test receiver)</source>
        <translation>sending side not tested (the relay has not delivered to the test receiver)</translation>
    </message>
    <message>
        <source>sending: no TLS where STARTTLS was offered (tested %1)</source>
        <translation>sending: no TLS where STARTTLS was offered (tested %1)</translation>
    </message>
    <message>
        <source>sending: took less than TLS 1.2 where 1.2 or 1.3 was offered (tested %1)</source>
        <translation>sending: took less than TLS 1.2 where 1.2 or 1.3 was offered (tested %1)</translation>
    </message>
    <message>
        <source>sending: STARTTLS with TLS 1.2 or 1.3 (tested %1)</source>
        <translation>sending: STARTTLS with TLS 1.2 or 1.3 (tested %1)</translation>
    </message>
    <message>
        <source>sending: not tested toward a destination that requires TLS</source>
        <translation>sending: not tested toward a destination that requires TLS</translation>
    </message>
    <message>
        <source>sending: delivers without TLS where the destination requires it (tested %1)</source>
        <translation>sending: delivers without TLS where the destination requires it (tested %1)</translation>
    </message>
    <message>
        <source>sending: delivers over a certificate that does not check where the destination requires TLS (tested %1)</source>
        <translation>sending: delivers over a certificate that does not check where the destination requires TLS (tested %1)</translation>
    </message>
    <message>
        <source>sending: no SNI (tested %1)</source>
        <translation>sending: no SNI (tested %1)</translation>
    </message>
    <message>
        <source>sending: some checks undecided</source>
        <translation>sending: some checks undecided</translation>
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
        <translation>Link</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>mailtls::MailReplies</name>
    <message>
        <source>reply longer than %1 lines</source>
        <translation>reply longer than %1 lines</translation>
    </message>
    <message>
        <source>not an SMTP reply line</source>
        <translation>not an SMTP reply line</translation>
    </message>
    <message>
        <source>reply code changed from %1 to %2 within one reply</source>
        <translation>reply code changed from %1 to %2 within one reply</translation>
    </message>
    <message>
        <source>bad separator after the reply code</source>
        <translation>bad separator after the reply code</translation>
    </message>
</context>
<context>
    <name>mailtls::MainWindow</name>
    <message numerus="yes">
        <source>%n kept TLS-RPT report(s) no longer read; left out</source>
        <translation>
            <numerusform>%n kept TLS-RPT report no longer reads; left out</numerusform>
            <numerusform>%n kept TLS-RPT reports no longer read; left out</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS-RPT reports: %1</source>
        <translation>TLS-RPT reports: %1</translation>
    </message>
    <message>
        <source>MailTLS Auditor</source>
        <translation>MailTLS Auditor</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>No workspace</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open Workspace...</source>
        <translation>&amp;Open Workspace...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About MailTLS Auditor</source>
        <translation>&amp;About MailTLS Auditor</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Open Workspace</translation>
    </message>
    <message>
        <source>MailTLS Auditor workspaces (*.json);;All files (*)</source>
        <translation>MailTLS Auditor workspaces (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>Loading %1...</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Could not open %1</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Cannot open workspace</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n host(s)</source>
        <translation>
            <numerusform>%1: %n host</numerusform>
            <numerusform>%1: %n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>About MailTLS Auditor</source>
        <translation>About MailTLS Auditor</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;MailTLS Auditor&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Audits an organisation's mail paths against the M3AAWG recommendations: opportunistic TLS on every MTA hop, encrypted internal links, and no password in cleartext.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;MailTLS Auditor&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Audits an organisation's mail paths against the M3AAWG recommendations: opportunistic TLS on every MTA hop, encrypted internal links, and no password in cleartext.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Inventory</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Checklist</translation>
    </message>
    <message>
        <source>estimating the time left</source>
        <translation>estimating the time left</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Save &amp;As...</translation>
    </message>
    <message>
        <source>Se&amp;ttings...</source>
        <translation>Se&amp;ttings...</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Audit</translation>
    </message>
    <message>
        <source>&amp;Audit All</source>
        <translation>&amp;Audit All</translation>
    </message>
    <message>
        <source>Audit &amp;Selected Hosts</source>
        <translation>Audit &amp;Selected Hosts</translation>
    </message>
    <message>
        <source>Audit What &amp;Changed</source>
        <translation>Audit What &amp;Changed</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Save Workspace</source>
        <translation>Save Workspace</translation>
    </message>
    <message>
        <source>MailTLS Auditor workspaces (*.json)</source>
        <translation>MailTLS Auditor workspaces (*.json)</translation>
    </message>
    <message>
        <source>Cannot save workspace</source>
        <translation>Cannot save workspace</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>%1[*] - MailTLS Auditor</source>
        <translation>%1[*] - MailTLS Auditor</translation>
    </message>
    <message>
        <source>Audit store: %1</source>
        <translation>Audit store: %1</translation>
    </message>
    <message>
        <source>Select one or more hosts in the inventory first.</source>
        <translation>Select one or more hosts in the inventory first.</translation>
    </message>
    <message>
        <source>Nothing changed since the last audit.</source>
        <translation>Nothing changed since the last audit.</translation>
    </message>
    <message>
        <source>Audit: %1 of %2 endpoints, %3</source>
        <translation>Audit: %1 of %2 endpoints, %3</translation>
    </message>
    <message>
        <source>Audit run %1 cancelled</source>
        <translation>Audit run %1 cancelled</translation>
    </message>
    <message>
        <source>Audit run %1 complete</source>
        <translation>Audit run %1 complete</translation>
    </message>
    <message>
        <source>Accept as a Risk</source>
        <translation>Accept as a Risk</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Cannot verify %1 now.</source>
        <translation>Cannot verify %1 now.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Path &amp;Map</source>
        <translation>Path &amp;Map</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Hosts from &amp;CSV...</source>
        <translation>Hosts from &amp;CSV...</translation>
    </message>
    <message>
        <source>Hosts from &amp;nmap XML...</source>
        <translation>Hosts from &amp;nmap XML...</translation>
    </message>
    <message>
        <source>Message &amp;Paths (.eml, mbox)...</source>
        <translation>Message &amp;Paths (.eml, mbox)...</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Delete Selected Hosts or Links</source>
        <translation>&amp;Delete Selected Hosts or Links</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>nmap XML (*.xml);;All files (*)</source>
        <translation>nmap XML (*.xml);;All files (*)</translation>
    </message>
    <message>
        <source>Messages (*.eml *.mbox *.mbx);;All files (*)</source>
        <translation>Messages (*.eml *.mbox *.mbx);;All files (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Importing %1...</translation>
    </message>
    <message>
        <source>Import failed: nothing was imported</source>
        <translation>Import failed: nothing was imported</translation>
    </message>
    <message>
        <source>Imported, with warnings</source>
        <translation>Imported, with warnings</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n link(s)</source>
        <translation>
            <numerusform>Delete %n link</numerusform>
            <numerusform>Delete %n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n host(s)</source>
        <translation>
            <numerusform>Delete %n host</numerusform>
            <numerusform>Delete %n hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>Hosts from &amp;DNS...</source>
        <translation>Hosts from &amp;DNS...</translation>
    </message>
    <message>
        <source>Add &amp;Host...</source>
        <translation>Add &amp;Host...</translation>
    </message>
    <message>
        <source>Add &amp;Link...</source>
        <translation>Add &amp;Link...</translation>
    </message>
    <message>
        <source>&amp;Edit Selected...</source>
        <translation>&amp;Edit Selected...</translation>
    </message>
    <message>
        <source>Asking DNS about %1...</source>
        <translation>Asking DNS about %1...</translation>
    </message>
    <message>
        <source>Add Host %1</source>
        <translation>Add Host %1</translation>
    </message>
    <message>
        <source>Edit Host</source>
        <translation>Edit Host</translation>
    </message>
    <message>
        <source>Edit Host %1</source>
        <translation>Edit Host %1</translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation>Add Link</translation>
    </message>
    <message>
        <source>Add Link %1</source>
        <translation>Add Link %1</translation>
    </message>
    <message>
        <source>Edit Link</source>
        <translation>Edit Link</translation>
    </message>
    <message>
        <source>Edit Link %1</source>
        <translation>Edit Link %1</translation>
    </message>
    <message>
        <source>Select a host or a link in the inventory first.</source>
        <translation>Select a host or a link in the inventory first.</translation>
    </message>
    <message>
        <source>&amp;Export Report (PDF, HTML)...</source>
        <translation>&amp;Export Report (PDF, HTML)...</translation>
    </message>
    <message>
        <source>&amp;Print Report...</source>
        <translation>&amp;Print Report...</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Export Report</translation>
    </message>
    <message>
        <source>No audit of this workspace is stored yet: run an audit first.</source>
        <translation>No audit of this workspace is stored yet: run an audit first.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;HTML pages (*.html)</source>
        <translation>PDF documents (*.pdf);;HTML pages (*.html)</translation>
    </message>
    <message>
        <source>Writing the report to %1...</source>
        <translation>Writing the report to %1...</translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation>Wrote the report to %1</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Print Report</translation>
    </message>
    <message>
        <source>Preparing the report...</source>
        <translation>Preparing the report...</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>Hi&amp;story</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>History: %1</translation>
    </message>
    <message>
        <source>Comparing run %1 with run %2...</source>
        <translation>Comparing run %1 with run %2...</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Compare Runs</translation>
    </message>
    <message>
        <source>Run %1 Compared with Run %2</source>
        <translation>Run %1 Compared with Run %2</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Export History</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Target Dates</source>
        <translation>Target Dates</translation>
    </message>
    <message>
        <source>The workspace kept changing while the import ran. Import again when the editing is done.</source>
        <translation>The workspace kept changing while the import ran. Import again when the editing is done.</translation>
    </message>
    <message>
        <source>Add Host</source>
        <translation>Add Host</translation>
    </message>
    <message>
        <source>Fi&amp;ndings</source>
        <translation>Fi&amp;ndings</translation>
    </message>
    <message>
        <source>Cance&amp;l Audit</source>
        <translation>Cance&amp;l Audit</translation>
    </message>
    <message>
        <source>Fi&amp;ndings (%1)</source>
        <translation>Fi&amp;ndings (%1)</translation>
    </message>
    <message>
        <source>Domains not checked: the nameservers in Settings: %1</source>
        <translation>Domains not checked: the nameservers in Settings: %1</translation>
    </message>
    <message>
        <source>&amp;New Workspace</source>
        <translation>&amp;New Workspace</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Test &amp;Outbound Relay...</source>
        <translation>Test &amp;Outbound Relay...</translation>
    </message>
    <message>
        <source>Start the test receiver and see what a relay does when it sends to the world.</source>
        <translation>Start the test receiver and see what a relay does when it sends to the world.</translation>
    </message>
    <message>
        <source>Record Outbound Test</source>
        <translation>Record Outbound Test</translation>
    </message>
    <message>
        <source>Outbound test recorded for %1.</source>
        <translation>Outbound test recorded for %1.</translation>
    </message>
    <message>
        <source>Not recorded, no host of the workspace: %1.</source>
        <translation>Not recorded, no host of the workspace: %1.</translation>
    </message>
    <message>
        <source>The outbound test was started for another workspace (%1): not recorded.</source>
        <translation>The outbound test was started for another workspace (%1): not recorded.</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>unsaved</translation>
    </message>
    <message>
        <source>Ignored, a relay's name from another address: %1.</source>
        <translation>Ignored, a relay's name from another address: %1.</translation>
    </message>
</context>
<context>
    <name>mailtls::MilestonesDialog</name>
    <message>
        <source>Target Dates</source>
        <translation>Target Dates</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What should be reached</source>
        <translation>What should be reached</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Row %1: say what should be reached by %2.</source>
        <translation>Row %1: say what should be reached by %2.</translation>
    </message>
</context>
<context>
    <name>mailtls::MtaSts</name>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>a field name is a letter or digit, then up to 31 letters, digits, "_", "-" or "."</source>
        <translation>a field name is a letter or digit, then up to 31 letters, digits, "_", "-" or "."</translation>
    </message>
    <message>
        <source>MTA-STS record "%1": %2</source>
        <translation>MTA-STS record "%1": %2</translation>
    </message>
    <message>
        <source>it does not begin with v=STSv1</source>
        <translation>it does not begin with v=STSv1</translation>
    </message>
    <message>
        <source>whitespace at the end (allowed only around ";")</source>
        <translation>whitespace at the end (allowed only around ";")</translation>
    </message>
    <message>
        <source>expected ";" at position %1, found "%2"</source>
        <translation>expected ";" at position %1, found "%2"</translation>
    </message>
    <message>
        <source>field "%1" has no "="</source>
        <translation>field "%1" has no "="</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 appears twice</translation>
    </message>
    <message>
        <source>the id "%1" is not 1 to 32 letters and digits</source>
        <translation>the id "%1" is not 1 to 32 letters and digits</translation>
    </message>
    <message>
        <source>"%1" is not a field name (%2)</source>
        <translation>"%1" is not a field name (%2)</translation>
    </message>
    <message>
        <source>the value of %1 is empty</source>
        <translation>the value of %1 is empty</translation>
    </message>
    <message>
        <source>the value of %1 has characters the record does not allow: "%2"</source>
        <translation>the value of %1 has characters the record does not allow: "%2"</translation>
    </message>
    <message>
        <source>there is no id field</source>
        <translation>there is no id field</translation>
    </message>
    <message>
        <source>%1 TXT records begin with v=STSv1 (%2); senders then act as if the domain published no MTA-STS policy</source>
        <translation>%1 TXT records begin with v=STSv1 (%2); senders then act as if the domain published no MTA-STS policy</translation>
    </message>
    <message>
        <source>%1 more errors not listed</source>
        <translation>%1 more errors not listed</translation>
    </message>
    <message>
        <source>an empty line (the policy format has none)</source>
        <translation>an empty line (the policy format has none)</translation>
    </message>
    <message>
        <source>"%1" is not a "key: value" field</source>
        <translation>"%1" is not a "key: value" field</translation>
    </message>
    <message>
        <source>%1 appears again (first on line %2)</source>
        <translation>%1 appears again (first on line %2)</translation>
    </message>
    <message>
        <source>version "%1" is not STSv1</source>
        <translation>version "%1" is not STSv1</translation>
    </message>
    <message>
        <source>mode "%1" is not enforce, testing or none</source>
        <translation>mode "%1" is not enforce, testing or none</translation>
    </message>
    <message>
        <source>max_age "%1" is not a number</source>
        <translation>max_age "%1" is not a number</translation>
    </message>
    <message>
        <source>max_age "%1" has more than 10 digits</source>
        <translation>max_age "%1" has more than 10 digits</translation>
    </message>
    <message>
        <source>max_age %1 is more than %2 seconds (a year)</source>
        <translation>max_age %1 is more than %2 seconds (a year)</translation>
    </message>
    <message>
        <source>mx "%1" is not a host name, or "*." and a domain name</source>
        <translation>mx "%1" is not a host name, or "*." and a domain name</translation>
    </message>
    <message>
        <source>"%1" is not "%2": field names are case-sensitive</source>
        <translation>"%1" is not "%2": field names are case-sensitive</translation>
    </message>
    <message>
        <source>the value of %1 has characters a policy does not allow: "%2"</source>
        <translation>the value of %1 has characters a policy does not allow: "%2"</translation>
    </message>
    <message>
        <source>the policy has no %1 field</source>
        <translation>the policy has no %1 field</translation>
    </message>
    <message>
        <source>the policy has no valid mx field, which mode %1 requires</source>
        <translation>the policy has no valid mx field, which mode %1 requires</translation>
    </message>
</context>
<context>
    <name>mailtls::Nameserver</name>
    <message>
        <source>'%1': a '[' without its ']'</source>
        <translation>'%1': a '[' without its ']'</translation>
    </message>
    <message>
        <source>'%1': expected ':PORT' after ']'</source>
        <translation>'%1': expected ':PORT' after ']'</translation>
    </message>
    <message>
        <source>'%1' is not an IP address (give ADDR, ADDR:PORT or [IPv6]:PORT)</source>
        <translation>'%1' is not an IP address (give ADDR, ADDR:PORT or [IPv6]:PORT)</translation>
    </message>
    <message>
        <source>'%1': brackets are for IPv6 addresses</source>
        <translation>'%1': brackets are for IPv6 addresses</translation>
    </message>
    <message>
        <source>'%1' is not a port</source>
        <translation>'%1' is not a port</translation>
    </message>
</context>
<context>
    <name>mailtls::NetworkOptions</name>
    <message>
        <source>Trust these PEM certificates instead of the system store.</source>
        <translation>Trust these PEM certificates instead of the system store.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>TCP connections open at once, in all (default 32).</source>
        <translation>TCP connections open at once, in all (default 32).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>TCP connections open at once to one host (default 8).</source>
        <translation>TCP connections open at once to one host (default 8).</translation>
    </message>
    <message>
        <source>Seconds for each network operation (default 10).</source>
        <translation>Seconds for each network operation (default 10).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>%1: --concurrency, --per-host and --timeout take positive numbers</source>
        <translation>%1: --concurrency, --per-host and --timeout take positive numbers</translation>
    </message>
    <message>
        <source>%1: cannot read the CA file %2</source>
        <translation>%1: cannot read the CA file %2</translation>
    </message>
    <message>
        <source>Leave out the checks that send malformed messages (Heartbleed, CCS injection, ROBOT): they stay undecided.</source>
        <translation>Leave out the checks that send malformed messages (Heartbleed, CCS injection, ROBOT): they stay undecided.</translation>
    </message>
    <message>
        <source>Leave out the TLS hygiene checks (compression, renegotiation, fallback, Heartbleed, ROBOT, resumption, OCSP stapling, ...).</source>
        <translation>Leave out the TLS hygiene checks (compression, renegotiation, fallback, Heartbleed, ROBOT, resumption, OCSP stapling, ...).</translation>
    </message>
</context>
<context>
    <name>mailtls::Notification</name>
    <message>
        <source> (some answers undecided)</source>
        <translation> (some answers undecided)</translation>
    </message>
    <message>
        <source>%1: cannot start %2: %3</source>
        <translation>%1: cannot start %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 did not finish within %n second(s)</source>
        <translation>
            <numerusform>%1: %2 did not finish within %n second</numerusform>
            <numerusform>%1: %2 did not finish within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 crashed</source>
        <translation>%1: %2 crashed</translation>
    </message>
    <message>
        <source>%1: %2 ended with status %3%4</source>
        <translation>%1: %2 ended with status %3%4</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) regressed</source>
        <translation>
            <numerusform>%n link regressed</numerusform>
            <numerusform>%n links regressed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) opened</source>
        <translation>
            <numerusform>%n finding opened</numerusform>
            <numerusform>%n findings opened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) undecided</source>
        <translation>
            <numerusform>%n link undecided</numerusform>
            <numerusform>%n links undecided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expiring</source>
        <translation>
            <numerusform>%n certificate expiring</numerusform>
            <numerusform>%n certificates expiring</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>no change</translation>
    </message>
    <message>
        <source>MailTLS audit of %1: %2</source>
        <translation>MailTLS audit of %1: %2</translation>
    </message>
    <message>
        <source>Audit run %1 of %2 (%3), compared with run %4 (%5).</source>
        <translation>Audit run %1 of %2 (%3), compared with run %4 (%5).</translation>
    </message>
    <message>
        <source>Audit run %1 of %2 (%3): the first complete run, nothing to compare with.</source>
        <translation>Audit run %1 of %2 (%3): the first complete run, nothing to compare with.</translation>
    </message>
    <message>
        <source>Links that regressed (%1):</source>
        <translation>Links that regressed (%1):</translation>
    </message>
    <message>
        <source>Findings opened (%1):</source>
        <translation>Findings opened (%1):</translation>
    </message>
    <message>
        <source>Links decided before that no answer decides now (%1):</source>
        <translation>Links decided before that no answer decides now (%1):</translation>
    </message>
    <message numerus="yes">
        <source>Certificates expired or expiring within %n day(s):</source>
        <translation>
            <numerusform>Certificates expired or expiring within %n day:</numerusform>
            <numerusform>Certificates expired or expiring within %n days:</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Links that improved (%1):</source>
        <translation>Links that improved (%1):</translation>
    </message>
    <message>
        <source>Findings fixed (%1):</source>
        <translation>Findings fixed (%1):</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>The whole run as a report:</source>
        <translation>The whole run as a report:</translation>
    </message>
    <message>
        <source>--sendmail names no program</source>
        <translation>--sendmail names no program</translation>
    </message>
    <message>
        <source>notification mail</source>
        <translation>notification mail</translation>
    </message>
    <message>
        <source>notification command</source>
        <translation>notification command</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) undecided</source>
        <translation>
            <numerusform>%n finding undecided</numerusform>
            <numerusform>%n findings undecided</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings that no answer confirms or clears now (%1):</source>
        <translation>Findings that no answer confirms or clears now (%1):</translation>
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
        <translation>cleartext</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>From the cipher's name as the MTA wrote it; empty when the name does not tell</source>
        <translation>From the cipher's name as the MTA wrote it; empty when the name does not tell</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>TLS version</source>
        <translation>TLS version</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Cipher</translation>
    </message>
    <message>
        <source>Forward secrecy</source>
        <translation>Forward secrecy</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>First seen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Message ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>mailtls::ObservedPath</name>
    <message>
        <source>Seen in the Received: headers of a message</source>
        <translation>Seen in the Received: headers of a message</translation>
    </message>
</context>
<context>
    <name>mailtls::OutboundPlan</name>
    <message>
        <source>the workspace has no outbound_test plan (docs/workspace-format.md)</source>
        <translation>the workspace has no outbound_test plan (docs/workspace-format.md)</translation>
    </message>
    <message>
        <source>outbound test: %1: %2</source>
        <translation>outbound test: %1: %2</translation>
    </message>
    <message>
        <source>outbound test: %1: the command %2: %3</source>
        <translation>outbound test: %1: the command %2: %3</translation>
    </message>
    <message>
        <source>ended with status %1</source>
        <translation>ended with status %1</translation>
    </message>
    <message>
        <source>did not end in 60 s</source>
        <translation>did not end in 60 s</translation>
    </message>
    <message>
        <source>outbound test: %1 did not reach every listener in %2 s: the checks those would decide stay undecided</source>
        <translation>outbound test: %1 did not reach every listener in %2 s: the checks those would decide stay undecided</translation>
    </message>
    <message>
        <source>outbound test: %1 never reached the receiver: its earlier test, if any, stands</source>
        <translation>outbound test: %1 never reached the receiver: its earlier test, if any, stands</translation>
    </message>
    <message>
        <source>outbound test: listening on %1 (%2) for %3</source>
        <translation>outbound test: listening on %1 (%2) for %3</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>no address</translation>
    </message>
    <message>
        <source>outbound test: %1: MX %2, %3; %4</source>
        <translation>outbound test: %1: MX %2, %3; %4</translation>
    </message>
    <message>
        <source>outbound test: %1: its MX hosts are not at the listener's address %2: the relay delivers to them (the listener behind a NAT, or the test message goes elsewhere)</source>
        <translation>outbound test: %1: its MX hosts are not at the listener's address %2: the relay delivers to them (the listener behind a NAT, or the test message goes elsewhere)</translation>
    </message>
    <message>
        <source>outbound test: %1: no MX (%2): the relay may not find the listener %3</source>
        <translation>outbound test: %1: no MX (%2): the relay may not find the listener %3</translation>
    </message>
    <message>
        <source>%1 lookup failed (%2)</source>
        <translation>%1 lookup failed (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n TLSA record(s) at %1, %2</source>
        <translation>
            <numerusform>%n TLSA record at %1, %2</numerusform>
            <numerusform>%n TLSA records at %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>TLSA at %1: lookup failed (%2)</source>
        <translation>TLSA at %1: lookup failed (%2)</translation>
    </message>
    <message>
        <source>no TLSA record at %1, %2</source>
        <translation>no TLSA record at %1, %2</translation>
    </message>
</context>
<context>
    <name>mailtls::OutboundTestDialog</name>
    <message>
        <source>handshake failed: %1</source>
        <translation>handshake failed: %1</translation>
    </message>
    <message>
        <source>STARTTLS answered %1</source>
        <translation>STARTTLS answered %1</translation>
    </message>
    <message>
        <source>no STARTTLS</source>
        <translation>no STARTTLS</translation>
    </message>
    <message>
        <source>message taken over TLS</source>
        <translation>message taken over TLS</translation>
    </message>
    <message>
        <source>message taken in cleartext</source>
        <translation>message taken in cleartext</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>no message</translation>
    </message>
    <message>
        <source>no message (TLS failed)</source>
        <translation>no message (TLS failed)</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>protocol error</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>Test Outbound Relay</source>
        <translation>Test Outbound Relay</translation>
    </message>
    <message>
        <source>The test receiver plays destinations on the Internet: each listener one way of offering TLS. Route the test domains from the relay to it and send one message to each; what the relay does is recorded, judged, and kept in the workspace when you stop. Messages are discarded, never delivered.</source>
        <translation>The test receiver plays destinations on the Internet: each listener one way of offering TLS. Route the test domains from the relay to it and send one message to each; what the relay does is recorded, judged, and kept in the workspace when you stop. Messages are discarded, never delivered.</translation>
    </message>
    <message>
        <source>Destinations without a policy (opportunistic TLS: a fallback is expected)</source>
        <translation>Destinations without a policy (opportunistic TLS: a fallback is expected)</translation>
    </message>
    <message>
        <source>Destinations that require TLS (MTA-STS enforce or DANE: a fallback is a fault)</source>
        <translation>Destinations that require TLS (MTA-STS enforce or DANE: a fallback is a fault)</translation>
    </message>
    <message>
        <source>&amp;Relay:</source>
        <translation>&amp;Relay:</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Listen on:</translation>
    </message>
    <message>
        <source>&amp;First port:</source>
        <translation>&amp;First port:</translation>
    </message>
    <message>
        <source>Scenarios (one port each):</source>
        <translation>Scenarios (one port each):</translation>
    </message>
    <message>
        <source>&amp;Destinations:</source>
        <translation>&amp;Destinations:</translation>
    </message>
    <message>
        <source>&amp;Start Receiver</source>
        <translation>&amp;Start Receiver</translation>
    </message>
    <message>
        <source>St&amp;op and Record</source>
        <translation>St&amp;op and Record</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>Not running.</translation>
    </message>
    <message>
        <source>How to route the test domains from the relay appears here once the receiver listens.</source>
        <translation>How to route the test domains from the relay appears here once the receiver listens.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
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
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>No host of the workspace is an outbound relay: give one the role or an outbound link first.</source>
        <translation>No host of the workspace is an outbound relay: give one the role or an outbound link first.</translation>
    </message>
    <message>
        <source>Listen on: '%1' is not an IP address.</source>
        <translation>Listen on: '%1' is not an IP address.</translation>
    </message>
    <message>
        <source>Choose at least one scenario.</source>
        <translation>Choose at least one scenario.</translation>
    </message>
    <message>
        <source>Listening on %1. Waiting for the relay...</source>
        <translation>Listening on %1. Waiting for the relay...</translation>
    </message>
    <message>
        <source>The receiver could not start: %1</source>
        <translation>The receiver could not start: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n session(s).</source>
        <translation>
            <numerusform>Stopped: %n session.</numerusform>
            <numerusform>Stopped: %n sessions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the receiver...</source>
        <translation>Starting the receiver...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Stopping...</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>undecided</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>noted</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message numerus="yes">
        <source>%n more not kept (too many).</source>
        <translation>
            <numerusform>%n more not kept (too many).</numerusform>
            <numerusform>%n more not kept (too many).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) refused: too many at once.</source>
        <translation>
            <numerusform>%n connection refused: too many at once.</numerusform>
            <numerusform>%n connections refused: too many at once.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no host of the workspace, not recorded</source>
        <translation>%1: no host of the workspace, not recorded</translation>
    </message>
    <message>
        <source>%1: a relay's name from another address, ignored</source>
        <translation>%1: a relay's name from another address, ignored</translation>
    </message>
    <message>
        <source>%1 from %2 (by its EHLO name only)</source>
        <translation>%1 from %2 (by its EHLO name only)</translation>
    </message>
</context>
<context>
    <name>mailtls::OutboundTestSession</name>
    <message>
        <source># Postfix on %1: route the test domains to the receiver (/etc/postfix/transport),</source>
        <translation># Postfix on %1: route the test domains to the receiver (/etc/postfix/transport),</translation>
    </message>
    <message>
        <source># then: postmap /etc/postfix/transport; postconf -e transport_maps=hash:/etc/postfix/transport; postfix reload</source>
        <translation># then: postmap /etc/postfix/transport; postconf -e transport_maps=hash:/etc/postfix/transport; postfix reload</translation>
    </message>
    <message>
        <source># Exim on %1: a router before dnslookup, one per test domain (then update-exim4.conf; systemctl restart exim4)</source>
        <translation># Exim on %1: a router before dnslookup, one per test domain (then update-exim4.conf; systemctl restart exim4)</translation>
    </message>
    <message>
        <source># and in the transports, one per port:</source>
        <translation># and in the transports, one per port:</translation>
    </message>
    <message>
        <source># Send one message per test domain, on the relay:</source>
        <translation># Send one message per test domain, on the relay:</translation>
    </message>
    <message>
        <source># or over SMTP from here, through the relay:</source>
        <translation># or over SMTP from here, through the relay:</translation>
    </message>
</context>
<context>
    <name>mailtls::OutboundVerdict</name>
    <message>
        <source>no session came to a normal listener</source>
        <translation>no session came to a normal listener</translation>
    </message>
    <message>
        <source>%1: STARTTLS was offered and asked for, and a message still came in cleartext</source>
        <translation>%1: STARTTLS was offered and asked for, and a message still came in cleartext</translation>
    </message>
    <message>
        <source>%1: STARTTLS was offered; the message came in cleartext</source>
        <translation>%1: STARTTLS was offered; the message came in cleartext</translation>
    </message>
    <message>
        <source>%1: the handshake with a server offering TLS 1.2 and 1.3 failed: %2</source>
        <translation>%1: the handshake with a server offering TLS 1.2 and 1.3 failed: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) to a normal listener, none with a message</source>
        <translation>
            <numerusform>%n session to a normal listener, none with a message</numerusform>
            <numerusform>%n sessions to a normal listener, none with a message</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) delivered over STARTTLS</source>
        <translation>
            <numerusform>%n message delivered over STARTTLS</numerusform>
            <numerusform>%n messages delivered over STARTTLS</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: its hello offered at most %2 to a server with TLS 1.2 and 1.3</source>
        <translation>%1: its hello offered at most %2 to a server with TLS 1.2 and 1.3</translation>
    </message>
    <message>
        <source>no TLS session with a normal listener</source>
        <translation>no TLS session with a normal listener</translation>
    </message>
    <message>
        <source>negotiated %1</source>
        <translation>negotiated %1</translation>
    </message>
    <message>
        <source>no TLS session</source>
        <translation>no TLS session</translation>
    </message>
    <message>
        <source>%1: no SNI</source>
        <translation>%1: no SNI</translation>
    </message>
    <message>
        <source>SNI %1</source>
        <translation>SNI %1</translation>
    </message>
    <message>
        <source>no session came to a no-starttls, starttls-refused or stripped listener</source>
        <translation>no session came to a no-starttls, starttls-refused or stripped listener</translation>
    </message>
    <message>
        <source>held the message when TLS was missing (stricter than opportunistic TLS asks)</source>
        <translation>held the message when TLS was missing (stricter than opportunistic TLS asks)</translation>
    </message>
    <message>
        <source>delivered in cleartext when TLS was missing, as opportunistic TLS does (RFC 7435)</source>
        <translation>delivered in cleartext when TLS was missing, as opportunistic TLS does (RFC 7435)</translation>
    </message>
    <message>
        <source>%1: delivered in cleartext although the destination's policy requires TLS</source>
        <translation>%1: delivered in cleartext although the destination's policy requires TLS</translation>
    </message>
    <message numerus="yes">
        <source>held the message in %n session(s) without TLS</source>
        <translation>
            <numerusform>held the message in %n session without TLS</numerusform>
            <numerusform>held the message in %n sessions without TLS</numerusform>
        </translation>
    </message>
    <message>
        <source>no session came to a bad-certificate listener</source>
        <translation>no session came to a bad-certificate listener</translation>
    </message>
    <message>
        <source>%1: delivered over a certificate self-signed, expired and for another name</source>
        <translation>%1: delivered over a certificate self-signed, expired and for another name</translation>
    </message>
    <message>
        <source>refused the certificate: %1</source>
        <translation>refused the certificate: %1</translation>
    </message>
    <message>
        <source>Uses STARTTLS when it is offered (M1)</source>
        <translation>Uses STARTTLS when it is offered (M1)</translation>
    </message>
    <message>
        <source>Takes TLS 1.2 or 1.3 when they are offered</source>
        <translation>Takes TLS 1.2 or 1.3 when they are offered</translation>
    </message>
    <message>
        <source>Sends SNI</source>
        <translation>Sends SNI</translation>
    </message>
    <message>
        <source>Keeps the message when the destination requires TLS and it is missing</source>
        <translation>Keeps the message when the destination requires TLS and it is missing</translation>
    </message>
    <message>
        <source>Keeps the message when the destination requires TLS and the certificate does not check</source>
        <translation>Keeps the message when the destination requires TLS and the certificate does not check</translation>
    </message>
    <message>
        <source>When TLS is missing (no policy at the destination)</source>
        <translation>When TLS is missing (no policy at the destination)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) to a bad-certificate listener, none refused the certificate with an alert</source>
        <translation>
            <numerusform>%n session to a bad-certificate listener, none refused the certificate with an alert</numerusform>
            <numerusform>%n sessions to a bad-certificate listener, none refused the certificate with an alert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, by its EHLO name %3)</source>
        <translation>%1 (%2, by its EHLO name %3)</translation>
    </message>
    <message>
        <source>%1: completed the handshake, then ended the session before sending mail (%2)</source>
        <translation>%1: completed the handshake, then ended the session before sending mail (%2)</translation>
    </message>
    <message>
        <source>negotiated %1; took %2 from a server with nothing newer, while offering %3</source>
        <translation>negotiated %1; took %2 from a server with nothing newer, while offering %3</translation>
    </message>
    <message>
        <source>known by its EHLO name only (from %1): a pass needs the relay's own address (add it to the host)</source>
        <translation>known by its EHLO name only (from %1): a pass needs the relay's own address (add it to the host)</translation>
    </message>
</context>
<context>
    <name>mailtls::PathCommand</name>
    <message>
        <source>Postfix TLS comment</source>
        <translation>Postfix TLS comment</translation>
    </message>
    <message>
        <source>Exim TLS comment</source>
        <translation>Exim TLS comment</translation>
    </message>
    <message>
        <source>Exim X= field</source>
        <translation>Exim X= field</translation>
    </message>
    <message>
        <source>version= and cipher= fields</source>
        <translation>version= and cipher= fields</translation>
    </message>
    <message>
        <source>protocol name (RFC 3848)</source>
        <translation>protocol name (RFC 3848)</translation>
    </message>
    <message>
        <source>local protocol</source>
        <translation>local protocol</translation>
    </message>
    <message>
        <source>local submission</source>
        <translation>local submission</translation>
    </message>
    <message>
        <source>no TLS marker</source>
        <translation>no TLS marker</translation>
    </message>
    <message>
        <source>unknown protocol</source>
        <translation>unknown protocol</translation>
    </message>
    <message>
        <source>(local)</source>
        <translation>(local)</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>forward secrecy</source>
        <translation>forward secrecy</translation>
    </message>
    <message>
        <source>no forward secrecy</source>
        <translation>no forward secrecy</translation>
    </message>
    <message>
        <source>Message %1 (%2)</source>
        <translation>Message %1 (%2)</translation>
    </message>
    <message>
        <source>without Message-ID</source>
        <translation>without Message-ID</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <source>No Received: headers.</source>
        <translation>No Received: headers.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>client logged in</source>
        <translation>client logged in</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>link %1</translation>
    </message>
    <message>
        <source> (one of several)</source>
        <translation> (one of several)</translation>
    </message>
    <message>
        <source>outside the inventory</source>
        <translation>outside the inventory</translation>
    </message>
    <message>
        <source>receiver not in the inventory</source>
        <translation>receiver not in the inventory</translation>
    </message>
    <message>
        <source>inside %1</source>
        <translation>inside %1</translation>
    </message>
    <message>
        <source>no link from %1 to %2 in the inventory</source>
        <translation>no link from %1 to %2 in the inventory</translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s)</source>
        <translation>
            <numerusform>%n hop</numerusform>
            <numerusform>%n hops</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with TLS, %2 in cleartext</source>
        <translation>%1 with TLS, %2 in cleartext</translation>
    </message>
    <message>
        <source>Hosts inside the organisation that the inventory lacks: %1</source>
        <translation>Hosts inside the organisation that the inventory lacks: %1</translation>
    </message>
    <message>
        <source>Print the hops a real message took, from its Received: headers, with what each used.</source>
        <translation>Print the hops a real message took, from its Received: headers, with what each used.</translation>
    </message>
    <message>
        <source>An .eml file or an mbox.</source>
        <translation>An .eml file or an mbox.</translation>
    </message>
    <message>
        <source>Print the hops as JSON.</source>
        <translation>Print the hops as JSON.</translation>
    </message>
    <message>
        <source>Match the hops to this workspace's hosts and links.</source>
        <translation>Match the hops to this workspace's hosts and links.</translation>
    </message>
    <message>
        <source>Keep what each hop used in the workspace (saved in place).</source>
        <translation>Keep what each hop used in the workspace (saved in place).</translation>
    </message>
    <message>
        <source>With --record: add hosts inside the organisation that it lacks.</source>
        <translation>With --record: add hosts inside the organisation that it lacks.</translation>
    </message>
    <message>
        <source>path: one message file (.eml or mbox) is required</source>
        <translation>path: one message file (.eml or mbox) is required</translation>
    </message>
    <message>
        <source>path: --record and --add-unknown need --workspace FILE</source>
        <translation>path: --record and --add-unknown need --workspace FILE</translation>
    </message>
    <message>
        <source>path: --add-unknown needs --record</source>
        <translation>path: --add-unknown needs --record</translation>
    </message>
    <message>
        <source>path: warning: %1</source>
        <translation>path: warning: %1</translation>
    </message>
    <message>
        <source>path: %1</source>
        <translation>path: %1</translation>
    </message>
    <message>
        <source>Recorded in %1: %2 hops on links (%3 new observations, %4 updated), %5 hops without a link, %6 hosts and %7 links added.</source>
        <translation>Recorded in %1: %2 hops on links (%3 new observations, %4 updated), %5 hops without a link, %6 hosts and %7 links added.</translation>
    </message>
</context>
<context>
    <name>mailtls::PathMap</name>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Inbound MX and outbound relays</source>
        <translation>Inbound MX and outbound relays</translation>
    </message>
    <message>
        <source>Internal relays and filters</source>
        <translation>Internal relays and filters</translation>
    </message>
    <message>
        <source>Mail stores</source>
        <translation>Mail stores</translation>
    </message>
    <message>
        <source>Access services</source>
        <translation>Access services</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>sends %1</source>
        <translation>sends %1</translation>
    </message>
    <message>
        <source>ignores DANE/MTA-STS</source>
        <translation>ignores DANE/MTA-STS</translation>
    </message>
    <message>
        <source>keeps DANE/MTA-STS</source>
        <translation>keeps DANE/MTA-STS</translation>
    </message>
</context>
<context>
    <name>mailtls::PathMapLegend</name>
    <message>
        <source>incomplete: some answers undecided</source>
        <translation>incomplete: some answers undecided</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>seen in real messages</source>
        <translation>seen in real messages</translation>
    </message>
    <message>
        <source>direction of connection</source>
        <translation>direction of connection</translation>
    </message>
</context>
<context>
    <name>mailtls::PathMapText</name>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (incomplete)</translation>
    </message>
    <message>
        <source>Incomplete: some of the server's answers were undecided, so the link may be weaker than shown.</source>
        <translation>Incomplete: some of the server's answers were undecided, so the link may be weaker than shown.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a problem</source>
        <translation>
            <numerusform>%n with a problem</numerusform>
            <numerusform>%n with a problem</numerusform>
        </translation>
    </message>
    <message>
        <source>not seen in real messages</source>
        <translation>not seen in real messages</translation>
    </message>
    <message>
        <source>seen in real messages, some in cleartext</source>
        <translation>seen in real messages, some in cleartext</translation>
    </message>
    <message>
        <source>seen in real messages</source>
        <translation>seen in real messages</translation>
    </message>
    <message>
        <source>outside the organisation</source>
        <translation>outside the organisation</translation>
    </message>
    <message>
        <source>mail clients and browsers</source>
        <translation>mail clients and browsers</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>no role</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <source>Software: %1</source>
        <translation>Software: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>M%1 · %2 · %3</source>
        <translation>M%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n more)</source>
        <translation>
            <numerusform>(%n more)</numerusform>
            <numerusform>(%n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Protected against downgrade by %1</source>
        <translation>Protected against downgrade by %1</translation>
    </message>
</context>
<context>
    <name>mailtls::PathMapView</name>
    <message>
        <source>Encrypted and cleartext mail paths, MailTLS Auditor</source>
        <translation>Encrypted and cleartext mail paths, MailTLS Auditor</translation>
    </message>
</context>
<context>
    <name>mailtls::PathMapWidget</name>
    <message>
        <source>Select a host or a link to see its details.</source>
        <translation>Select a host or a link to see its details.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <source>Problem Links Only</source>
        <translation>Problem Links Only</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Export PNG...</source>
        <translation>Export PNG...</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Export SVG...</source>
        <translation>Export SVG...</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Print...</translation>
    </message>
    <message>
        <source>Export Path Map</source>
        <translation>Export Path Map</translation>
    </message>
</context>
<context>
    <name>mailtls::Policy</name>
    <message>
        <source>address %1: %2</source>
        <translation>address %1: %2</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>expected a non-empty string</translation>
    </message>
    <message>
        <source>unknown severity '%1'</source>
        <translation>unknown severity '%1'</translation>
    </message>
    <message>
        <source>unknown link kind '%1'</source>
        <translation>unknown link kind '%1'</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <source>expected 1</source>
        <translation>expected 1</translation>
    </message>
    <message>
        <source>expected a non-empty array</source>
        <translation>expected a non-empty array</translation>
    </message>
    <message>
        <source>expected 1, 2, 3 or 4</source>
        <translation>expected 1, 2, 3 or 4</translation>
    </message>
    <message>
        <source>expected at least one link kind</source>
        <translation>expected at least one link kind</translation>
    </message>
    <message>
        <source>unknown check '%1'</source>
        <translation>unknown check '%1'</translation>
    </message>
    <message>
        <source>duplicate rule id '%1'</source>
        <translation>duplicate rule id '%1'</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>not probed</translation>
    </message>
    <message>
        <source>offered before TLS: %1</source>
        <translation>offered before TLS: %1</translation>
    </message>
    <message>
        <source>accepts %1</source>
        <translation>accepts %1</translation>
    </message>
    <message>
        <source>STARTTLS not offered</source>
        <translation>STARTTLS not offered</translation>
    </message>
    <message>
        <source>no TLS version accepted (%1)</source>
        <translation>no TLS version accepted (%1)</translation>
    </message>
    <message>
        <source> with %1</source>
        <translation> with %1</translation>
    </message>
    <message>
        <source>accepts only %1</source>
        <translation>accepts only %1</translation>
    </message>
    <message>
        <source>chooses %1 (%2) for a modern client</source>
        <translation>chooses %1 (%2) for a modern client</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>accepts %1 without forward secrecy: %2</source>
        <translation>accepts %1 without forward secrecy: %2</translation>
    </message>
    <message>
        <source>1 suite</source>
        <translation>1 suite</translation>
    </message>
    <message>
        <source>%1 suites</source>
        <translation>%1 suites</translation>
    </message>
    <message>
        <source>every accepted suite has forward secrecy</source>
        <translation>every accepted suite has forward secrecy</translation>
    </message>
    <message>
        <source>no certificate was read</source>
        <translation>no certificate was read</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>expired on %1</translation>
    </message>
    <message>
        <source>not valid before %1</source>
        <translation>not valid before %1</translation>
    </message>
    <message>
        <source>not trusted: %1</source>
        <translation>not trusted: %1</translation>
    </message>
    <message>
        <source>no chain to a trust anchor</source>
        <translation>no chain to a trust anchor</translation>
    </message>
    <message>
        <source>does not name %1 (subject %2)</source>
        <translation>does not name %1 (subject %2)</translation>
    </message>
    <message>
        <source>RSA key of %1 bits</source>
        <translation>RSA key of %1 bits</translation>
    </message>
    <message>
        <source>signed with %1</source>
        <translation>signed with %1</translation>
    </message>
    <message>
        <source>trust or name not checked</source>
        <translation>trust or name not checked</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, valid until %2</translation>
    </message>
    <message>
        <source>AUTH %1 offered before %2</source>
        <translation>AUTH %1 offered before %2</translation>
    </message>
    <message>
        <source>USER/PASS accepted before STLS</source>
        <translation>USER/PASS accepted before STLS</translation>
    </message>
    <message>
        <source>LOGIN accepted before STARTTLS (no LOGINDISABLED)</source>
        <translation>LOGIN accepted before STARTTLS (no LOGINDISABLED)</translation>
    </message>
    <message>
        <source>no TLS at all: every login crosses in cleartext</source>
        <translation>no TLS at all: every login crosses in cleartext</translation>
    </message>
    <message>
        <source>TLS from the first byte</source>
        <translation>TLS from the first byte</translation>
    </message>
    <message>
        <source>no login offered before %1</source>
        <translation>no login offered before %1</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>no TLS</translation>
    </message>
    <message>
        <source>no HTTP response</source>
        <translation>no HTTP response</translation>
    </message>
    <message>
        <source>%1 redirect to %2</source>
        <translation>%1 redirect to %2</translation>
    </message>
    <message>
        <source>plain HTTP answers %1 and serves the page</source>
        <translation>plain HTTP answers %1 and serves the page</translation>
    </message>
    <message>
        <source>no HTTPS response</source>
        <translation>no HTTPS response</translation>
    </message>
    <message>
        <source>no Strict-Transport-Security header</source>
        <translation>no Strict-Transport-Security header</translation>
    </message>
    <message>
        <source>Strict-Transport-Security: %1</source>
        <translation>Strict-Transport-Security: %1</translation>
    </message>
    <message>
        <source>%1 on %2 (message %3, %4)</source>
        <translation>%1 on %2 (message %3, %4)</translation>
    </message>
    <message>
        <source>crossed in %1</source>
        <translation>crossed in %1</translation>
    </message>
    <message>
        <source>crossed with %1</source>
        <translation>crossed with %1</translation>
    </message>
    <message>
        <source>earlier in %1</source>
        <translation>earlier in %1</translation>
    </message>
    <message>
        <source>check '%1' takes no parameter '%2'</source>
        <translation>check '%1' takes no parameter '%2'</translation>
    </message>
    <message>
        <source>required by check '%1'</source>
        <translation>required by check '%1'</translation>
    </message>
    <message>
        <source>expected a non-empty array of named groups</source>
        <translation>expected a non-empty array of named groups</translation>
    </message>
    <message>
        <source>unknown named group '%1' (as the probe names them: x25519, secp256r1, ffdhe2048, ...)</source>
        <translation>unknown named group '%1' (as the probe names them: x25519, secp256r1, ffdhe2048, ...)</translation>
    </message>
    <message>
        <source>expected a non-empty array of cipher suite names</source>
        <translation>expected a non-empty array of cipher suite names</translation>
    </message>
    <message>
        <source>expected a non-empty array of protocol version names</source>
        <translation>expected a non-empty array of protocol version names</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>unknown cipher suite '%1' (IANA names, as in the catalog)</source>
        <translation>unknown cipher suite '%1' (IANA names, as in the catalog)</translation>
    </message>
    <message>
        <source>unknown protocol version '%1'</source>
        <translation>unknown protocol version '%1'</translation>
    </message>
    <message>
        <source>unknown strength class '%1' (insecure, weak, secure, recommended)</source>
        <translation>unknown strength class '%1' (insecure, weak, secure, recommended)</translation>
    </message>
    <message>
        <source>expected a positive number of bits</source>
        <translation>expected a positive number of bits</translation>
    </message>
    <message>
        <source>expected an object of key types and minimum bits</source>
        <translation>expected an object of key types and minimum bits</translation>
    </message>
    <message>
        <source>expected an object of class names and lists</source>
        <translation>expected an object of class names and lists</translation>
    </message>
    <message>
        <source>'%1' is in two classes</source>
        <translation>'%1' is in two classes</translation>
    </message>
    <message>
        <source>expected a class name</source>
        <translation>expected a class name</translation>
    </message>
    <message>
        <source>expected an object of class names and severities</source>
        <translation>expected an object of class names and severities</translation>
    </message>
    <message>
        <source>unknown class '%1'</source>
        <translation>unknown class '%1'</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>endpoint not in the inventory</source>
        <translation>endpoint not in the inventory</translation>
    </message>
    <message>
        <source>%1 also offered on port %2</source>
        <translation>%1 also offered on port %2</translation>
    </message>
    <message>
        <source>only %1 with STARTTLS; no %2 (port %3) on this host</source>
        <translation>only %1 with STARTTLS; no %2 (port %3) on this host</translation>
    </message>
    <message>
        <source>suites not decided for %1</source>
        <translation>suites not decided for %1</translation>
    </message>
    <message>
        <source>accepts %1 not on the list: %2</source>
        <translation>accepts %1 not on the list: %2</translation>
    </message>
    <message>
        <source>every accepted suite is on the list (%1)</source>
        <translation>every accepted suite is on the list (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>accepts %1 below %2: %3</source>
        <translation>accepts %1 below %2: %3</translation>
    </message>
    <message>
        <source>no accepted suite below %1</source>
        <translation>no accepted suite below %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>accepted suites' classes: %1</source>
        <translation>accepted suites' classes: %1</translation>
    </message>
    <message>
        <source>a version to judge was not decided</source>
        <translation>a version to judge was not decided</translation>
    </message>
    <message>
        <source>no certificate key was read</source>
        <translation>no certificate key was read</translation>
    </message>
    <message>
        <source>%1 key of %2 bits</source>
        <translation>%1 key of %2 bits</translation>
    </message>
    <message>
        <source>%1; allowed: %2</source>
        <translation>%1; allowed: %2</translation>
    </message>
    <message>
        <source>%1; at least %2 wanted</source>
        <translation>%1; at least %2 wanted</translation>
    </message>
    <message>
        <source>%1 (DH %2 bits)</source>
        <translation>%1 (DH %2 bits)</translation>
    </message>
    <message>
        <source>Diffie-Hellman under %1 bits: %2</source>
        <translation>Diffie-Hellman under %1 bits: %2</translation>
    </message>
    <message>
        <source>DH size not read for %1</source>
        <translation>DH size not read for %1</translation>
    </message>
    <message>
        <source>every DHE key has %1 bits or more</source>
        <translation>every DHE key has %1 bits or more</translation>
    </message>
    <message>
        <source>no finite-field DHE suite accepted</source>
        <translation>no finite-field DHE suite accepted</translation>
    </message>
    <message>
        <source>accepts groups not on the list: %1</source>
        <translation>accepts groups not on the list: %1</translation>
    </message>
    <message>
        <source>groups not decided for %1</source>
        <translation>groups not decided for %1</translation>
    </message>
    <message>
        <source>no named-group key exchange accepted</source>
        <translation>no named-group key exchange accepted</translation>
    </message>
    <message>
        <source>SASL %1 offered before StartTLS</source>
        <translation>SASL %1 offered before StartTLS</translation>
    </message>
    <message>
        <source>LDAP simple bind accepted before StartTLS (%1)</source>
        <translation>LDAP simple bind accepted before StartTLS (%1)</translation>
    </message>
    <message>
        <source>simple bind before StartTLS not asked</source>
        <translation>simple bind before StartTLS not asked</translation>
    </message>
    <message>
        <source>chain: %1</source>
        <translation>chain: %1</translation>
    </message>
    <message>
        <source>the certificate sent without SNI (as most sending MTAs connect)</source>
        <translation>the certificate sent without SNI (as most sending MTAs connect)</translation>
    </message>
    <message>
        <source>the RSA certificate</source>
        <translation>the RSA certificate</translation>
    </message>
    <message>
        <source>the ECDSA certificate</source>
        <translation>the ECDSA certificate</translation>
    </message>
    <message>
        <source>%1: undecided (%2)</source>
        <translation>%1: undecided (%2)</translation>
    </message>
    <message>
        <source>without SNI the server refuses the handshake: senders that send no name, as most MTAs, get no TLS</source>
        <translation>without SNI the server refuses the handshake: senders that send no name, as most MTAs, get no TLS</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 differs from the one sent with SNI: %2, valid until %3</source>
        <translation>%1 differs from the one sent with SNI: %2, valid until %3</translation>
    </message>
    <message>
        <source>the domains' defences against downgrade were not checked</source>
        <translation>the domains' defences against downgrade were not checked</translation>
    </message>
    <message>
        <source>the host has no DNS name</source>
        <translation>the host has no DNS name</translation>
    </message>
    <message>
        <source>%1 is an MX of no domain checked: DNS does not name it</source>
        <translation>%1 is an MX of no domain checked: DNS does not name it</translation>
    </message>
    <message>
        <source>%1, MX of %2: %3</source>
        <translation>%1, MX of %2: %3</translation>
    </message>
    <message>
        <source>%1, MX of %2: senders that validate cannot deliver: %3</source>
        <translation>%1, MX of %2: senders that validate cannot deliver: %3</translation>
    </message>
    <message>
        <source>%1, MX of %2: what is published matches what the MX presents</source>
        <translation>%1, MX of %2: what is published matches what the MX presents</translation>
    </message>
    <message>
        <source>%1, MX of %2: undecided: %3</source>
        <translation>%1, MX of %2: undecided: %3</translation>
    </message>
    <message>
        <source>%1: a record for the next key or the issuer is published beside the current one</source>
        <translation>%1: a record for the next key or the issuer is published beside the current one</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>not ready</translation>
    </message>
    <message>
        <source>%1: undecided (the certificate or DNSSEC state is unknown)</source>
        <translation>%1: undecided (the certificate or DNSSEC state is unknown)</translation>
    </message>
    <message>
        <source>%1 TXT: %2</source>
        <translation>%1 TXT: %2</translation>
    </message>
    <message>
        <source>%1: no TLS-RPT record</source>
        <translation>%1: no TLS-RPT record</translation>
    </message>
    <message>
        <source>the MX lookup of %1 failed (%2): whether %3 is its MX is unknown</source>
        <translation>the MX lookup of %1 failed (%2): whether %3 is its MX is unknown</translation>
    </message>
    <message>
        <source>unknown hygiene check '%1' (one of: %2)</source>
        <translation>unknown hygiene check '%1' (one of: %2)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>%1: not checked: this result has no TLS hygiene checks (probed before they existed, with them off, or stopped before them)</source>
        <translation>%1: not checked: this result has no TLS hygiene checks (probed before they existed, with them off, or stopped before them)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>%1: undecided: %2</source>
        <translation>%1: undecided: %2</translation>
    </message>
    <message>
        <source>unknown outbound check '%1' (one of: %2)</source>
        <translation>unknown outbound check '%1' (one of: %2)</translation>
    </message>
    <message>
        <source>the rule names no outbound check</source>
        <translation>the rule names no outbound check</translation>
    </message>
    <message>
        <source>the relay was never tested as a sender: run 'mailtls-auditor receiver --workspace' and send a message through the relay to it</source>
        <translation>the relay was never tested as a sender: run 'mailtls-auditor receiver --workspace' and send a message through the relay to it</translation>
    </message>
    <message>
        <source>the relay was not tested toward a destination that requires TLS (the receiver's --policy requires-tls)</source>
        <translation>the relay was not tested toward a destination that requires TLS (the receiver's --policy requires-tls)</translation>
    </message>
    <message>
        <source>no test of the relay asked this</source>
        <translation>no test of the relay asked this</translation>
    </message>
    <message>
        <source>%1, EHLO %2</source>
        <translation>%1, EHLO %2</translation>
    </message>
    <message>
        <source>%1 (test receiver, %2, from %3)</source>
        <translation>%1 (test receiver, %2, from %3)</translation>
    </message>
    <message>
        <source>undecided: %1</source>
        <translation>undecided: %1</translation>
    </message>
</context>
<context>
    <name>mailtls::PolicyFetch</name>
    <message>
        <source>%1 offers only %2; senders require TLS 1.2 or later (RFC 8996)</source>
        <translation>%1 offers only %2; senders require TLS 1.2 or later (RFC 8996)</translation>
    </message>
    <message>
        <source>the response head is longer than %1 bytes</source>
        <translation>the response head is longer than %1 bytes</translation>
    </message>
    <message>
        <source>not an HTTP/1.x status line: "%1"</source>
        <translation>not an HTTP/1.x status line: "%1"</translation>
    </message>
    <message>
        <source>a folded header line (obsolete in HTTP/1.1): "%1"</source>
        <translation>a folded header line (obsolete in HTTP/1.1): "%1"</translation>
    </message>
    <message>
        <source>not a header line: "%1"</source>
        <translation>not a header line: "%1"</translation>
    </message>
    <message>
        <source>a transfer coding the fetch does not read: "%1"</source>
        <translation>a transfer coding the fetch does not read: "%1"</translation>
    </message>
    <message>
        <source>a Content-Length that is not a number: "%1"</source>
        <translation>a Content-Length that is not a number: "%1"</translation>
    </message>
    <message>
        <source>two different Content-Length headers</source>
        <translation>two different Content-Length headers</translation>
    </message>
    <message>
        <source>the chunked trailer is longer than %1 bytes</source>
        <translation>the chunked trailer is longer than %1 bytes</translation>
    </message>
    <message>
        <source>a chunk is longer than its size line says</source>
        <translation>a chunk is longer than its size line says</translation>
    </message>
    <message>
        <source>a chunk size line is longer than %1 bytes</source>
        <translation>a chunk size line is longer than %1 bytes</translation>
    </message>
    <message>
        <source>not a chunk size: "%1"</source>
        <translation>not a chunk size: "%1"</translation>
    </message>
    <message>
        <source>the server closed the connection without a response</source>
        <translation>the server closed the connection without a response</translation>
    </message>
    <message>
        <source>the server closed the connection within the response head</source>
        <translation>the server closed the connection within the response head</translation>
    </message>
    <message>
        <source>the server closed the connection after %1 of %2 body bytes</source>
        <translation>the server closed the connection after %1 of %2 body bytes</translation>
    </message>
    <message>
        <source>the server closed the connection within the chunked body</source>
        <translation>the server closed the connection within the chunked body</translation>
    </message>
    <message>
        <source>fetched</source>
        <translation>fetched</translation>
    </message>
    <message>
        <source>no address for the policy host</source>
        <translation>no address for the policy host</translation>
    </message>
    <message>
        <source>DNS lookup failed</source>
        <translation>DNS lookup failed</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>connection failed</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS handshake failed</translation>
    </message>
    <message>
        <source>certificate not valid for the policy host</source>
        <translation>certificate not valid for the policy host</translation>
    </message>
    <message>
        <source>HTTP error status</source>
        <translation>HTTP error status</translation>
    </message>
    <message>
        <source>redirect (not followed)</source>
        <translation>redirect (not followed)</translation>
    </message>
    <message>
        <source>not text/plain</source>
        <translation>not text/plain</translation>
    </message>
    <message>
        <source>policy too large</source>
        <translation>policy too large</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>malformed HTTP response</source>
        <translation>malformed HTTP response</translation>
    </message>
    <message>
        <source>not trusted: %1</source>
        <translation>not trusted: %1</translation>
    </message>
    <message>
        <source>it does not name %1</source>
        <translation>it does not name %1</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>expired on %1</translation>
    </message>
    <message>
        <source>not valid before %1</source>
        <translation>not valid before %1</translation>
    </message>
    <message>
        <source>no complete answer before the deadline (%1); this says nothing about the policy</source>
        <translation>no complete answer before the deadline (%1); this says nothing about the policy</translation>
    </message>
    <message>
        <source>no address took a connection on port %1 (%2); senders cannot fetch the policy</source>
        <translation>no address took a connection on port %1 (%2); senders cannot fetch the policy</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS handshake</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS handshake with %1 failed: %2</translation>
    </message>
    <message>
        <source>the server sent no certificate that could be read</source>
        <translation>the server sent no certificate that could be read</translation>
    </message>
    <message>
        <source>senders refuse this certificate: %1</source>
        <translation>senders refuse this certificate: %1</translation>
    </message>
    <message>
        <source>sending the request</source>
        <translation>sending the request</translation>
    </message>
    <message>
        <source>%1 bytes of the response head received</source>
        <translation>%1 bytes of the response head received</translation>
    </message>
    <message>
        <source>HTTP %1 to "%2": senders do not follow redirects (RFC 8461 3.3), so they have no policy</source>
        <translation>HTTP %1 to "%2": senders do not follow redirects (RFC 8461 3.3), so they have no policy</translation>
    </message>
    <message>
        <source>HTTP %1: senders have no policy</source>
        <translation>HTTP %1: senders have no policy</translation>
    </message>
    <message>
        <source>the body is larger than %1 bytes; senders stop reading and have no policy</source>
        <translation>the body is larger than %1 bytes; senders stop reading and have no policy</translation>
    </message>
    <message>
        <source>%1 bytes of the response received</source>
        <translation>%1 bytes of the response received</translation>
    </message>
    <message>
        <source>Content-Type "%1" is not text/plain; senders reject the policy</source>
        <translation>Content-Type "%1" is not text/plain; senders reject the policy</translation>
    </message>
    <message>
        <source>the fetch took %1 ms; some senders give up after %2 ms</source>
        <translation>the fetch took %1 ms; some senders give up after %2 ms</translation>
    </message>
    <message>
        <source>the lookups of %1 failed (A: %2; AAAA: %3); this says nothing about the policy</source>
        <translation>the lookups of %1 failed (A: %2; AAAA: %3); this says nothing about the policy</translation>
    </message>
    <message>
        <source>%1 has no A or AAAA record (A: %2; AAAA: %3); senders cannot fetch a policy</source>
        <translation>%1 has no A or AAAA record (A: %2; AAAA: %3); senders cannot fetch a policy</translation>
    </message>
    <message>
        <source>connection dropped before a complete answer</source>
        <translation>connection dropped before a complete answer</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 broke off without a fatal alert (%2); this says nothing about the policy</source>
        <translation>the TLS handshake with %1 broke off without a fatal alert (%2); this says nothing about the policy</translation>
    </message>
    <message>
        <source>the request could not be sent: %1; this says nothing about the policy</source>
        <translation>the request could not be sent: %1; this says nothing about the policy</translation>
    </message>
    <message>
        <source>the server closed the connection after %1 bytes, before a response head; this says nothing about the policy</source>
        <translation>the server closed the connection after %1 bytes, before a response head; this says nothing about the policy</translation>
    </message>
    <message>
        <source>the server closed the connection before the end of the response (%1); this says nothing about the policy</source>
        <translation>the server closed the connection before the end of the response (%1); this says nothing about the policy</translation>
    </message>
</context>
<context>
    <name>mailtls::Pop3Dialogue</name>
    <message>
        <source>unexpected greeting: %1</source>
        <translation>unexpected greeting: %1</translation>
    </message>
    <message>
        <source>CAPA longer than %1 lines</source>
        <translation>CAPA longer than %1 lines</translation>
    </message>
    <message>
        <source>STLS refused: %1</source>
        <translation>STLS refused: %1</translation>
    </message>
</context>
<context>
    <name>mailtls::ProbeCommand</name>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n address</numerusform>
            <numerusform>%n addresses</numerusform>
        </translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Address %1</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>not tested</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Greeting: %1</source>
        <translation>Greeting: %1</translation>
    </message>
    <message>
        <source>STARTTLS: offered %1, succeeded %2</source>
        <translation>STARTTLS: offered %1, succeeded %2</translation>
    </message>
    <message>
        <source>Protocols:</source>
        <translation>Protocols:</translation>
    </message>
    <message>
        <source>server order</source>
        <translation>server order</translation>
    </message>
    <message>
        <source>client order</source>
        <translation>client order</translation>
    </message>
    <message>
        <source>Certificate: %1; %2 %3 bits; valid until %4</source>
        <translation>Certificate: %1; %2 %3 bits; valid until %4</translation>
    </message>
    <message>
        <source>trusted %1, name matches %2, self-signed %3, expired %4</source>
        <translation>trusted %1, name matches %2, self-signed %3, expired %4</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no HSTS</source>
        <translation>no HSTS</translation>
    </message>
    <message>
        <source>HSTS: %1</source>
        <translation>HSTS: %1</translation>
    </message>
    <message>
        <source>login page over plain HTTP</source>
        <translation>login page over plain HTTP</translation>
    </message>
    <message>
        <source>Credentials in cleartext possible: %1</source>
        <translation>Credentials in cleartext possible: %1</translation>
    </message>
    <message>
        <source>Probe mail endpoints: STARTTLS, TLS versions, cipher suites, certificate, and whether credentials could cross in cleartext.</source>
        <translation>Probe mail endpoints: STARTTLS, TLS versions, cipher suites, certificate, and whether credentials could cross in cleartext.</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>Print one JSON array.</translation>
    </message>
    <message>
        <source>The name the hop is addressed by (SNI, certificate check).</source>
        <translation>The name the hop is addressed by (SNI, certificate check).</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>probe: give at least one URL, e.g. smtp://mx.example.org</source>
        <translation>probe: give at least one URL, e.g. smtp://mx.example.org</translation>
    </message>
    <message>
        <source>probe: %1</source>
        <translation>probe: %1</translation>
    </message>
    <message>
        <source>probed %1: %2</source>
        <translation>probed %1: %2</translation>
    </message>
    <message>
        <source>%1 (DH %2 bits)</source>
        <translation>%1 (DH %2 bits)</translation>
    </message>
    <message>
        <source>secure renegotiation %1, extended master secret %2</source>
        <translation>secure renegotiation %1, extended master secret %2</translation>
    </message>
    <message>
        <source>smtp://, submission://, smtps://, lmtp://, imap://, imaps://, pop3://, pop3s://, sieve://, ldap://, ldaps://, https://, http:// or tls://host:port</source>
        <translation>smtp://, submission://, smtps://, lmtp://, imap://, imaps://, pop3://, pop3s://, sieve://, ldap://, ldaps://, https://, http:// or tls://host:port</translation>
    </message>
    <message>
        <source>LDAP simple bind before StartTLS</source>
        <translation>LDAP simple bind before StartTLS</translation>
    </message>
    <message>
        <source>Simple bind before StartTLS: %1</source>
        <translation>Simple bind before StartTLS: %1</translation>
    </message>
    <message>
        <source>chain: %1</source>
        <translation>chain: %1</translation>
    </message>
    <message>
        <source>Certificate %1: undecided (%2)</source>
        <translation>Certificate %1: undecided (%2)</translation>
    </message>
    <message>
        <source>Certificate %1: none (the server refused the handshake)</source>
        <translation>Certificate %1: none (the server refused the handshake)</translation>
    </message>
    <message>
        <source>Certificate %1: the same</source>
        <translation>Certificate %1: the same</translation>
    </message>
    <message>
        <source>Certificate %1: %2; %3 %4 bits; trusted %5, name matches %6, expired %7</source>
        <translation>Certificate %1: %2; %3 %4 bits; trusted %5, name matches %6, expired %7</translation>
    </message>
    <message>
        <source>Hygiene:</source>
        <translation>Hygiene:</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>undecided</translation>
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
        <translation>Connection refused</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Timed out</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>Protocol error</translation>
    </message>
    <message>
        <source>STARTTLS not offered</source>
        <translation>STARTTLS not offered</translation>
    </message>
    <message>
        <source>STARTTLS rejected</source>
        <translation>STARTTLS rejected</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS handshake failed</translation>
    </message>
    <message>
        <source>Rate limited by the server</source>
        <translation>Rate limited by the server</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>mailtls::ProbeTarget</name>
    <message>
        <source>'%1' is not a URL like smtp://host[:port]</source>
        <translation>'%1' is not a URL like smtp://host[:port]</translation>
    </message>
    <message>
        <source>'%1': unknown scheme '%2'</source>
        <translation>'%1': unknown scheme '%2'</translation>
    </message>
    <message>
        <source>'%1': a path is not allowed</source>
        <translation>'%1': a path is not allowed</translation>
    </message>
    <message>
        <source>'%1': the scheme '%2' needs a port</source>
        <translation>'%1': the scheme '%2' needs a port</translation>
    </message>
</context>
<context>
    <name>mailtls::PropertyTree</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
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
        <translation>cleartext</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1: the header section is larger than %2 KiB; the rest was skipped</source>
        <translation>%1: the header section is larger than %2 KiB; the rest was skipped</translation>
    </message>
    <message>
        <source>%1: %2 Received: headers; only the last %3 were read</source>
        <translation>%1: %2 Received: headers; only the last %3 were read</translation>
    </message>
    <message>
        <source>%1: no message found</source>
        <translation>%1: no message found</translation>
    </message>
    <message>
        <source>%1:1: not a message: no header fields such as Received:, Message-ID: or Date:</source>
        <translation>%1:1: not a message: no header fields such as Received:, Message-ID: or Date:</translation>
    </message>
    <message>
        <source>%1: cannot open the message: %2</source>
        <translation>%1: cannot open the message: %2</translation>
    </message>
</context>
<context>
    <name>mailtls::ReceiverCommand</name>
    <message>
        <source>session %1 from %2</source>
        <translation>session %1 from %2</translation>
    </message>
    <message>
        <source>(%1 %2)</source>
        <translation>(%1 %2)</translation>
    </message>
    <message>
        <source>on %1 [%2]</source>
        <translation>on %1 [%2]</translation>
    </message>
    <message>
        <source>STARTTLS, %1 %2%3</source>
        <translation>STARTTLS, %1 %2%3</translation>
    </message>
    <message>
        <source>, no SNI</source>
        <translation>, no SNI</translation>
    </message>
    <message>
        <source>, SNI %1</source>
        <translation>, SNI %1</translation>
    </message>
    <message>
        <source>STARTTLS, handshake failed: %1</source>
        <translation>STARTTLS, handshake failed: %1</translation>
    </message>
    <message>
        <source>STARTTLS answered %1</source>
        <translation>STARTTLS answered %1</translation>
    </message>
    <message>
        <source>no STARTTLS</source>
        <translation>no STARTTLS</translation>
    </message>
    <message>
        <source>message taken over TLS</source>
        <translation>message taken over TLS</translation>
    </message>
    <message>
        <source>message taken in cleartext</source>
        <translation>message taken in cleartext</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>no message</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>protocol error</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>%1: %2; %3</source>
        <translation>%1: %2; %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>Receive test messages from an outbound relay and record what it does: STARTTLS, version, suite, SNI, and what it does when TLS is missing, refused, stripped or its certificate is bad. Messages are discarded, never relayed or delivered.</source>
        <translation>Receive test messages from an outbound relay and record what it does: STARTTLS, version, suite, SNI, and what it does when TLS is missing, refused, stripped or its certificate is bad. Messages are discarded, never relayed or delivered.</translation>
    </message>
    <message>
        <source>Listen on ADDR:PORT (repeat for several listeners).</source>
        <translation>Listen on ADDR:PORT (repeat for several listeners).</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADDR:PORT</translation>
    </message>
    <message>
        <source>The scenario of the listener given in the same place (in order; normal when missing): %1.</source>
        <translation>The scenario of the listener given in the same place (in order; normal when missing): %1.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The name in the greeting and of a certificate made on the spot.</source>
        <translation>The name in the greeting and of a certificate made on the spot.</translation>
    </message>
    <message>
        <source>Certificate chain (PEM) to present.</source>
        <translation>Certificate chain (PEM) to present.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Its private key (PEM).</source>
        <translation>Its private key (PEM).</translation>
    </message>
    <message>
        <source>Write every session to this file (rewritten as each one ends).</source>
        <translation>Write every session to this file (rewritten as each one ends).</translation>
    </message>
    <message>
        <source>Stop after this many seconds (0: until interrupted).</source>
        <translation>Stop after this many seconds (0: until interrupted).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Stop once this many sessions have ended (0: no limit).</source>
        <translation>Stop once this many sessions have ended (0: no limit).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>receiver: give at least one --listen ADDR:PORT</source>
        <translation>receiver: give at least one --listen ADDR:PORT</translation>
    </message>
    <message numerus="yes">
        <source>receiver: %n --scenario option(s) for fewer --listen options</source>
        <translation>
            <numerusform>receiver: %n --scenario option for fewer --listen options</numerusform>
            <numerusform>receiver: %n --scenario options for fewer --listen options</numerusform>
        </translation>
    </message>
    <message>
        <source>receiver: --listen %1: expected ADDR:PORT</source>
        <translation>receiver: --listen %1: expected ADDR:PORT</translation>
    </message>
    <message>
        <source>receiver: unknown scenario %1 (one of: %2)</source>
        <translation>receiver: unknown scenario %1 (one of: %2)</translation>
    </message>
    <message>
        <source>receiver: --cert and --key go together</source>
        <translation>receiver: --cert and --key go together</translation>
    </message>
    <message>
        <source>receiver: %1</source>
        <translation>receiver: %1</translation>
    </message>
    <message>
        <source>receiver: --timeout takes a number of seconds</source>
        <translation>receiver: --timeout takes a number of seconds</translation>
    </message>
    <message>
        <source>receiver: --sessions takes a count</source>
        <translation>receiver: --sessions takes a count</translation>
    </message>
    <message>
        <source>listening on %1: %2</source>
        <translation>listening on %1: %2</translation>
    </message>
    <message>
        <source>%1: expected a PEM file of at most 1 MB</source>
        <translation>%1: expected a PEM file of at most 1 MB</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) refused so far: too many sessions open</source>
        <translation>
            <numerusform>%n connection refused so far: too many sessions open</numerusform>
            <numerusform>%n connections refused so far: too many sessions open</numerusform>
        </translation>
    </message>
    <message>
        <source>What the destinations the scenarios play publish: none (opportunistic TLS: a fallback to cleartext is expected) or requires-tls (MTA-STS enforce or DANE: a fallback or an unchecked certificate is a fault).</source>
        <translation>What the destinations the scenarios play publish: none (opportunistic TLS: a fallback to cleartext is expected) or requires-tls (MTA-STS enforce or DANE: a fallback or an unchecked certificate is a fault).</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>policy</translation>
    </message>
    <message>
        <source>receiver: --policy is none or requires-tls</source>
        <translation>receiver: --policy is none or requires-tls</translation>
    </message>
    <message>
        <source>relay %1%2:</source>
        <translation>relay %1%2:</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>undecided</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>noted</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>At the end, record each relay's verdict in this workspace, on the host that has the client's address (or the name it greeted with): audits, the map and reports then judge its outbound links by it.</source>
        <translation>At the end, record each relay's verdict in this workspace, on the host that has the client's address (or the name it greeted with): audits, the map and reports then judge its outbound links by it.</translation>
    </message>
    <message>
        <source>receiver: %1; no verdict was recorded</source>
        <translation>receiver: %1; no verdict was recorded</translation>
    </message>
    <message>
        <source>relay %1 is no host of the workspace: its verdict was not recorded (add the host, with this address, and test again)</source>
        <translation>relay %1 is no host of the workspace: its verdict was not recorded (add the host, with this address, and test again)</translation>
    </message>
    <message>
        <source>recorded in %1: %2</source>
        <translation>recorded in %1: %2</translation>
    </message>
    <message>
        <source>%1 greeted with the name of a relay from another address: ignored</source>
        <translation>%1 greeted with the name of a relay from another address: ignored</translation>
    </message>
</context>
<context>
    <name>mailtls::ReceiverScenario</name>
    <message>
        <source>STARTTLS offered, TLS 1.2 and 1.3</source>
        <translation>STARTTLS offered, TLS 1.2 and 1.3</translation>
    </message>
    <message>
        <source>no STARTTLS (a server without TLS)</source>
        <translation>no STARTTLS (a server without TLS)</translation>
    </message>
    <message>
        <source>STARTTLS offered, then refused with 454</source>
        <translation>STARTTLS offered, then refused with 454</translation>
    </message>
    <message>
        <source>STARTTLS stripped on the path (XXXXXXXA)</source>
        <translation>STARTTLS stripped on the path (XXXXXXXA)</translation>
    </message>
    <message>
        <source>STARTTLS with a bad certificate (self-signed, expired, another name)</source>
        <translation>STARTTLS with a bad certificate (self-signed, expired, another name)</translation>
    </message>
    <message>
        <source>STARTTLS with TLS 1.0 and 1.1 only</source>
        <translation>STARTTLS with TLS 1.0 and 1.1 only</translation>
    </message>
</context>
<context>
    <name>mailtls::Remediation</name>
    <message>
        <source>Warning:</source>
        <translation>Warning:</translation>
    </message>
    <message>
        <source>DANE, %1 (MX of %2): %3</source>
        <translation>DANE, %1 (MX of %2): %3</translation>
    </message>
    <message>
        <source>DANE, %1: %2</source>
        <translation>DANE, %1: %2</translation>
    </message>
    <message>
        <source>Installing a new certificate breaks DANE for %1: the TLSA records %2 pin the certificate in use (DANE-EE, full certificate), which any new certificate, even with the same key, fails. DANE senders would defer mail.</source>
        <translation>Installing a new certificate breaks DANE for %1: the TLSA records %2 pin the certificate in use (DANE-EE, full certificate), which any new certificate, even with the same key, fails. DANE senders would defer mail.</translation>
    </message>
    <message>
        <source>Installing the new certificate breaks DANE for %1: it needs a new key, and the TLSA records %2 match only the certificate or key in use. DANE senders would defer mail.</source>
        <translation>Installing the new certificate breaks DANE for %1: it needs a new key, and the TLSA records %2 match only the certificate or key in use. DANE senders would defer mail.</translation>
    </message>
    <message>
        <source>For a new key:</source>
        <translation>For a new key:</translation>
    </message>
    <message>
        <source>The TLSA records %1 of %2 pin the key in use (DANE-EE, SPKI): a new certificate with the same key keeps DANE working (renew with the key kept, e.g. certbot --reuse-key); a new key breaks it.</source>
        <translation>The TLSA records %1 of %2 pin the key in use (DANE-EE, SPKI): a new certificate with the same key keeps DANE working (renew with the key kept, e.g. certbot --reuse-key); a new key breaks it.</translation>
    </message>
    <message>
        <source>If another CA issues it:</source>
        <translation>If another CA issues it:</translation>
    </message>
    <message>
        <source>These pin the certificate in use and stop matching: %1; remove them after the change.</source>
        <translation>These pin the certificate in use and stop matching: %1; remove them after the change.</translation>
    </message>
    <message>
        <source>The TLSA records %1 of %2 pin a CA (DANE-TA): %3. A new certificate from that CA keeps DANE working; one from another CA breaks it.</source>
        <translation>The TLSA records %1 of %2 pin a CA (DANE-TA): %3. A new certificate from that CA keeps DANE working; one from another CA breaks it.</translation>
    </message>
    <message>
        <source>the CA that issued the certificate in use</source>
        <translation>the CA that issued the certificate in use</translation>
    </message>
    <message>
        <source>These stop matching with the change: %1.</source>
        <translation>These stop matching with the change: %1.</translation>
    </message>
    <message>
        <source>The DANE rollover of %1 is prepared: the TLSA records %2 match no certificate in use and are there for the next certificate or key. The new certificate must match one of them, or a record that goes on matching; remove the records of the old one only after the change.</source>
        <translation>The DANE rollover of %1 is prepared: the TLSA records %2 match no certificate in use and are there for the next certificate or key. The new certificate must match one of them, or a record that goes on matching; remove the records of the old one only after the change.</translation>
    </message>
    <message>
        <source>No TLSA record of %1 matches the certificate in use: DANE senders defer mail to it now. Install a certificate that one of %2 matches, or publish the new certificate's record first.</source>
        <translation>No TLSA record of %1 matches the certificate in use: DANE senders defer mail to it now. Install a certificate that one of %2 matches, or publish the new certificate's record first.</translation>
    </message>
    <message>
        <source>DANE could not be judged for %1: no certificate was seen on port %2, so which TLSA record it matches is unknown. DANE senders require one of %3 to match.</source>
        <translation>DANE could not be judged for %1: no certificate was seen on port %2, so which TLSA record it matches is unknown. DANE senders require one of %3 to match.</translation>
    </message>
    <message>
        <source>DANE could not be judged for %1: %2. Check its TLSA records before installing a new certificate: if DANE senders use them, the new certificate must match one.</source>
        <translation>DANE could not be judged for %1: %2. Check its TLSA records before installing a new certificate: if DANE senders use them, the new certificate must match one.</translation>
    </message>
    <message>
        <source>the DNSSEC state of %1 or of the host's addresses is unknown</source>
        <translation>the DNSSEC state of %1 or of the host's addresses is unknown</translation>
    </message>
    <message>
        <source>the TLSA lookup of %1 did not answer (%2)</source>
        <translation>the TLSA lookup of %1 did not answer (%2)</translation>
    </message>
    <message>
        <source>DANE could not be judged for %1: its TLSA records or addresses fail DNSSEC validation, and DANE senders defer mail to it until that is fixed. Fix DNSSEC first; then check which TLSA record the new certificate must match before installing it.</source>
        <translation>DANE could not be judged for %1: its TLSA records or addresses fail DNSSEC validation, and DANE senders defer mail to it until that is fixed. Fix DNSSEC first; then check which TLSA record the new certificate must match before installing it.</translation>
    </message>
    <message>
        <source>DANE could not be judged</source>
        <translation>DANE could not be judged</translation>
    </message>
    <message>
        <source>DANE fails already</source>
        <translation>DANE fails already</translation>
    </message>
    <message>
        <source>DANE rollover prepared</source>
        <translation>DANE rollover prepared</translation>
    </message>
    <message>
        <source>a certificate from another CA breaks DANE</source>
        <translation>a certificate from another CA breaks DANE</translation>
    </message>
    <message>
        <source>a new key breaks DANE</source>
        <translation>a new key breaks DANE</translation>
    </message>
    <message>
        <source>a new certificate breaks DANE</source>
        <translation>a new certificate breaks DANE</translation>
    </message>
    <message>
        <source>Before installing it: publish the TLSA record of the new certificate (or key) beside the old one, %1, then install the certificate, then remove the old record.</source>
        <translation>Before installing it: publish the TLSA record of the new certificate (or key) beside the old one, %1, then install the certificate, then remove the old record.</translation>
    </message>
    <message>
        <source>wait at least twice the TTL of the TLSA RRset</source>
        <translation>wait at least twice the TTL of the TLSA RRset</translation>
    </message>
    <message>
        <source>wait at least two TTLs of the TLSA RRset (its TTL was %1 s when looked up: at least %2 s)</source>
        <translation>wait at least two TTLs of the TLSA RRset (its TTL was %1 s when looked up: at least %2 s)</translation>
    </message>
    <message>
        <source>names no rule</source>
        <translation>names no rule</translation>
    </message>
    <message>
        <source>unknown software '%1'</source>
        <translation>unknown software '%1'</translation>
    </message>
    <message>
        <source>unknown importance '%1'</source>
        <translation>unknown importance '%1'</translation>
    </message>
    <message>
        <source>has no steps</source>
        <translation>has no steps</translation>
    </message>
    <message>
        <source>a step lacks its English or Japanese text</source>
        <translation>a step lacks its English or Japanese text</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), profile %1 %2.</source>
        <translation>
            <numerusform>%n item, profile %1 %2.</numerusform>
            <numerusform>%n items, profile %1 %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Endpoint: %1 (%2)</source>
        <translation>Endpoint: %1 (%2)</translation>
    </message>
    <message>
        <source>Software: %1, %2</source>
        <translation>Software: %1, %2</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>Importance: %1; effort: %2</source>
        <translation>Importance: %1; effort: %2</translation>
    </message>
    <message>
        <source>Verify:</source>
        <translation>Verify:</translation>
    </message>
    <message>
        <source>has no verify command</source>
        <translation>has no verify command</translation>
    </message>
    <message>
        <source>the verify command names an unknown placeholder '%1'</source>
        <translation>the verify command names an unknown placeholder '%1'</translation>
    </message>
    <message>
        <source>%1: no remediation files</source>
        <translation>%1: no remediation files</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: cannot be read</translation>
    </message>
    <message>
        <source>a second remedy for %1 on '%2' (the first is in %3)</source>
        <translation>a second remedy for %1 on '%2' (the first is in %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n regression(s)</source>
        <translation>
            <numerusform>%n regression</numerusform>
            <numerusform>%n regressions</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted risk lapsed on %1 (owner %2): %3</source>
        <translation>Accepted risk lapsed on %1 (owner %2): %3</translation>
    </message>
    <message>
        <source>Accepted risk until %1 (owner %2): %3</source>
        <translation>Accepted risk until %1 (owner %2): %3</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Verified: no longer found</source>
        <translation>Verified: no longer found</translation>
    </message>
    <message>
        <source>%1 %2 on %3: verified by run %4</source>
        <translation>%1 %2 on %3: verified by run %4</translation>
    </message>
    <message>
        <source>a step is on unknown side '%1'</source>
        <translation>a step is on unknown side '%1'</translation>
    </message>
    <message>
        <source>a step has unknown config format '%1'</source>
        <translation>a step has unknown config format '%1'</translation>
    </message>
    <message>
        <source>a step has a config format but no config</source>
        <translation>a step has a config format but no config</translation>
    </message>
    <message>
        <source>an nginx step has unknown context '%1'</source>
        <translation>an nginx step has unknown context '%1'</translation>
    </message>
    <message>
        <source>only nginx steps have a context</source>
        <translation>only nginx steps have a context</translation>
    </message>
    <message>
        <source>a step has unknown action '%1'</source>
        <translation>a step has unknown action '%1'</translation>
    </message>
    <message>
        <source>low</source>
        <comment>effort</comment>
        <translation>low</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>effort</comment>
        <translation>medium</translation>
    </message>
    <message>
        <source>high</source>
        <comment>effort</comment>
        <translation>high</translation>
    </message>
    <message>
        <source>unknown effort '%1' (low, medium or high)</source>
        <translation>unknown effort '%1' (low, medium or high)</translation>
    </message>
</context>
<context>
    <name>mailtls::ReportCharts</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>TLS versions accepted, by endpoint</source>
        <translation>TLS versions accepted, by endpoint</translation>
    </message>
    <message>
        <source>recommended (TLS 1.2, 1.3)</source>
        <translation>recommended (TLS 1.2, 1.3)</translation>
    </message>
    <message>
        <source>to be turned off</source>
        <translation>to be turned off</translation>
    </message>
    <message>
        <source>Encrypted links, by kind</source>
        <translation>Encrypted links, by kind</translation>
    </message>
    <message>
        <source>not encrypted, or not known</source>
        <translation>not encrypted, or not known</translation>
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
        <translation>Write the compliance report of a stored audit run as PDF and HTML.</translation>
    </message>
    <message>
        <source>Write the compliance report of a stored audit run: the state of each M3AAWG measure, the path map, charts, the findings with their evidence, the remediation checklist, and an appendix per endpoint. Use --lang ja for Japanese.</source>
        <translation>Write the compliance report of a stored audit run: the state of each M3AAWG measure, the path map, charts, the findings with their evidence, the remediation checklist, and an appendix per endpoint. Use --lang ja for Japanese.</translation>
    </message>
    <message>
        <source>The workspace the run audited.</source>
        <translation>The workspace the run audited.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The run to report (default: the latest).</source>
        <translation>The run to report (default: the latest).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The policy profile (default: m3aawg).</source>
        <translation>The policy profile (default: m3aawg).</translation>
    </message>
    <message>
        <source>Who made the audit, for the cover (default: the user name).</source>
        <translation>Who made the audit, for the cover (default: the user name).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Write the report as PDF to this file.</source>
        <translation>Write the report as PDF to this file.</translation>
    </message>
    <message>
        <source>Write the report as HTML to this file.</source>
        <translation>Write the report as HTML to this file.</translation>
    </message>
    <message>
        <source>report: --workspace FILE and --pdf FILE or --html FILE are required</source>
        <translation>report: --workspace FILE and --pdf FILE or --html FILE are required</translation>
    </message>
    <message>
        <source>report: unknown profile '%1' ('profiles' lists them)</source>
        <translation>report: unknown profile '%1' ('profiles' lists them)</translation>
    </message>
    <message>
        <source>report: --run takes a run id (see 'runs')</source>
        <translation>report: --run takes a run id (see 'runs')</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>report: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (run %2 of %3)</source>
        <translation>Wrote %1 (run %2 of %3)</translation>
    </message>
    <message>
        <source>Compare with this earlier run: what was fixed, what is new, which links regressed.</source>
        <translation>Compare with this earlier run: what was fixed, what is new, which links regressed.</translation>
    </message>
    <message>
        <source>report: --compare takes a run id (see 'runs')</source>
        <translation>report: --compare takes a run id (see 'runs')</translation>
    </message>
    <message>
        <source>report: --compare takes an earlier run than the one reported (%1)</source>
        <translation>report: --compare takes an earlier run than the one reported (%1)</translation>
    </message>
</context>
<context>
    <name>mailtls::ReportDocument</name>
    <message>
        <source>Mail Encryption Compliance Report</source>
        <translation>Mail Encryption Compliance Report</translation>
    </message>
    <message>
        <source>cannot write the HTML report: %1</source>
        <translation>cannot write the HTML report: %1</translation>
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
        <translation>Submission DANE</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warning:</translation>
    </message>
    <message>
        <source>A host's figures count the sessions of every domain it serves.</source>
        <translation>A host's figures count the sessions of every domain it serves.</translation>
    </message>
    <message>
        <source>%1 (with %2): %L3 sessions, %L4 failed</source>
        <translation>%1 (with %2): %L3 sessions, %L4 failed</translation>
    </message>
    <message>
        <source>no reports imported</source>
        <translation>no reports imported</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Not split between hosts</source>
        <translation>Not split between hosts</translation>
    </message>
    <message>
        <source>Failures by type</source>
        <translation>Failures by type</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>No MX host listed.</source>
        <translation>No MX host listed.</translation>
    </message>
    <message numerus="yes">
        <source>%n kept report(s) could not be read and are left out.</source>
        <translation>
            <numerusform>%n kept report could not be read and is left out.</numerusform>
            <numerusform>%n kept reports could not be read and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reports whose period began in the %n day(s) before the run started (%1 to %2): %3.</source>
        <translation>
            <numerusform>Reports whose period began in the %n day before the run started (%1 to %2): %3.</numerusform>
            <numerusform>Reports whose period began in the %n days before the run started (%1 to %2): %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS-RPT: what senders reported, by MX host</source>
        <translation>TLS-RPT: what senders reported, by MX host</translation>
    </message>
    <message>
        <source>Measure 4: defence against downgrade (MTA-STS, DANE)</source>
        <translation>Measure 4: defence against downgrade (MTA-STS, DANE)</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Address %1</translation>
    </message>
    <message>
        <source>Why undecided</source>
        <translation>Why undecided</translation>
    </message>
    <message>
        <source>The server did not answer every question these checks ask (a timeout, a dropped connection, a broken dialogue): they are neither passed nor failed. Audit again, or from nearer the server.</source>
        <translation>The server did not answer every question these checks ask (a timeout, a dropped connection, a broken dialogue): they are neither passed nor failed. Audit again, or from nearer the server.</translation>
    </message>
    <message>
        <source>Checks not decided</source>
        <translation>Checks not decided</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) marked ? on the map rest on undecided answers: the server did not answer every question, so they may be weaker than counted here.</source>
        <translation>
            <numerusform>%n link marked ? on the map rests on undecided answers: the server did not answer every question, so it may be weaker than counted here.</numerusform>
            <numerusform>%n links marked ? on the map rest on undecided answers: the server did not answer every question, so they may be weaker than counted here.</numerusform>
        </translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>not finished</translation>
    </message>
    <message>
        <source>Measure 1: opportunistic TLS on every hop between MTAs</source>
        <translation>Measure 1: opportunistic TLS on every hop between MTAs</translation>
    </message>
    <message>
        <source>Measure 2: encryption of every internal link</source>
        <translation>Measure 2: encryption of every internal link</translation>
    </message>
    <message>
        <source>Measure 3: no password in cleartext</source>
        <translation>Measure 3: no password in cleartext</translation>
    </message>
    <message>
        <source>%1 of %2 hops between MTAs encrypted</source>
        <translation>%1 of %2 hops between MTAs encrypted</translation>
    </message>
    <message>
        <source>%1 of %2 internal links encrypted</source>
        <translation>%1 of %2 internal links encrypted</translation>
    </message>
    <message>
        <source>%1 of %2 user access links encrypted</source>
        <translation>%1 of %2 user access links encrypted</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Mail Encryption Compliance Report</source>
        <translation>Mail Encryption Compliance Report</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Audit run</source>
        <translation>Audit run</translation>
    </message>
    <message>
        <source>run %1, %2 to %3 (%4)</source>
        <translation>run %1, %2 to %3 (%4)</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>%1 hosts, %2 endpoints (%3 probed), %4 links</source>
        <translation>%1 hosts, %2 endpoints (%3 probed), %4 links</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Executive Summary</source>
        <translation>Executive Summary</translation>
    </message>
    <message>
        <source>The M3AAWG recommendations ask for three quick measures against eavesdropping. Encrypted means strong or weak TLS; optional TLS is offered but not required, so mail or passwords may still cross in cleartext.</source>
        <translation>The M3AAWG recommendations ask for three quick measures against eavesdropping. Encrypted means strong or weak TLS; optional TLS is offered but not required, so mail or passwords may still cross in cleartext.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Open findings: none.</source>
        <translation>Open findings: none.</translation>
    </message>
    <message>
        <source>Open findings: %1.</source>
        <translation>Open findings: %1.</translation>
    </message>
    <message>
        <source>Accepted as a risk: %1.</source>
        <translation>Accepted as a risk: %1.</translation>
    </message>
    <message>
        <source>Remediation checklist: %1 items (%2).</source>
        <translation>Remediation checklist: %1 items (%2).</translation>
    </message>
    <message>
        <source>Path Map</source>
        <translation>Path Map</translation>
    </message>
    <message>
        <source>Each link in the colour and line of its state: cleartext dashed, optional TLS dash-dotted, unreachable dotted.</source>
        <translation>Each link in the colour and line of its state: cleartext dashed, optional TLS dash-dotted, unreachable dotted.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>No findings.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>accepted as a risk until %1 by %2: %3</source>
        <translation>accepted as a risk until %1 by %2: %3</translation>
    </message>
    <message>
        <source>open (the accepted risk lapsed on %1)</source>
        <translation>open (the accepted risk lapsed on %1)</translation>
    </message>
    <message>
        <source>Remediation Checklist</source>
        <translation>Remediation Checklist</translation>
    </message>
    <message>
        <source>Nothing to remedy.</source>
        <translation>Nothing to remedy.</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Note or accepted risk</source>
        <translation>Note or accepted risk</translation>
    </message>
    <message>
        <source>risk accepted until %1 (lapsed): %2</source>
        <translation>risk accepted until %1 (lapsed): %2</translation>
    </message>
    <message>
        <source>risk accepted until %1: %2</source>
        <translation>risk accepted until %1: %2</translation>
    </message>
    <message>
        <source>Probed %1; status: %2</source>
        <translation>Probed %1; status: %2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Cipher suites</source>
        <translation>Cipher suites</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <source>Name matches</source>
        <translation>Name matches</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <source>Appendix: Endpoints</source>
        <translation>Appendix: Endpoints</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>interrupted: some endpoints were not probed</source>
        <translation>interrupted: some endpoints were not probed</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>still running</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Changes from run %1 (%2) to run %3 (%4)</source>
        <translation>Changes from run %1 (%2) to run %3 (%4)</translation>
    </message>
    <message>
        <source>Findings: %1 fixed, %2 new, %3 unchanged. Links: %4 regressed, %5 improved, %6 unchanged.</source>
        <translation>Findings: %1 fixed, %2 new, %3 unchanged. Links: %4 regressed, %5 improved, %6 unchanged.</translation>
    </message>
    <message>
        <source>measure %1: %2 to %3 of %4 links encrypted</source>
        <translation>measure %1: %2 to %3 of %4 links encrypted</translation>
    </message>
    <message>
        <source>Regressed links</source>
        <translation>Regressed links</translation>
    </message>
    <message>
        <source>New findings</source>
        <translation>New findings</translation>
    </message>
    <message>
        <source>Fixed findings</source>
        <translation>Fixed findings</translation>
    </message>
    <message>
        <source>Improved links</source>
        <translation>Improved links</translation>
    </message>
    <message>
        <source>Unchanged findings</source>
        <translation>Unchanged findings</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Certificate %1</translation>
    </message>
    <message>
        <source>%1; trusted: %2; name matches: %3</source>
        <translation>%1; trusted: %2; name matches: %3</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>undecided</translation>
    </message>
    <message>
        <source>Defence against downgrade, by domain</source>
        <translation>Defence against downgrade, by domain</translation>
    </message>
    <message>
        <source>MX</source>
        <translation>MX</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>DANE (DNSSEC)</source>
        <translation>DANE (DNSSEC)</translation>
    </message>
    <message>
        <source>TLSA matches</source>
        <translation>TLSA matches</translation>
    </message>
    <message>
        <source>Rollover ready</source>
        <translation>Rollover ready</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Delivery at risk: senders that apply the published defence cannot deliver.</source>
        <translation>Delivery at risk: senders that apply the published defence cannot deliver.</translation>
    </message>
    <message>
        <source>MTA-STS: %1</source>
        <translation>MTA-STS: %1</translation>
    </message>
    <message>
        <source>%1; MTA-STS: %2; TLS-RPT: %3</source>
        <translation>%1; MTA-STS: %2; TLS-RPT: %3</translation>
    </message>
    <message>
        <source>TLS hygiene</source>
        <translation>TLS hygiene</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Session resumption: by session ID %1, by ticket %2</source>
        <translation>Session resumption: by session ID %1, by ticket %2</translation>
    </message>
    <message>
        <source>, ticket lifetime hint %1 s</source>
        <translation>, ticket lifetime hint %1 s</translation>
    </message>
    <message>
        <source>Stapled OCSP response: %1, certificate %2, signature valid %3, fresh %4 (%5 to %6)</source>
        <translation>Stapled OCSP response: %1, certificate %2, signature valid %3, fresh %4 (%5 to %6)</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>not named</translation>
    </message>
    <message>
        <source>DHE prime: %1 bits, %2: %3</source>
        <translation>DHE prime: %1 bits, %2: %3</translation>
    </message>
    <message>
        <source>a prime of its own</source>
        <translation>a prime of its own</translation>
    </message>
    <message>
        <source>Outbound relays as senders (test receiver)</source>
        <translation>Outbound relays as senders (test receiver)</translation>
    </message>
    <message>
        <source>%1, EHLO %2</source>
        <translation>%1, EHLO %2</translation>
    </message>
    <message>
        <source>destinations that require TLS (MTA-STS enforce or DANE)</source>
        <translation>destinations that require TLS (MTA-STS enforce or DANE)</translation>
    </message>
    <message>
        <source>destinations without a policy (opportunistic TLS)</source>
        <translation>destinations without a policy (opportunistic TLS)</translation>
    </message>
    <message numerus="yes">
        <source>tested %1 from %2, toward %3; scenarios: %4; %n session(s)</source>
        <translation>
            <numerusform>tested %1 from %2, toward %3; scenarios: %4; %n session</numerusform>
            <numerusform>tested %1 from %2, toward %3; scenarios: %4; %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>noted</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
</context>
<context>
    <name>mailtls::Resolver</name>
    <message>
        <source>trust anchor %1: no DS or DNSKEY record</source>
        <translation>trust anchor %1: no DS or DNSKEY record</translation>
    </message>
    <message>
        <source>trust anchor %1: %2</source>
        <translation>trust anchor %1: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>libunbound: %1</source>
        <translation>libunbound: %1</translation>
    </message>
    <message>
        <source>libunbound gave no descriptor to watch</source>
        <translation>libunbound gave no descriptor to watch</translation>
    </message>
    <message>
        <source>libunbound gave no answer packet</source>
        <translation>libunbound gave no answer packet</translation>
    </message>
    <message>
        <source>libunbound could not create a context</source>
        <translation>libunbound could not create a context</translation>
    </message>
    <message>
        <source>an answer we cannot read: %1</source>
        <translation>an answer we cannot read: %1</translation>
    </message>
    <message>
        <source>SERVFAIL: from %1, or none of them gave a usable answer</source>
        <translation>SERVFAIL: from %1, or none of them gave a usable answer</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1: no answer within %2 s</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message>
        <source>bogus (DNSSEC validation failed)</source>
        <translation>bogus (DNSSEC validation failed)</translation>
    </message>
    <message>
        <source>insecure (unsigned)</source>
        <translation>insecure (unsigned)</translation>
    </message>
    <message>
        <source>secure (DNSSEC)</source>
        <translation>secure (DNSSEC)</translation>
    </message>
    <message>
        <source>not validated</source>
        <translation>not validated</translation>
    </message>
    <message>
        <source>no nameserver (none given, none in /etc/resolv.conf)</source>
        <translation>no nameserver (none given, none in /etc/resolv.conf)</translation>
    </message>
    <message>
        <source>a CNAME loop: %1</source>
        <translation>a CNAME loop: %1</translation>
    </message>
    <message>
        <source>found</source>
        <translation>found</translation>
    </message>
    <message>
        <source>no such record</source>
        <translation>no such record</translation>
    </message>
    <message>
        <source>no such name (NXDOMAIN)</source>
        <translation>no such name (NXDOMAIN)</translation>
    </message>
    <message>
        <source>server failure (SERVFAIL)</source>
        <translation>server failure (SERVFAIL)</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>refused by the server</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>timeout</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>network error</translation>
    </message>
    <message>
        <source>bad response</source>
        <translation>bad response</translation>
    </message>
</context>
<context>
    <name>mailtls::RiskRegister</name>
    <message>
        <source>profile %1 has no rule '%2'</source>
        <translation>profile %1 has no rule '%2'</translation>
    </message>
    <message>
        <source>'%1' does not name an endpoint (host/scheme or host/scheme:port)</source>
        <translation>'%1' does not name an endpoint (host/scheme or host/scheme:port)</translation>
    </message>
    <message>
        <source>an accepted risk needs a justification</source>
        <translation>an accepted risk needs a justification</translation>
    </message>
    <message>
        <source>an accepted risk needs an owner</source>
        <translation>an accepted risk needs an owner</translation>
    </message>
    <message>
        <source>an accepted risk needs an expiry date</source>
        <translation>an accepted risk needs an expiry date</translation>
    </message>
    <message>
        <source>the expiry date %1 has already passed</source>
        <translation>the expiry date %1 has already passed</translation>
    </message>
</context>
<context>
    <name>mailtls::RunHistory</name>
    <message numerus="yes">
        <source>%n older run(s) not shown yet: their figures are computed a few at a time</source>
        <translation>
            <numerusform>%n older run not shown yet: its figures are computed a few at a time</numerusform>
            <numerusform>%n older runs not shown yet: their figures are computed a few at a time</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailtls::RunHistoryModel</name>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1% (%2 of %3)</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Measure 1</source>
        <translation>Measure 1</translation>
    </message>
    <message>
        <source>Measure 2</source>
        <translation>Measure 2</translation>
    </message>
    <message>
        <source>Measure 3</source>
        <translation>Measure 3</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Open findings</translation>
    </message>
    <message>
        <source>Checklist done</source>
        <translation>Checklist done</translation>
    </message>
    <message>
        <source>No domain was checked in this run.</source>
        <translation>No domain was checked in this run.</translation>
    </message>
    <message>
        <source>%1% (%2 of %3 MX)</source>
        <translation>%1% (%2 of %3 MX)</translation>
    </message>
    <message numerus="yes">
        <source>, %n undecided</source>
        <translation>
            <numerusform>, %n undecided</numerusform>
            <numerusform>, %n undecided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MX host(s) whose published defence validating senders would fail</source>
        <translation>
            <numerusform>%n MX host whose published defence validating senders would fail</numerusform>
            <numerusform>%n MX hosts whose published defence validating senders would fail</numerusform>
        </translation>
    </message>
    <message>
        <source>Domains: %1 checked, MTA-STS enforced %2, testing %3, DANE on every MX %4, TLS-RPT %5</source>
        <translation>Domains: %1 checked, MTA-STS enforced %2, testing %3, DANE on every MX %4, TLS-RPT %5</translation>
    </message>
    <message>
        <source>Measure 4</source>
        <translation>Measure 4</translation>
    </message>
</context>
<context>
    <name>mailtls::ServerTls</name>
    <message>
        <source>the client closed the TLS session</source>
        <translation>the client closed the TLS session</translation>
    </message>
    <message>
        <source>the client closed the connection</source>
        <translation>the client closed the connection</translation>
    </message>
    <message>
        <source>TLS error %1</source>
        <translation>TLS error %1</translation>
    </message>
    <message>
        <source>cannot make a certificate (%1): %2</source>
        <translation>cannot make a certificate (%1): %2</translation>
    </message>
    <message>
        <source>OpenSSL: %1</source>
        <translation>OpenSSL: %1</translation>
    </message>
    <message>
        <source>the certificate is not PEM: %1</source>
        <translation>the certificate is not PEM: %1</translation>
    </message>
    <message>
        <source>the private key is not PEM or does not match the certificate: %1</source>
        <translation>the private key is not PEM or does not match the certificate: %1</translation>
    </message>
    <message>
        <source>a line longer than %1 bytes</source>
        <translation>a line longer than %1 bytes</translation>
    </message>
</context>
<context>
    <name>mailtls::SettingsDialog</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Probing</source>
        <translation>Probing</translation>
    </message>
    <message>
        <source>Endpoints at once:</source>
        <translation>Endpoints at once:</translation>
    </message>
    <message>
        <source>Connections per host:</source>
        <translation>Connections per host:</translation>
    </message>
    <message>
        <source>Connections in all:</source>
        <translation>Connections in all:</translation>
    </message>
    <message>
        <source>Timeout per operation:</source>
        <translation>Timeout per operation:</translation>
    </message>
    <message>
        <source>Timeout per endpoint:</source>
        <translation>Timeout per endpoint:</translation>
    </message>
    <message>
        <source>The system's trust store</source>
        <translation>The system's trust store</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <source>Trust Anchors (PEM)</source>
        <translation>Trust Anchors (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA file:</translation>
    </message>
    <message>
        <source>An SQLite file, or a PostgreSQL URL such as postgresql://user@host/database (the password from ~/.pgpass or PGPASSWORD).</source>
        <translation>An SQLite file, or a PostgreSQL URL such as postgresql://user@host/database (the password from ~/.pgpass or PGPASSWORD).</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Policy, store and language</source>
        <translation>Policy, store and language</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>Audit store:</source>
        <translation>Audit store:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>A new language applies when the application starts again.</source>
        <translation>A new language applies when the application starts again.</translation>
    </message>
    <message>
        <source>Check the workspace domains at Audit All</source>
        <translation>Check the workspace domains at Audit All</translation>
    </message>
    <message>
        <source>Domain checks (MTA-STS, TLS-RPT, DANE)</source>
        <translation>Domain checks (MTA-STS, TLS-RPT, DANE)</translation>
    </message>
    <message>
        <source>The nameservers of /etc/resolv.conf</source>
        <translation>The nameservers of /etc/resolv.conf</translation>
    </message>
    <message>
        <source>Nameservers:</source>
        <translation>Nameservers:</translation>
    </message>
    <message>
        <source>The system's DNSSEC root key</source>
        <translation>The system's DNSSEC root key</translation>
    </message>
    <message>
        <source>DNSSEC trust anchors:</source>
        <translation>DNSSEC trust anchors:</translation>
    </message>
    <message>
        <source>DNSSEC Trust Anchors</source>
        <translation>DNSSEC Trust Anchors</translation>
    </message>
    <message>
        <source>Trust anchors (*.key *.ds *.txt);;All files (*)</source>
        <translation>Trust anchors (*.key *.ds *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Nameservers: %1</source>
        <translation>Nameservers: %1</translation>
    </message>
    <message>
        <source>Recursive resolvers to ask (DNSSEC is validated here, from the trust anchors): addresses, with a port after a colon, separated by spaces or commas (192.0.2.53, [2001:db8::53]:5353).</source>
        <translation>Recursive resolvers to ask (DNSSEC is validated here, from the trust anchors): addresses, with a port after a colon, separated by spaces or commas (192.0.2.53, [2001:db8::53]:5353).</translation>
    </message>
    <message>
        <source>Intrusive checks (Heartbleed, CCS injection, ROBOT)</source>
        <translation>Intrusive checks (Heartbleed, CCS injection, ROBOT)</translation>
    </message>
    <message>
        <source>These checks send malformed messages, as testssl.sh and sslyze do, a few connections per endpoint. Turned off, they stay undecided in the results.</source>
        <translation>These checks send malformed messages, as testssl.sh and sslyze do, a few connections per endpoint. Turned off, they stay undecided in the results.</translation>
    </message>
</context>
<context>
    <name>mailtls::SieveDialogue</name>
    <message>
        <source>greeting longer than %1 lines</source>
        <translation>greeting longer than %1 lines</translation>
    </message>
    <message>
        <source>unexpected greeting: %1</source>
        <translation>unexpected greeting: %1</translation>
    </message>
    <message>
        <source>malformed capability list</source>
        <translation>malformed capability list</translation>
    </message>
    <message>
        <source>STARTTLS refused: %1</source>
        <translation>STARTTLS refused: %1</translation>
    </message>
</context>
<context>
    <name>mailtls::SmtpDialogue</name>
    <message>
        <source>the server closed the session (421)</source>
        <translation>the server closed the session (421)</translation>
    </message>
    <message>
        <source>%1 was refused with %2</source>
        <translation>%1 was refused with %2</translation>
    </message>
    <message>
        <source>the server is not accepting sessions now: %1</source>
        <translation>the server is not accepting sessions now: %1</translation>
    </message>
    <message>
        <source>unexpected greeting: %1</source>
        <translation>unexpected greeting: %1</translation>
    </message>
    <message>
        <source>STARTTLS answered with 421</source>
        <translation>STARTTLS answered with 421</translation>
    </message>
    <message>
        <source>STARTTLS refused: %1 %2</source>
        <translation>STARTTLS refused: %1 %2</translation>
    </message>
</context>
<context>
    <name>mailtls::SmtpReceiver</name>
    <message>
        <source>%1 is not an IP address</source>
        <translation>%1 is not an IP address</translation>
    </message>
    <message>
        <source>listener %1 (%2): %3</source>
        <translation>listener %1 (%2): %3</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>cannot listen on %1: %2</translation>
    </message>
    <message>
        <source>the session lasted too long</source>
        <translation>the session lasted too long</translation>
    </message>
    <message>
        <source>the client went silent</source>
        <translation>the client went silent</translation>
    </message>
    <message>
        <source>the receiver stopped</source>
        <translation>the receiver stopped</translation>
    </message>
    <message>
        <source>the client closed the connection without QUIT</source>
        <translation>the client closed the connection without QUIT</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) sent after STARTTLS, before the handshake, were discarded</source>
        <translation>
            <numerusform>%n byte sent after STARTTLS, before the handshake, were discarded</numerusform>
            <numerusform>%n bytes sent after STARTTLS, before the handshake, were discarded</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS handshake failed: %1</translation>
    </message>
    <message>
        <source>TLS %1, %2%3</source>
        <translation>TLS %1, %2%3</translation>
    </message>
    <message>
        <source>, no SNI</source>
        <translation>, no SNI</translation>
    </message>
    <message>
        <source>, SNI %1</source>
        <translation>, SNI %1</translation>
    </message>
    <message numerus="yes">
        <source>message of %n byte(s), discarded</source>
        <translation>
            <numerusform>message of %n byte, discarded</numerusform>
            <numerusform>message of %n bytes, discarded</numerusform>
        </translation>
    </message>
    <message>
        <source>too many unknown commands</source>
        <translation>too many unknown commands</translation>
    </message>
    <message numerus="yes">
        <source>more than %n command(s) in one session</source>
        <translation>
            <numerusform>more than %n command in one session</numerusform>
            <numerusform>more than %n commands in one session</numerusform>
        </translation>
    </message>
    <message>
        <source>the client ended the TLS session without QUIT (%1)</source>
        <translation>the client ended the TLS session without QUIT (%1)</translation>
    </message>
</context>
<context>
    <name>mailtls::StoreLocation</name>
    <message>
        <source>the PostgreSQL URL is not valid: check the host and port, and percent-encode @ : / % in the user name and password</source>
        <translation>the PostgreSQL URL is not valid: check the host and port, and percent-encode @ : / % in the user name and password</translation>
    </message>
    <message>
        <source>the PostgreSQL URL names no database: postgresql://user@host/DATABASE</source>
        <translation>the PostgreSQL URL names no database: postgresql://user@host/DATABASE</translation>
    </message>
    <message>
        <source>the PostgreSQL URL has a fragment (#...); percent-encode # in a password as %23</source>
        <translation>the PostgreSQL URL has a fragment (#...); percent-encode # in a password as %23</translation>
    </message>
    <message>
        <source>the PostgreSQL URL has an unknown parameter "%1" (known: %2)</source>
        <translation>the PostgreSQL URL has an unknown parameter "%1" (known: %2)</translation>
    </message>
    <message>
        <source>the PostgreSQL URL's parameter "%1" needs a value without ';'</source>
        <translation>the PostgreSQL URL's parameter "%1" needs a value without ';'</translation>
    </message>
    <message>
        <source>the PostgreSQL URL names the host twice (before the database and in ?host=)</source>
        <translation>the PostgreSQL URL names the host twice (before the database and in ?host=)</translation>
    </message>
    <message>
        <source>the audit store location is empty</source>
        <translation>the audit store location is empty</translation>
    </message>
    <message>
        <source>sqlite: names no file</source>
        <translation>sqlite: names no file</translation>
    </message>
    <message>
        <source>an SQLite URL is sqlite:///absolute/path or sqlite:relative/path</source>
        <translation>an SQLite URL is sqlite:///absolute/path or sqlite:relative/path</translation>
    </message>
    <message>
        <source>the audit store URL's scheme "%1" is not one of sqlite: and postgresql://</source>
        <translation>the audit store URL's scheme "%1" is not one of sqlite: and postgresql://</translation>
    </message>
</context>
<context>
    <name>mailtls::SuiteTableModel</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>any (TLS 1.3)</source>
        <translation>any (TLS 1.3)</translation>
    </message>
    <message>
        <source>DH, %1 bits</source>
        <translation>DH, %1 bits</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bits</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>signalling</source>
        <translation>signalling</translation>
    </message>
    <message>
        <source>insecure</source>
        <translation>insecure</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>weak</translation>
    </message>
    <message>
        <source>secure</source>
        <translation>secure</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recommended</translation>
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
        <translation>%1, MAC %2</translation>
    </message>
    <message>
        <source>The server follows the client's order on %1: this is the order of the offer.</source>
        <translation>The server follows the client's order on %1: this is the order of the offer.</translation>
    </message>
    <message>
        <source>Not in the cipher suite catalog: its properties are not known.</source>
        <translation>Not in the cipher suite catalog: its properties are not known.</translation>
    </message>
    <message>
        <source>Position in the server's order of preference for the version</source>
        <translation>Position in the server's order of preference for the version</translation>
    </message>
    <message>
        <source>The ephemeral key the server sent: group and size (DHE: the prime's bits)</source>
        <translation>The ephemeral key the server sent: group and size (DHE: the prime's bits)</translation>
    </message>
    <message>
        <source>Recorded traffic stays safe if the server's key leaks later</source>
        <translation>Recorded traffic stays safe if the server's key leaks later</translation>
    </message>
    <message>
        <source>The catalog's class: insecure (broken), weak (no forward secrecy), secure (forward secrecy), recommended (forward secrecy and AEAD)</source>
        <translation>The catalog's class: insecure (broken), weak (no forward secrecy), secure (forward secrecy), recommended (forward secrecy and AEAD)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Cipher suite (IANA)</source>
        <translation>Cipher suite (IANA)</translation>
    </message>
    <message>
        <source>OpenSSL name</source>
        <translation>OpenSSL name</translation>
    </message>
    <message>
        <source>Key exchange</source>
        <translation>Key exchange</translation>
    </message>
    <message>
        <source>Key size</source>
        <translation>Key size</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Cipher</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Forward secrecy</source>
        <translation>Forward secrecy</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>not decided</translation>
    </message>
    <message>
        <source>server's</source>
        <translation>server's</translation>
    </message>
    <message>
        <source>client's</source>
        <translation>client's</translation>
    </message>
    <message>
        <source>The engine could not decide this version; see the note.</source>
        <translation>The engine could not decide this version; see the note.</translation>
    </message>
    <message>
        <source>Secure renegotiation (RFC 5746)</source>
        <translation>Secure renegotiation (RFC 5746)</translation>
    </message>
    <message>
        <source>Extended master secret (RFC 7627)</source>
        <translation>Extended master secret (RFC 7627)</translation>
    </message>
    <message>
        <source>Whose order of preference decides the suite</source>
        <translation>Whose order of preference decides the suite</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Suites</source>
        <translation>Suites</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Secure renegotiation</source>
        <translation>Secure renegotiation</translation>
    </message>
    <message>
        <source>Extended master secret</source>
        <translation>Extended master secret</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>mailtls::TlsHandshake</name>
    <message>
        <source>the server closed the TLS session</source>
        <translation>the server closed the TLS session</translation>
    </message>
    <message>
        <source>the server closed the connection during the handshake</source>
        <translation>the server closed the connection during the handshake</translation>
    </message>
    <message>
        <source>TLS error %1</source>
        <translation>TLS error %1</translation>
    </message>
    <message>
        <source>OpenSSL cannot send SSLv2</source>
        <translation>OpenSSL cannot send SSLv2</translation>
    </message>
    <message>
        <source>no cipher suite to offer: %1</source>
        <translation>no cipher suite to offer: %1</translation>
    </message>
    <message>
        <source>no group to offer: %1</source>
        <translation>no group to offer: %1</translation>
    </message>
    <message>
        <source>no signature algorithm to offer: %1</source>
        <translation>no signature algorithm to offer: %1</translation>
    </message>
    <message>
        <source>OpenSSL would not start a renegotiation: %1</source>
        <translation>OpenSSL would not start a renegotiation: %1</translation>
    </message>
    <message>
        <source>no_renegotiation alert</source>
        <translation>no_renegotiation alert</translation>
    </message>
    <message>
        <source>fatal alert %1 (%2)</source>
        <translation>fatal alert %1 (%2)</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>the server closed the connection</translation>
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
        <translation>more than %1 warning alerts before the ServerHello</translation>
    </message>
    <message>
        <source>not an SSL 2.0 SERVER-HELLO</source>
        <translation>not an SSL 2.0 SERVER-HELLO</translation>
    </message>
    <message>
        <source>SSL 2.0 SERVER-HELLO lengths exceed the message</source>
        <translation>SSL 2.0 SERVER-HELLO lengths exceed the message</translation>
    </message>
    <message>
        <source>ServerHello too short</source>
        <translation>ServerHello too short</translation>
    </message>
    <message>
        <source>ServerHello fields exceed its length</source>
        <translation>ServerHello fields exceed its length</translation>
    </message>
    <message>
        <source>ServerHello extensions do not fill its length</source>
        <translation>ServerHello extensions do not fill its length</translation>
    </message>
    <message>
        <source>a ServerHello extension exceeds its length</source>
        <translation>a ServerHello extension exceeds its length</translation>
    </message>
    <message>
        <source>not an SSL/TLS record</source>
        <translation>not an SSL/TLS record</translation>
    </message>
    <message>
        <source>the ServerHello is cut short by another record</source>
        <translation>the ServerHello is cut short by another record</translation>
    </message>
    <message>
        <source>short alert</source>
        <translation>short alert</translation>
    </message>
    <message>
        <source>the server's first flight exceeds 64 KiB</source>
        <translation>the server's first flight exceeds 64 KiB</translation>
    </message>
    <message>
        <source>a handshake message exceeds 64 KiB</source>
        <translation>a handshake message exceeds 64 KiB</translation>
    </message>
    <message>
        <source>the first handshake message is not a ServerHello</source>
        <translation>the first handshake message is not a ServerHello</translation>
    </message>
</context>
<context>
    <name>mailtls::TlsRptCommand</name>
    <message>
        <source>no report names it alone; see %1</source>
        <translation>no report names it alone; see %1</translation>
    </message>
    <message>
        <source>more in %1</source>
        <translation>more in %1</translation>
    </message>
    <message>
        <source>%1 (the domain: its policy names no MX host)</source>
        <translation>%1 (the domain: its policy names no MX host)</translation>
    </message>
    <message>
        <source>tls-rpt: 'import PATH...' or 'summary' is required (see --help)</source>
        <translation>tls-rpt: 'import PATH...' or 'summary' is required (see --help)</translation>
    </message>
    <message>
        <source>tls-rpt import: give at least one file, mbox or maildir</source>
        <translation>tls-rpt import: give at least one file, mbox or maildir</translation>
    </message>
    <message>
        <source>summary: print it as JSON.</source>
        <translation>summary: print it as JSON.</translation>
    </message>
    <message>
        <source>summary: the workspace whose domains' inbound MX hosts the failures are shown on.</source>
        <translation>summary: the workspace whose domains' inbound MX hosts the failures are shown on.</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domain</translation>
    </message>
    <message>
        <source>summary: only the reports' policies for this domain.</source>
        <translation>summary: only the reports' policies for this domain.</translation>
    </message>
    <message>
        <source>import: report files, messages, mboxes, maildirs</source>
        <translation>import: report files, messages, mboxes, maildirs</translation>
    </message>
    <message>
        <source>import or summary</source>
        <translation>import or summary</translation>
    </message>
    <message>
        <source>TLS-RPT aggregate reports (RFC 8460): 'import PATH...' keeps reports (JSON, .json.gz, an .eml, an mbox or a maildir) in the audit store, each once; 'summary' shows them per sending organisation and day and per MX host.</source>
        <translation>TLS-RPT aggregate reports (RFC 8460): 'import PATH...' keeps reports (JSON, .json.gz, an .eml, an mbox or a maildir) in the audit store, each once; 'summary' shows them per sending organisation and day and per MX host.</translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation>reported by %1</translation>
    </message>
    <message>
        <source>no report names it</source>
        <translation>no report names it</translation>
    </message>
    <message>
        <source>%1 (shared by %2)</source>
        <translation>%1 (shared by %2)</translation>
    </message>
    <message>
        <source>%1 (no MX host of the workspace)</source>
        <translation>%1 (no MX host of the workspace)</translation>
    </message>
    <message>
        <source>Per MX host:</source>
        <translation>Per MX host:</translation>
    </message>
    <message>
        <source>%1 successful, %2 failed</source>
        <translation>%1 successful, %2 failed</translation>
    </message>
    <message>
        <source>Per sending organisation and day (UTC):</source>
        <translation>Per sending organisation and day (UTC):</translation>
    </message>
    <message>
        <source>No TLS-RPT reports kept for %1.</source>
        <translation>No TLS-RPT reports kept for %1.</translation>
    </message>
    <message>
        <source>No TLS-RPT reports kept.</source>
        <translation>No TLS-RPT reports kept.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>tls-rpt: warning: %1</source>
        <translation>tls-rpt: warning: %1</translation>
    </message>
    <message>
        <source>%1: report %2 of %3</source>
        <translation>%1: report %2 of %3</translation>
    </message>
    <message>
        <source>%1 report(s) read, %2 new kept in %3, %4 kept already; %5 read twice, %6 error(s).</source>
        <translation>%1 report(s) read, %2 new kept in %3, %4 kept already; %5 read twice, %6 error(s).</translation>
    </message>
    <message>
        <source>tls-rpt: %1 (nothing was kept)</source>
        <translation>tls-rpt: %1 (nothing was kept)</translation>
    </message>
    <message>
        <source>tls-rpt: note: %1</source>
        <translation>tls-rpt: note: %1</translation>
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
        <translation>%1 TLS-RPT records are published where RFC 8460 allows one (senders then send no reports): %2</translation>
    </message>
    <message>
        <source>not taken as a TLS-RPT record: it must begin with "v=TLSRPTv1" exactly (case and spacing count)</source>
        <translation>not taken as a TLS-RPT record: it must begin with "v=TLSRPTv1" exactly (case and spacing count)</translation>
    </message>
    <message>
        <source>no rua= field ("%1" is not rua: field names are case-sensitive)</source>
        <translation>no rua= field ("%1" is not rua: field names are case-sensitive)</translation>
    </message>
    <message>
        <source>no rua= field: the record names no destination for reports</source>
        <translation>no rua= field: the record names no destination for reports</translation>
    </message>
    <message>
        <source>the value of %1 is empty or holds a space, '=', ';' or a control character</source>
        <translation>the value of %1 is empty or holds a space, '=', ';' or a control character</translation>
    </message>
    <message>
        <source>"%1" is not a field name (a letter or digit, then up to 31 letters, digits, '_', '-' or '.')</source>
        <translation>"%1" is not a field name (a letter or digit, then up to 31 letters, digits, '_', '-' or '.')</translation>
    </message>
    <message>
        <source>the field "%1" has no '='</source>
        <translation>the field "%1" has no '='</translation>
    </message>
    <message>
        <source>white space after the last field</source>
        <translation>white space after the last field</translation>
    </message>
    <message>
        <source>an empty field (two ';' in a row, or nothing after v=TLSRPTv1;)</source>
        <translation>an empty field (two ';' in a row, or nothing after v=TLSRPTv1;)</translation>
    </message>
    <message>
        <source>"%1" follows v=TLSRPTv1 where ';' is expected</source>
        <translation>"%1" follows v=TLSRPTv1 where ';' is expected</translation>
    </message>
    <message>
        <source>it does not begin with "v=TLSRPTv1" (case and spacing count)</source>
        <translation>it does not begin with "v=TLSRPTv1" (case and spacing count)</translation>
    </message>
    <message>
        <source>TLS-RPT record "%1": %2</source>
        <translation>TLS-RPT record "%1": %2</translation>
    </message>
    <message>
        <source>rua: "%1": only mailto: and https: destinations are defined</source>
        <translation>rua: "%1": only mailto: and https: destinations are defined</translation>
    </message>
    <message>
        <source>rua: "%1" is not an https URL (a bad port)</source>
        <translation>rua: "%1" is not an https URL (a bad port)</translation>
    </message>
    <message>
        <source>rua: "%1" is not an https URL (a bad host)</source>
        <translation>rua: "%1" is not an https URL (a bad host)</translation>
    </message>
    <message>
        <source>rua: "%1" is not an https URL (no //host)</source>
        <translation>rua: "%1" is not an https URL (no //host)</translation>
    </message>
    <message>
        <source>rua: "%1": "%2" is not a mail address</source>
        <translation>rua: "%1": "%2" is not a mail address</translation>
    </message>
    <message>
        <source>rua: "%1" names no mail address</source>
        <translation>rua: "%1" names no mail address</translation>
    </message>
    <message>
        <source>rua: "%1" is not a URI (a '%' without two hex digits)</source>
        <translation>rua: "%1" is not a URI (a '%' without two hex digits)</translation>
    </message>
    <message>
        <source>rua: "%1" is not a URI (no scheme)</source>
        <translation>rua: "%1" is not a URI (no scheme)</translation>
    </message>
    <message>
        <source>rua: "%1" is not a URI (the character '%2' must be percent-encoded)</source>
        <translation>rua: "%1" is not a URI (the character '%2' must be percent-encoded)</translation>
    </message>
    <message>
        <source>rua: "%1": '!' must be percent-encoded; RFC 8460 defines no size limit such as DMARC's "!10m"</source>
        <translation>rua: "%1": '!' must be percent-encoded; RFC 8460 defines no size limit such as DMARC's "!10m"</translation>
    </message>
    <message>
        <source>rua: an empty destination</source>
        <translation>rua: an empty destination</translation>
    </message>
</context>
<context>
    <name>mailtls::TlsRptReport</name>
    <message>
        <source>TLS-RPT: %L1 failed</source>
        <translation>TLS-RPT: %L1 failed</translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>Reported by %1</translation>
    </message>
    <message>
        <source>Counted for %1 together under %2 (not split between them): %L3 successful, %L4 failed</source>
        <translation>Counted for %1 together under %2 (not split between them): %L3 successful, %L4 failed</translation>
    </message>
    <message>
        <source>No report names this host alone.</source>
        <translation>No report names this host alone.</translation>
    </message>
    <message>
        <source>For this host alone: %L1 successful, %L2 failed</source>
        <translation>For this host alone: %L1 successful, %L2 failed</translation>
    </message>
    <message numerus="yes">
        <source>Reports of %n day(s) between %1 and %2</source>
        <translation>
            <numerusform>Reports of %n day between %1 and %2</numerusform>
            <numerusform>Reports of %n days between %1 and %2</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS-RPT: %L1 of %L2 session(s) failed (%3)</source>
        <translation>TLS-RPT: %L1 of %L2 session(s) failed (%3)</translation>
    </message>
    <message>
        <source>TLS-RPT: %L1 session(s) reported, none failed</source>
        <translation>TLS-RPT: %L1 session(s) reported, none failed</translation>
    </message>
    <message numerus="yes">
        <source>TLS-RPT: no reports imported for the %n day(s) before %1</source>
        <translation>
            <numerusform>TLS-RPT: no reports imported for the %n day before %1</numerusform>
            <numerusform>TLS-RPT: no reports imported for the %n days before %1</numerusform>
        </translation>
    </message>
    <message>
        <source>it ends (%1) before it starts (%2)</source>
        <translation>it ends (%1) before it starts (%2)</translation>
    </message>
    <message>
        <source>a report is a JSON object</source>
        <translation>a report is a JSON object</translation>
    </message>
    <message>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation>%1: not JSON (%2 at byte %3)</translation>
    </message>
    <message>
        <source>%1 bytes of JSON, more than the %2 a report may have</source>
        <translation>%1 bytes of JSON, more than the %2 a report may have</translation>
    </message>
    <message>
        <source>"%1" is not a policy type (sts, tlsa or no-policy-found)</source>
        <translation>"%1" is not a policy type (sts, tlsa or no-policy-found)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>"%1" is not an RFC 3339 date-time with a zone (as 2026-04-01T00:00:00Z)</source>
        <translation>"%1" is not an RFC 3339 date-time with a zone (as 2026-04-01T00:00:00Z)</translation>
    </message>
    <message>
        <source>%1 sessions is beyond belief (at most %2 are taken)</source>
        <translation>%1 sessions is beyond belief (at most %2 are taken)</translation>
    </message>
    <message>
        <source>a count cannot be negative (%1)</source>
        <translation>a count cannot be negative (%1)</translation>
    </message>
    <message>
        <source>a whole number is expected, not %1</source>
        <translation>a whole number is expected, not %1</translation>
    </message>
    <message>
        <source>a string or an array of strings is expected, not %1</source>
        <translation>a string or an array of strings is expected, not %1</translation>
    </message>
    <message>
        <source>%1 entries, more than the %2 a report may hold here</source>
        <translation>%1 entries, more than the %2 a report may hold here</translation>
    </message>
    <message>
        <source>an array is expected, not %1</source>
        <translation>an array is expected, not %1</translation>
    </message>
    <message>
        <source>an object is expected, not %1</source>
        <translation>an object is expected, not %1</translation>
    </message>
    <message>
        <source>holds a control character (U+%1)</source>
        <translation>holds a control character (U+%1)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>a string is expected, not %1</source>
        <translation>a string is expected, not %1</translation>
    </message>
    <message>
        <source>the required key "%1" is missing</source>
        <translation>the required key "%1" is missing</translation>
    </message>
    <message>
        <source>%1: a folder that is not a maildir (it has no cur/ or new/)</source>
        <translation>%1: a folder that is not a maildir (it has no cur/ or new/)</translation>
    </message>
    <message>
        <source>%1: neither a TLS-RPT report (JSON, gzip) nor a mail message nor an mbox</source>
        <translation>%1: neither a TLS-RPT report (JSON, gzip) nor a mail message nor an mbox</translation>
    </message>
    <message>
        <source>%1, message %2</source>
        <translation>%1, message %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <source>%1: no TLS-RPT report in this message; skipped</source>
        <translation>%1: no TLS-RPT report in this message; skipped</translation>
    </message>
    <message>
        <source>the gzip data is truncated</source>
        <translation>the gzip data is truncated</translation>
    </message>
    <message>
        <source>data follows the end of the gzip stream</source>
        <translation>data follows the end of the gzip stream</translation>
    </message>
    <message>
        <source>it decompresses to more than %1 bytes, more than a report may have</source>
        <translation>it decompresses to more than %1 bytes, more than a report may have</translation>
    </message>
    <message>
        <source>the gzip data is damaged (%1)</source>
        <translation>the gzip data is damaged (%1)</translation>
    </message>
    <message>
        <source>zlib could not start</source>
        <translation>zlib could not start</translation>
    </message>
    <message>
        <source>not gzip data</source>
        <translation>not gzip data</translation>
    </message>
    <message>
        <source>%1: %2 bytes, more than the %3 a file may have</source>
        <translation>%1: %2 bytes, more than the %3 a file may have</translation>
    </message>
    <message>
        <source>%1: unknown transfer encoding "%2"</source>
        <translation>%1: unknown transfer encoding "%2"</translation>
    </message>
    <message>
        <source>%1: the part's base64 is broken</source>
        <translation>%1: the part's base64 is broken</translation>
    </message>
    <message>
        <source>%1, part %2</source>
        <translation>%1, part %2</translation>
    </message>
    <message>
        <source>%1: MIME parts nested deeper than %2; the rest of the message was not read</source>
        <translation>%1: MIME parts nested deeper than %2; the rest of the message was not read</translation>
    </message>
    <message>
        <source>%1: more than %2 MIME parts; the rest of the message was not read</source>
        <translation>%1: more than %2 MIME parts; the rest of the message was not read</translation>
    </message>
    <message>
        <source>%1: report %2 of %3 was read already (from %4); counted once</source>
        <translation>%1: report %2 of %3 was read already (from %4); counted once</translation>
    </message>
</context>
<context>
    <name>mailtls::WelcomePage</name>
    <message>
        <source>No recent workspaces.</source>
        <translation>No recent workspaces.</translation>
    </message>
    <message>
        <source>MailTLS Auditor</source>
        <translation>MailTLS Auditor</translation>
    </message>
    <message>
        <source>Audit a mail network against the M3AAWG measures: TLS on every MTA hop and internal link, and no password in cleartext. Start with the demo network, or describe your own.</source>
        <translation>Audit a mail network against the M3AAWG measures: TLS on every MTA hop and internal link, and no password in cleartext. Start with the demo network, or describe your own.</translation>
    </message>
    <message>
        <source>Open the Demo Network</source>
        <translation>Open the Demo Network</translation>
    </message>
    <message>
        <source>Kumo Trading, the bundled example: MX hosts, relays, stores and access services.</source>
        <translation>Kumo Trading, the bundled example: MX hosts, relays, stores and access services.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>New Workspace</translation>
    </message>
    <message>
        <source>An empty inventory: add hosts and links by hand.</source>
        <translation>An empty inventory: add hosts and links by hand.</translation>
    </message>
    <message>
        <source>Open Workspace...</source>
        <translation>Open Workspace...</translation>
    </message>
    <message>
        <source>A workspace file saved before (.json).</source>
        <translation>A workspace file saved before (.json).</translation>
    </message>
    <message>
        <source>Import Hosts from CSV...</source>
        <translation>Import Hosts from CSV...</translation>
    </message>
    <message>
        <source>Into a new workspace.</source>
        <translation>Into a new workspace.</translation>
    </message>
    <message>
        <source>Import Hosts from nmap XML...</source>
        <translation>Import Hosts from nmap XML...</translation>
    </message>
    <message>
        <source>Import Hosts from DNS...</source>
        <translation>Import Hosts from DNS...</translation>
    </message>
    <message>
        <source>MX and mail SRV records of a domain, into a new workspace.</source>
        <translation>MX and mail SRV records of a domain, into a new workspace.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Recent Workspaces</source>
        <translation>Recent Workspaces</translation>
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
        <translation>Internet</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
</context>
<context>
    <name>mailtls::WorkspaceEdit</name>
    <message>
        <source>'%1': '%2' is neither an IP address nor a host name</source>
        <translation>'%1': '%2' is neither an IP address nor a host name</translation>
    </message>
    <message>
        <source>'%1': unknown protocol '%2' (known: %3)</source>
        <translation>'%1': unknown protocol '%2' (known: %3)</translation>
    </message>
    <message>
        <source>'%1': expected a port number from 1 to 65535</source>
        <translation>'%1': expected a port number from 1 to 65535</translation>
    </message>
    <message>
        <source>'%1': this protocol has no usual port; write %1:PORT</source>
        <translation>'%1': this protocol has no usual port; write %1:PORT</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 is listed twice</translation>
    </message>
    <message>
        <source>Id: a host needs an id, which links use to name it.</source>
        <translation>Id: a host needs an id, which links use to name it.</translation>
    </message>
    <message>
        <source>Id: '%1' may hold only letters, digits, '.', '_' and '-'.</source>
        <translation>Id: '%1' may hold only letters, digits, '.', '_' and '-'.</translation>
    </message>
    <message>
        <source>Id: '%1' is reserved for the map's pseudo-node.</source>
        <translation>Id: '%1' is reserved for the map's pseudo-node.</translation>
    </message>
    <message>
        <source>Id: another host already has the id '%1'.</source>
        <translation>Id: another host already has the id '%1'.</translation>
    </message>
    <message>
        <source>Name: '%1' is not a DNS host name (letters, digits and hyphens in labels separated by dots).</source>
        <translation>Name: '%1' is not a DNS host name (letters, digits and hyphens in labels separated by dots).</translation>
    </message>
    <message>
        <source>Addresses: '%1' is not an IP address.</source>
        <translation>Addresses: '%1' is not an IP address.</translation>
    </message>
    <message>
        <source>Endpoints: %1 is listed twice.</source>
        <translation>Endpoints: %1 is listed twice.</translation>
    </message>
    <message>
        <source>Endpoints: %1 is the endpoint of the link '%2'; delete or change that link first.</source>
        <translation>Endpoints: %1 is the endpoint of the link '%2'; delete or change that link first.</translation>
    </message>
    <message>
        <source>Endpoints: %1 has an accepted risk (%2); it cannot be removed while the risk is recorded.</source>
        <translation>Endpoints: %1 has an accepted risk (%2); it cannot be removed while the risk is recorded.</translation>
    </message>
    <message>
        <source>Id: a link needs an id.</source>
        <translation>Id: a link needs an id.</translation>
    </message>
    <message>
        <source>Id: '%1' may not hold spaces or control characters.</source>
        <translation>Id: '%1' may not hold spaces or control characters.</translation>
    </message>
    <message>
        <source>Id: another link already has the id '%1'.</source>
        <translation>Id: another link already has the id '%1'.</translation>
    </message>
    <message>
        <source>From: '%1' is neither a host nor the Internet or the users.</source>
        <translation>From: '%1' is neither a host nor the Internet or the users.</translation>
    </message>
    <message>
        <source>To: no host has the id '%1'.</source>
        <translation>To: no host has the id '%1'.</translation>
    </message>
    <message>
        <source>To: '%1' names no single endpoint of %2.</source>
        <translation>To: '%1' names no single endpoint of %2.</translation>
    </message>
    <message>
        <source>From: a link joins two different hosts.</source>
        <translation>From: a link joins two different hosts.</translation>
    </message>
    <message>
        <source>Kind: a link from the Internet is an inbound hop.</source>
        <translation>Kind: a link from the Internet is an inbound hop.</translation>
    </message>
    <message>
        <source>Kind: an inbound hop comes from the Internet.</source>
        <translation>Kind: an inbound hop comes from the Internet.</translation>
    </message>
    <message>
        <source>Kind: a link from the users is submission, access or webmail.</source>
        <translation>Kind: a link from the users is submission, access or webmail.</translation>
    </message>
    <message>
        <source>Kind: submission, access and webmail links come from the users.</source>
        <translation>Kind: submission, access and webmail links come from the users.</translation>
    </message>
    <message>
        <source>Host '%1' is no longer in the workspace (an undo or an import removed it): nothing was changed.</source>
        <translation>Host '%1' is no longer in the workspace (an undo or an import removed it): nothing was changed.</translation>
    </message>
    <message>
        <source>Link '%1' is no longer in the workspace (an undo or an import removed it): nothing was changed.</source>
        <translation>Link '%1' is no longer in the workspace (an undo or an import removed it): nothing was changed.</translation>
    </message>
    <message>
        <source>To: an outbound link names an endpoint of its own relay (it leads to the Internet).</source>
        <translation>To: an outbound link names an endpoint of its own relay (it leads to the Internet).</translation>
    </message>
</context>
<context>
    <name>mailtls::WorkspaceIo</name>
    <message>
        <source>missing required field '%1'</source>
        <translation>missing required field '%1'</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>expected an array</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>unknown protocol '%1'</source>
        <translation>unknown protocol '%1'</translation>
    </message>
    <message>
        <source>protocol '%1' needs a port</source>
        <translation>protocol '%1' needs a port</translation>
    </message>
    <message>
        <source>expected a port number from 1 to 65535</source>
        <translation>expected a port number from 1 to 65535</translation>
    </message>
    <message>
        <source>unknown zone '%1'</source>
        <translation>unknown zone '%1'</translation>
    </message>
    <message>
        <source>unknown role '%1'</source>
        <translation>unknown role '%1'</translation>
    </message>
    <message>
        <source>duplicate endpoint %1:%2</source>
        <translation>duplicate endpoint %1:%2</translation>
    </message>
    <message>
        <source>unknown link kind '%1'</source>
        <translation>unknown link kind '%1'</translation>
    </message>
    <message>
        <source>'%1' is neither a host id nor 'internet' or 'users'</source>
        <translation>'%1' is neither a host id nor 'internet' or 'users'</translation>
    </message>
    <message>
        <source>'%1' is not of the form host/protocol[:port]</source>
        <translation>'%1' is not of the form host/protocol[:port]</translation>
    </message>
    <message>
        <source>'%1' names no single endpoint of a host in this workspace</source>
        <translation>'%1' names no single endpoint of a host in this workspace</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>expected a JSON object</translation>
    </message>
    <message>
        <source>missing 'schema_version': not a MailTLS Auditor workspace</source>
        <translation>missing 'schema_version': not a MailTLS Auditor workspace</translation>
    </message>
    <message>
        <source>schema version %1 is not supported (this build reads up to %2)</source>
        <translation>schema version %1 is not supported (this build reads up to %2)</translation>
    </message>
    <message>
        <source>'%1' is reserved</source>
        <translation>'%1' is reserved</translation>
    </message>
    <message>
        <source>duplicate host id '%1'</source>
        <translation>duplicate host id '%1'</translation>
    </message>
    <message>
        <source>unknown host id '%1'</source>
        <translation>unknown host id '%1'</translation>
    </message>
    <message>
        <source>duplicate link '%1'</source>
        <translation>duplicate link '%1'</translation>
    </message>
    <message>
        <source>%1: cannot open the workspace: %2</source>
        <translation>%1: cannot open the workspace: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB: not a workspace</source>
        <translation>%1: the file is larger than %2 MiB: not a workspace</translation>
    </message>
    <message>
        <source>%1: cannot write the workspace: %2</source>
        <translation>%1: cannot write the workspace: %2</translation>
    </message>
    <message>
        <source>%1: saving failed, the previous file is unchanged: %2</source>
        <translation>%1: saving failed, the previous file is unchanged: %2</translation>
    </message>
    <message>
        <source>unknown link '%1'</source>
        <translation>unknown link '%1'</translation>
    </message>
    <message>
        <source>unknown transport '%1'</source>
        <translation>unknown transport '%1'</translation>
    </message>
    <message>
        <source>first_seen and last_seen must be ISO 8601 dates</source>
        <translation>first_seen and last_seen must be ISO 8601 dates</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, not '%1'</source>
        <translation>expected a date YYYY-MM-DD, not '%1'</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time</source>
        <translation>expected an ISO 8601 date and time</translation>
    </message>
    <message>
        <source>'%1' does not name an endpoint</source>
        <translation>'%1' does not name an endpoint</translation>
    </message>
    <message>
        <source>an accepted risk needs a justification and an owner</source>
        <translation>an accepted risk needs a justification and an owner</translation>
    </message>
    <message>
        <source>expected numbers 'x' and 'y'</source>
        <translation>expected numbers 'x' and 'y'</translation>
    </message>
    <message>
        <source>expected a count</source>
        <translation>expected a count</translation>
    </message>
    <message>
        <source>expected true, false or null</source>
        <translation>expected true, false or null</translation>
    </message>
    <message>
        <source>expected session numbers</source>
        <translation>expected session numbers</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date</source>
        <translation>expected an ISO 8601 date</translation>
    </message>
    <message>
        <source>expected none or requires-tls</source>
        <translation>expected none or requires-tls</translation>
    </message>
    <message>
        <source>expected seconds from 1 to 3600</source>
        <translation>expected seconds from 1 to 3600</translation>
    </message>
    <message>
        <source>expected ADDR:PORT, got '%1'</source>
        <translation>expected ADDR:PORT, got '%1'</translation>
    </message>
    <message>
        <source>unknown scenario '%1' (one of: %2)</source>
        <translation>unknown scenario '%1' (one of: %2)</translation>
    </message>
    <message>
        <source>at least one listener is needed</source>
        <translation>at least one listener is needed</translation>
    </message>
    <message>
        <source>expected a domain name, got '%1'</source>
        <translation>expected a domain name, got '%1'</translation>
    </message>
</context>
</TS>