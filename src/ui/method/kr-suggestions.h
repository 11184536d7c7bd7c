/* kr-suggestions.h: words to pick, as a row of small buttons
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KR_TYPE_SUGGESTIONS (kr_suggestions_get_type ())
G_DECLARE_FINAL_TYPE (KrSuggestions, kr_suggestions, KR, SUGGESTIONS, GtkWidget)

GtkWidget  *kr_suggestions_new         (void);
/* The words on offer, at most @max of them (0 for all); none hides it. */
void        kr_suggestions_set_words   (KrSuggestions *self,
                                        GPtrArray     *words,
                                        guint          max);
guint       kr_suggestions_get_n_words (KrSuggestions *self);
const char *kr_suggestions_get_word    (KrSuggestions *self,
                                        guint          index);
/* The button of a word, for tests. */
GtkWidget  *kr_suggestions_get_button  (KrSuggestions *self,
                                        guint          index);
/* Whether the buttons take the keyboard (they do not by default, so
 * that clicking one leaves the cursor where the typing is). */
void        kr_suggestions_set_focusable_buttons (KrSuggestions *self,
                                                  gboolean       focusable);

G_END_DECLS
