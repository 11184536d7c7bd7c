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

static void
assert_contains_squeezed (const char *haystack_squeezed,
                          const char *needle)
{
  g_autofree char *squeezed = squeeze (needle, FALSE);

  if (strstr (haystack_squeezed, squeezed) == NULL)
    g_error ("not in the document: “%s”", needle);
}

static guint
count_ink (PopplerPage *page,
           double       scale)
{
  double width, height;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint ink = 0;

  poppler_page_get_size (page, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (width * scale),
                                        (int) (height * scale));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

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
  g_assert_nonnull (kr_handout_get_page_outline (handout, 0));
  g_assert_nonnull (kr_handout_get_page_outline (handout, 1));

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
