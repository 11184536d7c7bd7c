/* test-ui-method.c: the method beside the map, driven as a user drives it
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A facilitator fills in the scope and a persona's empathy map, follows
 * the coach to what is missing, enters a phase's measures, writes an
 * activity with the method's writing guide, and starts new journeys from
 * the templates. Every press and key goes through the X server
 * (kr-ui-input.h); the tests then read the model, and the file on disk
 * after Ctrl+S.
 */
#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <json-glib/json-glib.h>

#include "kr-canvas-item.h"
#include "kr-canvas-private.h"
#include "kr-empathy-map.h"
#include "kr-feeling-popover.h"
#include "kr-journey-details.h"
#include "kr-method-panel.h"
#include "kr-metrics-popover.h"
#include "kr-new-journey-dialog.h"
#include "kr-note-popover.h"
#include "kr-personas-page.h"
#include "kr-suggestions.h"
#include "kr-text-row.h"
#include "kr-ui-input.h"
#include "kr-ui-test-util.h"
#include "kr-window-private.h"
#include "kr-writing-help.h"

static KrApplication *app;

typedef struct
{
  char      *dir;
  char      *path;
  KrWindow  *window;
  KrCanvas  *canvas;
  KrJourney *journey;
  KrHistory *history;
} Fixture;

/* A copy on disk of @source, open in a window at the whole map. */
static void
fixture_open (Fixture    *f,
              const char *source)
{
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  f->dir = kr_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "reis.klantreis", NULL);
  g_file_get_contents (source, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (f->path, contents, length, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (f->path);

  f->window = kr_ui_test_open_window (app, file);
  f->canvas = f->window->canvas;
  f->journey = kr_window_get_journey (f->window);
  f->history = kr_window_get_history (f->window);
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (f->canvas)) &&
              kr_canvas_get_layout (f->canvas) != NULL);
  kr_canvas_zoom_to_fit (f->canvas);
  kr_ui_input_focus_window (GTK_WINDOW (f->window));
}

static void
setup_template (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "templates",
                                                 "method-schema.klantreis", NULL);
  fixture_open (f, path);
}

static void
setup_sample (Fixture       *f,
              gconstpointer  data)
{
  fixture_open (f, KR_SAMPLE_PATH);
}

static void
setup_all_fields (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good",
                                                 "all-fields.klantreis", NULL);
  fixture_open (f, path);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  while (kr_history_get_can_undo (f->history))
    kr_history_undo (f->history);
  kr_history_mark_saved (f->history);
  kr_ui_test_close_window (f->window);
  kr_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* --- finding things --------------------------------------------------------- */

static void
find_all (GtkWidget *widget,
          GType      type,
          GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_all (child, type, found);
}

/* The field of the row titled @title in @within. */
static GtkWidget *
row_field (GtkWidget  *within,
           const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  find_all (within, KR_TYPE_TEXT_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), title) == 0)
      return GTK_WIDGET (kr_text_row_get_field (rows->pdata[i]));
  g_error ("no row “%s”", title);
}

static GtkWidget *
find_action_button (GtkWidget  *within,
                    const char *action)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  find_all (within, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (buttons->pdata[i]), action) == 0 &&
        gtk_widget_get_mapped (buttons->pdata[i]))
      return buttons->pdata[i];
  return NULL;
}

/* The button of @action in @within, once it shows. */
static GtkWidget *
action_button (GtkWidget  *within,
               const char *action)
{
  GtkWidget *button;

  WAIT_UNTIL ((button = find_action_button (within, action)) != NULL);
  return button;
}

static GtkWidget *
focus_widget (Fixture *f)
{
  return gtk_root_get_focus (GTK_ROOT (f->window));
}

static gboolean
panel_shown (Fixture *f)
{
  return adw_flap_get_reveal_flap (f->window->flap) &&
         gtk_widget_get_mapped (GTK_WIDGET (f->window->method_panel));
}

/* Clicks the tab of a page of the panel by its title. */
static void
show_page (Fixture    *f,
           const char *title)
{
  GtkWidget *label;

  WAIT_UNTIL ((label = kr_ui_test_find_label (GTK_WIDGET (f->window->method_panel), title)) !=
              NULL);
  kr_ui_input_click_widget (label);
}

/* Clicks into @field, at the end of its text, and types @text there. */
static void
type_into (GtkWidget  *field,
           const char *text)
{
  double x, y;

  kr_ui_input_widget_centre (field, &x, &y);
  kr_ui_input_click (field, gtk_widget_get_width (field) - 4, y, GDK_BUTTON_PRIMARY, 1, 0);
  WAIT_UNTIL (gtk_widget_has_focus (field));
  kr_ui_input_key (GDK_KEY_End, GDK_CONTROL_MASK);
  kr_ui_input_type (text);
}

static void
save (Fixture *f)
{
  kr_ui_input_key (GDK_KEY_s, GDK_CONTROL_MASK);
  WAIT_UNTIL (!kr_history_get_modified (f->history));
}

static JsonObject *
read_saved (Fixture    *f,
            JsonParser *parser)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, f->path, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

/* --- the scope -------------------------------------------------------------- */

/* The scope card opens the journey's details; its fields are typed in,
 * one step each, and the file has them. */
static void
test_scope (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *panel = GTK_WIDGET (f->window->method_panel);
  const KrLayout *layout = kr_canvas_get_layout (f->canvas);
  KrRect lane = kr_layout_get_lane (layout, KR_LANE_HEADER);
  KrRect title = kr_layout_get_title_rect (layout);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) findings = NULL;
  JsonObject *root, *scope;
  GtkWidget *field, *reasons, *item;
  double x, y;

  g_assert_false (panel_shown (f));

  /* A double-click on the card beside the title, where there is no text
   * to type on: the details open, with the cursor in the title. */
  kr_canvas_map_to_widget (f->canvas, title.x + title.width + 40, lane.y + lane.height / 2,
                           &x, &y);
  g_assert_true (kr_rect_contains (&lane, title.x + title.width + 40, lane.y + lane.height / 2));
  kr_ui_input_double_click (GTK_WIDGET (f->canvas), x, y);
  WAIT_UNTIL (panel_shown (f));
  g_assert_cmpint (kr_method_panel_get_page (f->window->method_panel), ==, KR_METHOD_PAGE_DETAILS);
  field = row_field (panel, "Title");
  WAIT_UNTIL (focus_widget (f) == field);
  g_assert_null (kr_canvas_get_editor (f->canvas));

  /* The title follows every key, and all of them are one step. */
  kr_ui_input_key (GDK_KEY_a, GDK_CONTROL_MASK);
  kr_ui_input_type ("Ik vraag een paspoort aan");
  g_assert_cmpstr (kr_journey_get_title (f->journey), ==, "Ik vraag een paspoort aan");
  g_assert_cmpstr (kr_history_get_undo_label (f->history), ==, "Rename Journey");

  type_into (row_field (panel, "Customer"), "Inwoners die op reis gaan");
  type_into (row_field (panel, "Customer's goal"), "Op tijd een geldig paspoort");
  type_into (row_field (panel, "Start"), "Ik zie dat mijn paspoort verloopt");
  type_into (row_field (panel, "End"), "Ik heb mijn paspoort opgehaald");
  type_into (row_field (panel, "Out of scope"), "Aanvragen vanuit het buitenland");
  /* Leading and trailing white space goes when the field is left. */
  type_into (row_field (panel, "Already known"), "Onderzoek 2024  ");
  kr_ui_input_key (GDK_KEY_Return, 0);
  g_assert_cmpstr (kr_journey_get_scope (f->journey, KR_SCOPE_KNOWN), ==, "Onderzoek 2024");
  g_assert_cmpstr (kr_journey_get_scope (f->journey, KR_SCOPE_CUSTOMER), ==,
                   "Inwoners die op reis gaan");

  /* One undo takes one field back, whole; redo brings it again. */
  field = row_field (panel, "Out of scope");
  kr_ui_input_key (GDK_KEY_z, GDK_CONTROL_MASK);
  g_assert_null (kr_journey_get_scope (f->journey, KR_SCOPE_KNOWN));
  kr_ui_input_key (GDK_KEY_z, GDK_CONTROL_MASK);
  g_assert_null (kr_journey_get_scope (f->journey, KR_SCOPE_OUT_OF_SCOPE));
  g_assert_cmpstr (kr_journey_get_scope (f->journey, KR_SCOPE_END), ==,
                   "Ik heb mijn paspoort opgehaald");
  kr_ui_input_key (GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  kr_ui_input_key (GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  g_assert_cmpstr (kr_journey_get_scope (f->journey, KR_SCOPE_OUT_OF_SCOPE), ==,
                   "Aanvragen vanuit het buitenland");
  /* The field shows what the journey has, after each. */
  {
    g_autofree char *shown = NULL;
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field));
    GtkTextIter start, end;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, "Aanvragen vanuit het buitenland");
  }

  /* One of the method's six reasons, from the reason's menu. */
  reasons = kr_ui_test_find_widget (gtk_widget_get_ancestor (row_field (panel, "Reason"),
                                                             KR_TYPE_TEXT_ROW),
                                    GTK_TYPE_MENU_BUTTON);
  kr_ui_input_click_widget (reasons);
  WAIT_UNTIL ((item = kr_ui_test_find_label (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (reasons))),
                                             "Customer signals")) != NULL);
  kr_ui_input_click_widget (item);
  g_assert_cmpstr (kr_journey_get_reason (f->journey), ==, "Customer signals");
  type_into (row_field (panel, "Reason"), ": many complaints about waiting");
  kr_ui_input_click_widget (reasons);
  WAIT_UNTIL ((item = kr_ui_test_find_label (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (reasons))),
                                             "Wish to improve")) != NULL);
  kr_ui_input_click_widget (item);
  g_assert_cmpstr (kr_journey_get_reason (f->journey), ==,
                   "Wish to improve: many complaints about waiting");

  /* A desired journey: the combo row's list, by a click. */
  {
    g_autoptr(GPtrArray) combos = g_ptr_array_new ();
    GtkWidget *state_row;

    find_all (panel, ADW_TYPE_COMBO_ROW, combos);
    state_row = combos->pdata[0];
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (state_row)), ==, "State");
    kr_ui_input_click_widget (state_row);
    WAIT_UNTIL ((item = kr_ui_test_find_label (state_row, "Desired journey")) != NULL &&
                gtk_widget_get_ancestor (item, GTK_TYPE_POPOVER) != NULL);
    kr_ui_input_click_widget (item);
    g_assert_cmpint (kr_journey_get_state (f->journey), ==, KR_JOURNEY_STATE_DESIRED);
  }

  /* The coach has nothing more to ask of the scope. */
  findings = kr_coach_check (f->journey);
  for (guint i = 0; i < findings->len; i++)
    g_assert_cmpstr (((KrFinding *) findings->pdata[i])->id, !=, KR_FINDING_SCOPE);

  save (f);
  root = read_saved (f, parser);
  g_assert_cmpstr (json_object_get_string_member (root, "title"), ==, "Ik vraag een paspoort aan");
  g_assert_cmpstr (json_object_get_string_member (root, "state"), ==, "desired");
  g_assert_cmpstr (json_object_get_string_member (root, "reason"), ==,
                   "Wish to improve: many complaints about waiting");
  scope = json_object_get_object_member (root, "scope");
  g_assert_cmpstr (json_object_get_string_member (scope, "customer"), ==,
                   "Inwoners die op reis gaan");
  g_assert_cmpstr (json_object_get_string_member (scope, "goal"), ==, "Op tijd een geldig paspoort");
  g_assert_cmpstr (json_object_get_string_member (scope, "start"), ==,
                   "Ik zie dat mijn paspoort verloopt");
  g_assert_cmpstr (json_object_get_string_member (scope, "end"), ==,
                   "Ik heb mijn paspoort opgehaald");
  g_assert_cmpstr (json_object_get_string_member (scope, "out_of_scope"), ==,
                   "Aanvragen vanuit het buitenland");
  g_assert_cmpstr (json_object_get_string_member (scope, "known"), ==, "Onderzoek 2024");

  /* On the title itself a double-click still types in place. */
  kr_canvas_zoom_to_fit (f->canvas);
  kr_ui_input_settle ();
  title = kr_layout_get_title_rect (kr_canvas_get_layout (f->canvas));
  kr_canvas_map_to_widget (f->canvas, title.x + 10, title.y + title.height / 2, &x, &y);
  kr_ui_input_double_click (GTK_WIDGET (f->canvas), x, y);
  WAIT_UNTIL (kr_canvas_get_editor (f->canvas) != NULL);
  kr_ui_input_key (GDK_KEY_Escape, 0);
  WAIT_UNTIL (kr_canvas_get_editor (f->canvas) == NULL);
}

/* The scope card's menu, and Enter with nothing picked. */
static void
test_scope_menu_and_enter (Fixture       *f,
                           gconstpointer  data)
{
  const KrLayout *layout = kr_canvas_get_layout (f->canvas);
  KrRect lane = kr_layout_get_lane (layout, KR_LANE_HEADER);
  KrRect title = kr_layout_get_title_rect (layout);
  double x, y;

  kr_canvas_map_to_widget (f->canvas, title.x + title.width + 40, lane.y + lane.height / 2,
                           &x, &y);
  kr_ui_input_click (GTK_WIDGET (f->canvas), x, y, GDK_BUTTON_SECONDARY, 1, 0);
  WAIT_UNTIL (f->canvas->canvas_menu != NULL && gtk_widget_get_mapped (f->canvas->canvas_menu));
  g_assert_nonnull (kr_ui_test_find_label (f->canvas->canvas_menu, "Edit Title"));
  kr_ui_input_click_widget (kr_ui_test_find_label (f->canvas->canvas_menu, "Journey Details"));
  WAIT_UNTIL (panel_shown (f));
  WAIT_UNTIL (focus_widget (f) == row_field (GTK_WIDGET (f->window->method_panel), "Title"));

  /* F9 hides the panel and shows it again. */
  kr_ui_input_key (GDK_KEY_F9, 0);
  WAIT_UNTIL (!adw_flap_get_reveal_flap (f->window->flap));

  /* A click on the card leaves nothing picked: Enter opens the details. */
  kr_ui_input_click (GTK_WIDGET (f->canvas), x, y, GDK_BUTTON_PRIMARY, 1, 0);
  kr_ui_input_key (GDK_KEY_Return, 0);
  WAIT_UNTIL (panel_shown (f));
  g_assert_cmpint (kr_method_panel_get_page (f->window->method_panel), ==, KR_METHOD_PAGE_DETAILS);
}

/* --- personas and the empathy map ------------------------------------------- */

static KrEmpathyMap *
open_map (Fixture *f)
{
  KrPersonasPage *page = KR_PERSONAS_PAGE (kr_ui_test_find_widget (GTK_WIDGET (f->window->method_panel),
                                                                   KR_TYPE_PERSONAS_PAGE));
  GtkWidget *map;

  WAIT_UNTIL ((map = kr_personas_page_get_map (page)) != NULL && gtk_widget_get_mapped (map));
  return KR_EMPATHY_MAP (map);
}

static void
test_empathy_map (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  GListModel *personas = kr_journey_get_personas (f->journey);
  GtkWidget *panel = GTK_WIDGET (f->window->method_panel);
  KrPersona *customer = kr_journey_find_persona (f->journey, "persona1", NULL);
  KrEmpathyMap *map;
  GtkWidget *label, *button;
  JsonArray *saved;
  JsonObject *root, *first;

  kr_ui_input_key (GDK_KEY_F9, 0);
  WAIT_UNTIL (panel_shown (f));
  show_page (f, "Personas");
  WAIT_UNTIL ((label = kr_ui_test_find_label (panel, "Customer")) != NULL);
  kr_ui_input_click_widget (label);
  map = open_map (f);
  g_assert_true (kr_empathy_map_get_persona (map) == customer);

  /* The name, then each part of the map, typed where it is shown. */
  kr_ui_input_click_widget (kr_empathy_map_get_field (map, KR_PERSONA_NAME));
  kr_ui_input_key (GDK_KEY_a, GDK_CONTROL_MASK);
  kr_ui_input_type ("Sandra");
  g_assert_cmpstr (kr_persona_get_field (customer, KR_PERSONA_NAME), ==, "Sandra");
  /* The middle of the map says whose it is. */
  g_assert_nonnull (kr_ui_test_find_label (GTK_WIDGET (map), "Sandra"));

  type_into (kr_empathy_map_get_field (map, KR_PERSONA_THINKS_FEELS), "Ik wil niet te laat zijn");
  type_into (kr_empathy_map_get_field (map, KR_PERSONA_HEARS), "Collega's wachten weken");
  type_into (kr_empathy_map_get_field (map, KR_PERSONA_SEES), "Een volle agenda online");
  type_into (kr_empathy_map_get_field (map, KR_PERSONA_SAYS_DOES), "Belt in de lunchpauze");
  type_into (kr_empathy_map_get_field (map, KR_PERSONA_WANTS_NEEDS),
             "Snel een afspraak\nbuiten werktijd");
  g_assert_cmpstr (kr_persona_get_field (customer, KR_PERSONA_WANTS_NEEDS), ==,
                   "Snel een afspraak\nbuiten werktijd");

  /* Back to the list, and a second persona from its add button. */
  kr_ui_input_click_widget (action_button (panel, "personas.back"));
  WAIT_UNTIL (kr_personas_page_get_map (KR_PERSONAS_PAGE (kr_ui_test_find_widget (panel, KR_TYPE_PERSONAS_PAGE))) == NULL);
  button = action_button (panel, "personas.add");
  kr_ui_input_click_widget (button);
  g_assert_cmpuint (g_list_model_get_n_items (personas), ==, 2);
  map = open_map (f);
  WAIT_UNTIL (focus_widget (f) == kr_empathy_map_get_field (map, KR_PERSONA_NAME));
  kr_ui_input_type ("Bram");

  /* Up in the list, from the map's menu; and deleted, then undone. */
  kr_ui_input_click_widget (kr_ui_test_find_widget (gtk_widget_get_parent (GTK_WIDGET (map)),
                                                    GTK_TYPE_MENU_BUTTON));
  WAIT_UNTIL ((label = kr_ui_test_find_label (panel, "Move Up")) != NULL);
  kr_ui_input_click_widget (label);
  {
    g_autoptr(KrPersona) top = g_list_model_get_item (personas, 0);
    g_assert_cmpstr (kr_persona_get_field (top, KR_PERSONA_NAME), ==, "Bram");
  }
  kr_ui_input_click_widget (kr_ui_test_find_widget (gtk_widget_get_parent (GTK_WIDGET (map)),
                                                    GTK_TYPE_MENU_BUTTON));
  WAIT_UNTIL ((label = kr_ui_test_find_label (panel, "Delete Persona")) != NULL);
  kr_ui_input_click_widget (label);
  g_assert_cmpuint (g_list_model_get_n_items (personas), ==, 1);
  WAIT_UNTIL (kr_ui_test_find_label (panel, "Sandra") != NULL);
  kr_ui_input_key (GDK_KEY_z, GDK_CONTROL_MASK);
  g_assert_cmpuint (g_list_model_get_n_items (personas), ==, 2);
  kr_ui_input_key (GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  g_assert_cmpuint (g_list_model_get_n_items (personas), ==, 1);

  save (f);
  root = read_saved (f, parser);
  /* The journey is still for the persona it named. */
  g_assert_cmpstr (json_object_get_string_member (root, "persona"), ==, "persona1");
  saved = json_object_get_array_member (root, "personas");
  g_assert_cmpuint (json_array_get_length (saved), ==, 1);
  first = json_array_get_object_element (saved, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "name"), ==, "Sandra");
  g_assert_cmpstr (json_object_get_string_member (first, "thinks_feels"), ==,
                   "Ik wil niet te laat zijn");
  g_assert_cmpstr (json_object_get_string_member (first, "hears"), ==, "Collega's wachten weken");
  g_assert_cmpstr (json_object_get_string_member (first, "sees"), ==, "Een volle agenda online");
  g_assert_cmpstr (json_object_get_string_member (first, "says_does"), ==, "Belt in de lunchpauze");
  g_assert_cmpstr (json_object_get_string_member (first, "wants_needs"), ==,
                   "Snel een afspraak\nbuiten werktijd");
}

/* --- the coach --------------------------------------------------------------- */

static GtkWidget *
finding_row (Fixture    *f,
             const char *message_start)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  find_all (GTK_WIDGET (f->window->method_panel), ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_str_has_prefix (adw_preferences_row_get_title (rows->pdata[i]), message_start) &&
        gtk_widget_get_mapped (rows->pdata[i]))
      return rows->pdata[i];
  return NULL;
}

static void
click_row (GtkWidget *row)
{
  /* Scrolled into view first, as a person would. */
  gtk_widget_grab_focus (row);
  kr_ui_input_settle ();
  kr_ui_input_click_widget (row);
}

static void
test_coach (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *row, *focus;
  KrPhase *p4 = kr_journey_find_phase (f->journey, "p4", NULL);

  g_action_group_activate_action (G_ACTION_GROUP (f->window), "coach", NULL);
  WAIT_UNTIL (panel_shown (f));
  g_assert_cmpint (kr_method_panel_get_page (f->window->method_panel), ==, KR_METHOD_PAGE_COACH);

  /* Phase 4 has no activities: the finding leads to its title. */
  WAIT_UNTIL ((row = finding_row (f, "Phase 4, “Ik ga op reis”, has no activities")) != NULL);
  click_row (row);
  WAIT_UNTIL ((focus = focus_widget (f)) != NULL && KR_IS_CANVAS_ITEM (focus) &&
              kr_canvas_item_get_phase (KR_CANVAS_ITEM (focus)) == p4);

  /* Phase 3 has no emotion: its finding opens the wheel. */
  row = finding_row (f, "Phase 3, “Ik haal mijn paspoort op”, has no dominant emotion");
  g_assert_nonnull (row);
  click_row (row);
  WAIT_UNTIL (f->canvas->feeling_popover != NULL &&
              gtk_widget_get_mapped (f->canvas->feeling_popover));
  kr_ui_input_key (GDK_KEY_Escape, 0);

  /* The list follows the journey: one activity, and that finding goes. */
  kr_history_push (f->history,
                   kr_edit_add_note (f->journey, "p4", KR_NOTE_KIND_ACTIVITY, 0, 1, "Ik vlieg",
                                     NULL));
  WAIT_UNTIL (finding_row (f, "Phase 4, “Ik ga op reis”, has no activities") == NULL);
}

/* A scope question leads to its field, a missing persona to the list. */
static void
test_coach_to_panel (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *row;

  g_action_group_activate_action (G_ACTION_GROUP (f->window), "coach", NULL);
  WAIT_UNTIL ((row = finding_row (f, "The scope does not say what is out of scope")) != NULL);
  click_row (row);
  WAIT_UNTIL (focus_widget (f) == row_field (GTK_WIDGET (f->window->method_panel), "Out of scope"));
  g_assert_cmpint (kr_method_panel_get_page (f->window->method_panel), ==, KR_METHOD_PAGE_DETAILS);

  show_page (f, "Coach");
  WAIT_UNTIL ((row = finding_row (f, "The empathy map of “Customer” is empty")) != NULL);
  click_row (row);
  WAIT_UNTIL (kr_method_panel_get_page (f->window->method_panel) == KR_METHOD_PAGE_PERSONAS);
  g_assert_true (kr_empathy_map_get_persona (open_map (f)) ==
                 kr_journey_find_persona (f->journey, "persona1", NULL));
}

/* --- a phase's measures ------------------------------------------------------ */

static void
test_metrics (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  const KrLayoutPhase *lphase = kr_layout_get_phase (kr_canvas_get_layout (f->canvas), 1);
  KrPhase *phase = lphase->phase;
  GtkWidget *popover, *ces, *nps;
  JsonObject *metrics;
  double x, y;

  kr_canvas_map_to_widget (f->canvas, lphase->title.x + 20, lphase->title.y + lphase->title.height / 2,
                           &x, &y);
  kr_ui_input_click (GTK_WIDGET (f->canvas), x, y, GDK_BUTTON_SECONDARY, 1, 0);
  WAIT_UNTIL (gtk_widget_get_mapped (f->canvas->phase_menu));
  kr_ui_input_click_widget (kr_ui_test_find_label (f->canvas->phase_menu, "Measures…"));
  WAIT_UNTIL ((popover = f->canvas->metrics_popover) != NULL && gtk_widget_get_mapped (popover));

  /* A decimal comma, as a Dutch keyboard gives it. */
  ces = kr_metrics_popover_get_row (KR_METRICS_POPOVER (popover), KR_METRIC_CES);
  kr_ui_input_click_widget (ces);
  kr_ui_input_type ("4,5");
  g_assert_true (kr_phase_get_has_metric (phase, KR_METRIC_CES));
  g_assert_cmpfloat (kr_phase_get_metric (phase, KR_METRIC_CES), ==, 4.5);
  g_assert_cmpstr (kr_history_get_undo_label (f->history), ==, "Change Metrics");

  /* No number is taken, and is marked. */
  nps = kr_metrics_popover_get_row (KR_METRICS_POPOVER (popover), KR_METRIC_NPS);
  kr_ui_input_click_widget (nps);
  kr_ui_input_type ("-3x");
  g_assert_true (gtk_widget_has_css_class (nps, "error"));
  g_assert_cmpfloat (kr_phase_get_metric (phase, KR_METRIC_NPS), ==, -3);
  kr_ui_input_key (GDK_KEY_BackSpace, 0);
  kr_ui_input_type ("5");
  g_assert_false (gtk_widget_has_css_class (nps, "error"));
  g_assert_cmpfloat (kr_phase_get_metric (phase, KR_METRIC_NPS), ==, -35);

  /* Each measure typed is one step. */
  kr_ui_input_key (GDK_KEY_Escape, 0);
  WAIT_UNTIL (!gtk_widget_get_mapped (popover));
  save (f);
  metrics = json_object_get_object_member (
    json_array_get_object_element (json_object_get_array_member (read_saved (f, parser), "phases"),
                                   1),
    "metrics");
  g_assert_cmpfloat (json_object_get_double_member (metrics, "ces"), ==, 4.5);
  g_assert_cmpint (json_object_get_int_member (metrics, "nps"), ==, -35);

  kr_history_undo (f->history);
  g_assert_false (kr_phase_get_has_metric (phase, KR_METRIC_NPS));
  g_assert_true (kr_phase_get_has_metric (phase, KR_METRIC_CES));
  kr_history_undo (f->history);
  g_assert_false (kr_phase_get_has_metric (phase, KR_METRIC_CES));
}

/* --- writing help ------------------------------------------------------------ */

static KrWritingHelp *
writing_help (Fixture *f)
{
  return f->canvas->writing_help != NULL ? KR_WRITING_HELP (f->canvas->writing_help) : NULL;
}

static char *
editor_text (Fixture *f)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (kr_canvas_get_editor (f->canvas)));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
test_writing_help (Fixture       *f,
                   gconstpointer  data)
{
  const KrLayout *layout = kr_canvas_get_layout (f->canvas);
  const KrLayoutPhase *p1 = kr_layout_get_phase (layout, 0);
  KrRect lane = kr_layout_get_lane (layout, KR_LANE_ACTIVITIES);
  g_autofree char *text = NULL;
  KrSuggestions *suggestions;
  GtkWidget *chip = NULL;
  KrNote *note;
  double x, y;

  /* An activity added on the empty lane of the first phase. */
  kr_canvas_map_to_widget (f->canvas, p1->column.x + p1->column.width - 12, lane.y + 12, &x, &y);
  kr_ui_input_double_click (GTK_WIDGET (f->canvas), x, y);
  WAIT_UNTIL (kr_canvas_get_editor (f->canvas) != NULL);
  WAIT_UNTIL (writing_help (f) != NULL && gtk_widget_get_mapped (GTK_WIDGET (writing_help (f))));
  /* The editor keeps the keyboard. */
  g_assert_true (focus_widget (f) == kr_canvas_get_editor (f->canvas));
  suggestions = kr_writing_help_get_suggestions (writing_help (f));
  /* The customer's own first word: the journey is Dutch. */
  g_assert_cmpstr (kr_suggestions_get_word (suggestions, 0), ==, "Ik");

  kr_ui_input_type ("Ik c");
  g_assert_cmpstr (kr_suggestions_get_word (suggestions, 0), ==, "call");
  /* → at the end takes the first word. */
  kr_ui_input_key (GDK_KEY_Right, 0);
  text = editor_text (f);
  g_assert_cmpstr (text, ==, "Ik call ");
  g_clear_pointer (&text, g_free);

  /* The journey's own channels are among the method's. */
  kr_ui_input_type ("de tel");
  g_assert_cmpuint (kr_suggestions_get_n_words (suggestions), >=, 1);
  for (guint i = 0; i < kr_suggestions_get_n_words (suggestions); i++)
    if (g_str_equal (kr_suggestions_get_word (suggestions, i), "telefoon"))
      chip = kr_suggestions_get_button (suggestions, i);
  g_assert_nonnull (chip);
  kr_ui_input_click_widget (chip);
  text = editor_text (f);
  g_assert_cmpstr (text, ==, "Ik call de telefoon ");
  g_clear_pointer (&text, g_free);
  g_assert_true (focus_widget (f) == kr_canvas_get_editor (f->canvas));

  /* Shift+Enter still breaks the line, and Enter still keeps the text. */
  kr_ui_input_type ("voor informatie\nmorgen");
  kr_ui_input_key (GDK_KEY_Return, 0);
  WAIT_UNTIL (kr_canvas_get_editor (f->canvas) == NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (writing_help (f))));
  note = _kr_canvas_get_lead_note (f->canvas);
  g_assert_nonnull (note);
  g_assert_cmpstr (kr_note_get_text (note), ==, "Ik call de telefoon voor informatie\nmorgen");
  /* Added and written: one step. */
  kr_history_undo (f->history);
  g_assert_null (kr_journey_find_note (f->journey, kr_note_get_id (note), NULL));
}

/* The note popover's channel, from the method's list and the journey's,
 * and an idea's owner and status. */
static void
test_channel_owner_status (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  KrNote *idea = NULL;
  GListModel *notes = kr_journey_get_notes (f->journey);
  const KrLayoutNote *lnote;
  KrNotePopover *popover;
  KrSuggestions *suggestions;
  GtkWidget *entry, *chip = NULL;
  JsonArray *saved;
  double x, y;

  for (guint i = 0; i < g_list_model_get_n_items (notes) && idea == NULL; i++)
    {
      g_autoptr(KrNote) note = g_list_model_get_item (notes, i);
      if (kr_note_get_kind (note) == KR_NOTE_KIND_IMPROVEMENT)
        idea = note;
    }
  g_assert_nonnull (idea);

  lnote = kr_layout_find_note (kr_canvas_get_layout (f->canvas), idea);
  _kr_canvas_scroll_to_rect (f->canvas, &lnote->rect);
  kr_ui_input_settle ();
  lnote = kr_layout_find_note (kr_canvas_get_layout (f->canvas), idea);
  kr_canvas_map_to_widget (f->canvas, lnote->rect.x + lnote->rect.width / 2,
                           lnote->rect.y + lnote->rect.height / 2, &x, &y);
  kr_ui_input_click (GTK_WIDGET (f->canvas), x, y, GDK_BUTTON_SECONDARY, 1, 0);
  WAIT_UNTIL (f->canvas->note_popover != NULL && gtk_widget_get_mapped (f->canvas->note_popover));
  popover = KR_NOTE_POPOVER (f->canvas->note_popover);

  /* The channel: "te" gives the journey's "telefoon". */
  suggestions = KR_SUGGESTIONS (kr_ui_test_find_widget (GTK_WIDGET (popover), KR_TYPE_SUGGESTIONS));
  entry = kr_ui_test_find_widget (GTK_WIDGET (popover), GTK_TYPE_ENTRY);
  kr_ui_input_click_widget (entry);
  kr_ui_input_type ("te");
  for (guint i = 0; i < kr_suggestions_get_n_words (suggestions); i++)
    if (g_str_equal (kr_suggestions_get_word (suggestions, i), "telefoon"))
      chip = kr_suggestions_get_button (suggestions, i);
  g_assert_nonnull (chip);
  kr_ui_input_click_widget (chip);
  g_assert_cmpstr (kr_note_get_channel (idea), ==, "telefoon");

  /* Who picks it up, and that it is planned; a second click on Planned
   * takes the status away again. */
  {
    g_autoptr(GPtrArray) entries = g_ptr_array_new ();

    find_all (GTK_WIDGET (popover), GTK_TYPE_ENTRY, entries);
    g_assert_cmpuint (entries->len, ==, 2);
    kr_ui_input_click_widget (entries->pdata[1]);
    kr_ui_input_type ("Team Burgerzaken");
    kr_ui_input_key (GDK_KEY_Return, 0);
  }
  g_assert_cmpstr (kr_note_get_owner (idea), ==, "Team Burgerzaken");
  kr_ui_input_click_widget (kr_ui_test_find_label (GTK_WIDGET (popover), "Planned"));
  g_assert_cmpint (kr_note_get_status (idea), ==, KR_NOTE_STATUS_PLANNED);
  kr_ui_input_click_widget (kr_ui_test_find_label (GTK_WIDGET (popover), "Done"));
  g_assert_cmpint (kr_note_get_status (idea), ==, KR_NOTE_STATUS_DONE);
  kr_ui_input_click_widget (kr_ui_test_find_label (GTK_WIDGET (popover), "Done"));
  g_assert_cmpint (kr_note_get_status (idea), ==, KR_NOTE_STATUS_NONE);
  kr_ui_input_click_widget (kr_ui_test_find_label (GTK_WIDGET (popover), "Planned"));
  kr_ui_input_key (GDK_KEY_Escape, 0);
  WAIT_UNTIL (!gtk_widget_get_mapped (GTK_WIDGET (popover)));

  save (f);
  saved = json_object_get_array_member (read_saved (f, parser), "notes");
  for (guint i = 0; i < json_array_get_length (saved); i++)
    {
      JsonObject *note = json_array_get_object_element (saved, i);

      if (g_strcmp0 (json_object_get_string_member (note, "id"), kr_note_get_id (idea)) != 0)
        continue;
      g_assert_cmpstr (json_object_get_string_member (note, "channel"), ==, "telefoon");
      g_assert_cmpstr (json_object_get_string_member (note, "owner"), ==, "Team Burgerzaken");
      g_assert_cmpstr (json_object_get_string_member (note, "status"), ==, "planned");
      return;
    }
  g_assert_not_reached ();
}

/* --- new journeys ------------------------------------------------------------ */

static KrNewJourneyDialog *
find_new_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (KR_IS_NEW_JOURNEY_DIALOG (window) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        return KR_NEW_JOURNEY_DIALOG (window);
    }
  return NULL;
}

static KrWindow *
choose_new (KrWindow   *from,
            const char *title)
{
  KrNewJourneyDialog *dialog;
  GtkWidget *label;
  KrWindow *active;

  kr_ui_input_focus_window (GTK_WINDOW (from));
  kr_ui_input_key (GDK_KEY_n, GDK_CONTROL_MASK);
  WAIT_UNTIL ((dialog = find_new_dialog ()) != NULL);
  kr_ui_input_focus_window (GTK_WINDOW (dialog));
  WAIT_UNTIL ((label = kr_ui_test_find_label (GTK_WIDGET (dialog), title)) != NULL);
  kr_ui_input_click_widget (label);
  WAIT_UNTIL (find_new_dialog () == NULL);
  WAIT_UNTIL ((active = KR_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)))) != NULL &&
              KR_IS_WINDOW (active) && gtk_widget_get_mapped (GTK_WIDGET (active)));
  return active;
}

static void
test_new_journeys (void)
{
  KrWindow *first = kr_ui_test_open_window (app, NULL);
  KrWindow *schema, *example, *blank, *again;
  KrJourney *journey;
  KrRect title;
  double title_y;

  /* The method's schema, into the empty window it was asked from. */
  schema = choose_new (first, "The Method's Schema");
  g_assert_true (schema == first);
  journey = kr_window_get_journey (schema);
  g_assert_null (kr_window_get_file (schema));
  g_assert_false (kr_history_get_modified (kr_window_get_history (schema)));
  g_assert_cmpuint (g_list_model_get_n_items (kr_journey_get_phases (journey)), ==, 5);
  g_assert_cmpstr (kr_journey_get_title (journey), ==, "I …");
  g_assert_cmpstr (kr_journey_get_language (journey), ==, "en");
  /* Save asks where: it has no file. */
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (schema), "save"));

  /* The example, beside it: that window is no longer empty. */
  example = choose_new (schema, "The Method's Example");
  g_assert_true (example != schema);
  g_assert_cmpstr (kr_journey_get_title (kr_window_get_journey (example)), ==,
                   "Ik wil mijn huis verduurzamen");
  g_assert_null (kr_window_get_file (example));

  /* Escape keeps things as they were. */
  kr_ui_input_key (GDK_KEY_n, GDK_CONTROL_MASK);
  WAIT_UNTIL (find_new_dialog () != NULL);
  kr_ui_input_focus_window (GTK_WINDOW (find_new_dialog ()));
  kr_ui_input_key (GDK_KEY_Escape, 0);
  WAIT_UNTIL (find_new_dialog () == NULL);

  /* The schema again, into a window of its own: its first sight is the
   * top of the map, the title and the phases, with the keyboard on the
   * first phase. */
  again = choose_new (example, "The Method's Schema");
  g_assert_true (again != example && again != schema);
  WAIT_UNTIL (kr_canvas_get_layout (again->canvas) != NULL &&
              gtk_widget_get_width (GTK_WIDGET (again->canvas)) > 0);
  kr_ui_input_settle ();
  title = kr_layout_get_title_rect (kr_canvas_get_layout (again->canvas));
  kr_canvas_map_to_widget (again->canvas, title.x, title.y, NULL, &title_y);
  g_assert_cmpfloat (title_y, >=, 0);
  kr_ui_test_close_window (again);

  blank = choose_new (example, "A Blank Journey");
  g_assert_true (blank != example && blank != schema);
  g_assert_true (kr_window_is_empty_and_unmodified (blank));

  kr_ui_test_close_window (blank);
  kr_ui_test_close_window (example);
  kr_ui_test_close_window (schema);
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

#define ADD(path, setup, func) \
  g_test_add (path, Fixture, NULL, setup, func, fixture_teardown)

  ADD ("/ui/method/scope", setup_template, test_scope);
  ADD ("/ui/method/scope-menu-and-enter", setup_template, test_scope_menu_and_enter);
  ADD ("/ui/method/empathy-map", setup_template, test_empathy_map);
  ADD ("/ui/method/coach", setup_all_fields, test_coach);
  ADD ("/ui/method/coach-to-panel", setup_template, test_coach_to_panel);
  ADD ("/ui/method/metrics", setup_sample, test_metrics);
  ADD ("/ui/method/writing-help", setup_sample, test_writing_help);
  ADD ("/ui/method/channel-owner-status", setup_sample, test_channel_owner_status);
  g_test_add_func ("/ui/method/new-journeys", test_new_journeys);

#undef ADD

  ret = g_test_run ();

  app = NULL;
  kr_ui_test_finish (&test);
  return ret;
}
