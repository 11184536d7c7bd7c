/* kr-recovery-page.c: the start page that offers what a crash left behind
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page in the window, not a dialog: the app stays usable, and the
 * journeys wait there until the user chooses. What is neither restored
 * nor discarded is offered again at the next start.
 */
#define G_LOG_DOMAIN "kr-recovery-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kr-accessible.h"
#include "kr-recovery-page.h"
#include "kr-recovery-row.h"

struct _KrRecoveryPage
{
  GtkWidget        parent_instance;

  AdwStatusPage   *status_page;
  GtkListBox      *list;

  KrRecoveryOffer *offer;
};

enum {
  RESTORE,
  DISMISS,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (KrRecoveryPage, kr_recovery_page, GTK_TYPE_WIDGET)

static guint signals[N_SIGNALS];

static void
row_restore_cb (KrRecoveryPage *self,
                KrRecoveryRow  *row)
{
  g_signal_emit (self, signals[RESTORE], 0, kr_recovery_row_get_item (row));
}

static void
discard_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  g_autoptr(KrRecoveryItem) item = user_data;
  KrRecoveryPage *self = g_object_get_data (G_OBJECT (dialog), "page");

  if (g_strcmp0 (response, "discard") == 0 && self != NULL && self->offer != NULL)
    kr_recovery_offer_discard (self->offer, item);
}

static void
row_discard_cb (KrRecoveryPage *self,
                KrRecoveryRow  *row)
{
  KrRecoveryItem *item = kr_recovery_row_get_item (row);
  KrJourney *journey = kr_recovery_item_get_journey (item);
  const char *title = journey != NULL ? kr_journey_get_title (journey) : NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;

  if (title == NULL || title[0] == '\0')
    title = _("New Journey");

  /* Nothing else holds these changes: a slip of the mouse must not lose
   * them. */
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                           : NULL,
                                                       _("Discard Recovered Journey?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("The unsaved changes to “%s” will be permanently lost."),
                                  title);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "page", g_object_ref (self), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (discard_response_cb), g_object_ref (item));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  KrRecoveryPage *self = user_data;
  GtkWidget *row = kr_recovery_row_new (item);

  g_signal_connect_object (row, "restore", G_CALLBACK (row_restore_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "discard", G_CALLBACK (row_discard_cb), self, G_CONNECT_SWAPPED);
  return row;
}

static void
new_clicked_cb (KrRecoveryPage *self)
{
  g_signal_emit (self, signals[DISMISS], 0);
}

static void
kr_recovery_page_dispose (GObject *object)
{
  KrRecoveryPage *self = KR_RECOVERY_PAGE (object);

  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KR_TYPE_RECOVERY_PAGE);
  g_clear_object (&self->offer);

  G_OBJECT_CLASS (kr_recovery_page_parent_class)->dispose (object);
}

static void
kr_recovery_page_class_init (KrRecoveryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_recovery_page_dispose;

  signals[RESTORE] = g_signal_new ("restore", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, KR_TYPE_RECOVERY_ITEM);
  signals[DISMISS] = g_signal_new ("dismiss", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/klantreis/Klantreis/kr-recovery-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KrRecoveryPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, KrRecoveryPage, list);
  gtk_widget_class_bind_template_callback (widget_class, new_clicked_cb);
}

static void
kr_recovery_page_init (KrRecoveryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* GTK 4.8 would read "_Restore Restore". */
  kr_accessible_name_mnemonic_buttons (GTK_WIDGET (self));
}

void
kr_recovery_page_set_offer (KrRecoveryPage  *self,
                            KrRecoveryOffer *offer)
{
  g_return_if_fail (KR_IS_RECOVERY_PAGE (self));
  g_return_if_fail (offer == NULL || KR_IS_RECOVERY_OFFER (offer));

  if (!g_set_object (&self->offer, offer))
    return;

  gtk_list_box_bind_model (self->list, offer != NULL ? kr_recovery_offer_get_items (offer) : NULL,
                           create_row_cb, self, NULL);
}

KrRecoveryOffer *
kr_recovery_page_get_offer (KrRecoveryPage *self)
{
  g_return_val_if_fail (KR_IS_RECOVERY_PAGE (self), NULL);
  return self->offer;
}
