/* kr-export.h: handouts and pictures of a journey — PDF, PNG, SVG, print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything here draws with the same layout and painter as the canvas, in
 * the print style, so what you see is what you print. No GTK: the command
 * line exports with no display, and GtkPrintOperation draws the same pages.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "kr-model.h"

G_BEGIN_DECLS

typedef enum
{
  KR_EXPORT_HANDOUT,   /* map with legend; scope and personas; a page per phase; summary */
  KR_EXPORT_POSTER,    /* the whole map on one page of the chosen paper */
} KrExportLayout;

typedef enum
{
  KR_PAPER_A4,
  KR_PAPER_A3,
  KR_PAPER_LETTER,
  KR_PAPER_A2,         /* a poster of a journey larger than a workshop's usual one */
} KrPaper;

typedef enum
{
  KR_EXPORT_FORMAT_PDF,
  KR_EXPORT_FORMAT_PNG,
  KR_EXPORT_FORMAT_SVG,
  KR_EXPORT_FORMAT_KLANTREIS,
} KrExportFormat;

#define KR_EXPORT_ERROR (kr_export_error_quark ())
GQuark kr_export_error_quark (void);

typedef enum
{
  KR_EXPORT_ERROR_FAILED,   /* cairo or the file system refused; the message says why */
} KrExportError;

/* The format a file name asks for, by its extension; FALSE for none known. */
gboolean        kr_export_format_from_path (const char     *path,
                                            KrExportFormat *format);
gboolean        kr_export_layout_from_string (const char   *name,
                                              KrExportLayout *layout);
gboolean        kr_export_paper_from_string (const char    *name,
                                             KrPaper       *paper);

/* A paginated handout or poster: the pages exist before they are drawn, so
 * a PDF, a print job and a preview all show the same ones. Sizes are in
 * points (1/72 inch), landscape. */
typedef struct _KrHandout KrHandout;

KrHandout      *kr_handout_new             (KrJourney      *journey,
                                            KrExportLayout  layout,
                                            KrPaper         paper,
                                            const char     *date);
void            kr_handout_free            (KrHandout      *handout);
guint           kr_handout_get_n_pages     (KrHandout      *handout);
void            kr_handout_get_page_size   (KrHandout      *handout,
                                            double         *width,
                                            double         *height);
/* Draws page @page (from 0) with its origin at the page's top left, in
 * points; the context may be a PDF surface, a print context or an image. */
void            kr_handout_draw_page       (KrHandout      *handout,
                                            cairo_t        *cr,
                                            guint           page);
/* The bookmark of a page that begins a part of the handout (the map, the
 * scope, a phase, the red thread); NULL for a page that goes on with one. */
const char     *kr_handout_get_page_outline (KrHandout     *handout,
                                             guint          page);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrHandout, kr_handout_free)

/* Writes @path. The file is written beside and renamed over the target, so
 * a failure leaves an existing file as it was. */
gboolean        kr_export_pdf              (KrJourney      *journey,
                                            const char     *path,
                                            KrExportLayout  layout,
                                            KrPaper         paper,
                                            GError        **error);
/* As kr_export_pdf (), with @date (any text; NULL for none) in the footer
 * instead of today's date in the user's locale. */
gboolean        kr_export_pdf_full         (KrJourney      *journey,
                                            const char     *path,
                                            KrExportLayout  layout,
                                            KrPaper         paper,
                                            const char     *date,
                                            GError        **error);
/* The map at @scale (1 to 4) times its size at 100 %. */
gboolean        kr_export_png              (KrJourney      *journey,
                                            const char     *path,
                                            double          scale,
                                            GError        **error);
gboolean        kr_export_svg              (KrJourney      *journey,
                                            const char     *path,
                                            GError        **error);

G_END_DECLS
