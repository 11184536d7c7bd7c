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
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

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
  else if (g_ascii_strcasecmp (name, "a2") == 0)
    value = KR_PAPER_A2;
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
 * points to is replaced rather than the link, as a journey's save does
 * (kr-journey-writer.c). That uses g_file_set_contents_full (); this writes
 * the file itself to keep errno, for a message in the user's language. */
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

  /* Every link in a chain, to the file at its end; a new file has none. */
  target = realpath (path, NULL);
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

/* PNG, written by hand: at 2x a journey map is tens of millions of pixels,
 * and both painting and compressing them take time. The picture is cut into
 * two bands; each is painted and deflated in a thread of its own (the
 * painter creates its cairo and Pango objects per call), and the two raw
 * deflate streams are joined into the one zlib stream PNG wants. The map is
 * opaque, so it is written as RGB, with the fastest compression. */
typedef struct
{
  const KrLayout  *layout;
  const KrStyle   *style;
  double           scale;
  int              width;
  int              y;          /* pixels from the top of the whole picture */
  int              height;
  gboolean         last;       /* the band that ends the stream */
  GByteArray      *deflated;   /* raw deflate, no zlib header or checksum */
  uLong            adler;      /* of the band's filtered rows */
  uLong            length;     /* their size */
  gboolean         ok;
} Band;

static gboolean
deflate_rows (Band            *band,
              cairo_surface_t *surface)
{
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *pixels = cairo_image_surface_get_data (surface);
  gsize row_size = 1 + (gsize) band->width * 3;
  g_autofree guint8 *row = g_malloc (row_size);
  guint8 chunk[64 * 1024];
  z_stream z = { 0 };
  int ret = Z_OK;

  /* Raw deflate (negative window bits): the zlib wrapper goes around both
   * bands together. */
  if (deflateInit2 (&z, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    return FALSE;

  band->adler = adler32 (0, NULL, 0);
  for (int y = 0; y < band->height && ret != Z_STREAM_ERROR; y++)
    {
      const guint32 *src = (const guint32 *) (pixels + (gsize) y * stride);
      int flush = y + 1 < band->height ? Z_NO_FLUSH : band->last ? Z_FINISH : Z_FULL_FLUSH;

      /* Filter type 0, then the pixels: cairo's RGB24 is a native-endian
       * 32-bit word per pixel. */
      row[0] = 0;
      for (int x = 0; x < band->width; x++)
        {
          row[1 + 3 * x] = (src[x] >> 16) & 0xff;
          row[2 + 3 * x] = (src[x] >> 8) & 0xff;
          row[3 + 3 * x] = src[x] & 0xff;
        }
      band->adler = adler32 (band->adler, row, row_size);
      band->length += row_size;

      z.next_in = row;
      z.avail_in = row_size;
      do
        {
          z.next_out = chunk;
          z.avail_out = sizeof chunk;
          ret = deflate (&z, flush);
          g_byte_array_append (band->deflated, chunk, sizeof chunk - z.avail_out);
        }
      while (z.avail_out == 0 && ret != Z_STREAM_ERROR);
    }

  deflateEnd (&z);
  return ret != Z_STREAM_ERROR && (!band->last || ret == Z_STREAM_END);
}

static gpointer
paint_band (gpointer data)
{
  Band *band = data;
  KrRect clip = { 0, band->y / band->scale, band->width / band->scale, band->height / band->scale };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, band->width,
                                                         band->height);
  cairo_t *cr = cairo_create (surface);

  cairo_translate (cr, 0, -band->y);
  cairo_scale (cr, band->scale, band->scale);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  kr_painter_paint (cr, band->layout, band->style, &clip);
  band->ok = cairo_status (cr) == CAIRO_STATUS_SUCCESS;
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  band->ok = band->ok && cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS &&
             deflate_rows (band, surface);
  cairo_surface_destroy (surface);
  return NULL;
}

static void
append_be32 (GByteArray *out,
             guint32     value)
{
  guint8 bytes[4] = { value >> 24, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff };

  g_byte_array_append (out, bytes, 4);
}

static void
append_chunk (GByteArray   *out,
              const char   *type,
              const guint8 *data,
              gsize         length)
{
  uLong crc = crc32 (0, (const Bytef *) type, 4);

  append_be32 (out, length);
  g_byte_array_append (out, (const guint8 *) type, 4);
  if (length > 0)
    {
      g_byte_array_append (out, data, length);
      crc = crc32 (crc, data, length);
    }
  append_be32 (out, crc);
}

static GBytes *
assemble_png (int    width,
              int    height,
              Band  *bands,
              guint  n_bands)
{
  static const guint8 signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  g_autoptr(GByteArray) idat = g_byte_array_new ();
  GByteArray *out = g_byte_array_new ();
  guint8 ihdr[13];
  guint8 zlib_header[2] = { 0x78, 0x01 };   /* deflate, 32 KiB window, fastest */
  uLong adler = adler32 (0, NULL, 0);

  ihdr[0] = width >> 24; ihdr[1] = (width >> 16) & 0xff; ihdr[2] = (width >> 8) & 0xff; ihdr[3] = width & 0xff;
  ihdr[4] = height >> 24; ihdr[5] = (height >> 16) & 0xff; ihdr[6] = (height >> 8) & 0xff; ihdr[7] = height & 0xff;
  ihdr[8] = 8;    /* bits per channel */
  ihdr[9] = 2;    /* RGB */
  ihdr[10] = 0;   /* deflate */
  ihdr[11] = 0;   /* adaptive filtering, here always "none" */
  ihdr[12] = 0;   /* not interlaced */

  g_byte_array_append (idat, zlib_header, 2);
  for (guint b = 0; b < n_bands; b++)
    {
      g_byte_array_append (idat, bands[b].deflated->data, bands[b].deflated->len);
      adler = adler32_combine (adler, bands[b].adler, bands[b].length);
    }
  append_be32 (idat, adler);

  g_byte_array_append (out, signature, sizeof signature);
  append_chunk (out, "IHDR", ihdr, sizeof ihdr);
  append_chunk (out, "IDAT", idat->data, idat->len);
  append_chunk (out, "IEND", NULL, 0);
  return g_byte_array_free_to_bytes (out);
}

gboolean
kr_export_png (KrJourney   *journey,
               const char  *path,
               double       scale,
               GError     **error)
{
  g_autoptr(KrStyle) style = NULL;
  g_autoptr(KrLayout) layout = NULL;
  g_autoptr(GBytes) bytes = NULL;
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

  {
    Band bands[2];
    GThread *helper = NULL;
    guint n_bands = height >= 2 ? 2 : 1;
    int top = n_bands == 2 ? (int) height / 2 : (int) height;
    gboolean ok = TRUE;

    for (guint b = 0; b < n_bands; b++)
      bands[b] = (Band) {
        .layout = layout, .style = style, .scale = scale, .width = (int) width,
        .y = b == 0 ? 0 : top, .height = b == 0 ? top : (int) height - top,
        .last = b + 1 == n_bands, .deflated = g_byte_array_new (),
      };

    if (n_bands == 2)
      helper = g_thread_new ("kr-export-png", paint_band, &bands[1]);
    paint_band (&bands[0]);
    if (helper != NULL)
      g_thread_join (helper);

    for (guint b = 0; b < n_bands; b++)
      ok = ok && bands[b].ok;
    if (ok)
      bytes = assemble_png ((int) width, (int) height, bands, n_bands);
    for (guint b = 0; b < n_bands; b++)
      g_byte_array_unref (bands[b].deflated);

    if (!check_cairo (ok ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR, path, error))
      return FALSE;
  }

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
