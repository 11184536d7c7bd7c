/* test-coach.c: the method coach's checks, each at its boundaries
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kr-model.h"
#include "kr-test-sample.h"

/* A journey of @n phases titled "Ik …", each with one activity above the
 * line and an emotion, a scope answered in full, a persona with an empathy
 * map, a moment of truth, a pain, a gain and an idea: nothing to advise
 * when 3 ≤ @n ≤ 7. */
static KrJourney *
make_journey (guint n)
{
  KrJourney *journey = kr_journey_new ();
  GListStore *phases = G_LIST_STORE (kr_journey_get_phases (journey));
  GListStore *notes = G_LIST_STORE (kr_journey_get_notes (journey));
  g_autoptr(KrPersona) persona = kr_persona_new ("persona1");

  kr_journey_set_language (journey, "nl");
  for (guint i = 0; i < KR_SCOPE_N_FIELDS; i++)
    kr_journey_set_scope (journey, i, "Antwoord");
  kr_persona_set_field (persona, KR_PERSONA_NAME, "Sandra");
  kr_persona_set_field (persona, KR_PERSONA_HEARS, "Buren praten over isolatie");
  g_list_store_append (G_LIST_STORE (kr_journey_get_personas (journey)), persona);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i + 1);
      g_autofree char *note_id = g_strdup_printf ("n%u", i + 1);
      g_autoptr(KrPhase) phase = kr_phase_new (id, "Ik doe iets");
      g_autoptr(KrNote) note = kr_note_new (note_id, id, KR_NOTE_KIND_ACTIVITY, "Ik bel");

      kr_phase_set_emotion_from (phase, "joy");
      kr_note_set_has_valence (note, TRUE);
      kr_note_set_valence (note, 2);
      g_list_store_append (phases, phase);
      g_list_store_append (notes, note);
    }

  if (n > 0)
    {
      const KrNoteKind kinds[] = { KR_NOTE_KIND_PAIN, KR_NOTE_KIND_GAIN, KR_NOTE_KIND_IMPROVEMENT };

      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        {
          g_autofree char *id = g_strdup_printf ("x%u", k);
          g_autoptr(KrNote) note = kr_note_new (id, "p1", kinds[k], "Iets");

          kr_note_set_moment_of_truth (note, kinds[k] == KR_NOTE_KIND_PAIN);
          g_list_store_append (notes, note);
        }
    }

  return journey;
}

static KrPhase *
phase_at (KrJourney *journey,
          guint      index)
{
  g_autoptr(KrPhase) phase = g_list_model_get_item (kr_journey_get_phases (journey), index);
  return phase;
}

static void
remove_notes_of_kind (KrJourney  *journey,
                      KrNoteKind  kind)
{
  GListStore *notes = G_LIST_STORE (kr_journey_get_notes (journey));

  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (notes)); i > 0; i--)
    {
      g_autoptr(KrNote) note = g_list_model_get_item (G_LIST_MODEL (notes), i - 1);

      if (kr_note_get_kind (note) == kind)
        g_list_store_remove (notes, i - 1);
    }
}

/* The findings with @id, as "object:message" lines, for comparing. */
static guint
count (GPtrArray  *findings,
       const char *id)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    n += g_str_equal (((KrFinding *) findings->pdata[i])->id, id);
  return n;
}

static KrFinding *
find (GPtrArray  *findings,
      const char *id,
      const char *object_id)
{
  for (guint i = 0; i < findings->len; i++)
    {
      KrFinding *finding = findings->pdata[i];

      if (g_str_equal (finding->id, id) && g_strcmp0 (finding->object_id, object_id) == 0)
        return finding;
    }
  return NULL;
}

static void
test_nothing_to_advise (void)
{
  g_autoptr(KrJourney) journey = make_journey (4);
  g_autoptr(GPtrArray) findings = kr_coach_check (journey);

  for (guint i = 0; i < findings->len; i++)
    g_test_message ("%s: %s", ((KrFinding *) findings->pdata[i])->id,
                    ((KrFinding *) findings->pdata[i])->message);
  g_assert_cmpuint (findings->len, ==, 0);
}

static void
test_phase_count (void)
{
  const struct { guint n; gboolean advised; } cases[] = {
    { 0, TRUE }, { 2, TRUE }, { 3, FALSE }, { 7, FALSE }, { 8, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(KrJourney) journey = make_journey (cases[i].n);
      g_autoptr(GPtrArray) findings = kr_coach_check (journey);
      KrFinding *finding = find (findings, KR_FINDING_PHASE_COUNT, NULL);

      g_test_message ("%u phases", cases[i].n);
      g_assert_cmpuint (count (findings, KR_FINDING_PHASE_COUNT), ==, cases[i].advised);
      if (finding == NULL)
        continue;
      g_assert_cmpint (finding->step, ==, KR_STEP_PHASES);
      g_assert_cmpint (finding->about, ==, KR_FINDING_ABOUT_JOURNEY);
      g_assert_nonnull (strstr (finding->message, "3 to 7"));
      if (cases[i].n > 0)
        {
          g_autofree char *number = g_strdup_printf ("%u phase", cases[i].n);
          g_assert_nonnull (strstr (finding->message, number));
        }
    }
}

static void
check_titles (const char         *language,
              const char * const *titles,
              const gboolean     *advised)
{
  g_autoptr(KrJourney) journey = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  guint n = g_strv_length ((char **) titles);

  journey = make_journey (n);
  kr_journey_set_language (journey, language);
  for (guint i = 0; i < n; i++)
    kr_phase_set_title (phase_at (journey, i), titles[i]);

  findings = kr_coach_check (journey);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i + 1);
      KrFinding *finding = find (findings, KR_FINDING_PHASE_TITLE, id);

      g_test_message ("%s: “%s”", language ? language : "(none)", titles[i]);
      g_assert_cmpint (finding != NULL, ==, advised[i]);
      if (finding != NULL)
        {
          g_assert_cmpint (finding->step, ==, KR_STEP_PHASES);
          g_assert_cmpint (finding->about, ==, KR_FINDING_ABOUT_PHASE);
        }
    }
}

static void
test_phase_title_dutch (void)
{
  const char * const titles[] = {
    "Ik wil verduurzamen", "ik zoek een installateur", " Ik vraag subsidie aan",
    "\tIK wacht", "Ik", "Ik, de klant, bel", "Ikea bezoeken", "Wij zoeken", "I search",
    "", NULL,
  };
  const gboolean advised[] = {
    FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, TRUE, TRUE, TRUE, TRUE,
  };

  check_titles ("nl", titles, advised);
  /* A region does not change the word. */
  check_titles ("nl-BE", titles, advised);
}

static void
test_phase_title_english (void)
{
  const char * const titles[] = {
    "I want to start a business", "i register at the chamber", "  I'm waiting",
    "In the shop", "Ik wil", "Ice cream", "I", NULL,
  };
  const gboolean advised[] = { FALSE, FALSE, FALSE, TRUE, TRUE, TRUE, FALSE };

  check_titles ("en", titles, advised);
  check_titles ("en-GB", titles, advised);
  /* Without a language the UI's decides; the tests run in English. */
  check_titles (NULL, titles, advised);
}

static void
test_phase_title_other_language (void)
{
  const char * const titles[] = { "Ich suche", "Ik zoek", "I search", NULL };
  const gboolean advised[] = { FALSE, FALSE, FALSE };

  /* Not a language whose first word the coach knows: it does not guess. */
  check_titles ("de", titles, advised);
}

static void
test_blank_title_message (void)
{
  g_autoptr(KrJourney) journey = make_journey (3);
  g_autoptr(GPtrArray) findings = NULL;
  KrFinding *finding;

  kr_phase_set_title (phase_at (journey, 1), "  ");
  kr_phase_set_title (phase_at (journey, 2), "Wij zoeken");
  findings = kr_coach_check (journey);

  finding = find (findings, KR_FINDING_PHASE_TITLE, "p2");
  g_assert_cmpstr (finding->message, ==,
                   "Phase 2 has no title yet; write it from the customer: “Ik …”");
  finding = find (findings, KR_FINDING_PHASE_TITLE, "p3");
  g_assert_cmpstr (finding->message, ==,
                   "Phase 3, “Wij zoeken”, does not start with the customer's “Ik”");
}

static void
test_phase_empty_emotions_curve (void)
{
  g_autoptr(KrJourney) journey = make_journey (3);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(KrPhase) empty = kr_phase_new ("p4", "Ik wacht");
  g_autoptr(KrPhase) set = kr_phase_new ("p5", "Ik krijg een besluit");
  KrFinding *finding;

  /* p4: no activities, no emotion, no curve. p5: no activities, but a
   * curve point of its own and one emotion, "to" only. p2: no emotion. */
  kr_phase_set_has_curve (set, TRUE);
  kr_phase_set_curve (set, -3);
  kr_phase_set_emotion_to (set, "trust");
  g_list_store_append (G_LIST_STORE (kr_journey_get_phases (journey)), empty);
  g_list_store_append (G_LIST_STORE (kr_journey_get_phases (journey)), set);
  kr_phase_set_emotion_from (phase_at (journey, 1), NULL);

  findings = kr_coach_check (journey);

  g_assert_cmpuint (count (findings, KR_FINDING_PHASE_EMPTY), ==, 2);
  finding = find (findings, KR_FINDING_PHASE_EMPTY, "p4");
  g_assert_cmpint (finding->step, ==, KR_STEP_ACTIVITIES);
  g_assert_cmpstr (finding->message, ==, "Phase 4, “Ik wacht”, has no activities yet");
  g_assert_nonnull (find (findings, KR_FINDING_PHASE_EMPTY, "p5"));

  g_assert_cmpuint (count (findings, KR_FINDING_EMOTIONS), ==, 2);
  g_assert_nonnull (find (findings, KR_FINDING_EMOTIONS, "p2"));
  finding = find (findings, KR_FINDING_EMOTIONS, "p4");
  g_assert_cmpint (finding->step, ==, KR_STEP_EXPERIENCE);

  /* Only p4 has no point at all, neither set nor derived. */
  g_assert_cmpuint (count (findings, KR_FINDING_CURVE), ==, 1);
  finding = find (findings, KR_FINDING_CURVE, "p4");
  g_assert_cmpint (finding->step, ==, KR_STEP_EXPERIENCE);
  g_assert_cmpint (finding->about, ==, KR_FINDING_ABOUT_PHASE);
}

static void
test_moment_of_truth (void)
{
  g_autoptr(KrJourney) journey = make_journey (3);
  g_autoptr(KrNote) pain = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) on_phase = NULL;
  g_autoptr(GPtrArray) on_note = NULL;

  pain = kr_journey_find_note (journey, "x0", NULL);
  g_object_ref (pain);
  on_note = kr_coach_check (journey);
  g_assert_cmpuint (count (on_note, KR_FINDING_MOMENT_OF_TRUTH), ==, 0);

  kr_note_set_moment_of_truth (pain, FALSE);
  none = kr_coach_check (journey);
  g_assert_cmpuint (count (none, KR_FINDING_MOMENT_OF_TRUTH), ==, 1);
  g_assert_cmpint (find (none, KR_FINDING_MOMENT_OF_TRUTH, NULL)->step, ==, KR_STEP_RED_THREAD);

  kr_phase_set_moment_of_truth (phase_at (journey, 2), TRUE);
  on_phase = kr_coach_check (journey);
  g_assert_cmpuint (count (on_phase, KR_FINDING_MOMENT_OF_TRUTH), ==, 0);
}

static void
test_red_thread (void)
{
  const struct
  {
    gboolean    pains;
    gboolean    gains;
    const char *message;
  } cases[] = {
    { TRUE, TRUE, NULL },
    { FALSE, TRUE, "The red thread has no pains yet" },
    { TRUE, FALSE, "The red thread has no gains yet" },
    { FALSE, FALSE, "The red thread has no pains and no gains yet" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(KrJourney) journey = make_journey (3);
      g_autoptr(GPtrArray) findings = NULL;
      KrFinding *finding;

      if (!cases[i].pains)
        remove_notes_of_kind (journey, KR_NOTE_KIND_PAIN);
      if (!cases[i].gains)
        remove_notes_of_kind (journey, KR_NOTE_KIND_GAIN);
      kr_phase_set_moment_of_truth (phase_at (journey, 0), TRUE);

      findings = kr_coach_check (journey);
      finding = find (findings, KR_FINDING_RED_THREAD, NULL);
      g_assert_cmpuint (count (findings, KR_FINDING_RED_THREAD), ==, cases[i].message != NULL);
      if (finding != NULL)
        {
          g_assert_cmpstr (finding->message, ==, cases[i].message);
          g_assert_cmpint (finding->step, ==, KR_STEP_RED_THREAD);
        }
    }
}

static void
test_improvements (void)
{
  g_autoptr(KrJourney) journey = make_journey (3);
  g_autoptr(GPtrArray) findings = NULL;

  remove_notes_of_kind (journey, KR_NOTE_KIND_IMPROVEMENT);
  findings = kr_coach_check (journey);
  g_assert_cmpuint (count (findings, KR_FINDING_IMPROVEMENTS), ==, 1);
  g_assert_cmpint (find (findings, KR_FINDING_IMPROVEMENTS, NULL)->step, ==, KR_STEP_IMPROVE);
  /* Nothing else is missing. */
  g_assert_cmpuint (findings->len, ==, 1);
}

static void
test_scope (void)
{
  g_autoptr(KrJourney) journey = make_journey (3);
  g_autoptr(GPtrArray) full = kr_coach_check (journey);
  g_autoptr(GPtrArray) empty = NULL;
  const KrScopeField asked[] = {
    KR_SCOPE_CUSTOMER, KR_SCOPE_GOAL, KR_SCOPE_START, KR_SCOPE_END, KR_SCOPE_OUT_OF_SCOPE,
  };

  g_assert_cmpuint (count (full, KR_FINDING_SCOPE), ==, 0);

  /* Unset, empty and white space are all unanswered; what is known is
   * no question the coach asks. */
  kr_journey_set_scope (journey, KR_SCOPE_CUSTOMER, NULL);
  kr_journey_set_scope (journey, KR_SCOPE_GOAL, "");
  kr_journey_set_scope (journey, KR_SCOPE_START, " \n ");
  kr_journey_set_scope (journey, KR_SCOPE_END, NULL);
  kr_journey_set_scope (journey, KR_SCOPE_OUT_OF_SCOPE, NULL);
  kr_journey_set_scope (journey, KR_SCOPE_KNOWN, NULL);
  empty = kr_coach_check (journey);

  g_assert_cmpuint (count (empty, KR_FINDING_SCOPE), ==, G_N_ELEMENTS (asked));
  for (guint i = 0; i < G_N_ELEMENTS (asked); i++)
    {
      KrFinding *finding = empty->pdata[i];

      g_assert_cmpstr (finding->id, ==, KR_FINDING_SCOPE);
      g_assert_cmpint (finding->step, ==, KR_STEP_SCOPE);
      g_assert_cmpint (finding->about, ==, KR_FINDING_ABOUT_SCOPE);
      g_assert_cmpint (finding->scope_field, ==, asked[i]);
    }
  g_assert_cmpstr (((KrFinding *) empty->pdata[0])->message, ==,
                   "The scope does not say who the customer is yet");
}

static void
test_persona (void)
{
  g_autoptr(KrJourney) journey = make_journey (3);
  GListStore *personas = G_LIST_STORE (kr_journey_get_personas (journey));
  g_autoptr(KrPersona) empty = kr_persona_new ("persona2");
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) first_full = NULL;
  g_autoptr(GPtrArray) chosen_empty = NULL;
  g_autoptr(GPtrArray) unnamed = NULL;
  g_autoptr(GPtrArray) chosen_full = NULL;
  KrFinding *finding;

  /* The first persona has a map, and the journey names none: fine. */
  g_list_store_append (personas, empty);
  first_full = kr_coach_check (journey);
  g_assert_cmpuint (count (first_full, KR_FINDING_PERSONA), ==, 0);

  /* The journey is for the second, whose map is empty. */
  kr_persona_set_field (empty, KR_PERSONA_NAME, "Bram");
  kr_persona_set_field (empty, KR_PERSONA_DESCRIPTION, "A description is no empathy map");
  kr_journey_set_persona (journey, "persona2");
  chosen_empty = kr_coach_check (journey);
  finding = find (chosen_empty, KR_FINDING_PERSONA, "persona2");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->step, ==, KR_STEP_SCOPE);
  g_assert_cmpint (finding->about, ==, KR_FINDING_ABOUT_PERSONA);
  g_assert_cmpstr (finding->message, ==, "The empathy map of “Bram” is empty");

  kr_persona_set_field (empty, KR_PERSONA_NAME, NULL);
  unnamed = kr_coach_check (journey);
  g_assert_cmpstr (find (unnamed, KR_FINDING_PERSONA, "persona2")->message, ==,
                   "The persona's empathy map is empty");

  kr_persona_set_field (empty, KR_PERSONA_WANTS_NEEDS, "Zekerheid");
  chosen_full = kr_coach_check (journey);
  g_assert_cmpuint (count (chosen_full, KR_FINDING_PERSONA), ==, 0);

  /* No persona at all. */
  kr_journey_set_persona (journey, NULL);
  g_list_store_remove_all (personas);
  none = kr_coach_check (journey);
  finding = find (none, KR_FINDING_PERSONA, NULL);
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->about, ==, KR_FINDING_ABOUT_PERSONA);
}

/* Everything missing at once comes step by step, in the journey's order. */
static void
test_order (void)
{
  g_autoptr(KrJourney) journey = kr_journey_new ();
  g_autoptr(GPtrArray) findings = NULL;
  KrStep last = KR_STEP_SCOPE;

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i + 1);
      g_autoptr(KrPhase) phase = kr_phase_new (id, "Zoeken");
      g_list_store_append (G_LIST_STORE (kr_journey_get_phases (journey)), phase);
    }

  findings = kr_coach_check (journey);
  for (guint i = 0; i < findings->len; i++)
    {
      KrFinding *finding = findings->pdata[i];

      g_test_message ("%u %s %s", finding->step, finding->id, finding->message);
      g_assert_cmpint (finding->step, >=, last);
      last = finding->step;
    }
  /* Five scope questions, a persona, the count, two titles, two empty
   * phases, two without emotions, two without a curve, the moment of
   * truth, the red thread and the ideas. */
  g_assert_cmpuint (findings->len, ==, 5 + 1 + 1 + 2 + 2 + 2 + 2 + 1 + 1 + 1);
  g_assert_cmpuint (count (findings, KR_FINDING_PHASE_TITLE), ==, 2);
  g_assert_cmpstr (((KrFinding *) findings->pdata[7])->object_id, ==, "p1");
  g_assert_cmpstr (((KrFinding *) findings->pdata[8])->object_id, ==, "p2");
}

/* The method's own example gives the advice a facilitator would expect of
 * it, and no more. */
static void
test_sample (void)
{
  g_autoptr(KrJourney) journey = kr_test_load_sample ();
  g_autoptr(GPtrArray) findings = kr_coach_check (journey);

  for (guint i = 0; i < findings->len; i++)
    g_test_message ("%s: %s", ((KrFinding *) findings->pdata[i])->id,
                    ((KrFinding *) findings->pdata[i])->message);
  g_assert_cmpuint (count (findings, KR_FINDING_SCOPE), ==, 0);
  g_assert_cmpuint (count (findings, KR_FINDING_PHASE_COUNT), ==, 0);
  g_assert_cmpuint (count (findings, KR_FINDING_PHASE_TITLE), ==, 0);
  g_assert_cmpuint (count (findings, KR_FINDING_PHASE_EMPTY), ==, 0);
  g_assert_cmpuint (count (findings, KR_FINDING_MOMENT_OF_TRUTH), ==, 0);
  g_assert_cmpuint (count (findings, KR_FINDING_RED_THREAD), ==, 0);
  g_assert_cmpuint (count (findings, KR_FINDING_PERSONA), ==, 0);
}

/* The words of the writing guide, and the customer's first word. */
static void
test_words (void)
{
  for (guint list = 0; list < KR_N_WORD_LISTS; list++)
    {
      g_autofree const char **words = kr_method_dup_words (list);

      g_assert_cmpuint (g_strv_length ((char **) words), >=, 6);
      for (guint i = 0; words[i] != NULL; i++)
        g_assert_cmpstr (words[i], !=, "");
    }

  {
    g_autofree const char **reasons = kr_method_dup_words (KR_WORDS_REASONS);
    g_assert_cmpuint (g_strv_length ((char **) reasons), ==, 6);
  }

  g_assert_cmpstr (kr_method_get_first_word ("nl"), ==, "Ik");
  g_assert_cmpstr (kr_method_get_first_word ("NL-be"), ==, "Ik");
  g_assert_cmpstr (kr_method_get_first_word ("en_US"), ==, "I");
  g_assert_cmpstr (kr_method_get_first_word (NULL), ==, "I");
  g_assert_null (kr_method_get_first_word ("fr"));
  g_assert_null (kr_method_get_first_word (""));
  g_assert_null (kr_method_get_first_word ("-nl"));

  for (KrStep step = 0; step < KR_N_STEPS; step++)
    {
      g_assert_cmpstr (kr_step_get_title (step), !=, "");
      g_assert_cmpuint (strlen (kr_step_get_tip (step)), >, 40);
    }
}

/* The writing guide: "Ik" + verb + channel + reason, step by step. */
static void
test_guide (void)
{
  const char *channels[] = { "website", "telefoon", "gemeentehuis", NULL };
  const struct
  {
    const char  *text;
    KrGuideStep  step;
    gsize        word_start;
  } cases[] = {
    { "", KR_GUIDE_FIRST_WORD, 0 },
    { "I", KR_GUIDE_FIRST_WORD, 0 },
    { "Ik ", KR_GUIDE_VERB, 3 },
    { "Ik b", KR_GUIDE_VERB, 3 },
    { "  Ik  bel ", KR_GUIDE_CHANNEL, 10 },
    { "Ik bel de ge", KR_GUIDE_CHANNEL, 10 },
    { "Ik bel de website", KR_GUIDE_CHANNEL, 10 },
    { "Ik bel de website ", KR_GUIDE_REASON, 18 },
    { "Ik bel de Website, voor ", KR_GUIDE_REASON, 24 },
    { "Ik bel de websites ", KR_GUIDE_CHANNEL, 19 },
    { "Ik zoek op internet en ", KR_GUIDE_CHANNEL, 23 },
    { "Ik bel de website voor information ", KR_GUIDE_DONE, 35 },
    { "Ik bel één ", KR_GUIDE_CHANNEL, 13 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize start = G_MAXSIZE;

      g_test_message ("“%s”", cases[i].text);
      g_assert_cmpint (kr_method_guide (cases[i].text, channels, &start), ==, cases[i].step);
      g_assert_cmpuint (start, ==, cases[i].word_start);
    }
}

static void
test_match_words (void)
{
  const char *words[] = { "bel", "bespreek", "zoek", "oriëntatie", "kijk naar", NULL };
  g_autoptr(GPtrArray) be = kr_method_match_words (words, "be");
  g_autoptr(GPtrArray) all = kr_method_match_words (words, "");
  g_autoptr(GPtrArray) exact = kr_method_match_words (words, "Bel");
  g_autoptr(GPtrArray) accent = kr_method_match_words (words, "orient");
  g_autoptr(GPtrArray) second = kr_method_match_words (words, "naa");
  g_autoptr(GPtrArray) none = kr_method_match_words (words, "x");

  g_assert_cmpuint (be->len, ==, 2);
  g_assert_cmpstr (be->pdata[0], ==, "bel");
  g_assert_cmpstr (be->pdata[1], ==, "bespreek");
  g_assert_cmpuint (all->len, ==, 5);
  /* What is typed in full is there already. */
  g_assert_cmpuint (exact->len, ==, 0);
  g_assert_cmpuint (accent->len, ==, 1);
  g_assert_cmpstr (accent->pdata[0], ==, "oriëntatie");
  g_assert_cmpuint (second->len, ==, 1);
  g_assert_cmpuint (none->len, ==, 0);
}

/* Under a Dutch UI the messages use the method's words, and a journey
 * without a language of its own is checked for "Ik". */
static void
test_dutch (void)
{
  g_autoptr(KrJourney) journey = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree const char **verbs = NULL;
  char *old_locale;

  old_locale = g_strdup (setlocale (LC_ALL, NULL));
  if (setlocale (LC_ALL, "nl_NL.UTF-8") == NULL)
    {
      g_free (old_locale);
      g_test_skip ("the nl_NL.UTF-8 locale is not installed");
      return;
    }

  journey = make_journey (2);
  kr_journey_set_language (journey, NULL);
  kr_phase_set_title (phase_at (journey, 1), "I wait");
  remove_notes_of_kind (journey, KR_NOTE_KIND_IMPROVEMENT);
  findings = kr_coach_check (journey);
  verbs = kr_method_dup_words (KR_WORDS_VERBS);

  g_assert_cmpstr (kr_method_get_first_word (NULL), ==, "Ik");
  g_assert_nonnull (find (findings, KR_FINDING_PHASE_TITLE, "p2"));
  g_assert_null (find (findings, KR_FINDING_PHASE_TITLE, "p1"));
  g_assert_nonnull (strstr (find (findings, KR_FINDING_PHASE_COUNT, NULL)->message, "fasen"));
  g_assert_nonnull (strstr (find (findings, KR_FINDING_IMPROVEMENTS, NULL)->message, "verbeter"));
  g_assert_cmpstr (verbs[1], ==, "bel");
  g_assert_cmpstr (kr_step_get_title (KR_STEP_RED_THREAD), ==, "Rode draad");

  setlocale (LC_ALL, old_locale);
  g_free (old_locale);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, KR_BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/coach/nothing-to-advise", test_nothing_to_advise);
  g_test_add_func ("/coach/phase-count", test_phase_count);
  g_test_add_func ("/coach/phase-title/dutch", test_phase_title_dutch);
  g_test_add_func ("/coach/phase-title/english", test_phase_title_english);
  g_test_add_func ("/coach/phase-title/other-language", test_phase_title_other_language);
  g_test_add_func ("/coach/phase-title/messages", test_blank_title_message);
  g_test_add_func ("/coach/phase-empty-emotions-curve", test_phase_empty_emotions_curve);
  g_test_add_func ("/coach/moment-of-truth", test_moment_of_truth);
  g_test_add_func ("/coach/red-thread", test_red_thread);
  g_test_add_func ("/coach/improvements", test_improvements);
  g_test_add_func ("/coach/scope", test_scope);
  g_test_add_func ("/coach/persona", test_persona);
  g_test_add_func ("/coach/order", test_order);
  g_test_add_func ("/coach/sample", test_sample);
  g_test_add_func ("/coach/words", test_words);
  g_test_add_func ("/coach/guide", test_guide);
  g_test_add_func ("/coach/match-words", test_match_words);
  g_test_add_func ("/coach/dutch", test_dutch);

  return g_test_run ();
}
