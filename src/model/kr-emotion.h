/* kr-emotion.h: Plutchik's wheel of emotions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The eight petals, clockwise from the top. */
typedef enum
{
  KR_PETAL_JOY,
  KR_PETAL_TRUST,
  KR_PETAL_FEAR,
  KR_PETAL_SURPRISE,
  KR_PETAL_SADNESS,
  KR_PETAL_DISGUST,
  KR_PETAL_ANGER,
  KR_PETAL_ANTICIPATION,
} KrPetal;

#define KR_N_PETALS 8

typedef enum
{
  KR_RING_DYAD = 0,    /* between two petals */
  KR_RING_MILD = 1,    /* outer */
  KR_RING_BASIC = 2,   /* middle */
  KR_RING_INTENSE = 3, /* inner */
} KrRing;

typedef struct
{
  const char *id;        /* what the file format stores */
  KrPetal     petal;     /* for a dyad: the first of its two petals */
  KrRing      ring;
  const char *name;      /* English source string; use kr_emotion_get_name () */
  int         valence;   /* default pull on the emotion curve, -5..+5 */
  guint32     colour;    /* 0xRRGGBB; a dyad blends its petals' basic colours */
} KrEmotion;

#define KR_N_EMOTIONS 32

const KrEmotion *kr_emotion_get_all   (guint           *n_emotions);
const KrEmotion *kr_emotion_lookup    (const char      *id);
const KrEmotion *kr_emotion_at        (KrPetal          petal,
                                       KrRing           ring);
/* The name in the user's language. */
const char      *kr_emotion_get_name  (const KrEmotion *emotion);
gboolean         kr_emotion_is_dyad   (const KrEmotion *emotion);

G_END_DECLS
