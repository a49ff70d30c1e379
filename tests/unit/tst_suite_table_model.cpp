// The details view's models over one probe result: the accepted suites, one
// row per (version, suite) with the catalog's properties, an unknown suite
// still listed, sorting by strength through a proxy; the version summary; and
// what real messages used on the link. Every model is checked by
// QAbstractItemModelTester.

#include "app/models/observation_table_model.h"
#include "app/models/suite_table_model.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace mailtls;

namespace {

const QString kUnknown = QStringLiteral("0x0A0B");

// TLS 1.2 in the server's order with a recommended, a weak, an insecure and an
// unknown suite; TLS 1.3 in the client's order; TLS 1.0 refused, SSL 3.0 undecided.
EndpointResult sampleResult()
{
    EndpointResult r;
    r.target = {Protocol::Smtp, QStringLiteral("mx.example"), 25, {}};
    for (TlsVersion v : allTlsVersions())
        r.versions.insert(v, VersionResult{});
    r.versions[TlsVersion::Ssl2].accepted = false;
    r.versions[TlsVersion::Ssl3].note = QStringLiteral("server closed the connection");
    r.versions[TlsVersion::Tls10].accepted = false;
    r.versions[TlsVersion::Tls11].accepted = false;

    VersionResult &v12 = r.versions[TlsVersion::Tls12];
    v12.accepted = true;
    v12.serverPreference = true;
    v12.cipherSuites = {QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"),
                        QStringLiteral("TLS_RSA_WITH_AES_128_CBC_SHA"), QStringLiteral("TLS_RSA_WITH_RC4_128_SHA"),
                        kUnknown};
    v12.groups = {QStringLiteral("x25519"), QStringLiteral("secp256r1")};
    v12.keyExchange.insert(QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"),
                           KeyExchangeInfo{QStringLiteral("x25519"), 253, {}, {}});
    v12.secureRenegotiation = true;
    v12.extendedMasterSecret = false;

    VersionResult &v13 = r.versions[TlsVersion::Tls13];
    v13.accepted = true;
    v13.serverPreference = false;
    v13.cipherSuites = {QStringLiteral("TLS_AES_256_GCM_SHA384"), QStringLiteral("TLS_AES_128_GCM_SHA256")};
    v13.groups = {QStringLiteral("x25519")};
    return r;
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestSuiteTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsAndColumns();
    void unknownSuite();
    void sortsByStrength_data();
    void sortsByStrength();
    void strengthRanks();
    void versionSummary();
    void resetAndClear();
    void observations();
};

void TestSuiteTableModel::rowsAndColumns()
{
    SuiteTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(sampleResult());
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(SuiteTableModel::ColumnCount));

    // Newest version first, each in its order.
    QCOMPARE(cell(model, 0, SuiteTableModel::VersionColumn), QStringLiteral("TLSv1.3"));
    QCOMPARE(cell(model, 0, SuiteTableModel::NameColumn), QStringLiteral("TLS_AES_256_GCM_SHA384"));
    QCOMPARE(cell(model, 1, SuiteTableModel::NameColumn), QStringLiteral("TLS_AES_128_GCM_SHA256"));
    QCOMPARE(cell(model, 2, SuiteTableModel::VersionColumn), QStringLiteral("TLSv1.2"));
    QCOMPARE(cell(model, 5, SuiteTableModel::NameColumn), kUnknown);

    // The recommended TLS 1.2 suite, column by column.
    QCOMPARE(cell(model, 2, SuiteTableModel::OrderColumn), QStringLiteral("1"));
    QCOMPARE(cell(model, 2, SuiteTableModel::OpenSslNameColumn), QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256"));
    QCOMPARE(cell(model, 2, SuiteTableModel::KeyExchangeColumn), QStringLiteral("ECDHE"));
    QCOMPARE(cell(model, 2, SuiteTableModel::KeySizeColumn), QStringLiteral("x25519, 253 bits"));
    QCOMPARE(cell(model, 2, SuiteTableModel::AuthenticationColumn), QStringLiteral("RSA"));
    QCOMPARE(cell(model, 2, SuiteTableModel::CipherColumn), QStringLiteral("AES 128"));
    QCOMPARE(cell(model, 2, SuiteTableModel::ModeColumn), QStringLiteral("GCM (AEAD)"));
    QCOMPARE(cell(model, 2, SuiteTableModel::ForwardSecrecyColumn), QStringLiteral("yes"));
    QCOMPARE(cell(model, 2, SuiteTableModel::StrengthColumn), QStringLiteral("recommended"));
    QCOMPARE(model.index(2, 0).data(SuiteTableModel::ServerOrderRole).toBool(), true);

    // RSA key transport with CBC: no forward secrecy, weak; RC4: insecure.
    QCOMPARE(cell(model, 3, SuiteTableModel::OrderColumn), QStringLiteral("2"));
    QCOMPARE(cell(model, 3, SuiteTableModel::ModeColumn), QStringLiteral("CBC, MAC SHA1"));
    QCOMPARE(cell(model, 3, SuiteTableModel::ForwardSecrecyColumn), QStringLiteral("no"));
    QCOMPARE(cell(model, 3, SuiteTableModel::KeySizeColumn), QString());
    QCOMPARE(cell(model, 3, SuiteTableModel::StrengthColumn), QStringLiteral("weak"));
    QCOMPARE(cell(model, 4, SuiteTableModel::CipherColumn), QStringLiteral("RC4 128"));
    QCOMPARE(cell(model, 4, SuiteTableModel::StrengthColumn), QStringLiteral("insecure"));

    // TLS 1.3: the catalog's "any" spelled out; the client's order says so.
    QCOMPARE(cell(model, 0, SuiteTableModel::KeyExchangeColumn), QStringLiteral("any (TLS 1.3)"));
    QCOMPARE(model.index(0, 0).data(SuiteTableModel::ServerOrderRole).toBool(), false);
    QVERIFY(!model.index(0, SuiteTableModel::OrderColumn).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(model.index(2, SuiteTableModel::OrderColumn).data(Qt::ToolTipRole).isNull());

    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY2(!model.headerData(c, Qt::Horizontal).toString().isEmpty(), qPrintable(QString::number(c)));
}

void TestSuiteTableModel::unknownSuite()
{
    QVERIFY2(!cipherSuiteByName(kUnknown), "the sample's unknown suite must not be in the catalog");
    SuiteTableModel model;
    model.setResult(sampleResult());
    const int row = 5;
    QCOMPARE(model.index(row, 0).data(SuiteTableModel::KnownRole).toBool(), false);
    QCOMPARE(cell(model, row, SuiteTableModel::StrengthColumn), QStringLiteral("unknown"));
    QCOMPARE(cell(model, row, SuiteTableModel::ForwardSecrecyColumn), QStringLiteral("not known"));
    QCOMPARE(cell(model, row, SuiteTableModel::OpenSslNameColumn), QString());
    QVERIFY(model.index(row, 0).data(SuiteTableModel::ForwardSecretRole).isNull());
    QVERIFY(model.index(row, 0).data(SuiteTableModel::StrengthRole).isNull());
    QCOMPARE(model.index(row, 0).data(SuiteTableModel::StrengthRankRole).toInt(), 0);
    QVERIFY(!model.index(row, SuiteTableModel::NameColumn).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.index(2, 0).data(SuiteTableModel::KnownRole).toBool(), true);
}

void TestSuiteTableModel::sortsByStrength_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");
    // The two TLS 1.3 suites and the ECDHE one are all recommended: a stable sort keeps their order.
    QTest::newRow("ascending: worst first")
        << Qt::AscendingOrder
        << QStringList{kUnknown, QStringLiteral("insecure"), QStringLiteral("weak"), QStringLiteral("recommended"),
                       QStringLiteral("recommended"), QStringLiteral("recommended")};
    QTest::newRow("descending: best first")
        << Qt::DescendingOrder
        << QStringList{QStringLiteral("recommended"), QStringLiteral("recommended"), QStringLiteral("recommended"),
                       QStringLiteral("weak"), QStringLiteral("insecure"), kUnknown};
}

void TestSuiteTableModel::sortsByStrength()
{
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);
    SuiteTableModel model;
    model.setResult(sampleResult());
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(SuiteTableModel::SortRole);
    proxy.sort(SuiteTableModel::StrengthColumn, order);
    QStringList got;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QString strength = proxy.index(r, SuiteTableModel::StrengthColumn).data().toString();
        got << (strength == QLatin1StringView("unknown") ? proxy.index(r, SuiteTableModel::NameColumn).data().toString()
                                                          : strength);
    }
    QCOMPARE(got, expected);

    // Alphabetical sorting by label would put "insecure" before "weak" but also
    // "recommended" before "secure": the rank is what sorts, not the text.
    QVERIFY(cipherStrengthRank(CipherStrength::Secure) < cipherStrengthRank(CipherStrength::Recommended));
}

void TestSuiteTableModel::strengthRanks()
{
    QVERIFY(cipherStrengthRank(std::nullopt) < cipherStrengthRank(CipherStrength::Insecure));
    QVERIFY(cipherStrengthRank(CipherStrength::Insecure) < cipherStrengthRank(CipherStrength::Weak));
    QVERIFY(cipherStrengthRank(CipherStrength::Weak) < cipherStrengthRank(CipherStrength::Secure));
    QVERIFY(cipherStrengthRank(CipherStrength::Secure) < cipherStrengthRank(CipherStrength::Recommended));
    QCOMPARE(cipherStrengthLabel(CipherStrength::Weak), QStringLiteral("weak"));
    QCOMPARE(cipherStrengthLabel(std::nullopt), QStringLiteral("unknown"));
}

void TestSuiteTableModel::versionSummary()
{
    VersionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(sampleResult());
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(VersionTableModel::ColumnCount));
    const auto row = [&](TlsVersion v) { return static_cast<int>(allTlsVersions().indexOf(v)); };

    QCOMPARE(cell(model, row(TlsVersion::Ssl2), VersionTableModel::StatusColumn), QStringLiteral("refused"));
    QCOMPARE(model.index(row(TlsVersion::Ssl2), 0).data(VersionTableModel::AcceptedRole).toInt(), 0);
    QCOMPARE(cell(model, row(TlsVersion::Ssl3), VersionTableModel::StatusColumn), QStringLiteral("not decided"));
    QCOMPARE(model.index(row(TlsVersion::Ssl3), 0).data(VersionTableModel::AcceptedRole).toInt(), -1);
    QCOMPARE(cell(model, row(TlsVersion::Ssl3), VersionTableModel::NoteColumn),
             QStringLiteral("server closed the connection"));

    const int r12 = row(TlsVersion::Tls12);
    QCOMPARE(cell(model, r12, VersionTableModel::VersionColumn), QStringLiteral("TLSv1.2"));
    QCOMPARE(cell(model, r12, VersionTableModel::StatusColumn), QStringLiteral("accepted"));
    QCOMPARE(model.index(r12, 0).data(VersionTableModel::AcceptedRole).toInt(), 1);
    QCOMPARE(cell(model, r12, VersionTableModel::RatingColumn), QStringLiteral("secure"));
    QCOMPARE(cell(model, r12, VersionTableModel::SuitesColumn), QStringLiteral("4"));
    QCOMPARE(cell(model, r12, VersionTableModel::OrderColumn), QStringLiteral("server's"));
    QCOMPARE(cell(model, r12, VersionTableModel::GroupsColumn), QStringLiteral("x25519, secp256r1"));
    QCOMPARE(cell(model, r12, VersionTableModel::RenegotiationColumn), QStringLiteral("yes"));
    QCOMPARE(cell(model, r12, VersionTableModel::ExtendedMasterSecretColumn), QStringLiteral("no"));

    const int r13 = row(TlsVersion::Tls13);
    QCOMPARE(cell(model, r13, VersionTableModel::RatingColumn), QStringLiteral("recommended"));
    QCOMPARE(cell(model, r13, VersionTableModel::OrderColumn), QStringLiteral("client's"));
    // No renegotiation in TLS 1.3: nothing to say, rather than "not known".
    QCOMPARE(cell(model, r13, VersionTableModel::RenegotiationColumn), QString());

    // A refused version has no rating, and sorts below every accepted one.
    QCOMPARE(cell(model, row(TlsVersion::Tls10), VersionTableModel::RatingColumn), QString());
    QVERIFY(model.index(row(TlsVersion::Tls10), 0).data(VersionTableModel::StrengthRankRole).isNull());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(VersionTableModel::SortRole);
    proxy.sort(VersionTableModel::StatusColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, VersionTableModel::StatusColumn).data().toString(), QStringLiteral("accepted"));
    QCOMPARE(proxy.index(5, VersionTableModel::StatusColumn).data().toString(), QStringLiteral("not decided"));
}

void TestSuiteTableModel::resetAndClear()
{
    SuiteTableModel suites;
    VersionTableModel versions;
    QAbstractItemModelTester t1(&suites, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&versions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    suites.setResult(sampleResult());
    versions.setResult(sampleResult());
    // A result without TLS (STARTTLS not offered): no suites, every version refused.
    EndpointResult clear;
    clear.status = ProbeStatus::StartTlsNotOffered;
    for (TlsVersion v : allTlsVersions())
        clear.versions.insert(v, VersionResult{false, {}, {}, {}, {}, 0, {}, {}, {}, true, {}});
    suites.setResult(clear);
    versions.setResult(clear);
    QCOMPARE(suites.rowCount(), 0);
    QCOMPARE(versions.rowCount(), 6);
    QCOMPARE(cell(versions, 5, VersionTableModel::StatusColumn), QStringLiteral("refused"));
    suites.clear();
    versions.clear();
    QCOMPARE(suites.rowCount(), 0);
    QCOMPARE(versions.rowCount(), 0);
}

void TestSuiteTableModel::observations()
{
    const auto seen = [](const QString &transport, const QString &version, const QString &cipher, int minute,
                         const QString &id) {
        Observation ob;
        ob.link = QStringLiteral("internet->mx1/smtp");
        ob.transport = transport;
        ob.tlsVersion = version;
        ob.cipher = cipher;
        ob.firstSeen = QDateTime(QDate(2026, 11, 1), QTime(0, minute), Qt::UTC);
        ob.lastSeen = QDateTime(QDate(2026, 11, 28), QTime(0, minute), Qt::UTC);
        ob.messageId = id;
        ob.source = QStringLiteral("inbox.mbox");
        return ob;
    };
    ObservationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setObservations({seen(QStringLiteral("tls"), QStringLiteral("TLSv1.2"), QStringLiteral("AES256-SHA"), 5,
                                QStringLiteral("<old@test>")),
                           seen(QStringLiteral("cleartext"), {}, {}, 30, QStringLiteral("<clear@test>")),
                           seen(QStringLiteral("tls"), QStringLiteral("TLSv1.3"),
                                QStringLiteral("TLS_AES_256_GCM_SHA384"), 20, QStringLiteral("<new@test>"))});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ObservationTableModel::ColumnCount));
    // Latest first.
    QCOMPARE(cell(model, 0, ObservationTableModel::MessageIdColumn), QStringLiteral("<clear@test>"));
    QCOMPARE(cell(model, 0, ObservationTableModel::TransportColumn), QStringLiteral("cleartext"));
    QCOMPARE(model.index(0, 0).data(ObservationTableModel::CleartextRole).toBool(), true);
    QCOMPARE(cell(model, 0, ObservationTableModel::ForwardSecrecyColumn), QString());
    QVERIFY(model.index(0, 0).data(ObservationTableModel::ForwardSecretRole).isNull());
    QCOMPARE(cell(model, 1, ObservationTableModel::TransportColumn), QStringLiteral("TLS"));
    QCOMPARE(cell(model, 1, ObservationTableModel::ForwardSecrecyColumn), QStringLiteral("yes"));
    QCOMPARE(cell(model, 1, ObservationTableModel::LastSeenColumn), QStringLiteral("2026-11-28 00:20:00 UTC"));
    QCOMPARE(cell(model, 2, ObservationTableModel::ForwardSecrecyColumn), QStringLiteral("no"));
    QCOMPARE(model.index(2, 0).data(ObservationTableModel::CleartextRole).toBool(), false);

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ObservationTableModel::SortRole);
    proxy.sort(ObservationTableModel::FirstSeenColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, ObservationTableModel::MessageIdColumn).data().toString(), QStringLiteral("<old@test>"));
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestSuiteTableModel)
#include "tst_suite_table_model.moc"
