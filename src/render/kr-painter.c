/* kr-painter.c: draws a journey map on any cairo context
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kr-painter"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kr-curve.h"
#include "kr-painter-private.h"

static const char *
tr (const char *msgid)
{
  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

static gboolean
visible (KrPaint      *p,
         const KrRect *rect)
{
  return kr_rect_intersects (&p->clip, rect);
}

/* How much a caption must shrink so that its longest unbreakable run
 * fits @width: a caption may wrap where the language allows a line break
 * (between words, or between any two characters in Chinese), but never
 * inside a word. The layout's attributes must already be set. */
double
kr_paint_caption_fit_scale (KrPaint    *p,
                            const char *text,
                            double      width)
{
  double widest = kr_caption_widest_run (p->text, p->fonts[KR_STYLE_TEXT_CAPTION], text);

  /* A pixel to spare, so that rounding never breaks the word after all. */
  return widest > width && width > 0 ? width / (widest + 1) : 1.0;
}

/* Small capitals with a little air between the letters: captions that
 * label without competing with the content. */
static void
paint_caption (KrPaint    *p,
               const char *text,
               double      x,
               double      y,
               double      width,
               double      max_height)
{
  g_autofree char *upper = g_utf8_strup (text, -1);
  PangoAttrList *attrs = kr_caption_attributes (p->m->scale);
  double scale;

  pango_layout_set_attributes (p->text, attrs);
  scale = kr_paint_caption_fit_scale (p, upper, width);

  cairo_save (p->cr);
  cairo_translate (p->cr, x, y);
  cairo_scale (p->cr, scale, scale);
  kr_paint_text (p, KR_STYLE_TEXT_CAPTION, upper, -1, 0, 0, width / scale, 0, max_height / scale,
                 PANGO_ALIGN_LEFT);
  cairo_restore (p->cr);

  pango_layout_set_attributes (p->text, NULL);
  pango_attr_list_unref (attrs);
}

/* One line of @text, centred on @cy whatever the font's ascent. */
static void
paint_line_centred (KrPaint        *p,
                    KrStyleText     font,
                    const char     *text,
                    double          x,
                    double          cy,
                    double          width,
                    PangoAlignment  alignment)
{
  PangoRectangle logical;

  kr_render_setup_layout_text (p->text, p->fonts[font], width, 0, width > 0 ? 1 : -1);
  pango_layout_set_alignment (p->text, alignment);
  kr_render_set_text (p->text, text, -1);
  pango_layout_get_extents (p->text, NULL, &logical);
  cairo_move_to (p->cr, x, cy - logical.height / (2.0 * PANGO_SCALE));
  pango_cairo_show_layout (p->cr, p->text);
}

static void
hline (KrPaint *p,
       double   x0,
       double   x1,
       double   y,
       double   width)
{
  cairo_set_line_width (p->cr, width);
  cairo_move_to (p->cr, x0, y);
  cairo_line_to (p->cr, x1, y);
  cairo_stroke (p->cr);
}

/* --- The board: lanes, captions, scales --------------------------------- */

static void
paint_header (KrPaint        *p,
              const KrLayout *layout)
{
  const KrMetrics *m = p->m;

  if (!layout->has_header || !visible (p, &layout->lanes[KR_LANE_HEADER]))
    return;

  if (layout->has_title)
    {
      kr_paint_set_style_colour (p, layout->title != NULL ? KR_STYLE_COLOUR_TEXT
                                                          : KR_STYLE_COLOUR_TEXT_SECONDARY);
      kr_paint_text (p, KR_STYLE_TEXT_TITLE, layout->title ?: _("Untitled journey"), -1,
                     layout->title_rect.x, layout->title_rect.y, m->title_max_width, 0,
                     m->title_max_height, PANGO_ALIGN_LEFT);
    }

  for (guint i = 0; i < layout->fields->len; i++)
    {
      const KrLayoutField *field = &g_array_index (layout->fields, KrLayoutField, i);

      kr_paint_set_style_colour (p, KR_STYLE_COLOUR_TEXT_SECONDARY);
      paint_caption (p, tr (field->label), field->label_rect.x, field->label_rect.y,
                     field->label_rect.width, 1);
      kr_paint_set_style_colour (p, KR_STYLE_COLOUR_TEXT);
      kr_paint_text (p, KR_STYLE_TEXT_SCOPE, field->value, -1, field->value_rect.x,
                     field->value_rect.y, field->value_rect.width, 0, m->field_max_height,
                     PANGO_ALIGN_LEFT);
    }
}

static void
paint_board (KrPaint        *p,
             const KrLayout *layout)
{
  cairo_t *cr = p->cr;
  const KrMetrics *m = p->m;
  const KrRect *first = &layout->lanes[KR_LANE_PHASES];
  const KrRect *last = &layout->lanes[KR_LANE_IMPROVEMENTS];
  KrRect board = { first->x, first->y, first->width, last->y + last->height - first->y };
  double x0 = m->margin + m->gutter;
  double right = board.x + board.width;
  double radius = 12 * m->scale;

  if (!visible (p, &board))
    return;

  /* Bands alternate so that a lane reads across a wide map. */
  cairo_save (cr);
  kr_paint_rounded_rect (cr, board.x, board.y, board.width, board.height, radius);
  cairo_clip (cr);
  for (guint l = KR_LANE_PHASES; l < KR_N_LANES; l++)
    {
      const KrRect *lane = &layout->lanes[l];

      if (!visible (p, lane))
        continue;
      cairo_rectangle (cr, lane->x, lane->y, lane->width, lane->height);
      kr_paint_set_style_colour (p, l % 2 == 0 ? KR_STYLE_COLOUR_LANE_ALT : KR_STYLE_COLOUR_LANE);
      cairo_fill (cr);
    }

  kr_paint_set_style_colour (p, KR_STYLE_COLOUR_SEPARATOR);
  for (guint l = KR_LANE_PHASES + 1; l < KR_N_LANES; l++)
    hline (p, board.x, right, layout->lanes[l].y, 1 * m->scale);

  /* Columns: a line between two phases, and one closing the gutter. */
  cairo_set_line_width (cr, 1 * m->scale);
  cairo_move_to (cr, x0, board.y);
  cairo_line_to (cr, x0, board.y + board.height);
  for (guint i = 0; i + 1 < layout->phases->len; i++)
    {
      const KrRect *column = &g_array_index (layout->phases, KrLayoutPhase, i).column;
      double x = column->x + column->width;

      if (x < p->clip.x - 1 || x > p->clip.x + p->clip.width + 1)
        continue;
      cairo_move_to (cr, x, board.y);
      cairo_line_to (cr, x, board.y + board.height);
    }
  cairo_stroke (cr);
  cairo_restore (cr);

  kr_paint_rounded_rect (cr, board.x + 0.5 * m->scale, board.y + 0.5 * m->scale,
                         board.width - m->scale, board.height - m->scale, radius);
  cairo_set_line_width (cr, 1 * m->scale);
  kr_paint_set_style_colour (p, KR_STYLE_COLOUR_SEPARATOR);
  cairo_stroke (cr);
}

/* The emotion curve's scale, written in the gutter beside the plot. */
static const struct { int value; const char *label; } curve_ticks[] = {
  { 5, "+5" }, { 0, "0" }, { -5, "−5" },
};

#define CURVE_TICK_GAP 8   /* between the tick labels and the plot, at 100 % */

/* Where the gutter's caption for the curve must end, so that it keeps
 * clear of the tick labels. */
static double
curve_ticks_left (KrPaint *p)
{
  const KrMetrics *m = p->m;
  double widest = 0;

  for (guint i = 0; i < G_N_ELEMENTS (curve_ticks); i++)
    {
      PangoRectangle logical;

      kr_render_setup_layout_text (p->text, p->fonts[KR_STYLE_TEXT_SMALL], -1, 0, -1);
      pango_layout_set_text (p->text, curve_ticks[i].label, -1);
      pango_layout_get_extents (p->text, NULL, &logical);
      widest = MAX (widest, logical.width / (double) PANGO_SCALE);
    }

  return m->margin + m->gutter - CURVE_TICK_GAP * m->scale - widest;
}

static void
paint_gutter (KrPaint        *p,
              const KrLayout *layout)
{
  const KrMetrics *m = p->m;
  double x = m->margin + 16 * m->scale;
  double width = m->gutter - 28 * m->scale;
  KrRect gutter = { m->margin, layout->lanes[KR_LANE_PHASES].y, m->gutter, layout->height };

  if (!visible (p, &gutter))
    return;

  for (guint l = KR_LANE_PHASES; l < KR_N_LANES; l++)
    {
      const KrRect *lane = &layout->lanes[l];
      double caption_width = width;

      if (!visible (p, lane))
        continue;
      if (l == KR_LANE_CURVE)
        caption_width = MIN (width, curve_ticks_left (p) - CURVE_TICK_GAP * m->scale - x);
      kr_paint_set_style_colour (p, KR_STYLE_COLOUR_TEXT_SECONDARY);
      paint_caption (p, kr_lane_caption (l), x, lane->y + m->lane_pad, caption_width,
                     2.5 * m->footer_height);
    }

  /* The two rows of the red thread, named and marked with the icons the
   * notes carry. */
  for (guint i = 0; i < 2; i++)
    {
      KrNoteKind kind = i == 0 ? KR_NOTE_KIND_GAIN : KR_NOTE_KIND_PAIN;
      const KrRect *row = i == 0 ? &layout->gain_row : &layout->pain_row;
      const char *label;
      double top = i == 0 ? row->y + row->height - m->row_gap / 2 - m->note_min_height
                          : row->y + m->row_gap / 2;
      double y = MAX (top, row->y + m->lane_pad + 2.2 * m->footer_height);

      if (!visible (p, row))
        continue;
      if (i == 0)
        /* TRANSLATORS: the row of the red thread with positive experiences ("fijn") */
        label = _("Gains");
      else
        /* TRANSLATORS: the row of the red thread with negative experiences ("pijn") */
        label = _("Pains");
      kr_paint_kind_icon (p, kind, x, y + (m->footer_height - m->icon_size) / 2, m->icon_size,
                          kr_style_get_note_edge (p->style, kind));
      kr_paint_set_style_colour (p, KR_STYLE_COLOUR_TEXT);
      kr_paint_text (p, KR_STYLE_TEXT_SMALL, label, -1, x + m->icon_size + m->icon_gap, y,
                     width - m->icon_size - m->icon_gap, 0, 1, PANGO_ALIGN_LEFT);
    }
}

static void
paint_activity_scale (KrPaint        *p,
                      const KrLayout *layout)
{
  cairo_t *cr = p->cr;
  const KrMetrics *m = p->m;
  const KrRect *lane = &layout->lanes[KR_LANE_ACTIVITIES];
  double x0 = m->margin + m->gutter;
  double right = lane->x + lane->width;
  double sign_x = x0 - 40 * m->scale;

  if (!visible (p, lane))
    return;

  /* Faint tints say "better" above and "worse" below at a glance. */
  cairo_rectangle (cr, x0, lane->y, right - x0, layout->neutral_y - lane->y);
  kr_paint_set_colour_alpha (p, kr_style_get_colour (p->style, KR_STYLE_COLOUR_CURVE_POSITIVE), 0.35);
  cairo_fill (cr);
  cairo_rectangle (cr, x0, layout->neutral_y, right - x0, lane->y + lane->height - layout->neutral_y);
  kr_paint_set_colour_alpha (p, kr_style_get_colour (p->style, KR_STYLE_COLOUR_CURVE_NEGATIVE), 0.35);
  cairo_fill (cr);

  kr_paint_set_style_colour (p, KR_STYLE_COLOUR_GRID);
  for (int v = (int) KR_VALENCE_MIN; v <= (int) KR_VALENCE_MAX; v++)
    if (v != 0)
      hline (p, x0, right, layout->neutral_y - v * m->valence_step, 1 * m->scale);

  kr_paint_set_style_colour (p, KR_STYLE_COLOUR_NEUTRAL_LINE);
  hline (p, sign_x - 12 * m->scale, right, layout->neutral_y, 3 * m->scale);

  /* TRANSLATORS: marks the side of the neutral line for positive experiences */
  paint_line_centred (p, KR_STYLE_TEXT_SIGN, _("+"), sign_x - 20 * m->scale,
                      layout->neutral_y - 20 * m->scale, 40 * m->scale, PANGO_ALIGN_CENTER);
  /* TRANSLATORS: marks the side of the neutral line for negative experiences */
  paint_line_centred (p, KR_STYLE_TEXT_SIGN, _("−"), sign_x - 20 * m->scale,
                      layout->neutral_y + 20 * m->scale, 40 * m->scale, PANGO_ALIGN_CENTER);
}

static void
paint_red_thread_divider (KrPaint        *p,
                          const KrLayout *layout)
{
  const KrMetrics *m = p->m;
  double dashes[] = { 6 * m->scale, 5 * m->scale };

  if (!visible (p, &layout->lanes[KR_LANE_RED_THREAD]))
    return;

  cairo_save (p->cr);
  cairo_set_dash (p->cr, dashes, 2, 0);
  kr_paint_set_style_colour (p, KR_STYLE_COLOUR_SEPARATOR);
  hline (p, m->margin + m->gutter, layout->width - m->margin, layout->pain_row.y, 1 * m->scale);
  cairo_restore (p->cr);
}

/* --- Phase columns ------------------------------------------------------ */

static void
paint_arrow (KrPaint      *p,
             const KrRect *r)
{
  cairo_t *cr = p->cr;
  double s = p->m->scale;
  double y = r->y + r->height / 2;
  double x0 = r->x + 7 * s, x1 = r->x + r->width - 7 * s;

  kr_paint_set_style_colour (p, KR_STYLE_COLOUR_TEXT_SECONDARY);
  cairo_set_line_width (cr, 2 * s);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_move_to (cr, x1 - 5 * s, y - 5 * s);
  cairo_line_to (cr, x1, y);
  cairo_line_to (cr, x1 - 5 * s, y + 5 * s);
  cairo_stroke (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
}

static void
paint_phase (KrPaint        *p,
             const KrLayout *layout,
             guint           index)
{
  cairo_t *cr = p->cr;
  const KrMetrics *m = p->m;
  const KrLayoutPhase *phase = &g_array_index (layout->phases, KrLayoutPhase, index);
  const KrLayoutPhaseExtra *extra = &g_array_index (layout->extras, KrLayoutPhaseExtra, index);
  const char *feeling = kr_phase_get_feeling (phase->phase);

  if (visible (p, &phase->title))
    {
      g_autofree char *number = g_strdup_printf ("%u", layout->first_phase + index + 1);
      const KrRect *b = &extra->badge;

      cairo_new_path (cr);
      cairo_arc (cr, b->x + b->width / 2, b->y + b->height / 2, b->width / 2, 0, 2 * G_PI);
      kr_paint_set_style_colour (p, KR_STYLE_COLOUR_ACCENT);
      cairo_fill (cr);
      kr_paint_set_style_colour (p, KR_STYLE_COLOUR_ACCENT_TEXT);
      paint_line_centred (p, KR_STYLE_TEXT_BADGE, number, b->x, b->y + b->height / 2, b->width,
                          PANGO_ALIGN_CENTER);

      kr_paint_set_style_colour (p, KR_STYLE_COLOUR_TEXT);
      kr_paint_text (p, KR_STYLE_TEXT_PHASE, kr_phase_get_title (phase->phase) ?: "", -1,
                     extra->title_text.x, extra->title_text.y, extra->title_text.width, 0,
                     m->phase_max_height, PANGO_ALIGN_LEFT);

      if (extra->star.width > 0)
        kr_paint_star (p, extra->star.x + extra->star.width / 2,
                       extra->star.y + extra->star.height / 2, extra->star.width / 2 + 2 * m->scale);
    }

  if (visible (p, &phase->feeling))
    {
      for (guint i = 0; i < extra->n_chips; i++)
        {
          const KrRect *c = &extra->chips[i];
          KrColour colour = kr_colour_from_rgb (extra->emotions[i]->colour);
          KrColour ink = kr_colour_contrasting (&colour);

          kr_paint_rounded_rect (cr, c->x, c->y, c->width, c->height, c->height / 2);
          kr_paint_set_colour (p, &colour);
          cairo_fill_preserve (cr);
          /* Pale emotions would vanish on a pale band without an edge. */
          kr_paint_set_colour_alpha (p, &ink, 0.18);
          cairo_set_line_width (cr, 1 * m->scale);
          cairo_stroke (cr);
          kr_paint_set_colour (p, &ink);
          paint_line_centred (p, KR_STYLE_TEXT_CHIP, kr_emotion_get_name (extra->emotions[i]),
                              c->x + m->chip_pad, c->y + c->height / 2,
                              c->width - 2 * m->chip_pad, PANGO_ALIGN_CENTER);
        }
      if (extra->arrow.width > 0)
        paint_arrow (p, &extra->arrow);
      if (feeling != NULL && *feeling != '\0')
        {
          kr_paint_set_style_colour (p, KR_STYLE_COLOUR_TEXT);
          kr_paint_text (p, KR_STYLE_TEXT_FEELING, feeling, -1, extra->feeling_text.x,
                         extra->feeling_text.y, extra->feeling_text.width, 0,
                         m->feeling_max_height, PANGO_ALIGN_LEFT);
        }
    }
}

/* --- The emotion curve -------------------------------------------------- */

/* A monotone cubic through the points (kr-curve.c): smooth, yet it never
 * swings above or below the points it joins, so the curve shows no feeling
 * nobody named. */
static void
curve_path (cairo_t      *cr,
            const double *xs,
            const double *ys,
            guint         n)
{
  g_autofree KrCurvePoint *points = g_new (KrCurvePoint, n);
  g_autofree double *tangents = g_new (double, n);

  for (guint k = 0; k < n; k++)
    points[k] = (KrCurvePoint) { xs[k], ys[k] };
  kr_curve_monotone_tangents (points, n, tangents);

  cairo_move_to (cr, xs[0], ys[0]);
  for (guint k = 0; k + 1 < n; k++)
    {
      KrCurvePoint c1, c2;

      kr_curve_segment_controls (points, tangents, k, &c1, &c2);
      cairo_curve_to (cr, c1.x, c1.y, c2.x, c2.y, xs[k + 1], ys[k + 1]);
    }
}

/* Five faces, from very sad to very happy; hollow when the value is only
 * derived from the activities. */
static void
paint_face (KrPaint *p,
            double   cx,
            double   cy,
            double   r,
            double   value,
            gboolean derived)
{
  cairo_t *cr = p->cr;
  const KrColour *curve = kr_style_get_colour (p->style, KR_STYLE_COLOUR_CURVE);
  KrColour features = derived ? *curve : kr_colour_contrasting (curve);
  int band = kr_curve_face_band (value);
  double s = p->m->scale;

  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
  if (derived)
    kr_paint_set_style_colour (p, KR_STYLE_COLOUR_LANE_ALT);
  else
    kr_paint_set_colour (p, curve);
  cairo_fill_preserve (cr);
  kr_paint_set_colour (p, curve);
  cairo_set_line_width (cr, 2.5 * s);
  cairo_stroke (cr);

  kr_paint_set_colour (p, &features);
  cairo_arc (cr, cx - 0.36 * r, cy - 0.22 * r, 0.12 * r, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_arc (cr, cx + 0.36 * r, cy - 0.22 * r, 0.12 * r, 0, 2 * G_PI);
  cairo_fill (cr);

  cairo_set_line_width (cr, 2 * s);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  switch (band)
    {
    case 0:
      /* An open, turned-down mouth. */
      cairo_arc (cr, cx, cy + 0.62 * r, 0.42 * r, G_PI, 2 * G_PI);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case 1:
      cairo_arc (cr, cx, cy + 0.72 * r, 0.42 * r, 1.2 * G_PI, 1.8 * G_PI);
      cairo_stroke (cr);
      break;
    case 2:
      cairo_move_to (cr, cx - 0.36 * r, cy + 0.36 * r);
      cairo_line_to (cr, cx + 0.36 * r, cy + 0.36 * r);
      cairo_stroke (cr);
      break;
    case 3:
      cairo_arc (cr, cx, cy + 0.02 * r, 0.42 * r, 0.2 * G_PI, 0.8 * G_PI);
      cairo_stroke (cr);
      break;
    default:
      cairo_arc (cr, cx, cy + 0.12 * r, 0.44 * r, 0, G_PI);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    }
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
}

/* Point @i of the curve: a phase's, or for -1 and n the neighbours' of a
 * part of the journey. FALSE where there is none. */
static gboolean
curve_point_at (const KrLayout *layout,
                int             i,
                double         *x,
                double         *y)
{
  guint n = layout->phases->len;
  const KrLayoutPhase *phase;

  if (n == 0)
    return FALSE;
  if (i < 0 || i >= (int) n)
    {
      gboolean before = i < 0;
      const KrLayoutPhase *edge = &g_array_index (layout->phases, KrLayoutPhase,
                                                  before ? 0 : n - 1);

      if (before ? !layout->curve_enters : !layout->curve_leaves)
        return FALSE;
      *x = edge->curve_x + (before ? -edge->column.width : edge->column.width);
      *y = layout->curve_zero_y -
           (before ? layout->curve_enter_value : layout->curve_leave_value) * layout->m.curve_step;
      return TRUE;
    }

  phase = &g_array_index (layout->phases, KrLayoutPhase, i);
  if (phase->curve_gap)
    return FALSE;
  *x = phase->curve_x;
  *y = phase->curve_y;
  return TRUE;
}

static void
paint_curve (KrPaint        *p,
             const KrLayout *layout)
{
  cairo_t *cr = p->cr;
  const KrMetrics *m = p->m;
  const KrRect *lane = &layout->lanes[KR_LANE_CURVE];
  guint n = layout->phases->len;
  double x0 = m->margin + m->gutter;
  double right = lane->x + lane->width;
  double zero = layout->curve_zero_y;
  g_autofree double *xs = NULL;
  g_autofree double *ys = NULL;

  if (!visible (p, lane))
    return;

  kr_paint_set_style_colour (p, KR_STYLE_COLOUR_GRID);
  for (int v = (int) KR_CURVE_MIN; v <= (int) KR_CURVE_MAX; v++)
    if (v != 0)
      hline (p, x0, right, zero - v * m->curve_step, 1 * m->scale);
  kr_paint_set_colour_alpha (p, kr_style_get_colour (p->style, KR_STYLE_COLOUR_NEUTRAL_LINE), 0.45);
  hline (p, x0, right, zero, 1.5 * m->scale);

  kr_paint_set_style_colour (p, KR_STYLE_COLOUR_TEXT_SECONDARY);
  for (guint i = 0; i < G_N_ELEMENTS (curve_ticks); i++)
    paint_line_centred (p, KR_STYLE_TEXT_SMALL, curve_ticks[i].label,
                        x0 - (40 + CURVE_TICK_GAP) * m->scale,
                        zero - curve_ticks[i].value * m->curve_step, 40 * m->scale,
                        PANGO_ALIGN_RIGHT);

  if (n == 0)
    return;

  /* Runs of points between gaps: the line breaks where a phase has no
   * value, rather than inventing one. A part of the journey has a point
   * of the phase before it and of the one after, a column out, so that
   * the line comes in at the edge and goes on out of it. */
  xs = g_new (double, n + 2);
  ys = g_new (double, n + 2);
  cairo_save (cr);
  cairo_rectangle (cr, x0, lane->y, right - x0, lane->height);
  cairo_clip (cr);
  for (int i = -1; i <= (int) n;)
    {
      guint run = 0;
      double x, y;

      while (i <= (int) n && !curve_point_at (layout, i, &x, &y))
        i++;
      while (i <= (int) n && curve_point_at (layout, i, &x, &y))
        {
          xs[run] = x;
          ys[run++] = y;
          i++;
        }
      if (run < 2)
        continue;

      for (guint side = 0; side < 2; side++)
        {
          cairo_save (cr);
          if (side == 0)
            cairo_rectangle (cr, x0, lane->y, right - x0, zero - lane->y);
          else
            cairo_rectangle (cr, x0, zero, right - x0, lane->y + lane->height - zero);
          cairo_clip (cr);
          curve_path (cr, xs, ys, run);
          cairo_line_to (cr, xs[run - 1], zero);
          cairo_line_to (cr, xs[0], zero);
          cairo_close_path (cr);
          kr_paint_set_style_colour (p, side == 0 ? KR_STYLE_COLOUR_CURVE_POSITIVE
                                                  : KR_STYLE_COLOUR_CURVE_NEGATIVE);
          cairo_fill (cr);
          cairo_restore (cr);
        }

      curve_path (cr, xs, ys, run);
      cairo_set_line_width (cr, 4 * m->scale);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      kr_paint_set_style_colour (p, KR_STYLE_COLOUR_CURVE);
      cairo_stroke (cr);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
    }
  cairo_restore (cr);

  for (guint i = 0; i < n; i++)
    {
      const KrLayoutPhase *phase = &g_array_index (layout->phases, KrLayoutPhase, i);
      double r = 16 * m->scale;
      KrRect box = { phase->curve_x - r - 2, phase->curve_y - r - 2, 2 * r + 4, 2 * r + 4 };

      if (!phase->curve_gap && visible (p, &box))
        paint_face (p, phase->curve_x, phase->curve_y, r, phase->curve_value, phase->curve_derived);
    }
}

/* --- Public ------------------------------------------------------------- */

void
kr_painter_paint_gutter (cairo_t        *cr,
                         const KrLayout *layout,
                         const KrStyle  *style)
{
  KrRect gutter;

  g_return_if_fail (layout != NULL);

  /* The map as it is there: lane names, the curve's scale, the + and −
   * of the line, on the lanes' own background. */
  gutter = kr_layout_get_gutter_rect (layout);
  kr_painter_paint (cr, layout, style, &gutter);
}

void
kr_painter_paint (cairo_t        *cr,
                  const KrLayout *layout,
                  const KrStyle  *style,
                  const KrRect   *clip)
{
  KrPaint p;
  const KrMetrics *m;
  /* Shadows and stars reach a little past a note's rectangle. */
  double reach;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (style != NULL);

  m = &layout->m;
  reach = 6 * m->scale;
  kr_paint_init (&p, cr, style, layout);
  p.clip = clip != NULL ? *clip : (KrRect) { 0, 0, layout->width, layout->height };

  cairo_save (cr);
  cairo_rectangle (cr, p.clip.x, p.clip.y, p.clip.width, p.clip.height);
  /* Drawing outside the clip would cost raster time on an image surface
   * and leave stale pixels on a partial repaint. */
  cairo_clip_preserve (cr);
  kr_paint_set_style_colour (&p, KR_STYLE_COLOUR_BACKGROUND);
  cairo_fill (cr);

  paint_header (&p, layout);
  paint_board (&p, layout);
  paint_activity_scale (&p, layout);
  paint_red_thread_divider (&p, layout);
  paint_gutter (&p, layout);

  for (guint i = 0; i < layout->phases->len; i++)
    if (visible (&p, &g_array_index (layout->phases, KrLayoutPhase, i).column))
      paint_phase (&p, layout, i);

  paint_curve (&p, layout);

  for (guint i = 0; i < layout->phases->len; i++)
    {
      const KrLayoutPhase *phase = &g_array_index (layout->phases, KrLayoutPhase, i);
      const KrLayoutPhaseExtra *extra = &g_array_index (layout->extras, KrLayoutPhaseExtra, i);
      KrRect column = { phase->column.x - reach, phase->column.y - reach,
                        phase->column.width + 2 * reach, phase->column.height + 2 * reach };

      if (!visible (&p, &column))
        continue;
      for (guint j = 0; j < extra->n_notes; j++)
        {
          const KrLayoutNote *note = &g_array_index (layout->notes, KrLayoutNote,
                                                     extra->first_note + j);
          KrRect r = { note->rect.x - reach, note->rect.y - reach,
                       note->rect.width + 2 * reach, note->rect.height + 2 * reach };

          if (visible (&p, &r))
            kr_paint_note (&p, note);
        }
    }

  cairo_restore (cr);
  kr_paint_clear (&p);
}
