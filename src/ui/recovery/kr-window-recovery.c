/* kr-window-recovery.c: a journey window's recovery copy, the journeys it
 * offers to recover, and the file changing under it
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of KrWindow, split off by concern like kr-window-actions.c and
 * kr-window-files.c. Recovery never writes to the user's file: the copy
 * lives in the state folder, and only the user's own Save reaches the
 * original.
 */
#define G_LOG_DOMAIN "kr-window-recovery"

#include "config.h"

#include <glib/gi18n.h>

#include "kr-window-private.h"

static KrApplication *
get_application (KrWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return KR_IS_APPLICATION (app) ? KR_APPLICATION (app) : NULL;
}

static void
update_offer (KrWindow *self)
{
  guint n = 0;

  if (self->recovery_offer != NULL && !self->recovery_dismissed)
    n = g_list_model_get_n_items (kr_recovery_offer_get_items (self->recovery_offer));

  /* An empty window shows the journeys in place of the empty page; one
   * with a journey mentions them. */
  kr_recovery_banner_set_count (self->recovery_banner,
                                kr_window_is_empty_and_unmodified (self) ? 0 : n);
  _kr_window_update_state (self);
}

static void
offer_items_changed_cb (KrWindow   *self,
                        guint       position,
                        guint       removed,
                        guint       added,
                        GListModel *items)
{
  update_offer (self);
}

/* The autosave's troubles are mentioned once, quietly: editing goes on,
 * and the journey can still be saved as usual. */
static void
autosave_notify_failing_cb (KrWindow   *self,
                            GParamSpec *pspec,
                            KrAutosave *autosave)
{
  const GError *error = kr_autosave_get_error (autosave);
  g_autoptr(AdwToast) toast = NULL;
  g_autofree char *title = NULL;

  if (!kr_autosave_get_failing (autosave))
    {
      self->autosave_failure_told = FALSE;
      return;
    }
  if (self->autosave_failure_told)
    return;
  self->autosave_failure_told = TRUE;

  g_debug ("Recovery copies fail: %s", error != NULL ? error->message : "");
  title = g_strdup (_("No recovery copy can be kept: save the journey to keep your changes safe"));
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 10);
  _kr_window_add_toast (self, g_steal_pointer (&toast));
}

static void
file_bar_reload_cb (KrWindow *self)
{
  g_autoptr(GFile) file = NULL;

  if (self->file == NULL)
    return;

  /* Their version replaces this one, in this window: what was unsaved
   * here is given up once it has loaded, and so is its recovery copy. A
   * reload that fails keeps both. */
  file = g_object_ref (self->file);
  self->replacing = TRUE;
  kr_window_load_file (self, file);
}

static void
file_bar_keep_cb (KrWindow *self)
{
  const char *disk_etag = kr_file_changed_bar_get_disk_etag (self->file_bar);

  /* The user has seen the change and chosen their own version: the next
   * save may go over what is on disk now, without asking again. A file
   * that was deleted is simply written anew. */
  if (kr_file_changed_bar_get_state (self->file_bar) == KR_FILE_STATE_CHANGED && disk_etag != NULL)
    {
      g_autofree char *etag = g_strdup (disk_etag);

      _kr_window_set_file (self, self->file, etag);
    }
  else
    {
      kr_file_changed_bar_dismiss (self->file_bar);
    }

  /* What is on screen is no longer what is on disk. */
  kr_history_mark_unsaved (self->history);
}

static void
file_bar_save_copy_cb (KrWindow *self)
{
  _kr_window_save_copy_async (self);
}

static void
banner_review_cb (KrWindow *self)
{
  KrApplication *app = get_application (self);

  /* A new window is empty, so it shows the journeys on offer. */
  if (app != NULL)
    gtk_window_present (GTK_WINDOW (kr_window_new (app)));
}

static void
dismiss_cb (KrWindow *self)
{
  self->recovery_dismissed = TRUE;
  update_offer (self);
}

static void
page_restore_cb (KrWindow       *self,
                 KrRecoveryItem *item)
{
  _kr_window_restore (self, item);
}

static void
window_notify_is_active_cb (KrWindow *self)
{
  /* Back at the window: what happened to the file meanwhile, as on a
   * share that cannot tell. */
  if (gtk_window_is_active (GTK_WINDOW (self)))
    kr_file_changed_bar_check (self->file_bar);
}

void
_kr_window_recovery_init (KrWindow *self)
{
  self->autosave = kr_autosave_new (NULL);
  g_signal_connect_object (self->autosave, "notify::failing",
                           G_CALLBACK (autosave_notify_failing_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_swapped (self->file_bar, "reload", G_CALLBACK (file_bar_reload_cb), self);
  g_signal_connect_swapped (self->file_bar, "keep", G_CALLBACK (file_bar_keep_cb), self);
  g_signal_connect_swapped (self->file_bar, "save-copy", G_CALLBACK (file_bar_save_copy_cb), self);
  g_signal_connect_swapped (self->recovery_banner, "review", G_CALLBACK (banner_review_cb), self);
  g_signal_connect_swapped (self->recovery_banner, "dismiss", G_CALLBACK (dismiss_cb), self);
  g_signal_connect_swapped (self->recovery_page, "restore", G_CALLBACK (page_restore_cb), self);
  g_signal_connect_swapped (self->recovery_page, "dismiss", G_CALLBACK (dismiss_cb), self);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (window_notify_is_active_cb), NULL);
}

void
_kr_window_recovery_set_application (KrWindow      *self,
                                     KrApplication *app)
{
  KrRecoveryOffer *offer = kr_application_get_recovery_offer (app);

  if (offer == NULL)
    return;

  self->recovery_offer = g_object_ref (offer);
  kr_recovery_page_set_offer (self->recovery_page, offer);
  g_signal_connect_object (kr_recovery_offer_get_items (offer), "items-changed",
                           G_CALLBACK (offer_items_changed_cb), self, G_CONNECT_SWAPPED);
  update_offer (self);
}

void
_kr_window_recovery_dispose (KrWindow *self)
{
  if (self->autosave != NULL)
    {
      /* Gone without the question (the session ended, say): the changes
       * stay on disk as a copy for the next start to offer. */
      kr_autosave_write_sync (self->autosave);
      kr_autosave_set_document (self->autosave, NULL, NULL, NULL);
      g_clear_object (&self->autosave);
    }
  g_clear_object (&self->recovery_offer);
}

void
_kr_window_recovery_set_document (KrWindow       *self,
                                  KrRecoveryCopy *copy)
{
  kr_autosave_set_document (self->autosave, self->journey, self->history, copy);
  _kr_window_recovery_file_changed (self);
  if (self->recovery_banner != NULL)
    update_offer (self);
}

void
_kr_window_recovery_file_changed (KrWindow *self)
{
  g_autofree char *name = NULL;

  kr_autosave_set_original (self->autosave, self->file, self->etag);
  if (self->file != NULL)
    name = _kr_file_dup_display_name (self->file);
  kr_file_changed_bar_set_name (self->file_bar, name);
  kr_file_changed_bar_set_file (self->file_bar, self->file, self->etag);
}

void
_kr_window_recovery_discard (KrWindow *self)
{
  kr_autosave_discard (self->autosave);
}

gboolean
_kr_window_recovery_wants_page (KrWindow *self)
{
  return self->recovery_offer != NULL && !self->recovery_dismissed &&
         g_list_model_get_n_items (kr_recovery_offer_get_items (self->recovery_offer)) > 0;
}

void
_kr_window_restore (KrWindow       *self,
                    KrRecoveryItem *item)
{
  g_autoptr(KrRecoveryItem) held = g_object_ref (item);
  KrRecoveryCopy *copy = kr_recovery_item_get_copy (item);
  KrJourney *journey = kr_recovery_item_get_journey (item);
  g_autoptr(GFile) original = kr_recovery_item_dup_original (item);
  g_autofree char *name = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *title = NULL;
  KrWindow *target = self;

  g_return_if_fail (journey != NULL);

  /* Into this window when it has nothing of its own, else beside it. */
  if (!kr_window_is_empty_and_unmodified (self) && get_application (self) != NULL)
    target = kr_window_new (get_application (self));

  if (self->recovery_offer != NULL)
    kr_recovery_offer_remove (self->recovery_offer, item);

  /* Tied to its original, with the tag it had when it was opened: if the
   * file changed since, saving asks first and the bar says so. */
  _kr_window_set_document_full (target, journey, original,
                                kr_recovery_copy_get_original_etag (copy), copy);
  kr_history_mark_unsaved (target->history);
  if (original != NULL && get_application (target) != NULL)
    kr_application_add_recent (get_application (target), original);
  gtk_window_present (GTK_WINDOW (target));

  name = _kr_window_dup_display_name (target);
  markup = g_markup_escape_text (name, -1);
  /* TRANSLATORS: a toast after restoring a recovered journey */
  title = g_strdup_printf (_("Restored the unsaved changes to “%s”"), markup);
  _kr_window_add_toast (target, adw_toast_new (title));
}
