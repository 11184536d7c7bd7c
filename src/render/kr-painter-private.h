/* kr-painter-private.h: what the parts of the painter share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kr-layout-private.h"
#include "kr-painter.h"

G_BEGIN_DECLS

/* One paint: the fonts and the PangoLayout are made once and reused for
 * every text drawn. */
typedef struct
{
  cairo_t              *cr;
  const KrStyle        *style;
  const KrMetrics      *m;
  KrRect                clip;
  PangoContext         *context;
  PangoLayout          *text;
  PangoFontDescription *fonts[KR_STYLE_N_TEXTS];
  gboolean              flat;    /* print: no shadows, which print as smudges */
} KrPaint;

/* The colours come from @style, the fonts and distances from @layout: a
 * layout for paper or a projector has sizes of its own. */
void kr_paint_init          (KrPaint          *p,
                             cairo_t          *cr,
                             const KrStyle    *style,
                             const KrLayout   *layout);
void kr_paint_clear         (KrPaint          *p);

void kr_paint_set_colour    (KrPaint          *p,
                             const KrColour   *colour);
void kr_paint_set_colour_alpha (KrPaint       *p,
                                const KrColour *colour,
                                double          alpha);
void kr_paint_set_style_colour (KrPaint       *p,
                                KrStyleColour   colour);
/* Draws @text with its top left at (@x, @y); returns the height drawn. */
double kr_paint_text        (KrPaint          *p,
                             KrStyleText       font,
                             const char       *text,
                             gssize            length,
                             double            x,
                             double            y,
                             double            width,
                             double            indent,
                             double            max_height,
                             PangoAlignment    alignment);

/* Shapes, drawn in a box of @size with its top left at (@x, @y). */
/* How much a caption must shrink so that no word of @text is broken at
 * @width; 1 when it fits as it is. */
double kr_paint_caption_fit_scale (KrPaint    *p,
                                   const char *text,
                                   double      width);

void kr_paint_star          (KrPaint          *p,
                             double            cx,
                             double            cy,
                             double            radius);
void kr_paint_kind_icon     (KrPaint          *p,
                             KrNoteKind        kind,
                             double            x,
                             double            y,
                             double            size,
                             const KrColour   *colour);

void kr_paint_note          (KrPaint          *p,
                             const KrLayoutNote *note);

G_END_DECLS
