/* kr-painter.h: draws a journey map on any cairo context
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One look for the screen, PDF, PNG, SVG and print. The canvas draws what
 * only a screen has (selection, focus, drag feedback, hover) on top.
 */
#pragma once

#include <cairo.h>

#include "kr-layout.h"

G_BEGIN_DECLS

/* Draws @layout in map units: scale and translate @cr first to zoom and
 * pan. Only what meets @clip (in map units; NULL for everything) is drawn,
 * so a screen repaint costs what is visible. */
void kr_painter_paint      (cairo_t        *cr,
                            const KrLayout *layout,
                            const KrStyle  *style,
                            const KrRect   *clip);
/* Only the column of lane names (kr_layout_get_gutter_rect ()), which the
 * canvas keeps in view while the map scrolls sideways. */
void kr_painter_paint_gutter (cairo_t        *cr,
                              const KrLayout *layout,
                              const KrStyle  *style);
/* Adds a rectangle with corners rounded by @radius to @cr's path; the
 * screen's own marks (selection, focus) share the notes' shape. */
void kr_paint_rounded_rect   (cairo_t        *cr,
                              double          x,
                              double          y,
                              double          width,
                              double          height,
                              double          radius);
/* Some notes of @layout on their own, each at its layout rectangle and
 * with @alpha, for drag feedback. */
void kr_painter_paint_notes (cairo_t             *cr,
                             const KrLayout      *layout,
                             const KrStyle       *style,
                             const KrLayoutNote **notes,
                             guint                n_notes,
                             double               alpha);

G_END_DECLS
