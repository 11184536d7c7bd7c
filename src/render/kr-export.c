/* kr-export.c: writing a journey as PDF, PNG and SVG
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every export is drawn into memory first and written beside the target
 * under a temporary name, then renamed over it: a failure leaves an
 * existing file as it was, and no half-written file behind.
 */
#define G_LOG_DOMAIN "kr-export"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <png.h>
#include <string.h>
#include <unistd.h>

#include "kr-export.h"
#include "kr-layout.h"
#include "kr-painter.h"

/* Cairo's limit on the side of an image surface. */
#define MAX_IMAGE_SIDE 32767

G_DEFINE_QUARK (kr-export-error-quark, kr_export_error)

static const char *
tr (const char *msgid)
{
  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

/* --- Names --------------------------------------------------------------- */

gboolean
kr_export_format_from_path (const char     *path,
                            KrExportFormat *format)
{
  static const struct
  {
    const char     *suffix;
    KrExportFormat  format;
  } suffixes[] = {
    { ".pdf", KR_EXPORT_FORMAT_PDF },
    { ".png", KR_EXPORT_FORMAT_PNG },
    { ".svg", KR_EXPORT_FORMAT_SVG },
    { ".klantreis", KR_EXPORT_FORMAT_KLANTREIS },
  };
  g_autofree char *base = NULL;
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  base = g_path_get_basename (path);
  lower = g_ascii_strdown (base, -1);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      if (g_str_has_suffix (lower, suffixes[i].suffix) &&
          strlen (lower) > strlen (suffixes[i].suffix))
        {
          if (format != NULL)
            *format = suffixes[i].format;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
kr_export_layout_from_string (const char     *name,
                              KrExportLayout *layout)
{
  KrExportLayout value;

  if (g_strcmp0 (name, "handout") == 0)
    value = KR_EXPORT_HANDOUT;
  else if (g_strcmp0 (name, "poster") == 0)
    value = KR_EXPORT_POSTER;
  else
    return FALSE;

  if (layout != NULL)
    *layout = value;
  return TRUE;
}

gboolean
kr_export_paper_from_string (const char *name,
                             KrPaper    *paper)
{
  KrPaper value;

  if (name == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (name, "a4") == 0)
    value = KR_PAPER_A4;
  else if (g_ascii_strcasecmp (name, "a3") == 0)
    value = KR_PAPER_A3;
  else if (g_ascii_strcasecmp (name, "letter") == 0)
    value = KR_PAPER_LETTER;
  else
    return FALSE;

  if (paper != NULL)
    *paper = value;
  return TRUE;
}

/* --- Writing ------------------------------------------------------------- */

static void
set_write_error (GError    **error,
                 const char *path,
                 int         saved_errno)
{
  g_autofree char *display = g_filename_display_name (path);

  /* TRANSLATORS: the file name, then why, such as "Permission denied" */
  g_set_error (error, KR_EXPORT_ERROR, KR_EXPORT_ERROR_FAILED, tr (N_("Could not write “%s”: %s")),
               display, g_strerror (saved_errno));
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         length)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }
      data += written;
      length -= written;
    }
  return TRUE;
}

/* Writes @bytes to "@path.XXXXXX" beside @path, flushes it to the disk and
 * renames it over @path. A symbolic link is followed, so that the file it
 * points to is replaced rather than the link. */
static gboolean
write_atomically (const char *path,
                  GBytes     *bytes,
                  GError    **error)
{
  g_autofree char *target = NULL;
  g_autofree char *temp = NULL;
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);
  int fd, saved_errno;

  target = g_file_test (path, G_FILE_TEST_IS_SYMLINK) ? g_file_read_link (path, NULL) : NULL;
  if (target != NULL && !g_path_is_absolute (target))
    {
      g_autofree char *dir = g_path_get_dirname (path);
      g_autofree char *joined = g_build_filename (dir, target, NULL);

      g_free (target);
      target = g_steal_pointer (&joined);
    }
  if (target == NULL)
    target = g_strdup (path);

  temp = g_strconcat (target, ".XXXXXX", NULL);
  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      set_write_error (error, path, errno);
      return FALSE;
    }

  if (!write_all (fd, data, length) || fsync (fd) != 0)
    {
      saved_errno = errno;
      close (fd);
      g_unlink (temp);
      set_write_error (error, path, saved_errno);
      return FALSE;
    }
  if (close (fd) != 0 || g_rename (temp, target) != 0)
    {
      saved_errno = errno;
      g_unlink (temp);
      set_write_error (error, path, saved_errno);
      return FALSE;
    }
  return TRUE;
}

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_cairo (cairo_status_t status,
             const char    *path,
             GError       **error)
{
  g_autofree char *display = NULL;

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  display = g_filename_display_name (path);
  g_set_error (error, KR_EXPORT_ERROR, KR_EXPORT_ERROR_FAILED, tr (N_("Could not write “%s”: %s")),
               display, cairo_status_to_string (status));
  return FALSE;
}

/* --- PDF ----------------------------------------------------------------- */

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%x");
}

gboolean
kr_export_pdf (KrJourney      *journey,
               const char     *path,
               KrExportLayout  layout,
               KrPaper         paper,
               GError        **error)
{
  g_autofree char *date = today ();

  return kr_export_pdf_full (journey, path, layout, paper, date, error);
}

gboolean
kr_export_pdf_full (KrJourney      *journey,
                    const char     *path,
                    KrExportLayout  layout,
                    KrPaper         paper,
                    const char     *date,
                    GError        **error)
{
  g_autoptr(KrHandout) handout = NULL;
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;

  g_return_val_if_fail (KR_IS_JOURNEY (journey), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  handout = kr_handout_new (journey, layout, paper, date);
  kr_handout_get_page_size (handout, &width, &height);

  surface = cairo_pdf_surface_create_for_stream (append_to_array, buffer, width, height);
  title = g_strdup (kr_journey_get_title (journey));
  if (title == NULL || *title == '\0')
    {
      g_free (title);
      title = g_strdup (tr (N_("Untitled journey")));
    }
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                  tr (N_("Customer journey")));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "Klantreis " PACKAGE_VERSION);

  cr = cairo_create (surface);
  for (guint i = 0; i < kr_handout_get_n_pages (handout); i++)
    {
      const char *outline = kr_handout_get_page_outline (handout, i);

      if (outline != NULL)
        {
          g_autofree char *dest = g_strdup_printf ("page=%u pos=[0 0]", i + 1);
          cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, outline, dest, 0);
        }
      kr_handout_draw_page (handout, cr, i);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (!check_cairo (status, path, error))
    return FALSE;

  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
  return write_atomically (path, bytes, error);
}

/* --- Pictures of the map ------------------------------------------------- */

static void
paint_map (cairo_t        *cr,
           const KrLayout *layout,
           const KrStyle  *style,
           double          scale)
{
  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  kr_painter_paint (cr, layout, style, NULL);
  cairo_restore (cr);
}

static void
png_append_cb (png_structp  png,
               png_bytep    data,
               size_t       length)
{
  g_byte_array_append (png_get_io_ptr (png), data, length);
}

static void
png_flush_cb (png_structp png)
{
}

/* Cairo's own PNG writer compresses hard, and at 2x a journey map is tens of
 * millions of pixels: with the fastest compression and no filtering the
 * file is a little larger, and written several times faster. The map is
 * opaque, so it is written as RGB. */
static gboolean
encode_png (cairo_surface_t **bands,
            guint             n_bands,
            GByteArray       *out)
{
  int width = cairo_image_surface_get_width (bands[0]);
  int height = 0;
  png_structp png = png_create_write_struct (PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
  png_infop info = png != NULL ? png_create_info_struct (png) : NULL;

  for (guint b = 0; b < n_bands; b++)
    height += cairo_image_surface_get_height (bands[b]);

  if (info == NULL)
    {
      png_destroy_write_struct (&png, NULL);
      return FALSE;
    }
  if (setjmp (png_jmpbuf (png)))
    {
      png_destroy_write_struct (&png, &info);
      return FALSE;
    }

  png_set_write_fn (png, out, png_append_cb, png_flush_cb);
  png_set_compression_level (png, 1);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
  png_set_IHDR (png, info, width, height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info (png, info);

  /* Cairo's RGB24 is a native-endian 32-bit word per pixel: libpng drops
   * the unused byte and puts the colours in order itself. */
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  png_set_bgr (png);
  png_set_filler (png, 0, PNG_FILLER_AFTER);
#else
  png_set_filler (png, 0, PNG_FILLER_BEFORE);
#endif
  for (guint b = 0; b < n_bands; b++)
    {
      int stride = cairo_image_surface_get_stride (bands[b]);
      guint8 *pixels = cairo_image_surface_get_data (bands[b]);

      for (int y = 0; y < cairo_image_surface_get_height (bands[b]); y++)
        png_write_row (png, pixels + (gsize) y * stride);
    }

  png_write_end (png, info);
  png_destroy_write_struct (&png, &info);
  return TRUE;
}

/* One horizontal band of the picture, painted on its own surface. */
typedef struct
{
  const KrLayout  *layout;
  const KrStyle   *style;
  double           scale;
  int              y;          /* pixels from the top of the whole picture */
  cairo_surface_t *surface;
  cairo_status_t   status;
} Band;

static gpointer
paint_band (gpointer data)
{
  Band *band = data;
  int width = cairo_image_surface_get_width (band->surface);
  int height = cairo_image_surface_get_height (band->surface);
  KrRect clip = { 0, band->y / band->scale, width / band->scale, height / band->scale };
  cairo_t *cr = cairo_create (band->surface);

  cairo_translate (cr, 0, -band->y);
  cairo_scale (cr, band->scale, band->scale);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  kr_painter_paint (cr, band->layout, band->style, &clip);
  band->status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_flush (band->surface);
  return NULL;
}

gboolean
kr_export_png (KrJourney   *journey,
               const char  *path,
               double       scale,
               GError     **error)
{
  g_autoptr(KrStyle) style = NULL;
  g_autoptr(KrLayout) layout = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  g_autoptr(GBytes) bytes = NULL;
  cairo_status_t status;
  double width, height;

  g_return_val_if_fail (KR_IS_JOURNEY (journey), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (scale >= 1 && scale <= 4, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  style = kr_style_new (KR_STYLE_PRINT);
  layout = kr_layout_compute (journey, style);
  width = ceil (kr_layout_get_width (layout) * scale);
  height = ceil (kr_layout_get_height (layout) * scale);
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, KR_EXPORT_ERROR, KR_EXPORT_ERROR_FAILED,
                   /* TRANSLATORS: the file name, then the largest side in pixels */
                   tr (N_("Could not write “%s”: the map is too large for an image at this "
                          "scale (at most %d pixels a side); choose a smaller scale or "
                          "export a PDF")),
                   display, MAX_IMAGE_SIDE);
      return FALSE;
    }

  /* Opaque on white: without alpha the PNG is a quarter smaller and is
   * encoded a quarter faster. The two halves are painted at the same time,
   * each with its own cairo and Pango objects, as the painter allows. */
  {
    Band bands[2];
    cairo_surface_t *surfaces[2];
    GThread *helper = NULL;
    guint n_bands = height >= 2 ? 2 : 1;
    int top = n_bands == 2 ? (int) height / 2 : (int) height;

    status = CAIRO_STATUS_SUCCESS;
    for (guint b = 0; b < n_bands; b++)
      {
        int band_y = b == 0 ? 0 : top;
        int band_h = b == 0 ? top : (int) height - top;

        bands[b] = (Band) { layout, style, scale, band_y, NULL, CAIRO_STATUS_SUCCESS };
        bands[b].surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, band_h);
        surfaces[b] = bands[b].surface;
      }

    if (n_bands == 2)
      helper = g_thread_new ("kr-export-png", paint_band, &bands[1]);
    paint_band (&bands[0]);
    if (helper != NULL)
      g_thread_join (helper);

    for (guint b = 0; b < n_bands && status == CAIRO_STATUS_SUCCESS; b++)
      {
        status = bands[b].status;
        if (status == CAIRO_STATUS_SUCCESS)
          status = cairo_surface_status (surfaces[b]);
      }
    if (status == CAIRO_STATUS_SUCCESS)
      {
        buffer = g_byte_array_sized_new ((guint) (width * height / 4));
        if (!encode_png (surfaces, n_bands, buffer))
          status = CAIRO_STATUS_WRITE_ERROR;
      }
    for (guint b = 0; b < n_bands; b++)
      cairo_surface_destroy (surfaces[b]);
  }

  if (!check_cairo (status, path, error))
    return FALSE;

  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
  return write_atomically (path, bytes, error);
}

/* Cairo draws text in SVG as glyph outlines; a <title> keeps the journey's
 * name as text, for search and for screen readers. */
static GBytes *
svg_with_title (GByteArray *svg,
                const char *title)
{
  const char *data = (const char *) svg->data;
  const char *open = g_strstr_len (data, svg->len, "<svg");
  const char *end = open != NULL ? memchr (open, '>', svg->len - (open - data)) : NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *element = NULL;
  GByteArray *result;
  gsize head;

  if (end == NULL)
    return g_bytes_new (svg->data, svg->len);

  head = end + 1 - data;
  escaped = g_markup_escape_text (title, -1);
  element = g_strdup_printf ("\n<title>%s</title>", escaped);
  result = g_byte_array_sized_new (svg->len + strlen (element));
  g_byte_array_append (result, svg->data, head);
  g_byte_array_append (result, (const guint8 *) element, strlen (element));
  g_byte_array_append (result, svg->data + head, svg->len - head);
  return g_byte_array_free_to_bytes (result);
}

gboolean
kr_export_svg (KrJourney   *journey,
               const char  *path,
               GError     **error)
{
  g_autoptr(KrStyle) style = NULL;
  g_autoptr(KrLayout) layout = NULL;
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  const char *title;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (KR_IS_JOURNEY (journey), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  style = kr_style_new (KR_STYLE_PRINT);
  layout = kr_layout_compute (journey, style);
  surface = cairo_svg_surface_create_for_stream (append_to_array, buffer,
                                                 kr_layout_get_width (layout),
                                                 kr_layout_get_height (layout));
  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
  cr = cairo_create (surface);
  paint_map (cr, layout, style, 1);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (!check_cairo (status, path, error))
    return FALSE;

  title = kr_journey_get_title (journey);
  bytes = svg_with_title (buffer, title != NULL && *title != '\0' ? title
                                                                  : tr (N_("Untitled journey")));
  return write_atomically (path, bytes, error);
}
