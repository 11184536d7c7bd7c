/* kr-note-popover.h: the properties of one note
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kr-model.h"

G_BEGIN_DECLS

#define KR_TYPE_NOTE_POPOVER (kr_note_popover_get_type ())
G_DECLARE_FINAL_TYPE (KrNotePopover, kr_note_popover, KR, NOTE_POPOVER, GtkPopover)

GtkWidget *kr_note_popover_new      (void);
/* The note to show, and where its changes go; all NULL to let go. */
void       kr_note_popover_set_note (KrNotePopover *self,
                                     KrJourney     *journey,
                                     KrHistory     *history,
                                     KrNote        *note);
KrNote    *kr_note_popover_get_note (KrNotePopover *self);
/* Keeps the popover no taller than @height pixels, the screen's room for
 * it; what does not fit scrolls. */
void       kr_note_popover_set_max_height (KrNotePopover *self,
                                           int            height);

G_END_DECLS
