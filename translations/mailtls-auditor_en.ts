<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>mailtls::Cli</name>
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
        <translation><numerusform>%n host</numerusform><numerusform>%n hosts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation><numerusform>%n link</numerusform><numerusform>%n links</numerusform></translation>
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
        <source>Usage: mailtls-auditor [--workspace FILE] [--lang en|ja]</source>
        <translation>Usage: mailtls-auditor [--workspace FILE] [--lang en|ja]</translation>
    </message>
    <message>
        <source>       mailtls-auditor &lt;command&gt; [options]</source>
        <translation>       mailtls-auditor &lt;command&gt; [options]</translation>
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
    <name>mailtls::LinkTableModel</name>
    <message>
        <source>M%1</source>
        <translation>M%1</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Not probed</translation>
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
    <name>mailtls::MainWindow</name>
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
    <message>
        <source>%1 - MailTLS Auditor</source>
        <translation>%1 - MailTLS Auditor</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n host(s)</source>
        <translation><numerusform>%1: %n host</numerusform><numerusform>%1: %n hosts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation><numerusform>%n link</numerusform><numerusform>%n links</numerusform></translation>
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
</context>
</TS>
