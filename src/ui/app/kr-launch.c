/* kr-launch.c: opening a file or the help in another program
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Without a GPU the app asks GTK for its cairo renderer through the
 * environment, set in main () before any thread runs and never changed
 * afterwards, since other threads read the environment too. A program the
 * app opens must not inherit that wish: it goes with a launch context that
 * holds the user's own values. When nothing was changed, GTK's own
 * gtk_show_uri_full () does the work, as it knows best how to tell a portal
 * which window asked.
 */
#define G_LOG_DOMAIN "kr-launch"

#include "config.h"

#include "kr-launch.h"
#include "kr-renderer.h"

static void
show_uri_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (gtk_show_uri_full_finish (GTK_WINDOW (object), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
launch_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (g_app_info_launch_default_for_uri_finish (result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
kr_launch_uri (GtkWindow           *parent,
               const char          *uri,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GdkAppLaunchContext) context = NULL;
  GdkDisplay *display;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (uri != NULL);

  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, kr_launch_uri);

  /* gtk_show_uri_full () wants a window to finish with. */
  if (!kr_renderer_changed_environment () && parent != NULL)
    {
      gtk_show_uri_full (parent, uri, GDK_CURRENT_TIME, cancellable, show_uri_cb,
                         g_steal_pointer (&task));
      return;
    }

  display = parent != NULL ? gtk_widget_get_display (GTK_WIDGET (parent))
                           : gdk_display_get_default ();
  context = gdk_display_get_app_launch_context (display);
  kr_renderer_prepare_launch_context (G_APP_LAUNCH_CONTEXT (context));
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), cancellable,
                                           launch_cb, g_steal_pointer (&task));
}

gboolean
kr_launch_uri_finish (GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kr_launch_uri, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
