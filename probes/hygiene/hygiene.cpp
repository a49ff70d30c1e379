#include "probes/hygiene/hygiene_checks.h"

#include "probes/tls/cipher_registry.h"

#include <QCoreApplication>
#include <QFuture>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <utility>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Hygiene)
};

constexpr qsizetype kMaxRecordBody = 16384 + 2048;

} // namespace

const QStringList &hygieneKeys()
{
    static const QStringList keys{QStringLiteral("compression"),
                                  QStringLiteral("client_renegotiation"),
                                  QStringLiteral("insecure_renegotiation"),
                                  QStringLiteral("fallback_scsv"),
                                  QStringLiteral("heartbeat"),
                                  QStringLiteral("heartbleed"),
                                  QStringLiteral("ccs_injection"),
                                  QStringLiteral("robot"),
                                  QStringLiteral("session_resumption"),
                                  QStringLiteral("ocsp_stapling"),
                                  QStringLiteral("dh"),
                                  QStringLiteral("sweet32"),
                                  QStringLiteral("poodle_ssl3")};
    return keys;
}

bool hygieneKeyIntrusive(QStringView key)
{
    return key == u"heartbleed" || key == u"ccs_injection" || key == u"robot";
}

QString hygieneCheckLabel(QStringView key)
{
    if (key == u"compression")
        return Tr::tr("TLS compression (CRIME)");
    if (key == u"client_renegotiation")
        return Tr::tr("Client-initiated renegotiation");
    if (key == u"insecure_renegotiation")
        return Tr::tr("Renegotiation without RFC 5746");
    if (key == u"fallback_scsv")
        return Tr::tr("Downgrade protection (TLS_FALLBACK_SCSV)");
    if (key == u"heartbeat")
        return Tr::tr("Heartbeat extension");
    if (key == u"heartbleed")
        return Tr::tr("Heartbleed (CVE-2014-0160)");
    if (key == u"ccs_injection")
        return Tr::tr("CCS injection (CVE-2014-0224)");
    if (key == u"robot")
        return Tr::tr("ROBOT (RSA padding oracle)");
    if (key == u"session_resumption")
        return Tr::tr("Session resumption");
    if (key == u"ocsp_stapling")
        return Tr::tr("OCSP stapling");
    if (key == u"dh")
        return Tr::tr("Weak DH prime (Logjam)");
    if (key == u"sweet32")
        return Tr::tr("64-bit block ciphers (Sweet32)");
    if (key == u"poodle_ssl3")
        return Tr::tr("SSL 3.0 with CBC (POODLE)");
    return key.toString();
}

std::optional<bool> hygieneGoodValue(QStringView key)
{
    if (key == u"fallback_scsv" || key == u"ocsp_stapling")
        return true;
    if (key == u"session_resumption")
        return std::nullopt;
    return false;
}

QList<HygieneResult::Entry> HygieneResult::entries() const
{
    return {{"compression", &compression},
            {"client_renegotiation", &clientRenegotiation},
            {"insecure_renegotiation", &insecureRenegotiation},
            {"fallback_scsv", &fallbackScsv},
            {"heartbeat", &heartbeat},
            {"heartbleed", &heartbleed},
            {"ccs_injection", &ccsInjection},
            {"robot", &robot},
            {"session_resumption", &sessionResumption},
            {"ocsp_stapling", &ocspStapling},
            {"dh", &dh},
            {"sweet32", &sweet32},
            {"poodle_ssl3", &poodleSsl3}};
}

const HygieneCheck *HygieneResult::check(QStringView key) const
{
    for (const Entry &e : entries()) {
        if (QLatin1StringView(e.key) == key)
            return e.check;
    }
    return nullptr;
}

HygieneCheck *HygieneResult::check(QStringView key)
{
    return const_cast<HygieneCheck *>(std::as_const(*this).check(key));
}

namespace hygiene {

Plan planFor(const QMap<TlsVersion, VersionResult> &versions)
{
    Plan plan;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        const TlsVersion v = it.key();
        const VersionResult &vr = it.value();
        if (!vr.accepted) {
            plan.anyUndecided = true;
            continue;
        }
        if (!*vr.accepted)
            continue;
        plan.accepted.append(v);
        if (!vr.suitesComplete)
            plan.suitesComplete = false;
        if (v == TlsVersion::Ssl2 || v == TlsVersion::Tls13)
            continue;
        QList<quint16> codes;
        QList<quint16> rsa;
        for (const QString &name : vr.cipherSuites) {
            const std::optional<quint16> code = cipherSuiteCode(name);
            if (!code)
                continue;
            codes.append(*code);
            const CipherSuiteEntry *e = cipherSuiteByCode(*code);
            if (e && e->keyExchange == QLatin1StringView("RSA") && !e->exportGrade)
                rsa.append(*code);
        }
        if (codes.isEmpty())
            continue;
        // The map is ordered oldest first: the last one seen is the newest.
        plan.legacy = v;
        plan.legacySuites = codes;
        plan.suites.insert(v, codes);
        if (!rsa.isEmpty()) {
            plan.rsaVersion = v;
            plan.rsaSuites = rsa;
        }
    }
    return plan;
}

TlsHelloSpec helloSpec(const ProbeContext &ctx, TlsVersion version, const QList<quint16> &suites)
{
    TlsHelloSpec spec;
    spec.version = tlsWireVersion(version);
    spec.suites = suites;
    if (!isIpLiteral(ctx.target.serverName))
        spec.serverName = ctx.target.serverName;
    spec.random = randomBytes(32);
    return spec;
}

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    for (char &c : out)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return out;
}

void undecided(HygieneCheck *check, const QString &note)
{
    check->value.reset();
    check->note = note;
}

void decided(HygieneCheck *check, bool value, const QString &evidence)
{
    check->value = value;
    if (!evidence.isEmpty())
        check->evidence.append(evidence);
}

void leftUndecided(HygieneCheck *check, bool questionAsked, const QString &version,
                   const QString &question, const QString &detail, const ProbeError &e)
{
    const QString why = !detail.isEmpty() ? detail : e ? e.message : Tr::tr("no answer");
    if (!questionAsked)
        undecided(check, Tr::tr("%1: %2").arg(version, why));
    else if (detail.isEmpty() && e.status == ProbeStatus::Timeout)
        undecided(check, Tr::tr("%1: no answer before the deadline").arg(question));
    else
        undecided(check, Tr::tr("%1: %2").arg(question, why));
}

ProbeError openThroughHelloDone(Attempt &a, const QByteArray &hello, ServerResponse *response,
                                QString *detail)
{
    Transcript scratch;
    if (ProbeError opened = a.open(scratch, nullptr, nullptr))
        return opened;
    if (ProbeError answered = exchangeHello(a, hello, true, response, true))
        return answered;
    if (response->kind != ServerResponse::Kind::ServerHello || !response->helloDone)
        *detail =
            response->kind == ServerResponse::Kind::Alert
                ? Tr::tr("the server refused our hello (alert %1)").arg(response->alertDescription)
                : Tr::tr("the server's first flight did not end with ServerHelloDone");
    return {};
}

QByteArray tlsRecord(int type, quint16 version, QByteArrayView body)
{
    QByteArray r;
    r.append(static_cast<char>(type));
    r.append(static_cast<char>(version >> 8));
    r.append(static_cast<char>(version & 0xff));
    r.append(static_cast<char>((body.size() >> 8) & 0xff));
    r.append(static_cast<char>(body.size() & 0xff));
    r.append(body.data(), body.size());
    return r;
}

ProbeError readRecord(Connection &connection, QDeadlineTimer deadline, TlsRecord *record)
{
    QByteArray header;
    if (ProbeError e = connection.readExact(&header, 5, deadline))
        return e;
    const int type = quint8(header[0]);
    const quint16 version = static_cast<quint16>((quint8(header[1]) << 8) | quint8(header[2]));
    const qsizetype length = (quint8(header[3]) << 8) | quint8(header[4]);
    if (type < 20 || type > 24 || (version >> 8) != 0x03 || length > kMaxRecordBody)
        return {ProbeStatus::ProtocolError, Tr::tr("not a TLS record")};
    record->type = type;
    record->version = version;
    record->body.clear();
    if (length > 0) {
        if (ProbeError e = connection.readExact(&record->body, length, deadline))
            return e;
    }
    return {};
}

} // namespace hygiene

HygieneProbe::HygieneProbe(const ProbeContext &ctx) : m_ctx(ctx) {}

HygieneProbe::~HygieneProbe()
{
    wait();
}

void HygieneProbe::wait()
{
    for (QFuture<void> &f : m_running)
        f.waitForFinished(); // they reference this object
    m_running.clear();
}

// The checks whose hello only has to be one the server takes at a version:
// every accepted suite of it gets the same kind of answer, so the suites
// known so far serve as well as the whole list.
QList<std::function<void()>>
HygieneProbe::helloChecks(const std::shared_ptr<const hygiene::Plan> &plan)
{
    using namespace hygiene;
    const ProbeContext &ctx = m_ctx;
    HygieneResult &r = m_result;
    const bool intrusive = ctx.options.intrusive;
    QList<std::function<void()>> jobs;
    jobs.append([&ctx, &r, plan, intrusive] {
        const ConnectionLabel label("hygiene compression/heartbeat");
        askCompressionAndHeartbeat(ctx, *plan, &r.compression, &r.heartbeat);
        if (r.heartbeat.value == false) // nothing malformed sent: decided whatever intrusive says
            decided(&r.heartbleed, false, Tr::tr("the heartbeat extension is not offered"));
        else if (!plan->legacy && plan->accepted.contains(TlsVersion::Tls13) && !plan->anyUndecided)
            decided(&r.heartbleed, false,
                    Tr::tr("only TLS 1.3 is accepted: the OpenSSL versions with "
                           "Heartbleed (1.0.1 to 1.0.1f) speak TLS 1.2 at most"));
        else if (!intrusive)
            undecided(&r.heartbleed, intrusiveOff());
        else if (!r.heartbeat.value)
            undecided(&r.heartbleed,
                      Tr::tr("not asked: whether heartbeats are offered is undecided"));
        else
            askHeartbleed(ctx, *plan, &r.heartbleed);
    });
    jobs.append([&ctx, &r, plan] {
        const ConnectionLabel label("hygiene fallback");
        askFallbackScsv(ctx, *plan, &r.fallbackScsv);
    });
    if (intrusive) {
        jobs.append([&ctx, &r, plan] {
            const ConnectionLabel label("hygiene ccs");
            askCcsInjection(ctx, *plan, &r.ccsInjection);
        });
    } else {
        undecided(&r.ccsInjection, intrusiveOff());
    }
    jobs.append([&ctx, &r, plan] {
        const ConnectionLabel label("hygiene renegotiation");
        askClientRenegotiation(ctx, *plan, &r.clientRenegotiation);
    });
    jobs.append([&ctx, &r, plan] {
        const ConnectionLabel label("hygiene resumption");
        // Two handshakes one after the other: the first goes before the gap fillers.
        const ConnectionPriority priority(ConnectionPriority::Normal);
        askSessionResumption(ctx, *plan, &r.sessionResumption, &r.resumption);
    });
    return jobs;
}

QString HygieneProbe::intrusiveOff()
{
    return Tr::tr("not asked: intrusive checks are off (--no-intrusive)");
}

void HygieneProbe::run(const QList<std::function<void()>> &jobs)
{
    for (const auto &job : jobs) {
        if (!m_ctx.options.versionPool) {
            job();
            continue;
        }
        m_running.append(QtConcurrent::run(m_ctx.options.versionPool, [job] {
            const BackgroundConnections background;
            job();
        }));
    }
}

void HygieneProbe::start(const QMap<TlsVersion, VersionResult> &firstAnswers)
{
    const QMutexLocker lock(&m_startMutex);
    if (m_started || !m_ctx.options.versionPool)
        return;
    m_started = true;
    run(helloChecks(std::make_shared<const hygiene::Plan>(hygiene::planFor(firstAnswers))));
}

HygieneResult HygieneProbe::finish(const HygieneInput &input)
{
    using namespace hygiene;
    bool started = false;
    {
        const QMutexLocker lock(&m_startMutex);
        started = std::exchange(m_started, true);
    }
    HygieneResult &r = m_result;
    const auto plan = std::make_shared<const Plan>(planFor(input.versions));
    deriveInsecureRenegotiation(*plan, input, &r.insecureRenegotiation);
    deriveDh(input, &r.dh, &r.dhPrimes);
    deriveSweet32(*plan, input, &r.sweet32);
    derivePoodleSsl3(input, &r.poodleSsl3);
    judgeOcspStaple(input, &r.ocspStapling, &r.ocsp);

    QList<std::function<void()>> jobs =
        started ? QList<std::function<void()>>() : helloChecks(plan);
    // ROBOT offers every accepted RSA suite, and finds none only in a whole list.
    if (m_ctx.options.intrusive) {
        jobs.append([this, plan] {
            const ConnectionLabel label("hygiene robot");
            askRobot(m_ctx, *plan, &m_result.robot);
        });
    } else {
        undecided(&r.robot, intrusiveOff());
    }
    run(jobs);
    wait();
    return r;
}

HygieneResult probeHygiene(const ProbeContext &ctx, const HygieneInput &input)
{
    HygieneProbe probe(ctx);
    return probe.finish(input);
}

} // namespace mailtls
