/* kr-personas-page.c: the journey's personas, and the empathy map of each
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list of the personas, in the file's order, and behind each one its
 * empathy map. Adding, reordering and deleting are commands like any
 * other edit; the first persona added to a journey that names none becomes
 * the one the journey is for.
 */
#define G_LOG_DOMAIN "kr-personas-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kr-accessible.h"
#include "kr-empathy-map.h"
#include "kr-personas-page.h"

struct _KrPersonasPage
{
  AdwBin               parent_instance;

  /* Template children */
  GtkStack             *stack;
  AdwPreferencesGroup  *group;
  GtkWidget            *placeholder_row;
  GtkLabel             *map_title;
  GtkWidget            *menu_button;
  KrEmpathyMap         *map;

  KrJourney            *journey;
  KrHistory            *history;
  GPtrArray            *rows;      /* AdwActionRow, in the personas' order */
};

G_DEFINE_FINAL_TYPE (KrPersonasPage, kr_personas_page, ADW_TYPE_BIN)

static const char *
persona_name (KrPersona *persona)
{
  const char *name = kr_persona_get_field (persona, KR_PERSONA_NAME);

  return name != NULL && name[0] != '\0' ? name : _("Unnamed persona");
}

static void
update_row (AdwActionRow *row,
            GParamSpec   *pspec,
            KrPersona    *persona)
{
  const char *description = kr_persona_get_field (persona, KR_PERSONA_DESCRIPTION);
  AdwAvatar *avatar = g_object_get_data (G_OBJECT (row), "avatar");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), persona_name (persona));
  adw_action_row_set_subtitle (row, description != NULL ? description : "");
  adw_avatar_set_text (avatar, kr_persona_get_field (persona, KR_PERSONA_NAME));
}

static void
update_title (KrPersonasPage *self)
{
  KrPersona *persona = kr_empathy_map_get_persona (self->map);

  gtk_label_set_label (self->map_title, persona != NULL ? persona_name (persona) : "");
}

static void
row_activated_cb (AdwActionRow   *row,
                  KrPersonasPage *self)
{
  kr_personas_page_show_persona (self, g_object_get_data (G_OBJECT (row), "persona"));
}

static GtkWidget *
create_row (KrPersonasPage *self,
            KrPersona      *persona)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *avatar = adw_avatar_new (40, NULL, TRUE);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), avatar);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data (G_OBJECT (row), "avatar", avatar);
  g_object_set_data_full (G_OBJECT (row), "persona", g_object_ref (persona), g_object_unref);

  g_signal_connect_object (persona, "notify", G_CALLBACK (update_row), row, G_CONNECT_SWAPPED);
  g_signal_connect (row, "activated", G_CALLBACK (row_activated_cb), self);
  update_row (ADW_ACTION_ROW (row), NULL, persona);
  return row;
}

static void
rebuild_rows (KrPersonasPage *self)
{
  GListModel *personas = self->journey != NULL ? kr_journey_get_personas (self->journey) : NULL;
  guint n = personas != NULL ? g_list_model_get_n_items (personas) : 0;
  KrPersona *shown = kr_empathy_map_get_persona (self->map);
  gboolean shown_present = FALSE;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KrPersona) persona = g_list_model_get_item (personas, i);
      GtkWidget *row = create_row (self, persona);

      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
      shown_present |= persona == shown;
    }
  gtk_widget_set_visible (self->placeholder_row, n == 0);

  /* Its persona gone, by an undo or a delete: back to the list. */
  if (shown != NULL && !shown_present)
    kr_personas_page_show_persona (self, NULL);
}

static void
personas_changed_cb (KrPersonasPage *self)
{
  rebuild_rows (self);
}

static void
push (KrPersonasPage *self,
      KrCommand      *command)
{
  if (command == NULL)
    return;
  if (self->history == NULL)
    {
      g_object_unref (command);
      return;
    }
  kr_history_push (self->history, command);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  KrPersonasPage *self = KR_PERSONAS_PAGE (widget);
  GListStore *store;
  g_autoptr(GPtrArray) commands = NULL;
  g_autoptr(KrPersona) persona = NULL;
  g_autofree char *id = NULL;

  if (self->journey == NULL)
    return;

  store = G_LIST_STORE (kr_journey_get_personas (self->journey));
  id = kr_journey_make_id (self->journey, "persona");
  persona = kr_persona_new (id);
  commands = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (commands, kr_insert_command_new (store,
                                                    g_list_model_get_n_items (G_LIST_MODEL (store)),
                                                    persona, NULL));
  /* A journey is made for a persona: the first one added is it. */
  if (kr_journey_get_persona (self->journey) == NULL)
    g_ptr_array_add (commands, kr_set_command_new (self->journey, NULL, "persona", id, NULL));
  push (self, kr_group_command_new (_("Add Persona"), commands));

  kr_personas_page_show_persona (self, persona);
  kr_empathy_map_focus_name (self->map);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  KrPersonasPage *self = KR_PERSONAS_PAGE (widget);
  KrPersona *persona = kr_empathy_map_get_persona (self->map);
  g_autoptr(GPtrArray) commands = NULL;
  guint position;

  if (self->journey == NULL || persona == NULL ||
      kr_journey_find_persona (self->journey, kr_persona_get_id (persona), &position) != persona)
    return;

  commands = g_ptr_array_new_with_free_func (g_object_unref);
  if (g_strcmp0 (kr_journey_get_persona (self->journey), kr_persona_get_id (persona)) == 0)
    g_ptr_array_add (commands, kr_set_command_new (self->journey, NULL, "persona", NULL, NULL));
  g_ptr_array_add (commands,
                   kr_remove_command_new (G_LIST_STORE (kr_journey_get_personas (self->journey)),
                                          position, NULL));
  /* No question asked: undo brings the persona back. */
  push (self, kr_group_command_new (_("Delete Persona"), commands));
}

static void
move (KrPersonasPage *self,
      int             delta)
{
  KrPersona *persona = kr_empathy_map_get_persona (self->map);
  GListModel *personas;
  guint position;
  int target;

  if (self->journey == NULL || persona == NULL ||
      kr_journey_find_persona (self->journey, kr_persona_get_id (persona), &position) != persona)
    return;

  personas = kr_journey_get_personas (self->journey);
  target = (int) position + delta;
  if (target < 0 || target >= (int) g_list_model_get_n_items (personas))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  push (self, kr_move_command_new (G_LIST_STORE (personas), position, target, _("Move Persona")));
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  move (KR_PERSONAS_PAGE (widget), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  move (KR_PERSONAS_PAGE (widget), 1);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  kr_personas_page_show_persona (KR_PERSONAS_PAGE (widget), NULL);
}

static void
kr_personas_page_dispose (GObject *object)
{
  KrPersonasPage *self = KR_PERSONAS_PAGE (object);

  kr_personas_page_set_document (self, NULL, NULL);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), KR_TYPE_PERSONAS_PAGE);
  self->stack = NULL;

  G_OBJECT_CLASS (kr_personas_page_parent_class)->dispose (object);
}

static void
kr_personas_page_class_init (KrPersonasPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_personas_page_dispose;

  gtk_widget_class_install_action (widget_class, "personas.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "personas.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "personas.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "personas.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "personas.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "personas.back", NULL);

  g_type_ensure (KR_TYPE_EMPATHY_MAP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/klantreis/Klantreis/kr-personas-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KrPersonasPage, group);
  gtk_widget_class_bind_template_child (widget_class, KrPersonasPage, placeholder_row);
  gtk_widget_class_bind_template_child (widget_class, KrPersonasPage, map_title);
  gtk_widget_class_bind_template_child (widget_class, KrPersonasPage, menu_button);
  gtk_widget_class_bind_template_child (widget_class, KrPersonasPage, map);
}

static void
kr_personas_page_init (KrPersonasPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The bin's own child is not bound: disposing the template would take
   * it from under the bin. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
  self->rows = g_ptr_array_new ();
  kr_accessible_name_menu_button (self->menu_button, _("Persona Menu"));
}

GtkWidget *
kr_personas_page_new (void)
{
  return g_object_new (KR_TYPE_PERSONAS_PAGE, NULL);
}

void
kr_personas_page_set_document (KrPersonasPage *self,
                               KrJourney      *journey,
                               KrHistory      *history)
{
  g_return_if_fail (KR_IS_PERSONAS_PAGE (self));

  kr_personas_page_show_persona (self, NULL);
  if (self->journey != NULL)
    g_signal_handlers_disconnect_by_data (kr_journey_get_personas (self->journey), self);
  g_set_object (&self->journey, journey);
  g_set_object (&self->history, history);

  if (journey != NULL)
    g_signal_connect_swapped (kr_journey_get_personas (journey), "items-changed",
                              G_CALLBACK (personas_changed_cb), self);
  rebuild_rows (self);
}

void
kr_personas_page_show_persona (KrPersonasPage *self,
                               KrPersona      *persona)
{
  KrPersona *old;

  g_return_if_fail (KR_IS_PERSONAS_PAGE (self));

  old = kr_empathy_map_get_persona (self->map);
  if (old != NULL)
    g_signal_handlers_disconnect_by_func (old, update_title, self);

  kr_empathy_map_set_persona (self->map, persona, self->history);
  if (persona != NULL)
    g_signal_connect_swapped (persona, "notify::name", G_CALLBACK (update_title), self);
  update_title (self);
  gtk_stack_set_visible_child_name (self->stack, persona != NULL ? "map" : "list");
}

GtkWidget *
kr_personas_page_get_map (KrPersonasPage *self)
{
  g_return_val_if_fail (KR_IS_PERSONAS_PAGE (self), NULL);

  if (kr_empathy_map_get_persona (self->map) == NULL)
    return NULL;
  return GTK_WIDGET (self->map);
}
