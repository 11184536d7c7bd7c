/* kr-overview.h: a read-only page showing a whole journey
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kr-model.h"

G_BEGIN_DECLS

#define KR_TYPE_OVERVIEW (kr_overview_get_type ())
G_DECLARE_FINAL_TYPE (KrOverview, kr_overview, KR, OVERVIEW, GtkWidget)

GtkWidget *kr_overview_new         (void);
KrJourney *kr_overview_get_journey (KrOverview *self);
void       kr_overview_set_journey (KrOverview *self,
                                    KrJourney  *journey);

G_END_DECLS
