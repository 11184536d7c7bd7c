/* kr-text-field.h: a text of the journey, edited where it is shown
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kr-model.h"

G_BEGIN_DECLS

#define KR_TYPE_TEXT_FIELD (kr_text_field_get_type ())
G_DECLARE_FINAL_TYPE (KrTextField, kr_text_field, KR, TEXT_FIELD, GtkTextView)

GtkWidget  *kr_text_field_new        (void);
/* Shows the string property @property of @object and changes it as the
 * user types, by commands on @history named @label: every key shows at
 * once, and all the typing of one visit to the field is one step. An
 * empty text is no value (NULL). @object NULL lets go. */
void        kr_text_field_bind       (KrTextField *self,
                                      gpointer     object,
                                      const char  *property,
                                      KrHistory   *history,
                                      const char  *label);
/* The text shown, dim, while the field is empty. */
const char *kr_text_field_get_placeholder_text (KrTextField *self);
void        kr_text_field_set_placeholder_text (KrTextField *self,
                                                const char  *text);
/* The text as it stands in the field. */
char       *kr_text_field_dup_text   (KrTextField *self);
/* Puts @text in the field as if typed: one step with what went before. */
void        kr_text_field_replace    (KrTextField *self,
                                      const char  *text);
/* Ends the visit: white space at the ends goes, and the next key starts
 * a step of its own. Leaving the field or pressing Enter does this. */
void        kr_text_field_commit     (KrTextField *self);

G_END_DECLS
