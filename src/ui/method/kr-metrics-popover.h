/* kr-metrics-popover.h: a phase's customer-experience measures
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kr-model.h"

G_BEGIN_DECLS

#define KR_TYPE_METRICS_POPOVER (kr_metrics_popover_get_type ())
G_DECLARE_FINAL_TYPE (KrMetricsPopover, kr_metrics_popover, KR, METRICS_POPOVER, GtkPopover)

GtkWidget *kr_metrics_popover_new       (void);
/* The phase shown, and where its changes go; NULL to let go. */
void       kr_metrics_popover_set_phase (KrMetricsPopover *self,
                                         KrPhase          *phase,
                                         KrHistory        *history);
KrPhase   *kr_metrics_popover_get_phase (KrMetricsPopover *self);
/* The entry of one measure, for tests. */
GtkWidget *kr_metrics_popover_get_row   (KrMetricsPopover *self,
                                         KrMetric          metric);
/* Parses a measure as typed, with a decimal point or comma: FALSE for
 * what is no number or lies outside the measure's range. Empty is NAN. */
gboolean   kr_metrics_parse             (KrMetric          metric,
                                         const char       *text,
                                         double           *value);

G_END_DECLS
