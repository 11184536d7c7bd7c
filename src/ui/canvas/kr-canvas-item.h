/* kr-canvas-item.h: a note or a phase title as something focusable
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kr-layout.h"
#include "kr-model.h"

G_BEGIN_DECLS

#define KR_TYPE_CANVAS_ITEM (kr_canvas_item_get_type ())
G_DECLARE_FINAL_TYPE (KrCanvasItem, kr_canvas_item, KR, CANVAS_ITEM, GtkWidget)

/* One of @note and @phase; the item keeps a reference to it. */
GtkWidget  *kr_canvas_item_new          (KrNote       *note,
                                         KrPhase      *phase);
KrNote     *kr_canvas_item_get_note     (KrCanvasItem *self);
KrPhase    *kr_canvas_item_get_phase    (KrCanvasItem *self);
/* Where it sits on the map, in map units. */
KrRect      kr_canvas_item_get_rect     (KrCanvasItem *self);
void        kr_canvas_item_set_rect     (KrCanvasItem *self,
                                         const KrRect *rect);
/* What a screen reader says; kept here too, since GTK 4.8 has no way to
 * read an accessible property back. */
const char *kr_canvas_item_get_label    (KrCanvasItem *self);
void        kr_canvas_item_set_label    (KrCanvasItem *self,
                                         const char   *label,
                                         const char   *description);
void        kr_canvas_item_set_selected (KrCanvasItem *self,
                                         gboolean      selected);

G_END_DECLS
