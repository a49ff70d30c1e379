#include "widgets/details/endpoint_details.h"

#include "app/evidence/link_state.h"
#include "app/models/observation_table_model.h"
#include "app/models/suite_table_model.h"
#include "widgets/details/detail_views.h"
#include "widgets/details/evidence_sections.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTabBar>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace mailtls {

namespace {

// Every label here may show what a server sent: never rich text.
QLabel *plainLabel(const QString &objectName, QWidget *parent = nullptr)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A label the keyboard reaches too (Tab stops there, then Shift+arrows select and Ctrl+C copies).
QLabel *focusableLabel(const QString &objectName)
{
    QLabel *label = plainLabel(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

void paintLabel(QLabel *label, Tint verdict)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::Window, tintBackground(verdict));
    palette.setColor(QPalette::WindowText, tintForeground(verdict));
    label->setPalette(palette);
    label->setAutoFillBackground(verdict != Tint::None);
}

Tint stateTint(LinkState state)
{
    switch (state) {
    case LinkState::StrongTls: return Tint::Good;
    case LinkState::WeakTls: return Tint::Poor;
    case LinkState::OptionalTls:
    case LinkState::Cleartext: return Tint::Bad;
    case LinkState::Unreachable:
    case LinkState::NotProbed: return Tint::Unknown;
    }
    return Tint::Unknown;
}

QTableView *makeTable(const QString &objectName)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    installCopyAction(view);
    return view;
}

} // namespace

EndpointDetails::EndpointDetails(QWidget *parent) : QWidget(parent)
{
    m_versions = new VersionTableModel(this);
    m_suites = new SuiteTableModel(this);
    m_observations = new ObservationTableModel(this);

    m_placeholder = plainLabel(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setText(tr("Select a host, a link or an endpoint\nto see what it answered."));
    m_placeholder->setEnabled(false); // drawn in the palette's disabled (muted) colour
    QFont big = m_placeholder->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_placeholder->setFont(big);

    auto *details = new QWidget;
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createHeader());
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->addTab(createVersionsTab(), QString());
    m_tabs->addTab(createSuitesTab(), QString());
    m_keyExchange = new PropertyTree;
    m_keyExchange->setObjectName(QStringLiteral("keyExchangeTree"));
    m_tabs->addTab(m_keyExchange, QString());
    m_certificate = new PropertyTree;
    m_certificate->setObjectName(QStringLiteral("certificateTree"));
    m_tabs->addTab(m_certificate, QString());
    m_credentials = new PropertyTree;
    m_credentials->setObjectName(QStringLiteral("credentialsTree"));
    m_tabs->addTab(m_credentials, QString());
    m_hygiene = new PropertyTree;
    m_hygiene->setObjectName(QStringLiteral("hygieneTree"));
    m_tabs->addTab(m_hygiene, QString());
    m_tabs->addTab(createTranscriptTab(), QString());
    m_tabs->addTab(createObservedTab(), QString());
    // The tab bar's scroll arrows would be Tab stops between the tabs and the page; arrows scroll already.
    for (QToolButton *arrow : m_tabs->tabBar()->findChildren<QToolButton *>())
        arrow->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_tabs, 1);

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(details);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    setTabOrder(m_tabs, m_versionView);
    clear();
}

QWidget *EndpointDetails::createHeader()
{
    auto *header = new QWidget;
    auto *grid = new QVBoxLayout(header);
    grid->setContentsMargins(8, 8, 8, 4);
    grid->setSpacing(4);

    m_title = focusableLabel(QStringLiteral("titleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_subtitle = plainLabel(QStringLiteral("subtitleLabel"));
    m_facts = plainLabel(QStringLiteral("factsLabel"));
    m_facts->setWordWrap(true);

    m_state = plainLabel(QStringLiteral("stateLabel"));
    m_state->setMargin(3);
    QFont stateFont = m_state->font();
    stateFont.setBold(true);
    m_state->setFont(stateFont);
    m_status = focusableLabel(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state);
    stateRow->addWidget(m_status, 1);

    m_reasons = focusableLabel(QStringLiteral("reasonsLabel"));
    m_reasons->setWordWrap(true);
    m_tlsRpt = focusableLabel(QStringLiteral("tlsRptLabel"));
    m_tlsRpt->setWordWrap(true);
    m_tlsRpt->hide();

    // Only for a name with several addresses: which address the tabs show.
    m_address = new QComboBox;
    m_address->setObjectName(QStringLiteral("addressBox"));
    m_address->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_addressLabel = new QLabel(tr("&Address:"));
    m_addressLabel->setTextFormat(Qt::PlainText);
    m_addressLabel->setBuddy(m_address);
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_addressLabel);
    addressRow->addWidget(m_address);
    addressRow->addStretch(1);
    connect(m_address, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            showAddress(index);
    });

    grid->addWidget(m_title);
    grid->addWidget(m_subtitle);
    grid->addWidget(m_facts);
    grid->addLayout(stateRow);
    grid->addWidget(m_reasons);
    grid->addWidget(m_tlsRpt);
    grid->addLayout(addressRow);
    return header;
}

QWidget *EndpointDetails::createVersionsTab()
{
    m_versionView = makeTable(QStringLiteral("versionView"));
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_versions);
    proxy->setSortRole(VersionTableModel::SortRole);
    m_versionView->setModel(proxy);
    auto *delegate = new RankDelegate(VersionTableModel::StrengthRankRole, this);
    m_versionView->setItemDelegateForColumn(VersionTableModel::StatusColumn, delegate);
    m_versionView->setItemDelegateForColumn(VersionTableModel::RatingColumn, delegate);
    m_versionView->setSortingEnabled(true);
    m_versionView->sortByColumn(VersionTableModel::VersionColumn, Qt::AscendingOrder);
    return m_versionView;
}

QWidget *EndpointDetails::createSuitesTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 0, 4, 0);
    m_suiteFilter = new QLineEdit;
    m_suiteFilter->setObjectName(QStringLiteral("suiteFilter"));
    m_suiteFilter->setPlaceholderText(tr("Filter suites (name, key exchange, cipher, strength...)"));
    m_suiteFilter->setClearButtonEnabled(true);
    bar->addWidget(m_suiteFilter, 1);
    // The legend: each class's tint next to its name, so colour never stands alone.
    bar->addSpacing(12);
    auto *legendTitle = new QLabel(tr("Strength:"));
    legendTitle->setTextFormat(Qt::PlainText);
    bar->addWidget(legendTitle);
    const struct
    {
        CipherStrength strength;
        QString meaning;
    } legend[] = {
        {CipherStrength::Insecure,
         tr("Broken: SSL 2.0, export, NULL, anonymous, RC4, under 112 bits, 64-bit blocks or an MD5 MAC")},
        {CipherStrength::Weak, tr("No forward secrecy: recorded traffic opens with the server's key")},
        {CipherStrength::Secure, tr("Forward secrecy without AEAD (CBC with a MAC, or an 8-byte tag)")},
        {CipherStrength::Recommended, tr("Forward secrecy and AEAD (GCM, CCM, ChaCha20-Poly1305)")},
    };
    for (const auto &entry : legend) {
        auto *swatch = new QLabel(cipherStrengthLabel(entry.strength));
        swatch->setTextFormat(Qt::PlainText);
        swatch->setMargin(2);
        swatch->setToolTip(plainToolTip(entry.meaning));
        paintLabel(swatch, tintForStrengthRank(cipherStrengthRank(entry.strength)));
        bar->addWidget(swatch);
    }
    layout->addLayout(bar);

    m_suiteProxy = new QSortFilterProxyModel(this);
    m_suiteProxy->setSourceModel(m_suites);
    m_suiteProxy->setSortRole(SuiteTableModel::SortRole);
    m_suiteProxy->setFilterKeyColumn(-1);
    m_suiteProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_suiteFilter, &QLineEdit::textChanged, m_suiteProxy, [this](const QString &text) {
        m_suiteProxy->setFilterFixedString(text);
        updateTabTitles();
    });
    m_suiteView = makeTable(QStringLiteral("suiteView"));
    m_suiteView->setModel(m_suiteProxy);
    m_suiteView->setItemDelegateForColumn(SuiteTableModel::StrengthColumn,
                                          new RankDelegate(SuiteTableModel::StrengthRankRole, this));
    m_suiteView->setSortingEnabled(true);
    m_suiteView->sortByColumn(SuiteTableModel::OrderColumn, Qt::AscendingOrder);
    layout->addWidget(m_suiteView, 1);
    return page;
}

QWidget *EndpointDetails::createTranscriptTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    m_transcriptNote = plainLabel(QStringLiteral("transcriptNote"));
    m_transcriptNote->setContentsMargins(4, 0, 4, 0);
    m_transcript = new QPlainTextEdit;
    m_transcript->setObjectName(QStringLiteral("transcript"));
    m_transcript->setReadOnly(true);
    m_transcript->setUndoRedoEnabled(false);
    m_transcript->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_transcript->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcript->setTabChangesFocus(true);
    layout->addWidget(m_transcriptNote);
    layout->addWidget(m_transcript, 1);
    return page;
}

QWidget *EndpointDetails::createObservedTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    m_observedNote = plainLabel(QStringLiteral("observedNote"));
    m_observedNote->setContentsMargins(4, 0, 4, 0);
    m_observedNote->setWordWrap(true);
    m_observedView = makeTable(QStringLiteral("observedView"));
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_observations);
    proxy->setSortRole(ObservationTableModel::SortRole);
    m_observedView->setModel(proxy);
    m_observedView->setItemDelegateForColumn(
        ObservationTableModel::TransportColumn,
        new FlagDelegate(ObservationTableModel::CleartextRole, Tint::Bad, this));
    m_observedView->setSortingEnabled(true);
    m_observedView->sortByColumn(ObservationTableModel::LastSeenColumn, Qt::DescendingOrder);
    layout->addWidget(m_observedNote);
    layout->addWidget(m_observedView, 1);
    return page;
}

void EndpointDetails::clear()
{
    m_versions->clear();
    m_suites->clear();
    m_keyExchange->clear();
    m_certificate->clear();
    m_credentials->clear();
    m_hygiene->clear();
    m_transcript->clear();
    m_transcriptLines = 0;
    m_observations->clear();
    m_result.reset();
    setTlsRpt({});
    {
        const QSignalBlocker quiet(m_address);
        m_address->clear();
    }
    m_address->hide();
    m_addressLabel->hide();
    m_stack->setCurrentWidget(m_placeholder);
}

void EndpointDetails::setTlsRpt(const QStringList &lines, bool failures)
{
    m_tlsRpt->setText(lines.join(QLatin1Char('\n')));
    QFont font = m_tlsRpt->font();
    font.setBold(failures);
    m_tlsRpt->setFont(font);
    m_tlsRpt->setVisible(!lines.isEmpty());
}

bool EndpointDetails::hasEndpoint() const
{
    return m_stack->currentWidget() != m_placeholder;
}

void EndpointDetails::setEndpoint(const QString &ref, const EndpointResult *result,
                                  const QList<Observation> &observations)
{
    clear();
    showHeader(ref, result, observations);
    if (result) {
        m_result = *result;
        const QList<const EndpointResult *> addresses = m_result->addressResults();
        if (addresses.size() > 1) {
            const QSignalBlocker quiet(m_address);
            for (const EndpointResult *a : addresses) {
                EndpointResult alone = *a;
                alone.otherAddresses.clear();
                m_address->addItem(
                    QStringLiteral("%1 (%2)").arg(a->address, linkStateLabel(assessEndpoint(alone).state)));
            }
            m_address->setCurrentIndex(0);
        }
        m_address->setVisible(addresses.size() > 1);
        m_addressLabel->setVisible(addresses.size() > 1);
        showAddress(0);
    }
    showObservations(observations);
    for (int tab = VersionsTab; tab < ObservedTab; ++tab)
        m_tabs->setTabEnabled(tab, result != nullptr);
    if (!result)
        m_tabs->setCurrentIndex(ObservedTab);
    updateTabTitles();
    m_stack->setCurrentIndex(1);
}

void EndpointDetails::showAddress(int index)
{
    if (!m_result)
        return;
    const QList<const EndpointResult *> addresses = m_result->addressResults();
    const EndpointResult &shown = *addresses.at(std::clamp<qsizetype>(index, 0, addresses.size() - 1));
    m_versions->setResult(shown);
    m_suites->setResult(shown);
    m_keyExchange->clear();
    m_certificate->clear();
    m_credentials->clear();
    m_hygiene->clear();
    showKeyExchange(m_keyExchange, shown);
    showCertificate(m_certificate, shown);
    showCredentials(m_credentials, shown);
    showHygiene(m_hygiene, shown);
    showTranscript(shown);
    showFacts(shown);
    m_versionView->resizeColumnsToContents();
    m_suiteView->resizeColumnsToContents();
    updateTabTitles();
}

// At a glance, of the address shown: what answered, what a client gets, until when the certificate holds.
void EndpointDetails::showFacts(const EndpointResult &shown)
{
    QStringList facts;
    if (!shown.cleartext.software.isEmpty())
        facts << shown.cleartext.software;
    if (const auto &n = shown.negotiated; n && !n->error && !n->cipher.isEmpty())
        facts << (n->group.isEmpty() ? tr("negotiates %1 with %2").arg(tlsVersionName(n->version), n->cipher)
                                     : tr("negotiates %1 with %2 over %3")
                                           .arg(tlsVersionName(n->version), n->cipher, n->group));
    if (shown.certificate && shown.certificate->notAfter.isValid()) {
        const QString date = shown.certificate->notAfter.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
        facts << (shown.certificate->expired ? tr("certificate expired %1").arg(date)
                                             : tr("certificate valid until %1").arg(date));
    }
    m_facts->setText(facts.join(QStringLiteral("  \u00b7  ")));
    m_facts->setVisible(!facts.isEmpty());
}

void EndpointDetails::showHeader(const QString &ref, const EndpointResult *result,
                                 const QList<Observation> &observations)
{
    const LinkAssessment assessment = assessLink(result, observations);
    QStringList subtitle{ref};
    if (result) {
        m_title->setText(result->target.url());
        if (!result->target.serverName.isEmpty() && result->target.serverName != result->target.host)
            subtitle << tr("server name %1").arg(result->target.serverName);
        // Every address's connections; the addresses run side by side, so the longest is the time.
        int connections = 0;
        qint64 durationMs = 0;
        for (const EndpointResult *a : result->addressResults()) {
            connections += a->connections;
            durationMs = std::max(durationMs, a->durationMs);
        }
        subtitle << tr("%n connection(s) in %1 s", nullptr, connections)
                        .arg(QLocale().toString(double(durationMs) / 1000.0, 'f', 1));
        QString status = tr("Probe: %1").arg(probeStatusLabel(result->status));
        if (!result->error.isEmpty())
            status += QStringLiteral(" - ") + result->error;
        if (!result->otherAddresses.empty()) {
            QStringList each;
            for (const EndpointResult *a : result->addressResults())
                each << QStringLiteral("%1 %2").arg(a->address, probeStatusLabel(a->status));
            status = tr("Probe of %n address(es): %1", nullptr, static_cast<int>(each.size()))
                         .arg(each.join(QStringLiteral("; ")));
        }
        m_status->setText(status);
    } else {
        m_title->setText(ref);
        m_status->setText(tr("Not probed yet"));
    }
    m_facts->clear();
    m_facts->hide(); // showAddress() fills it
    if (!result)
        subtitle.removeFirst(); // the title already is the reference
    m_subtitle->setText(subtitle.join(QStringLiteral("  \u00b7  ")));
    m_subtitle->setVisible(!subtitle.isEmpty());
    QString state = linkStateLabel(assessment.state);
    if (assessment.incomplete)
        state = tr("%1 (incomplete)").arg(state);
    m_state->setText(state);
    m_state->setToolTip(assessment.incomplete
                            ? plainToolTip(tr("Some evidence is missing: the state may be better than the truth."))
                            : QString());
    paintLabel(m_state, stateTint(assessment.state));
    QStringList reasons;
    for (const QString &reason : assessment.reasonTexts)
        reasons << QStringLiteral("\u2022 ") + reason;
    m_reasons->setText(reasons.join(QLatin1Char('\n')));
    m_reasons->setVisible(!reasons.isEmpty());
}

void EndpointDetails::showTranscript(const EndpointResult &result)
{
    const QList<TranscriptLine> &lines = result.transcript.lines();
    QString text = result.transcript.toText();
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1); // one block per line, none empty at the end
    m_transcript->setPlainText(text);
    m_transcriptLines = static_cast<int>(lines.size());
    // Tint what the auditor sent, so that the server's side reads apart.
    // Notes halfway between the text and the background: read as asides, still legible.
    const QColor ink = m_transcript->palette().color(QPalette::Text);
    const QColor base = m_transcript->palette().color(QPalette::Base);
    const QColor noteColour((ink.red() * 55 + base.red() * 45) / 100, (ink.green() * 55 + base.green() * 45) / 100,
                            (ink.blue() * 55 + base.blue() * 45) / 100);
    QList<QTextEdit::ExtraSelection> marks;
    QTextBlock block = m_transcript->document()->firstBlock();
    for (const TranscriptLine &line : lines) {
        if (!block.isValid())
            break;
        if (line.direction != TranscriptLine::Direction::Server) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(block);
            mark.format.setProperty(QTextFormat::FullWidthSelection, true);
            if (line.direction == TranscriptLine::Direction::Client) {
                // A light tint: its own dark ink, or a dark palette's light text would vanish on it.
                mark.format.setBackground(tintBackground(Tint::Fair).lighter(110));
                mark.format.setForeground(tintForeground(Tint::Fair));
            } else {
                mark.format.setForeground(noteColour);
            }
            marks.append(mark);
        }
        // A line may hold several text lines only if it was cut; blocks follow lines one to one.
        block = block.next();
    }
    m_transcript->setExtraSelections(marks);
    QString note = tr("C: sent by the auditor    S: sent by the server    indented: the auditor's notes");
    if (result.transcript.truncated())
        note += QStringLiteral("    ") + tr("(cut at %1 KiB)").arg(Transcript::kMaxBytes / 1024);
    m_transcriptNote->setText(note);
}

void EndpointDetails::showObservations(const QList<Observation> &observations)
{
    m_observations->setObservations(observations);
    m_observedNote->setText(observations.isEmpty()
                                ? tr("No real message seen on this hop yet: import Received: headers "
                                     "(mailtls-auditor path --record) to see what mail actually used.")
                                : tr("What real messages used on this hop, from their Received: headers."));
    m_observedView->resizeColumnsToContents();
}

void EndpointDetails::updateTabTitles()
{
    const int suites = m_suites->rowCount();
    const int shown = m_suiteProxy->rowCount();
    m_tabs->setTabText(VersionsTab, tr("Versions"));
    m_tabs->setTabText(SuitesTab, shown == suites ? tr("Cipher suites (%1)").arg(suites)
                                                  : tr("Cipher suites (%1 of %2)").arg(shown).arg(suites));
    m_tabs->setTabText(KeyExchangeTab, tr("Key exchange"));
    m_tabs->setTabText(CertificateTab, tr("Certificate"));
    m_tabs->setTabText(CredentialsTab, tr("Credentials"));
    m_tabs->setTabText(HygieneTab, tr("Hygiene"));
    m_tabs->setTabText(TranscriptTab, tr("Transcript (%1)").arg(m_transcriptLines));
    m_tabs->setTabText(ObservedTab, tr("Observed (%1)").arg(m_observations->rowCount()));
}

} // namespace mailtls
