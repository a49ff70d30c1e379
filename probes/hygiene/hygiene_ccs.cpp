// ccs_injection (CVE-2014-0224): OpenSSL before 0.9.8za, 1.0.0m and 1.0.1h
// took a ChangeCipherSpec before the key exchange, and from then on read
// records under keys made from an empty master secret. A patched server
// refuses the early ChangeCipherSpec (unexpected_message); a vulnerable one
// accepts it in silence and then fails to decrypt the next record. testssl.sh
// and nmap tell them apart so; no key exchange, no crypto of ours.
//
// One connection (two when the server closes on it):
//   1. our hello at the plan's legacy version with its suites, read through
//      ServerHelloDone;
//   2. in one write, a ChangeCipherSpec record and after it an alert record
//      of 32 random bytes, as if encrypted;
//   3. the records that come back (at most kMaxRecords, within the
//      endpoint's deadline), handshake records and warning alerts skipped;
//      the first fatal alert decides:
//        - unexpected_message (10): the ChangeCipherSpec was refused: not vulnerable;
//        - bad_record_mac (20) or decryption_failed (21): it was taken, and
//          our record read under its keys: vulnerable;
//        - a close: asked once more; closed again, not vulnerable, noted
//          (no server vulnerable to it is known to close in silence);
//        - another alert, silence to the deadline, anything else: undecided.

#include "probes/hygiene/hygiene_checks.h"

#include <QCoreApplication>

namespace mailtls::hygiene {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Hygiene)
};

constexpr int kChangeCipherSpec = 20;
constexpr int kAlertRecord = 21;
constexpr int kUnexpectedMessage = 10;
constexpr int kBadRecordMac = 20;
constexpr int kDecryptionFailed = 21;
constexpr int kGarbage = 32; // bytes of the "encrypted" record
constexpr int kMaxRecords = 16;

// Step 3 on an open connection: the first fatal alert (0: none, see *detail).
int firstFatalAlert(Attempt &a, QString *detail, ProbeError *error)
{
    const QDeadlineTimer deadline = a.deadline();
    for (int i = 0; i < kMaxRecords; ++i) {
        TlsRecord record;
        if (ProbeError e = readRecord(a.connection(), deadline, &record)) {
            *error = e;
            return 0;
        }
        if (record.type == 22)
            continue; // more of the handshake: not an answer
        if (record.type == kAlertRecord && record.body.size() == 2 && quint8(record.body[0]) == 1)
            continue; // a warning alert
        if (record.type == kAlertRecord && record.body.size() == 2 && quint8(record.body[0]) == 2)
            return quint8(record.body[1]);
        *detail = Tr::tr("a record of type %1 where an alert was due").arg(record.type);
        return 0;
    }
    *detail = Tr::tr("no alert within %1 records").arg(kMaxRecords);
    return 0;
}

} // namespace

void askCcsInjection(const ProbeContext &ctx, const Plan &plan, HygieneCheck *check)
{
    if (!plan.legacy) {
        bool legacyAccepted = false;
        for (TlsVersion v : plan.accepted)
            legacyAccepted = legacyAccepted || (v != TlsVersion::Ssl2 && v != TlsVersion::Tls13);
        if (plan.accepted.contains(TlsVersion::Tls13) && !legacyAccepted && !plan.anyUndecided)
            decided(check, false,
                    Tr::tr("only TLS 1.3 accepted; the vulnerable OpenSSL versions do not speak it"));
        else
            undecided(check, Tr::tr("no version from SSL 3.0 to TLS 1.2 is known to be accepted with its suites"));
        return;
    }
    const QString version = tlsVersionName(*plan.legacy);
    const QByteArray hello = *plan.legacy == TlsVersion::Ssl3
                                 ? buildSsl3ClientHello(plan.legacySuites, randomBytes(32))
                                 : buildTlsClientHello(helloSpec(ctx, *plan.legacy, plan.legacySuites));

    enum class Stage { Hello, Injected };
    Stage stage = Stage::Hello;
    int alert = 0;
    QString detail;
    int closedInAnswer = 0;
    const ProbeError e = onFreshConnection(
        ctx,
        [&](Attempt &a) {
            stage = Stage::Hello;
            alert = 0;
            detail.clear();
            ServerResponse r;
            if (ProbeError first = openThroughHelloDone(a, hello, &r, &detail); first || !detail.isEmpty())
                return first;
            stage = Stage::Injected;
            const QByteArray ccs = tlsRecord(kChangeCipherSpec, r.version, QByteArray(1, '\x01'));
            const QByteArray garbage = tlsRecord(kAlertRecord, r.version, randomBytes(kGarbage));
            const QByteArray records = ccs + garbage;
            if (ProbeError sent = a.connection().writeAll(records, a.deadline()))
                return sent;
            ProbeError read;
            alert = firstFatalAlert(a, &detail, &read);
            return read;
        },
        &closedInAnswer);

    const QString asked = Tr::tr("%1: a ChangeCipherSpec before the key exchange, then a record of %2 random bytes")
                              .arg(version).arg(kGarbage);
    if (alert == kUnexpectedMessage) {
        decided(check, false, Tr::tr("%1: unexpected_message alert (the ChangeCipherSpec was refused)").arg(asked));
        return;
    }
    if (alert == kBadRecordMac || alert == kDecryptionFailed) {
        decided(check, true, Tr::tr("%1: %2 alert (the ChangeCipherSpec was taken, our record read under its keys)")
                                 .arg(asked, alert == kBadRecordMac ? QStringLiteral("bad_record_mac")
                                                                    : QStringLiteral("decryption_failed")));
        return;
    }
    if (alert != 0) {
        undecided(check, Tr::tr("%1: fatal alert %2, none of unexpected_message (10), bad_record_mac (20) "
                                "and decryption_failed (21)")
                             .arg(asked).arg(alert));
        return;
    }
    if (stage == Stage::Injected && e.dropped && closedInAnswer >= 2) {
        decided(check, false, Tr::tr("%1: the server closed the connection").arg(asked));
        check->note = Tr::tr("the server closed the connection on the early ChangeCipherSpec, twice");
        return;
    }
    leftUndecided(check, stage == Stage::Injected, version, asked, detail, e);
}

} // namespace mailtls::hygiene
