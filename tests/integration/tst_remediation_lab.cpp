// The remediation closes the loop on real servers: audit the demo lab with the
// `audit` command, evaluate the run with the M3AAWG profile, build the
// checklist, apply each item's generated steps to the lab server of its
// endpoint (Postfix main.cf lines through `postconf -e`, master.cf options
// through `postconf -P`, Dovecot lines into dovecot.conf, nginx directives
// into their block), reload the servers as an admin does, audit again, and
// every finding is gone.
//
// The steps are applied by lab::ChecklistApplier (lab/checklist_applier.h),
// which `mailtls-lab rollout` uses too; the one thing it supplies is the
// certificate, the lab's, where the remedies name an admin's paths.
//
// No finding of the lab is left open. Those that only new mail could close
// (M1.5, M2.1: what real messages showed on a link) do not arise here: the
// audit records no message.

#include "app/store/audit_store.h"
#include "app/remediation/remediation.h"
#include "app/history/run_history.h"
#include "app/inventory/workspace_io.h"
#include "probes/result_json.h"
#include "lab/checklist_applier.h"
#include "tests/common/lab_fixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace mailtls;

namespace {

const QString kBinary = QStringLiteral(MAILTLS_BINARY_DIR "/mailtls-auditor");
const QString kWorkspace = QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json");

struct Audit
{
    QString error;
    QHash<QString, EndpointResult> results;
    QStringList linkStates; // "from -> endpoint: state", in the workspace's order
};

// The `audit` command itself, into its own store; the results read back as `findings` reads them.
Audit runAudit(const QString &db, const QString &json, const QString &caFile)
{
    Audit a;
    QProcess p;
    p.start(kBinary, {QStringLiteral("audit"), QStringLiteral("--workspace"), kWorkspace, QStringLiteral("--db"), db,
                      QStringLiteral("--ca-file"), caFile, QStringLiteral("--json"), json});
    if (!p.waitForFinished(300000) || p.exitCode() != 0) {
        a.error = QStringLiteral("audit failed: ") + QString::fromLocal8Bit(p.readAllStandardError());
        return a;
    }
    QFile f(json);
    if (!f.open(QIODevice::ReadOnly)) {
        a.error = f.errorString();
        return a;
    }
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QLatin1StringView("links")).toArray()) {
        const QJsonObject l = v.toObject();
        a.linkStates << QStringLiteral("%1 -> %2: %3")
                            .arg(l.value(QLatin1StringView("from")).toString(),
                                 l.value(QLatin1StringView("endpoint")).toString(),
                                 l.value(QLatin1StringView("state")).toString());
    }
    auto store = AuditStore::open(db, &a.error);
    if (!store)
        return a;
    const QList<StoredRun> runs = store->runs();
    if (runs.isEmpty()) {
        a.error = QStringLiteral("no run stored");
        return a;
    }
    for (const StoredResult &s : store->results(runs.first().id)) {
        if (std::optional<EndpointResult> r = endpointResultFromJson(s.result))
            a.results.insert(s.endpoint, *r);
    }
    return a;
}

QStringList findingNames(const Evaluation &e)
{
    QStringList names;
    for (const RuleResult &r : e.findings())
        names << r.ruleId + u' ' + r.endpoint;
    names.sort();
    return names;
}

QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("%1 %2: %3").arg(program, args.join(u' '), QString::fromLocal8Bit(p.readAll()).trimmed());
    return {};
}

// What a tool printed on stdout.
QString toolOutput(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestRemediationLab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void settingsExist();
    void remediationClosesTheLoop();
    void cleanupTestCase();

private:
    std::unique_ptr<lab::Lab> m_lab;
    QTemporaryDir m_dir;
};

void TestRemediationLab::initTestCase()
{
    QElapsedTimer t;
    t.start();
    // Only the servers the demo workspace audits (not the legacy gateway nor the directory).
    const WorkspaceReadResult loaded = loadWorkspaceFile(kWorkspace);
    QVERIFY2(loaded.workspace, qPrintable(loaded.error));
    const auto spec = lab::loadLabSpec(demoLabFile());
    QVERIFY2(spec.spec, qPrintable(spec.error));
    QStringList audited;
    for (const lab::Service &svc : spec.spec->services) {
        for (const Host &h : loaded.workspace->hosts) {
            if (h.addresses.contains(svc.address))
                audited << svc.id;
        }
    }
    LabStart s = startDemoLab(audited);
    if (!s.skip.isEmpty())
        QSKIP(qPrintable(s.skip));
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    m_lab = std::move(s.lab);
    qInfo("lab started in %lld ms", static_cast<long long>(t.elapsed()));
}

// Every setting the Postfix, Dovecot and nginx remedies write is one that the installed
// version knows (Debian 12: Postfix 3.7, Dovecot 2.3, nginx 1.22), the lab's weak spots or not.
void TestRemediationLab::settingsExist()
{
    for (const Remedy &r : builtinRemedies()) {
        for (const RemedyStep &step : r.steps) {
            const bool postfix = step.format.startsWith(QLatin1StringView("postfix-"));
            if (postfix || step.format == QLatin1StringView("dovecot")) {
                const auto settings = step.format == QLatin1StringView("postfix-master") ? lab::masterOptions(step.config)
                                                                                         : lab::settingLines(step.config);
                QVERIFY2(!settings.isEmpty(), qPrintable(step.config));
                for (const auto &[name, value] : settings) {
                    QProcess p;
                    p.start(postfix ? QStringLiteral("/usr/sbin/postconf") : QStringLiteral("/usr/bin/doveconf"),
                            {QStringLiteral("-d"), name});
                    QVERIFY(p.waitForFinished(10000));
                    // Both print "name = default" for a setting they know; for another, postconf
                    // warns and doveconf prints nothing (and both exit with 0).
                    QVERIFY2(p.readAllStandardOutput().startsWith((name + QStringLiteral(" =")).toUtf8()),
                             qPrintable(r.rules.join(u',') + u' ' + name));
                }
            } else if (step.format == QLatin1StringView("nginx")) {
                // nginx -t on a configuration with the directives in their block.
                const QString conf = m_dir.filePath(QStringLiteral("nginx-check.conf"));
                QFile f(conf);
                QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
                QString text = QStringLiteral("error_log stderr;\npid %1/nginx-check.pid;\nevents {}\nhttp {\n")
                                   .arg(m_dir.path());
                if (step.context == QLatin1StringView("http"))
                    text += step.config + u'\n';
                text += QStringLiteral("  server {\n    listen 127.0.0.1:1;\n");
                if (step.context == QLatin1StringView("server"))
                    text += step.config + u'\n';
                text += QStringLiteral("  }\n}\n");
                f.write(text.toUtf8());
                f.close();
                const QString e = runTool(QStringLiteral("/usr/sbin/nginx"),
                                          {QStringLiteral("-t"), QStringLiteral("-q"), QStringLiteral("-p"), m_dir.path(),
                                           QStringLiteral("-c"), conf});
                QVERIFY2(e.isEmpty(), qPrintable(r.rules.join(u',') + u' ' + e));
            }
        }
    }
}

void TestRemediationLab::remediationClosesTheLoop()
{
    const WorkspaceReadResult loaded = loadWorkspaceFile(kWorkspace);
    QVERIFY2(loaded.workspace, qPrintable(loaded.error));
    const Workspace &ws = *loaded.workspace;
    const Profile profile = *builtinProfile(u"m3aawg");
    QElapsedTimer t;
    t.start();

    // 1. Audit and check, as `audit` and `checklist` do.
    // One store for both audits, as an admin keeps it: the checklist is carried from one to the next.
    const QString db = m_dir.filePath(QStringLiteral("loop.sqlite"));
    const Audit before = runAudit(db, m_dir.filePath(QStringLiteral("before.json")), m_lab->caFile());
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
    const qint64 auditMs = t.restart();
    const Evaluation evaluation = evaluate(profile, ws, before.results);
    // The relay's own endpoint offers no STARTTLS: M1.1 on its outbound link, M2.2 on its internal ones.
    const QStringList weak{
        QStringLiteral("M1.1 relay/smtp:2525"),
        QStringLiteral("M1.4 mx2/smtp:2525"),          QStringLiteral("M1.6 mx2/smtp:2525"),
        QStringLiteral("M1.7 mx2/smtp:2525"),          QStringLiteral("M2.2 archive/lmtp:2424"),
        QStringLiteral("M2.2 relay/smtp:2525"),        QStringLiteral("M3.1 pop/pop3:2110"),
        QStringLiteral("M3.2 submission/submission:2587"), QStringLiteral("M3.3 webmail/http:2080"),
    };
    QCOMPARE(findingNames(evaluation), weak);
    const QList<ChecklistItem> checklist = buildChecklist(evaluation, ws, before.results);
    QCOMPARE(checklist.size(), weak.size());

    // 2. Apply each item's generated steps for the software found on its endpoint, then reload.
    lab::ChecklistApplier applier(*m_lab, ws);
    for (const ChecklistItem &item : checklist) {
        QVERIFY2(item.remedy, qPrintable(item.finding.ruleId));
        // The lab's software is named in the workspace and fingerprinted: the remedy is its own, not a generic one
        // (M1.7's certificate remedy is the same for every server).
        if (item.finding.ruleId != QLatin1StringView("M1.7"))
            QCOMPARE(item.remedy->software, softwareKey(item.software.software));
        const QString e = applier.apply(item);
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }
    // The audit command opened an item for each finding; the admin marks each done once applied.
    {
        QString error;
        auto store = AuditStore::open(db, &error);
        QVERIFY2(store, qPrintable(error));
        const QList<TrackedItem> opened = store->checklistItems(ws.name, profile.id);
        QCOMPARE(opened.size(), weak.size());
        for (const TrackedItem &item : opened) {
            QCOMPARE(item.state, ItemState::Open);
            QVERIFY2(setChecklistItemState(*store, ws.name, profile.id, item.key(), ItemState::Done,
                                           QStringLiteral("applied from the checklist"),
                                           QDateTime::currentDateTimeUtc(), &error),
                     qPrintable(error));
        }
    }
    const QStringList touched = applier.touched();
    QCOMPARE(touched, (QStringList{QStringLiteral("archive"), QStringLiteral("mx2"), QStringLiteral("pop"),
                                   QStringLiteral("relay"), QStringLiteral("submission"), QStringLiteral("webmail")}));
    for (const QString &id : std::as_const(touched)) {
        const QString e = m_lab->reload(id);
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }
    const qint64 applyMs = t.restart();

    // 3. Audit again: every finding is gone.
    const Audit after = runAudit(db, m_dir.filePath(QStringLiteral("after.json")), m_lab->caFile());
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    const qint64 reauditMs = t.elapsed();
    const Evaluation again = evaluate(profile, ws, after.results);
    QStringList left;
    for (const RuleResult &r : again.findings()) {
        QStringList evidence;
        for (const Evidence &e : r.evidence)
            evidence << e.detail;
        left << QStringLiteral("%1 %2: %3").arg(r.ruleId, r.endpoint, evidence.join(QStringLiteral("; ")));
    }
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
    // Every probe-based verdict is decided; measure 4 (downgrade resistance)
    // needs the domain checks, which this loop does not run (tst_domain_lab
    // does), and the relay's sending side (M1.12, M1.13, M4.5-M4.7) an
    // outbound test, which it does not run either (tst_rollout does).
    static const QStringList sending{QStringLiteral("M1.12"), QStringLiteral("M1.13")};
    for (const RuleResult &r : again.results) {
        if (r.measure == 4 || sending.contains(r.ruleId))
            QCOMPARE(r.verdict, Verdict::Incomplete);
        else
            QVERIFY2(r.verdict != Verdict::Incomplete, qPrintable(r.ruleId + u' ' + r.endpoint));
    }

    // Every link the remedies gave TLS is now strong TLS; the plain-HTTP webmail port keeps
    // no TLS of its own but only redirects to HTTPS (optional TLS: a browser could still
    // start there, which HSTS on the HTTPS side covers).
    QStringList expected = before.linkStates;
    for (QString &l : expected) {
        if (l.endsWith(QLatin1StringView("webmail/http: cleartext")))
            l.replace(QLatin1StringView(": cleartext"), QLatin1StringView(": optional_tls"));
        else
            l = l.left(l.lastIndexOf(QLatin1StringView(": "))) + QStringLiteral(": strong_tls");
    }
    QCOMPARE(after.linkStates, expected);

    // The second audit verified every checklist item: found, done by hand, verified.
    {
        QString error;
        auto store = AuditStore::open(db, &error);
        QVERIFY2(store, qPrintable(error));
        const QList<TrackedItem> items = store->checklistItems(ws.name, profile.id);
        QCOMPARE(items.size(), weak.size());
        const qint64 second = store->runs(ws.name).constFirst().id;
        for (const TrackedItem &item : items) {
            QVERIFY2(item.state == ItemState::Verified, qPrintable(item.key() + u' ' + itemStateKey(item.state)));
            QCOMPARE(item.verifiedRun, second);
        }
        QMap<ItemChange, int> changes;
        for (const ItemEvent &e : store->checklistEvents(ws.name, profile.id))
            changes[e.change] += 1;
        QCOMPARE(changes.value(ItemChange::Found), int(weak.size()));
        QCOMPARE(changes.value(ItemChange::SetByUser), int(weak.size()));
        QCOMPARE(changes.value(ItemChange::Verified), int(weak.size()));
    }
    // 4. What a manager is handed: the report of the second run compared with the first, in English and
    //    in Japanese, as the headless command writes it; and the history's progress between the two.
    {
        QString error;
        auto store = AuditStore::open(db, &error);
        QVERIFY2(store, qPrintable(error));
        const QList<StoredRun> runs = store->runs(ws.name);
        QCOMPARE(runs.size(), 2);
        const QString first = QString::number(runs.constLast().id);
        QStringList errors;
        const QList<RunFigures> history = loadHistory(*store, ws, profile, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).measureEncrypted[1], 1); // the relay's three hops and the archive's in cleartext before
        QCOMPARE(history.at(1).measureEncrypted[1], 5);
        // Each run's figures were kept when its audit ended: none done after the first, all after the second.
        QCOMPARE(history.at(0).checklistDone, 0);
        QCOMPARE(history.at(1).checklistDone, int(weak.size()));
        QVERIFY(history.at(1).openTotal() == 0 && history.at(0).openTotal() == int(weak.size()));
        store.reset();
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ja")}) {
            const QString pdf = m_dir.filePath(QStringLiteral("after-%1.pdf").arg(lang));
            const QString out = runTool(kBinary, {QStringLiteral("report"), QStringLiteral("--workspace"), kWorkspace,
                                                  QStringLiteral("--db"), db, QStringLiteral("--compare"), first,
                                                  QStringLiteral("--pdf"), pdf, QStringLiteral("--lang"), lang});
            QVERIFY2(QFile::exists(pdf), qPrintable(out));
            const QString text = toolOutput(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                                     .normalized(QString::NormalizationForm_KC) // ligatures: "fi", as viewers search
                                     .simplified();
            if (lang == u"en") {
                QVERIFY2(text.contains(QLatin1String("5 of 5 internal links encrypted")), qPrintable(text.left(3000)));
                QVERIFY2(text.contains(QLatin1String("Findings: 9 fixed, 0 new, 0 unchanged")),
                         qPrintable(text.left(3000)));
            } else {
                QVERIFY2(text.contains(QStringLiteral("内部リンク 5 件中 5 件が暗号化済み")), qPrintable(text.left(3000)));
                QVERIFY2(text.contains(QStringLiteral("修正 9 件")), qPrintable(text.left(3000)));
            }
        }
    }
    qInfo("audit %lld ms, apply and reload %lld ms, audit again %lld ms", static_cast<long long>(auditMs),
          static_cast<long long>(applyMs), static_cast<long long>(reauditMs));
}

void TestRemediationLab::cleanupTestCase()
{
    if (m_lab)
        m_lab->stop();
}

QTEST_GUILESS_MAIN(TestRemediationLab)
#include "tst_remediation_lab.moc"
