#include "widgets/evidence/outbound_test_dialog.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mailtls {

namespace {

QString sessionTls(const ReceivedSession &s)
{
    if (s.tls)
        return QStringLiteral("%1 %2").arg(tlsVersionName(s.tls->version), s.tls->cipher);
    if (!s.tlsFailure.isEmpty())
        return OutboundTestDialog::tr("handshake failed: %1").arg(s.tlsFailure);
    if (s.startTlsAsked)
        return OutboundTestDialog::tr("STARTTLS answered %1").arg(s.startTlsReply);
    return OutboundTestDialog::tr("no STARTTLS");
}

QString sessionEnd(const ReceivedSession &s)
{
    switch (s.end) {
    case SessionEnd::DeliveredTls: return OutboundTestDialog::tr("message taken over TLS");
    case SessionEnd::DeliveredCleartext: return OutboundTestDialog::tr("message taken in cleartext");
    case SessionEnd::NoMessage: return OutboundTestDialog::tr("no message");
    case SessionEnd::TlsFailed: return OutboundTestDialog::tr("no message (TLS failed)");
    case SessionEnd::ProtocolError: return OutboundTestDialog::tr("protocol error");
    case SessionEnd::TimedOut: return OutboundTestDialog::tr("timed out");
    }
    return {};
}

} // namespace

QString OutboundTestDialog::defaultListenAddress()
{
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal())
            return a.toString();
    }
    return QStringLiteral("127.0.0.1");
}

OutboundTestDialog::OutboundTestDialog(const Workspace &workspace, const QString &workspacePath,
                                       const QString &relayId, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_workspacePath(workspacePath), m_refresh(new QTimer(this))
{
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(250);
    connect(m_refresh, &QTimer::timeout, this, &OutboundTestDialog::showVerdicts);
    setObjectName(QStringLiteral("outboundTestDialog"));
    setWindowTitle(tr("Test Outbound Relay"));
    auto *intro = new QLabel(
        tr("The test receiver plays destinations on the Internet: each listener one way of offering TLS. Route the "
           "test domains from the relay to it and send one message to each; what the relay does is recorded, "
           "judged, and kept in the workspace when you stop. Messages are discarded, never delivered."));
    intro->setWordWrap(true);

    m_relay = new QComboBox;
    m_relay->setObjectName(QStringLiteral("relay"));
    for (const Host &h : workspace.hosts) {
        const bool outbound = h.roles.contains(HostRole::OutboundRelay) ||
                              std::any_of(workspace.links.cbegin(), workspace.links.cend(), [&](const Link &l) {
                                  return l.kind == LinkKind::Outbound && l.from == h.id;
                              });
        if (outbound)
            m_relay->addItem(QStringLiteral("%1 (%2)").arg(h.name, h.id), h.id);
    }
    if (const int i = m_relay->findData(relayId); i >= 0)
        m_relay->setCurrentIndex(i);
    m_address = new QLineEdit(defaultListenAddress());
    m_address->setObjectName(QStringLiteral("listenAddress"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("firstPort"));
    m_port->setRange(1, 65535 - 8);
    m_port->setValue(2525);
    auto *scenarios = new QVBoxLayout;
    for (const QString &key : receiverScenarioKeys()) {
        const ReceiverScenario s = *receiverScenarioFromKey(key);
        auto *box = new QCheckBox(QStringLiteral("%1: %2").arg(key, receiverScenarioLabel(s)));
        box->setObjectName(QStringLiteral("scenario-") + key);
        box->setChecked(true);
        scenarios->addWidget(box);
        m_scenarios.append({s, box});
    }
    m_policy = new QComboBox;
    m_policy->setObjectName(QStringLiteral("policy"));
    m_policy->addItem(tr("Destinations without a policy (opportunistic TLS: a fallback is expected)"),
                      destinationPolicyKey(DestinationPolicy::None));
    m_policy->addItem(tr("Destinations that require TLS (MTA-STS enforce or DANE: a fallback is a fault)"),
                      destinationPolicyKey(DestinationPolicy::RequiresTls));

    auto *form = new QFormLayout;
    form->addRow(tr("&Relay:"), m_relay);
    form->addRow(tr("&Listen on:"), m_address);
    form->addRow(tr("&First port:"), m_port);
    form->addRow(tr("Scenarios (one port each):"), scenarios);
    form->addRow(tr("&Destinations:"), m_policy);

    m_start = new QPushButton(tr("&Start Receiver"));
    m_start->setObjectName(QStringLiteral("startReceiver"));
    m_stop = new QPushButton(tr("St&op and Record"));
    m_stop->setObjectName(QStringLiteral("stopReceiver"));
    connect(m_start, &QPushButton::clicked, this, &OutboundTestDialog::startReceiver);
    connect(m_stop, &QPushButton::clicked, this, &OutboundTestDialog::stopReceiver);
    m_status = new QLabel(tr("Not running."));
    m_status->setObjectName(QStringLiteral("receiverStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_status, 1);

    m_instructions = new QPlainTextEdit;
    m_instructions->setObjectName(QStringLiteral("instructions"));
    m_instructions->setReadOnly(true);
    m_instructions->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_instructions->setPlaceholderText(tr("How to route the test domains from the relay appears here once the "
                                          "receiver listens."));
    m_sessionList = new QTreeWidget;
    m_sessionList->setObjectName(QStringLiteral("sessions"));
    m_sessionList->setRootIsDecorated(false);
    m_sessionList->setHeaderLabels({tr("#"), tr("From"), tr("EHLO"), tr("Scenario"), tr("TLS"), tr("SNI"),
                                    tr("Outcome")});
    m_verdicts = new QTreeWidget;
    m_verdicts->setObjectName(QStringLiteral("verdicts"));
    m_verdicts->setHeaderLabels({tr("Check"), tr("Result"), tr("Evidence")});
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_instructions);
    split->addWidget(m_sessionList);
    split->addWidget(m_verdicts);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    layout->addWidget(close);
    resize(900, 760);
    setRunningUi(false);
    if (m_relay->count() == 0) {
        m_start->setEnabled(false);
        m_status->setText(tr("No host of the workspace is an outbound relay: give one the role or an outbound "
                             "link first."));
    }
}

void OutboundTestDialog::setRunningUi(bool running)
{
    m_start->setEnabled(!running && m_relay->count() > 0);
    m_stop->setEnabled(running);
    for (QWidget *w : std::initializer_list<QWidget *>{m_relay, m_address, m_port, m_policy})
        w->setEnabled(!running);
    for (const auto &[scenario, box] : m_scenarios)
        box->setEnabled(!running);
}

void OutboundTestDialog::startReceiver()
{
    if (m_session)
        return;
    const QHostAddress address(m_address->text().trimmed());
    if (address.isNull()) {
        m_status->setText(tr("Listen on: '%1' is not an IP address.").arg(m_address->text()));
        return;
    }
    ReceiverOptions options;
    const Host *relay = m_workspace.host(m_relay->currentData().toString());
    options.hostName = QStringLiteral("mailtls-test.invalid");
    quint16 port = static_cast<quint16>(m_port->value());
    for (const auto &[scenario, box] : std::as_const(m_scenarios)) {
        if (box->isChecked())
            options.listeners.append({address.toString(), port++, scenario});
    }
    if (options.listeners.isEmpty()) {
        m_status->setText(tr("Choose at least one scenario."));
        return;
    }
    const DestinationPolicy policy =
        destinationPolicyFromKey(m_policy->currentData().toString()).value_or(DestinationPolicy::None);
    m_session = new OutboundTestSession(options, policy, this);
    m_sessionList->clear();
    m_verdicts->clear();
    m_instructions->clear();
    connect(m_session, &OutboundTestSession::started, this,
            [this, relay = relay ? *relay : Host{}](const QList<ReceiverListener> &listeners) {
                QStringList where;
                for (const ReceiverListener &l : listeners)
                    where << QStringLiteral("%1 (%2)").arg(l.toString(), receiverScenarioKey(l.scenario));
                m_status->setText(tr("Listening on %1. Waiting for the relay...").arg(where.join(QStringLiteral(", "))));
                m_instructions->setPlainText(outboundTestInstructions(relay, listeners).join(u'\n'));
            });
    connect(m_session, &OutboundTestSession::failed, this, [this](const QString &error) {
        m_status->setText(tr("The receiver could not start: %1").arg(error));
        m_session->deleteLater();
        m_session = nullptr;
        setRunningUi(false);
    });
    connect(m_session, &OutboundTestSession::sessionEnded, this, &OutboundTestDialog::addSession);
    connect(m_session, &OutboundTestSession::stopped, this, [this] {
        showVerdicts();
        const QList<ReceivedSession> sessions = m_session->sessions();
        const DestinationPolicy p = m_session->policy();
        QString status = tr("Stopped: %n session(s).", nullptr, static_cast<int>(sessions.size()));
        if (m_session->dropped() > 0)
            status += QLatin1Char(' ') + tr("%n more not kept (too many).", nullptr, m_session->dropped());
        if (m_session->refusedBusy() > 0)
            status += QLatin1Char(' ') +
                      tr("%n connection(s) refused: too many at once.", nullptr, m_session->refusedBusy());
        m_status->setText(status);
        m_session->deleteLater();
        m_session = nullptr;
        setRunningUi(false);
        if (!sessions.isEmpty())
            Q_EMIT recorded(sessions, p);
    });
    setRunningUi(true);
    m_status->setText(tr("Starting the receiver..."));
    m_session->start();
}

void OutboundTestDialog::stopReceiver()
{
    if (!m_session || !m_session->running())
        return;
    m_stop->setEnabled(false);
    m_status->setText(tr("Stopping..."));
    m_session->stop();
}

void OutboundTestDialog::addSession(const ReceivedSession &s)
{
    auto *item = new QTreeWidgetItem(m_sessionList);
    item->setText(0, QString::number(s.id));
    item->setText(1, s.clientAddress);
    item->setText(2, s.ehloName);
    item->setText(3, receiverScenarioKey(s.scenario));
    item->setText(4, sessionTls(s));
    item->setText(5, s.tls ? (s.tls->serverName.isEmpty() ? tr("none") : s.tls->serverName) : QString());
    item->setText(6, s.note.isEmpty() ? sessionEnd(s) : tr("%1 (%2)").arg(sessionEnd(s), s.note));
    if (!m_refresh->isActive())
        m_refresh->start();
}

void OutboundTestDialog::showVerdicts()
{
    if (!m_session)
        return;
    for (int c = 0; c < m_sessionList->columnCount(); ++c)
        m_sessionList->resizeColumnToContents(c);
    m_verdicts->clear();
    const RelayJudgement judged = judgeRelays(m_workspace, m_session->sessions(), m_session->policy());
    for (const QString &client : judged.unmatched)
        new QTreeWidgetItem(m_verdicts, {tr("%1: no host of the workspace, not recorded").arg(client)});
    for (const QString &client : judged.ignored)
        new QTreeWidgetItem(m_verdicts, {tr("%1: a relay's name from another address, ignored").arg(client)});
    for (const RelayVerdict &rv : judged.relays) {
        const OutboundVerdict &v = rv.verdict;
        auto *top = new QTreeWidgetItem(m_verdicts);
        top->setText(0, rv.byName ? tr("%1 from %2 (by its EHLO name only)").arg(rv.relay, v.clientAddress)
                                  : tr("%1 from %2").arg(rv.relay, v.clientAddress));
        top->setFirstColumnSpanned(true);
        for (const OutboundCheck &c : v.checks) {
            auto *item = new QTreeWidgetItem(top);
            item->setText(0, outboundCheckTitle(c.id));
            item->setText(1, !c.passed         ? tr("undecided")
                             : c.informational ? tr("noted")
                             : *c.passed       ? tr("pass")
                                               : tr("FAIL"));
            item->setText(2, c.evidence);
        }
    }
    m_verdicts->expandAll();
    m_verdicts->resizeColumnToContents(0);
}

void OutboundTestDialog::closeEvent(QCloseEvent *event)
{
    // Closing while the receiver runs stops it (off the GUI thread) and records what came.
    if (running())
        stopReceiver();
    event->accept();
}

} // namespace mailtls
