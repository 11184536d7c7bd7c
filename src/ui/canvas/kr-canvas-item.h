/* kr-canvas-item.h: a note, a phase title or a curve point as something
 * focusable
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
/* A phase's point of the emotion curve: a slider from -5 to +5. */
GtkWidget  *kr_canvas_item_new_curve_point (KrPhase   *phase);
KrNote     *kr_canvas_item_get_note     (KrCanvasItem *self);
/* The phase of a phase title; NULL for a note or a curve point. */
KrPhase    *kr_canvas_item_get_phase    (KrCanvasItem *self);
/* The phase of a curve point; NULL for anything else. */
KrPhase    *kr_canvas_item_get_curve_phase (KrCanvasItem *self);
/* The phase the item stands in: its own, or its note's (looked up in
 * @journey); NULL for a note of no phase. */
KrPhase    *kr_canvas_item_find_phase   (KrCanvasItem *self,
                                         KrJourney    *journey);
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
/* A curve point's value, and how a screen reader says it. */
void        kr_canvas_item_set_value    (KrCanvasItem *self,
                                         double        value,
                                         const char   *text);

G_END_DECLS
