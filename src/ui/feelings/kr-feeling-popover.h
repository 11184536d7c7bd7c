/* kr-feeling-popover.h: a phase's feelings, "van … naar …", picked on the wheel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kr-model.h"

G_BEGIN_DECLS

#define KR_TYPE_FEELING_POPOVER (kr_feeling_popover_get_type ())
G_DECLARE_FINAL_TYPE (KrFeelingPopover, kr_feeling_popover, KR, FEELING_POPOVER, GtkPopover)

GtkWidget *kr_feeling_popover_new       (void);
/* The phase whose feelings are edited; every change is a command on
 * @history. */
void       kr_feeling_popover_set_phase (KrFeelingPopover *self,
                                         KrPhase          *phase,
                                         KrHistory        *history);
GtkWidget *kr_feeling_popover_get_wheel (KrFeelingPopover *self);
/* Keeps the popover no taller than @height pixels, the screen's room for
 * it, by making the wheel smaller where need be. */
void       kr_feeling_popover_set_max_height (KrFeelingPopover *self,
                                              int               height);

G_END_DECLS
