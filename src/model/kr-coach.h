/* kr-coach.h: what the method still asks of a journey
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The method coach reads a journey and lists, step by step, what the
 * method of "klantreis light" would still ask for: a scope question not
 * answered, too few phases, a phase without activities. The findings are
 * advice, never errors. The same list serves the app's coach panel and
 * `klantreis --check`; each finding has a stable id that scripts can
 * filter on, a translated message, and the place it is about.
 */
#pragma once

#include "kr-journey.h"
#include "kr-method.h"

G_BEGIN_DECLS

/* The ids, stable across releases. */
#define KR_FINDING_SCOPE           "scope"
#define KR_FINDING_PHASE_COUNT     "phase-count"
#define KR_FINDING_PHASE_TITLE     "phase-title"
#define KR_FINDING_PHASE_EMPTY     "phase-empty"
#define KR_FINDING_EMOTIONS        "emotions"
#define KR_FINDING_CURVE           "curve"
#define KR_FINDING_MOMENT_OF_TRUTH "moment-of-truth"
#define KR_FINDING_RED_THREAD      "red-thread"
#define KR_FINDING_IMPROVEMENTS    "improvements"
#define KR_FINDING_PERSONA         "persona"

/* What a finding is about, for jumping there. */
typedef enum
{
  KR_FINDING_ABOUT_JOURNEY,   /* the journey as a whole */
  KR_FINDING_ABOUT_SCOPE,     /* the scope question @scope_field */
  KR_FINDING_ABOUT_PHASE,     /* the phase @object_id */
  KR_FINDING_ABOUT_PERSONA,   /* the persona @object_id; NULL when there is none */
} KrFindingAbout;

typedef struct
{
  KrStep          step;
  const char     *id;          /* one of the KR_FINDING_… ids */
  char           *message;     /* translated, in the method's words */
  KrFindingAbout  about;
  KrScopeField    scope_field;
  char           *object_id;
} KrFinding;

void       kr_finding_free (KrFinding *finding);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrFinding, kr_finding_free)

/* The findings for @journey, by step and then in the journey's order: a
 * new array that owns them. Phase titles are checked for the customer's
 * "Ik" or "I" after the journey's language, or the UI's without one. */
GPtrArray *kr_coach_check  (KrJourney *journey);

G_END_DECLS
