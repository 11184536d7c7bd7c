/* kr-canvas.h: the journey map as one zoomable, editable wall
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kr-layout.h"
#include "kr-model.h"

G_BEGIN_DECLS

#define KR_CANVAS_ZOOM_MIN 0.1
#define KR_CANVAS_ZOOM_MAX 4.0

#define KR_TYPE_CANVAS (kr_canvas_get_type ())
G_DECLARE_FINAL_TYPE (KrCanvas, kr_canvas, KR, CANVAS, GtkWidget)

GtkWidget      *kr_canvas_new              (void);
/* The journey on show and the history its edits go to; both or neither. */
void            kr_canvas_set_document     (KrCanvas     *self,
                                            KrJourney    *journey,
                                            KrHistory    *history);
KrJourney      *kr_canvas_get_journey      (KrCanvas     *self);
KrHistory      *kr_canvas_get_history      (KrCanvas     *self);
/* The canvas's actions (zoom, add, edit, clipboard, phases) under the
 * "canvas" prefix; the window inserts the same group so its header bar
 * and shortcuts reach them. */
GActionGroup   *kr_canvas_get_actions      (KrCanvas     *self);

/* The layout on show, brought up to date first; NULL without a journey. */
const KrLayout *kr_canvas_get_layout       (KrCanvas     *self);

double          kr_canvas_get_zoom         (KrCanvas     *self);
/* Zooms about the view's centre. */
void            kr_canvas_set_zoom         (KrCanvas     *self,
                                            double        zoom);
/* Shows the whole map. */
void            kr_canvas_zoom_to_fit      (KrCanvas     *self);
/* Between map units and the widget's own coordinates. */
void            kr_canvas_map_to_widget    (KrCanvas     *self,
                                            double        map_x,
                                            double        map_y,
                                            double       *widget_x,
                                            double       *widget_y);
void            kr_canvas_widget_to_map    (KrCanvas     *self,
                                            double        widget_x,
                                            double        widget_y,
                                            double       *map_x,
                                            double       *map_y);

/* The selected notes, in the order they were picked (borrowed). */
GPtrArray      *kr_canvas_get_selection    (KrCanvas     *self);
/* Selects @notes (borrowed) only; NULL or empty clears the selection. */
void            kr_canvas_select_notes     (KrCanvas     *self,
                                            GPtrArray    *notes);

/* Opens the in-place editor on a note's text or a phase's title. */
void            kr_canvas_edit_note        (KrCanvas     *self,
                                            KrNote       *note);
void            kr_canvas_edit_phase       (KrCanvas     *self,
                                            KrPhase      *phase);
/* Gives the keyboard to a phase's title, scrolled into view. */
void            kr_canvas_focus_phase      (KrCanvas     *self,
                                            KrPhase      *phase);
/* Opens it on the journey's title. */
void            kr_canvas_edit_title       (KrCanvas     *self);
/* Ends what is under way, typing in place or dragging a curve point,
 * keeping what was done, so that the journey holds it before it is saved,
 * printed, exported or closed. */
void            kr_canvas_commit_pending   (KrCanvas     *self);
/* The text view of the in-place editor, or NULL when nothing is edited. */
GtkWidget      *kr_canvas_get_editor       (KrCanvas     *self);

G_END_DECLS
