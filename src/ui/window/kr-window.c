/* kr-window.c: a window showing one journey
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kr-window"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "kr-accessible.h"
#include "kr-window-private.h"

enum {
  PROP_0,
  PROP_JOURNEY,
  PROP_HISTORY,
  PROP_FILE,
  PROP_LOADING,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (KrWindow, kr_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

static gboolean
journey_is_blank (KrJourney *journey)
{
  const char *title = kr_journey_get_title (journey);

  return (title == NULL || title[0] == '\0') &&
         g_list_model_get_n_items (kr_journey_get_phases (journey)) == 0 &&
         g_list_model_get_n_items (kr_journey_get_notes (journey)) == 0 &&
         g_list_model_get_n_items (kr_journey_get_personas (journey)) == 0;
}

static const char *
get_journey_name (KrWindow *self)
{
  const char *title = kr_journey_get_title (self->journey);

  if (title != NULL && title[0] != '\0')
    return title;

  return _("New Journey");
}

static void
update_titles (KrWindow *self)
{
  g_autofree char *header_title = NULL;
  g_autofree char *window_title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *tooltip = NULL;
  const char *name = get_journey_name (self);
  gboolean modified = kr_history_get_modified (self->history);

  /* The bullet is how GNOME apps mark unsaved changes; it shows in the
   * header bar and in the window list of the shell. */
  header_title = modified ? g_strdup_printf ("• %s", name) : g_strdup (name);
  /* TRANSLATORS: the window title: the journey's title, then the application name */
  window_title = g_strdup_printf (_("%s — Klantreis"), header_title);

  if (self->file != NULL)
    {
      subtitle = _kr_file_dup_display_name (self->file);
      tooltip = g_file_get_parse_name (self->file);
    }

  adw_window_title_set_title (self->window_title, header_title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->window_title), tooltip);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

static void
update_page (KrWindow *self)
{
  gboolean empty = g_list_model_get_n_items (kr_journey_get_phases (self->journey)) == 0;
  const char *page = empty ? "empty" : "canvas";
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  /* A new window offers what a crash left behind before anything else. */
  if (kr_window_is_empty_and_unmodified (self) && _kr_window_recovery_wants_page (self))
    page = "recovery";

  /* Nothing to zoom on the empty page. */
  gtk_widget_set_visible (GTK_WIDGET (self->zoom_button), !empty);

  /* Without phases there is no map to draw: the empty page offers the
   * first step of the method instead, and Enter takes it. */
  if (g_str_equal (page, "empty") &&
      (focus == NULL || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->canvas))))
    gtk_widget_grab_focus (self->add_phase_button);

  gtk_stack_set_visible_child_name (self->stack, page);
}

static void
update_zoom_label (KrWindow *self)
{
  g_autofree char *label = NULL;

  /* TRANSLATORS: the zoom level in the header bar, such as "100%" */
  label = g_strdup_printf (_("%d%%"), (int) round (kr_canvas_get_zoom (self->canvas) * 100));
  gtk_menu_button_set_label (self->zoom_button, label);
  /* A screen reader says what the button is for, then the level. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->zoom_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, label,
                                  -1);
}

/* Typing in place makes Save available: it saves the text being typed. */
static void
canvas_notify_editing_cb (KrWindow *self)
{
  if (self->history != NULL)
    _kr_window_actions_update (self);
}

static void
canvas_notify_zoom_cb (KrWindow   *self,
                       GParamSpec *pspec,
                       KrCanvas   *canvas)
{
  update_zoom_label (self);
}

static void
history_notify_cb (KrWindow   *self,
                   GParamSpec *pspec,
                   KrHistory  *history)
{
  _kr_window_update_state (self);
}

static void
journey_notify_title_cb (KrWindow   *self,
                         GParamSpec *pspec,
                         KrJourney  *journey)
{
  update_titles (self);
  update_page (self);
}

static void
journey_items_changed_cb (KrWindow   *self,
                          guint       position,
                          guint       removed,
                          guint       added,
                          GListModel *list)
{
  update_page (self);
}

static void
disconnect_document (KrWindow *self)
{
  if (self->journey != NULL)
    {
      g_signal_handlers_disconnect_by_data (kr_journey_get_phases (self->journey), self);
      g_signal_handlers_disconnect_by_data (kr_journey_get_notes (self->journey), self);
      g_signal_handlers_disconnect_by_data (kr_journey_get_personas (self->journey), self);
      g_signal_handlers_disconnect_by_data (self->journey, self);
    }

  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
}

static void
save_window_state (KrWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GSettings *settings;
  int width, height;

  if (app == NULL || !KR_IS_APPLICATION (app))
    return;

  settings = kr_application_get_settings (KR_APPLICATION (app));
  if (settings == NULL)
    return;

  /* GTK keeps the default size in step with what the user resized to,
   * and leaves it alone while maximized, which is what we want back. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
  g_settings_set_boolean (settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static void
restore_window_state (KrWindow      *self,
                      KrApplication *app)
{
  GSettings *settings = kr_application_get_settings (app);
  int width, height;

  if (settings == NULL)
    return;

  width = g_settings_get_int (settings, "window-width");
  height = g_settings_get_int (settings, "window-height");
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
application_changed_cb (KrWindow   *self,
                        GParamSpec *pspec,
                        gpointer    user_data)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GMenuModel *recent;

  if (app == NULL || !KR_IS_APPLICATION (app))
    return;

  /* Only the first application counts: windows do not move between them. */
  g_signal_handlers_disconnect_by_func (self, application_changed_cb, user_data);

  recent = kr_application_get_recent_menu (KR_APPLICATION (app));
  adw_split_button_set_menu_model (self->open_button, recent);
  g_menu_append_section (self->recent_section, NULL, recent);

  restore_window_state (self, KR_APPLICATION (app));
  _kr_window_recovery_set_application (self, KR_APPLICATION (app));
}

static gboolean
kr_window_close_request (GtkWindow *window)
{
  KrWindow *self = KR_WINDOW (window);

  if (self->confirming_close)
    return TRUE;

  if (!self->may_close)
    _kr_window_commit_pending (self);
  if (!self->may_close && kr_history_get_modified (self->history))
    {
      kr_window_close_with_confirmation (self, NULL, NULL);
      return TRUE;
    }

  save_window_state (self);

  return GTK_WINDOW_CLASS (kr_window_parent_class)->close_request (window);
}

static void
kr_window_dispose (GObject *object)
{
  KrWindow *self = KR_WINDOW (object);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->loading_file);

  _kr_window_recovery_dispose (self);
  disconnect_document (self);
  _kr_window_dispose_rename (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), KR_TYPE_WINDOW);

  g_clear_object (&self->journey);
  g_clear_object (&self->history);
  g_clear_object (&self->file);
  g_clear_pointer (&self->etag, g_free);
  g_clear_pointer (&self->load_warnings, g_ptr_array_unref);
  g_clear_weak_pointer (&self->export_toast);

  G_OBJECT_CLASS (kr_window_parent_class)->dispose (object);
}

static void
kr_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KrWindow *self = KR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      g_value_set_object (value, self->journey);
      break;

    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, kr_window_get_loading (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Ctrl with these keys, in the order they are bound. */
static const struct
{
  guint       key;
  const char *action;
} ctrl_bindings[] = {
  { GDK_KEY_KP_Add, "canvas.zoom-in" },
  { GDK_KEY_equal, "canvas.zoom-in" },
  { GDK_KEY_plus, "canvas.zoom-in" },
  { GDK_KEY_KP_Subtract, "canvas.zoom-out" },
  { GDK_KEY_minus, "canvas.zoom-out" },
  { GDK_KEY_KP_0, "canvas.zoom-reset" },
  { GDK_KEY_0, "canvas.zoom-reset" },
  { GDK_KEY_KP_1, "canvas.zoom-fit" },
  { GDK_KEY_1, "canvas.zoom-fit" },
  { GDK_KEY_e, "win.export" },
  { GDK_KEY_p, "win.print" },
};

/* Keys without Ctrl, bound the same way. */
static const struct
{
  guint       key;
  const char *action;
} plain_bindings[] = {
  /* GNOME's key for showing and hiding a side panel. */
  { GDK_KEY_F9, "win.method-panel" },
};

static void
kr_window_class_init (KrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kr_window_dispose;
  object_class->get_property = kr_window_get_property;

  window_class->close_request = kr_window_close_request;

  properties[PROP_JOURNEY] =
    g_param_spec_object ("journey", NULL, NULL,
                         KR_TYPE_JOURNEY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL,
                         KR_TYPE_HISTORY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KR_TYPE_CANVAS);
  g_type_ensure (KR_TYPE_FILE_CHANGED_BAR);
  g_type_ensure (KR_TYPE_RECOVERY_BANNER);
  g_type_ensure (KR_TYPE_RECOVERY_PAGE);
  g_type_ensure (KR_TYPE_METHOD_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/klantreis/Klantreis/kr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KrWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KrWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, KrWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, KrWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, KrWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KrWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KrWindow, zoom_button);
  gtk_widget_class_bind_template_child (widget_class, KrWindow, add_button);
  gtk_widget_class_bind_template_child (widget_class, KrWindow, canvas);
  gtk_widget_class_bind_template_child (widget_class, KrWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, KrWindow, add_phase_button);
  gtk_widget_class_bind_template_child (widget_class, KrWindow, file_bar);
  gtk_widget_class_bind_template_child (widget_class, KrWindow, recovery_banner);
  gtk_widget_class_bind_template_child (widget_class, KrWindow, recovery_page);
  gtk_widget_class_bind_template_child (widget_class, KrWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, KrWindow, method_panel);
  gtk_widget_class_bind_template_child (widget_class, KrWindow, method_button);

  /* Zoom works wherever the focus is in the window. Bindings of the window
   * rather than application accelerators, which would take Ctrl+minus
   * from a text field before it sees it. Export and print are bound the
   * same way, to the window that has the journey. A menu shows the binding
   * added last, so the keypad's come first. */
  for (guint i = 0; i < G_N_ELEMENTS (ctrl_bindings); i++)
    gtk_widget_class_add_binding_action (widget_class, ctrl_bindings[i].key, GDK_CONTROL_MASK,
                                         ctrl_bindings[i].action, NULL);
  /* Renaming what is one level up from a note: the journey. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, GDK_SHIFT_MASK,
                                       "win.rename-journey", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (plain_bindings); i++)
    gtk_widget_class_add_binding_action (widget_class, plain_bindings[i].key, 0,
                                         plain_bindings[i].action, NULL);
}

static void
kr_window_init (KrWindow *self)
{
  g_autoptr(KrJourney) journey = kr_journey_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Names a screen reader can say, where the header bar shows an icon or
   * GTK would read a mnemonic twice. */
  kr_accessible_name_split_button (self->open_button, _("Open a Journey"), _("Recent Journeys"));
  kr_accessible_name_split_button (self->add_button, _("Add Note"), _("Add a Note or a Phase"));
  kr_accessible_name_menu_button (GTK_WIDGET (self->primary_menu_button), _("Main Menu"));
  kr_accessible_name_menu_button (GTK_WIDGET (self->zoom_button), _("Zoom"));
  kr_accessible_name_mnemonic_buttons (GTK_WIDGET (self->empty_page));

  /* The header bar and the window's shortcuts reach the map's actions. */
  gtk_widget_insert_action_group (GTK_WIDGET (self), "canvas",
                                  kr_canvas_get_actions (self->canvas));
  g_signal_connect_swapped (self->canvas, "notify::zoom",
                            G_CALLBACK (canvas_notify_zoom_cb), self);
  g_signal_connect_swapped (self->canvas, "notify::editing",
                            G_CALLBACK (canvas_notify_editing_cb), self);
  update_zoom_label (self);
  kr_method_panel_set_canvas (self->method_panel, self->canvas);

  _kr_window_actions_init (self);
  _kr_window_dnd_init (self);
  _kr_window_recovery_init (self);
  _kr_window_set_document (self, journey, NULL, NULL);

  /* The application is set after init; the recent menu and the remembered
   * size come from it. */
  g_signal_connect (self, "notify::application", G_CALLBACK (application_changed_cb), NULL);
}

void
_kr_window_set_document (KrWindow   *self,
                         KrJourney  *journey,
                         GFile      *file,
                         const char *etag)
{
  _kr_window_set_document_full (self, journey, file, etag, NULL);
}

void
_kr_window_set_document_full (KrWindow       *self,
                              KrJourney      *journey,
                              GFile          *file,
                              const char     *etag,
                              KrRecoveryCopy *copy)
{
  gboolean file_changed;

  g_assert (KR_IS_WINDOW (self));
  g_assert (KR_IS_JOURNEY (journey));

  disconnect_document (self);

  g_set_object (&self->journey, journey);
  g_clear_object (&self->history);
  self->history = kr_history_new ();

  file_changed = g_set_object (&self->file, file);
  g_free (self->etag);
  self->etag = g_strdup (etag);

  g_signal_connect_swapped (self->history, "notify",
                            G_CALLBACK (history_notify_cb), self);
  g_signal_connect_swapped (self->journey, "notify::title",
                            G_CALLBACK (journey_notify_title_cb), self);
  g_signal_connect_swapped (kr_journey_get_phases (self->journey), "items-changed",
                            G_CALLBACK (journey_items_changed_cb), self);
  g_signal_connect_swapped (kr_journey_get_notes (self->journey), "items-changed",
                            G_CALLBACK (journey_items_changed_cb), self);
  g_signal_connect_swapped (kr_journey_get_personas (self->journey), "items-changed",
                            G_CALLBACK (journey_items_changed_cb), self);

  kr_canvas_set_document (self->canvas, self->journey, self->history);
  _kr_window_recovery_set_document (self, copy);
  kr_method_panel_set_document (self->method_panel, self->journey, self->history);

  _kr_window_update_state (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNEY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
  if (file_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

void
_kr_window_set_file (KrWindow   *self,
                     GFile      *file,
                     const char *etag)
{
  g_free (self->etag);
  self->etag = g_strdup (etag);

  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);

  _kr_window_recovery_file_changed (self);
  _kr_window_update_state (self);
}

void
_kr_window_set_loading_file (KrWindow     *self,
                             GFile        *file,
                             GCancellable *cancellable)
{
  gboolean was_loading = kr_window_get_loading (self);

  /* A new load replaces one still running; a finished load only clears. */
  if (file != NULL && self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);

  g_set_object (&self->load_cancellable, cancellable);
  g_set_object (&self->loading_file, file);

  if (was_loading != kr_window_get_loading (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

void
_kr_window_update_state (KrWindow *self)
{
  update_titles (self);
  update_page (self);
  _kr_window_actions_update (self);
}

char *
_kr_window_dup_display_name (KrWindow *self)
{
  const char *title = kr_journey_get_title (self->journey);

  if (title != NULL && title[0] != '\0')
    return g_strdup (title);

  if (self->file != NULL)
    return _kr_file_dup_display_name (self->file);

  return g_strdup (_("New Journey"));
}

void
_kr_window_add_toast (KrWindow *self,
                      AdwToast *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

KrWindow *
kr_window_new (KrApplication *app)
{
  g_return_val_if_fail (KR_IS_APPLICATION (app), NULL);

  return g_object_new (KR_TYPE_WINDOW,
                       "application", app,
                       NULL);
}

void
kr_window_open_untitled (KrWindow  *self,
                         KrJourney *journey)
{
  g_return_if_fail (KR_IS_WINDOW (self));
  g_return_if_fail (KR_IS_JOURNEY (journey));

  _kr_window_set_document (self, journey, NULL, NULL);
}

GFile *
kr_window_get_file (KrWindow *self)
{
  g_return_val_if_fail (KR_IS_WINDOW (self), NULL);

  return self->file;
}

KrJourney *
kr_window_get_journey (KrWindow *self)
{
  g_return_val_if_fail (KR_IS_WINDOW (self), NULL);

  return self->journey;
}

KrHistory *
kr_window_get_history (KrWindow *self)
{
  g_return_val_if_fail (KR_IS_WINDOW (self), NULL);

  return self->history;
}

KrAutosave *
kr_window_get_autosave (KrWindow *self)
{
  g_return_val_if_fail (KR_IS_WINDOW (self), NULL);

  return self->autosave;
}

gboolean
kr_window_get_loading (KrWindow *self)
{
  g_return_val_if_fail (KR_IS_WINDOW (self), FALSE);

  return self->loading_file != NULL;
}

gboolean
kr_window_has_file (KrWindow *self,
                    GFile    *file)
{
  g_return_val_if_fail (KR_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return (self->file != NULL && g_file_equal (self->file, file)) ||
         (self->loading_file != NULL && g_file_equal (self->loading_file, file));
}

gboolean
kr_window_is_empty_and_unmodified (KrWindow *self)
{
  g_return_val_if_fail (KR_IS_WINDOW (self), FALSE);

  return self->file == NULL &&
         self->loading_file == NULL &&
         !kr_history_get_modified (self->history) &&
         journey_is_blank (self->journey);
}
