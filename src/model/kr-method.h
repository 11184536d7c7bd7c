/* kr-method.h: the six steps of "klantreis light" and its word lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the method's text gives a facilitator to work with: the steps in
 * their order, a short tip for each, the common reasons to make a journey
 * (aanleidingen), and the writing guide for activities, "Ik" + verb +
 * channel + reason. Everything comes translated into the UI language.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KR_STEP_SCOPE,        /* scope, and the empathy map */
  KR_STEP_PHASES,       /* fasen */
  KR_STEP_ACTIVITIES,   /* activiteiten */
  KR_STEP_EXPERIENCE,   /* beleving: the neutral line, emotions, the curve */
  KR_STEP_RED_THREAD,   /* rode draad: moments of truth, pains, gains */
  KR_STEP_IMPROVE,      /* verbeteren */
} KrStep;

#define KR_N_STEPS 6

/* The step's name, such as "Scope", and a tip of a sentence or two. */
const char  *kr_step_get_title        (KrStep      step);
const char  *kr_step_get_tip          (KrStep      step);

typedef enum
{
  KR_WORDS_REASONS,         /* why a journey is made (aanleiding) */
  KR_WORDS_VERBS,           /* "Ik" + verb: bel, mail, zoek … */
  KR_WORDS_CHANNELS,        /* + place or channel: website, brief … */
  KR_WORDS_MOTIVES,         /* + reason: informatie, verhuizing … */
} KrWords;

#define KR_N_WORD_LISTS 4

/* A new NULL-terminated array of the list's words, translated; the words
 * are borrowed, free the array with g_free (). */
const char **kr_method_dup_words      (KrWords     list);
/* The word a phase or activity starts with, written from the customer:
 * "Ik" for Dutch content, "I" for English. @language is a BCP 47 tag
 * such as "nl" or "en-GB"; NULL means the UI's language, so the word is
 * then the translation's. NULL for a language whose word is not known. */
const char  *kr_method_get_first_word (const char *language);
/* Whether @text starts with @word as a word of its own, ignoring case and
 * leading white space: "ik bel" and " Ik" do for "Ik", "Ikea" does not. */
gboolean     kr_method_starts_with_word (const char *text,
                                         const char *word);

/* Where the writing guide is while an activity is typed: "Ik" + verb +
 * channel + reason, one after the other. */
typedef enum
{
  KR_GUIDE_FIRST_WORD,  /* the customer's own "Ik" */
  KR_GUIDE_VERB,
  KR_GUIDE_CHANNEL,
  KR_GUIDE_REASON,
  KR_GUIDE_DONE,        /* all four are there: nothing to offer */
} KrGuideStep;

/* The step for @text, what is typed up to the cursor, and in @word_start
 * the byte offset where the word being typed begins. A channel counts when
 * one of @channels is in the text already, a reason when one of the
 * method's is. */
KrGuideStep  kr_method_guide          (const char         *text,
                                       const char * const *channels,
                                       gsize              *word_start);
/* The words of @words that @prefix could be the start of, ignoring case
 * and accents, in their order; all of them for an empty prefix, and none
 * that is the prefix already. A new array of borrowed strings. */
GPtrArray   *kr_method_match_words    (const char * const *words,
                                       const char         *prefix);

G_END_DECLS
