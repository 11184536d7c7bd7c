/* test-painter.c: what a painted journey map looks like, with no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "kr-layout-private.h"
#include "kr-painter.h"
#include "kr-painter-private.h"
#include "kr-test-sample.h"

typedef struct
{
  KrJourney *journey;
  KrStyle   *style;
  KrLayout  *layout;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->journey = kr_test_load_sample ();
  f->style = kr_style_new (GPOINTER_TO_INT (data));
  f->layout = kr_layout_compute (f->journey, f->style);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  kr_layout_free (f->layout);
  kr_style_free (f->style);
  g_object_unref (f->journey);
}

/* The whole map at @scale, on an image that starts out transparent. */
static cairo_surface_t *
paint_image (Fixture      *f,
             double        scale,
             const KrRect *clip)
{
  int width = (int) ceil (kr_layout_get_width (f->layout) * scale);
  int height = (int) ceil (kr_layout_get_height (f->layout) * scale);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_scale (cr, scale, scale);
  kr_painter_paint (cr, f->layout, f->style, clip);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

typedef struct
{
  int r, g, b, a;
} Pixel;

static Pixel
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 value;

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));
  memcpy (&value, data + y * stride + x * 4, sizeof value);

  return (Pixel) { (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff, value >> 24 };
}

typedef gboolean (*PixelTest) (Pixel p);

/* How many pixels of a map rectangle pass @test. */
static guint
count_pixels (cairo_surface_t *surface,
              double           scale,
              const KrRect    *rect,
              PixelTest        test)
{
  int x0 = MAX (0, (int) floor (rect->x * scale));
  int y0 = MAX (0, (int) floor (rect->y * scale));
  int x1 = MIN (cairo_image_surface_get_width (surface), (int) ceil ((rect->x + rect->width) * scale));
  int y1 = MIN (cairo_image_surface_get_height (surface), (int) ceil ((rect->y + rect->height) * scale));
  guint count = 0;

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      if (test (pixel_at (surface, x, y)))
        count++;

  return count;
}

static Pixel background;

static gboolean
is_not_background (Pixel p)
{
  return abs (p.r - background.r) + abs (p.g - background.g) + abs (p.b - background.b) > 30;
}

static gboolean
is_reddish (Pixel p)
{
  return p.r > p.g + 60 && p.r > p.b + 60;
}

static gboolean
is_greenish (Pixel p)
{
  return p.g > p.r + 40 && p.g > p.b + 20;
}

static gboolean
is_gold (Pixel p)
{
  return p.r > 200 && p.g > 150 && p.b < 90;
}

static gboolean
is_dark (Pixel p)
{
  return p.r + p.g + p.b < 3 * 90;
}

static gboolean
is_painted (Pixel p)
{
  return p.a != 0;
}

static const KrLayoutNote *
find_note (const KrLayout *layout,
           KrNoteKind      kind,
           gboolean        moment_of_truth)
{
  for (guint i = 0; i < kr_layout_get_n_notes (layout); i++)
    {
      const KrLayoutNote *note = kr_layout_get_note (layout, i);

      if (kr_note_get_kind (note->note) == kind &&
          (!moment_of_truth || kr_note_get_moment_of_truth (note->note)))
        return note;
    }
  g_assert_not_reached ();
}

static void
test_light (Fixture       *f,
            gconstpointer  data)
{
  double scale = 0.5;
  cairo_surface_t *surface = paint_image (f, scale, NULL);
  KrRect all = { 0, 0, kr_layout_get_width (f->layout), kr_layout_get_height (f->layout) };
  const KrLayoutNote *star;
  KrRect corner, line;
  guint n_pains = 0, n_gains = 0;

  background = pixel_at (surface, 1, 1);
  g_assert_cmpint (background.a, ==, 255);
  /* A light map on a light background. */
  g_assert_cmpint (background.r + background.g + background.b, >, 3 * 200);
  g_assert_cmpuint (count_pixels (surface, scale, &all, is_not_background), >,
                    all.width * all.height * scale * scale / 10);

  for (guint i = 0; i < kr_layout_get_n_notes (f->layout); i++)
    {
      const KrLayoutNote *note = kr_layout_get_note (f->layout, i);

      /* Pains carry red, gains green: the edge and the icon at least. */
      switch (kr_note_get_kind (note->note))
        {
        case KR_NOTE_KIND_PAIN:
          g_assert_cmpuint (count_pixels (surface, scale, &note->rect, is_reddish), >, 20);
          n_pains++;
          break;
        case KR_NOTE_KIND_GAIN:
          g_assert_cmpuint (count_pixels (surface, scale, &note->rect, is_greenish), >, 20);
          n_gains++;
          break;
        case KR_NOTE_KIND_ACTIVITY:
        case KR_NOTE_KIND_IMPROVEMENT:
        default:
          break;
        }
    }
  g_assert_cmpuint (n_pains, >, 0);
  g_assert_cmpuint (n_gains, >, 0);

  /* The ★ of "Ik bezoek 'Mijn RVO' …" in the top right corner. */
  star = find_note (f->layout, KR_NOTE_KIND_ACTIVITY, TRUE);
  corner = (KrRect) { star->rect.x + star->rect.width - 32, star->rect.y, 32, 32 };
  g_assert_cmpuint (count_pixels (surface, scale, &corner, is_gold), >, 10);
  corner.x = star->rect.x;
  g_assert_cmpuint (count_pixels (surface, scale, &corner, is_gold), ==, 0);

  /* The neutral line is strong, also in the gutter where no note covers it. */
  line = (KrRect) { kr_layout_get_phase (f->layout, 0)->column.x - 30,
                    kr_layout_get_neutral_y (f->layout) - 1, 20, 2 };
  g_assert_cmpuint (count_pixels (surface, scale, &line, is_dark), >=, 10 * scale);

  cairo_surface_destroy (surface);
}

static void
test_dark (Fixture       *f,
           gconstpointer  data)
{
  cairo_surface_t *surface = paint_image (f, 0.25, NULL);
  Pixel p = pixel_at (surface, 1, 1);
  const KrLayoutNote *pain = find_note (f->layout, KR_NOTE_KIND_PAIN, FALSE);

  g_assert_cmpint (p.a, ==, 255);
  g_assert_cmpint (p.r + p.g + p.b, <, 3 * 60);
  g_assert_cmpuint (count_pixels (surface, 0.25, &pain->rect, is_reddish), >, 0);
  cairo_surface_destroy (surface);
}

/* A repaint of part of the map touches only that part. */
static void
test_clip (Fixture       *f,
           gconstpointer  data)
{
  const KrLayoutNote *note = find_note (f->layout, KR_NOTE_KIND_GAIN, FALSE);
  /* Whole pixels, so that no pixel at the edge is partly painted. */
  KrRect clip = { floor (note->rect.x) - 10, floor (note->rect.y) - 10,
                  ceil (note->rect.width) + 20, ceil (note->rect.height) + 20 };
  KrRect all = { 0, 0, kr_layout_get_width (f->layout), kr_layout_get_height (f->layout) };
  cairo_surface_t *surface = paint_image (f, 1, &clip);
  guint inside = count_pixels (surface, 1, &clip, is_painted);

  g_assert_cmpuint (inside, ==, (guint) (clip.width * clip.height));
  g_assert_cmpuint (count_pixels (surface, 1, &all, is_painted), ==, inside);
  g_assert_cmpuint (count_pixels (surface, 1, &note->rect, is_greenish), >, 20);
  cairo_surface_destroy (surface);
}

static void
test_note (Fixture       *f,
           gconstpointer  data)
{
  const KrLayoutNote *note = find_note (f->layout, KR_NOTE_KIND_PAIN, FALSE);
  cairo_surface_t *surface = paint_image (f, 1, &(KrRect) { 0, 0, 1, 1 });
  cairo_t *cr = cairo_create (surface);

  kr_painter_paint_notes (cr, f->layout, f->style, &note, 1, 1.0);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  g_assert_cmpuint (count_pixels (surface, 1, &note->rect, is_reddish), >, 20);
  cairo_surface_destroy (surface);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Vector output: text stays text, and nothing fails on the way. */
static void
test_vector (Fixture       *f,
             gconstpointer  data)
{
  double width = kr_layout_get_width (f->layout), height = kr_layout_get_height (f->layout);
  cairo_surface_t *surfaces[2];

  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  g_autoptr(GByteArray) svg = g_byte_array_new ();
  surfaces[0] = cairo_pdf_surface_create_for_stream (append_bytes, pdf, width, height);
  surfaces[1] = cairo_svg_surface_create_for_stream (append_bytes, svg, width, height);

  for (guint i = 0; i < G_N_ELEMENTS (surfaces); i++)
    {
      cairo_t *cr = cairo_create (surfaces[i]);

      kr_painter_paint (cr, f->layout, f->style, NULL);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_finish (surfaces[i]);
      g_assert_cmpint (cairo_surface_status (surfaces[i]), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_destroy (surfaces[i]);
    }

  g_assert_cmpuint (pdf->len, >, 10000);
  g_assert_cmpmem (pdf->data, 5, "%PDF-", 5);
  g_assert_cmpuint (svg->len, >, 10000);
  /* Glyphs, not a picture of the map. */
  g_assert_null (g_strstr_len ((const char *) svg->data, svg->len, "<image"));
}

/* Whether column @x has ink between rows @y0 and @y1 (map units). */
static gboolean
column_has_ink (cairo_surface_t *surface,
                double           scale,
                int              x,
                double           y0,
                double           y1,
                Pixel            paper)
{
  for (int y = (int) (y0 * scale); y < (int) (y1 * scale); y++)
    {
      Pixel p = pixel_at (surface, x, y);

      if (abs (p.r - paper.r) + abs (p.g - paper.g) + abs (p.b - paper.b) > 60)
        return TRUE;
    }
  return FALSE;
}

/* In Dutch the curve's caption is one long word, EMOTIECURVE: it must stay
 * on one line, unbroken, and keep clear of the +5 beside it. */
static void
test_curve_caption (Fixture       *f,
                    gconstpointer  data)
{
  double scale = 2;
  cairo_surface_t *surface;
  KrRect lane;
  double plot_x, top_tick, step;
  int first_ink = -1, last_ink = -1, widest_gap = 0, gap = 0;
  Pixel paper;

  if (setlocale (LC_ALL, "nl_NL.UTF-8") == NULL)
    {
      g_test_skip ("the nl_NL.UTF-8 locale is not installed (build-aux/test installs it)");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, KR_BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Emotion curve"), ==, "Emotiecurve");

  surface = paint_image (f, scale, NULL);
  lane = kr_layout_get_lane (f->layout, KR_LANE_CURVE);
  plot_x = kr_layout_get_phase (f->layout, 0)->column.x;
  step = kr_layout_get_curve_step (f->layout);
  top_tick = kr_layout_get_curve_zero_y (f->layout) - 5 * step;
  /* Between the ticks +5 and 0, where no tick is written. */
  paper = pixel_at (surface, (int) ((plot_x - 4) * scale),
                    (int) ((top_tick + 2.5 * step) * scale));

  /* The first line of the caption and the +5: columns with ink, and the
   * widest blank run between the first and the last. */
  for (int x = (int) ((lane.x + 4) * scale); x < (int) ((plot_x - 1) * scale); x++)
    {
      if (!column_has_ink (surface, scale, x, lane.y + 3, top_tick + step / 2, paper))
        {
          gap++;
          continue;
        }
      if (first_ink >= 0)
        widest_gap = MAX (widest_gap, gap);
      else
        first_ink = x;
      last_ink = x;
      gap = 0;
    }
  g_test_message ("caption from %.1f, ink to %.1f, widest gap %.1f, plot at %.1f",
                  first_ink / scale, last_ink / scale, widest_gap / scale, plot_x);
  g_assert_cmpint (first_ink, >=, 0);
  g_assert_cmpfloat (widest_gap / scale, >=, 7);

  /* Nothing on a second line: the word was not broken. */
  for (int x = first_ink; x < (int) ((plot_x - 1) * scale); x++)
    g_assert_false (column_has_ink (surface, scale, x, top_tick + step / 2 + 2,
                                    top_tick + 2 * step, paper));

  cairo_surface_destroy (surface);
  setlocale (LC_ALL, "");
}

/* The column of lane names alone: painted inside its rectangle, with its
 * names, and nothing outside it. */
static void
test_gutter_only (Fixture       *f,
                  gconstpointer  data)
{
  KrRect gutter = kr_layout_get_gutter_rect (f->layout);
  KrRect left_of = { 0, gutter.y, gutter.x, gutter.height };
  KrRect right_of = { gutter.x + gutter.width + 1, 0,
                      kr_layout_get_width (f->layout) - gutter.x - gutter.width - 1,
                      kr_layout_get_height (f->layout) };
  KrRect above = { 0, 0, kr_layout_get_width (f->layout), gutter.y - 1 };
  int width = (int) ceil (kr_layout_get_width (f->layout));
  int height = (int) ceil (kr_layout_get_height (f->layout));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  const KrLayoutPhase *first = kr_layout_get_phase (f->layout, 0);

  g_assert_cmpfloat (gutter.width, >, 0);
  g_assert_cmpfloat (gutter.x + gutter.width, <=, first->column.x + 1e-6);

  kr_painter_paint_gutter (cr, f->layout, f->style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  g_assert_cmpuint (count_pixels (surface, 1, &gutter, is_painted), >,
                    gutter.width * gutter.height * 0.9);
  background = pixel_at (surface, (int) (gutter.x + gutter.width - 3), (int) (gutter.y + 3));
  g_assert_cmpuint (count_pixels (surface, 1, &gutter, is_not_background), >, 200);
  g_assert_cmpuint (count_pixels (surface, 1, &left_of, is_painted), ==, 0);
  g_assert_cmpuint (count_pixels (surface, 1, &right_of, is_painted), ==, 0);
  g_assert_cmpuint (count_pixels (surface, 1, &above, is_painted), ==, 0);
  cairo_surface_destroy (surface);
}

/* A caption shrinks only when a word of it would have to be broken: words
 * wrap at spaces, Chinese between any two characters. */
static void
test_caption_fit (Fixture       *f,
                  gconstpointer  data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 8, 8);
  cairo_t *cr = cairo_create (surface);
  KrPaint p;
  double one_word, two_words, chinese, chinese_narrow;

  kr_paint_init (&p, cr, f->style, f->layout);
  one_word = kr_paint_caption_fit_scale (&p, "EMOTIECURVE", 60);
  two_words = kr_paint_caption_fit_scale (&p, "EMO CURVE", 60);
  chinese = kr_paint_caption_fit_scale (&p, "情绪曲线情绪曲线情绪曲线情绪曲线", 60);
  chinese_narrow = kr_paint_caption_fit_scale (&p, "情绪曲线", 2);
  kr_paint_clear (&p);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  g_assert_cmpfloat (one_word, <, 1);
  g_assert_cmpfloat (one_word, >, 0.3);
  g_assert_cmpfloat (two_words, ==, 1);
  g_assert_cmpfloat (chinese, ==, 1);
  /* Not even one character fits: then it does shrink. */
  g_assert_cmpfloat (chinese_narrow, <, 1);
}

static double
contrast (const KrColour *a,
          const KrColour *b)
{
  double la = kr_colour_luminance (a) + 0.05, lb = kr_colour_luminance (b) + 0.05;

  return MAX (la, lb) / MIN (la, lb);
}

/* Every style's words read on what they stand on: 4.5:1 at least, as
 * WCAG asks for body text, and 7:1 in the high-contrast styles. The dark
 * ones are dark, for a dark window. */
static void
test_palettes (void)
{
  const KrStyleVariant variants[] = {
    KR_STYLE_LIGHT, KR_STYLE_DARK, KR_STYLE_HIGH_CONTRAST, KR_STYLE_PRINT,
    KR_STYLE_HIGH_CONTRAST_DARK,
  };

  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      g_autoptr(KrStyle) style = kr_style_new (variants[i]);
      double least = kr_style_is_high_contrast (style) ? 7.0 : 4.5;
      const KrColour *text = kr_style_get_colour (style, KR_STYLE_COLOUR_TEXT);
      const KrColour *note_text = kr_style_get_colour (style, KR_STYLE_COLOUR_NOTE_TEXT);
      const KrColour *background = kr_style_get_colour (style, KR_STYLE_COLOUR_BACKGROUND);

      g_assert_cmpfloat (contrast (text, background), >=, least);
      g_assert_cmpfloat (contrast (text, kr_style_get_colour (style, KR_STYLE_COLOUR_LANE)), >=,
                         least);
      for (KrNoteKind kind = 0; kind < KR_NOTE_N_KINDS; kind++)
        g_assert_cmpfloat (contrast (note_text, kr_style_get_note_paper (style, kind)), >=, least);

      g_assert_cmpint (kr_style_is_dark (style), ==,
                       kr_colour_luminance (background) < 0.2);
    }
}

static gboolean
is_curve_blue (Pixel p)
{
  /* The light style's curve, #1C71D8, antialiased or not. */
  return p.a > 128 && p.b > 150 && p.r < 120 && p.b > p.g;
}

/* A part of the journey, as a handout's page shows it: the emotion curve
 * comes in at the left edge of the plot from the phase before and goes on
 * out at the right to the phase after; the first part has nothing coming
 * in, the last nothing going out. */
static void
test_curve_parts (Fixture       *f,
                  gconstpointer  data)
{
  static const struct { guint first; gboolean in, out; } parts[] = {
    { 0, FALSE, TRUE }, { 2, TRUE, TRUE }, { 4, TRUE, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      KrLayoutFrame frame = { .width = 770, .note_size = 7, .first_phase = parts[i].first,
                              .n_phases = 2, .flags = KR_LAYOUT_FRAME_NO_HEADER };
      KrLayout *part = kr_layout_compute_in_frame (f->journey, f->style, &frame);
      KrRect lane = kr_layout_get_lane (part, KR_LANE_CURVE);
      KrRect gutter = kr_layout_get_gutter_rect (part);
      double x0 = gutter.x + gutter.width;
      KrRect left_edge = { x0, lane.y, 4, lane.height };
      KrRect right_edge = { lane.x + lane.width - 4, lane.y, 4, lane.height };
      cairo_surface_t *image;

      g_assert_cmpint (part->curve_enters, ==, parts[i].in);
      g_assert_cmpint (part->curve_leaves, ==, parts[i].out);
      kr_layout_free (f->layout);
      f->layout = part;
      image = paint_image (f, 2, NULL);
      g_assert_cmpuint (count_pixels (image, 2, &left_edge, is_curve_blue) > 0, ==, parts[i].in);
      g_assert_cmpuint (count_pixels (image, 2, &right_edge, is_curve_blue) > 0, ==, parts[i].out);
      cairo_surface_destroy (image);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/palettes", test_palettes);

#define ADD(path, style, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (style), fixture_set_up, func, fixture_tear_down)

  ADD ("/render/painter/light", KR_STYLE_LIGHT, test_light);
  ADD ("/render/painter/print", KR_STYLE_PRINT, test_light);
  ADD ("/render/painter/dark", KR_STYLE_DARK, test_dark);
  ADD ("/render/painter/high-contrast-dark", KR_STYLE_HIGH_CONTRAST_DARK, test_dark);
  ADD ("/render/painter/clip", KR_STYLE_LIGHT, test_clip);
  ADD ("/render/painter/note", KR_STYLE_HIGH_CONTRAST, test_note);
  ADD ("/render/painter/vector", KR_STYLE_LIGHT, test_vector);
  ADD ("/render/painter/gutter-only", KR_STYLE_LIGHT, test_gutter_only);
  ADD ("/render/painter/caption-fit", KR_STYLE_LIGHT, test_caption_fit);
  ADD ("/render/painter/curve-caption/screen", KR_STYLE_LIGHT, test_curve_caption);
  ADD ("/render/painter/curve-caption/print", KR_STYLE_PRINT, test_curve_caption);
  ADD ("/render/painter/curve-parts", KR_STYLE_LIGHT, test_curve_parts);

#undef ADD

  return g_test_run ();
}
