/* kr-coach-panel.h: the six steps of the method, and what each still asks
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kr-model.h"

G_BEGIN_DECLS

#define KR_TYPE_COACH_PANEL (kr_coach_panel_get_type ())
G_DECLARE_FINAL_TYPE (KrCoachPanel, kr_coach_panel, KR, COACH_PANEL, AdwBin)

GtkWidget *kr_coach_panel_new            (void);
void       kr_coach_panel_set_journey    (KrCoachPanel *self,
                                          KrJourney    *journey);
/* How many findings the list shows. */
guint      kr_coach_panel_get_n_findings (KrCoachPanel *self);

G_END_DECLS
