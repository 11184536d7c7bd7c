/* kr-emotion.c: Plutchik's wheel of emotions
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kr-emotion"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kr-emotion.h"

/* Wheel order, clockwise from the top; within a petal mild, basic, intense.
 * The dyads follow, each after the first of the two petals it mixes.
 * Names use NC_() so that translators see that they are emotions. */
static const KrEmotion emotions[KR_N_EMOTIONS] = {
  { "serenity",       KR_PETAL_JOY,          KR_RING_MILD,    NC_("emotion", "Serenity"),        2, 0xFFF3A0 },
  { "joy",            KR_PETAL_JOY,          KR_RING_BASIC,   NC_("emotion", "Joy"),             3, 0xFFD92E },
  { "ecstasy",        KR_PETAL_JOY,          KR_RING_INTENSE, NC_("emotion", "Ecstasy"),         5, 0xF5B800 },
  { "acceptance",     KR_PETAL_TRUST,        KR_RING_MILD,    NC_("emotion", "Acceptance"),      1, 0xD6F5A3 },
  { "trust",          KR_PETAL_TRUST,        KR_RING_BASIC,   NC_("emotion", "Trust"),           2, 0xA8DC5A },
  { "admiration",     KR_PETAL_TRUST,        KR_RING_INTENSE, NC_("emotion", "Admiration"),      4, 0x6FB52C },
  { "apprehension",   KR_PETAL_FEAR,         KR_RING_MILD,    NC_("emotion", "Apprehension"),   -1, 0xA8E0B5 },
  { "fear",           KR_PETAL_FEAR,         KR_RING_BASIC,   NC_("emotion", "Fear"),           -3, 0x3DAA5C },
  { "terror",         KR_PETAL_FEAR,         KR_RING_INTENSE, NC_("emotion", "Terror"),         -5, 0x0B7A35 },
  { "distraction",    KR_PETAL_SURPRISE,     KR_RING_MILD,    NC_("emotion", "Distraction"),     0, 0xA6E3F2 },
  { "surprise",       KR_PETAL_SURPRISE,     KR_RING_BASIC,   NC_("emotion", "Surprise"),        0, 0x3BB4DD },
  { "amazement",      KR_PETAL_SURPRISE,     KR_RING_INTENSE, NC_("emotion", "Amazement"),       1, 0x0A86B8 },
  { "pensiveness",    KR_PETAL_SADNESS,      KR_RING_MILD,    NC_("emotion", "Pensiveness"),    -1, 0xA9C3EE },
  { "sadness",        KR_PETAL_SADNESS,      KR_RING_BASIC,   NC_("emotion", "Sadness"),        -3, 0x4A7BD6 },
  { "grief",          KR_PETAL_SADNESS,      KR_RING_INTENSE, NC_("emotion", "Grief"),          -5, 0x1E4FA8 },
  { "boredom",        KR_PETAL_DISGUST,      KR_RING_MILD,    NC_("emotion", "Boredom"),        -1, 0xD7B6EA },
  { "disgust",        KR_PETAL_DISGUST,      KR_RING_BASIC,   NC_("emotion", "Disgust"),        -3, 0xA46BD0 },
  { "loathing",       KR_PETAL_DISGUST,      KR_RING_INTENSE, NC_("emotion", "Loathing"),       -4, 0x6F2FA0 },
  { "annoyance",      KR_PETAL_ANGER,        KR_RING_MILD,    NC_("emotion", "Annoyance"),      -2, 0xF6B0A8 },
  { "anger",          KR_PETAL_ANGER,        KR_RING_BASIC,   NC_("emotion", "Anger"),          -3, 0xE8503F },
  { "rage",           KR_PETAL_ANGER,        KR_RING_INTENSE, NC_("emotion", "Rage"),           -5, 0xB3160B },
  { "interest",       KR_PETAL_ANTICIPATION, KR_RING_MILD,    NC_("emotion", "Interest"),        1, 0xFFD2A1 },
  { "anticipation",   KR_PETAL_ANTICIPATION, KR_RING_BASIC,   NC_("emotion", "Anticipation"),    2, 0xFF9A3C },
  { "vigilance",      KR_PETAL_ANTICIPATION, KR_RING_INTENSE, NC_("emotion", "Vigilance"),       1, 0xE06A00 },
  /* Primary dyads: their colour is the mix of the two basic petal colours. */
  { "love",           KR_PETAL_JOY,          KR_RING_DYAD,    NC_("emotion", "Love"),            4, 0xD4DA44 },
  { "submission",     KR_PETAL_TRUST,        KR_RING_DYAD,    NC_("emotion", "Submission"),     -1, 0x73C35B },
  { "awe",            KR_PETAL_FEAR,         KR_RING_DYAD,    NC_("emotion", "Awe"),             0, 0x3CAF9D },
  { "disapproval",    KR_PETAL_SURPRISE,     KR_RING_DYAD,    NC_("emotion", "Disapproval"),    -2, 0x4398DA },
  { "remorse",        KR_PETAL_SADNESS,      KR_RING_DYAD,    NC_("emotion", "Remorse"),        -3, 0x7773D3 },
  { "contempt",       KR_PETAL_DISGUST,      KR_RING_DYAD,    NC_("emotion", "Contempt"),       -3, 0xC65E88 },
  { "aggressiveness", KR_PETAL_ANGER,        KR_RING_DYAD,    NC_("emotion", "Aggressiveness"), -2, 0xF4753E },
  { "optimism",       KR_PETAL_ANTICIPATION, KR_RING_DYAD,    NC_("emotion", "Optimism"),        3, 0xFFBA35 },
};

const KrEmotion *
kr_emotion_get_all (guint *n_emotions)
{
  if (n_emotions != NULL)
    *n_emotions = G_N_ELEMENTS (emotions);
  return emotions;
}

const KrEmotion *
kr_emotion_lookup (const char *id)
{
  if (id == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (emotions); i++)
    if (strcmp (emotions[i].id, id) == 0)
      return &emotions[i];

  return NULL;
}

const KrEmotion *
kr_emotion_at (KrPetal petal,
               KrRing  ring)
{
  for (guint i = 0; i < G_N_ELEMENTS (emotions); i++)
    if (emotions[i].petal == petal && emotions[i].ring == ring)
      return &emotions[i];

  return NULL;
}

const char *
kr_emotion_get_name (const KrEmotion *emotion)
{
  g_return_val_if_fail (emotion != NULL, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "emotion", emotion->name);
}

gboolean
kr_emotion_is_dyad (const KrEmotion *emotion)
{
  g_return_val_if_fail (emotion != NULL, FALSE);

  return emotion->ring == KR_RING_DYAD;
}
