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

G_END_DECLS
