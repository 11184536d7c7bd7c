/* kr-layout-measure.c: how much room text takes on a journey map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kr-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kr-layout-private.h"

/* Notes longer than this are measured by their beginning: the rest cannot
 * fit on the largest note anyway, and shaping it would cost for nothing. */
#define NOTE_TEXT_LIMIT 4096
/* Measured note heights are kept per font and width; edits add texts, so
 * the cache is emptied now and then rather than grow without end. */
#define NOTE_CACHE_MAX 50000
/* Each font size and note width has its own bucket; a frame that is fitted
 * at many sizes (a window being resized in presentation) makes new ones. */
#define NOTE_BUCKETS_MAX 64

/* Measuring shares one context and one PangoLayout: creating them costs
 * more than measuring a note. The lock is held from kr_measure_begin () to
 * kr_measure_end (), so layouts may be computed in any thread. */
G_LOCK_DEFINE_STATIC (measure);
static PangoContext *measure_context;
static PangoLayout *measure_layout;
static GHashTable *note_heights;   /* "font|width|indent" → (text → height) */
static GHashTable *font_advances;  /* font → (character → advance in Pango units) */
/* Line heights and caption widths, per font and text: a frame is laid out
 * many times over while it is fitted, and these are asked for each time. */
static GHashTable *text_sizes;     /* "font|what" → size in Pango units */
#define TEXT_SIZES_MAX 4096

static gboolean
lookup_text_size (const char *key,
                  double     *size)
{
  gpointer value;

  if (text_sizes == NULL || !g_hash_table_lookup_extended (text_sizes, key, NULL, &value))
    return FALSE;
  *size = GPOINTER_TO_INT (value) / (double) PANGO_SCALE;
  return TRUE;
}

static void
remember_text_size (char   *key,
                    double  size)
{
  if (text_sizes == NULL)
    return;
  if (g_hash_table_size (text_sizes) > TEXT_SIZES_MAX)
    g_hash_table_remove_all (text_sizes);
  g_hash_table_insert (text_sizes, key, GINT_TO_POINTER ((int) round (size * PANGO_SCALE)));
}

struct _KrMeasure
{
  const KrMetrics      *m;
  PangoFontDescription *fonts[KR_STYLE_N_TEXTS];
  char                 *font_names[KR_STYLE_N_TEXTS];
  GHashTable           *cache[2][2];   /* [moment of truth][icon] */
  GHashTable           *advances;      /* of the note font */
  int                   line_height;   /* of the note font, Pango units */
};

PangoContext *
kr_render_create_context (void)
{
  PangoContext *context;
  cairo_font_options_t *options;

  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  options = cairo_font_options_create ();
  /* Hinted metrics snap advances to whole device pixels, which differ per
   * zoom: a line that fits at 100 % would wrap at 150 %. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (context, 96);
  pango_context_set_round_glyph_positions (context, FALSE);

  return context;
}

/* --- Text every font can draw ------------------------------------------ */

/* A character that no installed font has is drawn by Pango as a box with
 * its code written in it, which no reader can make sense of: an emoji on a
 * machine without an emoji font, say. Such a character is drawn as the
 * replacement character, "�", instead, and an emoji sequence (with its
 * joiners, variation selectors and skin tones) as one. Fonts never change
 * while the program runs, so what a family covers is kept. */
#define REPLACEMENT_CHARACTER "\xef\xbf\xbd"

G_LOCK_DEFINE_STATIC (coverage);
static GHashTable *coverage;   /* family → (character → 1 covered, 2 not) */

/* What needs no glyph of its own, or goes with the character before it. */
static gboolean
is_joined (gunichar c)
{
  return c == 0x200d || (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0x1f3fb && c <= 0x1f3ff) ||
         (c >= 0xe0020 && c <= 0xe007f) || (c >= 0xe0100 && c <= 0xe01ef);
}

static gboolean
needs_no_glyph (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONTROL:
    case G_UNICODE_FORMAT:
    case G_UNICODE_SPACE_SEPARATOR:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
      return TRUE;
    default:
      /* Latin, and the punctuation workshops write, are in every font. */
      return c < 0x250 || (c >= 0x2010 && c <= 0x2027);
    }
}

static gboolean
is_covered (PangoContext               *context,
            const PangoFontDescription *font,
            PangoFontset              **fontset,
            gunichar                    c)
{
  const char *family = pango_font_description_get_family (font);
  GHashTable *known;
  gpointer value;
  gboolean covered;

  G_LOCK (coverage);
  if (coverage == NULL)
    coverage = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) g_hash_table_unref);
  known = g_hash_table_lookup (coverage, family ?: "");
  if (known == NULL)
    {
      known = g_hash_table_new (NULL, NULL);
      g_hash_table_insert (coverage, g_strdup (family ?: ""), known);
    }
  value = g_hash_table_lookup (known, GUINT_TO_POINTER (c));
  G_UNLOCK (coverage);
  if (value != NULL)
    return GPOINTER_TO_UINT (value) == 1;

  if (*fontset == NULL)
    *fontset = pango_context_load_fontset (context, font, pango_context_get_language (context));
  covered = FALSE;
  if (*fontset != NULL)
    {
      PangoFont *best = pango_fontset_get_font (*fontset, c);

      covered = best != NULL && pango_font_has_char (best, c);
      g_clear_object (&best);
    }

  G_LOCK (coverage);
  g_hash_table_insert (known, GUINT_TO_POINTER (c), GUINT_TO_POINTER (covered ? 1 : 2));
  G_UNLOCK (coverage);
  return covered;
}

char *
kr_render_fallback_text (PangoContext               *context,
                         const PangoFontDescription *font,
                         const char                 *text,
                         gssize                      length)
{
  const char *end, *copied;
  PangoFontset *fontset = NULL;
  GString *out = NULL;

  if (text == NULL)
    return NULL;
  end = text + (length < 0 ? strlen (text) : (gsize) length);
  copied = text;
  for (const char *p = text; p < end;)
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (needs_no_glyph (c) || is_covered (context, font, &fontset, c))
        {
          p = next;
          continue;
        }

      if (out == NULL)
        out = g_string_new (NULL);
      g_string_append_len (out, copied, p - copied);
      g_string_append (out, REPLACEMENT_CHARACTER);
      /* The rest of the sequence goes with it: what joins, and what it
       * joins to. */
      while (next < end && is_joined (g_utf8_get_char (next)))
        {
          gboolean joiner = g_utf8_get_char (next) == 0x200d;

          next = g_utf8_next_char (next);
          if (joiner && next < end)
            next = g_utf8_next_char (next);
        }
      p = copied = next;
    }

  g_clear_object (&fontset);
  if (out == NULL)
    return NULL;
  g_string_append_len (out, copied, end - copied);
  return g_string_free (out, FALSE);
}

static const PangoFontDescription *
font_of (PangoLayout *layout)
{
  const PangoFontDescription *font = pango_layout_get_font_description (layout);

  return font != NULL ? font : pango_context_get_font_description (pango_layout_get_context (layout));
}

void
kr_render_set_text (PangoLayout *layout,
                    const char  *text,
                    gssize       length)
{
  g_autofree char *shown = kr_render_fallback_text (pango_layout_get_context (layout),
                                                    font_of (layout), text, length);

  if (shown != NULL)
    pango_layout_set_text (layout, shown, -1);
  else
    pango_layout_set_text (layout, text, length);
}

void
kr_render_set_markup (PangoLayout *layout,
                      const char  *markup)
{
  /* Markup is ASCII where it is markup, so only the text is touched. */
  g_autofree char *shown = kr_render_fallback_text (pango_layout_get_context (layout),
                                                    font_of (layout), markup, -1);

  pango_layout_set_markup (layout, shown != NULL ? shown : markup, -1);
}

/* Whether @layout's first paragraph runs right to left, as Arabic and
 * Hebrew do: its icon then goes on the right. */
gboolean
kr_render_layout_is_rtl (PangoLayout *layout)
{
  PangoLayoutLine *line = pango_layout_get_line_readonly (layout, 0);

  return line != NULL && line->resolved_dir == PANGO_DIRECTION_RTL;
}

void
kr_render_setup_layout_text (PangoLayout                *layout,
                             const PangoFontDescription *font,
                             double                      width,
                             double                      indent,
                             double                      max_height)
{
  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, width > 0 ? (int) round (width * PANGO_SCALE) : -1);
  pango_layout_set_indent (layout, (int) round (indent * PANGO_SCALE));
  if (max_height > 0)
    {
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, (int) round (max_height * PANGO_SCALE));
    }
  else
    {
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
      pango_layout_set_height (layout, -1);
    }
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return logical.height / (double) PANGO_SCALE;
}

static double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return logical.width / (double) PANGO_SCALE;
}

/* The height of @lines lines of @text, with a little to spare so that
 * exactly that many lines are not cut. */
static double
line_height (PangoLayout   *layout,
             const KrStyle *style,
             KrStyleText    text,
             guint          lines)
{
  PangoFontDescription *font = kr_style_create_font (style, text);
  g_autofree char *name = pango_font_description_to_string (font);
  char *key = g_strdup_printf ("%s|%u lines", name, lines);
  GString *sample;
  double height;

  /* Only the measuring context's sizes are kept (kr_measure_begin ()). */
  if (pango_layout_get_context (layout) == measure_context && lookup_text_size (key, &height))
    {
      g_free (key);
      pango_font_description_free (font);
      return height;
    }

  sample = g_string_new ("Ag");
  for (guint i = 1; i < lines; i++)
    g_string_append (sample, "\nAg");
  kr_render_setup_layout_text (layout, font, -1, 0, -1);
  pango_layout_set_text (layout, sample->str, sample->len);
  height = layout_height (layout);
  pango_font_description_free (font);
  g_string_free (sample, TRUE);
  if (lines > 1)
    height += 1;

  if (pango_layout_get_context (layout) == measure_context)
    remember_text_size (key, height);
  else
    g_free (key);
  return height;
}

void
kr_metrics_init (KrMetrics     *m,
                 const KrStyle *style,
                 PangoContext  *context)
{
  double s = kr_style_get_scale (style);
  g_autoptr(PangoLayout) layout = pango_layout_new (context);

  m->scale = s;
  m->margin = 32 * s;
  m->gutter = 156 * s;
  m->lane_pad = 18 * s;
  m->col_pad = 18 * s;
  m->col_min_width = 240 * s;
  m->note_width = 184 * s;
  m->note_min_height = 64 * s;
  m->note_max_height = 184 * s;
  m->note_pad_x = 12 * s;
  m->note_pad_y = 10 * s;
  m->note_gap = 14 * s;
  m->note_step = 0.4 * m->note_width;
  m->note_radius = 5 * s;
  m->icon_size = 16 * s;
  m->icon_gap = 6 * s;
  m->star_size = 20 * s;
  m->footer_gap = 6 * s;
  m->valence_step = 40 * s;
  m->curve_step = 18 * s;
  m->curve_pad = 28 * s;
  m->badge_size = 30 * s;
  m->chip_height = 28 * s;
  m->chip_pad = 12 * s;
  m->arrow_width = 30 * s;
  m->row_gap = 22 * s;
  m->field_width = 300 * s;
  m->field_gap = 36 * s;
  m->title_max_width = 1200 * s;
  m->col_spare = 0;

  m->footer_height = line_height (layout, style, KR_STYLE_TEXT_SMALL, 1);
  m->note_line_height = line_height (layout, style, KR_STYLE_TEXT_NOTE, 1);
  m->title_max_height = line_height (layout, style, KR_STYLE_TEXT_TITLE, 3);
  m->field_max_height = line_height (layout, style, KR_STYLE_TEXT_SCOPE, 4);
  m->phase_max_height = line_height (layout, style, KR_STYLE_TEXT_PHASE, 6);
  m->feeling_max_height = line_height (layout, style, KR_STYLE_TEXT_FEELING, 8);
}

gboolean
kr_note_kind_has_icon (KrNoteKind kind)
{
  return kind != KR_NOTE_KIND_ACTIVITY;
}

gboolean
kr_note_has_footer (KrNote *note)
{
  const char *channel = kr_note_get_channel (note);

  return (channel != NULL && *channel != '\0') || kr_emotion_lookup (kr_note_get_emotion (note)) != NULL;
}

KrLane
kr_note_kind_to_lane (KrNoteKind kind)
{
  switch (kind)
    {
    case KR_NOTE_KIND_ACTIVITY:
      return KR_LANE_ACTIVITIES;
    case KR_NOTE_KIND_PAIN:
    case KR_NOTE_KIND_GAIN:
      return KR_LANE_RED_THREAD;
    case KR_NOTE_KIND_IMPROVEMENT:
    default:
      return KR_LANE_IMPROVEMENTS;
    }
}

static double
note_text_width (const KrMetrics *m,
                 gboolean         moment_of_truth)
{
  return m->note_width - 2 * m->note_pad_x - (moment_of_truth ? m->star_size + 2 * m->scale : 0);
}

static double
note_footer (const KrMetrics *m,
             gboolean         has_footer)
{
  return has_footer ? m->footer_gap + m->footer_height : 0;
}

void
kr_note_box (const KrMetrics *m,
             KrNote          *note,
             const KrRect    *rect,
             gboolean         ellipsized,
             KrNoteBox       *box)
{
  box->x = rect->x + m->note_pad_x;
  box->y = rect->y + m->note_pad_y;
  box->width = note_text_width (m, kr_note_get_moment_of_truth (note));
  box->indent = kr_note_kind_has_icon (kr_note_get_kind (note)) ? m->icon_size + m->icon_gap : 0;
  box->has_footer = kr_note_has_footer (note);
  box->footer_y = rect->y + rect->height - m->note_pad_y - m->footer_height;
  box->max_height = ellipsized ?
    rect->height - 2 * m->note_pad_y - note_footer (m, box->has_footer) : -1;
}

gsize
kr_note_text_length (const char *text)
{
  gsize length = strlen (text);
  const char *end;

  if (length <= NOTE_TEXT_LIMIT)
    return length;
  end = g_utf8_find_prev_char (text, text + NOTE_TEXT_LIMIT + 1);
  return end != NULL ? (gsize) (end - text) : 0;
}

PangoAttrList *
kr_caption_attributes (double scale)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_letter_spacing_new ((int) (0.8 * scale * PANGO_SCALE)));
  return attrs;
}

double
kr_caption_widest_run (PangoLayout                *layout,
                       const PangoFontDescription *font,
                       const char                 *text)
{
  const PangoLogAttr *attrs;
  double widest = 0, run_start = 0, run_end = 0;
  int n_attrs;

  kr_render_setup_layout_text (layout, font, -1, 0, -1);
  pango_layout_set_text (layout, text, -1);
  attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);

  /* One line: each character's place on it, in a run that starts where a
   * break is allowed and ends after its last character that is not
   * blank. */
  for (int i = 0; i + 1 < n_attrs; i++)
    {
      PangoRectangle before, after;
      int index = g_utf8_offset_to_pointer (text, i) - text;
      int next = g_utf8_offset_to_pointer (text, i + 1) - text;

      pango_layout_index_to_pos (layout, index, &before);
      pango_layout_index_to_pos (layout, next, &after);
      if (attrs[i].is_line_break)
        run_start = run_end = before.x / (double) PANGO_SCALE;
      if (!attrs[i].is_white)
        run_end = MAX (before.x, after.x) / (double) PANGO_SCALE;
      widest = MAX (widest, fabs (run_end - run_start));
    }

  return widest;
}

/* --- Measuring ---------------------------------------------------------- */

static void
measure_ensure (void)
{
  if (measure_context != NULL)
    return;

  measure_context = kr_render_create_context ();
  measure_layout = pango_layout_new (measure_context);
  note_heights = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_hash_table_unref);
  font_advances = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_hash_table_unref);
  text_sizes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static GHashTable *
measure_bucket (const PangoFontDescription *font,
                double                      width,
                double                      indent)
{
  g_autofree char *font_name = pango_font_description_to_string (font);
  g_autofree char *key = g_strdup_printf ("%s|%d|%d", font_name,
                                          (int) round (width * PANGO_SCALE),
                                          (int) round (indent * PANGO_SCALE));
  GHashTable *bucket = g_hash_table_lookup (note_heights, key);

  if (bucket == NULL)
    {
      bucket = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (note_heights, g_steal_pointer (&key), bucket);
    }
  else if (g_hash_table_size (bucket) > NOTE_CACHE_MAX)
    g_hash_table_remove_all (bucket);

  return bucket;
}

void
kr_measure_update (KrMeasure *ms)
{
  const KrMetrics *m = ms->m;

  for (guint mot = 0; mot < 2; mot++)
    for (guint icon = 0; icon < 2; icon++)
      ms->cache[mot][icon] = measure_bucket (ms->fonts[KR_STYLE_TEXT_NOTE],
                                             note_text_width (m, mot),
                                             icon ? m->icon_size + m->icon_gap : 0);
}

KrMeasure *
kr_measure_begin (const KrStyle *style,
                  KrMetrics     *m)
{
  KrMeasure *ms = g_new0 (KrMeasure, 1);

  G_LOCK (measure);
  measure_ensure ();
  /* No bucket is in use between two layouts, so this is where they may go. */
  if (g_hash_table_size (note_heights) > NOTE_BUCKETS_MAX)
    g_hash_table_remove_all (note_heights);
  if (g_hash_table_size (font_advances) > NOTE_BUCKETS_MAX)
    g_hash_table_remove_all (font_advances);
  kr_metrics_init (m, style, measure_context);
  ms->m = m;
  for (guint i = 0; i < KR_STYLE_N_TEXTS; i++)
    {
      ms->fonts[i] = kr_style_create_font (style, i);
      ms->font_names[i] = pango_font_description_to_string (ms->fonts[i]);
    }
  kr_measure_update (ms);

  {
    g_autofree char *font_name = pango_font_description_to_string (ms->fonts[KR_STYLE_TEXT_NOTE]);

    ms->advances = g_hash_table_lookup (font_advances, font_name);
    if (ms->advances == NULL)
      {
        ms->advances = g_hash_table_new (NULL, NULL);
        g_hash_table_insert (font_advances, g_steal_pointer (&font_name), ms->advances);
      }
    kr_render_setup_layout_text (measure_layout, ms->fonts[KR_STYLE_TEXT_NOTE], -1, 0, -1);
    pango_layout_set_text (measure_layout, "Ag", -1);
    ms->line_height = (int) round (layout_height (measure_layout) * PANGO_SCALE);
  }
  return ms;
}

void
kr_measure_end (KrMeasure *ms)
{
  for (guint i = 0; i < KR_STYLE_N_TEXTS; i++)
    {
      g_clear_pointer (&ms->fonts[i], pango_font_description_free);
      g_free (ms->font_names[i]);
    }
  g_free (ms);
  G_UNLOCK (measure);
}

/* The height (or the width) of @text set in @font at @width and cut at
 * @max_height. Titles and feelings are measured again for each layout a
 * frame is fitted with; the same text, font and width measure the same. */
static double
measure_extent (KrMeasure   *ms,
                KrStyleText  font,
                const char  *text,
                double       width,
                double       max_height,
                gboolean     wide)
{
  char *key = g_strdup_printf ("%s|%.0f|%.0f|%c|%s", ms->font_names[font], width * PANGO_SCALE,
                               max_height * PANGO_SCALE, wide ? 'w' : 'h', text);
  double extent;

  if (lookup_text_size (key, &extent))
    {
      g_free (key);
      return extent;
    }
  kr_render_setup_layout_text (measure_layout, ms->fonts[font], width, 0, max_height);
  kr_render_set_text (measure_layout, text, -1);
  extent = wide ? layout_width (measure_layout) : layout_height (measure_layout);
  remember_text_size (key, extent);
  return extent;
}

double
kr_measure_text (KrMeasure   *ms,
                 KrStyleText  font,
                 const char  *text,
                 double       width,
                 double       max_height)
{
  return measure_extent (ms, font, text, width, max_height, FALSE);
}

double
kr_measure_width (KrMeasure   *ms,
                  KrStyleText  font,
                  const char  *text,
                  double       max_width,
                  double       max_height)
{
  return measure_extent (ms, font, text, max_width, max_height, TRUE);
}

double
kr_measure_caption_run (KrMeasure  *ms,
                        const char *caption)
{
  g_autofree char *upper = g_utf8_strup (caption, -1);
  g_autofree char *name = pango_font_description_to_string (ms->fonts[KR_STYLE_TEXT_CAPTION]);
  char *key = g_strdup_printf ("%s|caption %d|%s", name,
                               (int) round (ms->m->scale * PANGO_SCALE), upper);
  PangoAttrList *attrs;
  double widest;

  if (lookup_text_size (key, &widest))
    {
      g_free (key);
      return widest;
    }

  attrs = kr_caption_attributes (ms->m->scale);
  pango_layout_set_attributes (measure_layout, attrs);
  widest = kr_caption_widest_run (measure_layout, ms->fonts[KR_STYLE_TEXT_CAPTION], upper);
  pango_layout_set_attributes (measure_layout, NULL);
  pango_attr_list_unref (attrs);
  remember_text_size (key, widest);
  return widest;
}

/* The advance of one character of the note font, measured once. */
static int
advance_of (KrMeasure *ms,
            gunichar   c)
{
  gpointer value;
  char utf8[8] = { 0 };
  PangoRectangle logical;

  if (g_hash_table_lookup_extended (ms->advances, GUINT_TO_POINTER (c), NULL, &value))
    return GPOINTER_TO_INT (value);

  g_unichar_to_utf8 (c, utf8);
  kr_render_setup_layout_text (measure_layout, ms->fonts[KR_STYLE_TEXT_NOTE], -1, 0, -1);
  pango_layout_set_text (measure_layout, utf8, -1);
  pango_layout_get_extents (measure_layout, NULL, &logical);
  g_hash_table_insert (ms->advances, GUINT_TO_POINTER (c), GINT_TO_POINTER (logical.width));
  return logical.width;
}

/* Latin text — what workshops write — is measured without shaping: the
 * advances of its characters are known, and breaking lines at spaces is
 * easy. Shaping each of thousands of notes is what makes a first layout
 * slow. The estimate errs on the safe side: it breaks only at spaces and
 * leaves a margin for kerning, where Pango finds more places to break, so
 * it never counts fewer lines than Pango draws. Any other script is
 * shaped for real. */
#define ESTIMATE_MARGIN (2 * PANGO_SCALE)

static gboolean
is_simple_latin (gunichar c)
{
  return (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c <= 0x24f) ||
         (c >= 0x2010 && c <= 0x2027) || c == '\n';
}

static gboolean
estimate_text_height (KrMeasure  *ms,
                      const char *text,
                      gsize       length,
                      int         width,
                      int         indent,
                      double     *height)
{
  const char *end = text + length;
  int space = advance_of (ms, ' ');
  int available = width - indent - ESTIMATE_MARGIN;
  int line = 0;          /* width used on the current line */
  guint lines = 1;

  if (length == 0)
    {
      *height = ms->line_height / (double) PANGO_SCALE;
      return TRUE;
    }

  for (const char *p = text; p < end;)
    {
      gunichar c = g_utf8_get_char (p);
      int word = 0;
      const char *q = p;

      if (!is_simple_latin (c))
        return FALSE;
      if (c == '\n')
        {
          lines++;
          line = 0;
          available = width - ESTIMATE_MARGIN;
          p = g_utf8_next_char (p);
          continue;
        }
      if (c == ' ')
        {
          line += space;
          p = g_utf8_next_char (p);
          continue;
        }

      /* A word: it goes on this line if it fits, else on the next. */
      while (q < end)
        {
          gunichar w = g_utf8_get_char (q);

          if (w == ' ' || w == '\n')
            break;
          if (!is_simple_latin (w))
            return FALSE;
          word += advance_of (ms, w);
          q = g_utf8_next_char (q);
        }
      if (line > 0 && line + word > available)
        {
          lines++;
          line = 0;
          available = width - ESTIMATE_MARGIN;
        }
      /* A word longer than a line is broken where Pango finds a place
       * (after a slash, a hyphen, or between characters), which no count
       * of advances can tell: such a text is shaped for real. */
      if (word > available)
        return FALSE;
      line += word;
      p = q;
    }

  *height = lines * (double) ms->line_height / PANGO_SCALE;
  return TRUE;
}

/* The height of a note's words, unlimited: whether they fit is the
 * caller's question. The same text, font and width always measure the
 * same, so the answer is kept. */
static double
measure_note_text (KrMeasure *ms,
                   KrNote    *note)
{
  const char *text = kr_note_get_text (note);
  gboolean mot = kr_note_get_moment_of_truth (note);
  gboolean icon = kr_note_kind_has_icon (kr_note_get_kind (note));
  GHashTable *bucket = ms->cache[mot][icon];
  gpointer value;
  double height;

  if (text == NULL)
    text = "";
  if (g_hash_table_lookup_extended (bucket, text, NULL, &value))
    return GPOINTER_TO_UINT (value) / (double) PANGO_SCALE;

  if (!estimate_text_height (ms, text, kr_note_text_length (text),
                             (int) round (note_text_width (ms->m, mot) * PANGO_SCALE),
                             icon ? (int) round ((ms->m->icon_size + ms->m->icon_gap) * PANGO_SCALE) : 0,
                             &height))
    {
      kr_render_setup_layout_text (measure_layout, ms->fonts[KR_STYLE_TEXT_NOTE],
                                   note_text_width (ms->m, mot),
                                   icon ? ms->m->icon_size + ms->m->icon_gap : 0, -1);
      kr_render_set_text (measure_layout, text, kr_note_text_length (text));
      height = layout_height (measure_layout);
    }
  g_hash_table_insert (bucket, g_strdup (text),
                       GUINT_TO_POINTER ((guint) round (height * PANGO_SCALE)));
  return round (height * PANGO_SCALE) / PANGO_SCALE;
}

void
kr_measure_note (KrMeasure *ms,
                 KrNote    *note,
                 double    *height,
                 gboolean  *ellipsized)
{
  const KrMetrics *m = ms->m;
  double natural = 2 * m->note_pad_y + measure_note_text (ms, note) +
                   note_footer (m, kr_note_has_footer (note));

  *ellipsized = natural > m->note_max_height ||
                strlen (kr_note_get_text (note) ?: "") > NOTE_TEXT_LIMIT;
  *height = CLAMP (natural, m->note_min_height, m->note_max_height);
}
