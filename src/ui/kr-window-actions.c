/* kr-window-actions.c: the actions of a journey window
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kr-window-actions"

#include "config.h"

#include <glib/gi18n.h>

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

  if (!forward_to_editor (self, "text.undo"))
    kr_history_undo (self->history);
}

static void
kr_window_redo_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  KrWindow *self = user_data;

  if (!forward_to_editor (self, "text.redo"))
    kr_history_redo (self->history);
}

static void
kr_window_show_load_warnings_action (GSimpleAction *action,
                                     GVariant      *param,
                                     gpointer       user_data)
{
  _kr_window_show_load_warnings (KR_WINDOW (user_data));
}

static const GActionEntry win_entries[] = {
  { "save", kr_window_save_action },
  { "save-as", kr_window_save_as_action },
  { "close", kr_window_close_action },
  { "undo", kr_window_undo_action },
  { "redo", kr_window_redo_action },
  { "show-load-warnings", kr_window_show_load_warnings_action },
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

  /* A journey that was never saved can always be saved, even unchanged. */
  set_action_enabled (self, "save", modified || self->file == NULL);
  set_action_enabled (self, "undo", kr_history_get_can_undo (self->history));
  set_action_enabled (self, "redo", kr_history_get_can_redo (self->history));
  set_action_enabled (self, "show-load-warnings",
                      self->load_warnings != NULL && self->load_warnings->len > 0);
}
