/* kr-window.h: a window showing one journey
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kr-application.h"
#include "kr-model.h"

G_BEGIN_DECLS

#define KR_TYPE_WINDOW (kr_window_get_type ())
G_DECLARE_FINAL_TYPE (KrWindow, kr_window, KR, WINDOW, AdwApplicationWindow)

KrWindow  *kr_window_new                            (KrApplication       *app);
/* Starts reading @file; the window shows it once it has loaded, replacing
 * the current journey without asking (kr_application_open_file () only
 * loads into empty windows). A file that fails to load is reported in a
 * dialog and the current journey stays. Returns FALSE if the load could
 * not start. */
gboolean   kr_window_load_file                      (KrWindow            *self,
                                                     GFile               *file);
/* Shows @journey as a new document that has no file yet. */
void       kr_window_open_untitled                  (KrWindow            *self,
                                                     KrJourney           *journey);
GFile     *kr_window_get_file                       (KrWindow            *self);
KrJourney *kr_window_get_journey                    (KrWindow            *self);
KrHistory *kr_window_get_history                    (KrWindow            *self);
/* What keeps the journey's recovery copy. */
KrAutosave *kr_window_get_autosave                  (KrWindow            *self);
/* Whether a load is in progress. */
gboolean   kr_window_get_loading                    (KrWindow            *self);
/* Whether @file is shown, or being loaded, in this window. */
gboolean   kr_window_has_file                       (KrWindow            *self,
                                                     GFile               *file);
/* A new journey nobody has touched, which opening a file may replace. */
gboolean   kr_window_is_empty_and_unmodified        (KrWindow            *self);
/* Closes the window, first asking whether to save unsaved changes. The
 * result is TRUE if the window closed, FALSE if the user kept it open. */
void       kr_window_close_with_confirmation        (KrWindow            *self,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean   kr_window_close_with_confirmation_finish (KrWindow            *self,
                                                     GAsyncResult        *result);

G_END_DECLS
