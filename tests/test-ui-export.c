/* test-ui-export.c: the Export dialog, its remembered choices, and printing
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb with G_DEBUG=fatal-warnings. The native file chooser is
 * bypassed with kr_export_dialog_export_to (), which is what its answer
 * calls; printing uses the "export to PDF" action, which needs no printer.
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <adwaita.h>
#ifdef HAVE_POPPLER
#include <poppler.h>
#endif

#include "kr-application.h"
#include "kr-export.h"
#include "kr-export-dialog.h"
#include "kr-print-operation.h"
#include "kr-ui-input.h"
#include "kr-ui-test-util.h"
#include "kr-window.h"

#define SAMPLE_TITLE "Ik wil mijn huis verduurzamen"

/* In the order of the format row. */
enum { FORMAT_PDF_HANDOUT, FORMAT_PDF_POSTER, FORMAT_PNG, FORMAT_SVG };

static KrApplication *app;

static KrWindow *
open_window (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (KR_SAMPLE_PATH);

  return kr_ui_test_open_window (app, file);
}

/* The visible toplevel of @type that is transient for @parent. */
static GtkWindow *
find_toplevel (GtkWindow *parent,
               GType      type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) &&
          gtk_window_get_transient_for (toplevel) == parent &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return toplevel;
    }

  return NULL;
}

static GtkWidget *
find_widget (GtkWidget *widget,
             gboolean (*match) (GtkWidget *, const char *),
             const char *text)
{
  if (match (widget, text))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_label (GtkWidget  *widget,
          const char *text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static gboolean
is_row (GtkWidget  *widget,
        const char *title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_button (GtkWidget  *widget,
           const char *label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static GtkWidget *
find_row (KrExportDialog *dialog,
          const char     *title)
{
  GtkWidget *row = find_widget (GTK_WIDGET (dialog), is_row, title);

  g_assert_nonnull (row);
  return row;
}

static GtkSpinButton *
get_scale_spin (KrExportDialog *dialog)
{
  GtkWidget *row = find_row (dialog, "_Scale");

  return GTK_SPIN_BUTTON (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)));
}

static KrExportDialog *
open_export_dialog (KrWindow *window)
{
  KrExportDialog *dialog;

  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "export", NULL);
  WAIT_UNTIL ((dialog = (KrExportDialog *) find_toplevel (GTK_WINDOW (window),
                                                          KR_TYPE_EXPORT_DIALOG)) != NULL);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));

  return dialog;
}

static void
set_format (KrExportDialog *dialog,
            guint           format)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (dialog, "_Format")), format);
}

/* The journey the window shows is the one it loaded, as it was. */
static void
assert_journey_untouched (KrWindow  *window,
                          KrJourney *journey)
{
  g_assert_true (kr_window_get_journey (window) == journey);
  g_assert_cmpstr (kr_journey_get_title (journey), ==, SAMPLE_TITLE);
  g_assert_false (kr_history_get_modified (kr_window_get_history (window)));
  g_assert_false (kr_history_get_can_undo (kr_window_get_history (window)));
}

static void
export_and_check (KrWindow   *window,
                  guint       format,
                  const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *toast = g_strdup_printf ("Exported “%s”", basename);
  KrExportDialog *dialog = open_export_dialog (window);
  GtkWidget *widget = GTK_WIDGET (dialog);
  GStatBuf buf;

  g_object_add_weak_pointer (G_OBJECT (widget), (gpointer *) &widget);
  set_format (dialog, format);
  g_assert_true (kr_export_dialog_export_to (dialog, file));

  /* The dialog closes; the window tells where the file went. */
  WAIT_UNTIL (widget == NULL);
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_size, >, 0);
  WAIT_UNTIL (find_widget (GTK_WIDGET (window), is_label, toast) != NULL);
}

#ifdef HAVE_POPPLER
static PopplerDocument *
open_pdf (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GError) error = NULL;
  PopplerDocument *document = poppler_document_new_from_file (uri, NULL, &error);

  g_assert_no_error (error);
  return document;
}

static void
assert_page_size (PopplerDocument *document,
                  int              page_nr,
                  double           width,
                  double           height)
{
  PopplerPage *page = poppler_document_get_page (document, page_nr);
  double page_width, page_height;

  poppler_page_get_size (page, &page_width, &page_height);
  g_object_unref (page);
  g_assert_cmpfloat_with_epsilon (page_width, width, 0.5);
  g_assert_cmpfloat_with_epsilon (page_height, height, 0.5);
}
#endif

/* The template builds with no parent and no settings, and nothing keeps
 * the dialog alive after it is destroyed. */
static void
test_template (void)
{
  g_autoptr(KrJourney) journey = kr_journey_new ();
  GtkWidget *dialog = GTK_WIDGET (kr_export_dialog_new (NULL, journey, NULL, NULL));

  g_object_ref_sink (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

static void
test_export_formats (void)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *handout = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *poster = g_build_filename (dir, "poster & more.pdf", NULL);
  g_autofree char *png = g_build_filename (dir, "map.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "map.svg", NULL);
  KrWindow *window = open_window ();
  KrJourney *journey = kr_window_get_journey (window);

  export_and_check (window, FORMAT_PDF_HANDOUT, handout);
  /* A name with markup characters shows as it is in the toast. */
  export_and_check (window, FORMAT_PDF_POSTER, poster);
  export_and_check (window, FORMAT_PNG, png);
  export_and_check (window, FORMAT_SVG, svg);

  assert_journey_untouched (window, journey);

#ifdef HAVE_POPPLER
  {
    g_autoptr(KrHandout) pages = kr_handout_new (journey, KR_EXPORT_HANDOUT, KR_PAPER_A4, NULL);
    PopplerDocument *handout_pdf = open_pdf (handout);
    PopplerDocument *poster_pdf = open_pdf (poster);

    g_assert_cmpint (poppler_document_get_n_pages (handout_pdf), ==,
                     kr_handout_get_n_pages (pages));
    g_assert_cmpint (poppler_document_get_n_pages (handout_pdf), >, 1);
    g_assert_cmpint (poppler_document_get_n_pages (poster_pdf), ==, 1);
    g_object_unref (handout_pdf);
    g_object_unref (poster_pdf);
  }
#endif

  kr_ui_test_close_window (window);
  kr_test_remove_tree (dir);
}

static void
test_export_failure (void)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *not_a_dir = g_build_filename (dir, "file", NULL);
  g_autofree char *path = g_build_filename (not_a_dir, "map.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KrWindow *window = open_window ();
  KrJourney *journey = kr_window_get_journey (window);
  KrExportDialog *dialog;
  AdwMessageDialog *message;
  GtkWidget *close_button;

  /* Permissions do not stop root; a parent that is a regular file does. */
  g_file_set_contents (not_a_dir, "not a directory", -1, &error);
  g_assert_no_error (error);

  dialog = open_export_dialog (window);
  set_format (dialog, FORMAT_SVG);
  g_assert_false (kr_export_dialog_export_to (dialog, file));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  WAIT_UNTIL ((message = (AdwMessageDialog *) find_toplevel (GTK_WINDOW (dialog),
                                                             ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, "Could Not Export Journey");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (message), "“map.svg”\n"));
  g_assert_nonnull (adw_message_dialog_get_body (message));
  g_assert_cmpstr (adw_message_dialog_get_body (message), !=, "");

  /* Nothing is lost: the dialog stays with its choices, for another try. */
  close_button = find_widget (GTK_WIDGET (message), is_button, "_Close");
  g_assert_nonnull (close_button);
  WAIT_UNTIL (gtk_widget_get_mapped (close_button));
  kr_ui_input_focus_window (GTK_WINDOW (message));
  kr_ui_input_click_widget (close_button);
  WAIT_UNTIL (find_toplevel (GTK_WINDOW (dialog), ADW_TYPE_MESSAGE_DIALOG) == NULL);
  g_assert_true (find_toplevel (GTK_WINDOW (window), KR_TYPE_EXPORT_DIALOG) == GTK_WINDOW (dialog));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (find_row (dialog, "_Format"))),
                    ==, FORMAT_SVG);
  assert_journey_untouched (window, journey);

  gtk_window_close (GTK_WINDOW (dialog));
  WAIT_UNTIL (find_toplevel (GTK_WINDOW (window), KR_TYPE_EXPORT_DIALOG) == NULL);

  kr_ui_test_close_window (window);
  kr_test_remove_tree (dir);
}

static void
test_choices_remembered (void)
{
  KrWindow *window = open_window ();
  GSettings *settings = kr_application_get_settings (app);
  g_autofree char *format = NULL;
  KrExportDialog *dialog;
  GtkWidget *paper, *scale;

  g_assert_nonnull (settings);

  /* Paper is for PDF only, the scale for PNG only. */
  dialog = open_export_dialog (window);
  set_format (dialog, FORMAT_PDF_HANDOUT);
  paper = find_row (dialog, "_Paper");
  scale = find_row (dialog, "_Scale");
  g_assert_true (gtk_widget_get_visible (paper));
  g_assert_false (gtk_widget_get_visible (scale));
  adw_combo_row_set_selected (ADW_COMBO_ROW (paper), 1);

  set_format (dialog, FORMAT_PNG);
  g_assert_false (gtk_widget_get_visible (paper));
  g_assert_true (gtk_widget_get_visible (scale));
  gtk_spin_button_set_value (get_scale_spin (dialog), 3);

  set_format (dialog, FORMAT_PDF_POSTER);
  gtk_window_close (GTK_WINDOW (dialog));
  WAIT_UNTIL (find_toplevel (GTK_WINDOW (window), KR_TYPE_EXPORT_DIALOG) == NULL);

  format = g_settings_get_string (settings, "export-format");
  g_assert_cmpstr (format, ==, "pdf-poster");

  /* Reopened, it shows the same choices. */
  dialog = open_export_dialog (window);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (find_row (dialog, "_Format"))),
                    ==, FORMAT_PDF_POSTER);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (find_row (dialog, "_Paper"))),
                    ==, 1);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (get_scale_spin (dialog)), ==, 3);
  gtk_window_close (GTK_WINDOW (dialog));
  WAIT_UNTIL (find_toplevel (GTK_WINDOW (window), KR_TYPE_EXPORT_DIALOG) == NULL);

  g_settings_reset (settings, "export-format");
  g_settings_reset (settings, "export-paper");
  g_settings_reset (settings, "export-png-scale");
  kr_ui_test_close_window (window);
}

static void
test_print_to_pdf (void)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "print.pdf", NULL);
  g_autoptr(KrPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  KrWindow *window = open_window ();
  KrJourney *journey = kr_window_get_journey (window);
  GtkPrintOperationResult result;
  GStatBuf buf;

  operation = kr_print_operation_new (journey);
  g_assert_true (kr_print_operation_get_journey (operation) == journey);
  g_assert_cmpint (kr_print_operation_get_layout (operation), ==, KR_EXPORT_HANDOUT);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    GTK_WINDOW (window), &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_size, >, 0);

#ifdef HAVE_POPPLER
  {
    g_autoptr(KrHandout) pages = kr_handout_new (journey, KR_EXPORT_HANDOUT, KR_PAPER_A4, NULL);
    PopplerDocument *document = open_pdf (path);
    int n_pages = poppler_document_get_n_pages (document);

    /* The handout's pages, on landscape A4. */
    g_assert_cmpint (n_pages, ==, kr_handout_get_n_pages (pages));
    for (int i = 0; i < n_pages; i++)
      assert_page_size (document, i, 841.89, 595.28);
    g_object_unref (document);
  }
#endif

  assert_journey_untouched (window, journey);
  kr_ui_test_close_window (window);
  kr_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  KrUiTest test = { 0 };
  int ret;

  if (!kr_ui_test_init (&test, &argc, &argv))
    return 0;
  app = test.app;

  g_test_add_func ("/ui/export/template", test_template);
  g_test_add_func ("/ui/export/formats", test_export_formats);
  g_test_add_func ("/ui/export/failure-keeps-journey", test_export_failure);
  g_test_add_func ("/ui/export/choices-remembered", test_choices_remembered);
  g_test_add_func ("/ui/print/to-pdf", test_print_to_pdf);

  ret = g_test_run ();

  app = NULL;
  kr_ui_test_finish (&test);
  return ret;
}
