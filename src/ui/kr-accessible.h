/* kr-accessible.h: names for screen readers where GTK gives none
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Names every button and check button in @root's tree whose label has a
 * mnemonic by what it shows. GTK 4.8 otherwise reads such a label twice,
 * underline and all ("_Open Open"). */
void kr_accessible_name_mnemonic_buttons (GtkWidget      *root);
/* Names a menu button; an icon-only one has no name of its own. */
void kr_accessible_name_menu_button      (GtkWidget      *menu_button,
                                          const char     *name);
/* Names both halves of a split button: the button and its arrow. */
void kr_accessible_name_split_button     (AdwSplitButton *button,
                                          const char     *name,
                                          const char     *dropdown_name);

G_END_DECLS
