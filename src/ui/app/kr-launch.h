/* kr-launch.h: opening a file or the help in another program
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Opens @uri in the program the user chose for it, as gtk_show_uri_full ()
 * does, but with the user's own environment: without what the app set for
 * itself (see kr-renderer.c). @parent may be NULL. */
void     kr_launch_uri        (GtkWindow            *parent,
                               const char           *uri,
                               GCancellable         *cancellable,
                               GAsyncReadyCallback   callback,
                               gpointer              user_data);
gboolean kr_launch_uri_finish (GAsyncResult         *result,
                               GError              **error);

G_END_DECLS
