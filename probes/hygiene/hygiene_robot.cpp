// The robot check: a Bleichenbacher padding oracle on RSA key exchange, as
// the ROBOT paper (Böck, Somorovsky, Young, USENIX Security 2018) tests it
// and sslyze and testssl.sh after it. A server is an oracle when what it
// answers to a ClientKeyExchange depends on how the premaster secret's
// PKCS#1 v1.5 padding is broken.
//
// One probe, one connection:
//   1. our hello at plan.rsaVersion offering plan.rsaSuites, read through
//      ServerHelloDone (the leaf certificate, and a CertificateRequest);
//   2. the RSA public key of the leaf; one of the five premaster blocks
//      below, the modulus' size, encrypted with raw RSA (no padding of
//      OpenSSL's: the block is the padding);
//   3. an empty Certificate when one was requested, the ClientKeyExchange,
//      ChangeCipherSpec and a Finished-sized record of garbage, at once;
//   4. the server's answer: its first record (a fatal alert's description),
//      a close, a reset, or nothing within kAnswerMs.
// The five blocks (k bytes, PS: random non-zero padding bytes):
//   1 well-formed   00 02 PS 00 version(2) random(46)
//   2 wrong start   41 17 PS 00 version(2) random(46)
//   3 no separator  00 02 PS 11 11 11 random(46)           (no 0x00 at all)
//   4 misplaced 00  00 02 PS 11 random(46) 00 11           (a 1-byte secret)
//   5 wrong version 00 02 PS 00 02 02 random(46)
//
// Two rounds of the five (each round's five in parallel on the suite pool):
// the same answer to all five in both rounds is no oracle (false); answers
// that differ between the blocks, the same in both rounds, are an oracle
// (true): strong when the answers to 2, 3 and 4 are not all the same (the
// server tells apart a block that starts 00 02, whatever follows: the
// paper's and sslyze's rule), weak when only 1 or 5 stand out. Rounds that
// disagree leave it undecided ("inconsistent", as sslyze says).
//
// Cost: ten connections, each three round trips (connect, hello, key
// exchange). Measured through a 50 ms round-trip proxy to a threaded server:
// 0.34 s with the suite pool, 1.6 s one after another; against s_server
// (one connection at a time) on loopback, 20 to 150 ms.

#include "probes/hygiene/hygiene_checks.h"

#include "probes/tls/cipher_registry.h"

#include <QCoreApplication>
#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <array>
#include <memory>

namespace mailtls::hygiene {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Hygiene)
};

constexpr int kPayloads = 5;
constexpr int kRounds = 2;
// How long the answer to our key exchange is waited for, much less than the
// operation timeout (10 s): a server answers it within a round trip or two
// as it answers everything else, and a server that keeps silent for some of
// the blocks (an oracle of its own) would otherwise cost the whole timeout
// per connection. What stays silent this long is a "no answer", a shape of
// answer compared like the others, never an error.
constexpr int kAnswerMs = 3000;
constexpr int kFinishedGarbage = 80; // fits a CBC Finished with SHA-384's MAC, and any AEAD one

// What the server did after our key exchange, compared between the blocks.
struct Answer
{
    enum class Kind
    {
        Alert,
        Record,
        Closed,
        Reset,
        Silent,
        Failed
    };
    Kind kind = Kind::Failed;
    int level = 0;       // Alert
    int description = 0; // Alert; Record: the record's type
    QString failure;     // Failed: why no key exchange was sent or no answer read
    // The server asked for a client certificate and we sent an empty one.
    bool certificateRequested = false;
    QString context;  // "TLSv1.2, TLS_RSA_WITH_..., 2048-bit RSA key"
    int waitedMs = 0; // how long an answer was waited for

    bool sameAs(const Answer &o) const
    {
        return kind == o.kind && level == o.level && description == o.description;
    }
    bool noWord() const
    {
        return kind == Kind::Closed || kind == Kind::Reset || kind == Kind::Silent;
    }
};

QString alertName(int description)
{
    switch (description) {
    case 0:
        return QStringLiteral("close_notify");
    case 10:
        return QStringLiteral("unexpected_message");
    case 20:
        return QStringLiteral("bad_record_mac");
    case 21:
        return QStringLiteral("decryption_failed");
    case 22:
        return QStringLiteral("record_overflow");
    case 40:
        return QStringLiteral("handshake_failure");
    case 42:
        return QStringLiteral("bad_certificate");
    case 47:
        return QStringLiteral("illegal_parameter");
    case 50:
        return QStringLiteral("decode_error");
    case 51:
        return QStringLiteral("decrypt_error");
    case 70:
        return QStringLiteral("protocol_version");
    case 80:
        return QStringLiteral("internal_error");
    case 116:
        return QStringLiteral("certificate_required");
    default:
        return {};
    }
}

QString answerText(const Answer &a)
{
    switch (a.kind) {
    case Answer::Kind::Alert: {
        const QString name = alertName(a.description);
        const QString what = name.isEmpty()
                                 ? QString::number(a.description)
                                 : QStringLiteral("%1 (%2)").arg(a.description).arg(name);
        return a.level == 2 ? Tr::tr("fatal alert %1").arg(what)
                            : Tr::tr("warning alert %1").arg(what);
    }
    case Answer::Kind::Record:
        return Tr::tr("a record of type %1").arg(a.description);
    case Answer::Kind::Closed:
        return Tr::tr("a close without an alert");
    case Answer::Kind::Reset:
        return Tr::tr("a reset connection");
    case Answer::Kind::Silent:
        return Tr::tr("no answer within %1 ms").arg(a.waitedMs);
    case Answer::Kind::Failed:
        return a.failure;
    }
    return {};
}

QString payloadName(int p)
{
    switch (p) {
    case 0:
        return Tr::tr("1 (well-formed)");
    case 1:
        return Tr::tr("2 (wrong first bytes)");
    case 2:
        return Tr::tr("3 (no 0x00 separator)");
    case 3:
        return Tr::tr("4 (0x00 misplaced)");
    default:
        return Tr::tr("5 (wrong version)");
    }
}

// n random bytes none of which is zero (PKCS#1's padding string).
QByteArray nonZeroBytes(int n)
{
    QByteArray b = randomBytes(n);
    for (char &c : b) {
        if (c == 0)
            c = '\x5a';
    }
    return b;
}

// Block p of the five (see the top), k bytes; version: our hello's client_version.
QByteArray premasterBlock(int p, int k, quint16 version, bool smallStart)
{
    const QByteArray ps = nonZeroBytes(k - 3 - 48);
    const QByteArray secret = nonZeroBytes(46);
    QByteArray v;
    v.append(char(version >> 8));
    v.append(char(version & 0xff));
    switch (p) {
    case 0:
        return QByteArray("\x00\x02", 2) + ps + QByteArray(1, '\0') + v + secret;
    case 1:
        // 0x41 0x17 as the paper sends; under a modulus whose top byte is
        // below that, 0x00 0x17 (as wrong, and below the modulus).
        return (smallStart ? QByteArray("\x00\x17", 2) : QByteArray("\x41\x17", 2)) + ps +
               QByteArray(1, '\0') + v + secret;
    case 2:
        return QByteArray("\x00\x02", 2) + ps + QByteArray(3, '\x11') + secret;
    case 3:
        return QByteArray("\x00\x02", 2) + ps + QByteArray(1, '\x11') + secret +
               QByteArray("\x00\x11", 2);
    default:
        return QByteArray("\x00\x02", 2) + ps + QByteArray("\x00\x02\x02", 3) + secret;
    }
}

struct KeyFree
{
    void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); }
    void operator()(X509 *x) const { X509_free(x); }
};

// Raw RSA (RSA_NO_PADDING) of a modulus-sized block; empty when OpenSSL
// refuses it (a block not below the modulus).
QByteArray rsaRaw(EVP_PKEY *key, const QByteArray &block)
{
    std::unique_ptr<EVP_PKEY_CTX, KeyFree> c(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    if (!c || EVP_PKEY_encrypt_init(c.get()) <= 0 ||
        EVP_PKEY_CTX_set_rsa_padding(c.get(), RSA_NO_PADDING) <= 0)
        return {};
    const auto *in = reinterpret_cast<const unsigned char *>(block.constData());
    size_t length = 0;
    if (EVP_PKEY_encrypt(c.get(), nullptr, &length, in, size_t(block.size())) <= 0)
        return {};
    QByteArray out(qsizetype(length), Qt::Uninitialized);
    if (EVP_PKEY_encrypt(c.get(), reinterpret_cast<unsigned char *>(out.data()), &length, in,
                         size_t(block.size())) <= 0)
        return {};
    out.truncate(qsizetype(length));
    return out;
}

QByteArray handshakeMessage(int type, const QByteArray &body)
{
    QByteArray m;
    m.append(char(type));
    m.append(char((body.size() >> 16) & 0xff));
    m.append(char((body.size() >> 8) & 0xff));
    m.append(char(body.size() & 0xff));
    return m + body;
}

// Our hello for the check: SSL 3.0 has a builder of its own.
QByteArray robotHello(const ProbeContext &ctx, const Plan &plan)
{
    if (*plan.rsaVersion == TlsVersion::Ssl3)
        return buildSsl3ClientHello(plan.rsaSuites, randomBytes(32));
    return buildTlsClientHello(helloSpec(ctx, *plan.rsaVersion, plan.rsaSuites));
}

// Steps 2 to 4 on a connection whose hello was answered with r.
Answer keyExchange(Attempt &a, const ProbeContext &ctx, const Plan &plan, const ServerResponse &r,
                   int p)
{
    Answer out;
    const auto failed = [&out](const QString &why) {
        out.kind = Answer::Kind::Failed;
        out.failure = why;
        return out;
    };
    const auto *der = reinterpret_cast<const unsigned char *>(r.leafCertificate.constData());
    std::unique_ptr<X509, KeyFree> cert(d2i_X509(nullptr, &der, long(r.leafCertificate.size())));
    if (!cert)
        return failed(Tr::tr("the server's certificate could not be read"));
    EVP_PKEY *key = X509_get0_pubkey(cert.get());
    if (!key || EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA)
        return failed(Tr::tr(
            "the server's certificate has no RSA key, though an RSA key exchange was chosen"));
    const int k = EVP_PKEY_get_size(key);
    if (k < 64 || k > 2048)
        return failed(Tr::tr("the server's RSA key has an unusable size (%1 bytes)").arg(k));
    out.context = Tr::tr("%1, %2, %3-bit RSA key")
                      .arg(tlsVersionName(*plan.rsaVersion), cipherSuiteName(r.cipherSuite))
                      .arg(EVP_PKEY_get_bits(key));
    const quint16 clientVersion = tlsWireVersion(*plan.rsaVersion);
    QByteArray encrypted = rsaRaw(key, premasterBlock(p, k, clientVersion, false));
    if (encrypted.isEmpty() && p == 1)
        encrypted = rsaRaw(key, premasterBlock(p, k, clientVersion, true));
    if (encrypted.size() != k)
        return failed(Tr::tr("the premaster secret could not be encrypted with the server's key"));

    // SSL 3.0 sends the encrypted secret bare, TLS with its length (RFC 5246 7.4.7.1).
    const bool ssl3 = *plan.rsaVersion == TlsVersion::Ssl3;
    QByteArray cke;
    if (!ssl3) {
        cke.append(char(k >> 8));
        cke.append(char(k & 0xff));
    }
    cke.append(encrypted);
    QByteArray handshake;
    if (r.certificateRequested && !ssl3) {
        handshake += handshakeMessage(11, QByteArray(3, '\0')); // no certificate: an empty list
        out.certificateRequested = true;
    }
    handshake += handshakeMessage(16, cke);
    const quint16 recordVersion = r.version;
    const QByteArray flight = tlsRecord(22, recordVersion, handshake) +
                              tlsRecord(20, recordVersion, QByteArray(1, '\x01')) +
                              tlsRecord(22, recordVersion, randomBytes(kFinishedGarbage));

    QDeadlineTimer deadline = a.deadline();
    if (deadline.remainingTime() > kAnswerMs)
        deadline = QDeadlineTimer(kAnswerMs);
    out.waitedMs = int(deadline.remainingTime());
    ProbeError e = a.connection().writeAll(flight, deadline);
    TlsRecord record;
    if (!e)
        e = readRecord(a.connection(), deadline, &record);
    if (!e) {
        if (record.type == 21 && record.body.size() >= 2) {
            out.kind = Answer::Kind::Alert;
            out.level = quint8(record.body[0]);
            out.description = quint8(record.body[1]);
        } else {
            out.kind = Answer::Kind::Record;
            out.description = record.type;
        }
        return out;
    }
    if (e.status == ProbeStatus::Cancelled || ctx.deadline.hasExpired())
        return failed(e.message);
    if (e.dropped) {
        out.kind = e.reset ? Answer::Kind::Reset : Answer::Kind::Closed;
        return out;
    }
    if (e.status == ProbeStatus::Timeout) {
        out.kind = Answer::Kind::Silent;
        return out;
    }
    return failed(e.message);
}

// One probe (steps 1 to 4) with block p on a fresh connection.
Answer probe(const ProbeContext &ctx, const Plan &plan, int p)
{
    Answer out;
    const QByteArray hello = robotHello(ctx, plan);
    const ProbeError e = onFreshConnection(ctx, [&](Attempt &a) -> ProbeError {
        out = {};
        Transcript scratch;
        if (ProbeError opened = a.open(scratch, nullptr, nullptr))
            return opened;
        ServerResponse r;
        if (ProbeError answered = exchangeHello(a, hello, false, &r, true))
            return answered;
        QString why;
        if (r.kind == ServerResponse::Kind::Alert)
            why = Tr::tr("the server refused our hello with alert %1").arg(r.alertDescription);
        else if (r.kind != ServerResponse::Kind::ServerHello)
            why = Tr::tr("the answer to our hello was not a ServerHello");
        else if (!plan.rsaSuites.contains(r.cipherSuite))
            why = Tr::tr("the server chose %1, which is no RSA key exchange suite we offered")
                      .arg(cipherSuiteName(r.cipherSuite));
        else if (!r.helloDone)
            why = Tr::tr("the server's flight did not end with ServerHelloDone");
        else if (r.leafCertificate.isEmpty())
            why = Tr::tr("the server sent no certificate");
        if (!why.isEmpty()) {
            out.failure = why;
            return {ProbeStatus::HandshakeFailed, why};
        }
        out = keyExchange(a, ctx, plan, r, p);
        return {};
    });
    if (e && out.failure.isEmpty())
        out.failure = e.message;
    if (e)
        out.kind = Answer::Kind::Failed;
    return out;
}

using Round = std::array<Answer, kPayloads>;

// The five probes of a round, in parallel on the suite pool when there is one.
Round askRound(const ProbeContext &ctx, const Plan &plan)
{
    Round round;
    if (!ctx.options.suitePool) {
        for (int p = 0; p < kPayloads; ++p)
            round[p] = probe(ctx, plan, p);
        return round;
    }
    QList<QFuture<void>> running;
    for (int p = 0; p < kPayloads; ++p)
        running.append(QtConcurrent::run(
            ctx.options.suitePool, [&ctx, &plan, &round, p] { round[p] = probe(ctx, plan, p); }));
    for (QFuture<void> &f : running)
        f.waitForFinished(); // they reference this frame
    return round;
}

// "payloads 1 (well-formed), 5 (wrong version): fatal alert 20 (bad_record_mac)", one line per
// answer.
QStringList answerGroups(const Round &round)
{
    QStringList lines;
    std::array<bool, kPayloads> told{};
    for (int p = 0; p < kPayloads; ++p) {
        if (told[p])
            continue;
        QStringList names;
        for (int q = p; q < kPayloads; ++q) {
            if (!told[q] && round[q].sameAs(round[p])) {
                told[q] = true;
                names.append(payloadName(q));
            }
        }
        const QString which = names.join(QStringLiteral(", "));
        lines.append(names.size() == 1
                         ? Tr::tr("payload %1: %2").arg(which, answerText(round[p]))
                         : Tr::tr("payloads %1: %2").arg(which, answerText(round[p])));
    }
    return lines;
}

} // namespace

void askRobot(const ProbeContext &ctx, const Plan &plan, HygieneCheck *check)
{
    if (!plan.rsaVersion || plan.rsaSuites.isEmpty()) {
        if (plan.suitesComplete && !plan.anyUndecided)
            decided(check, false, Tr::tr("no RSA key exchange suite is accepted"));
        else
            undecided(
                check,
                Tr::tr("no RSA key exchange suite is known to be accepted, but the versions and "
                       "suites are not all decided"));
        return;
    }

    std::array<Round, kRounds> rounds;
    for (int n = 0; n < kRounds; ++n) {
        rounds[n] = askRound(ctx, plan);
        for (int p = 0; p < kPayloads; ++p) {
            if (rounds[n][p].kind == Answer::Kind::Failed) {
                undecided(check,
                          Tr::tr("payload %1: %2").arg(payloadName(p), rounds[n][p].failure));
                return;
            }
        }
    }
    const Round &first = rounds[0];
    const QString context = first[0].context;
    check->evidence.append(Tr::tr("ROBOT's five key exchanges, twice, at %1").arg(context));

    for (int p = 0; p < kPayloads; ++p) {
        if (!rounds[1][p].sameAs(first[p])) {
            undecided(check,
                      Tr::tr("inconsistent answers: payload %1 got %2, then %3")
                          .arg(payloadName(p), answerText(first[p]), answerText(rounds[1][p])));
            return;
        }
    }
    bool allSame = true;
    for (int p = 1; p < kPayloads; ++p)
        allSame = allSame && first[p].sameAs(first[0]);

    if (allSame) {
        const Answer &a = first[0];
        if (a.kind == Answer::Kind::Silent) {
            undecided(check, Tr::tr("the server answered none of the key exchanges within %1 ms")
                                 .arg(a.waitedMs));
            return;
        }
        // A server that wants a client certificate may stop at its absence,
        // before the premaster secret: the same refusal then says nothing.
        if (a.certificateRequested && a.kind == Answer::Kind::Alert &&
            (a.description == 40 || a.description == 42 || a.description == 116)) {
            undecided(
                check,
                Tr::tr("the server asks for a client certificate and refused each key exchange "
                       "without one (%1): the padding was never judged")
                    .arg(answerText(a)));
            return;
        }
        decided(check, false,
                Tr::tr("the same answer to all five, in both rounds: %1").arg(answerText(a)));
        return;
    }

    const QStringList groups = answerGroups(first);
    const bool strong = !(first[1].sameAs(first[2]) && first[1].sameAs(first[3]));
    QString verdict =
        strong
            ? Tr::tr("a strong oracle: the answers to payloads 2, 3 and 4 differ, so a "
                     "premaster secret that merely starts 00 02 stands out")
            : Tr::tr("a weak oracle: only a block well-formed up to its length (payloads 1 or 5) "
                     "stands out");
    decided(check, true, verdict);
    for (const QString &line : groups)
        check->evidence.append(Tr::tr("the same in both rounds: %1").arg(line));
    bool anyWord = false;
    bool anyMute = false;
    for (const Answer &a : first) {
        anyWord = anyWord || !a.noWord();
        anyMute = anyMute || a.noWord();
    }
    if (anyWord && anyMute)
        check->evidence.append(
            Tr::tr("some payloads got no alert (a close, a reset or silence) where others "
                   "did: the ROBOT paper counts these shapes of an answer as an oracle too"));
}

} // namespace mailtls::hygiene
