/* kr-window-files.c: opening, saving and closing a journey window
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kr-window-files"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kr-error-dialog.h"
#include "kr-window-private.h"

/* More lines than this make the details dialog taller than a screen. */
#define MAX_WARNINGS_SHOWN 12

typedef struct
{
  GFile     *file;
  KrJourney *journey;
  char      *etag;
  GPtrArray *warnings;
} LoadData;

typedef struct
{
  GFile                *file;
  GtkFileChooserNative *native;
  /* Save As offers a copy beside the file, not the file itself. */
  gboolean              as_copy;
} SaveData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->file);
  g_clear_object (&data->journey);
  g_clear_pointer (&data->etag, g_free);
  g_clear_pointer (&data->warnings, g_ptr_array_unref);
  g_free (data);
}

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->file);
  if (data->native != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (data->native));
  g_clear_object (&data->native);
  g_free (data);
}

static KrApplication *
get_application (KrWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return KR_IS_APPLICATION (app) ? KR_APPLICATION (app) : NULL;
}

static void
add_recent (KrWindow *self,
            GFile    *file)
{
  KrApplication *app = get_application (self);

  if (app != NULL)
    kr_application_add_recent (app, file);
}

static char *
suggest_file_name (KrWindow *self)
{
  const char *title = kr_journey_get_title (self->journey);
  g_autofree char *stripped = NULL;
  GString *name;

  stripped = g_strstrip (g_strdup (title != NULL ? title : ""));
  if (stripped[0] == '\0')
    {
      g_free (stripped);
      stripped = g_strdup (_("New Journey"));
    }

  /* A title is a sentence; only the directory separator cannot go in a
   * file name. */
  name = g_string_new (stripped);
  g_string_replace (name, "/", "-", 0);
  g_string_append (name, ".klantreis");

  return g_string_free (name, FALSE);
}

/* Loading */

static void
load_thread_func (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  LoadData *data = task_data;
  GError *error = NULL;

  /* The reader refuses oversized files before reading them and parses
   * off the main thread, so a big journey never freezes the window. */
  data->journey = kr_journey_load_file (data->file, &data->etag, &data->warnings,
                                        cancellable, &error);
  if (data->journey == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static gboolean
has_unsaved_work (KrWindow *self)
{
  return kr_history_get_modified (self->history) ||
         (self->canvas != NULL && kr_canvas_get_editor (self->canvas) != NULL);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  KrWindow *self = KR_WINDOW (object);
  GTask *task = G_TASK (result);
  LoadData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gboolean replacing = self->replacing;
  guint n_warnings;

  /* A newer load, or closing the window, cancelled this one. */
  if (g_task_get_cancellable (task) != self->load_cancellable)
    return;
  self->replacing = FALSE;

  if (!g_task_propagate_boolean (task, &error))
    {
      g_autofree char *name = _kr_file_dup_display_name (data->file);

      _kr_window_set_loading_file (self, NULL, NULL);
      kr_error_dialog_show (GTK_WINDOW (self), _("Could Not Open Journey"), name, error->message);
      return;
    }

  _kr_window_set_loading_file (self, NULL, NULL);

  /* The window was empty when the load began, but it stays open to work
   * in: what was done meanwhile is kept, and the journey opens beside it. */
  if (has_unsaved_work (self) && !replacing)
    {
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

      if (app != NULL && KR_IS_APPLICATION (app))
        {
          self = kr_window_new (KR_APPLICATION (app));
          gtk_window_present (GTK_WINDOW (self));
        }
    }

  /* A reload gives up the changes here, and their recovery copy. */
  if (replacing)
    _kr_window_recovery_discard (self);

  g_clear_pointer (&self->load_warnings, g_ptr_array_unref);
  self->load_warnings = g_steal_pointer (&data->warnings);

  _kr_window_set_document (self, data->journey, data->file, data->etag);
  add_recent (self, data->file);

  n_warnings = self->load_warnings != NULL ? self->load_warnings->len : 0;
  if (n_warnings > 0)
    {
      g_autoptr(AdwToast) toast = NULL;

      /* Clamped values are no reason to stop the user: a toast tells them,
       * and the details are one click away. */
      toast = adw_toast_new_format (ngettext ("%u value was adjusted while opening",
                                              "%u values were adjusted while opening",
                                              n_warnings),
                                    n_warnings);
      adw_toast_set_button_label (toast, _("_Details"));
      adw_toast_set_action_name (toast, "win.show-load-warnings");
      adw_toast_set_timeout (toast, 10);
      _kr_window_add_toast (self, g_steal_pointer (&toast));
    }
}

gboolean
kr_window_load_file (KrWindow *self,
                     GFile    *file)
{
  g_autoptr(GCancellable) cancellable = NULL;
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_val_if_fail (KR_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  cancellable = g_cancellable_new ();
  _kr_window_set_loading_file (self, file, cancellable);

  data = g_new0 (LoadData, 1);
  data->file = g_object_ref (file);

  task = g_task_new (self, cancellable, load_cb, NULL);
  g_task_set_source_tag (task, kr_window_load_file);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread_func);

  return TRUE;
}

void
_kr_window_show_load_warnings (KrWindow *self)
{
  GtkWidget *dialog;
  GtkWidget *list;
  guint n;

  if (self->load_warnings == NULL || self->load_warnings->len == 0)
    return;

  /* A list that reads from the left, a wrapped line under its own text
   * rather than under the bullet. */
  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  n = self->load_warnings->len;
  for (guint i = 0; i < n && i < MAX_WARNINGS_SHOWN; i++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *bullet = gtk_label_new ("•");
      GtkWidget *text = gtk_label_new (g_ptr_array_index (self->load_warnings, i));

      gtk_widget_set_valign (bullet, GTK_ALIGN_START);
      gtk_label_set_xalign (GTK_LABEL (text), 0);
      gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
      /* As wide as the dialog's own text, not as wide as the longest line. */
      gtk_label_set_max_width_chars (GTK_LABEL (text), 40);
      gtk_label_set_selectable (GTK_LABEL (text), TRUE);
      gtk_widget_set_hexpand (text, TRUE);
      gtk_box_append (GTK_BOX (row), bullet);
      gtk_box_append (GTK_BOX (row), text);
      gtk_box_append (GTK_BOX (list), row);
    }

  if (n > MAX_WARNINGS_SHOWN)
    {
      guint rest = n - MAX_WARNINGS_SHOWN;
      g_autofree char *more = g_strdup_printf (ngettext ("and %u more", "and %u more", rest), rest);
      GtkWidget *label = gtk_label_new (more);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (list), label);
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Adjusted Values"),
                                   _("Values that were out of range or unknown were changed "
                                     "or left out:"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Saving */

static void save_to_file (GTask      *task,
                          GFile      *file,
                          const char *etag);

static void
overwrite_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       gpointer          user_data)
{
  g_autoptr(GTask) task = user_data;
  SaveData *data = g_task_get_task_data (task);

  if (g_strcmp0 (response, "overwrite") == 0)
    {
      /* Without an entity tag the writer no longer checks the disk. */
      save_to_file (task, data->file, NULL);
      return;
    }

  if (g_strcmp0 (response, "copy") == 0)
    {
      _kr_window_save_copy_async (g_task_get_source_object (task));
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Saved as a copy instead");
      return;
    }

  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Saving was cancelled");
}

static void
ask_overwrite (GTask *task,
               GFile *file)
{
  KrWindow *self = g_task_get_source_object (task);
  g_autofree char *name = _kr_file_dup_display_name (file);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("File Changed on Disk"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” was changed by someone else since it was opened. "
                                    "Saving now replaces their changes with yours."),
                                  name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "copy", _("Save a _Copy…"),
                                    "overwrite", _("_Save Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_signal_connect (dialog, "response", G_CALLBACK (overwrite_response_cb), g_object_ref (task));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_to_file (GTask      *task,
              GFile      *file,
              const char *etag)
{
  KrWindow *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *new_etag = NULL;

  /* Journeys are small and the writer is quick; saving in place keeps the
   * document from changing under a save running elsewhere. */
  if (!kr_journey_save_file (self->journey, file, etag, &new_etag, NULL, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
        {
          ask_overwrite (task, file);
        }
      else
        {
          g_autofree char *name = _kr_file_dup_display_name (file);

          kr_error_dialog_show (GTK_WINDOW (self), _("Could Not Save Journey"), name,
                                error->message);
          g_task_return_error (task, g_steal_pointer (&error));
        }
      return;
    }

  kr_history_mark_saved (self->history);
  _kr_window_set_file (self, file, new_etag);
  add_recent (self, file);
  _kr_window_add_toast (self, adw_toast_new (_("Saved")));

  g_task_return_boolean (task, TRUE);
}

static void
save_dialog_response_cb (GtkNativeDialog *native,
                         int              response,
                         gpointer         user_data)
{
  g_autoptr(GTask) task = user_data;
  KrWindow *self = g_task_get_source_object (task);
  SaveData *data = g_task_get_task_data (task);
  g_autoptr(GFile) file = NULL;
  const char *etag = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Saving was cancelled");
      return;
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  g_set_object (&data->file, file);

  /* The chooser already asked before replacing another file; only our own
   * file keeps its check against changes made by someone else. */
  if (self->file != NULL && g_file_equal (self->file, file))
    etag = self->etag;

  save_to_file (task, file, etag);
}

static void
choose_save_file (GTask *task)
{
  KrWindow *self = g_task_get_source_object (task);
  SaveData *data = g_task_get_task_data (task);
  GtkFileChooser *chooser;

  data->native = gtk_file_chooser_native_new (_("Save Journey"),
                                              GTK_WINDOW (self),
                                              GTK_FILE_CHOOSER_ACTION_SAVE,
                                              _("_Save"),
                                              _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (data->native), TRUE);
  chooser = GTK_FILE_CHOOSER (data->native);
  kr_file_chooser_add_journey_filters (chooser);

  if (self->file != NULL && data->as_copy)
    {
      g_autoptr(GFile) folder = g_file_get_parent (self->file);
      g_autofree char *base = _kr_file_dup_display_name (self->file);
      g_autofree char *name = NULL;

      if (g_str_has_suffix (base, ".klantreis"))
        base[strlen (base) - strlen (".klantreis")] = '\0';
      /* TRANSLATORS: the suggested name of a copy of a journey's file */
      name = g_strdup_printf (_("%s (copy).klantreis"), base);
      if (folder != NULL)
        gtk_file_chooser_set_current_folder (chooser, folder, NULL);
      gtk_file_chooser_set_current_name (chooser, name);
    }
  else if (self->file != NULL)
    {
      gtk_file_chooser_set_file (chooser, self->file, NULL);
    }
  else
    {
      g_autofree char *name = suggest_file_name (self);

      gtk_file_chooser_set_current_name (chooser, name);
    }

  g_signal_connect (data->native, "response",
                    G_CALLBACK (save_dialog_response_cb), g_object_ref (task));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (data->native));
}

void
_kr_window_commit_pending (KrWindow *self)
{
  if (self->canvas != NULL)
    kr_canvas_commit_pending (self->canvas);
}

void
_kr_window_save_async (KrWindow            *self,
                       gboolean             save_as,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *data;

  g_assert (KR_IS_WINDOW (self));

  /* What is being typed is part of what the user saves. */
  _kr_window_commit_pending (self);

  data = g_new0 (SaveData, 1);
  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, _kr_window_save_async);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);

  if (save_as || self->file == NULL)
    {
      choose_save_file (task);
      return;
    }

  data->file = g_object_ref (self->file);
  save_to_file (task, self->file, self->etag);
}

void
_kr_window_save_copy_async (KrWindow *self)
{
  g_autoptr(GTask) task = NULL;
  SaveData *data;

  g_assert (KR_IS_WINDOW (self));

  _kr_window_commit_pending (self);

  data = g_new0 (SaveData, 1);
  data->as_copy = TRUE;
  task = g_task_new (self, NULL, NULL, NULL);
  g_task_set_source_tag (task, _kr_window_save_async);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  choose_save_file (task);
}

gboolean
_kr_window_save_finish (KrWindow      *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Closing */

static void
close_now (KrWindow *self)
{
  self->may_close = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
close_now_idle_cb (gpointer user_data)
{
  GTask *task = user_data;

  close_now (g_task_get_source_object (task));
  g_task_return_boolean (task, TRUE);
  return G_SOURCE_REMOVE;
}

/* The dialog's own click is still being handled when its answer comes:
 * the window it belongs to goes once that is over, not from under it, and
 * only then is the question answered. */
static void
close_after_dialog (GTask *task)
{
  KrWindow *self = g_task_get_source_object (task);

  self->may_close = TRUE;
  g_idle_add_full (G_PRIORITY_DEFAULT, close_now_idle_cb, task, g_object_unref);
}

static void
save_before_close_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  KrWindow *self = KR_WINDOW (object);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  self->confirming_close = FALSE;

  /* A failed save was already reported; the window stays, with its changes. */
  if (!_kr_window_save_finish (self, result, &error))
    {
      g_task_return_boolean (task, FALSE);
      return;
    }

  close_now (self);
  g_task_return_boolean (task, TRUE);
}

static void
confirm_close_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           gpointer          user_data)
{
  g_autoptr(GTask) task = user_data;
  KrWindow *self = g_task_get_source_object (task);

  if (g_strcmp0 (response, "save") == 0)
    {
      _kr_window_save_async (self, FALSE, save_before_close_cb, g_steal_pointer (&task));
      return;
    }

  self->confirming_close = FALSE;

  if (g_strcmp0 (response, "discard") == 0)
    {
      _kr_window_recovery_discard (self);
      close_after_dialog (g_steal_pointer (&task));
      return;
    }

  g_task_return_boolean (task, FALSE);
}

void
kr_window_close_with_confirmation (KrWindow            *self,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;
  AdwMessageDialog *dialog;

  g_return_if_fail (KR_IS_WINDOW (self));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, kr_window_close_with_confirmation);

  /* Text still being typed counts as a change to ask about. */
  _kr_window_commit_pending (self);

  /* The question is already on screen; it answers for this request too. */
  if (self->confirming_close)
    {
      g_task_return_boolean (task, FALSE);
      return;
    }

  if (!kr_history_get_modified (self->history))
    {
      close_now (self);
      g_task_return_boolean (task, TRUE);
      return;
    }

  self->confirming_close = TRUE;
  gtk_window_present (GTK_WINDOW (self));

  name = _kr_window_dup_display_name (self);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Save Changes?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("“%s” has unsaved changes. Changes which are not saved "
                                    "will be permanently lost."),
                                  name);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_signal_connect (dialog, "response",
                    G_CALLBACK (confirm_close_response_cb), g_steal_pointer (&task));
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
kr_window_close_with_confirmation_finish (KrWindow     *self,
                                          GAsyncResult *result)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), NULL);
}

char *
_kr_file_dup_display_name (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *parse_name = NULL;

  if (path != NULL)
    return g_filename_display_basename (path);

  parse_name = g_file_get_parse_name (file);
  return g_path_get_basename (parse_name);
}
