/* kr-method.c: the six steps of "klantreis light" and its word lists
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The words come from the method's text (Gebruiker Centraal, "Klantreis
 * light in 6 stappen"), with English in the source and the method's own
 * Dutch in the translation, so that a Dutch facilitator sees the words of
 * the paper schema.
 */
#define G_LOG_DOMAIN "kr-method"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kr-method.h"

static const struct
{
  const char *title;
  const char *tip;
} steps[KR_N_STEPS] = {
  { NC_("method step", "Scope"),
    N_("Agree with the commissioning client why the journey is made, who the customer is, and "
       "where the journey starts and ends. Step into the customer's shoes with the empathy "
       "map.") },
  { NC_("method step", "Phases"),
    N_("Phases are the chapters of the journey: 3 to 7 of them, each written by the customer "
       "as “I …”. Add a phase before the first contact and one after the last.") },
  { NC_("method step", "Activities"),
    N_("Write down what the customer visibly does: “I” + verb + channel + reason. Record "
       "everything that shapes the experience, not only the contact with your "
       "organisation.") },
  { NC_("method step", "Experience"),
    N_("Put activities with a positive experience above the neutral line and negative ones "
       "below it. Name one or two dominant emotions per phase, and draw the emotion "
       "curve.") },
  { NC_("method step", "Red thread"),
    N_("Mark what matters most and holds for most customers: the moments of truth ★, the "
       "pains and the gains.") },
  { NC_("method step", "Improve"),
    N_("Gather the ideas for improvement in the bottom row, share the journey with "
       "colleagues and chain partners, and discuss it with the commissioning client.") },
};

/* The six common reasons of the method's step 1. */
static const char *const reasons[] = {
  NC_("reason for a journey", "Customer signals"),
  NC_("reason for a journey", "Wish to improve"),
  NC_("reason for a journey", "(Re)design of a service"),
  NC_("reason for a journey", "Insight across channels"),
  NC_("reason for a journey", "Process optimisation"),
  NC_("reason for a journey", "Awareness of the customer's view"),
  NULL
};

/* "I" + verb: the first person, as the customer says it. */
static const char *const verbs[] = {
  NC_("activity verb", "say"),
  NC_("activity verb", "call"),
  NC_("activity verb", "email"),
  NC_("activity verb", "receive"),
  NC_("activity verb", "send"),
  NC_("activity verb", "ask"),
  NC_("activity verb", "discuss"),
  NC_("activity verb", "listen"),
  NC_("activity verb", "wait"),
  NC_("activity verb", "look at"),
  NC_("activity verb", "search"),
  NC_("activity verb", "drive"),
  NC_("activity verb", "type"),
  NULL
};

/* The method's places and channels, with the telephone and the counter
 * that the format's own examples add. */
static const char *const channels[] = {
  NC_("channel", "website"),
  NC_("channel", "phone"),
  NC_("channel", "e-mail"),
  NC_("channel", "letter"),
  NC_("channel", "form"),
  NC_("channel", "counter"),
  NC_("channel", "town hall"),
  NC_("channel", "employee"),
  NC_("channel", "brochure"),
  NC_("channel", "social media"),
  NC_("channel", "radio/TV"),
  NC_("channel", "friends"),
  NC_("channel", "colleague"),
  NC_("channel", "school"),
  NC_("channel", "birthday party"),
  NULL
};

static const char *const motives[] = {
  NC_("reason for an activity", "information"),
  NC_("reason for an activity", "choice"),
  NC_("reason for an activity", "complaint"),
  NC_("reason for an activity", "need help"),
  NC_("reason for an activity", "experience"),
  NC_("reason for an activity", "family"),
  NC_("reason for an activity", "travel"),
  NC_("reason for an activity", "birth"),
  NC_("reason for an activity", "moving house"),
  NC_("reason for an activity", "payment"),
  NC_("reason for an activity", "death"),
  NC_("reason for an activity", "orientation"),
  NC_("reason for an activity", "a friend's tip"),
  NULL
};

static const struct
{
  const char        *context;
  const char *const *words;
} lists[KR_N_WORD_LISTS] = {
  { "reason for a journey", reasons },
  { "activity verb", verbs },
  { "channel", channels },
  { "reason for an activity", motives },
};

const char *
kr_step_get_title (KrStep step)
{
  g_return_val_if_fail (step < KR_N_STEPS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "method step", steps[step].title);
}

const char *
kr_step_get_tip (KrStep step)
{
  g_return_val_if_fail (step < KR_N_STEPS, NULL);
  return g_dgettext (GETTEXT_PACKAGE, steps[step].tip);
}

const char **
kr_method_dup_words (KrWords list)
{
  const char *const *words;
  const char **out;
  guint n = 0;

  g_return_val_if_fail (list < KR_N_WORD_LISTS, NULL);

  words = lists[list].words;
  while (words[n] != NULL)
    n++;
  out = g_new (const char *, n + 1);
  for (guint i = 0; i < n; i++)
    out[i] = g_dpgettext2 (GETTEXT_PACKAGE, lists[list].context, words[i]);
  out[n] = NULL;
  return out;
}

const char *
kr_method_get_first_word (const char *language)
{
  char primary[8];
  gsize len;

  if (language == NULL)
    /* TRANSLATORS: the word phases and activities start with, written from
     * the customer ("Ik" in Dutch). The method coach checks phase titles
     * for it, ignoring case. */
    return C_("first word of a phase title", "I");

  /* Only the primary subtag counts: "nl-BE" is Dutch. */
  len = strcspn (language, "-_");
  if (len == 0 || len >= sizeof primary)
    return NULL;
  memcpy (primary, language, len);
  primary[len] = '\0';

  if (g_ascii_strcasecmp (primary, "nl") == 0)
    return "Ik";
  if (g_ascii_strcasecmp (primary, "en") == 0)
    return "I";
  return NULL;
}

gboolean
kr_method_starts_with_word (const char *text,
                            const char *word)
{
  g_autofree char *folded_text = NULL;
  g_autofree char *folded_word = NULL;
  const char *rest, *end;
  gsize len;

  g_return_val_if_fail (word != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  while (*text != '\0' && g_unichar_isspace (g_utf8_get_char (text)))
    text = g_utf8_next_char (text);

  /* Only the start of the text is folded: as many characters as the
   * word has, and the one after it. */
  end = text;
  for (glong i = g_utf8_strlen (word, -1) + 1; i > 0 && *end != '\0'; i--)
    end = g_utf8_next_char (end);

  folded_word = g_utf8_casefold (word, -1);
  folded_text = g_utf8_casefold (text, end - text);
  len = strlen (folded_word);
  if (strncmp (folded_text, folded_word, len) != 0)
    return FALSE;

  /* A word of its own: what follows is no letter or digit, as in "I'm"
   * or "Ik," but not "Ikea" or "Ice". */
  rest = folded_text + len;
  return *rest == '\0' || !g_unichar_isalnum (g_utf8_get_char (rest));
}

/* Whether one of @words stands in @text as words of its own. */
static gboolean
contains_any (const char         *text,
              const char * const *words)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    {
      g_autofree char *word = g_utf8_casefold (words[i], -1);
      gsize len = strlen (word);

      if (len == 0)
        continue;
      for (const char *at = strstr (folded, word); at != NULL; at = strstr (at + 1, word))
        {
          gboolean starts = at == folded ||
                            !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (at)));
          gboolean ends = at[len] == '\0' || !g_unichar_isalnum (g_utf8_get_char (at + len));

          if (starts && ends)
            return TRUE;
        }
    }
  return FALSE;
}

KrGuideStep
kr_method_guide (const char         *text,
                 const char * const *channels,
                 gsize              *word_start)
{
  g_autofree char *before = NULL;
  g_autofree const char **motives = NULL;
  const char *start;
  guint n_words = 0;
  gboolean in_word = FALSE;

  g_return_val_if_fail (text != NULL, KR_GUIDE_DONE);
  g_return_val_if_fail (word_start != NULL, KR_GUIDE_DONE);

  /* Back from the cursor to the start of the word under way. */
  start = text + strlen (text);
  while (start > text)
    {
      const char *prev = g_utf8_prev_char (start);

      if (g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      start = prev;
    }
  *word_start = start - text;

  before = g_strndup (text, start - text);
  for (const char *c = before; *c != '\0'; c = g_utf8_next_char (c))
    {
      gboolean space = g_unichar_isspace (g_utf8_get_char (c));

      if (!space && !in_word)
        n_words++;
      in_word = !space;
    }

  if (n_words == 0)
    return KR_GUIDE_FIRST_WORD;
  if (n_words == 1)
    return KR_GUIDE_VERB;
  if (!contains_any (before, channels))
    return KR_GUIDE_CHANNEL;
  motives = kr_method_dup_words (KR_WORDS_MOTIVES);
  if (!contains_any (before, motives))
    return KR_GUIDE_REASON;
  return KR_GUIDE_DONE;
}

GPtrArray *
kr_method_match_words (const char * const *words,
                       const char         *prefix)
{
  GPtrArray *matches = g_ptr_array_new ();
  g_autofree char *folded_prefix = g_utf8_casefold (prefix != NULL ? prefix : "", -1);

  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    {
      g_autofree char *folded = g_utf8_casefold (words[i], -1);

      if (g_str_equal (folded, folded_prefix))
        continue;
      if (folded_prefix[0] == '\0' || g_str_match_string (prefix, words[i], TRUE))
        g_ptr_array_add (matches, (gpointer) words[i]);
    }
  return matches;
}
