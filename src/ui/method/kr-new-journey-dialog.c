/* kr-new-journey-dialog.c: what a new journey starts from
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * New (Ctrl+N) offers the method's empty schema, the method's worked
 * example and a blank journey. The schema and the example are journey
 * files in the resources (data/templates, data/samples); the schema's
 * placeholders come in the UI's language (kr-template.c). Whatever is
 * picked has no file yet, so Save asks where to put it.
 */
#define G_LOG_DOMAIN "kr-new-journey-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "kr-error-dialog.h"
#include "kr-new-journey-dialog.h"

#define RESOURCE_DIR "/io/github/klantreis/Klantreis/templates/"

struct _KrNewJourneyDialog
{
  AdwWindow  parent_instance;

  GtkWidget *list;
  GtkWidget *schema_row;
  GtkWidget *sample_row;
  GtkWidget *blank_row;
};

enum {
  CHOSEN,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (KrNewJourneyDialog, kr_new_journey_dialog, ADW_TYPE_WINDOW)

static guint signals[N_SIGNALS];

KrJourney *
kr_new_journey_create (KrNewJourney   kind,
                       GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  switch (kind)
    {
    case KR_NEW_JOURNEY_SCHEMA:
      bytes = g_resources_lookup_data (RESOURCE_DIR "method-schema.klantreis",
                                       G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      return bytes != NULL ? kr_template_load (bytes, error) : NULL;

    case KR_NEW_JOURNEY_SAMPLE:
      /* The example is the method's own, in Dutch: it is not translated. */
      bytes = g_resources_lookup_data (RESOURCE_DIR "verduurzamen.klantreis",
                                       G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      return bytes != NULL ? kr_journey_load_bytes (bytes, NULL, error) : NULL;

    case KR_NEW_JOURNEY_BLANK:
    default:
      return kr_journey_new ();
    }
}

static void
row_activated_cb (KrNewJourneyDialog *self,
                  GtkListBoxRow      *row)
{
  g_autoptr(KrJourney) journey = NULL;
  g_autoptr(GError) error = NULL;
  KrNewJourney kind;

  if (GTK_WIDGET (row) == self->schema_row)
    kind = KR_NEW_JOURNEY_SCHEMA;
  else if (GTK_WIDGET (row) == self->sample_row)
    kind = KR_NEW_JOURNEY_SAMPLE;
  else
    kind = KR_NEW_JOURNEY_BLANK;

  journey = kr_new_journey_create (kind, &error);
  if (journey == NULL)
    {
      kr_error_dialog_show (gtk_window_get_transient_for (GTK_WINDOW (self)),
                            _("Could Not Make a New Journey"), NULL, error->message);
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

  g_signal_emit (self, signals[CHOSEN], 0, journey);
  gtk_window_close (GTK_WINDOW (self));
}

static void
kr_new_journey_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KR_TYPE_NEW_JOURNEY_DIALOG);

  G_OBJECT_CLASS (kr_new_journey_dialog_parent_class)->dispose (object);
}

static void
kr_new_journey_dialog_class_init (KrNewJourneyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_new_journey_dialog_dispose;

  /**
   * KrNewJourneyDialog::chosen:
   * @journey: the new journey, with no file yet
   */
  signals[CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KR_TYPE_JOURNEY);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/klantreis/Klantreis/kr-new-journey-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KrNewJourneyDialog, list);
  gtk_widget_class_bind_template_child (widget_class, KrNewJourneyDialog, schema_row);
  gtk_widget_class_bind_template_child (widget_class, KrNewJourneyDialog, sample_row);
  gtk_widget_class_bind_template_child (widget_class, KrNewJourneyDialog, blank_row);
}

static void
kr_new_journey_dialog_init (KrNewJourneyDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);
  /* The method's own way is where the keyboard starts. */
  gtk_widget_grab_focus (self->schema_row);
}

KrNewJourneyDialog *
kr_new_journey_dialog_new (GtkWindow *parent)
{
  return g_object_new (KR_TYPE_NEW_JOURNEY_DIALOG,
                       "transient-for", parent,
                       NULL);
}
