/* kr-coach.c: what the method still asks of a journey
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each check is one rule of the method's text, "Klantreis light in 6
 * stappen". The rules only advise: a journey that breaks them all is
 * still a journey, and the coach never stops anyone saving or exporting.
 */
#define G_LOG_DOMAIN "kr-coach"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kr-coach.h"

#define MIN_PHASES 3
#define MAX_PHASES 7

typedef struct
{
  KrJourney *journey;
  GPtrArray *findings;
} Coach;

void
kr_finding_free (KrFinding *finding)
{
  if (finding == NULL)
    return;
  g_free (finding->message);
  g_free (finding->object_id);
  g_free (finding);
}

static KrFinding *
add (Coach          *coach,
     KrStep          step,
     const char     *id,
     KrFindingAbout  about,
     const char     *object_id,
     char           *message)
{
  KrFinding *finding = g_new0 (KrFinding, 1);

  finding->step = step;
  finding->id = id;
  finding->about = about;
  finding->object_id = g_strdup (object_id);
  finding->message = message;
  g_ptr_array_add (coach->findings, finding);
  return finding;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/* Step 1 */

static void
check_scope (Coach *coach)
{
  /* The questions of the method's scope; what is already known is a
   * question to ask, but no gap when nothing is. */
  static const struct
  {
    KrScopeField  field;
    const char   *message;
  } questions[] = {
    { KR_SCOPE_CUSTOMER, N_("The scope does not say who the customer is yet") },
    { KR_SCOPE_GOAL, N_("The scope does not say what the customer's goal is yet") },
    { KR_SCOPE_START, N_("The scope does not say where the journey starts yet") },
    { KR_SCOPE_END, N_("The scope does not say where the journey ends yet") },
    { KR_SCOPE_OUT_OF_SCOPE, N_("The scope does not say what is out of scope yet") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    {
      KrFinding *finding;

      if (!is_blank (kr_journey_get_scope (coach->journey, questions[i].field)))
        continue;
      finding = add (coach, KR_STEP_SCOPE, KR_FINDING_SCOPE, KR_FINDING_ABOUT_SCOPE, NULL,
                     g_strdup (_(questions[i].message)));
      finding->scope_field = questions[i].field;
    }
}

static gboolean
empathy_map_is_empty (KrPersona *persona)
{
  for (guint i = KR_PERSONA_THINKS_FEELS; i <= KR_PERSONA_WANTS_NEEDS; i++)
    if (!is_blank (kr_persona_get_field (persona, i)))
      return FALSE;
  return TRUE;
}

static void
check_persona (Coach *coach)
{
  GListModel *personas = kr_journey_get_personas (coach->journey);
  const char *chosen = kr_journey_get_persona (coach->journey);
  g_autoptr(KrPersona) first = NULL;
  KrPersona *persona;
  const char *name;

  if (g_list_model_get_n_items (personas) == 0)
    {
      add (coach, KR_STEP_SCOPE, KR_FINDING_PERSONA, KR_FINDING_ABOUT_PERSONA, NULL,
           g_strdup (_("No persona yet: fill in an empathy map to step into the customer's "
                       "shoes")));
      return;
    }

  /* The persona the journey is for; when it names none, the first. */
  persona = chosen != NULL ? kr_journey_find_persona (coach->journey, chosen, NULL) : NULL;
  if (persona == NULL)
    persona = first = g_list_model_get_item (personas, 0);

  if (!empathy_map_is_empty (persona))
    return;

  name = kr_persona_get_field (persona, KR_PERSONA_NAME);
  add (coach, KR_STEP_SCOPE, KR_FINDING_PERSONA, KR_FINDING_ABOUT_PERSONA,
       kr_persona_get_id (persona),
       is_blank (name) ? g_strdup (_("The persona's empathy map is empty"))
                       /* TRANSLATORS: %s is the persona's name */
                       : g_strdup_printf (_("The empathy map of “%s” is empty"), name));
}

/* Steps 2 to 4, phase by phase */

/* "Phase 2, “Ik zoek …”": how the messages name a phase. */
static char *
describe_phase (KrPhase *phase,
                guint    index)
{
  const char *title = kr_phase_get_title (phase);

  if (is_blank (title))
    /* TRANSLATORS: a phase in the coach's messages, by its number */
    return g_strdup_printf (_("Phase %u"), index + 1);
  /* TRANSLATORS: a phase in the coach's messages: its number and title */
  return g_strdup_printf (_("Phase %u, “%s”,"), index + 1, title);
}

static void
check_phase_count (Coach *coach,
                   guint  n)
{
  char *message;

  if (n >= MIN_PHASES && n <= MAX_PHASES)
    return;

  if (n == 0)
    message = g_strdup (_("The journey has no phases yet; the method works with 3 to 7"));
  else if (n < MIN_PHASES)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "The journey has %u phase; the method works with "
                                            "3 to 7",
                                            "The journey has %u phases; the method works with "
                                            "3 to 7",
                                            n),
                               n);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "The journey has %u phase; the method works with "
                                            "3 to 7, so bundle some of them",
                                            "The journey has %u phases; the method works with "
                                            "3 to 7, so bundle some of them",
                                            n),
                               n);
  add (coach, KR_STEP_PHASES, KR_FINDING_PHASE_COUNT, KR_FINDING_ABOUT_JOURNEY, NULL, message);
}

static void
check_phase_title (Coach      *coach,
                   KrPhase    *phase,
                   guint       index,
                   const char *word)
{
  g_autofree char *what = NULL;
  char *message;

  if (word == NULL || kr_method_starts_with_word (kr_phase_get_title (phase), word))
    return;

  if (is_blank (kr_phase_get_title (phase)))
    /* TRANSLATORS: %u is the phase's number, %s the customer's "I" ("Ik") */
    message = g_strdup_printf (_("Phase %u has no title yet; write it from the customer: "
                                 "“%s …”"),
                               index + 1, word);
  else
    {
      what = describe_phase (phase, index);
      /* TRANSLATORS: the first %s names the phase ("Phase 2, “…”,"); the
       * second is the customer's "I" ("Ik") */
      message = g_strdup_printf (_("%s does not start with the customer's “%s”"), what, word);
    }
  add (coach, KR_STEP_PHASES, KR_FINDING_PHASE_TITLE, KR_FINDING_ABOUT_PHASE,
       kr_phase_get_id (phase), message);
}

/* The phase's activities, and whether one of them has a height: what a
 * derived curve point is made of, as kr_curve_point_for_phase () does. */
static void
count_activities (KrJourney *journey,
                  KrPhase   *phase,
                  guint     *n,
                  gboolean  *with_valence)
{
  g_autoptr(GPtrArray) activities = kr_journey_collect_notes (journey, kr_phase_get_id (phase),
                                                              KR_NOTE_KIND_ACTIVITY);

  *n = activities->len;
  *with_valence = FALSE;
  for (guint i = 0; i < activities->len && !*with_valence; i++)
    *with_valence = kr_note_get_has_valence (activities->pdata[i]);
}

static void
check_phases (Coach      *coach,
              KrStep      step,
              const char *word)
{
  GListModel *phases = kr_journey_get_phases (coach->journey);
  guint n = g_list_model_get_n_items (phases);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KrPhase) phase = g_list_model_get_item (phases, i);
      g_autofree char *what = describe_phase (phase, i);
      const char *id = kr_phase_get_id (phase);
      guint n_activities;
      gboolean with_valence;

      switch (step)
        {
        case KR_STEP_PHASES:
          check_phase_title (coach, phase, i, word);
          break;

        case KR_STEP_ACTIVITIES:
          count_activities (coach->journey, phase, &n_activities, &with_valence);
          if (n_activities == 0)
            /* TRANSLATORS: %s names the phase ("Phase 2, “…”,") */
            add (coach, step, KR_FINDING_PHASE_EMPTY, KR_FINDING_ABOUT_PHASE, id,
                 g_strdup_printf (_("%s has no activities yet"), what));
          break;

        case KR_STEP_EXPERIENCE:
          if (kr_phase_get_emotion_from (phase) == NULL && kr_phase_get_emotion_to (phase) == NULL)
            /* TRANSLATORS: %s names the phase ("Phase 2, “…”,") */
            add (coach, step, KR_FINDING_EMOTIONS, KR_FINDING_ABOUT_PHASE, id,
                 g_strdup_printf (_("%s has no dominant emotion yet"), what));
          count_activities (coach->journey, phase, &n_activities, &with_valence);
          if (!kr_phase_get_has_curve (phase) && !with_valence)
            /* TRANSLATORS: %s names the phase ("Phase 2, “…”,") */
            add (coach, step, KR_FINDING_CURVE, KR_FINDING_ABOUT_PHASE, id,
                 g_strdup_printf (_("%s has no point on the emotion curve: set one, or add "
                                    "activities"),
                                  what));
          break;

        case KR_STEP_SCOPE:
        case KR_STEP_RED_THREAD:
        case KR_STEP_IMPROVE:
        default:
          g_assert_not_reached ();
        }
    }
}

/* Steps 5 and 6 */

static void
check_notes (Coach *coach)
{
  GListModel *phases = kr_journey_get_phases (coach->journey);
  GListModel *notes = kr_journey_get_notes (coach->journey);
  gboolean moment = FALSE, pains = FALSE, gains = FALSE, ideas = FALSE;
  const char *red_thread = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (phases) && !moment; i++)
    {
      g_autoptr(KrPhase) phase = g_list_model_get_item (phases, i);
      moment = kr_phase_get_moment_of_truth (phase);
    }

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(KrNote) note = g_list_model_get_item (notes, i);

      moment |= kr_note_get_moment_of_truth (note);
      pains |= kr_note_get_kind (note) == KR_NOTE_KIND_PAIN;
      gains |= kr_note_get_kind (note) == KR_NOTE_KIND_GAIN;
      ideas |= kr_note_get_kind (note) == KR_NOTE_KIND_IMPROVEMENT;
    }

  if (!moment)
    add (coach, KR_STEP_RED_THREAD, KR_FINDING_MOMENT_OF_TRUTH, KR_FINDING_ABOUT_JOURNEY, NULL,
         g_strdup (_("No moment of truth ★ yet: which moment makes or breaks the journey?")));

  if (!pains && !gains)
    red_thread = _("The red thread has no pains and no gains yet");
  else if (!pains)
    red_thread = _("The red thread has no pains yet");
  else if (!gains)
    red_thread = _("The red thread has no gains yet");
  if (red_thread != NULL)
    add (coach, KR_STEP_RED_THREAD, KR_FINDING_RED_THREAD, KR_FINDING_ABOUT_JOURNEY, NULL,
         g_strdup (red_thread));

  if (!ideas)
    add (coach, KR_STEP_IMPROVE, KR_FINDING_IMPROVEMENTS, KR_FINDING_ABOUT_JOURNEY, NULL,
         g_strdup (_("No ideas for improvement yet")));
}

GPtrArray *
kr_coach_check (KrJourney *journey)
{
  Coach coach = { journey, NULL };
  const char *word;

  g_return_val_if_fail (KR_IS_JOURNEY (journey), NULL);

  coach.findings = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_finding_free);
  word = kr_method_get_first_word (kr_journey_get_language (journey));

  check_scope (&coach);
  check_persona (&coach);
  check_phase_count (&coach, g_list_model_get_n_items (kr_journey_get_phases (journey)));
  check_phases (&coach, KR_STEP_PHASES, word);
  check_phases (&coach, KR_STEP_ACTIVITIES, word);
  check_phases (&coach, KR_STEP_EXPERIENCE, word);
  check_notes (&coach);

  return coach.findings;
}
