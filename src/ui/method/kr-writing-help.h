/* kr-writing-help.h: the method's writing guide while an activity is typed
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kr-model.h"
#include "kr-suggestions.h"

G_BEGIN_DECLS

#define KR_TYPE_WRITING_HELP (kr_writing_help_get_type ())
G_DECLARE_FINAL_TYPE (KrWritingHelp, kr_writing_help, KR, WRITING_HELP, GtkPopover)

GtkWidget     *kr_writing_help_new             (void);
/* Follows what is typed in @view, offering the words of @journey's
 * language; NULL lets go and hides it. */
void           kr_writing_help_attach          (KrWritingHelp *self,
                                                GtkTextView   *view,
                                                KrJourney     *journey);
GtkTextView   *kr_writing_help_get_view        (KrWritingHelp *self);
/* Whether there is something to offer, and so it should show. */
gboolean       kr_writing_help_get_active      (KrWritingHelp *self);
KrSuggestions *kr_writing_help_get_suggestions (KrWritingHelp *self);

G_END_DECLS
