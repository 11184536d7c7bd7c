/* kr-window-actions.c: the actions of a journey window
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kr-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "kr-error-dialog.h"
#include "kr-export-dialog.h"
#include "kr-launch.h"
#include "kr-print-operation.h"
#include "kr-window-private.h"

static void
set_action_enabled (KrWindow   *self,
                    const char *name,
                    gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
kr_window_save_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  _kr_window_save_async (KR_WINDOW (user_data), FALSE, NULL, NULL);
}

static void
kr_window_save_as_action (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  _kr_window_save_async (KR_WINDOW (user_data), TRUE, NULL, NULL);
}

static void
kr_window_close_action (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       user_data)
{
  /* Goes through close-request, which asks about unsaved changes. */
  gtk_window_close (GTK_WINDOW (user_data));
}

/* While a note's text is being typed, Ctrl+Z belongs to the typing: the
 * journey's own steps wait until the text is committed. */
static gboolean
forward_to_editor (KrWindow   *self,
                   const char *action)
{
  GtkWidget *editor = self->canvas != NULL ? kr_canvas_get_editor (self->canvas) : NULL;

  if (editor == NULL)
    return FALSE;
  gtk_widget_activate_action (editor, action, NULL);
  return TRUE;
}

static void
kr_window_undo_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  KrWindow *self = user_data;

  if (forward_to_editor (self, "text.undo"))
    return;
  /* A curve point being dragged: its step ends first, and is undone. */
  _kr_window_commit_pending (self);
  kr_history_undo (self->history);
}

static void
kr_window_redo_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  KrWindow *self = user_data;

  if (forward_to_editor (self, "text.redo"))
    return;
  _kr_window_commit_pending (self);
  kr_history_redo (self->history);
}

static void
kr_window_show_load_warnings_action (GSimpleAction *action,
                                     GVariant      *param,
                                     gpointer       user_data)
{
  _kr_window_show_load_warnings (KR_WINDOW (user_data));
}

static void
show_uri_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;
  KrWindow *self = KR_WINDOW (object);

  if (!kr_launch_uri_finish (result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *name = _kr_file_dup_display_name (file);

      kr_error_dialog_show (GTK_WINDOW (self), _("Could Not Open File"), name, error->message);
    }
}

static void
toast_open_cb (KrWindow *self,
               AdwToast *toast)
{
  GFile *file = g_object_get_data (G_OBJECT (toast), "file");
  g_autofree char *uri = g_file_get_uri (file);

  kr_launch_uri (GTK_WINDOW (self), uri, NULL, show_uri_cb, g_object_ref (file));
}

static void
export_dialog_exported_cb (KrWindow       *self,
                           GFile          *file,
                           KrExportDialog *dialog)
{
  g_autofree char *name = _kr_file_dup_display_name (file);
  g_autofree char *markup = g_markup_escape_text (name, -1);
  g_autofree char *title = NULL;
  g_autoptr(AdwToast) toast = NULL;

  /* Translators: a toast after exporting, with the name of the file written */
  title = g_strdup_printf (_("Exported “%s”"), markup);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (toast, "button-clicked",
                           G_CALLBACK (toast_open_cb), self, G_CONNECT_SWAPPED);

  if (self->export_toast != NULL)
    adw_toast_dismiss (self->export_toast);
  g_set_weak_pointer (&self->export_toast, toast);
  _kr_window_add_toast (self, g_steal_pointer (&toast));
}

static void
kr_window_export_action (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       user_data)
{
  KrWindow *self = user_data;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GSettings *settings = NULL;
  KrExportDialog *dialog;

  if (app != NULL && KR_IS_APPLICATION (app))
    settings = kr_application_get_settings (KR_APPLICATION (app));

  /* The handout shows what is on the map, typing included. */
  _kr_window_commit_pending (self);
  dialog = kr_export_dialog_new (GTK_WINDOW (self), self->journey, self->file, settings);
  g_signal_connect_object (dialog, "exported",
                           G_CALLBACK (export_dialog_exported_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_finish (KrWindow                *self,
              GtkPrintOperationResult  result,
              const GError            *error)
{
  g_autofree char *name = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  name = _kr_window_dup_display_name (self);
  kr_error_dialog_show (GTK_WINDOW (self), _("Could Not Print Journey"), name,
                        error != NULL ? error->message : NULL);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               gpointer                 user_data)
{
  g_autoptr(KrWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    gtk_print_operation_get_error (operation, &error);
  print_finish (self, result, error);

  g_object_unref (operation);
}

static void
kr_window_print_action (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       user_data)
{
  KrWindow *self = user_data;
  g_autoptr(KrPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  _kr_window_commit_pending (self);
  operation = kr_print_operation_new (self->journey);

  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);

  /* The dialog runs without blocking, and "done" comes from the main loop
   * later; it takes the operation along until then. */
  if (result == GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    {
      g_signal_connect (operation, "done", G_CALLBACK (print_done_cb), g_object_ref (self));
      g_steal_pointer (&operation);
      return;
    }

  print_finish (self, result, error);
}

/* --- renaming the journey ------------------------------------------------ */

static void
rename_journey (KrWindow *self)
{
  g_autofree char *text = NULL;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rename_entry))));
  /* One line, as the window's title shows it; an empty title keeps the old
   * one, as on the map. */
  g_strdelimit (text, "\n", ' ');
  if (text[0] != '\0' && g_strcmp0 (text, kr_journey_get_title (self->journey)) != 0)
    kr_history_push (self->history, kr_set_command_new (self->journey, _("Rename Journey"),
                                                        "title", text, NULL));
  gtk_popover_popdown (GTK_POPOVER (self->rename_popover));
}

static void
rename_entry_activate_cb (KrWindow *self)
{
  rename_journey (self);
}

static void
rename_button_clicked_cb (KrWindow *self)
{
  rename_journey (self);
}

/* A small popover under the window's title, as file managers rename: the
 * empty journey has no map to type the title on. */
static void
show_rename_popover (KrWindow *self)
{
  if (self->rename_popover == NULL)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *label = gtk_label_new (_("Journey Title"));
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Rename"));

      gtk_widget_add_css_class (label, "heading");
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      self->rename_entry = gtk_entry_new ();
      gtk_widget_set_size_request (self->rename_entry, 320, -1);
      /* TRANSLATORS: the journey's title is written by the customer: "I …" */
      gtk_entry_set_placeholder_text (GTK_ENTRY (self->rename_entry), _("I …"));
      gtk_accessible_update_relation (GTK_ACCESSIBLE (self->rename_entry),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                      -1);
      gtk_widget_add_css_class (button, "suggested-action");
      g_signal_connect_swapped (self->rename_entry, "activate",
                                G_CALLBACK (rename_entry_activate_cb), self);
      g_signal_connect_swapped (button, "clicked", G_CALLBACK (rename_button_clicked_cb), self);

      gtk_box_append (GTK_BOX (row), self->rename_entry);
      gtk_box_append (GTK_BOX (row), button);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), row);
      gtk_widget_set_margin_start (box, 6);
      gtk_widget_set_margin_end (box, 6);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);

      self->rename_popover = gtk_popover_new ();
      gtk_popover_set_child (GTK_POPOVER (self->rename_popover), box);
      gtk_widget_set_parent (self->rename_popover, GTK_WIDGET (self->window_title));
    }

  gtk_editable_set_text (GTK_EDITABLE (self->rename_entry),
                         kr_journey_get_title (self->journey) ?: "");
  gtk_popover_popup (GTK_POPOVER (self->rename_popover));
  gtk_widget_grab_focus (self->rename_entry);
  gtk_editable_select_region (GTK_EDITABLE (self->rename_entry), 0, -1);
}

/* On the map when there is one, typed over the title where it stands;
 * else under the window's title. */
static void
kr_window_rename_journey_action (GSimpleAction *action,
                                 GVariant      *param,
                                 gpointer       user_data)
{
  KrWindow *self = user_data;
  GActionGroup *canvas_actions = kr_canvas_get_actions (self->canvas);

  if (g_action_group_get_action_enabled (canvas_actions, "rename-journey") &&
      gtk_widget_get_mapped (GTK_WIDGET (self->canvas)))
    g_action_group_activate_action (canvas_actions, "rename-journey", NULL);
  else
    show_rename_popover (self);
}

void
_kr_window_dispose_rename (KrWindow *self)
{
  g_clear_pointer (&self->rename_popover, gtk_widget_unparent);
  self->rename_entry = NULL;
}

void
_kr_window_show_method_page (KrWindow     *self,
                             KrMethodPage  page)
{
  adw_flap_set_reveal_flap (self->flap, TRUE);
  kr_method_panel_show_page (self->method_panel, page);
}

static gboolean
focus_title_idle_cb (gpointer user_data)
{
  KrWindow *self = user_data;

  kr_method_panel_focus_field (self->method_panel, -1);
  return G_SOURCE_REMOVE;
}

/* From the main menu, and from the scope card on the map. */
static void
kr_window_journey_details_action (GSimpleAction *action,
                                  GVariant      *param,
                                  gpointer       user_data)
{
  KrWindow *self = user_data;

  /* Typing in place on the map ends first: the title may be in both. */
  _kr_window_commit_pending (self);
  adw_flap_set_reveal_flap (self->flap, TRUE);
  kr_method_panel_show_page (self->method_panel, KR_METHOD_PAGE_DETAILS);
  /* The keyboard moves once the menu or click that asked is over: a menu
   * that loses it in the middle of its own click is left confused. */
  g_idle_add_full (G_PRIORITY_DEFAULT, focus_title_idle_cb, g_object_ref (self), g_object_unref);
}

static void
kr_window_personas_action (GSimpleAction *action,
                           GVariant      *param,
                           gpointer       user_data)
{
  _kr_window_show_method_page (KR_WINDOW (user_data), KR_METHOD_PAGE_PERSONAS);
}

static void
kr_window_coach_action (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       user_data)
{
  _kr_window_show_method_page (KR_WINDOW (user_data), KR_METHOD_PAGE_COACH);
}

static void
kr_window_method_panel_action (GSimpleAction *action,
                               GVariant      *param,
                               gpointer       user_data)
{
  KrWindow *self = user_data;

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

static const GActionEntry win_entries[] = {
  { "save", kr_window_save_action },
  { "save-as", kr_window_save_as_action },
  { "export", kr_window_export_action },
  { "print", kr_window_print_action },
  { "close", kr_window_close_action },
  { "undo", kr_window_undo_action },
  { "redo", kr_window_redo_action },
  { "show-load-warnings", kr_window_show_load_warnings_action },
  { "rename-journey", kr_window_rename_journey_action },
  { "journey-details", kr_window_journey_details_action },
  { "personas", kr_window_personas_action },
  { "coach", kr_window_coach_action },
  { "method-panel", kr_window_method_panel_action },
};

void
_kr_window_actions_init (KrWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_entries,
                                   G_N_ELEMENTS (win_entries), self);
}

void
_kr_window_actions_update (KrWindow *self)
{
  gboolean modified = kr_history_get_modified (self->history);
  gboolean editing = self->canvas != NULL && kr_canvas_get_editor (self->canvas) != NULL;

  /* A journey that was never saved can always be saved, even unchanged;
   * so can text still being typed. */
  set_action_enabled (self, "save", modified || editing || self->file == NULL);
  set_action_enabled (self, "undo", kr_history_get_can_undo (self->history));
  set_action_enabled (self, "redo", kr_history_get_can_redo (self->history));
  set_action_enabled (self, "show-load-warnings",
                      self->load_warnings != NULL && self->load_warnings->len > 0);
}
