/* kr-journey-diff.c: what differs between two versions of a journey
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Used to show what a recovered copy holds that the saved file does not.
 * Properties are compared through GObject, so a field added to a note or
 * a phase is compared without a change here.
 */
#define G_LOG_DOMAIN "kr-journey-diff"

#include "config.h"

#include <string.h>

#include "kr-journey-diff.h"

static const char *const note_place[] = { "phase", "kind", "order", "has-valence", "valence", NULL };
static const char *const note_text[] = { "text", NULL };
static const char *const phase_text[] = { "title", NULL };
/* Told apart from the details of the journey, or not a change at all. */
static const char *const journey_skip[] = { "title", "created", "modified", NULL };

void
kr_journey_change_free (KrJourneyChange *change)
{
  if (change == NULL)
    return;

  g_free (change->id);
  g_free (change->old_text);
  g_free (change->new_text);
  g_free (change->phase);
  g_free (change);
}

static KrJourneyChange *
change_new (GPtrArray           *changes,
            KrJourneyChangeKind  kind,
            const char          *id,
            const char          *old_text,
            const char          *new_text)
{
  KrJourneyChange *change = g_new0 (KrJourneyChange, 1);

  change->kind = kind;
  change->id = g_strdup (id);
  change->old_text = g_strdup (old_text);
  change->new_text = g_strdup (new_text);
  g_ptr_array_add (changes, change);
  return change;
}

/* Whether a readable property of @a and @b differs: of those in @only
 * when it is given, else of all but those in @except. */
static gboolean
properties_differ (GObject           *a,
                   GObject           *b,
                   const char *const *only,
                   const char *const *except)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n = 0;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;
      const char *name = pspecs[i]->name;

      if (!(pspecs[i]->flags & G_PARAM_READABLE) || strcmp (name, "id") == 0)
        continue;
      if (only != NULL && !g_strv_contains (only, name))
        continue;
      if (except != NULL && g_strv_contains (except, name))
        continue;

      g_value_init (&va, pspecs[i]->value_type);
      g_value_init (&vb, pspecs[i]->value_type);
      g_object_get_property (a, name, &va);
      g_object_get_property (b, name, &vb);
      if (g_param_values_cmp (pspecs[i], &va, &vb) != 0)
        return TRUE;
    }

  return FALSE;
}

static KrChangedParts
note_parts (KrNote *a,
            KrNote *b)
{
  KrChangedParts parts = 0;
  const char *const *place_and_text[] = { note_place, note_text };
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) both = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (place_and_text); i++)
    g_strv_builder_addv (builder, (const char **) place_and_text[i]);
  both = g_strv_builder_end (builder);

  if (properties_differ (G_OBJECT (a), G_OBJECT (b), note_text, NULL))
    parts |= KR_CHANGED_TEXT;
  if (properties_differ (G_OBJECT (a), G_OBJECT (b), note_place, NULL))
    parts |= KR_CHANGED_PLACE;
  if (properties_differ (G_OBJECT (a), G_OBJECT (b), NULL, (const char *const *) both))
    parts |= KR_CHANGED_DETAILS;

  return parts;
}

static const char *
phase_title (KrJourney  *journey,
             const char *phase_id)
{
  KrPhase *phase = kr_journey_find_phase (journey, phase_id, NULL);

  return phase != NULL ? kr_phase_get_title (phase) : NULL;
}

/* The ids of @list's items that are in @other too, in @list's order. */
static GPtrArray *
common_phase_ids (GListModel *list,
                  KrJourney  *other)
{
  GPtrArray *ids = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KrPhase) phase = g_list_model_get_item (list, i);

      if (kr_journey_find_phase (other, kr_phase_get_id (phase), NULL) != NULL)
        g_ptr_array_add (ids, (gpointer) kr_phase_get_id (phase));
    }

  return ids;
}

/* The ids that keep their order: a longest common subsequence of the two
 * orders. A phase outside it is one that moved, so that taking one phase
 * to the front moves that one, not all the others. */
static GHashTable *
phases_in_place (GPtrArray *a,
                 GPtrArray *b)
{
  GHashTable *kept = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = a->len, m = b->len;
  g_autofree guint *table = g_new0 (guint, (gsize) (n + 1) * (m + 1));

#define AT(i, j) table[(gsize) (i) * (m + 1) + (j)]
  for (guint i = n; i-- > 0;)
    for (guint j = m; j-- > 0;)
      AT (i, j) = strcmp (a->pdata[i], b->pdata[j]) == 0 ? AT (i + 1, j + 1) + 1
                                                        : MAX (AT (i + 1, j), AT (i, j + 1));

  for (guint i = 0, j = 0; i < n && j < m;)
    {
      if (strcmp (a->pdata[i], b->pdata[j]) == 0)
        {
          g_hash_table_add (kept, a->pdata[i]);
          i++, j++;
        }
      else if (AT (i + 1, j) >= AT (i, j + 1))
        i++;
      else
        j++;
    }
#undef AT

  return kept;
}

static void
diff_phases (GPtrArray *changes,
             KrJourney *older,
             KrJourney *newer)
{
  GListModel *old_phases = kr_journey_get_phases (older);
  GListModel *new_phases = kr_journey_get_phases (newer);
  g_autoptr(GPtrArray) old_order = common_phase_ids (old_phases, newer);
  g_autoptr(GPtrArray) new_order = common_phase_ids (new_phases, older);
  g_autoptr(GHashTable) in_place = phases_in_place (old_order, new_order);
  guint n = g_list_model_get_n_items (new_phases);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KrPhase) phase = g_list_model_get_item (new_phases, i);
      const char *id = kr_phase_get_id (phase);
      KrPhase *before = kr_journey_find_phase (older, id, NULL);
      KrJourneyChange *change;
      KrChangedParts parts = 0;

      if (before == NULL)
        {
          change_new (changes, KR_JOURNEY_CHANGE_PHASE_ADDED, id, NULL, kr_phase_get_title (phase));
          continue;
        }

      /* Adding or removing phases moves none of the others. */
      if (!g_hash_table_contains (in_place, id))
        parts |= KR_CHANGED_PLACE;
      if (properties_differ (G_OBJECT (before), G_OBJECT (phase), phase_text, NULL))
        parts |= KR_CHANGED_TEXT;
      if (properties_differ (G_OBJECT (before), G_OBJECT (phase), NULL, phase_text))
        parts |= KR_CHANGED_DETAILS;
      if (parts == 0)
        continue;

      change = change_new (changes, KR_JOURNEY_CHANGE_PHASE_CHANGED, id,
                           kr_phase_get_title (before), kr_phase_get_title (phase));
      change->parts = parts;
    }

  n = g_list_model_get_n_items (old_phases);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KrPhase) phase = g_list_model_get_item (old_phases, i);

      if (kr_journey_find_phase (newer, kr_phase_get_id (phase), NULL) == NULL)
        change_new (changes, KR_JOURNEY_CHANGE_PHASE_REMOVED, kr_phase_get_id (phase),
                    kr_phase_get_title (phase), NULL);
    }
}

static void
diff_notes (GPtrArray *changes,
            KrJourney *older,
            KrJourney *newer)
{
  GListModel *old_notes = kr_journey_get_notes (older);
  GListModel *new_notes = kr_journey_get_notes (newer);
  guint n = g_list_model_get_n_items (new_notes);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KrNote) note = g_list_model_get_item (new_notes, i);
      const char *id = kr_note_get_id (note);
      KrNote *before = kr_journey_find_note (older, id, NULL);
      KrJourneyChange *change;
      KrChangedParts parts = 0;

      if (before != NULL)
        {
          parts = note_parts (before, note);
          if (parts == 0)
            continue;
        }

      change = change_new (changes,
                           before == NULL ? KR_JOURNEY_CHANGE_NOTE_ADDED
                                          : KR_JOURNEY_CHANGE_NOTE_CHANGED,
                           id, before != NULL ? kr_note_get_text (before) : NULL,
                           kr_note_get_text (note));
      change->parts = parts;
      change->note_kind = kr_note_get_kind (note);
      change->phase = g_strdup (phase_title (newer, kr_note_get_phase (note)));
    }

  n = g_list_model_get_n_items (old_notes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KrNote) note = g_list_model_get_item (old_notes, i);
      KrJourneyChange *change;

      if (kr_journey_find_note (newer, kr_note_get_id (note), NULL) != NULL)
        continue;

      change = change_new (changes, KR_JOURNEY_CHANGE_NOTE_REMOVED, kr_note_get_id (note),
                           kr_note_get_text (note), NULL);
      change->note_kind = kr_note_get_kind (note);
      change->phase = g_strdup (phase_title (older, kr_note_get_phase (note)));
    }
}

static gboolean
personas_differ (KrJourney *older,
                 KrJourney *newer)
{
  GListModel *a = kr_journey_get_personas (older);
  GListModel *b = kr_journey_get_personas (newer);
  guint n = g_list_model_get_n_items (a);

  if (n != g_list_model_get_n_items (b))
    return TRUE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KrPersona) pa = g_list_model_get_item (a, i);
      g_autoptr(KrPersona) pb = g_list_model_get_item (b, i);

      if (g_strcmp0 (kr_persona_get_id (pa), kr_persona_get_id (pb)) != 0 ||
          properties_differ (G_OBJECT (pa), G_OBJECT (pb), NULL, NULL))
        return TRUE;
    }

  return FALSE;
}

GPtrArray *
kr_journey_diff (KrJourney *older,
                 KrJourney *newer)
{
  g_autoptr(GPtrArray) changes = NULL;

  g_return_val_if_fail (KR_IS_JOURNEY (older), NULL);
  g_return_val_if_fail (KR_IS_JOURNEY (newer), NULL);

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_journey_change_free);

  if (g_strcmp0 (kr_journey_get_title (older), kr_journey_get_title (newer)) != 0)
    change_new (changes, KR_JOURNEY_CHANGE_TITLE, NULL,
                kr_journey_get_title (older), kr_journey_get_title (newer));

  diff_phases (changes, older, newer);
  diff_notes (changes, older, newer);

  if (properties_differ (G_OBJECT (older), G_OBJECT (newer), NULL, journey_skip) ||
      personas_differ (older, newer))
    change_new (changes, KR_JOURNEY_CHANGE_DETAILS, NULL, NULL, NULL);

  return g_steal_pointer (&changes);
}
