/* test-export.c: handouts, posters, PNG and SVG, read back
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No display: the PDFs are read back with poppler, the pictures with cairo
 * and GMarkup.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <poppler.h>
#include <string.h>
#include <unistd.h>

#include "kr-export.h"
#include "kr-export-private.h"
#include "kr-layout.h"
#include "kr-painter.h"
#include "kr-test-journey.h"
#include "kr-test-sample.h"
#include "kr-test-util.h"

/* poppler-glib 22 declares no autoptr cleanups. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

static PopplerDocument *
open_pdf (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *document;

  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  return document;
}

/* Text with every whitespace run, and a hyphen where a line broke inside a
 * word, taken out: so that wrapping never hides a match. */
static char *
squeeze (const char *text,
         gboolean    drop_hyphen_breaks)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00AD)
        continue;
      if (drop_hyphen_breaks && (c == '-' || c == 0x2010))
        {
          const char *q = g_utf8_next_char (p);

          if (*q == '\n' || (*q == '\r' && q[1] == '\n'))
            continue;
        }
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static char *
document_text (PopplerDocument *document)
{
  GString *all = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *text = poppler_page_get_text (page);

      g_string_append (all, text);
      g_string_append_c (all, '\n');
    }
  return g_string_free (all, FALSE);
}

static char *
without_hyphens (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) != '-' && g_utf8_get_char (p) != 0x2010)
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

/* @needle in the squeezed text of a document, where a line that broke
 * after a word's own hyphen ("ISDE-" / "subsidie") lost it in squeezing. */
static void
assert_contains_squeezed (const char *haystack_squeezed,
                          const char *needle)
{
  g_autofree char *squeezed = squeeze (needle, FALSE);
  g_autofree char *bare_haystack = NULL;
  g_autofree char *bare_needle = NULL;

  if (strstr (haystack_squeezed, squeezed) != NULL)
    return;
  bare_haystack = without_hyphens (haystack_squeezed);
  bare_needle = without_hyphens (squeezed);
  if (strstr (bare_haystack, bare_needle) == NULL)
    g_error ("not in the document: “%s”", needle);
}

/* poppler marks right-to-left runs in the text it returns with embedding
 * characters, which have no rectangle in its text layout. */
static gboolean
has_rect (gunichar c)
{
  return !(c >= 0x202a && c <= 0x202e) && !(c >= 0x2066 && c <= 0x2069);
}

/* The heights of the words on @page, as a PDF reader measures them: the
 * box poppler gives each character is its font's ascent and descent at its
 * size, and a word is as tall as its tallest character. */
static void
collect_word_heights (PopplerPage *page,
                      GArray      *heights)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rects = NULL;
  guint n_rects = 0, i = 0;
  double word = 0;

  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
  for (const char *p = text; *p != '\0' && i < n_rects; p = g_utf8_next_char (p))
    {
      if (!has_rect (g_utf8_get_char (p)))
        continue;
      i++;
      if (g_unichar_isspace (g_utf8_get_char (p)))
        {
          if (word > 0)
            g_array_append_val (heights, word);
          word = 0;
          continue;
        }
      word = MAX (word, fabs (rects[i - 1].y2 - rects[i - 1].y1));
    }
  if (word > 0)
    g_array_append_val (heights, word);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The height below which a tenth of the words are. */
static double
tenth_percentile (GArray *heights)
{
  g_assert_cmpuint (heights->len, >, 20);
  g_array_sort (heights, compare_doubles);
  return g_array_index (heights, double, heights->len / 10);
}

static cairo_surface_t *
render_page (PopplerPage *page,
             double       scale)
{
  double width, height;
  cairo_surface_t *surface;
  cairo_t *cr;

  poppler_page_get_size (page, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (width * scale),
                                        (int) ceil (height * scale));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint
count_ink (PopplerPage *page,
           double       scale)
{
  cairo_surface_t *surface = render_page (page, scale);
  guint ink = 0;

  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    {
      const guint32 *row = (const guint32 *) (cairo_image_surface_get_data (surface) +
                                              y * cairo_image_surface_get_stride (surface));
      for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
        if ((row[x] & 0xffffff) != 0xffffff)
          ink++;
    }
  cairo_surface_destroy (surface);
  return ink;
}

static void
check_handout (KrPaper     paper,
               double      width,
               double      height)
{
  g_autoptr(KrJourney) journey = kr_test_load_sample ();
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "handout.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  g_autofree char *title = NULL;
  GListModel *phases = kr_journey_get_phases (journey);
  GListModel *notes = kr_journey_get_notes (journey);
  guint n_phases = g_list_model_get_n_items (phases);
  int n_pages;

  g_assert_true (kr_export_pdf_full (journey, path, KR_EXPORT_HANDOUT, paper, "1 mei 2026",
                                     &error));
  g_assert_no_error (error);

  document = open_pdf (path);
  n_pages = poppler_document_get_n_pages (document);
  g_assert_cmpint (n_pages, >=, 2 + (int) n_phases + 1);

  title = poppler_document_get_title (document);
  g_assert_cmpstr (title, ==, kr_journey_get_title (journey));

  for (int i = 0; i < n_pages; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      double w, h;

      poppler_page_get_size (page, &w, &h);
      g_assert_cmpfloat_with_epsilon (w, width, 0.5);
      g_assert_cmpfloat_with_epsilon (h, height, 0.5);
      /* Not blank: the map is mostly ink, a text page has a heading,
       * text and a footer. */
      g_assert_cmpuint (count_ink (page, 0.5), >, 500);
    }

  text = document_text (document);
  squeezed = squeeze (text, TRUE);
  assert_contains_squeezed (squeezed, kr_journey_get_title (journey));
  assert_contains_squeezed (squeezed, "1 mei 2026");
  for (guint i = 0; i < n_phases; i++)
    {
      g_autoptr(KrPhase) phase = g_list_model_get_item (phases, i);
      assert_contains_squeezed (squeezed, kr_phase_get_title (phase));
    }
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(KrNote) note = g_list_model_get_item (notes, i);
      assert_contains_squeezed (squeezed, kr_note_get_text (note));
    }
  g_autofree char *last = g_strdup_printf ("%d / %d", n_pages, n_pages);
  assert_contains_squeezed (squeezed, last);

  kr_test_remove_tree (dir);
}

static void
test_handout_a4 (void)
{
  check_handout (KR_PAPER_A4, 841.89, 595.28);
}

static void
test_handout_a3 (void)
{
  check_handout (KR_PAPER_A3, 1190.55, 841.89);
}

static void
test_handout_letter (void)
{
  check_handout (KR_PAPER_LETTER, 792, 612);
}

static void
test_poster (void)
{
  g_autoptr(KrJourney) journey = kr_test_load_sample ();
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "poster.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(PopplerPage) page = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  double w, h;

  g_assert_true (kr_export_pdf (journey, path, KR_EXPORT_POSTER, KR_PAPER_A3, &error));
  g_assert_no_error (error);
  document = open_pdf (path);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  page = poppler_document_get_page (document, 0);
  poppler_page_get_size (page, &w, &h);
  g_assert_cmpfloat_with_epsilon (w, 1190.55, 0.5);
  g_assert_cmpfloat_with_epsilon (h, 841.89, 0.5);
  g_assert_cmpuint (count_ink (page, 0.5), >, 10000);

  text = document_text (document);
  squeezed = squeeze (text, TRUE);
  assert_contains_squeezed (squeezed, kr_journey_get_title (journey));
  kr_test_remove_tree (dir);
}

/* The characters poppler finds inside a rectangle of @page, in its
 * reading order and without spaces. */
static char *
text_in_page_rect (PopplerPage *page,
                   double       x1,
                   double       y1,
                   double       x2,
                   double       y2)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rects = NULL;
  GString *found = g_string_new (NULL);
  guint n_rects = 0, i = 0;

  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
  for (const char *p = text; *p != '\0' && i < n_rects; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      double cx, cy;

      if (!has_rect (c))
        continue;
      cx = (rects[i].x1 + rects[i].x2) / 2;
      cy = (rects[i].y1 + rects[i].y2) / 2;
      i++;
      if (!g_unichar_isspace (c) && cx >= x1 && cx <= x2 && cy >= y1 && cy <= y2)
        g_string_append_unichar (found, c);
    }
  return g_string_free (found, FALSE);
}

/* The same inside @rect of @map, as a map page draws it. */
static char *
text_in_map_rect (KrHandout      *handout,
                  PopplerPage    *page,
                  const KrLayout *map,
                  const KrRect   *rect)
{
  double x, y, scale;

  kr_handout_map_placement (handout, map, &x, &y, &scale);
  return text_in_page_rect (page, x + rect->x * scale, y + rect->y * scale,
                            x + (rect->x + rect->width) * scale,
                            y + (rect->y + rect->height) * scale);
}

static int
compare_unichars (gconstpointer a,
                  gconstpointer b)
{
  gunichar x = *(const gunichar *) a, y = *(const gunichar *) b;

  return (x > y) - (x < y);
}

/* The characters of @text but hyphens (Pango ends a line inside a word
 * with a hyphen of its own), sorted. */
static GArray *
sorted_characters (const char *text)
{
  GArray *characters = g_array_new (FALSE, FALSE, sizeof (gunichar));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != '-' && c != 0x2010)
        g_array_append_val (characters, c);
    }
  g_array_sort (characters, compare_unichars);
  return characters;
}

/* Whether @found (the characters in a box, without spaces) holds the words
 * @expected: in order, where a line may have broken after a hyphen; or,
 * since poppler orders the lines of a box (and the letters of an Arabic
 * ligature) by its own guess, at least every character of them. */
static gboolean
contains_words (const char *found,
                const char *expected)
{
  g_autofree char *squeezed = squeeze (expected, FALSE);
  g_autoptr(GArray) have = NULL;
  g_autoptr(GArray) want = NULL;
  guint h = 0;

  if (strstr (found, squeezed) != NULL)
    return TRUE;
  have = sorted_characters (found);
  want = sorted_characters (expected);
  for (guint w = 0; w < want->len; w++)
    {
      gunichar c = g_array_index (want, gunichar, w);

      while (h < have->len && g_array_index (have, gunichar, h) < c)
        h++;
      if (h == have->len || g_array_index (have, gunichar, h) != c)
        return FALSE;
      h++;
    }
  return want->len > 0;
}

/* No ink beyond the page's margins: nothing of the map reaches the edge,
 * where it would be cut. */
static void
assert_margins_blank (PopplerPage *page)
{
  cairo_surface_t *surface = render_page (page, 1);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int edge = (int) MARGIN - 2;

  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (cairo_image_surface_get_data (surface) +
                                              y * cairo_image_surface_get_stride (surface));

      for (int x = 0; x < width; x++)
        if ((x < edge || x >= width - edge || y < edge || y >= height - edge) &&
            (row[x] & 0xffffff) != 0xffffff)
          g_error ("ink at %d, %d, in the margin of a %d × %d page", x, y, width, height);
    }
  cairo_surface_destroy (surface);
}

/* The map pages of a handout or a poster, read back: their words no
 * smaller than @least points in nine cases out of ten, every note's words
 * there to be found in the note, the lane names on every page, the kind
 * of journey in the heading, which phases a page shows when there are
 * parts, and nothing at the page's edges. Returns the number of map
 * pages. */
static guint
check_legible_map (KrJourney      *journey,
                   KrExportLayout  kind,
                   KrPaper         paper,
                   double          least,
                   const char     *state)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "kaart.pdf", NULL);
  g_autoptr(KrHandout) handout = kr_handout_new (journey, kind, paper, "1 mei 2026");
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(GArray) heights = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_phases = g_list_model_get_n_items (kr_journey_get_phases (journey));
  guint n_map_pages = 0, next_phase = 0, n_notes_seen = 0;
  double p10;

  g_assert_true (kr_export_pdf_full (journey, path, kind, paper, "1 mei 2026", &error));
  g_assert_no_error (error);
  document = open_pdf (path);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, kr_handout_get_n_pages (handout));

  for (guint i = 0; i < kr_handout_get_n_pages (handout); i++)
    {
      const Page *page = &g_array_index (handout->pages, Page, i);
      const KrLayout *map;
      g_autoptr(PopplerPage) pdf_page = NULL;
      g_autofree char *text = NULL;
      g_autofree char *page_squeezed = NULL;
      guint first, n;

      if (page->kind != PAGE_MAP)
        continue;
      /* The map comes first, its parts in the order of the phases. */
      g_assert_cmpuint (i, ==, n_map_pages);
      n_map_pages++;
      map = g_ptr_array_index (handout->maps, page->map);
      first = kr_layout_get_first_phase (map);
      n = kr_layout_get_n_phases (map);
      g_assert_cmpuint (first, ==, next_phase);
      next_phase += n;

      pdf_page = poppler_document_get_page (document, i);
      collect_word_heights (pdf_page, heights);
      text = poppler_page_get_text (pdf_page);
      page_squeezed = squeeze (text, TRUE);
      assert_contains_squeezed (page_squeezed, "ACTIVITIES");
      assert_contains_squeezed (page_squeezed, "IMPROVEMENTS");
      assert_contains_squeezed (page_squeezed, state);
      if (handout->maps->len > 1)
        {
          g_autofree char *marker = n == 1
            ? g_strdup_printf ("Phase %u of %u", first + 1, n_phases)
            : g_strdup_printf ("Phases %u–%u of %u", first + 1, first + n, n_phases);
          assert_contains_squeezed (page_squeezed, marker);
        }
      assert_margins_blank (pdf_page);

      /* Every note's words whole, in the note, and every phase's title in
       * its place: what a search of the PDF finds is where it is drawn. */
      for (guint k = 0; k < kr_layout_get_n_notes (map); k++)
        {
          const KrLayoutNote *note = kr_layout_get_note (map, k);
          g_autofree char *found = text_in_map_rect (handout, pdf_page, map, &note->rect);

          g_assert_false (note->ellipsized);
          if (!contains_words (found, kr_note_get_text (note->note)))
            g_error ("“%s” is not in its note on page %u, which has “%s”",
                     kr_note_get_text (note->note), i + 1, found);
          n_notes_seen++;
        }
      for (guint k = 0; k < n; k++)
        {
          const KrLayoutPhaseExtra *extra = kr_layout_get_phase_extra (map, k);
          g_autofree char *found = text_in_map_rect (handout, pdf_page, map, &extra->title_text);
          const char *title = kr_phase_get_title (kr_layout_get_phase (map, k)->phase);

          if (!contains_words (found, title))
            g_error ("the title “%s” is not in its place on page %u, which has “%s”",
                     title, i + 1, found);
        }
    }
  g_assert_cmpuint (next_phase, ==, n_phases);
  g_assert_cmpuint (n_notes_seen, ==, g_list_model_get_n_items (kr_journey_get_notes (journey)));
  if (kind == KR_EXPORT_POSTER)
    {
      g_assert_cmpuint (n_map_pages, ==, 1);
      g_assert_true (kr_layout_fits (g_ptr_array_index (handout->maps, 0)));
    }

  p10 = tenth_percentile (heights);
  g_test_message ("%s on %s: %u map pages, %u words, 10th percentile of word heights %.2f pt",
                  kind == KR_EXPORT_POSTER ? "poster" : "handout",
                  paper == KR_PAPER_A2 ? "A2" : paper == KR_PAPER_A3 ? "A3"
                  : paper == KR_PAPER_A4 ? "A4" : "Letter",
                  n_map_pages, heights->len, p10);
  g_assert_cmpfloat (p10, >=, least);

  kr_test_remove_tree (dir);
  return n_map_pages;
}

/* Printed words are read at arm's length from about 7 points up: the A4
 * handout's map is laid out for its pages, in parts where it must be. */
static void
test_legible_handout (void)
{
  g_autoptr(KrJourney) sample = kr_test_load_sample ();
  g_autoptr(KrJourney) large = kr_test_generate_journey (12, 150, 1);

  g_assert_cmpuint (check_legible_map (sample, KR_EXPORT_HANDOUT, KR_PAPER_A4, 7,
                                       "Current journey · Journey light"), >, 1);
  g_assert_cmpuint (check_legible_map (large, KR_EXPORT_HANDOUT, KR_PAPER_A4, 7,
                                       "Desired journey · Validated journey"), >, 2);
  check_legible_map (sample, KR_EXPORT_HANDOUT, KR_PAPER_LETTER, 7,
                     "Current journey · Journey light");
  check_legible_map (sample, KR_EXPORT_HANDOUT, KR_PAPER_A3, 7,
                     "Current journey · Journey light");
}

/* A poster is one page, read from a step away: the whole journey, across
 * and down, at the largest size that fits. The sample reaches 6 points on
 * A3. A journey of 150 notes as long as the sample's has some 2.5 times
 * its words, and on A3 they fit at about 4.7 points: legible close up,
 * but short of 6. What is checked for it there is that it is laid out for
 * the page, not scaled into it, and nothing is lost; on A2 it reaches 6. */
static void
test_legible_poster (void)
{
  g_autoptr(KrJourney) sample = kr_test_load_sample ();
  g_autoptr(KrJourney) large = kr_test_generate_journey (12, 150, 1);

  check_legible_map (sample, KR_EXPORT_POSTER, KR_PAPER_A3, 6, "Current journey · Journey light");
  check_legible_map (large, KR_EXPORT_POSTER, KR_PAPER_A3, 4.5,
                     "Desired journey · Validated journey");
  check_legible_map (large, KR_EXPORT_POSTER, KR_PAPER_A2, 6,
                     "Desired journey · Validated journey");
}

static KrJourney *
make_journey (guint       n_notes,
              const char *long_text)
{
  KrJourney *journey = kr_journey_new ();
  GListStore *phases = G_LIST_STORE (kr_journey_get_phases (journey));
  GListStore *notes = G_LIST_STORE (kr_journey_get_notes (journey));
  guint order[5][KR_NOTE_N_KINDS] = { { 0 } };

  kr_journey_set_title (journey, "Ik vraag een vergunning aan");
  for (guint p = 0; p < 5; p++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", p + 1);
      g_autofree char *title = g_strdup_printf ("Ik doe stap %u", p + 1);
      g_autoptr(KrPhase) phase = kr_phase_new (id, title);

      g_list_store_append (phases, phase);
    }
  for (guint i = 0; i < n_notes; i++)
    {
      guint p = i % 5;
      KrNoteKind kind = (i / 5) % KR_NOTE_N_KINDS;
      g_autofree char *id = g_strdup_printf ("n%u", i + 1);
      g_autofree char *phase_id = g_strdup_printf ("p%u", p + 1);
      g_autofree char *text = i == 0 && long_text != NULL
                              ? g_strdup (long_text)
                              : g_strdup_printf ("Ik lees brief nummer %u en bel daarna de "
                                                 "gemeente", i + 1);
      g_autoptr(KrNote) note = kr_note_new (id, phase_id, i == 0 ? KR_NOTE_KIND_ACTIVITY : kind,
                                            text);

      kind = kr_note_get_kind (note);
      kr_note_set_order (note, order[p][kind]++);
      if (kind == KR_NOTE_KIND_ACTIVITY)
        {
          kr_note_set_has_valence (note, TRUE);
          kr_note_set_valence (note, (double) (i % 11) - 5);
        }
      g_list_store_append (notes, note);
    }
  return journey;
}

static char *
handout_text (KrJourney *journey,
              KrPaper    paper)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "hand-out.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  char *text;

  g_assert_true (kr_export_pdf_full (journey, path, KR_EXPORT_HANDOUT, paper, NULL, &error));
  g_assert_no_error (error);
  document = open_pdf (path);
  text = document_text (document);
  kr_test_remove_tree (dir);
  return text;
}

/* A phase's page lists its activities as they happen, in the order of the
 * map, each with its valence beside it: read from the handout's blocks,
 * and from the PDF where each one is drawn. */
static void
test_phase_order (void)
{
  g_autoptr(KrJourney) journey = kr_test_load_sample ();
  g_autoptr(KrHandout) handout = kr_handout_new (journey, KR_EXPORT_HANDOUT, KR_PAPER_A4, NULL);
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "volgorde.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  GListModel *phases = kr_journey_get_phases (journey);
  guint n_phases = g_list_model_get_n_items (phases);
  guint checked = 0, out_of_valence_order = 0;

  g_assert_true (kr_export_pdf_full (journey, path, KR_EXPORT_HANDOUT, KR_PAPER_A4, NULL, &error));
  g_assert_no_error (error);
  document = open_pdf (path);

  for (guint p = 0; p < n_phases; p++)
    {
      g_autoptr(KrPhase) phase = g_list_model_get_item (phases, p);
      g_autoptr(GPtrArray) activities = kr_journey_collect_notes (journey, kr_phase_get_id (phase),
                                                                  KR_NOTE_KIND_ACTIVITY);
      g_autofree char *heading = g_strdup_printf ("%u. %s", p + 1, kr_phase_get_title (phase));
      guint next = 0;

      /* The phase's section, its activities' blocks in order, and where
       * the first line of each is drawn. */
      for (guint pg = 0; pg < handout->pages->len; pg++)
        {
          const Page *page = &g_array_index (handout->pages, Page, pg);
          g_autoptr(PopplerPage) pdf_page = NULL;

          if (page->kind != PAGE_TEXT ||
              g_strcmp0 (g_array_index (handout->sections, Section, page->section).title,
                         heading) != 0)
            continue;
          pdf_page = poppler_document_get_page (document, pg);
          for (guint k = 0; k < page->pieces->len; k++)
            {
              const Piece *piece = &g_array_index (page->pieces, Piece, k);
              const Block *block = &g_array_index (handout->blocks, Block, piece->block);
              KrNote *note;
              g_autofree char *value = NULL;
              g_autofree char *beside = NULL;
              g_autofree char *words = NULL;
              g_autofree char *squeezed = NULL;

              if (block->marker != MARKER_VALENCE || piece->first_line != 0)
                continue;
              g_assert_cmpuint (next, <, activities->len);
              note = g_ptr_array_index (activities, next++);
              g_assert_cmpfloat (block->valence, ==, kr_note_get_valence (note));
              if (next > 1 &&
                  kr_note_get_valence (g_ptr_array_index (activities, next - 2)) <
                  kr_note_get_valence (note))
                out_of_valence_order++;

              value = kr_handout_format_valence (kr_note_get_valence (note));
              beside = text_in_page_rect (pdf_page, MARGIN + piece->x, piece->y,
                                          MARGIN + piece->x + VALENCE_INDENT - 2, piece->y + 12);
              g_assert_cmpstr (beside, ==, value);
              words = text_in_page_rect (pdf_page, MARGIN + piece->x + VALENCE_INDENT, piece->y,
                                         MARGIN + piece->x + handout->column_width,
                                         piece->y + block->line_bottom[piece->n_lines - 1]);
              squeezed = squeeze (kr_note_get_text (note), FALSE);
              if (!g_str_has_prefix (words, squeezed))
                g_error ("“%s” is not beside its valence %s, which has “%s”",
                         kr_note_get_text (note), value, words);
              checked++;
            }
        }
      g_assert_cmpuint (next, ==, activities->len);
    }
  /* Order is not valence: the sample would not tell them apart otherwise. */
  g_assert_cmpuint (out_of_valence_order, >, 3);
  g_assert_cmpuint (checked, >, 20);
  kr_test_remove_tree (dir);
}

/* An empty scope or persona prints nothing: no page of dashes. */
static void
test_empty_sections (void)
{
  g_autoptr(KrJourney) bare = make_journey (20, NULL);
  g_autoptr(KrJourney) personas = make_journey (20, NULL);
  g_autoptr(KrPersona) empty = kr_persona_new ("leeg");
  g_autoptr(KrPersona) anna = kr_persona_new ("anna");
  g_autoptr(KrHandout) bare_handout = kr_handout_new (bare, KR_EXPORT_HANDOUT, KR_PAPER_A4, NULL);
  g_autoptr(KrHandout) personas_handout = NULL;
  g_autofree char *bare_text = handout_text (bare, KR_PAPER_A4);
  g_autofree char *personas_text = NULL;

  /* The map, a page for each phase and the red thread: nothing else. */
  g_assert_cmpuint (bare_handout->sections->len, ==, 5 + 1);
  for (guint i = 0; i < bare_handout->sections->len; i++)
    g_assert_cmpstr (g_array_index (bare_handout->sections, Section, i).title, !=, "Scope");
  g_assert_null (strstr (bare_text, "Scope"));
  g_assert_null (strstr (bare_text, "Personas"));
  g_assert_null (strstr (bare_text, "Customer"));

  /* A persona with a name and one field: that, under its own heading. */
  kr_persona_set_field (anna, KR_PERSONA_NAME, "Anna");
  kr_persona_set_field (anna, KR_PERSONA_HEARS, "Buren praten over zonnepanelen");
  g_list_store_append (G_LIST_STORE (kr_journey_get_personas (personas)), empty);
  g_list_store_append (G_LIST_STORE (kr_journey_get_personas (personas)), anna);
  personas_handout = kr_handout_new (personas, KR_EXPORT_HANDOUT, KR_PAPER_A4, NULL);
  personas_text = handout_text (personas, KR_PAPER_A4);
  g_assert_cmpuint (personas_handout->sections->len, ==, 1 + 5 + 1);
  g_assert_cmpstr (g_array_index (personas_handout->sections, Section, 0).title, ==, "Personas");
  g_assert_null (strstr (personas_text, "Scope"));
  g_assert_nonnull (strstr (personas_text, "Anna"));
  g_assert_nonnull (strstr (personas_text, "Buren praten over zonnepanelen"));
  g_assert_null (strstr (personas_text, "Unnamed persona"));
  g_assert_null (strstr (personas_text, "Thinks and feels"));

  /* A scope with only a goal: the Scope page has the goal and no more. */
  kr_journey_set_scope (personas, KR_SCOPE_GOAL, "Een warm huis");
  {
    g_autofree char *text = handout_text (personas, KR_PAPER_A4);

    g_assert_nonnull (strstr (text, "Scope"));
    g_assert_nonnull (strstr (text, "Een warm huis"));
    g_assert_null (strstr (text, "Customer"));
    g_assert_null (strstr (text, "Reason"));
  }
}

static KrJourney *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KrJourney *journey = kr_journey_load_file (file, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return journey;
}

/* Emoji are pictures in the PDF, not text a search finds: the words
 * around them are what must be found. */
static char *
without_emoji (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x1f000 || (c >= 0x2300 && c <= 0x27bf) || c == 0x200d || c == 0xfe0f)
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Pixels in a rectangle of the page (points) for which @test is true. */
static guint
count_pixels (cairo_surface_t *image,
              double           scale,
              double           x1,
              double           y1,
              double           x2,
              double           y2,
              gboolean       (*test) (guint r, guint g, guint b))
{
  guint n = 0;

  for (int y = (int) (y1 * scale); y < (int) (y2 * scale); y++)
    {
      const guint32 *row = (const guint32 *) (cairo_image_surface_get_data (image) +
                                              y * cairo_image_surface_get_stride (image));

      for (int x = (int) (x1 * scale); x < (int) (x2 * scale); x++)
        if (test ((row[x] >> 16) & 0xff, (row[x] >> 8) & 0xff, row[x] & 0xff))
          n++;
    }
  return n;
}

/* The red of a pain's icon, in the print style. */
static gboolean
is_pain_red (guint r,
             guint g,
             guint b)
{
  return r > 110 && g < 70 && b < 80;
}

/* The warm yellows and oranges of emoji (a party popper, a thumb), which
 * nothing else on a gain's green note has. */
static gboolean
is_emoji_warm (guint r,
               guint g,
               guint b)
{
  return r > 200 && g > 120 && b < 110;
}

/* Where poppler finds the characters drawn inside a note's text box. */
static void
text_extent (PopplerPage *page,
             double       x1,
             double       y1,
             double       x2,
             double       y2,
             double      *left,
             double      *right)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rects = NULL;
  guint n_rects = 0, i = 0;

  *left = G_MAXDOUBLE;
  *right = -G_MAXDOUBLE;
  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
  for (const char *p = text; *p != '\0' && i < n_rects; p = g_utf8_next_char (p))
    {
      const PopplerRectangle *r = &rects[i];
      double cx = (r->x1 + r->x2) / 2, cy = (r->y1 + r->y2) / 2;

      if (!has_rect (g_utf8_get_char (p)))
        continue;
      i++;
      if (g_unichar_isspace (g_utf8_get_char (p)) || cx < x1 || cx > x2 || cy < y1 || cy > y2)
        continue;
      *left = MIN (*left, MIN (r->x1, r->x2));
      *right = MAX (*right, MAX (r->x1, r->x2));
    }
}

typedef struct
{
  PopplerPage    *page;
  const KrLayout *map;
  double          x, y, scale;   /* where the page draws the map */
} MapPage;

/* The page of the handout's map with @note on it, and where it is. */
static const KrLayoutNote *
find_on_map (KrHandout       *handout,
             PopplerDocument *document,
             const char      *id,
             MapPage         *where)
{
  for (guint i = 0; i < handout->maps->len; i++)
    {
      const KrLayout *map = g_ptr_array_index (handout->maps, i);

      for (guint k = 0; k < kr_layout_get_n_notes (map); k++)
        {
          const KrLayoutNote *note = kr_layout_get_note (map, k);

          if (g_strcmp0 (kr_note_get_id (note->note), id) != 0)
            continue;
          where->page = poppler_document_get_page (document, i);
          where->map = map;
          kr_handout_map_placement (handout, map, &where->x, &where->y, &where->scale);
          return note;
        }
    }
  g_error ("no note “%s” on the map", id);
  return NULL;
}

/* A note's text box (KrNoteBox), on the page. */
static void
note_text_box (const MapPage      *where,
               const KrLayoutNote *note,
               double             *x1,
               double             *y1,
               double             *x2,
               double             *y2)
{
  KrNoteBox box;

  kr_note_box (&where->map->m, note->note, &note->rect, note->ellipsized, &box);
  *x1 = where->x + box.x * where->scale;
  *y1 = where->y + box.y * where->scale;
  *x2 = where->x + (box.x + box.width) * where->scale;
  *y2 = where->y + (note->rect.y + note->rect.height) * where->scale;
}

/* Arabic, Hebrew and emoji: right-to-left words set from the right of
 * their note, with the kind's icon on that side; emoji drawn in colour by
 * the emoji font; and the words found in the PDF where they are drawn. */
static void
test_scripts (void)
{
  g_autoptr(KrJourney) journey = load_fixture ("scripts.klantreis");
  g_autoptr(KrHandout) handout = kr_handout_new (journey, KR_EXPORT_HANDOUT, KR_PAPER_A4, NULL);
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "schriften.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  GListModel *notes = kr_journey_get_notes (journey);
  const double scale = 3;

  g_assert_true (kr_export_pdf_full (journey, path, KR_EXPORT_HANDOUT, KR_PAPER_A4, NULL, &error));
  g_assert_no_error (error);
  document = open_pdf (path);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, kr_handout_get_n_pages (handout));

  /* Every note's words, in its note on the map, and on its phase's page. */
  text = document_text (document);
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(KrNote) note = g_list_model_get_item (notes, i);
      g_autofree char *words = without_emoji (kr_note_get_text (note));
      MapPage where;
      const KrLayoutNote *placed = find_on_map (handout, document,
                                                kr_note_get_id (note), &where);
      g_autofree char *found = text_in_map_rect (handout, where.page, where.map, &placed->rect);

      if (!contains_words (found, words))
        g_error ("“%s” is not in its note, which has “%s”", words, found);
      g_object_unref (where.page);
    }

  /* Right to left, from the right: the Arabic activity and the Hebrew
   * pain end at the right of their text box, and do not start at its
   * left; the Dutch note starts at the left. */
  {
    static const struct { const char *id; gboolean rtl; } cases[] = {
      { "n1", TRUE }, { "n3", TRUE }, { "n2", FALSE }, { "n4", FALSE },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        MapPage where;
        const KrLayoutNote *note = find_on_map (handout, document, cases[i].id, &where);
        double x1, y1, x2, y2, left, right;

        /* The first line leaves room for the kind's icon where it begins. */
        double icon = kr_note_kind_has_icon (kr_note_get_kind (note->note))
                      ? (where.map->m.icon_size + where.map->m.icon_gap) * where.scale : 0;

        note_text_box (&where, note, &x1, &y1, &x2, &y2);
        text_extent (where.page, x1, y1, x2, y2, &left, &right);
        if (cases[i].rtl)
          {
            g_assert_cmpfloat (right, >, x2 - icon - 3);
            g_assert_cmpfloat (left, >, x1 + 10);
          }
        else
          g_assert_cmpfloat (left, <, x1 + icon + 3);
        g_object_unref (where.page);
      }
  }

  /* The Hebrew pain's icon is on the right, where its line begins. */
  {
    MapPage where;
    const KrLayoutNote *note = find_on_map (handout, document, "n3", &where);
    const KrMetrics *m = &where.map->m;
    double icon = m->icon_size * where.scale, line = m->note_line_height * where.scale;
    double x1, y1, x2, y2;
    cairo_surface_t *image = render_page (where.page, scale);

    note_text_box (&where, note, &x1, &y1, &x2, &y2);
    g_assert_cmpuint (count_pixels (image, scale, x2 - icon, y1, x2, y1 + line, is_pain_red), >, 10);
    g_assert_cmpuint (count_pixels (image, scale, x1, y1, x1 + icon, y1 + line, is_pain_red), ==, 0);
    cairo_surface_destroy (image);
    g_object_unref (where.page);
  }

  /* The emoji of the gain are drawn in colour: the emoji font, not a
   * box or a black outline. */
  {
    MapPage where;
    const KrLayoutNote *note = find_on_map (handout, document, "n5", &where);
    double x1, y1, x2, y2;
    cairo_surface_t *image = render_page (where.page, scale);

    note_text_box (&where, note, &x1, &y1, &x2, &y2);
    g_assert_cmpuint (count_pixels (image, scale, x1, y1, x2, y2, is_emoji_warm), >, 20);
    cairo_surface_destroy (image);
    g_object_unref (where.page);
  }

  kr_test_remove_tree (dir);
}

/* On a machine without an emoji font, an emoji is drawn as "�", one for a
 * whole sequence, and never as a box with its code in it; the words
 * around it are as they were. */
static void
test_scripts_without_emoji_font (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *config = NULL;
  g_autofree char *contents = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(KrJourney) journey = load_fixture ("scripts.klantreis");
      g_autoptr(KrHandout) handout = kr_handout_new (journey, KR_EXPORT_HANDOUT, KR_PAPER_A4,
                                                     NULL);
      g_autofree char *path = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(PopplerDocument) document = NULL;
      static const struct { const char *id; const char *shown; } cases[] = {
        { "n2", "Ik vind de juiste pagina �" },
        { "n4", "Ik bel � de gemeente en krijg direct antwoord" },
        { "n5", "�� Eindelijk! � kan blijven" },
      };

      dir = kr_test_make_tmpdir ();
      path = g_build_filename (dir, "zonder-emoji.pdf", NULL);
      g_assert_true (kr_export_pdf_full (journey, path, KR_EXPORT_HANDOUT, KR_PAPER_A4, NULL,
                                         &error));
      g_assert_no_error (error);
      document = open_pdf (path);
      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          MapPage where;
          const KrLayoutNote *note = find_on_map (handout, document, cases[i].id, &where);
          g_autofree char *found = text_in_map_rect (handout, where.page, where.map, &note->rect);
          g_autofree char *expected = squeeze (cases[i].shown, FALSE);

          g_assert_cmpstr (found, ==, expected);
          g_object_unref (where.page);
        }
      {
        g_autofree char *text = document_text (document);

        g_assert_nonnull (strstr (text, "Ik vraag een verblijfsvergunning aan �"));
        g_assert_nonnull (strstr (text, "Ik wacht op het besluit �"));
      }
      kr_test_remove_tree (dir);
      return;
    }

  /* The machine's fonts, less the emoji font: fontconfig reads this when
   * the test's child starts. */
  dir = kr_test_make_tmpdir ();
  config = g_build_filename (dir, "fonts.conf", NULL);
  contents = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                              "<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                              "<fontconfig>\n"
                              "  <include ignore_missing=\"no\">/etc/fonts/fonts.conf</include>\n"
                              "  <selectfont><rejectfont><glob>*Emoji*</glob></rejectfont></selectfont>\n"
                              "  <cachedir>%s/cache</cachedir>\n"
                              "</fontconfig>\n", dir);
  g_assert_true (g_file_set_contents (config, contents, -1, NULL));
  g_setenv ("FONTCONFIG_FILE", config, TRUE);
  g_test_trap_subprocess (NULL, 120 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("FONTCONFIG_FILE");
  g_test_trap_assert_passed ();
  kr_test_remove_tree (dir);
}

/* A long title, and a long phase title, print whole: the journey's on the
 * first map page, above the map and not over it, and the phase's in its
 * column and as the heading of its page. */
static void
test_long_titles (void)
{
  g_autoptr(KrJourney) journey = kr_test_load_sample ();
  g_autoptr(KrPhase) phase = g_list_model_get_item (kr_journey_get_phases (journey), 1);
  const char *title = "Ik wil mijn huis verduurzamen, er subsidie voor aanvragen bij de "
                      "Rijksdienst voor Ondernemend Nederland, en daarna met mijn buren in de "
                      "straat samen zonnepanelen kopen omdat dat goedkoper is en we elkaar "
                      "kunnen helpen als er iets misgaat";
  const char *phase_title = "Ik zoek naar de best passende verduurzamingsmaatregel voor mijn "
                            "jaren-dertigwoning met enkel glas, een oude cv-ketel en een plat "
                            "dak dat binnenkort aan vervanging toe is";
  g_autoptr(KrHandout) handout = NULL;
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "lang.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(PopplerPage) first = NULL;
  g_autoptr(PangoLayout) heading = NULL;
  g_autofree char *found = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  g_autofree char *page_heading = NULL;
  int heading_height;

  kr_journey_set_title (journey, title);
  kr_phase_set_title (phase, phase_title);
  handout = kr_handout_new (journey, KR_EXPORT_HANDOUT, KR_PAPER_A4, NULL);
  g_assert_true (kr_export_pdf_full (journey, path, KR_EXPORT_HANDOUT, KR_PAPER_A4, NULL, &error));
  g_assert_no_error (error);
  document = open_pdf (path);
  first = poppler_document_get_page (document, 0);

  /* The title, whole, between the page's margin and the map's top. */
  heading = kr_handout_map_title (handout);
  pango_layout_get_size (heading, NULL, &heading_height);
  g_assert_cmpint (pango_layout_get_line_count (heading), >, 1);
  g_assert_false (pango_layout_is_ellipsized (heading));
  g_assert_cmpfloat (MARGIN + heading_height / (double) PANGO_SCALE, <, handout->map_top);
  found = text_in_page_rect (first, MARGIN, MARGIN, handout->width - MARGIN,
                             MARGIN + heading_height / (double) PANGO_SCALE);
  g_assert_true (contains_words (found, title));
  assert_margins_blank (first);

  /* The phase's title, in its column and over its page. */
  text = document_text (document);
  squeezed = squeeze (text, TRUE);
  page_heading = g_strdup_printf ("2. %s", phase_title);
  assert_contains_squeezed (squeezed, page_heading);
  {
    MapPage where;
    const KrLayoutNote *note = NULL;
    const KrLayoutPhaseExtra *extra;
    g_autofree char *in_column = NULL;

    /* The map page that has the second phase. */
    for (guint i = 0; i < handout->maps->len && note == NULL; i++)
      {
        const KrLayout *map = g_ptr_array_index (handout->maps, i);

        if (kr_layout_get_first_phase (map) <= 1 &&
            1 < kr_layout_get_first_phase (map) + kr_layout_get_n_phases (map))
          {
            g_autoptr(GPtrArray) activities = kr_journey_collect_notes (journey,
                                                                        kr_phase_get_id (phase),
                                                                        KR_NOTE_KIND_ACTIVITY);
            note = find_on_map (handout, document,
                                kr_note_get_id (g_ptr_array_index (activities, 0)), &where);
          }
      }
    g_assert_nonnull (note);
    extra = kr_layout_get_phase_extra (where.map, 1 - kr_layout_get_first_phase (where.map));
    in_column = text_in_map_rect (handout, where.page, where.map, &extra->title_text);
    g_assert_true (contains_words (in_column, phase_title));
    g_object_unref (where.page);
  }
  kr_test_remove_tree (dir);
}

/* A note far longer than a page is all there, over as many pages as it needs. */
static void
test_long_note (void)
{
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(KrJourney) journey = NULL;
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "lang.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;

  for (guint i = 0; i < 400; i++)
    g_string_append_printf (long_text, "woord%u ", i);
  g_string_append (long_text, "einde.");
  journey = make_journey (10, long_text->str);

  g_assert_true (kr_export_pdf (journey, path, KR_EXPORT_HANDOUT, KR_PAPER_A4, &error));
  g_assert_no_error (error);
  document = open_pdf (path);
  text = document_text (document);
  squeezed = squeeze (text, TRUE);
  assert_contains_squeezed (squeezed, long_text->str);
  /* Each word once on the text pages; the map shows a shortened note. */
  g_assert_nonnull (strstr (text, "woord399"));
  g_assert_nonnull (strstr (text, "einde."));
  kr_test_remove_tree (dir);
}

static void
test_thousand_notes (void)
{
  g_autoptr(KrJourney) journey = make_journey (1000, NULL);
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "groot.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  g_autoptr(KrHandout) handout = kr_handout_new (journey, KR_EXPORT_HANDOUT, KR_PAPER_A4, NULL);

  g_assert_true (kr_export_pdf (journey, path, KR_EXPORT_HANDOUT, KR_PAPER_A4, &error));
  g_assert_no_error (error);
  document = open_pdf (path);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==,
                   kr_handout_get_n_pages (handout));
  /* Many more pages than parts: the phases went on over further pages. */
  g_assert_cmpint (poppler_document_get_n_pages (document), >, 2 + 5 + 1 + 10);

  text = document_text (document);
  g_assert_nonnull (strstr (text, "(continued)"));
  squeezed = squeeze (text, TRUE);
  assert_contains_squeezed (squeezed, "Ik lees brief nummer 1000 en bel daarna de gemeente");
  assert_contains_squeezed (squeezed, "Ik lees brief nummer 2 en bel daarna de gemeente");
  kr_test_remove_tree (dir);
}

/* The PNG is painted in two bands and compressed in two streams: decoded,
 * it must be exactly the map painted in one go, rows at the seam included. */
static void
assert_same_as_painted (cairo_surface_t *image,
                        const KrLayout  *layout,
                        double           scale)
{
  int width = cairo_image_surface_get_width (image);
  int height = cairo_image_surface_get_height (image);
  cairo_surface_t *painted = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  g_autoptr(KrStyle) style = kr_style_new (KR_STYLE_PRINT);
  cairo_t *cr = cairo_create (painted);
  guint differing = 0;

  cairo_scale (cr, scale, scale);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  kr_painter_paint (cr, layout, style, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (painted);
  cairo_surface_flush (image);

  for (int y = 0; y < height; y++)
    {
      const guint32 *a = (const guint32 *) (cairo_image_surface_get_data (image) +
                                            (gsize) y * cairo_image_surface_get_stride (image));
      const guint32 *b = (const guint32 *) (cairo_image_surface_get_data (painted) +
                                            (gsize) y * cairo_image_surface_get_stride (painted));

      for (int x = 0; x < width; x++)
        if ((a[x] & 0xffffff) != (b[x] & 0xffffff))
          differing++;
    }
  /* Antialiasing at the seam may round a pixel differently; anything more
   * would be a band out of place. */
  g_assert_cmpuint (differing, <, (guint) width);
  cairo_surface_destroy (painted);
}

static void
test_png (void)
{
  g_autoptr(KrJourney) journey = kr_test_load_sample ();
  g_autoptr(KrStyle) style = kr_style_new (KR_STYLE_PRINT);
  g_autoptr(KrLayout) layout = kr_layout_compute (journey, style);
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "kaart.png", NULL);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *image;

  for (int scale = 1; scale <= 2; scale++)
    {
      g_assert_true (kr_export_png (journey, path, scale, &error));
      g_assert_no_error (error);

      image = cairo_image_surface_create_from_png (path);
      g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (image), ==,
                       (int) ceil (kr_layout_get_width (layout) * scale));
      g_assert_cmpint (cairo_image_surface_get_height (image), ==,
                       (int) ceil (kr_layout_get_height (layout) * scale));
      assert_same_as_painted (image, layout, scale);
      cairo_surface_destroy (image);
    }
  kr_test_remove_tree (dir);
}

typedef struct
{
  gboolean in_title;
  GString *title;
  guint    elements;
} SvgScan;

static void
svg_start (GMarkupParseContext *context,
           const char          *name,
           const char         **names,
           const char         **values,
           gpointer             data,
           GError             **error)
{
  SvgScan *scan = data;

  scan->elements++;
  scan->in_title = strcmp (name, "title") == 0;
}

static void
svg_text (GMarkupParseContext *context,
          const char          *text,
          gsize                length,
          gpointer             data,
          GError             **error)
{
  SvgScan *scan = data;

  if (scan->in_title)
    g_string_append_len (scan->title, text, length);
}

static void
svg_end (GMarkupParseContext *context,
         const char          *name,
         gpointer             data,
         GError             **error)
{
  ((SvgScan *) data)->in_title = FALSE;
}

static void
test_svg (void)
{
  static const GMarkupParser parser = { svg_start, svg_end, svg_text, NULL, NULL };
  g_autoptr(KrJourney) journey = kr_test_load_sample ();
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "kaart.svg", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  SvgScan scan = { FALSE, g_string_new (NULL), 0 };
  gsize length;

  g_assert_true (kr_export_svg (journey, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &scan, NULL);
  g_assert_true (g_markup_parse_context_parse (context, contents, length, &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (scan.elements, >, 100);
  g_assert_cmpstr (scan.title->str, ==, kr_journey_get_title (journey));
  g_string_free (scan.title, TRUE);
  kr_test_remove_tree (dir);
}

/* A folder that is a file: an error that names the file, no temporary file
 * left, and an existing file elsewhere is never touched. */
static void
test_failure (void)
{
  g_autoptr(KrJourney) journey = kr_test_load_sample ();
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *blocker = g_build_filename (dir, "bestand", NULL);
  g_autofree char *path = g_build_filename (blocker, "uit.pdf", NULL);
  g_autofree char *readonly_dir = g_build_filename (dir, "alleen-lezen", NULL);
  g_autofree char *existing = g_build_filename (readonly_dir, "oud.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n_entries = 0;

  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));

  g_assert_false (kr_export_pdf (journey, path, KR_EXPORT_HANDOUT, KR_PAPER_A4, &error));
  g_assert_error (error, KR_EXPORT_ERROR, KR_EXPORT_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);

  g_assert_false (kr_export_png (journey, path, 2, &error));
  g_assert_error (error, KR_EXPORT_ERROR, KR_EXPORT_ERROR_FAILED);
  g_clear_error (&error);

  g_assert_false (kr_export_svg (journey, path, &error));
  g_assert_error (error, KR_EXPORT_ERROR, KR_EXPORT_ERROR_FAILED);
  g_clear_error (&error);

  /* An existing file in a folder we may not write stays as it was. */
  g_assert_cmpint (g_mkdir (readonly_dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (existing, "oud", -1, NULL));
  g_assert_cmpint (g_chmod (readonly_dir, 0555), ==, 0);
  if (access (readonly_dir, W_OK) != 0)
    {
      g_assert_false (kr_export_pdf (journey, existing, KR_EXPORT_POSTER, KR_PAPER_A4, &error));
      g_assert_error (error, KR_EXPORT_ERROR, KR_EXPORT_ERROR_FAILED);
      g_clear_error (&error);
      g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "oud");
    }
  g_chmod (readonly_dir, 0755);

  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_entries++;
  g_assert_cmpuint (n_entries, ==, 2);
  kr_test_remove_tree (dir);
}

/* Exports replace a file atomically and leave nothing beside it. */
static void
test_replace (void)
{
  g_autoptr(KrJourney) journey = kr_test_load_sample ();
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "kaart.pdf", NULL);
  g_autofree char *middle = g_build_filename (dir, "midden.pdf", NULL);
  g_autofree char *first = g_build_filename (dir, "eerste.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *replaced = NULL;
  guint n_entries = 0;

  g_assert_true (g_file_set_contents (path, "oud", -1, NULL));
  g_assert_true (kr_export_pdf (journey, path, KR_EXPORT_POSTER, KR_PAPER_LETTER, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_entries++;
  g_assert_cmpuint (n_entries, ==, 1);

  /* Through a chain of two links, the file at its end is replaced and the
   * links stay links. */
  g_assert_cmpint (symlink ("kaart.pdf", middle), ==, 0);
  g_assert_cmpint (symlink ("midden.pdf", first), ==, 0);
  g_assert_true (g_file_set_contents (path, "oud", -1, NULL));
  g_assert_true (kr_export_pdf (journey, first, KR_EXPORT_POSTER, KR_PAPER_LETTER, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (first, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (middle, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (path, &replaced, NULL, NULL));
  g_assert_true (g_str_has_prefix (replaced, "%PDF-"));
  kr_test_remove_tree (dir);
}

static void
test_names (void)
{
  KrExportFormat format;
  KrExportLayout layout;
  KrPaper paper;

  g_assert_true (kr_export_format_from_path ("/tmp/a.pdf", &format));
  g_assert_cmpint (format, ==, KR_EXPORT_FORMAT_PDF);
  g_assert_true (kr_export_format_from_path ("kaart.PNG", &format));
  g_assert_cmpint (format, ==, KR_EXPORT_FORMAT_PNG);
  g_assert_true (kr_export_format_from_path ("kaart.svg", &format));
  g_assert_cmpint (format, ==, KR_EXPORT_FORMAT_SVG);
  g_assert_true (kr_export_format_from_path ("reis.klantreis", &format));
  g_assert_cmpint (format, ==, KR_EXPORT_FORMAT_KLANTREIS);
  g_assert_false (kr_export_format_from_path ("reis.docx", &format));
  g_assert_false (kr_export_format_from_path ("/tmp/.pdf", &format));
  g_assert_false (kr_export_format_from_path ("pdf", &format));

  g_assert_true (kr_export_layout_from_string ("poster", &layout));
  g_assert_cmpint (layout, ==, KR_EXPORT_POSTER);
  g_assert_true (kr_export_layout_from_string ("handout", &layout));
  g_assert_cmpint (layout, ==, KR_EXPORT_HANDOUT);
  g_assert_false (kr_export_layout_from_string ("boek", &layout));
  g_assert_true (kr_export_paper_from_string ("a3", &paper));
  g_assert_cmpint (paper, ==, KR_PAPER_A3);
  g_assert_true (kr_export_paper_from_string ("A2", &paper));
  g_assert_cmpint (paper, ==, KR_PAPER_A2);
  g_assert_true (kr_export_paper_from_string ("Letter", &paper));
  g_assert_cmpint (paper, ==, KR_PAPER_LETTER);
  g_assert_false (kr_export_paper_from_string ("a5", &paper));
  g_assert_false (kr_export_paper_from_string (NULL, &paper));
}

/* The same pages on any cairo context: an image of each page of the
 * handout, drawn without PDF. */
static void
test_draw_on_image (void)
{
  g_autoptr(KrJourney) journey = kr_test_load_sample ();
  g_autoptr(KrHandout) handout = kr_handout_new (journey, KR_EXPORT_HANDOUT, KR_PAPER_A4, "vandaag");
  double width, height;

  kr_handout_get_page_size (handout, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 841.89, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 595.276, 0.01);
  /* The map's first page, and the first page after the map, begin parts
   * of the handout; the map's other pages go on with it. */
  g_assert_cmpstr (kr_handout_get_page_outline (handout, 0), ==, "Journey map");
  g_assert_cmpuint (handout->maps->len, >, 1);
  for (guint i = 1; i < handout->maps->len; i++)
    g_assert_null (kr_handout_get_page_outline (handout, i));
  g_assert_nonnull (kr_handout_get_page_outline (handout, handout->maps->len));

  for (guint i = 0; i < kr_handout_get_n_pages (handout); i++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 421, 298);
      cairo_t *cr = cairo_create (surface);

      cairo_scale (cr, 0.5, 0.5);
      kr_handout_draw_page (handout, cr, i);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* How the text pages are set, read from the handout's own pages: columns
 * side by side, no block parted so that a line stands alone, and no
 * heading at the foot of a column without its text. */
static void
check_pagination (KrJourney *journey,
                  KrPaper    paper,
                  guint      n_columns)
{
  g_autoptr(KrHandout) handout = kr_handout_new (journey, KR_EXPORT_HANDOUT, paper, NULL);
  g_autofree guint *pieces_of_block = g_new0 (guint, handout->blocks->len);
  double pitch = handout->column_width + COLUMN_GAP;
  guint columns_used = 0;

  g_assert_cmpuint (handout->n_columns, ==, n_columns);
  g_assert_cmpfloat (handout->column_width, >=, COLUMN_MIN_WIDTH);

  for (guint i = 0; i < handout->pages->len; i++)
    {
      const Page *page = &g_array_index (handout->pages, Page, i);

      for (guint j = 0; j < (page->kind == PAGE_TEXT ? page->pieces->len : 0); j++)
        {
          const Piece *piece = &g_array_index (page->pieces, Piece, j);
          const Block *block = &g_array_index (handout->blocks, Block, piece->block);
          double column = piece->x / pitch;
          gboolean last_in_column = j + 1 == page->pieces->len ||
            g_array_index (page->pieces, Piece, j + 1).x != piece->x;

          /* In a column, and within the page. */
          g_assert_cmpfloat (fabs (column - round (column)), <, 1e-6);
          g_assert_cmpfloat (column, <, n_columns);
          g_assert_cmpfloat (MARGIN + piece->x + handout->column_width, <=, handout->width - MARGIN + 1e-6);
          columns_used = MAX (columns_used, (guint) round (column) + 1);

          pieces_of_block[piece->block]++;
          if (block->kind == BLOCK_H2 || block->kind == BLOCK_H3)
            {
              /* A heading ends a column only where its section ends: the
               * next column, on this page or the next, would hold its text. */
              if (last_in_column)
                {
                  const Page *next_page = i + 1 < handout->pages->len
                                          ? &g_array_index (handout->pages, Page, i + 1) : NULL;

                  g_assert_cmpuint (j + 1, ==, page->pieces->len);
                  g_assert_true (next_page == NULL || !next_page->continued);
                }
            }
          else if (piece->n_lines < block->n_lines)
            /* Parted: never a line alone on either side. */
            g_assert_cmpuint (piece->n_lines, >=, 2);
        }
    }

  for (guint b = 0; b < handout->blocks->len; b++)
    {
      const Block *block = &g_array_index (handout->blocks, Block, b);

      g_assert_cmpuint (pieces_of_block[b], >=, 1);
      if (block->n_lines <= SHORT_BLOCK_LINES)
        g_assert_cmpuint (pieces_of_block[b], ==, 1);
    }
  /* Long enough to fill more than one column. */
  g_assert_cmpuint (columns_used, ==, n_columns);
}

static void
test_pagination (void)
{
  g_autoptr(KrJourney) sample = kr_test_load_sample ();
  g_autoptr(KrJourney) many = make_journey (300, NULL);
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(KrJourney) long_note = NULL;

  for (guint i = 0; i < 1500; i++)
    g_string_append_printf (long_text, "woord%u ", i);
  long_note = make_journey (10, long_text->str);

  check_pagination (sample, KR_PAPER_A4, 2);
  check_pagination (sample, KR_PAPER_LETTER, 2);
  check_pagination (sample, KR_PAPER_A3, 3);
  check_pagination (many, KR_PAPER_A4, 2);
  check_pagination (many, KR_PAPER_A3, 3);
  check_pagination (long_note, KR_PAPER_A4, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/names", test_names);
  g_test_add_func ("/export/pdf/handout-a4", test_handout_a4);
  g_test_add_func ("/export/pdf/handout-a3", test_handout_a3);
  g_test_add_func ("/export/pdf/handout-letter", test_handout_letter);
  g_test_add_func ("/export/pdf/poster", test_poster);
  g_test_add_func ("/export/pdf/legible/handout", test_legible_handout);
  g_test_add_func ("/export/pdf/legible/poster", test_legible_poster);
  g_test_add_func ("/export/pdf/phase-order", test_phase_order);
  g_test_add_func ("/export/pdf/empty-sections", test_empty_sections);
  g_test_add_func ("/export/pdf/scripts", test_scripts);
  g_test_add_func ("/export/pdf/long-titles", test_long_titles);
  g_test_add_func ("/export/pdf/scripts-without-emoji-font", test_scripts_without_emoji_font);
  g_test_add_func ("/export/pdf/long-note", test_long_note);
  g_test_add_func ("/export/pdf/thousand-notes", test_thousand_notes);
  g_test_add_func ("/export/pagination", test_pagination);
  g_test_add_func ("/export/pdf/replace", test_replace);
  g_test_add_func ("/export/png", test_png);
  g_test_add_func ("/export/svg", test_svg);
  g_test_add_func ("/export/failure", test_failure);
  g_test_add_func ("/export/draw-on-image", test_draw_on_image);

  return g_test_run ();
}
