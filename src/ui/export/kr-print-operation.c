/* kr-print-operation.c: printing a journey as a handout
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pages come from the same KrHandout as a PDF export, so a print, its
 * preview and the PDF show the same pages. The handout keeps its own
 * margins: the operation draws on the full page, in points.
 */
#define G_LOG_DOMAIN "kr-print-operation"

#include "config.h"

#include <glib/gi18n.h>

#include "kr-print-operation.h"

struct _KrPrintOperation
{
  GtkPrintOperation  parent_instance;

  KrJourney         *journey;
  KrExportLayout     layout;

  /* From begin-print to end-print */
  KrHandout         *handout;
};

enum {
  PROP_0,
  PROP_JOURNEY,
  PROP_LAYOUT,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (KrPrintOperation, kr_print_operation, GTK_TYPE_PRINT_OPERATION)

static GParamSpec *properties[N_PROPS];

/* The handout's own papers; any other paper gets the A4 layout, scaled to
 * fit in draw_page (). */
static KrPaper
paper_for_setup (GtkPageSetup *setup)
{
  GtkPaperSize *size = gtk_page_setup_get_paper_size (setup);
  const char *name = size != NULL ? gtk_paper_size_get_name (size) : NULL;

  if (g_strcmp0 (name, GTK_PAPER_NAME_A3) == 0)
    return KR_PAPER_A3;
  /* GTK names no constant for A2. */
  if (g_strcmp0 (name, "iso_a2") == 0)
    return KR_PAPER_A2;
  if (g_strcmp0 (name, GTK_PAPER_NAME_LETTER) == 0)
    return KR_PAPER_LETTER;

  return KR_PAPER_A4;
}

/* The footer's date, as kr_export_pdf () writes it, so a print and a PDF
 * of the same day look the same. */
static char *
dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%x");
}

static void
kr_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  KrPrintOperation *self = KR_PRINT_OPERATION (operation);
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);
  g_autofree char *today = dup_today ();

  g_clear_pointer (&self->handout, kr_handout_free);
  self->handout = kr_handout_new (self->journey, self->layout, paper_for_setup (setup), today);

  gtk_print_operation_set_n_pages (operation, kr_handout_get_n_pages (self->handout));
}

static void
kr_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page_nr)
{
  KrPrintOperation *self = KR_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double context_width = gtk_print_context_get_width (context);
  double context_height = gtk_print_context_get_height (context);
  double width, height, scale;

  g_return_if_fail (self->handout != NULL);

  kr_handout_get_page_size (self->handout, &width, &height);
  if (width <= 0 || height <= 0)
    return;

  /* The handout is landscape; if the user turned the paper, or picked a
   * paper it has no layout of its own for, it is scaled down to fit and
   * centred rather than cut off. */
  scale = MIN (context_width / width, context_height / height);

  cairo_save (cr);
  cairo_translate (cr,
                   (context_width - width * scale) / 2,
                   (context_height - height * scale) / 2);
  cairo_scale (cr, scale, scale);
  kr_handout_draw_page (self->handout, cr, page_nr);
  cairo_restore (cr);
}

static void
kr_print_operation_end_print (GtkPrintOperation *operation,
                              GtkPrintContext   *context)
{
  KrPrintOperation *self = KR_PRINT_OPERATION (operation);

  g_clear_pointer (&self->handout, kr_handout_free);
}

static void
kr_print_operation_constructed (GObject *object)
{
  KrPrintOperation *self = KR_PRINT_OPERATION (object);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  const char *title = kr_journey_get_title (self->journey);

  G_OBJECT_CLASS (kr_print_operation_parent_class)->constructed (object);

  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self),
                                    title != NULL && title[0] != '\0' ? title : _("New Journey"));
}

static void
kr_print_operation_finalize (GObject *object)
{
  KrPrintOperation *self = KR_PRINT_OPERATION (object);

  g_clear_pointer (&self->handout, kr_handout_free);
  g_clear_object (&self->journey);

  G_OBJECT_CLASS (kr_print_operation_parent_class)->finalize (object);
}

static void
kr_print_operation_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KrPrintOperation *self = KR_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      g_value_set_object (value, self->journey);
      break;

    case PROP_LAYOUT:
      g_value_set_int (value, self->layout);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_print_operation_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  KrPrintOperation *self = KR_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      self->journey = g_value_dup_object (value);
      break;

    case PROP_LAYOUT:
      kr_print_operation_set_layout (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_print_operation_class_init (KrPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->constructed = kr_print_operation_constructed;
  object_class->finalize = kr_print_operation_finalize;
  object_class->get_property = kr_print_operation_get_property;
  object_class->set_property = kr_print_operation_set_property;

  operation_class->begin_print = kr_print_operation_begin_print;
  operation_class->draw_page = kr_print_operation_draw_page;
  operation_class->end_print = kr_print_operation_end_print;

  properties[PROP_JOURNEY] =
    g_param_spec_object ("journey", NULL, NULL,
                         KR_TYPE_JOURNEY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* A KrExportLayout; there is no GType for the render layer's enums. */
  properties[PROP_LAYOUT] =
    g_param_spec_int ("layout", NULL, NULL,
                      KR_EXPORT_HANDOUT, KR_EXPORT_POSTER, KR_EXPORT_HANDOUT,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kr_print_operation_init (KrPrintOperation *self)
{
  self->layout = KR_EXPORT_HANDOUT;
}

KrPrintOperation *
kr_print_operation_new (KrJourney *journey)
{
  g_return_val_if_fail (KR_IS_JOURNEY (journey), NULL);

  return g_object_new (KR_TYPE_PRINT_OPERATION,
                       "journey", journey,
                       NULL);
}

KrJourney *
kr_print_operation_get_journey (KrPrintOperation *self)
{
  g_return_val_if_fail (KR_IS_PRINT_OPERATION (self), NULL);

  return self->journey;
}

KrExportLayout
kr_print_operation_get_layout (KrPrintOperation *self)
{
  g_return_val_if_fail (KR_IS_PRINT_OPERATION (self), KR_EXPORT_HANDOUT);

  return self->layout;
}

void
kr_print_operation_set_layout (KrPrintOperation *self,
                               KrExportLayout    layout)
{
  g_return_if_fail (KR_IS_PRINT_OPERATION (self));

  if (self->layout == layout)
    return;

  self->layout = layout;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAYOUT]);
}
