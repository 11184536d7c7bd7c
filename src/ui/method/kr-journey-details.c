/* kr-journey-details.c: the journey's title, reason and scope, and what
 * kind of journey it is
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Step 1 of the method as a form: the scope questions in the method's
 * order, with the six common reasons one click away. Every field changes
 * the journey as it is typed, so the scope card on the map follows; the
 * typing of one visit to a field is one step to undo.
 */
#define G_LOG_DOMAIN "kr-journey-details"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kr-accessible.h"
#include "kr-journey-details.h"
#include "kr-text-row.h"

struct _KrJourneyDetails
{
  AdwBin             parent_instance;

  /* Template children */
  KrTextRow          *title_row;
  KrTextRow          *reason_row;
  KrTextRow          *customer_row;
  KrTextRow          *goal_row;
  KrTextRow          *start_row;
  KrTextRow          *end_row;
  KrTextRow          *out_of_scope_row;
  KrTextRow          *known_row;
  AdwComboRow        *state_row;
  AdwComboRow        *validation_row;
  AdwComboRow        *persona_row;
  GtkStringList      *persona_names;
  AdwComboRow        *language_row;
  GtkStringList      *languages;

  KrJourney          *journey;
  KrHistory          *history;

  /* The persona of each item of persona_row after the first, "none". */
  GPtrArray          *persona_ids;
  /* The tag of each item of language_row after the first, "not given". */
  GPtrArray          *language_tags;
  gboolean            syncing;
};

G_DEFINE_FINAL_TYPE (KrJourneyDetails, kr_journey_details, ADW_TYPE_BIN)

static KrTextRow *
scope_row (KrJourneyDetails *self,
           KrScopeField      field)
{
  switch (field)
    {
    case KR_SCOPE_CUSTOMER:
      return self->customer_row;
    case KR_SCOPE_GOAL:
      return self->goal_row;
    case KR_SCOPE_START:
      return self->start_row;
    case KR_SCOPE_END:
      return self->end_row;
    case KR_SCOPE_OUT_OF_SCOPE:
      return self->out_of_scope_row;
    case KR_SCOPE_KNOWN:
    default:
      return self->known_row;
    }
}

static void
push (KrJourneyDetails *self,
      KrCommand        *command)
{
  if (self->history == NULL)
    {
      g_object_unref (command);
      return;
    }
  kr_history_push (self->history, command);
}

static void
set_selected (KrJourneyDetails *self,
              AdwComboRow      *row,
              guint             position)
{
  if (adw_combo_row_get_selected (row) == position)
    return;
  self->syncing = TRUE;
  adw_combo_row_set_selected (row, position);
  self->syncing = FALSE;
}

/* The personas by name, "None" first; rebuilt only when the names change,
 * so that typing elsewhere leaves the list alone. */
static void
sync_personas (KrJourneyDetails *self)
{
  GListModel *personas = kr_journey_get_personas (self->journey);
  guint n = g_list_model_get_n_items (personas);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  const char *chosen = kr_journey_get_persona (self->journey);
  gboolean same;
  guint selected = 0;

  g_ptr_array_add (names, g_strdup (C_("persona of the journey", "None")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KrPersona) persona = g_list_model_get_item (personas, i);
      const char *name = kr_persona_get_field (persona, KR_PERSONA_NAME);

      g_ptr_array_add (names, g_strdup (name != NULL && name[0] != '\0' ? name
                                                                         : _("Unnamed persona")));
      g_ptr_array_add (ids, g_strdup (kr_persona_get_id (persona)));
      if (g_strcmp0 (chosen, kr_persona_get_id (persona)) == 0)
        selected = i + 1;
    }

  same = g_list_model_get_n_items (G_LIST_MODEL (self->persona_names)) == names->len;
  for (guint i = 0; same && i < names->len; i++)
    same = g_str_equal (gtk_string_list_get_string (self->persona_names, i), names->pdata[i]);

  if (!same)
    {
      g_ptr_array_add (names, NULL);
      self->syncing = TRUE;
      gtk_string_list_splice (self->persona_names, 0,
                              g_list_model_get_n_items (G_LIST_MODEL (self->persona_names)),
                              (const char * const *) names->pdata);
      self->syncing = FALSE;
    }
  g_clear_pointer (&self->persona_ids, g_ptr_array_unref);
  self->persona_ids = g_steal_pointer (&ids);
  set_selected (self, self->persona_row, selected);
}

/* Dutch and English, and the journey's own tag when it is another. */
static void
sync_language (KrJourneyDetails *self)
{
  const char *language = kr_journey_get_language (self->journey);
  guint position = 0;
  gboolean found = language == NULL;

  for (guint i = 0; i < self->language_tags->len && !found; i++)
    if (g_ascii_strcasecmp (language, self->language_tags->pdata[i]) == 0)
      {
        position = i + 1;
        found = TRUE;
      }

  if (!found)
    {
      /* The known ones first: a tag of another language comes after. */
      while (self->language_tags->len > 2)
        {
          g_ptr_array_remove_index (self->language_tags, self->language_tags->len - 1);
          self->syncing = TRUE;
          gtk_string_list_remove (self->languages, 3);
          self->syncing = FALSE;
        }
      g_ptr_array_add (self->language_tags, g_strdup (language));
      self->syncing = TRUE;
      gtk_string_list_append (self->languages, language);
      self->syncing = FALSE;
      position = self->language_tags->len;
    }

  set_selected (self, self->language_row, position);
}

static void
sync_combos (KrJourneyDetails *self)
{
  if (self->journey == NULL)
    return;

  set_selected (self, self->state_row, kr_journey_get_state (self->journey));
  set_selected (self, self->validation_row, kr_journey_get_validation (self->journey));
  sync_personas (self);
  sync_language (self);
}

static void
journey_changed_cb (KrJourneyDetails *self)
{
  sync_combos (self);
}

static void
state_selected_cb (KrJourneyDetails *self)
{
  KrJourneyState state = adw_combo_row_get_selected (self->state_row);

  if (self->syncing || self->journey == NULL || state == kr_journey_get_state (self->journey))
    return;
  push (self, kr_set_command_new (self->journey, _("Change State"), "state", state, NULL));
}

static void
validation_selected_cb (KrJourneyDetails *self)
{
  KrJourneyValidation validation = adw_combo_row_get_selected (self->validation_row);

  if (self->syncing || self->journey == NULL ||
      validation == kr_journey_get_validation (self->journey))
    return;
  push (self, kr_set_command_new (self->journey, _("Change Validation"), "validation", validation,
                                  NULL));
}

static void
persona_selected_cb (KrJourneyDetails *self)
{
  guint selected = adw_combo_row_get_selected (self->persona_row);
  const char *id = NULL;

  if (self->syncing || self->journey == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected > 0 && selected <= self->persona_ids->len)
    id = self->persona_ids->pdata[selected - 1];
  if (g_strcmp0 (id, kr_journey_get_persona (self->journey)) == 0)
    return;
  push (self, kr_set_command_new (self->journey, _("Choose Persona"), "persona", id, NULL));
}

static void
language_selected_cb (KrJourneyDetails *self)
{
  guint selected = adw_combo_row_get_selected (self->language_row);
  const char *tag = NULL;

  if (self->syncing || self->journey == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected > 0 && selected <= self->language_tags->len)
    tag = self->language_tags->pdata[selected - 1];
  if (g_strcmp0 (tag, kr_journey_get_language (self->journey)) == 0)
    return;
  push (self, kr_set_command_new (self->journey, _("Change Language"), "language", tag, NULL));
}

/* "Klantsignalen: …": a common reason goes in front of what the reason
 * says, or takes the place of the one that is there, as one step. */
static void
reason_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  KrJourneyDetails *self = KR_JOURNEY_DETAILS (widget);
  KrTextField *field = kr_text_row_get_field (self->reason_row);
  g_autofree const char **reasons = kr_method_dup_words (KR_WORDS_REASONS);
  g_autofree char *text = kr_text_field_dup_text (field);
  g_autofree char *replaced = NULL;
  const char *chosen = g_variant_get_string (param, NULL);
  const char *rest = g_strstrip (text);

  for (guint i = 0; reasons[i] != NULL; i++)
    {
      gsize len = strlen (reasons[i]);

      if (strncmp (rest, reasons[i], len) == 0 && (rest[len] == '\0' || rest[len] == ':'))
        {
          rest += len;
          if (*rest == ':')
            rest++;
          while (g_ascii_isspace (*rest))
            rest++;
          break;
        }
    }

  /* TRANSLATORS: a common reason for a journey before what the facilitator
   * wrote about it, as in "Klantsignalen: veel vragen over …" */
  replaced = rest[0] != '\0' ? g_strdup_printf (_("%s: %s"), chosen, rest) : g_strdup (chosen);
  gtk_widget_grab_focus (GTK_WIDGET (field));
  kr_text_field_replace (field, replaced);
  kr_text_field_commit (field);
}

static GtkWidget *
create_reasons_button (void)
{
  g_autofree const char **reasons = kr_method_dup_words (KR_WORDS_REASONS);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  GtkWidget *button;

  for (guint i = 0; reasons[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (reasons[i], NULL);

      g_menu_item_set_action_and_target_value (item, "details.reason",
                                               g_variant_new_string (reasons[i]));
      g_menu_append_item (section, item);
    }
  /* TRANSLATORS: the heading of the menu of the method's six reasons */
  g_menu_append_section (menu, _("Common Reasons"), G_MENU_MODEL (section));

  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-list-bullet-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (button, _("Common Reasons"));
  kr_accessible_name_menu_button (button, _("Common Reasons"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  /* Beside the row's small title, without making the row much taller. */
  gtk_widget_add_css_class (button, "kr-row-suffix");
  gtk_widget_add_css_class (button, "circular");
  return button;
}

static void
kr_journey_details_dispose (GObject *object)
{
  KrJourneyDetails *self = KR_JOURNEY_DETAILS (object);

  kr_journey_details_set_document (self, NULL, NULL);
  g_clear_pointer (&self->persona_ids, g_ptr_array_unref);
  g_clear_pointer (&self->language_tags, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), KR_TYPE_JOURNEY_DETAILS);

  G_OBJECT_CLASS (kr_journey_details_parent_class)->dispose (object);
}

static void
kr_journey_details_class_init (KrJourneyDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_journey_details_dispose;

  gtk_widget_class_install_action (widget_class, "details.reason", "s", reason_action);

  g_type_ensure (KR_TYPE_TEXT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/klantreis/Klantreis/kr-journey-details.ui");
  gtk_widget_class_bind_template_child (widget_class, KrJourneyDetails, title_row);
  gtk_widget_class_bind_template_child (widget_class, KrJourneyDetails, reason_row);
  gtk_widget_class_bind_template_child (widget_class, KrJourneyDetails, customer_row);
  gtk_widget_class_bind_template_child (widget_class, KrJourneyDetails, goal_row);
  gtk_widget_class_bind_template_child (widget_class, KrJourneyDetails, start_row);
  gtk_widget_class_bind_template_child (widget_class, KrJourneyDetails, end_row);
  gtk_widget_class_bind_template_child (widget_class, KrJourneyDetails, out_of_scope_row);
  gtk_widget_class_bind_template_child (widget_class, KrJourneyDetails, known_row);
  gtk_widget_class_bind_template_child (widget_class, KrJourneyDetails, state_row);
  gtk_widget_class_bind_template_child (widget_class, KrJourneyDetails, validation_row);
  gtk_widget_class_bind_template_child (widget_class, KrJourneyDetails, persona_row);
  gtk_widget_class_bind_template_child (widget_class, KrJourneyDetails, language_row);
}

static void
kr_journey_details_init (KrJourneyDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Borrowed from their rows, which own them. */
  self->persona_names = GTK_STRING_LIST (adw_combo_row_get_model (self->persona_row));
  self->languages = GTK_STRING_LIST (adw_combo_row_get_model (self->language_row));

  self->language_tags = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->language_tags, g_strdup ("nl"));
  g_ptr_array_add (self->language_tags, g_strdup ("en"));
  /* TRANSLATORS: the journey's content has no language given */
  gtk_string_list_append (self->languages, C_("language", "Not given"));
  gtk_string_list_append (self->languages, _("Dutch"));
  gtk_string_list_append (self->languages, _("English"));
  self->persona_ids = g_ptr_array_new_with_free_func (g_free);

  kr_text_row_add_suffix (self->reason_row, create_reasons_button ());

  g_signal_connect_swapped (self->state_row, "notify::selected",
                            G_CALLBACK (state_selected_cb), self);
  g_signal_connect_swapped (self->validation_row, "notify::selected",
                            G_CALLBACK (validation_selected_cb), self);
  g_signal_connect_swapped (self->persona_row, "notify::selected",
                            G_CALLBACK (persona_selected_cb), self);
  g_signal_connect_swapped (self->language_row, "notify::selected",
                            G_CALLBACK (language_selected_cb), self);
}

GtkWidget *
kr_journey_details_new (void)
{
  return g_object_new (KR_TYPE_JOURNEY_DETAILS, NULL);
}

void
kr_journey_details_set_document (KrJourneyDetails *self,
                                 KrJourney        *journey,
                                 KrHistory        *history)
{
  g_return_if_fail (KR_IS_JOURNEY_DETAILS (self));
  g_return_if_fail ((journey == NULL) == (history == NULL));

  if (self->journey != NULL)
    g_signal_handlers_disconnect_by_data (self->journey, self);
  g_set_object (&self->journey, journey);
  g_set_object (&self->history, history);

  kr_text_field_bind (kr_text_row_get_field (self->title_row), journey, "title", history,
                      _("Rename Journey"));
  kr_text_field_bind (kr_text_row_get_field (self->reason_row), journey, "reason", history,
                      _("Change Reason"));
  for (KrScopeField field = 0; field < KR_SCOPE_N_FIELDS; field++)
    kr_text_field_bind (kr_text_row_get_field (scope_row (self, field)), journey,
                        journey != NULL ? kr_scope_field_to_property (field) : NULL, history,
                        _("Change Scope"));

  if (journey != NULL)
    {
      g_signal_connect_swapped (journey, "changed", G_CALLBACK (journey_changed_cb), self);
      sync_combos (self);
    }
}

void
kr_journey_details_focus_field (KrJourneyDetails *self,
                                int               field)
{
  KrTextRow *row;

  g_return_if_fail (KR_IS_JOURNEY_DETAILS (self));

  row = field >= 0 && field < KR_SCOPE_N_FIELDS ? scope_row (self, field) : self->title_row;
  gtk_widget_grab_focus (GTK_WIDGET (kr_text_row_get_field (row)));
}
