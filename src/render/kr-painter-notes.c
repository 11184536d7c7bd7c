/* kr-painter-notes.c: sticky notes, their icons and stars
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kr-painter"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kr-painter-private.h"

/* --- Painting helpers --------------------------------------------------- */

void
kr_paint_init (KrPaint        *p,
               cairo_t        *cr,
               const KrStyle  *style,
               const KrLayout *layout)
{
  memset (p, 0, sizeof *p);
  p->cr = cr;
  p->style = style;
  p->m = &layout->m;
  p->context = kr_render_create_context ();
  p->text = pango_layout_new (p->context);
  for (guint i = 0; i < KR_STYLE_N_TEXTS; i++)
    p->fonts[i] = kr_style_create_font (layout->style, i);
  p->flat = kr_style_get_variant (style) == KR_STYLE_PRINT || kr_style_is_high_contrast (style);
}

void
kr_paint_clear (KrPaint *p)
{
  for (guint i = 0; i < KR_STYLE_N_TEXTS; i++)
    g_clear_pointer (&p->fonts[i], pango_font_description_free);
  g_clear_object (&p->text);
  g_clear_object (&p->context);
}

void
kr_paint_set_colour (KrPaint        *p,
                     const KrColour *colour)
{
  cairo_set_source_rgba (p->cr, colour->r, colour->g, colour->b, colour->a);
}

void
kr_paint_set_colour_alpha (KrPaint        *p,
                           const KrColour *colour,
                           double          alpha)
{
  cairo_set_source_rgba (p->cr, colour->r, colour->g, colour->b, colour->a * alpha);
}

void
kr_paint_set_style_colour (KrPaint       *p,
                           KrStyleColour  colour)
{
  kr_paint_set_colour (p, kr_style_get_colour (p->style, colour));
}

void
kr_paint_rounded_rect (cairo_t *cr,
                       double   x,
                       double   y,
                       double   width,
                       double   height,
                       double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

double
kr_paint_text (KrPaint        *p,
               KrStyleText     font,
               const char     *text,
               gssize          length,
               double          x,
               double          y,
               double          width,
               double          indent,
               double          max_height,
               PangoAlignment  alignment)
{
  PangoRectangle logical;

  kr_render_setup_layout_text (p->text, p->fonts[font], width, indent, max_height);
  pango_layout_set_alignment (p->text, alignment);
  kr_render_set_text (p->text, text, length);
  cairo_move_to (p->cr, x, y);
  pango_cairo_show_layout (p->cr, p->text);
  pango_layout_get_extents (p->text, NULL, &logical);

  return logical.height / (double) PANGO_SCALE;
}

/* --- Shapes ------------------------------------------------------------- */

void
kr_paint_star (KrPaint *p,
               double   cx,
               double   cy,
               double   radius)
{
  cairo_t *cr = p->cr;

  cairo_new_path (cr);
  for (guint i = 0; i < 10; i++)
    {
      double angle = -G_PI / 2 + i * G_PI / 5;
      double r = i % 2 == 0 ? radius : radius * 0.46;

      cairo_line_to (cr, cx + r * cos (angle), cy + r * sin (angle));
    }
  cairo_close_path (cr);
  kr_paint_set_style_colour (p, KR_STYLE_COLOUR_STAR);
  cairo_fill_preserve (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_width (cr, MAX (1.0, radius / 8));
  kr_paint_set_style_colour (p, KR_STYLE_COLOUR_STAR_OUTLINE);
  cairo_stroke (cr);
}

/* Pain and gain differ by shape as well as colour, so they stay apart in
 * greyscale and for readers who do not see red and green: a lightning
 * bolt, a heart, and a light bulb for an idea. Drawn on a 16 × 16 grid. */
void
kr_paint_kind_icon (KrPaint        *p,
                    KrNoteKind      kind,
                    double          x,
                    double          y,
                    double          size,
                    const KrColour *colour)
{
  cairo_t *cr = p->cr;

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, size / 16, size / 16);
  cairo_new_path (cr);
  kr_paint_set_colour (p, colour);

  switch (kind)
    {
    case KR_NOTE_KIND_PAIN:
      cairo_move_to (cr, 10.5, 0);
      cairo_line_to (cr, 2.5, 9.2);
      cairo_line_to (cr, 7.4, 9.2);
      cairo_line_to (cr, 5.2, 16);
      cairo_line_to (cr, 13.5, 6.2);
      cairo_line_to (cr, 8.6, 6.2);
      cairo_line_to (cr, 11.6, 0);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;

    case KR_NOTE_KIND_GAIN:
      cairo_move_to (cr, 8, 15);
      cairo_curve_to (cr, 1.5, 10.5, 0, 7.5, 0.3, 4.8);
      cairo_curve_to (cr, 0.6, 1.8, 3, 0.6, 4.6, 0.8);
      cairo_curve_to (cr, 6.2, 1, 7.4, 2, 8, 3.4);
      cairo_curve_to (cr, 8.6, 2, 9.8, 1, 11.4, 0.8);
      cairo_curve_to (cr, 13, 0.6, 15.4, 1.8, 15.7, 4.8);
      cairo_curve_to (cr, 16, 7.5, 14.5, 10.5, 8, 15);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;

    case KR_NOTE_KIND_IMPROVEMENT:
      /* The glass, then the screw base in two bands. */
      cairo_arc (cr, 8, 6, 5.6, 0.8 * G_PI, 2.2 * G_PI);
      cairo_line_to (cr, 10.6, 11.4);
      cairo_line_to (cr, 5.4, 11.4);
      cairo_close_path (cr);
      cairo_fill (cr);
      cairo_rectangle (cr, 5.4, 12.3, 5.2, 1.4);
      cairo_rectangle (cr, 6.2, 14.4, 3.6, 1.4);
      cairo_fill (cr);
      break;

    case KR_NOTE_KIND_ACTIVITY:
    default:
      break;
    }

  cairo_restore (cr);
}

/* --- Notes -------------------------------------------------------------- */

static void
paint_shadow (KrPaint      *p,
              const KrRect *r)
{
  const KrColour *shadow = kr_style_get_colour (p->style, KR_STYLE_COLOUR_SHADOW);
  gboolean dark = kr_style_is_dark (p->style);
  double s = p->m->scale;
  /* A soft shadow without a blur: a few offset, fading rectangles, so it
   * stays vector in PDF and SVG. */
  static const struct { double dy, grow, alpha; } layers[] = {
    { 3.0, 2.5, 0.04 },
    { 2.0, 1.2, 0.06 },
    { 1.0, 0.3, 0.10 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (layers); i++)
    {
      double grow = layers[i].grow * s;

      kr_paint_rounded_rect (p->cr, r->x - grow, r->y - grow + layers[i].dy * s,
                             r->width + 2 * grow, r->height + 2 * grow,
                             p->m->note_radius + grow);
      kr_paint_set_colour_alpha (p, shadow, layers[i].alpha * (dark ? 3 : 1));
      cairo_fill (p->cr);
    }
}

void
kr_paint_note (KrPaint            *p,
               const KrLayoutNote *ln)
{
  cairo_t *cr = p->cr;
  const KrMetrics *m = p->m;
  KrNote *note = ln->note;
  KrNoteKind kind = kr_note_get_kind (note);
  const KrRect *r = &ln->rect;
  const char *text = kr_note_get_text (note) ?: "";
  const char *channel = kr_note_get_channel (note);
  const KrEmotion *emotion = kr_emotion_lookup (kr_note_get_emotion (note));
  KrColour paper = *kr_style_get_note_paper (p->style, kind);
  KrColour edge = *kr_style_get_note_edge (p->style, kind);
  KrColour ink = *kr_style_get_colour (p->style, KR_STYLE_COLOUR_NOTE_TEXT);
  KrColour ink2 = *kr_style_get_colour (p->style, KR_STYLE_COLOUR_NOTE_TEXT_SECONDARY);
  KrColour own;
  KrNoteBox box;
  double footer_x;

  /* A user's own colour is the paper; the ink follows it to stay legible. */
  if (kr_colour_parse (kr_note_get_colour (note), &own))
    {
      paper = own;
      ink = kr_colour_contrasting (&own);
      ink2 = ink;
      ink2.a = 0.72;
      if (kind == KR_NOTE_KIND_ACTIVITY)
        edge = (KrColour) { own.r * 0.7, own.g * 0.7, own.b * 0.7, 1 };
    }

  if (!p->flat)
    paint_shadow (p, r);

  kr_paint_rounded_rect (cr, r->x, r->y, r->width, r->height, m->note_radius);
  kr_paint_set_colour (p, &paper);
  cairo_fill_preserve (cr);

  /* The red thread runs along the left edge, inside the paper. */
  if (kr_note_get_red_thread (note))
    {
      cairo_save (cr);
      cairo_clip (cr);
      cairo_rectangle (cr, r->x, r->y, 5 * m->scale, r->height);
      kr_paint_set_style_colour (p, KR_STYLE_COLOUR_RED_THREAD);
      cairo_fill (cr);
      cairo_restore (cr);
      kr_paint_rounded_rect (cr, r->x, r->y, r->width, r->height, m->note_radius);
    }

  if (kr_style_is_high_contrast (p->style))
    cairo_set_line_width (cr, 2 * m->scale);
  else
    cairo_set_line_width (cr, (kind == KR_NOTE_KIND_ACTIVITY ? 1 : 1.5) * m->scale);
  kr_paint_set_colour_alpha (p, &edge, kind == KR_NOTE_KIND_ACTIVITY ? 0.7 : 1);
  cairo_stroke (cr);

  kr_note_box (m, note, r, ln->ellipsized, &box);

  kr_paint_set_colour (p, &ink);
  kr_paint_text (p, KR_STYLE_TEXT_NOTE, text, kr_note_text_length (text),
                 box.x, box.y, box.width, box.indent, box.max_height, PANGO_ALIGN_LEFT);

  /* The icon goes where the first line begins, which for Arabic or Hebrew
   * is on the right: Pango indents a line at its start. */
  if (kr_note_kind_has_icon (kind))
    kr_paint_kind_icon (p, kind,
                        kr_render_layout_is_rtl (p->text) ? box.x + box.width - m->icon_size : box.x,
                        box.y + (m->note_line_height - m->icon_size) / 2, m->icon_size, &edge);

  if (kr_note_get_moment_of_truth (note))
    kr_paint_star (p, r->x + r->width - m->note_pad_x / 2 - m->star_size / 2,
                   r->y + m->note_pad_y / 2 + m->star_size / 2, m->star_size / 2);

  if (!box.has_footer)
    return;

  footer_x = box.x;
  if (emotion != NULL)
    {
      double d = 10 * m->scale;
      KrColour dot = kr_colour_from_rgb (emotion->colour);

      cairo_new_path (cr);
      cairo_arc (cr, footer_x + d / 2, box.footer_y + m->footer_height / 2, d / 2, 0, 2 * G_PI);
      kr_paint_set_colour (p, &dot);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 1 * m->scale);
      kr_paint_set_colour_alpha (p, &ink, 0.35);
      cairo_stroke (cr);
      footer_x += d + 6 * m->scale;
    }
  if (channel != NULL && *channel != '\0')
    {
      kr_paint_set_colour (p, &ink2);
      kr_paint_text (p, KR_STYLE_TEXT_SMALL, channel, -1, footer_x, box.footer_y,
                     r->x + r->width - m->note_pad_x - footer_x, 0, 1, PANGO_ALIGN_LEFT);
    }
}

void
kr_painter_paint_notes (cairo_t             *cr,
                        const KrLayout      *layout,
                        const KrStyle       *style,
                        const KrLayoutNote **notes,
                        guint                n_notes,
                        double               alpha)
{
  KrPaint p;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (notes != NULL || n_notes == 0);

  /* The layout's own metrics and one set of fonts for them all: this runs
   * on every frame of a drag. */
  kr_paint_init (&p, cr, style, layout);
  for (guint i = 0; i < n_notes; i++)
    {
      cairo_save (cr);
      cairo_push_group (cr);
      kr_paint_note (&p, notes[i]);
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, alpha);
      cairo_restore (cr);
    }
  kr_paint_clear (&p);
}
