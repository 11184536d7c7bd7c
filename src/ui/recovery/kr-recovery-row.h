/* kr-recovery-row.h: one recovered journey, with what can be done with it
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kr-recovery-offer.h"

G_BEGIN_DECLS

#define KR_TYPE_RECOVERY_ROW (kr_recovery_row_get_type ())
G_DECLARE_FINAL_TYPE (KrRecoveryRow, kr_recovery_row, KR, RECOVERY_ROW, GtkListBoxRow)

GtkWidget      *kr_recovery_row_new       (KrRecoveryItem *item);
KrRecoveryItem *kr_recovery_row_get_item  (KrRecoveryRow  *self);
/* Whether the differences with the saved file are read and shown. */
gboolean        kr_recovery_row_get_compared (KrRecoveryRow *self);

/* How a copy's time and place read, for the row and its window. */
char           *kr_recovery_describe_time  (GDateTime      *when,
                                            GDateTime      *now);
char           *kr_recovery_describe_place (GFile          *original);
/* One line of a journey change, translated. */
char           *kr_recovery_describe_change (const KrJourneyChange *change);

G_END_DECLS
