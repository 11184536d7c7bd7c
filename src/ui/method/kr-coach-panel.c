/* kr-coach-panel.c: the six steps of the method, and what each still asks
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Most facilitators run the method a few times a year. The coach lists
 * its six steps with a tip from the method's text for each, and under
 * them the model's findings (kr-coach.c), which follow the journey as it
 * changes. A finding is a row to activate: it emits ::finding-activated,
 * and the method panel takes the user to the place it is about. Nothing
 * here blocks anything.
 */
#define G_LOG_DOMAIN "kr-coach-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "kr-coach-panel.h"

struct _KrCoachPanel
{
  AdwBin               parent_instance;

  AdwPreferencesPage  *page;
  AdwPreferencesGroup *groups[KR_N_STEPS];
  GtkWidget           *done_icons[KR_N_STEPS];
  GtkWidget           *counts[KR_N_STEPS];
  GPtrArray           *rows[KR_N_STEPS];

  KrJourney           *journey;
  GPtrArray           *findings;
  char                *signature;   /* of the findings shown, to skip rebuilding */
  guint                update_id;
};

enum {
  PROP_0,
  PROP_N_FINDINGS,
  N_PROPS
};

enum {
  FINDING_ACTIVATED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (KrCoachPanel, kr_coach_panel, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
signature_of (GPtrArray *findings)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      KrFinding *finding = findings->pdata[i];

      g_string_append_printf (out, "%s\x1f%s\x1f%d\x1f%s\x1e", finding->id,
                              finding->object_id ?: "", finding->scope_field, finding->message);
    }
  return g_string_free (out, FALSE);
}

static void
row_activated_cb (AdwActionRow *row,
                  KrCoachPanel *self)
{
  KrFinding *finding = g_object_get_data (G_OBJECT (row), "finding");

  if (finding != NULL)
    g_signal_emit (self, signals[FINDING_ACTIVATED], 0, finding->id, finding->about,
                   finding->scope_field, finding->object_id);
}

static GtkWidget *
create_finding_row (KrCoachPanel *self,
                    KrFinding    *finding)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("go-next-symbolic");

  /* Messages are a sentence; they wrap, and escape no markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), finding->message);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (icon, _("Show in the Journey"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
  gtk_widget_add_css_class (row, "coach-finding");
  g_object_set_data (G_OBJECT (row), "finding", finding);
  g_signal_connect (row, "activated", G_CALLBACK (row_activated_cb), self);
  return row;
}

static void
rebuild (KrCoachPanel *self)
{
  for (KrStep step = 0; step < KR_N_STEPS; step++)
    {
      guint n = 0;

      for (guint i = 0; i < self->rows[step]->len; i++)
        adw_preferences_group_remove (self->groups[step], self->rows[step]->pdata[i]);
      g_ptr_array_set_size (self->rows[step], 0);

      for (guint i = 0; self->findings != NULL && i < self->findings->len; i++)
        {
          KrFinding *finding = self->findings->pdata[i];
          GtkWidget *row;

          if (finding->step != step)
            continue;
          row = create_finding_row (self, finding);
          adw_preferences_group_add (self->groups[step], row);
          g_ptr_array_add (self->rows[step], row);
          n++;
        }

      /* A step with nothing to add says so with a tick, and takes no
       * more room than its tip. */
      gtk_widget_set_visible (self->done_icons[step], n == 0);
      gtk_widget_set_visible (self->counts[step], n > 0);
      if (n > 0)
        {
          g_autofree char *count = g_strdup_printf ("%u", n);
          g_autofree char *tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                   "%u suggestion",
                                                                   "%u suggestions", n),
                                                      n);

          gtk_label_set_label (GTK_LABEL (self->counts[step]), count);
          gtk_widget_set_tooltip_text (self->counts[step], tooltip);
        }
    }
}

static void
update (KrCoachPanel *self)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *signature = NULL;
  guint before = kr_coach_panel_get_n_findings (self);

  if (self->journey != NULL)
    findings = kr_coach_check (self->journey);
  signature = signature_of (findings);
  if (self->findings != NULL && g_strcmp0 (signature, self->signature) == 0)
    return;

  /* The rows point into the findings: both go together. */
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  self->findings = g_steal_pointer (&findings);
  g_free (self->signature);
  self->signature = g_steal_pointer (&signature);
  rebuild (self);

  if (before != kr_coach_panel_get_n_findings (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_FINDINGS]);
}

static gboolean
update_idle_cb (gpointer user_data)
{
  KrCoachPanel *self = user_data;

  self->update_id = 0;
  update (self);
  return G_SOURCE_REMOVE;
}

/* Once the main loop is idle: a drag or a paste changes the journey many
 * times over, and typing changes it with every key. */
static void
journey_changed_cb (KrCoachPanel *self)
{
  if (self->update_id == 0)
    self->update_id = g_idle_add_full (G_PRIORITY_LOW, update_idle_cb, self, NULL);
}

static void
kr_coach_panel_dispose (GObject *object)
{
  KrCoachPanel *self = KR_COACH_PANEL (object);

  kr_coach_panel_set_journey (self, NULL);
  g_clear_handle_id (&self->update_id, g_source_remove);

  G_OBJECT_CLASS (kr_coach_panel_parent_class)->dispose (object);
}

static void
kr_coach_panel_finalize (GObject *object)
{
  KrCoachPanel *self = KR_COACH_PANEL (object);

  for (KrStep step = 0; step < KR_N_STEPS; step++)
    g_clear_pointer (&self->rows[step], g_ptr_array_unref);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->signature, g_free);

  G_OBJECT_CLASS (kr_coach_panel_parent_class)->finalize (object);
}

static void
kr_coach_panel_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KrCoachPanel *self = KR_COACH_PANEL (object);

  switch (prop_id)
    {
    case PROP_N_FINDINGS:
      g_value_set_uint (value, kr_coach_panel_get_n_findings (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_coach_panel_class_init (KrCoachPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kr_coach_panel_dispose;
  object_class->finalize = kr_coach_panel_finalize;
  object_class->get_property = kr_coach_panel_get_property;

  properties[PROP_N_FINDINGS] =
    g_param_spec_uint ("n-findings", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KrCoachPanel::finding-activated:
   * @id: the finding's id, such as "phase-empty"
   * @about: a KrFindingAbout
   * @scope_field: the scope question, for KR_FINDING_ABOUT_SCOPE
   * @object_id: the phase or persona, or NULL
   *
   * The user asked to go to what a finding is about.
   */
  signals[FINDING_ACTIVATED] =
    g_signal_new ("finding-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 4,
                  G_TYPE_STRING, G_TYPE_INT, G_TYPE_INT, G_TYPE_STRING);
}

static void
kr_coach_panel_init (KrCoachPanel *self)
{
  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->page));

  for (KrStep step = 0; step < KR_N_STEPS; step++)
    {
      g_autofree char *title = NULL;
      GtkWidget *box;

      /* TRANSLATORS: a step of the method in the coach: its number and name */
      title = g_strdup_printf (_("Step %u: %s"), step + 1, kr_step_get_title (step));
      self->groups[step] = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      adw_preferences_group_set_title (self->groups[step], title);
      adw_preferences_group_set_description (self->groups[step], kr_step_get_tip (step));
      adw_preferences_page_add (self->page, self->groups[step]);

      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      gtk_widget_set_valign (box, GTK_ALIGN_START);
      self->done_icons[step] = gtk_image_new_from_icon_name ("emblem-ok-symbolic");
      /* TRANSLATORS: a step of the method for which the coach has no advice */
      gtk_widget_set_tooltip_text (self->done_icons[step], _("Nothing to add for now"));
      gtk_widget_add_css_class (self->done_icons[step], "success");
      self->counts[step] = gtk_label_new (NULL);
      gtk_widget_add_css_class (self->counts[step], "coach-count");
      gtk_box_append (GTK_BOX (box), self->done_icons[step]);
      gtk_box_append (GTK_BOX (box), self->counts[step]);
      adw_preferences_group_set_header_suffix (self->groups[step], box);
      self->rows[step] = g_ptr_array_new ();
    }
  update (self);
}

GtkWidget *
kr_coach_panel_new (void)
{
  return g_object_new (KR_TYPE_COACH_PANEL, NULL);
}

void
kr_coach_panel_set_journey (KrCoachPanel *self,
                            KrJourney    *journey)
{
  g_return_if_fail (KR_IS_COACH_PANEL (self));

  if (self->journey != NULL)
    g_signal_handlers_disconnect_by_data (self->journey, self);
  g_set_object (&self->journey, journey);
  if (journey != NULL)
    g_signal_connect_swapped (journey, "changed", G_CALLBACK (journey_changed_cb), self);

  /* A new document shows its findings at once, not on the next change. */
  g_clear_handle_id (&self->update_id, g_source_remove);
  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    update (self);
}

guint
kr_coach_panel_get_n_findings (KrCoachPanel *self)
{
  g_return_val_if_fail (KR_IS_COACH_PANEL (self), 0);
  return self->findings != NULL ? self->findings->len : 0;
}
