#pragma once

// The details of one endpoint (or the link that reaches it), for the window:
// a header with the URL, the probe's status and the link state with its
// reasons, then one tab per kind of evidence: versions, cipher suites,
// key exchange, certificate, credentials before TLS, the TLS hygiene checks,
// the dialogue's transcript and what real messages used. A name with several addresses gets
// an address chooser in the header: the state is the endpoint's (its weakest
// address), the tabs show the address chosen. Presentation only: the state comes
// from link_state, the tables from suite_table_model. Every string a server
// sent is shown literally (plain-text labels, item views, a plain-text editor).

#include "app/inventory/workspace.h"
#include "probes/endpoint_probe.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace mailtls {

class ObservationTableModel;
class PropertyTree;
class SuiteTableModel;
class VersionTableModel;

class EndpointDetails : public QWidget
{
    Q_OBJECT
public:
    // The tabs, in order (also their indexes).
    enum Tab {
        VersionsTab,
        SuitesTab,
        KeyExchangeTab,
        CertificateTab,
        CredentialsTab,
        HygieneTab,
        TranscriptTab,
        ObservedTab
    };

    explicit EndpointDetails(QWidget *parent = nullptr);

    // ref names the endpoint or link ("mx2/smtp:2525", "internet->mx2/smtp");
    // result: its latest probe, nullptr when it was never probed; observations:
    // what real messages showed on the link(s) that cross it. The result is
    // copied: the pointer need not outlive the call.
    void setEndpoint(const QString &ref, const EndpointResult *result, const QList<Observation> &observations);
    // What TLS-RPT reports say of the endpoint's MX host (tlsRptDetailLines), under the state;
    // failures: sessions failed, shown in bold. Empty lines hide it. Kept until the next call or clear().
    void setTlsRpt(const QStringList &lines, bool failures = false);
    // Nothing selected: "Not probed yet" and nothing else.
    void clear();

    bool hasEndpoint() const;

private:
    QWidget *createHeader();
    QWidget *createVersionsTab();
    QWidget *createSuitesTab();
    QWidget *createTranscriptTab();
    QWidget *createObservedTab();

    void showHeader(const QString &ref, const EndpointResult *result, const QList<Observation> &observations);
    // The tabs of one address's result (index into addressResults()).
    void showAddress(int index);
    void showFacts(const EndpointResult &shown);
    void showTranscript(const EndpointResult &result);
    void showObservations(const QList<Observation> &observations);
    void updateTabTitles();

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_reasons = nullptr;
    QLabel *m_tlsRpt = nullptr;
    QLabel *m_addressLabel = nullptr;
    QComboBox *m_address = nullptr;
    std::optional<EndpointResult> m_result; // the endpoint shown, with all its addresses

    QTabWidget *m_tabs = nullptr;
    VersionTableModel *m_versions = nullptr;
    QTableView *m_versionView = nullptr;
    SuiteTableModel *m_suites = nullptr;
    QSortFilterProxyModel *m_suiteProxy = nullptr;
    QTableView *m_suiteView = nullptr;
    QLineEdit *m_suiteFilter = nullptr;
    PropertyTree *m_keyExchange = nullptr;
    PropertyTree *m_certificate = nullptr;
    PropertyTree *m_credentials = nullptr;
    PropertyTree *m_hygiene = nullptr;
    QPlainTextEdit *m_transcript = nullptr;
    QLabel *m_transcriptNote = nullptr;
    int m_transcriptLines = 0;
    ObservationTableModel *m_observations = nullptr;
    QTableView *m_observedView = nullptr;
    QLabel *m_observedNote = nullptr;
};

} // namespace mailtls
