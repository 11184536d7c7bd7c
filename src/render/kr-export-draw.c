/* kr-export-draw.c: drawing the pages of a handout and of a poster
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pages are laid out by kr-export-handout.c; here each is drawn on any
 * cairo context: the map with its legend, the lines of text that belong to
 * the page, and the footer.
 */
#define G_LOG_DOMAIN "kr-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "kr-curve.h"
#include "kr-export-private.h"

/* --- Drawing ------------------------------------------------------------- */

static void
set_grey (cairo_t *cr,
          double   grey)
{
  cairo_set_source_rgb (cr, grey, grey, grey);
}

/* One line of text, aligned left (0), centred (0.5) or right (1) at @x. */
static double
show_line (KrHandout  *self,
           cairo_t    *cr,
           const char *text,
           double      size,
           PangoWeight weight,
           double      x,
           double      y,
           double      align,
           double      max_width)
{
  g_autoptr(PangoLayout) layout = kr_handout_new_layout (self, size, weight, -1);
  int width, height;

  kr_render_set_text (layout, text, -1);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_get_size (layout, &width, &height);
  cairo_move_to (cr, x - align * width / (double) PANGO_SCALE, y);
  pango_cairo_show_layout (cr, layout);
  return width / (double) PANGO_SCALE;
}

static void
draw_footer (KrHandout *self,
             cairo_t   *cr,
             guint      page)
{
  double y = self->height - MARGIN - FOOTER_SIZE - 2;
  double third = (self->width - 2 * MARGIN) / 3;
  g_autofree char *number = NULL;

  cairo_save (cr);
  set_grey (cr, 0.75);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN, y - 5);
  cairo_line_to (cr, self->width - MARGIN, y - 5);
  cairo_stroke (cr);

  set_grey (cr, 0.3);
  show_line (self, cr, self->title, FOOTER_SIZE, PANGO_WEIGHT_NORMAL, MARGIN, y, 0, third - 8);
  show_line (self, cr, self->date, FOOTER_SIZE, PANGO_WEIGHT_NORMAL, self->width / 2, y, 0.5, 0);
  /* TRANSLATORS: the page number and the number of pages, in a footer */
  number = g_strdup_printf (kr_handout_tr (N_("%u / %u")), page + 1, self->pages->len);
  show_line (self, cr, number, FOOTER_SIZE, PANGO_WEIGHT_NORMAL, self->width - MARGIN, y, 1, 0);
  cairo_restore (cr);
}

/* The legend under the map: what the marks mean. */
static void
draw_legend (KrHandout *self,
             cairo_t   *cr,
             KrPaint   *p,
             double     y)
{
  const KrColour *pain = kr_style_get_note_edge (self->style, KR_NOTE_KIND_PAIN);
  const KrColour *gain = kr_style_get_note_edge (self->style, KR_NOTE_KIND_GAIN);
  const KrColour *idea = kr_style_get_note_edge (self->style, KR_NOTE_KIND_IMPROVEMENT);
  const KrColour *neutral = kr_style_get_colour (self->style, KR_STYLE_COLOUR_NEUTRAL_LINE);
  const KrColour *curve = kr_style_get_colour (self->style, KR_STYLE_COLOUR_CURVE);
  const struct
  {
    Marker          marker;
    const KrColour *colour;
    const char     *label;
  } items[] = {
    { MARKER_STAR, NULL, N_("Moment of truth") },
    { MARKER_PAIN, pain, N_("Pain") },
    { MARKER_GAIN, gain, N_("Gain") },
    { MARKER_IMPROVEMENT, idea, N_("Improvement") },
  };
  const double size = 11, text_y = y + 9, icon_y = text_y + 0.5;
  double x = MARGIN;

  cairo_save (cr);

  set_grey (cr, 0.85);
  cairo_set_line_width (cr, 0.5);
  cairo_rectangle (cr, MARGIN + 0.25, y + 0.25, self->width - 2 * MARGIN - 0.5, LEGEND_HEIGHT - 6);
  cairo_stroke (cr);

  x += 8;
  set_grey (cr, 0.15);
  x += show_line (self, cr, kr_handout_tr (N_("Legend")), 9, PANGO_WEIGHT_BOLD, x, text_y - 1, 0, 0) + 16;

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      if (items[i].marker == MARKER_STAR)
        kr_paint_star (p, x + size / 2, icon_y + size / 2, size / 2);
      else
        kr_paint_kind_icon (p, (KrNoteKind) (items[i].marker - MARKER_PAIN + KR_NOTE_KIND_PAIN),
                            x, icon_y, size, items[i].colour);
      x += size + 5;
      set_grey (cr, 0.15);
      x += show_line (self, cr, kr_handout_tr (items[i].label), 9, PANGO_WEIGHT_NORMAL, x, text_y - 1, 0, 0);
      x += 18;
    }

  /* The emotion curve. */
  cairo_set_source_rgba (cr, curve->r, curve->g, curve->b, curve->a);
  cairo_set_line_width (cr, 2);
  cairo_move_to (cr, x, icon_y + size * 0.8);
  cairo_curve_to (cr, x + 8, icon_y + size * 0.8, x + 10, icon_y, x + 20, icon_y + size * 0.2);
  cairo_stroke (cr);
  x += 25;
  set_grey (cr, 0.15);
  x += show_line (self, cr, kr_handout_tr (N_("Emotion curve")), 9, PANGO_WEIGHT_NORMAL, x, text_y - 1, 0, 0);
  x += 18;

  /* The neutral line, with its signs. */
  cairo_set_source_rgba (cr, neutral->r, neutral->g, neutral->b, neutral->a);
  cairo_set_line_width (cr, 1.5);
  cairo_move_to (cr, x + 10, icon_y + size / 2);
  cairo_line_to (cr, x + 34, icon_y + size / 2);
  cairo_stroke (cr);
  set_grey (cr, 0.15);
  show_line (self, cr, "+", 8, PANGO_WEIGHT_BOLD, x + 4, icon_y - 4.5, 0.5, 0);
  show_line (self, cr, "−", 8, PANGO_WEIGHT_BOLD, x + 4, icon_y + size / 2 - 1, 0.5, 0);
  x += 40;
  show_line (self, cr, kr_handout_tr (N_("Neutral line: positive above, negative below")), 9,
             PANGO_WEIGHT_NORMAL, x, text_y - 1, 0, self->width - MARGIN - x - 4);

  cairo_restore (cr);
}

/* The map laid out for the page (kr-export-map.c) is drawn at its size:
 * only a phase too full for any page at the smallest size is scaled to
 * fit, rather than cut. */
void
kr_handout_map_placement (KrHandout      *self,
                          const KrLayout *map,
                          double         *x,
                          double         *y,
                          double         *scale)
{
  double map_width = kr_layout_get_width (map);
  double map_height = kr_layout_get_height (map);
  double area_width = self->width - 2 * MARGIN;
  double area_height = self->height - MARGIN - FOOTER_HEIGHT - LEGEND_HEIGHT - self->map_top;

  *scale = MIN (1.0, MIN (area_width / map_width, area_height / map_height));
  *x = MARGIN + (area_width - map_width * *scale) / 2;
  *y = self->map_top;
}

static void
draw_map (KrHandout      *self,
          cairo_t        *cr,
          const KrLayout *map)
{
  double x, y, scale;

  kr_handout_map_placement (self, map, &x, &y, &scale);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, kr_layout_get_width (map), kr_layout_get_height (map));
  cairo_clip (cr);
  kr_painter_paint (cr, map, self->style, NULL);
  cairo_restore (cr);
}

/* The title, and under it the kind of journey and which part of the map
 * the page shows. */
static void
draw_map_heading (KrHandout *self,
                  cairo_t   *cr,
                  guint      map)
{
  g_autoptr(PangoLayout) title = kr_handout_map_title (self);
  g_autofree char *kind = kr_handout_kind_line (self->journey);
  g_autofree char *marker = kr_handout_part_marker (self, map);
  int height;
  double y;

  cairo_set_source_rgb (cr, 0.10, 0.20, 0.38);
  cairo_move_to (cr, MARGIN, MARGIN);
  pango_cairo_show_layout (cr, title);
  pango_layout_get_size (title, NULL, &height);
  y = MARGIN + height / (double) PANGO_SCALE + SUBTITLE_GAP;

  set_grey (cr, 0.3);
  show_line (self, cr, kind, SUBTITLE_SIZE, PANGO_WEIGHT_NORMAL, MARGIN, y, 0,
             marker != NULL ? (self->width - 2 * MARGIN) / 2 : 0);
  if (marker != NULL)
    {
      cairo_set_source_rgb (cr, 0.10, 0.20, 0.38);
      show_line (self, cr, marker, SUBTITLE_SIZE, PANGO_WEIGHT_BOLD, self->width - MARGIN, y, 1, 0);
    }
}

/* An activity's valence beside its text: tinted as the map tints the two
 * sides of the neutral line, and written out, so it reads in greyscale. */
static void
draw_valence (KrHandout *self,
              cairo_t   *cr,
              double     valence,
              double     x,
              double     y)
{
  g_autofree char *value = kr_handout_format_valence (valence);
  KrNoteKind side = valence > 0 ? KR_NOTE_KIND_GAIN : KR_NOTE_KIND_PAIN;
  const double width = VALENCE_INDENT - 6, height = 11.5;
  g_autoptr(PangoLayout) layout = kr_handout_new_layout (self, 7.5, PANGO_WEIGHT_BOLD, -1);
  int text_width, text_height;

  kr_paint_rounded_rect (cr, x, y + 0.5, width, height, 3);
  if (valence == 0)
    set_grey (cr, 0.92);
  else
    {
      const KrColour *paper = kr_style_get_note_paper (self->style, side);
      cairo_set_source_rgb (cr, paper->r, paper->g, paper->b);
    }
  cairo_fill_preserve (cr);
  if (valence == 0)
    set_grey (cr, 0.55);
  else
    {
      const KrColour *edge = kr_style_get_note_edge (self->style, side);
      cairo_set_source_rgb (cr, edge->r, edge->g, edge->b);
    }
  cairo_set_line_width (cr, 0.6);
  cairo_stroke_preserve (cr);
  cairo_new_path (cr);

  pango_layout_set_text (layout, value, -1);
  pango_layout_get_size (layout, &text_width, &text_height);
  if (valence == 0)
    set_grey (cr, 0.25);
  cairo_move_to (cr, x + (width - text_width / (double) PANGO_SCALE) / 2,
                 y + 0.5 + (height - text_height / (double) PANGO_SCALE) / 2);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_marker (KrHandout   *self,
             cairo_t     *cr,
             KrPaint     *p,
             const Block *block,
             double       x,
             double       y)
{
  const double size = 9;

  if (block->marker == MARKER_NONE)
    return;

  cairo_save (cr);
  switch (block->marker)
    {
    case MARKER_BULLET:
      set_grey (cr, 0.35);
      cairo_new_path (cr);
      cairo_arc (cr, x + size / 2, y + size / 2 + 1.5, 2, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case MARKER_STAR:
      kr_paint_star (p, x + size / 2, y + size / 2 + 1, size / 2 + 0.5);
      break;
    case MARKER_PAIN:
    case MARKER_GAIN:
    case MARKER_IMPROVEMENT:
      {
        KrNoteKind kind = block->marker - MARKER_PAIN + KR_NOTE_KIND_PAIN;
        kr_paint_kind_icon (p, kind, x, y + 1.5, size,
                            kr_style_get_note_edge (self->style, kind));
      }
      break;
    case MARKER_VALENCE:
      draw_valence (self, cr, block->valence, x, y);
      break;
    case MARKER_NONE:
    default:
      break;
    }
  cairo_restore (cr);
}

static void
draw_piece (KrHandout   *self,
            cairo_t     *cr,
            KrPaint     *p,
            const Piece *piece)
{
  const Block *block = &g_array_index (self->blocks, Block, piece->block);
  PangoLayoutIter *iter = pango_layout_get_iter (block->layout);
  /* The marker stands where a line begins: on the right of a line in
   * Arabic or Hebrew. */
  double x = MARGIN + piece->x + (block->rtl ? 0 : block->x);
  double top = block->line_top[piece->first_line];

  for (guint i = 0; i < piece->first_line; i++)
    pango_layout_iter_next_line (iter);

  if (block->kind == BLOCK_H2)
    cairo_set_source_rgb (cr, 0.10, 0.20, 0.38);
  else
    set_grey (cr, 0.08);

  for (guint i = 0; i < piece->n_lines; i++)
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle in_layout, in_line;
      double baseline = pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;

      pango_layout_iter_get_line_extents (iter, NULL, &in_layout);
      pango_layout_line_get_extents (line, NULL, &in_line);
      cairo_move_to (cr, x + (in_layout.x - in_line.x) / (double) PANGO_SCALE,
                     piece->y + baseline - top);
      pango_cairo_show_layout_line (cr, line);
      pango_layout_iter_next_line (iter);
    }
  pango_layout_iter_free (iter);

  if (block->kind == BLOCK_H2 && piece->first_line == 0)
    {
      cairo_set_source_rgb (cr, 0.10, 0.20, 0.38);
      cairo_set_line_width (cr, 0.75);
      cairo_move_to (cr, x, piece->y + block->line_bottom[block->n_lines - 1] - top + 1.5);
      cairo_line_to (cr, x + kr_handout_text_width (self), piece->y +
                     block->line_bottom[block->n_lines - 1] - top + 1.5);
      cairo_stroke (cr);
    }
  if (piece->first_line == 0)
    draw_marker (self, cr, p, block,
                 MARGIN + piece->x + (block->rtl ? kr_handout_text_width (self) - block->x + 4 : 0),
                 piece->y);
}

void
kr_handout_draw_page (KrHandout *self,
                      cairo_t   *cr,
                      guint      page)
{
  const Page *p;
  KrPaint paint;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  p = &g_array_index (self->pages, Page, page);
  cairo_save (cr);
  kr_paint_init (&paint, cr, self->style, g_ptr_array_index (self->maps, 0));
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, self->width, self->height);
  cairo_fill (cr);

  if (p->kind == PAGE_MAP)
    {
      double bottom = self->height - MARGIN - FOOTER_HEIGHT - LEGEND_HEIGHT;

      draw_map_heading (self, cr, p->map);
      draw_map (self, cr, g_ptr_array_index (self->maps, p->map));
      draw_legend (self, cr, &paint, bottom + 6);
    }
  else
    {
      const Section *section = &g_array_index (self->sections, Section, p->section);
      g_autofree char *title = kr_handout_continued_title (section, p->continued);
      g_autoptr(PangoLayout) heading = kr_handout_new_layout (self, H1_SIZE, PANGO_WEIGHT_BOLD,
                                                   self->width - 2 * MARGIN);

      kr_render_set_text (heading, title, -1);
      cairo_set_source_rgb (cr, 0.10, 0.20, 0.38);
      cairo_move_to (cr, MARGIN, MARGIN);
      pango_cairo_show_layout (cr, heading);

      for (guint i = 0; i < p->pieces->len; i++)
        draw_piece (self, cr, &paint, &g_array_index (p->pieces, Piece, i));
    }

  draw_footer (self, cr, page);
  kr_paint_clear (&paint);
  cairo_restore (cr);
}
