/* kr-overview.c: a read-only page showing a whole journey
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The overview reads the journey top to bottom, in the order of the method:
 * the scope, the personas, then each phase with its activities, its red
 * thread and its ideas for improvement. It is rebuilt from the model
 * whenever the journey changes, so it never holds state of its own.
 */
#define G_LOG_DOMAIN "kr-overview"

#include "config.h"

#include <math.h>
#include <string.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "kr-overview.h"

struct _KrOverview
{
  GtkWidget          parent_instance;

  /* Template children */
  GtkScrolledWindow *scrolled_window;
  GtkLabel          *title_label;
  GtkLabel          *state_tag;
  GtkLabel          *validation_tag;
  GtkLabel          *summary_label;
  GtkLabel          *reason_label;
  GtkBox            *sections_box;

  KrJourney         *journey;
  guint              rebuild_id;
};

enum {
  PROP_0,
  PROP_JOURNEY,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (KrOverview, kr_overview, GTK_TYPE_WIDGET)

static GParamSpec *properties[N_PROPS];

static const struct
{
  KrScopeField  field;
  const char   *label;
} scope_fields[] = {
  { KR_SCOPE_CUSTOMER, N_("Customer") },
  { KR_SCOPE_GOAL, N_("Customer’s goal") },
  { KR_SCOPE_START, N_("Start") },
  { KR_SCOPE_END, N_("End") },
  { KR_SCOPE_OUT_OF_SCOPE, N_("Out of scope") },
  { KR_SCOPE_KNOWN, N_("Already known") },
};

static const struct
{
  KrPersonaField  field;
  const char     *label;
} empathy_fields[] = {
  { KR_PERSONA_THINKS_FEELS, N_("Thinks and feels") },
  { KR_PERSONA_HEARS, N_("Hears") },
  { KR_PERSONA_SEES, N_("Sees") },
  { KR_PERSONA_SAYS_DOES, N_("Says and does") },
  { KR_PERSONA_WANTS_NEEDS, N_("Wants and needs") },
};

static gboolean
is_filled (const char *str)
{
  return str != NULL && str[0] != '\0';
}

/* "+2", "−1.5", "0": a typographic minus, and decimals only when needed. */
static char *
format_signed (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  double rounded = round (value * 10.0) / 10.0;
  const char *sign = rounded > 0 ? "+" : rounded < 0 ? "−" : "";

  if (rounded == round (rounded))
    return g_strdup_printf ("%s%.0f", sign, fabs (rounded));

  g_snprintf (buf, sizeof buf, "%.1f", fabs (rounded));
  return g_strdup_printf ("%s%s", sign, buf);
}

static GtkWidget *
make_tag (const char *text,
          const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "tag");
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
make_icon (const char *icon_name,
           const char *css_class,
           const char *tooltip)
{
  GtkWidget *image = gtk_image_new_from_icon_name (icon_name);

  gtk_widget_set_valign (image, GTK_ALIGN_CENTER);
  if (css_class != NULL)
    gtk_widget_add_css_class (image, css_class);
  if (tooltip != NULL)
    {
      gtk_widget_set_tooltip_text (image, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                      -1);
    }

  return image;
}

/* A name above a value that can be selected and copied: libadwaita 1.2's
 * rows cannot make their subtitle selectable. */
static GtkWidget *
make_property_row (const char *name,
                   const char *value)
{
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *name_label;
  GtkWidget *value_label;

  row = g_object_new (ADW_TYPE_PREFERENCES_ROW,
                      "title", name,
                      "use-markup", FALSE,
                      "activatable", FALSE,
                      NULL);
  gtk_widget_add_css_class (row, "property");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_add_css_class (box, "header");

  name_label = gtk_label_new (name);
  gtk_label_set_xalign (GTK_LABEL (name_label), 0);
  gtk_label_set_wrap (GTK_LABEL (name_label), TRUE);
  gtk_widget_add_css_class (name_label, "caption");
  gtk_widget_add_css_class (name_label, "dim-label");
  gtk_box_append (GTK_BOX (box), name_label);

  value_label = gtk_label_new (value);
  gtk_label_set_xalign (GTK_LABEL (value_label), 0);
  gtk_label_set_wrap (GTK_LABEL (value_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (value_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (value_label), TRUE);
  gtk_box_append (GTK_BOX (box), value_label);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

static GtkWidget *
make_note_row (KrNote *note)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  const KrEmotion *emotion = kr_emotion_lookup (kr_note_get_emotion (note));
  const char *channel = kr_note_get_channel (note);

  /* Notes are the user's words; they are never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), kr_note_get_text (note));
  if (is_filled (channel))
    adw_action_row_set_subtitle (row, channel);

  switch (kr_note_get_kind (note))
    {
    case KR_NOTE_KIND_ACTIVITY:
      gtk_widget_add_css_class (GTK_WIDGET (row), "activity");
      break;

    case KR_NOTE_KIND_PAIN:
      /* Pain and gain differ by icon and word as well as by colour. */
      gtk_widget_add_css_class (GTK_WIDGET (row), "pain");
      adw_action_row_add_prefix (row, make_icon ("kr-pain-symbolic", "kind-icon", NULL));
      break;

    case KR_NOTE_KIND_GAIN:
      gtk_widget_add_css_class (GTK_WIDGET (row), "gain");
      adw_action_row_add_prefix (row, make_icon ("kr-gain-symbolic", "kind-icon", NULL));
      break;

    case KR_NOTE_KIND_IMPROVEMENT:
      gtk_widget_add_css_class (GTK_WIDGET (row), "improvement");
      adw_action_row_add_prefix (row, make_icon ("emoji-objects-symbolic", "kind-icon", NULL));
      break;

    default:
      g_assert_not_reached ();
    }

  if (emotion != NULL)
    adw_action_row_add_suffix (row, make_tag (kr_emotion_get_name (emotion), "emotion"));

  if (kr_note_get_red_thread (note) && kr_note_get_kind (note) == KR_NOTE_KIND_ACTIVITY)
    adw_action_row_add_suffix (row, make_tag (_("Red thread"), "red-thread"));

  if (kr_note_get_kind (note) == KR_NOTE_KIND_PAIN)
    adw_action_row_add_suffix (row, make_tag (_("Pain"), "pain"));
  else if (kr_note_get_kind (note) == KR_NOTE_KIND_GAIN)
    adw_action_row_add_suffix (row, make_tag (_("Gain"), "gain"));

  if (kr_note_get_moment_of_truth (note))
    adw_action_row_add_suffix (row, make_icon ("starred-symbolic", "moment-of-truth",
                                               _("Moment of truth")));

  if (kr_note_get_kind (note) == KR_NOTE_KIND_ACTIVITY && kr_note_get_has_valence (note))
    {
      double valence = kr_note_get_valence (note);
      g_autofree char *text = format_signed (valence);
      GtkWidget *label = gtk_label_new (text);

      gtk_widget_add_css_class (label, "valence");
      if (valence > 0)
        gtk_widget_add_css_class (label, "positive");
      else if (valence < 0)
        gtk_widget_add_css_class (label, "negative");
      gtk_widget_set_tooltip_text (label, _("Experience, from −5 to +5"));
      adw_action_row_add_suffix (row, label);
    }

  return GTK_WIDGET (row);
}

static void
add_lane_group (GtkBox     *box,
                const char *title,
                GPtrArray  *notes)
{
  GtkWidget *group;

  if (notes->len == 0)
    return;

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  for (guint i = 0; i < notes->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               make_note_row (g_ptr_array_index (notes, i)));

  gtk_box_append (box, group);
}

/* Pains and gains share the red-thread lane, so they interleave by order. */
static GPtrArray *
merge_red_thread (GPtrArray *pains,
                  GPtrArray *gains)
{
  GPtrArray *merged = g_ptr_array_sized_new (pains->len + gains->len);
  guint p = 0, g = 0;

  while (p < pains->len || g < gains->len)
    {
      if (g >= gains->len ||
          (p < pains->len &&
           kr_note_get_order (g_ptr_array_index (pains, p)) <=
           kr_note_get_order (g_ptr_array_index (gains, g))))
        g_ptr_array_add (merged, g_ptr_array_index (pains, p++));
      else
        g_ptr_array_add (merged, g_ptr_array_index (gains, g++));
    }

  return merged;
}

/* The emotions, the curve point and the measures of a phase, as tags. */
static GtkWidget *
make_phase_tags (KrPhase *phase)
{
  const KrEmotion *from = kr_emotion_lookup (kr_phase_get_emotion_from (phase));
  const KrEmotion *to = kr_emotion_lookup (kr_phase_get_emotion_to (phase));
  GtkWidget *tags = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  if (from != NULL || to != NULL)
    {
      g_autofree char *text = NULL;

      /* "van … naar …": the dominant emotions of the phase, in order. */
      if (from != NULL && to != NULL)
        text = g_strdup_printf ("%s → %s", kr_emotion_get_name (from), kr_emotion_get_name (to));
      else
        text = g_strdup (kr_emotion_get_name (from != NULL ? from : to));

      gtk_box_append (GTK_BOX (tags), make_tag (text, "emotion"));
    }

  if (kr_phase_get_has_curve (phase))
    {
      double curve = kr_phase_get_curve (phase);
      g_autofree char *value = format_signed (curve);
      g_autofree char *text = g_strdup_printf (_("Curve %s"), value);
      GtkWidget *tag = make_tag (text, curve > 0 ? "positive" : curve < 0 ? "negative" : NULL);

      gtk_widget_set_tooltip_text (tag, _("The emotion curve at this phase, from −5 to +5"));
      gtk_box_append (GTK_BOX (tags), tag);
    }

  for (KrMetric metric = KR_METRIC_CES; metric < KR_N_METRICS; metric++)
    {
      g_autofree char *key = NULL;
      g_autofree char *text = NULL;
      char value[G_ASCII_DTOSTR_BUF_SIZE];

      if (!kr_phase_get_has_metric (phase, metric))
        continue;

      /* CES, CSAT and NPS are the measures' own names in every language. */
      key = g_ascii_strup (kr_metric_to_key (metric), -1);
      g_snprintf (value, sizeof value, "%g", kr_phase_get_metric (phase, metric));
      text = g_strdup_printf ("%s %s", key, value);
      gtk_box_append (GTK_BOX (tags), make_tag (text, "metric"));
    }

  gtk_widget_set_visible (tags, gtk_widget_get_first_child (tags) != NULL);

  return tags;
}

static GtkWidget *
make_phase_details (KrPhase *phase)
{
  const char *feeling = kr_phase_get_feeling (phase);
  GtkWidget *details = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *tags = make_phase_tags (phase);

  gtk_box_append (GTK_BOX (details), tags);
  gtk_widget_set_visible (details, gtk_widget_get_visible (tags) || is_filled (feeling));

  if (is_filled (feeling))
    {
      GtkWidget *label = gtk_label_new (feeling);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "feeling");
      gtk_box_append (GTK_BOX (details), label);
    }

  return details;
}

static GtkWidget *
make_phase_section (KrJourney *journey,
                    KrPhase   *phase,
                    guint      index)
{
  const char *id = kr_phase_get_id (phase);
  const char *title = kr_phase_get_title (phase);
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GPtrArray) pains = NULL;
  g_autoptr(GPtrArray) gains = NULL;
  g_autoptr(GPtrArray) red_thread = NULL;
  g_autoptr(GPtrArray) improvements = NULL;
  g_autofree char *number = NULL;
  GtkWidget *section;
  GtkWidget *header;
  GtkWidget *label;
  GtkWidget *details;
  GtkWidget *body;

  section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_add_css_class (section, "phase");

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (section), header);

  number = g_strdup_printf ("%u", index + 1);
  label = gtk_label_new (number);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_widget_add_css_class (label, "phase-number");
  gtk_box_append (GTK_BOX (header), label);

  label = gtk_label_new (is_filled (title) ? title : _("Untitled phase"));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "title-3");
  gtk_widget_add_css_class (label, "phase-title");
  if (!is_filled (title))
    gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (header), label);

  if (kr_phase_get_moment_of_truth (phase))
    {
      GtkWidget *star = make_icon ("starred-symbolic", "moment-of-truth", _("Moment of truth"));

      gtk_widget_set_valign (star, GTK_ALIGN_START);
      gtk_widget_add_css_class (star, "large");
      gtk_box_append (GTK_BOX (header), star);
    }

  /* Everything below the title lines up with it, not with the number. */
  body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_add_css_class (body, "phase-body");
  gtk_box_append (GTK_BOX (section), body);

  details = make_phase_details (phase);
  gtk_box_append (GTK_BOX (body), details);

  activities = kr_journey_collect_notes (journey, id, KR_NOTE_KIND_ACTIVITY);
  pains = kr_journey_collect_notes (journey, id, KR_NOTE_KIND_PAIN);
  gains = kr_journey_collect_notes (journey, id, KR_NOTE_KIND_GAIN);
  improvements = kr_journey_collect_notes (journey, id, KR_NOTE_KIND_IMPROVEMENT);
  red_thread = merge_red_thread (pains, gains);

  add_lane_group (GTK_BOX (body), _("Activities"), activities);
  add_lane_group (GTK_BOX (body), _("Red Thread"), red_thread);
  add_lane_group (GTK_BOX (body), _("Improvements"), improvements);

  if (activities->len == 0 && red_thread->len == 0 && improvements->len == 0)
    {
      label = gtk_label_new (_("No notes in this phase yet"));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (body), label);
    }

  return section;
}

static GtkWidget *
make_scope_group (KrJourney *journey)
{
  GtkWidget *group = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (scope_fields); i++)
    {
      const char *value = kr_journey_get_scope (journey, scope_fields[i].field);

      if (!is_filled (value))
        continue;

      if (group == NULL)
        {
          group = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Scope"));
        }

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 make_property_row (_(scope_fields[i].label), value));
    }

  return group;
}

static GtkWidget *
make_persona_row (KrPersona *persona,
                  gboolean   expanded)
{
  const char *name = kr_persona_get_field (persona, KR_PERSONA_NAME);
  const char *description = kr_persona_get_field (persona, KR_PERSONA_DESCRIPTION);
  GtkWidget *row = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (empathy_fields); i++)
    {
      const char *value = kr_persona_get_field (persona, empathy_fields[i].field);

      if (!is_filled (value))
        continue;

      if (row == NULL)
        {
          row = adw_expander_row_new ();
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), expanded);
        }

      adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                make_property_row (_(empathy_fields[i].label), value));
    }

  /* Without an empathy map there is nothing to expand. */
  if (row == NULL)
    row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 is_filled (name) ? name : _("Unnamed persona"));

  if (is_filled (description))
    {
      if (ADW_IS_EXPANDER_ROW (row))
        adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), description);
      else
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), description);
    }

  if (ADW_IS_EXPANDER_ROW (row))
    adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row),
                                 make_icon ("avatar-default-symbolic", NULL, NULL));
  else
    adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                               make_icon ("avatar-default-symbolic", NULL, NULL));

  return row;
}

static GtkWidget *
make_personas_group (KrJourney *journey)
{
  GListModel *personas = kr_journey_get_personas (journey);
  guint n_personas = g_list_model_get_n_items (personas);
  GtkWidget *group;

  if (n_personas == 0)
    return NULL;

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Personas"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The customers this journey is told for, "
                                           "with what they think, hear, see, say and want"));

  for (guint i = 0; i < n_personas; i++)
    {
      g_autoptr(KrPersona) persona = g_list_model_get_item (personas, i);

      /* One persona is read in full; several would make a long page. */
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 make_persona_row (persona, n_personas == 1));
    }

  return group;
}

static void
count_notes (KrJourney *journey,
             guint      counts[KR_NOTE_N_KINDS])
{
  GListModel *notes = kr_journey_get_notes (journey);
  guint n_notes = g_list_model_get_n_items (notes);

  memset (counts, 0, sizeof (guint) * KR_NOTE_N_KINDS);
  for (guint i = 0; i < n_notes; i++)
    {
      g_autoptr(KrNote) note = g_list_model_get_item (notes, i);
      KrNoteKind kind = kr_note_get_kind (note);

      if ((guint) kind < KR_NOTE_N_KINDS)
        counts[kind]++;
    }
}

static void
update_header (KrOverview *self)
{
  KrJourney *journey = self->journey;
  const char *title = kr_journey_get_title (journey);
  const char *reason = kr_journey_get_reason (journey);
  guint n_phases = g_list_model_get_n_items (kr_journey_get_phases (journey));
  guint counts[KR_NOTE_N_KINDS];
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *summary = NULL;

  gtk_label_set_label (self->title_label, is_filled (title) ? title : _("Untitled Journey"));
  if (is_filled (title))
    gtk_widget_remove_css_class (GTK_WIDGET (self->title_label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "dim-label");

  gtk_label_set_label (self->state_tag,
                       kr_journey_get_state (journey) == KR_JOURNEY_STATE_DESIRED
                       ? _("Desired journey") : _("Current journey"));
  gtk_label_set_label (self->validation_tag,
                       kr_journey_get_validation (journey) == KR_JOURNEY_VALIDATION_VALIDATED
                       ? _("Validated") : _("Light"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->validation_tag),
                               kr_journey_get_validation (journey) == KR_JOURNEY_VALIDATION_VALIDATED
                               ? _("Checked with customers and data")
                               : _("A first picture, from data and signals"));

  /* Only what the journey has; "0 gains" reads like a finding, not a count. */
  count_notes (journey, counts);
  g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u phase", "%u phases", n_phases),
                                           n_phases));
  if (counts[KR_NOTE_KIND_ACTIVITY] > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u activity", "%u activities",
                                                       counts[KR_NOTE_KIND_ACTIVITY]),
                                             counts[KR_NOTE_KIND_ACTIVITY]));
  if (counts[KR_NOTE_KIND_PAIN] > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u pain", "%u pains",
                                                       counts[KR_NOTE_KIND_PAIN]),
                                             counts[KR_NOTE_KIND_PAIN]));
  if (counts[KR_NOTE_KIND_GAIN] > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u gain", "%u gains",
                                                       counts[KR_NOTE_KIND_GAIN]),
                                             counts[KR_NOTE_KIND_GAIN]));
  if (counts[KR_NOTE_KIND_IMPROVEMENT] > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u improvement", "%u improvements",
                                                       counts[KR_NOTE_KIND_IMPROVEMENT]),
                                             counts[KR_NOTE_KIND_IMPROVEMENT]));
  g_ptr_array_add (parts, NULL);
  summary = g_strjoinv (" · ", (char **) parts->pdata);
  gtk_label_set_label (self->summary_label, summary);

  gtk_label_set_label (self->reason_label, is_filled (reason) ? reason : "");
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), is_filled (reason));
}

static void
clear_sections (KrOverview *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box))) != NULL)
    gtk_box_remove (self->sections_box, child);
}

static void
kr_overview_rebuild (KrOverview *self)
{
  GListModel *phases;
  GtkWidget *group;
  guint n_phases;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);

  clear_sections (self);

  if (self->journey == NULL)
    return;

  update_header (self);

  if ((group = make_scope_group (self->journey)) != NULL)
    gtk_box_append (self->sections_box, group);

  if ((group = make_personas_group (self->journey)) != NULL)
    gtk_box_append (self->sections_box, group);

  phases = kr_journey_get_phases (self->journey);
  n_phases = g_list_model_get_n_items (phases);

  if (n_phases == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      group = adw_preferences_group_new ();
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Phases"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("This journey has no phases yet"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      gtk_box_append (self->sections_box, group);
    }

  for (guint i = 0; i < n_phases; i++)
    {
      g_autoptr(KrPhase) phase = g_list_model_get_item (phases, i);

      gtk_box_append (self->sections_box, make_phase_section (self->journey, phase, i));
    }
}

static gboolean
rebuild_idle_cb (gpointer user_data)
{
  KrOverview *self = user_data;

  self->rebuild_id = 0;
  kr_overview_rebuild (self);

  return G_SOURCE_REMOVE;
}

static void
kr_overview_queue_rebuild (KrOverview *self)
{
  /* One edit can emit many signals (a group of commands, a paste); build
   * the page once, before the next frame is drawn. */
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, rebuild_idle_cb, self, NULL);
}

static void
journey_changed_cb (KrOverview *self,
                    KrJourney  *journey)
{
  kr_overview_queue_rebuild (self);
}

static void
journey_notify_cb (KrOverview *self,
                   GParamSpec *pspec,
                   KrJourney  *journey)
{
  kr_overview_queue_rebuild (self);
}

static void
journey_items_changed_cb (KrOverview *self,
                          guint       position,
                          guint       removed,
                          guint       added,
                          GListModel *list)
{
  kr_overview_queue_rebuild (self);
}

static void
disconnect_journey (KrOverview *self)
{
  if (self->journey == NULL)
    return;

  g_signal_handlers_disconnect_by_data (kr_journey_get_phases (self->journey), self);
  g_signal_handlers_disconnect_by_data (kr_journey_get_notes (self->journey), self);
  g_signal_handlers_disconnect_by_data (kr_journey_get_personas (self->journey), self);
  g_signal_handlers_disconnect_by_data (self->journey, self);
}

static void
kr_overview_dispose (GObject *object)
{
  KrOverview *self = KR_OVERVIEW (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  disconnect_journey (self);
  g_clear_object (&self->journey);

  gtk_widget_dispose_template (GTK_WIDGET (self), KR_TYPE_OVERVIEW);

  G_OBJECT_CLASS (kr_overview_parent_class)->dispose (object);
}

static void
kr_overview_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KrOverview *self = KR_OVERVIEW (object);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      g_value_set_object (value, self->journey);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_overview_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KrOverview *self = KR_OVERVIEW (object);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      kr_overview_set_journey (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_overview_class_init (KrOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kr_overview_dispose;
  object_class->get_property = kr_overview_get_property;
  object_class->set_property = kr_overview_set_property;

  properties[PROP_JOURNEY] =
    g_param_spec_object ("journey", NULL, NULL,
                         KR_TYPE_JOURNEY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "overview");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/klantreis/Klantreis/kr-overview.ui");
  gtk_widget_class_bind_template_child (widget_class, KrOverview, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, KrOverview, title_label);
  gtk_widget_class_bind_template_child (widget_class, KrOverview, state_tag);
  gtk_widget_class_bind_template_child (widget_class, KrOverview, validation_tag);
  gtk_widget_class_bind_template_child (widget_class, KrOverview, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KrOverview, reason_label);
  gtk_widget_class_bind_template_child (widget_class, KrOverview, sections_box);
}

static void
kr_overview_init (KrOverview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kr_overview_new (void)
{
  return g_object_new (KR_TYPE_OVERVIEW, NULL);
}

KrJourney *
kr_overview_get_journey (KrOverview *self)
{
  g_return_val_if_fail (KR_IS_OVERVIEW (self), NULL);

  return self->journey;
}

void
kr_overview_set_journey (KrOverview *self,
                         KrJourney  *journey)
{
  g_return_if_fail (KR_IS_OVERVIEW (self));
  g_return_if_fail (journey == NULL || KR_IS_JOURNEY (journey));

  if (self->journey == journey)
    return;

  disconnect_journey (self);
  g_set_object (&self->journey, journey);

  if (journey != NULL)
    {
      /* "changed" covers edits deep inside the document (a note's text);
       * the lists and the journey's own properties are followed as well. */
      if (g_signal_lookup ("changed", KR_TYPE_JOURNEY) != 0)
        g_signal_connect_swapped (journey, "changed", G_CALLBACK (journey_changed_cb), self);
      g_signal_connect_swapped (journey, "notify", G_CALLBACK (journey_notify_cb), self);
      g_signal_connect_swapped (kr_journey_get_phases (journey), "items-changed",
                                G_CALLBACK (journey_items_changed_cb), self);
      g_signal_connect_swapped (kr_journey_get_notes (journey), "items-changed",
                                G_CALLBACK (journey_items_changed_cb), self);
      g_signal_connect_swapped (kr_journey_get_personas (journey), "items-changed",
                                G_CALLBACK (journey_items_changed_cb), self);
    }

  /* A new document shows at once and starts at its top. */
  kr_overview_rebuild (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNEY]);
}
