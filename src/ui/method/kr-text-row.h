/* kr-text-row.h: a row of a preferences list holding a text of the journey
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kr-text-field.h"

G_BEGIN_DECLS

#define KR_TYPE_TEXT_ROW (kr_text_row_get_type ())
G_DECLARE_FINAL_TYPE (KrTextRow, kr_text_row, KR, TEXT_ROW, AdwPreferencesRow)

GtkWidget   *kr_text_row_new       (void);
KrTextField *kr_text_row_get_field (KrTextRow *self);
/* A widget at the end of the title line, such as a menu of suggestions. */
void         kr_text_row_add_suffix (KrTextRow *self,
                                     GtkWidget *widget);

G_END_DECLS
