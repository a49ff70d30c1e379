#pragma once

// How a link state looks wherever it is drawn (the window's path map, the
// report's map and charts): a colour from the Okabe-Ito palette, which
// readers with the common colour vision deficiencies tell apart, and a line
// style that says the same again (cleartext dashed, unreachable dotted,
// optional TLS dash-dotted), so a greyscale print still reads.

#include "app/evidence/link_state.h"

#include <QColor>

namespace mailtls {

QColor linkStateColor(LinkState state, bool dark = false);
Qt::PenStyle linkStateLine(LinkState state);
qreal linkStateWidth(LinkState state); // problems drawn wider than strong TLS

} // namespace mailtls
