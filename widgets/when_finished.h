#pragma once

// The window's continuations: see app/core/when_finished.h (shared with the audit session).

#include "app/core/when_finished.h"
