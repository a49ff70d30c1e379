#include "widgets/window/welcome_page.h"

#include <QCommandLinkButton>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace mailtls {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;

QCommandLinkButton *choice(const QString &title, const QString &description, const char *name)
{
    auto *button = new QCommandLinkButton(title, description);
    button->setObjectName(QString::fromLatin1(name));
    return button;
}

// A heading in the window's font, larger and bold: it follows the palette and the scale.
QLabel *heading(const QString &text, qreal scale)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent), m_recent(new QListWidget), m_noRecent(new QLabel(tr("No recent workspaces.")))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = heading(tr("MailTLS Auditor"), 1.8);
    auto *intro = new QLabel(tr("Audit a mail network against the M3AAWG measures: TLS on every MTA hop "
                                "and internal link, and no password in cleartext. Start with the demo "
                                "network, or describe your own."));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto *demo = choice(tr("Open the Demo Network"),
                        tr("Kumo Trading, the bundled example: MX hosts, relays, stores and access "
                           "services."),
                        "welcomeDemo");
    auto *create = choice(tr("New Workspace"), tr("An empty inventory: add hosts and links by hand."),
                          "welcomeNew");
    auto *open = choice(tr("Open Workspace..."), tr("A workspace file saved before (.json)."),
                        "welcomeOpen");
    auto *csv = choice(tr("Import Hosts from CSV..."), tr("Into a new workspace."), "welcomeCsv");
    auto *nmap = choice(tr("Import Hosts from nmap XML..."), tr("Into a new workspace."), "welcomeNmap");
    auto *dns = choice(tr("Import Hosts from DNS..."),
                       tr("MX and mail SRV records of a domain, into a new workspace."), "welcomeDns");
    connect(demo, &QAbstractButton::clicked, this, &WelcomePage::demoRequested);
    connect(create, &QAbstractButton::clicked, this, &WelcomePage::newRequested);
    connect(open, &QAbstractButton::clicked, this, &WelcomePage::openRequested);
    connect(csv, &QAbstractButton::clicked, this, [this] { Q_EMIT importRequested(Import::Csv); });
    connect(nmap, &QAbstractButton::clicked, this, [this] { Q_EMIT importRequested(Import::Nmap); });
    connect(dns, &QAbstractButton::clicked, this, [this] { Q_EMIT importRequested(Import::Dns); });

    auto *start = new QVBoxLayout;
    start->addWidget(heading(tr("Start"), 1.2));
    for (QWidget *w : {demo, create, open})
        start->addWidget(w);
    start->addSpacing(start->spacing() * 2);
    start->addWidget(heading(tr("Import"), 1.2));
    for (QWidget *w : {csv, nmap, dns})
        start->addWidget(w);
    start->addStretch();

    m_recent->setObjectName(QStringLiteral("welcomeRecent"));
    m_recent->setTextElideMode(Qt::ElideMiddle);
    m_recent->setUniformItemSizes(true);
    // Double-click or Enter, as in any list (a single click only selects).
    connect(m_recent, &QListWidget::itemActivated, this, &WelcomePage::openRecent);
    m_noRecent->setEnabled(false); // the palette's disabled text: readable in light and dark
    auto *recent = new QVBoxLayout;
    recent->addWidget(heading(tr("Recent Workspaces"), 1.2));
    recent->addWidget(m_noRecent);
    recent->addWidget(m_recent, 1);
    recent->addStretch(); // keeps the label under its heading while the list is hidden

    auto *columns = new QHBoxLayout;
    columns->addLayout(start, 1);
    columns->addSpacing(fontMetrics().averageCharWidth() * 4);
    columns->addLayout(recent, 1);

    // The content keeps a readable width in the middle of a wide window.
    auto *content = new QWidget;
    content->setMaximumWidth(fontMetrics().averageCharWidth() * 150);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(fontMetrics().height());
    layout->addLayout(columns, 1);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch();
    outer->addWidget(content, 10);
    outer->addStretch();
    setRecent({});
}

void WelcomePage::setRecent(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        // The file name first, the folder after it: the name is what the user looks for.
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(info.fileName(), info.path()));
        item->setData(kPathRole, path);
        item->setToolTip(path);
        m_recent->addItem(item);
    }
    m_recent->setVisible(!paths.isEmpty());
    m_noRecent->setVisible(paths.isEmpty());
}

void WelcomePage::openRecent(QListWidgetItem *item)
{
    if (item)
        Q_EMIT recentChosen(item->data(kPathRole).toString());
}

} // namespace mailtls
