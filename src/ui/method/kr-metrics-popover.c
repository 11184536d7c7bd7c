/* kr-metrics-popover.c: a phase's customer-experience measures
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The method's glossary names three measures a phase may carry: customer
 * effort (CES) and satisfaction (CSAT) on scales of 1 to 5 or 1 to 7, and
 * the Net Promoter Score, promoters minus detractors in per cent. Each is
 * typed as a number, with the decimal comma a Dutch keyboard gives or a
 * point; what is no number is marked and not taken. The phase follows
 * every key, and the typing of one visit is one step.
 */
#define G_LOG_DOMAIN "kr-metrics-popover"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "kr-metrics-popover.h"

struct _KrMetricsPopover
{
  GtkPopover  parent_instance;

  /* Template children */
  GtkLabel   *heading;
  GtkWidget  *ces_row;
  GtkWidget  *csat_row;
  GtkWidget  *nps_row;

  KrPhase    *phase;
  KrHistory  *history;
  gboolean    syncing;
};

G_DEFINE_FINAL_TYPE (KrMetricsPopover, kr_metrics_popover, GTK_TYPE_POPOVER)

static GtkWidget *
row_of (KrMetricsPopover *self,
        KrMetric          metric)
{
  switch (metric)
    {
    case KR_METRIC_CES:
      return self->ces_row;
    case KR_METRIC_CSAT:
      return self->csat_row;
    case KR_METRIC_NPS:
    default:
      return self->nps_row;
    }
}

gboolean
kr_metrics_parse (KrMetric    metric,
                  const char *text,
                  double     *value)
{
  g_autofree char *number = g_strstrip (g_strdup (text != NULL ? text : ""));
  char *end;
  double min, max, parsed;

  if (number[0] == '\0')
    {
      *value = NAN;
      return TRUE;
    }

  /* A minus sign typed as the typographic one, or as a hyphen. */
  if (g_str_has_prefix (number, "−"))
    {
      char *ascii = g_strconcat ("-", number + strlen ("−"), NULL);
      g_free (number);
      number = ascii;
    }
  g_strdelimit (number, ",", '.');
  parsed = g_ascii_strtod (number, &end);
  if (end == number || *end != '\0' || !isfinite (parsed))
    return FALSE;

  kr_metric_get_range (metric, &min, &max);
  if (parsed < min || parsed > max)
    return FALSE;

  *value = parsed;
  return TRUE;
}

static char *
format_value (double value)
{
  /* In the user's own way of writing numbers: 3,5 in Dutch. */
  return g_strdup_printf ("%g", value);
}

static void
sync_rows (KrMetricsPopover *self)
{
  if (self->phase == NULL)
    return;

  self->syncing = TRUE;
  for (KrMetric metric = 0; metric < KR_N_METRICS; metric++)
    {
      GtkWidget *row = row_of (self, metric);
      const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
      double typed;
      g_autofree char *shown = NULL;

      /* What stands there already means the same: leave the typing be. */
      if (kr_metrics_parse (metric, text, &typed) &&
          (isnan (typed) ? !kr_phase_get_has_metric (self->phase, metric)
                         : kr_phase_get_has_metric (self->phase, metric) &&
                             kr_phase_get_metric (self->phase, metric) == typed))
        continue;

      if (kr_phase_get_has_metric (self->phase, metric))
        shown = format_value (kr_phase_get_metric (self->phase, metric));
      gtk_editable_set_text (GTK_EDITABLE (row), shown != NULL ? shown : "");
      gtk_widget_remove_css_class (row, "error");
    }
  self->syncing = FALSE;
}

static void
row_changed_cb (GtkEditable      *row,
                KrMetricsPopover *self)
{
  KrMetric metric = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "metric"));
  g_autofree char *has_property = NULL;
  double value;
  gboolean has;

  if (self->syncing || self->phase == NULL || self->history == NULL)
    return;

  if (!kr_metrics_parse (metric, gtk_editable_get_text (row), &value))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");

  has = !isnan (value);
  if (has == kr_phase_get_has_metric (self->phase, metric) &&
      (!has || value == kr_phase_get_metric (self->phase, metric)))
    return;

  /* Both properties every time, so that the keys of one visit are one
   * step (kr_history_push_merging). */
  has_property = g_strconcat ("has-", kr_metric_to_key (metric), NULL);
  kr_history_push_merging (self->history,
                           kr_set_command_new (self->phase, _("Change Metrics"),
                                               has_property, has,
                                               kr_metric_to_key (metric),
                                               has ? value : kr_phase_get_metric (self->phase,
                                                                                  metric),
                                               NULL),
                           row);
}

static void
row_leave_cb (GtkEventControllerFocus *controller,
              KrMetricsPopover        *self)
{
  if (self->history != NULL)
    kr_history_stop_merging (self->history);
  /* What was not a number goes back to what the phase has. */
  sync_rows (self);
}

static void
phase_notify_cb (KrMetricsPopover *self)
{
  g_autofree char *title = NULL;

  /* TRANSLATORS: the heading of a phase's measures, with its title */
  title = g_strdup_printf (_("Measures of “%s”"), kr_phase_get_title (self->phase));
  gtk_label_set_label (self->heading, title);
  sync_rows (self);
}

static void
closed_cb (KrMetricsPopover *self)
{
  if (self->history != NULL)
    kr_history_stop_merging (self->history);
}

static void
kr_metrics_popover_dispose (GObject *object)
{
  KrMetricsPopover *self = KR_METRICS_POPOVER (object);

  kr_metrics_popover_set_phase (self, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KR_TYPE_METRICS_POPOVER);

  G_OBJECT_CLASS (kr_metrics_popover_parent_class)->dispose (object);
}

static void
kr_metrics_popover_class_init (KrMetricsPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_metrics_popover_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/klantreis/Klantreis/kr-metrics-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, KrMetricsPopover, heading);
  gtk_widget_class_bind_template_child (widget_class, KrMetricsPopover, ces_row);
  gtk_widget_class_bind_template_child (widget_class, KrMetricsPopover, csat_row);
  gtk_widget_class_bind_template_child (widget_class, KrMetricsPopover, nps_row);
}

static void
kr_metrics_popover_init (KrMetricsPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (KrMetric metric = 0; metric < KR_N_METRICS; metric++)
    {
      GtkWidget *row = row_of (self, metric);
      GtkEventController *controller = gtk_event_controller_focus_new ();

      g_object_set_data (G_OBJECT (row), "metric", GUINT_TO_POINTER (metric));
      g_signal_connect (row, "changed", G_CALLBACK (row_changed_cb), self);
      g_signal_connect (controller, "leave", G_CALLBACK (row_leave_cb), self);
      gtk_widget_add_controller (row, controller);
    }
  g_signal_connect (self, "closed", G_CALLBACK (closed_cb), NULL);
}

GtkWidget *
kr_metrics_popover_new (void)
{
  return g_object_new (KR_TYPE_METRICS_POPOVER, NULL);
}

void
kr_metrics_popover_set_phase (KrMetricsPopover *self,
                              KrPhase          *phase,
                              KrHistory        *history)
{
  g_return_if_fail (KR_IS_METRICS_POPOVER (self));

  if (self->phase != NULL)
    g_signal_handlers_disconnect_by_data (self->phase, self);
  g_set_object (&self->phase, phase);
  g_set_object (&self->history, history);

  if (phase == NULL)
    return;

  /* Another phase's typing does not carry over. */
  self->syncing = TRUE;
  for (KrMetric metric = 0; metric < KR_N_METRICS; metric++)
    gtk_editable_set_text (GTK_EDITABLE (row_of (self, metric)), "");
  self->syncing = FALSE;

  g_signal_connect_swapped (phase, "notify", G_CALLBACK (phase_notify_cb), self);
  phase_notify_cb (self);
}

KrPhase *
kr_metrics_popover_get_phase (KrMetricsPopover *self)
{
  g_return_val_if_fail (KR_IS_METRICS_POPOVER (self), NULL);
  return self->phase;
}

GtkWidget *
kr_metrics_popover_get_row (KrMetricsPopover *self,
                            KrMetric          metric)
{
  g_return_val_if_fail (KR_IS_METRICS_POPOVER (self), NULL);
  return row_of (self, metric);
}
