#include "probes/dialogues/ldap.h"

#include "probes/ldap_messages.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThread>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::LdapDialogue)
};

constexpr int kMaxMessages = 16; // answers to one request we are willing to read
constexpr int kRootDseId = 1;
constexpr int kStartTlsId = 2;
constexpr int kBindId = 4; // on the bind's own connection, after its root DSE search (kRootDseId)
// The made-up entry the bind names, under the server's naming context; dc=invalid when it shows none.
constexpr char kProbeBindRdn[] = "cn=mailtls-auditor-probe";

// Names for the extensions worth showing as capabilities; other OIDs stay as they are.
QString extensionName(const QByteArray &oid)
{
    static const QMap<QByteArray, QString> names{
        {kStartTlsOid, QStringLiteral("STARTTLS")},
        {"1.3.6.1.4.1.4203.1.11.1", QStringLiteral("PASSWORD-MODIFY")},
        {"1.3.6.1.4.1.4203.1.11.3", QStringLiteral("WHOAMI")},
        {"1.3.6.1.1.8", QStringLiteral("CANCEL")},
        {"1.3.6.1.4.1.1466.101.119.1", QStringLiteral("DYNAMIC-REFRESH")},
        {"1.3.6.1.4.1.1466.20036", QStringLiteral("NOTICE-OF-DISCONNECTION")}};
    return names.value(oid, Transcript::printable(oid));
}

// Reads one LDAPMessage and records it. A Notice of Disconnection ends the dialogue.
ProbeError readMessage(DialogueContext &ctx, LdapMessage *out)
{
    QByteArray bytes;
    for (;;) {
        qsizetype need = 0;
        const qsizetype size = ldapMessageSize(bytes, &need);
        if (size < 0) {
            ctx.transcript.server(bytes.left(64));
            return {ProbeStatus::ProtocolError, Tr::tr("the server's answer is not an LDAP message")};
        }
        if (size > 0)
            break;
        QByteArray more;
        if (ProbeError e = ctx.connection.readExact(&more, need, ctx.deadline)) {
            ctx.transcript.note(e.message);
            return e;
        }
        bytes += more;
    }
    QString error;
    const auto m = parseLdapMessage(bytes, &error);
    if (!m) {
        ctx.transcript.note(error);
        return {ProbeStatus::ProtocolError, error};
    }
    *out = *m;
    switch (m->op) {
    case LdapMessage::Op::SearchResultEntry: {
        QStringList parts;
        for (auto it = m->attributes.cbegin(); it != m->attributes.cend(); ++it) {
            QStringList values;
            for (const QByteArray &v : it.value())
                values.append(Transcript::printable(v));
            parts.append(Transcript::printable(it.key()) + QLatin1Char('=') + values.join(QLatin1Char(',')));
        }
        ctx.transcript.server(QStringLiteral("SearchResultEntry \"%1\": %2")
                                  .arg(Transcript::printable(m->objectName), parts.join(QStringLiteral("; ")))
                                  .toUtf8());
        break;
    }
    case LdapMessage::Op::BindResponse:
    case LdapMessage::Op::SearchResultDone:
    case LdapMessage::Op::ExtendedResponse:
        ctx.transcript.server(QStringLiteral("%1 %2%3")
                                  .arg(m->op == LdapMessage::Op::BindResponse       ? QStringLiteral("BindResponse")
                                       : m->op == LdapMessage::Op::SearchResultDone ? QStringLiteral("SearchResultDone")
                                                                                    : QStringLiteral("ExtendedResponse"),
                                       ldapResultName(m->resultCode),
                                       m->diagnosticMessage.isEmpty()
                                           ? QString()
                                           : QStringLiteral(" \"%1\"").arg(Transcript::printable(m->diagnosticMessage)))
                                  .toUtf8());
        break;
    case LdapMessage::Op::SearchResultReference:
        ctx.transcript.server("SearchResultReference");
        break;
    case LdapMessage::Op::Other:
        ctx.transcript.server(QStringLiteral("protocolOp 0x%1").arg(m->opTag, 2, 16, QLatin1Char('0')).toUtf8());
        break;
    }
    if (m->messageId == 0 && m->responseName == kNoticeOfDisconnectionOid) {
        return {ProbeStatus::ProtocolError,
                Tr::tr("the server disconnected: %1").arg(Transcript::printable(m->diagnosticMessage))};
    }
    return {};
}

// Reads messages until the final answer to `id` (a result), skipping the rest.
ProbeError readUntilResult(DialogueContext &ctx, int id, LdapMessage *result, LdapMessage *entry)
{
    for (int i = 0; i < kMaxMessages; ++i) {
        LdapMessage m;
        if (ProbeError e = readMessage(ctx, &m))
            return e;
        if (m.messageId != id)
            continue;
        if (m.op == LdapMessage::Op::SearchResultEntry && entry)
            *entry = m;
        if (m.op == LdapMessage::Op::SearchResultDone || m.op == LdapMessage::Op::ExtendedResponse ||
            m.op == LdapMessage::Op::BindResponse) {
            *result = m;
            return {};
        }
    }
    return {ProbeStatus::ProtocolError, Tr::tr("no answer among the first %1 messages").arg(kMaxMessages)};
}

// A password nobody has: random letters and digits, never shown.
QByteArray madeUpPassword()
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray password(24, '\0');
    for (char &c : password)
        c = kAlphabet[QRandomGenerator::system()->bounded(int(sizeof(kAlphabet) - 1))];
    return password;
}

// The root DSE search (anonymous, no bind); *entry: what it returned. A busy
// or unavailable server is rate limiting.
ProbeError searchRootDse(DialogueContext &ctx, LdapMessage *entry)
{
    ctx.transcript.client("SearchRequest base=\"\" scope=base (objectClass=*) [root DSE]");
    if (ProbeError e = ctx.connection.writeAll(ldapRootDseRequest(kRootDseId), ctx.deadline))
        return e;
    LdapMessage done;
    if (ProbeError e = readUntilResult(ctx, kRootDseId, &done, entry))
        return e;
    if (done.resultCode == 51 || done.resultCode == 52)
        return {ProbeStatus::RateLimited, Tr::tr("the server is %1").arg(ldapResultName(done.resultCode))};
    return {};
}

// *context: the root DSE's default naming context, else its first one (empty: none shown).
ProbeError readNamingContext(DialogueContext &ctx, QByteArray *context)
{
    LdapMessage entry;
    if (ProbeError e = searchRootDse(ctx, &entry))
        return e;
    *context = entry.attributes.value("defaultnamingcontext").value(0);
    if (context->isEmpty())
        *context = entry.attributes.value("namingcontexts").value(0);
    return {};
}

// One simple bind and its answer; the transcript shows the name, never the password.
ProbeError bindOnce(DialogueContext &ctx, int id, const QByteArray &dn, LdapMessage *response)
{
    ctx.transcript.client(QByteArray("BindRequest v3 simple name=\"" + dn + "\" password=******** [made up]"));
    if (ProbeError e = ctx.connection.writeAll(ldapSimpleBindRequest(id, dn, madeUpPassword()), ctx.deadline))
        return e;
    return readUntilResult(ctx, id, response, nullptr);
}

} // namespace

// 1. Search the root DSE (anonymously, no bind): supportedExtension lists
//    StartTLS, supportedSASLMechanisms what a client could authenticate with
//    before TLS, vendorName/objectClass the software. A server that hides its
//    root DSE still gets a StartTLS request (step 2 decides).
ProbeError LdapDialogue::greet(DialogueContext &ctx, CleartextInfo *info)
{
    if (!ctx.wantEvidence) {
        info->starttlsOffered = true; // known from the main connection: one round trip saved
        return {};
    }
    LdapMessage entry;
    if (ProbeError e = searchRootDse(ctx, &entry))
        return e;
    const QList<QByteArray> extensions = entry.attributes.value("supportedextension");
    for (const QByteArray &oid : extensions)
        info->capabilities.append(extensionName(oid));
    for (const QByteArray &mech : entry.attributes.value("supportedsaslmechanisms")) {
        const QString name = Transcript::printable(mech).toUpper();
        info->authMechanisms.append(name);
        info->capabilities.append(QStringLiteral("SASL=") + name);
    }
    const QList<QByteArray> classes = entry.attributes.value("objectclass");
    const QByteArray vendor = entry.attributes.value("vendorname").value(0);
    const QByteArray version = entry.attributes.value("vendorversion").value(0);
    if (!vendor.isEmpty())
        info->greeting = Transcript::printable(QByteArray(vendor + (version.isEmpty() ? QByteArray() : QByteArray(" " + version))));
    else if (!classes.isEmpty())
        info->greeting = QStringLiteral("objectClass: ") + Transcript::printable(classes.join(", "));
    if (classes.contains("OpenLDAProotDSE"))
        info->software = QStringLiteral("OpenLDAP");
    else if (!vendor.isEmpty())
        info->software = Transcript::printable(vendor);
    if (entry.attributes.isEmpty()) {
        ctx.transcript.note(Tr::tr("the root DSE is not readable; StartTLS is tried"));
        info->starttlsOffered = true;
    } else {
        info->starttlsOffered = extensions.contains(kStartTlsOid);
    }
    return {};
}

// 2. The StartTLS extended operation; success means TLS starts with the next byte.
//    Right after step 1, an operationsError is asked again once (see below).
ProbeError LdapDialogue::startTls(DialogueContext &ctx)
{
    ctx.transcript.client(QByteArray(QByteArray("ExtendedRequest StartTLS ") + kStartTlsOid));
    if (ProbeError e = ctx.connection.writeAll(ldapStartTlsRequest(kStartTlsId), ctx.deadline))
        return e;
    LdapMessage response;
    if (ProbeError e = readUntilResult(ctx, kStartTlsId, &response, nullptr))
        return e;
    if (response.resultCode == 1 && ctx.wantEvidence) {
        // operationsError: OpenLDAP may still count the root DSE search as
        // outstanding for a moment after its last answer. Ask once more.
        QThread::msleep(100);
        ctx.transcript.client(QByteArray(QByteArray("ExtendedRequest StartTLS ") + kStartTlsOid));
        if (ProbeError e = ctx.connection.writeAll(ldapStartTlsRequest(kStartTlsId + 1), ctx.deadline))
            return e;
        if (ProbeError e = readUntilResult(ctx, kStartTlsId + 1, &response, nullptr))
            return e;
    }
    if (response.op != LdapMessage::Op::ExtendedResponse || response.resultCode != 0) {
        return {ProbeStatus::StartTlsRejected,
                Tr::tr("StartTLS refused: %1").arg(ldapResultName(response.resultCode))};
    }
    return checkNothingBuffered(ctx);
}

// 1. Search the root DSE for the naming context the made-up name goes under.
// 2. A simple bind (LDAPv3, name and a random password) before any StartTLS;
//    an operationsError is asked again once (see LdapDialogue::startTls).
// 3. The BindResponse's resultCode decides (simpleBindAnswer()); then an
//    unbind, unanswered by definition.
ProbeError askSimpleBindBeforeTls(DialogueContext &ctx, CleartextInfo *info)
{
    info->simpleBindBeforeTls.reset();
    info->simpleBindNote.clear();
    const auto undecided = [info](const ProbeError &e) {
        info->simpleBindNote = Tr::tr("simple bind before StartTLS undecided: %1").arg(e.message);
        return e;
    };
    QByteArray context;
    if (ProbeError e = readNamingContext(ctx, &context))
        return undecided(e);
    const QByteArray dn = QByteArray(kProbeBindRdn) + ',' + (context.isEmpty() ? QByteArray("dc=invalid") : context);
    LdapMessage response;
    if (ProbeError e = bindOnce(ctx, kBindId, dn, &response))
        return undecided(e);
    if (response.resultCode == 1) {
        QThread::msleep(100);
        if (ProbeError e = bindOnce(ctx, kBindId + 1, dn, &response))
            return undecided(e);
    }
    if (response.op != LdapMessage::Op::BindResponse)
        return undecided({ProbeStatus::ProtocolError, Tr::tr("the answer to the bind is not a BindResponse")});
    if (response.resultCode == 51 || response.resultCode == 52)
        return undecided({ProbeStatus::RateLimited, Tr::tr("the server is %1").arg(ldapResultName(response.resultCode))});
    const QString answer =
        ldapResultName(response.resultCode) +
        (response.diagnosticMessage.isEmpty() ? QString()
                                              : QStringLiteral(" \"%1\"").arg(Transcript::printable(response.diagnosticMessage)));
    switch (simpleBindAnswer(response.resultCode)) {
    case SimpleBindAnswer::Refused:
        info->simpleBindBeforeTls = false;
        info->simpleBindNote = Tr::tr("simple bind refused before StartTLS: %1").arg(answer);
        break;
    case SimpleBindAnswer::Evaluated:
        if (context.isEmpty() && response.resultCode != 0) {
            info->simpleBindNote = Tr::tr("%1 for a name outside every naming context (the root DSE shows none): "
                                          "OpenLDAP answers so before its confidentiality check, undecided")
                                       .arg(answer);
        } else {
            info->simpleBindBeforeTls = true;
            info->simpleBindNote = Tr::tr("the server checked a made-up password: %1").arg(answer);
        }
        break;
    case SimpleBindAnswer::Undecided:
        info->simpleBindNote = Tr::tr("the answer to a simple bind before StartTLS decides nothing: %1").arg(answer);
        break;
    }
    ctx.transcript.note(info->simpleBindNote);
    ctx.transcript.client("UnbindRequest");
    (void)ctx.connection.writeAll(ldapUnbindRequest(kBindId + 2), ctx.deadline); // the answer is already in
    return {};
}

} // namespace mailtls
