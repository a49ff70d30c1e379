#include "app/report/report_look.h"

namespace mailtls {

namespace {

// Okabe & Ito (2008), "Color Universal Design".
constexpr QRgb kBluishGreen = 0x009E73;
constexpr QRgb kOrange = 0xE69F00;
constexpr QRgb kReddishPurple = 0xCC79A7;
constexpr QRgb kVermillion = 0xD55E00;

} // namespace

QColor linkStateColor(LinkState state, bool dark)
{
    switch (state) {
    case LinkState::StrongTls:
        return QColor(kBluishGreen);
    case LinkState::WeakTls:
        return QColor(kOrange);
    case LinkState::OptionalTls:
        return QColor(kReddishPurple);
    case LinkState::Cleartext:
        return QColor(kVermillion);
    case LinkState::Unreachable:
        return dark ? QColor(0xD0, 0xD0, 0xD0) : QColor(0x30, 0x30, 0x30);
    case LinkState::NotProbed:
        return dark ? QColor(0x70, 0x70, 0x70) : QColor(0xB8, 0xB8, 0xB8);
    }
    Q_UNREACHABLE();
}

Qt::PenStyle linkStateLine(LinkState state)
{
    switch (state) {
    case LinkState::Cleartext:
        return Qt::DashLine;
    case LinkState::Unreachable:
        return Qt::DotLine;
    case LinkState::OptionalTls:
        return Qt::DashDotLine;
    default:
        return Qt::SolidLine;
    }
}

qreal linkStateWidth(LinkState state)
{
    switch (state) {
    case LinkState::NotProbed:
        return 1.5;
    case LinkState::StrongTls:
        return 2.5;
    default:
        return 3.0;
    }
}

} // namespace mailtls
