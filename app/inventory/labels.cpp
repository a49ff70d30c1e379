#include "app/inventory/labels.h"

#include <QCoreApplication>

namespace mailtls {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Labels)
};
} // namespace

QString hostRoleLabel(HostRole role)
{
    switch (role) {
    case HostRole::InboundMx: return Tr::tr("Inbound MX");
    case HostRole::OutboundRelay: return Tr::tr("Outbound relay");
    case HostRole::InternalRelay: return Tr::tr("Internal relay");
    case HostRole::Filter: return Tr::tr("Filter");
    case HostRole::MailStore: return Tr::tr("Mail store");
    case HostRole::Submission: return Tr::tr("Submission");
    case HostRole::Access: return Tr::tr("IMAP/POP access");
    case HostRole::Webmail: return Tr::tr("Webmail");
    case HostRole::Directory: return Tr::tr("Directory");
    }
    Q_UNREACHABLE();
}

QString linkKindLabel(LinkKind kind)
{
    switch (kind) {
    case LinkKind::InternetInbound: return Tr::tr("Internet to MX");
    case LinkKind::Outbound: return Tr::tr("Outbound to Internet");
    case LinkKind::InternalRelay: return Tr::tr("Internal relay");
    case LinkKind::Delivery: return Tr::tr("Delivery to store");
    case LinkKind::Directory: return Tr::tr("Directory lookup");
    case LinkKind::UserSubmission: return Tr::tr("User submission");
    case LinkKind::UserAccess: return Tr::tr("User mail access");
    case LinkKind::UserWebmail: return Tr::tr("User webmail");
    }
    Q_UNREACHABLE();
}

QString zoneLabel(Zone zone)
{
    switch (zone) {
    case Zone::Internal: return Tr::tr("Internal");
    case Zone::External: return Tr::tr("External");
    }
    Q_UNREACHABLE();
}

int measureForLinkKind(LinkKind kind)
{
    switch (kind) {
    case LinkKind::InternetInbound:
    case LinkKind::Outbound: return 1;
    case LinkKind::InternalRelay:
    case LinkKind::Delivery:
    case LinkKind::Directory: return 2;
    case LinkKind::UserSubmission:
    case LinkKind::UserAccess:
    case LinkKind::UserWebmail: return 3;
    }
    Q_UNREACHABLE();
}

} // namespace mailtls
