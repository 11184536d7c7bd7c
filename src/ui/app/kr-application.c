/* kr-application.c: the application, its windows and its command line
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kr-application"

#include "config.h"

#include <glib/gi18n.h>

#include "kr-application.h"
#include "kr-cli.h"
#include "kr-error-dialog.h"
#include "kr-launch.h"
#include "kr-new-journey-dialog.h"
#include "kr-recovery-offer.h"
#include "kr-window.h"

/* How many journeys the "Open Recent" menu offers. */
#define RECENT_MAX_ITEMS 10

struct _KrApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  GMenu          *recent_menu;
  /* The journeys a crash left behind, found at start-up. */
  KrRecoveryOffer *recovery_offer;
  gulong          recent_changed_id;
};

G_DEFINE_FINAL_TYPE (KrApplication, kr_application, ADW_TYPE_APPLICATION)

static const GOptionEntry main_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check journey files for errors and exit"), NULL },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export a journey to OUTPUT (PDF, PNG or SVG, after its extension) and exit"),
    N_("OUTPUT") },
  { "layout", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export to PDF: handout (the map, then every phase in full) or poster (the map on one page)"),
    N_("LAYOUT") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export to PDF: the paper size, a4, a3, a2 or letter"), N_("PAPER") },
  { "scale", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export to PNG: the size, 1 to 4 times the map at 100 % (2 unless given)"), N_("N") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, N_("[FILE…]") },
  { NULL }
};

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);

  /* Run straight from the build tree, the installed schemas do not know
   * ours; the build compiles it beside the other data files. */
  if (schema == NULL && g_file_test (BUILD_DATADIR, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GSettingsSchemaSource) build_source = NULL;

      build_source = g_settings_schema_source_new_from_directory (BUILD_DATADIR, source,
                                                                  FALSE, NULL);
      if (build_source != NULL)
        schema = g_settings_schema_source_lookup (build_source, APPLICATION_ID, FALSE);
    }

  /* Remembering the window size is a convenience; never fail over it. */
  if (schema == NULL)
    {
      g_debug ("Settings schema %s not found; window sizes are not remembered",
               APPLICATION_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

static GtkWindow *
get_parent_window (KrApplication *self)
{
  return gtk_application_get_active_window (GTK_APPLICATION (self));
}

static char *
escape_mnemonics (const char *label)
{
  GString *str = g_string_new (label);

  /* Menu labels treat "_" as a mnemonic; file names must show as they are. */
  g_string_replace (str, "_", "__", 0);
  return g_string_free (str, FALSE);
}

static int
compare_recent_info (gconstpointer a,
                     gconstpointer b)
{
  GtkRecentInfo *info_a = *(GtkRecentInfo **) a;
  GtkRecentInfo *info_b = *(GtkRecentInfo **) b;

  /* Most recently used first. */
  return g_date_time_compare (gtk_recent_info_get_modified (info_b),
                              gtk_recent_info_get_modified (info_a));
}

static gboolean
is_journey_info (GtkRecentInfo *info)
{
  const char *mime_type = gtk_recent_info_get_mime_type (info);
  const char *uri = gtk_recent_info_get_uri (info);

  if (g_strcmp0 (mime_type, KR_MIME_TYPE) != 0 && !g_str_has_suffix (uri, ".klantreis"))
    return FALSE;

  return gtk_recent_info_exists (info);
}

/* A journey's name; with its folder's too when another in @shown has the
 * same name, so that "verduurzamen.klantreis" twice can be told apart. */
static char *
recent_label (GtkRecentInfo *info,
              GPtrArray     *shown)
{
  const char *name = gtk_recent_info_get_display_name (info);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *folder_name = NULL;
  g_autofree char *shown_folder = NULL;
  gboolean shared = FALSE;

  for (guint i = 0; i < shown->len && !shared; i++)
    {
      GtkRecentInfo *other = g_ptr_array_index (shown, i);

      shared = other != info && g_strcmp0 (gtk_recent_info_get_display_name (other), name) == 0;
    }
  if (!shared)
    return g_strdup (name);

  file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
  folder = g_file_get_parent (file);
  if (folder == NULL)
    return g_strdup (name);
  folder_name = g_file_get_basename (folder);
  shown_folder = g_filename_display_name (folder_name);

  /* TRANSLATORS: a recent journey's file name, then the name of its folder */
  return g_strdup_printf (_("%s — %s"), name, shown_folder);
}

static void
update_recent_menu (KrApplication *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  g_autoptr(GPtrArray) journeys = NULL;
  GList *items;

  journeys = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);
  items = gtk_recent_manager_get_items (manager);
  for (GList *l = items; l != NULL; l = l->next)
    {
      if (is_journey_info (l->data))
        g_ptr_array_add (journeys, l->data);
      else
        gtk_recent_info_unref (l->data);
    }
  g_list_free (items);

  g_ptr_array_sort (journeys, compare_recent_info);
  if (journeys->len > RECENT_MAX_ITEMS)
    g_ptr_array_set_size (journeys, RECENT_MAX_ITEMS);

  g_menu_remove_all (self->recent_menu);

  for (guint i = 0; i < journeys->len; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (journeys, i);
      g_autofree char *name = recent_label (info, journeys);
      g_autofree char *label = escape_mnemonics (name);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "app.open-recent",
                                               g_variant_new_string (gtk_recent_info_get_uri (info)));
      g_menu_append_item (self->recent_menu, item);
    }

  /* An empty popover looks broken; say why there is nothing to pick. The
   * placeholder's action is always disabled, so the item shows greyed out. */
  if (g_menu_model_get_n_items (G_MENU_MODEL (self->recent_menu)) == 0)
    g_menu_append (self->recent_menu, _("No Recent Journeys"), "app.recent-placeholder");
}

static void
recent_manager_changed_cb (KrApplication    *self,
                           GtkRecentManager *manager)
{
  update_recent_menu (self);
}

static void
open_files (KrApplication  *self,
            GFile         **files,
            int             n_files)
{
  for (int i = 0; i < n_files; i++)
    kr_application_open_file (self, files[i]);
}

static void
open_dialog_response_cb (GtkNativeDialog *native,
                         int              response,
                         KrApplication   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));
      guint n_files = g_list_model_get_n_items (files);

      for (guint i = 0; i < n_files; i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          kr_application_open_file (self, file);
        }
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  g_application_release (G_APPLICATION (self));
}

static void
kr_application_new_window_action (GSimpleAction *action,
                                  GVariant      *param,
                                  gpointer       user_data)
{
  KrApplication *self = user_data;
  KrWindow *window = kr_window_new (self);

  gtk_window_present (GTK_WINDOW (window));
}

/* A window nobody has touched takes the new journey; else a new one. */
static KrWindow *
find_empty_window (KrApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (KR_IS_WINDOW (l->data) && kr_window_is_empty_and_unmodified (l->data))
      return l->data;

  return kr_window_new (self);
}

static void
new_journey_chosen_cb (KrNewJourneyDialog *dialog,
                       KrJourney          *journey,
                       KrApplication      *self)
{
  KrWindow *window = find_empty_window (self);

  /* Shown first, then filled: a window that is shown with a map in it
   * moves its first focus one item on, which for a map without notes is
   * the first phase's curve point, scrolled into view below the title. */
  gtk_window_present (GTK_WINDOW (window));
  kr_window_open_untitled (window, journey);
}

/* New: from the method's schema, its example or nothing at all. */
static void
kr_application_new_action (GSimpleAction *action,
                           GVariant      *param,
                           gpointer       user_data)
{
  KrApplication *self = user_data;
  KrNewJourneyDialog *dialog = kr_new_journey_dialog_new (get_parent_window (self));

  g_signal_connect_object (dialog, "chosen", G_CALLBACK (new_journey_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
kr_application_open_action (GSimpleAction *action,
                            GVariant      *param,
                            gpointer       user_data)
{
  KrApplication *self = user_data;
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Open Journey"),
                                        get_parent_window (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);
  kr_file_chooser_add_journey_filters (GTK_FILE_CHOOSER (native));

  /* A native dialog is no window of ours: hold the application so that it
   * does not quit while the user is choosing. */
  g_application_hold (G_APPLICATION (self));
  g_signal_connect (native, "response", G_CALLBACK (open_dialog_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* The sample ships with the app; uninstalled, it is read from the source tree. */
static GFile *
find_sample (void)
{
  g_autoptr(GFile) installed = g_file_new_build_filename (PKGDATADIR, "samples",
                                                          "verduurzamen.klantreis", NULL);

  if (g_file_query_exists (installed, NULL))
    return g_steal_pointer (&installed);
  return g_file_new_build_filename (SOURCE_SAMPLEDIR, "verduurzamen.klantreis", NULL);
}

/* The sample opens as a new, untitled journey: the installed file is
 * read-only, and a facilitator who changes it must choose where to save. */
static void
kr_application_open_sample_action (GSimpleAction *action,
                                   GVariant      *param,
                                   gpointer       user_data)
{
  KrApplication *self = user_data;
  g_autoptr(GFile) sample = find_sample ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KrJourney) journey = NULL;
  KrWindow *window;

  journey = kr_journey_load_file (sample, NULL, NULL, NULL, &error);
  if (journey == NULL)
    {
      kr_error_dialog_show (get_parent_window (self), _("Could Not Open the Sample Journey"),
                            NULL, error->message);
      return;
    }

  window = find_empty_window (self);
  kr_window_open_untitled (window, journey);
  gtk_window_present (GTK_WINDOW (window));
}

static void
kr_application_open_recent_action (GSimpleAction *action,
                                   GVariant      *param,
                                   gpointer       user_data)
{
  KrApplication *self = user_data;
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  kr_application_open_file (self, file);
}

static void quit_next_window (KrApplication *self);

static void
quit_window_closed_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(KrApplication) self = user_data;

  /* The user kept a window open: quitting stops here. */
  if (kr_window_close_with_confirmation_finish (KR_WINDOW (object), result))
    quit_next_window (self);
}

static void
quit_next_window (KrApplication *self)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  for (GList *l = windows; l != NULL; l = l->next)
    {
      if (KR_IS_WINDOW (l->data))
        {
          kr_window_close_with_confirmation (l->data, quit_window_closed_cb,
                                             g_object_ref (self));
          return;
        }
    }

  /* Only helper windows (about, shortcuts) are left. */
  g_application_quit (G_APPLICATION (self));
}

static void
kr_application_quit_action (GSimpleAction *action,
                            GVariant      *param,
                            gpointer       user_data)
{
  KrApplication *self = user_data;

  /* One window at a time, so each unsaved journey gets its own question
   * in front of its own window. */
  quit_next_window (self);
}

static void
kr_application_about_action (GSimpleAction *action,
                             GVariant      *param,
                             gpointer       user_data)
{
  KrApplication *self = user_data;
  static const char *developers[] = { "The Klantreis developers", NULL };

  adw_show_about_window (get_parent_window (self),
                         "application-name", "Klantreis",
                         "application-icon", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Klantreis developers"),
                         "developers", developers,
                         "comments", _("Map customer journeys with the “klantreis light” method: "
                                       "phases, activities, the emotion curve, the red thread "
                                       "and ideas for improvement."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "website", "https://github.com/klantreis/klantreis",
                         "issue-url", "https://github.com/klantreis/klantreis/issues",
                         "copyright", "© 2026 The Klantreis developers",
                         /* TRANSLATORS: your name and e-mail, one per line. */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
kr_application_shortcuts_action (GSimpleAction *action,
                                 GVariant      *param,
                                 gpointer       user_data)
{
  KrApplication *self = user_data;
  GtkWindow *parent = get_parent_window (self);
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWindow *shortcuts;

  /* Built when asked for rather than with every window, as GtkApplication
   * would do for gtk/help-overlay.ui: that costs each window's first frame
   * some 30 ms. The window lives on after the builder, until it is closed.
   * Its keys are written out in it: only a help overlay finds them from the
   * actions' names. */
  builder = gtk_builder_new_from_resource ("/io/github/klantreis/Klantreis/kr-shortcuts-window.ui");
  shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  gtk_window_set_transient_for (shortcuts, parent);
  gtk_window_set_modal (shortcuts, TRUE);
  gtk_window_present (shortcuts);
}

static void
show_help_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(KrApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  if (kr_launch_uri_finish (result, &error))
    return;

  /* Without a help viewer (Yelp) the user would otherwise see nothing. */
  kr_error_dialog_show (get_parent_window (self), _("Could Not Show Help"), NULL, error->message);
}

static void
kr_application_help_action (GSimpleAction *action,
                            GVariant      *param,
                            gpointer       user_data)
{
  KrApplication *self = user_data;

  kr_launch_uri (get_parent_window (self), "help:klantreis", NULL, show_help_cb,
                 g_object_ref (self));
}

static const GActionEntry app_entries[] = {
  { "new", kr_application_new_action },
  { "new-window", kr_application_new_window_action },
  { "open", kr_application_open_action },
  { "open-sample", kr_application_open_sample_action },
  { "open-recent", kr_application_open_recent_action, "s" },
  { "recent-placeholder", NULL },
  { "quit", kr_application_quit_action },
  { "about", kr_application_about_action },
  { "shortcuts", kr_application_shortcuts_action },
  { "help", kr_application_help_action },
};

static const struct
{
  const char *action;
  const char *accels[3];
} app_accels[] = {
  { "app.new", { "<Control>n", NULL } },
  { "app.new-window", { "<Shift><Control>n", NULL } },
  { "app.open", { "<Control>o", NULL } },
  { "app.quit", { "<Control>q", NULL } },
  { "app.help", { "F1", NULL } },
  { "app.shortcuts", { "<Control>question", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Shift><Control>s", NULL } },
  { "win.close", { "<Control>w", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Shift><Control>z", "<Control>y", NULL } },
};

static int
kr_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  g_autofree const char **paths = NULL;
  const char *output = NULL;
  gboolean check = FALSE;
  guint n_paths;

  /* Everything here runs before the application registers, so --check
   * and --export never open a display and work in scripts and CI. */
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("klantreis %s\n", PACKAGE_VERSION);
      return KR_EXIT_OK;
    }

  g_variant_dict_lookup (options, "check", "b", &check);
  g_variant_dict_lookup (options, "export", "^&ay", &output);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &paths);
  n_paths = paths != NULL ? g_strv_length ((char **) paths) : 0;

  if (check && output != NULL)
    {
      g_printerr (_("--check and --export cannot be used together\n"));
      return KR_EXIT_BAD_ARGUMENTS;
    }

  if (check)
    {
      if (n_paths == 0)
        {
          g_printerr (_("--check needs at least one file\n"));
          return KR_EXIT_BAD_ARGUMENTS;
        }
      return kr_cli_check (paths);
    }

  if (output != NULL)
    {
      if (output[0] == '\0' || n_paths != 1)
        {
          g_printerr (_("--export needs an output file and exactly one journey: "
                        "klantreis --export=OUTPUT FILE\n"));
          return KR_EXIT_BAD_ARGUMENTS;
        }
      const char *layout = NULL, *paper = NULL, *scale = NULL;

      g_variant_dict_lookup (options, "layout", "&s", &layout);
      g_variant_dict_lookup (options, "paper", "&s", &paper);
      g_variant_dict_lookup (options, "scale", "&s", &scale);
      return kr_cli_export (output, paths, layout, paper, scale);
    }

  if (n_paths > 0)
    {
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GError) error = NULL;

      /* The remaining arguments were taken as an option above, so the default
       * handling no longer sees them: open them here. Registering first sends
       * them to a running instance when there is one; otherwise the main loop
       * of g_application_run() keeps going for as long as windows are open. */
      for (guint i = 0; i < n_paths; i++)
        g_ptr_array_add (files, g_file_new_for_commandline_arg (paths[i]));

      if (!g_application_register (application, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return KR_EXIT_BAD_INPUT;
        }

      g_application_open (application, (GFile **) files->pdata, files->len, "");
      return KR_EXIT_OK;
    }

  /* No files: the default handling activates, which opens a window. */
  return -1;
}

static void
kr_application_startup (GApplication *application)
{
  KrApplication *self = KR_APPLICATION (application);
  GtkRecentManager *manager;
  GAction *placeholder;

  G_APPLICATION_CLASS (kr_application_parent_class)->startup (application);

  g_set_application_name ("Klantreis");
  gtk_window_set_default_icon_name (APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries,
                                   G_N_ELEMENTS (app_entries), self);
  placeholder = g_action_map_lookup_action (G_ACTION_MAP (self), "recent-placeholder");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (placeholder), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (app_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           app_accels[i].action,
                                           app_accels[i].accels);

  self->settings = create_settings ();

  manager = gtk_recent_manager_get_default ();
  self->recent_changed_id = g_signal_connect_object (manager, "changed",
                                                     G_CALLBACK (recent_manager_changed_cb),
                                                     self, G_CONNECT_SWAPPED);
  update_recent_menu (self);

  /* In a thread: the first window does not wait for it. */
  self->recovery_offer = kr_recovery_offer_new (NULL);
  kr_recovery_offer_scan (self->recovery_offer);
}

static void
kr_application_shutdown (GApplication *application)
{
  KrApplication *self = KR_APPLICATION (application);

  g_clear_signal_handler (&self->recent_changed_id, gtk_recent_manager_get_default ());

  G_APPLICATION_CLASS (kr_application_parent_class)->shutdown (application);
}

static void
kr_application_activate (GApplication *application)
{
  KrApplication *self = KR_APPLICATION (application);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    window = GTK_WINDOW (kr_window_new (self));

  gtk_window_present (window);
}

static void
kr_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  open_files (KR_APPLICATION (application), files, n_files);
}

static void
kr_application_dispose (GObject *object)
{
  KrApplication *self = KR_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->recovery_offer);

  G_OBJECT_CLASS (kr_application_parent_class)->dispose (object);
}

static void
kr_application_finalize (GObject *object)
{
  KrApplication *self = KR_APPLICATION (object);

  g_clear_object (&self->recent_menu);

  G_OBJECT_CLASS (kr_application_parent_class)->finalize (object);
}

static void
kr_application_class_init (KrApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = kr_application_dispose;
  object_class->finalize = kr_application_finalize;

  app_class->handle_local_options = kr_application_handle_local_options;
  app_class->startup = kr_application_startup;
  app_class->shutdown = kr_application_shutdown;
  app_class->activate = kr_application_activate;
  app_class->open = kr_application_open;
}

static void
kr_application_init (KrApplication *self)
{
  self->recent_menu = g_menu_new ();

  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  g_application_set_option_context_summary (G_APPLICATION (self), _("Map customer journeys."));
}

KrApplication *
kr_application_new (void)
{
  return g_object_new (KR_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/klantreis/Klantreis",
                       NULL);
}

GSettings *
kr_application_get_settings (KrApplication *self)
{
  g_return_val_if_fail (KR_IS_APPLICATION (self), NULL);

  return self->settings;
}

KrRecoveryOffer *
kr_application_get_recovery_offer (KrApplication *self)
{
  g_return_val_if_fail (KR_IS_APPLICATION (self), NULL);

  return self->recovery_offer;
}

GMenuModel *
kr_application_get_recent_menu (KrApplication *self)
{
  g_return_val_if_fail (KR_IS_APPLICATION (self), NULL);

  return G_MENU_MODEL (self->recent_menu);
}

void
kr_application_open_file (KrApplication *self,
                          GFile         *file)
{
  KrWindow *target = NULL;
  GList *windows;

  g_return_if_fail (KR_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  /* The list is ordered by focus, so the most recently used empty window
   * is the one that gets reused. */
  windows = gtk_application_get_windows (GTK_APPLICATION (self));
  for (GList *l = windows; l != NULL; l = l->next)
    {
      if (!KR_IS_WINDOW (l->data))
        continue;

      if (kr_window_has_file (l->data, file))
        {
          gtk_window_present (l->data);
          return;
        }

      if (target == NULL && kr_window_is_empty_and_unmodified (l->data))
        target = l->data;
    }

  if (target == NULL)
    target = kr_window_new (self);

  kr_window_load_file (target, file);
  gtk_window_present (GTK_WINDOW (target));
}

void
kr_application_add_recent (KrApplication *self,
                           GFile         *file)
{
  g_autofree char *uri = NULL;
  GtkRecentData data = { 0 };
  const char *groups[] = { "klantreis", NULL };

  g_return_if_fail (KR_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  data.mime_type = (char *) KR_MIME_TYPE;
  data.app_name = (char *) "Klantreis";
  data.app_exec = (char *) "klantreis %u";
  data.groups = (char **) groups;

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

void
kr_file_chooser_add_journey_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) journeys = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  g_return_if_fail (GTK_IS_FILE_CHOOSER (chooser));

  gtk_file_filter_set_name (journeys, _("Customer Journeys"));
  gtk_file_filter_add_mime_type (journeys, KR_MIME_TYPE);
  /* Where the MIME type is not installed (running from the build tree),
   * the name still tells. */
  gtk_file_filter_add_suffix (journeys, "klantreis");
  gtk_file_chooser_add_filter (chooser, journeys);

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);

  gtk_file_chooser_set_filter (chooser, journeys);
}
