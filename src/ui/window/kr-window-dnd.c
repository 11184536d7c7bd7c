/* kr-window-dnd.c: journeys dropped on a window
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A .klantreis file dragged from a file manager onto any part of the
 * window opens: in this window when it holds nothing yet, else in a window
 * of its own, so no work is replaced. On the map the canvas receives the
 * drop (text dropped there becomes notes) and hands files on to here.
 */
#define G_LOG_DOMAIN "kr-window-dnd"

#include "config.h"

#include "kr-window-private.h"

void
_kr_window_open_files (KrWindow    *self,
                       GdkFileList *files)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GSList) list = gdk_file_list_get_files (files);

  for (GSList *l = list; l != NULL; l = l->next)
    {
      GFile *file = l->data;

      if (l == list && kr_window_is_empty_and_unmodified (self))
        kr_window_load_file (self, file);
      else if (app != NULL && KR_IS_APPLICATION (app))
        kr_application_open_file (KR_APPLICATION (app), file);
    }
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         KrWindow      *self)
{
  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  _kr_window_open_files (self, g_value_get_boxed (value));
  return TRUE;
}

static void
canvas_open_files_cb (KrWindow    *self,
                      GdkFileList *files,
                      KrCanvas    *canvas)
{
  _kr_window_open_files (self, files);
}

void
_kr_window_dnd_init (KrWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  g_signal_connect_object (self->canvas, "open-files", G_CALLBACK (canvas_open_files_cb), self,
                           G_CONNECT_SWAPPED);
}
