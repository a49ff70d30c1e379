#pragma once

// qcustomplot.h uses Qt's keywords (signals, slots, emit, foreach), which
// the project turns off (QT_NO_KEYWORDS): they are defined around it only.

#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
