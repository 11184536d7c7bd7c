/* kr-export-dialog.c: the choices for exporting a journey
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog only gathers choices and a file name; the files are written
 * by kr-export, the same code the command line uses.
 */
#define G_LOG_DOMAIN "kr-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "kr-export.h"
#include "kr-error-dialog.h"
#include "kr-accessible.h"
#include "kr-export-dialog.h"

struct _KrExportDialog
{
  AdwWindow             parent_instance;

  /* Template children */
  AdwComboRow          *format_row;
  AdwComboRow          *paper_row;
  AdwActionRow         *scale_row;
  GtkSpinButton        *scale_spin;

  KrJourney            *journey;
  GFile                *journey_file;
  GSettings            *settings;
  GtkFileChooserNative *native;

  /* Set while the rows show the remembered choices, which need no saving. */
  guint                 restoring : 1;
};

enum {
  PROP_0,
  PROP_JOURNEY,
  PROP_JOURNEY_FILE,
  PROP_SETTINGS,
  N_PROPS
};

enum {
  EXPORTED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (KrExportDialog, kr_export_dialog, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* In the order of the format row's items. */
static const struct
{
  const char     *id;          /* in the export-format setting */
  KrExportFormat  format;
  KrExportLayout  layout;
  const char     *extension;
  const char     *mime_type;
  const char     *filter_name;
  const char     *description;
} formats[] = {
  { "pdf-handout", KR_EXPORT_FORMAT_PDF, KR_EXPORT_HANDOUT, "pdf", "application/pdf",
    N_("PDF Documents"),
    N_("The map with its legend, scope and personas, a page per phase and the red thread") },
  { "pdf-poster", KR_EXPORT_FORMAT_PDF, KR_EXPORT_POSTER, "pdf", "application/pdf",
    N_("PDF Documents"),
    N_("The whole map on one page, for printing on A3 or larger") },
  { "png", KR_EXPORT_FORMAT_PNG, KR_EXPORT_HANDOUT, "png", "image/png",
    N_("PNG Images"),
    N_("A picture of the map, for slides and documents") },
  { "svg", KR_EXPORT_FORMAT_SVG, KR_EXPORT_HANDOUT, "svg", "image/svg+xml",
    N_("SVG Images"),
    N_("A drawing of the map that stays sharp at any size") },
};

/* In the order of the paper row's items. */
static const struct
{
  const char *id;   /* in the export-paper setting */
  KrPaper     paper;
} papers[] = {
  { "a4", KR_PAPER_A4 },
  { "a3", KR_PAPER_A3 },
  { "a2", KR_PAPER_A2 },
  { "letter", KR_PAPER_LETTER },
};

static guint
get_format_index (KrExportDialog *self)
{
  guint i = adw_combo_row_get_selected (self->format_row);

  return i < G_N_ELEMENTS (formats) ? i : 0;
}

static KrPaper
get_paper (KrExportDialog *self)
{
  guint i = adw_combo_row_get_selected (self->paper_row);

  return papers[i < G_N_ELEMENTS (papers) ? i : 0].paper;
}

static void
update_rows (KrExportDialog *self)
{
  guint i = get_format_index (self);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->format_row), _(formats[i].description));
  gtk_widget_set_visible (GTK_WIDGET (self->paper_row),
                          formats[i].format == KR_EXPORT_FORMAT_PDF);
  gtk_widget_set_visible (GTK_WIDGET (self->scale_row),
                          formats[i].format == KR_EXPORT_FORMAT_PNG);
}

static void
restore_choices (KrExportDialog *self)
{
  g_autofree char *format = NULL;
  g_autofree char *paper = NULL;

  if (self->settings == NULL)
    return;

  self->restoring = TRUE;

  format = g_settings_get_string (self->settings, "export-format");
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_strcmp0 (format, formats[i].id) == 0)
      adw_combo_row_set_selected (self->format_row, i);

  paper = g_settings_get_string (self->settings, "export-paper");
  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    if (g_strcmp0 (paper, papers[i].id) == 0)
      adw_combo_row_set_selected (self->paper_row, i);

  gtk_spin_button_set_value (self->scale_spin,
                             g_settings_get_int (self->settings, "export-png-scale"));

  self->restoring = FALSE;
}

static char *
suggest_file_name (KrExportDialog *self)
{
  const char *title = kr_journey_get_title (self->journey);
  g_autofree char *stripped = g_strstrip (g_strdup (title != NULL ? title : ""));
  GString *name;

  /* Translators: the file name an export suggests for a journey without a title */
  name = g_string_new (stripped[0] != '\0' ? stripped : _("journey"));
  /* A title is a sentence; only the directory separator cannot go in a
   * file name. */
  g_string_replace (name, "/", "-", 0);
  g_string_append_printf (name, ".%s", formats[get_format_index (self)].extension);

  return g_string_free (name, FALSE);
}

static void
show_error (KrExportDialog *self,
            GFile          *file,
            const GError   *error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = NULL;

  name = path != NULL ? g_filename_display_basename (path) : g_file_get_basename (file);
  kr_error_dialog_show (GTK_WINDOW (self), _("Could Not Export Journey"), name, error->message);
}

static void
format_changed_cb (KrExportDialog *self)
{
  update_rows (self);

  if (self->settings != NULL && !self->restoring)
    g_settings_set_string (self->settings, "export-format",
                           formats[get_format_index (self)].id);
}

static void
paper_changed_cb (KrExportDialog *self)
{
  guint i = adw_combo_row_get_selected (self->paper_row);

  if (self->settings != NULL && !self->restoring && i < G_N_ELEMENTS (papers))
    g_settings_set_string (self->settings, "export-paper", papers[i].id);
}

static void
scale_changed_cb (KrExportDialog *self)
{
  if (self->settings != NULL && !self->restoring)
    g_settings_set_int (self->settings, "export-png-scale",
                        gtk_spin_button_get_value_as_int (self->scale_spin));
}

static void
file_chooser_response_cb (KrExportDialog  *self,
                          int              response,
                          GtkNativeDialog *native)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

  g_clear_object (&self->native);

  if (file != NULL)
    kr_export_dialog_export_to (self, file);
}

static void
export_clicked_cb (KrExportDialog *self)
{
  guint i = get_format_index (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = suggest_file_name (self);
  GtkFileChooser *chooser;

  if (self->native != NULL)
    return;

  self->native = gtk_file_chooser_native_new (_("Export Journey"),
                                              GTK_WINDOW (self),
                                              GTK_FILE_CHOOSER_ACTION_SAVE,
                                              _("_Export"),
                                              _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->native), TRUE);
  chooser = GTK_FILE_CHOOSER (self->native);

  gtk_file_filter_set_name (filter, _(formats[i].filter_name));
  gtk_file_filter_add_mime_type (filter, formats[i].mime_type);
  gtk_file_chooser_add_filter (chooser, filter);

  if (self->journey_file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (self->journey_file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (chooser, folder, NULL);
    }
  gtk_file_chooser_set_current_name (chooser, name);

  g_signal_connect_object (self->native, "response",
                           G_CALLBACK (file_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->native));
}

static void
kr_export_dialog_constructed (GObject *object)
{
  KrExportDialog *self = KR_EXPORT_DIALOG (object);

  G_OBJECT_CLASS (kr_export_dialog_parent_class)->constructed (object);

  restore_choices (self);
  update_rows (self);
}

static void
kr_export_dialog_dispose (GObject *object)
{
  KrExportDialog *self = KR_EXPORT_DIALOG (object);

  if (self->native != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->native));
  g_clear_object (&self->native);

  gtk_widget_dispose_template (GTK_WIDGET (self), KR_TYPE_EXPORT_DIALOG);

  g_clear_object (&self->journey);
  g_clear_object (&self->journey_file);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kr_export_dialog_parent_class)->dispose (object);
}

static void
kr_export_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KrExportDialog *self = KR_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      g_value_set_object (value, self->journey);
      break;

    case PROP_JOURNEY_FILE:
      g_value_set_object (value, self->journey_file);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_export_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KrExportDialog *self = KR_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      self->journey = g_value_dup_object (value);
      break;

    case PROP_JOURNEY_FILE:
      self->journey_file = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_export_dialog_class_init (KrExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kr_export_dialog_constructed;
  object_class->dispose = kr_export_dialog_dispose;
  object_class->get_property = kr_export_dialog_get_property;
  object_class->set_property = kr_export_dialog_set_property;

  properties[PROP_JOURNEY] =
    g_param_spec_object ("journey", NULL, NULL,
                         KR_TYPE_JOURNEY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_JOURNEY_FILE] =
    g_param_spec_object ("journey-file", NULL, NULL,
                         G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KrExportDialog::exported:
   * @file: the file that was written
   *
   * Emitted after a successful export, just before the dialog closes.
   */
  signals[EXPORTED] =
    g_signal_new ("exported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/klantreis/Klantreis/kr-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KrExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, KrExportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, KrExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, KrExportDialog, scale_spin);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, paper_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, scale_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kr_export_dialog_init (KrExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kr_accessible_name_mnemonic_buttons (GTK_WIDGET (self));
}

KrExportDialog *
kr_export_dialog_new (GtkWindow *parent,
                      KrJourney *journey,
                      GFile     *journey_file,
                      GSettings *settings)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KR_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (journey_file == NULL || G_IS_FILE (journey_file), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (KR_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "journey", journey,
                       "journey-file", journey_file,
                       "settings", settings,
                       NULL);
}

gboolean
kr_export_dialog_export_to (KrExportDialog *self,
                            GFile          *file)
{
  g_autoptr(KrExportDialog) hold = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  guint i;
  gboolean ok = FALSE;

  g_return_val_if_fail (KR_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  i = get_format_index (self);
  path = g_file_get_path (file);

  if (path == NULL)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Journeys can only be exported to files on this computer."));
    }
  else
    {
      switch (formats[i].format)
        {
        case KR_EXPORT_FORMAT_PDF:
          ok = kr_export_pdf (self->journey, path, formats[i].layout, get_paper (self), &error);
          break;

        case KR_EXPORT_FORMAT_PNG:
          ok = kr_export_png (self->journey, path,
                              gtk_spin_button_get_value_as_int (self->scale_spin), &error);
          break;

        case KR_EXPORT_FORMAT_SVG:
          ok = kr_export_svg (self->journey, path, &error);
          break;

        case KR_EXPORT_FORMAT_KLANTREIS:
        default:
          g_assert_not_reached ();
        }
    }

  if (!ok)
    {
      show_error (self, file, error);
      return FALSE;
    }

  /* Whoever listens may drop the last other reference. */
  hold = g_object_ref (self);
  g_signal_emit (self, signals[EXPORTED], 0, file);
  gtk_window_destroy (GTK_WINDOW (self));

  return TRUE;
}
