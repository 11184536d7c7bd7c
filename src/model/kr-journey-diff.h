/* kr-journey-diff.h: what differs between two versions of a journey
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kr-journey.h"

G_BEGIN_DECLS

typedef enum
{
  KR_JOURNEY_CHANGE_TITLE,
  KR_JOURNEY_CHANGE_PHASE_ADDED,
  KR_JOURNEY_CHANGE_PHASE_REMOVED,
  KR_JOURNEY_CHANGE_PHASE_CHANGED,
  KR_JOURNEY_CHANGE_NOTE_ADDED,
  KR_JOURNEY_CHANGE_NOTE_REMOVED,
  KR_JOURNEY_CHANGE_NOTE_CHANGED,
  /* What the list does not name one by one: the scope, the personas, the
   * state, the reason. */
  KR_JOURNEY_CHANGE_DETAILS,
} KrJourneyChangeKind;

/* What changed in a changed note or phase. */
typedef enum
{
  KR_CHANGED_TEXT    = 1 << 0,  /* a note's text, a phase's title */
  KR_CHANGED_PLACE   = 1 << 1,  /* a note's phase, lane, order or height; a phase's position */
  KR_CHANGED_DETAILS = 1 << 2,  /* the rest: channel, ★, red thread, emotions, curve, … */
} KrChangedParts;

typedef struct
{
  KrJourneyChangeKind kind;
  KrChangedParts      parts;      /* for the _CHANGED kinds */
  KrNoteKind          note_kind;  /* for notes */
  char               *id;         /* the note's or phase's, or NULL */
  char               *old_text;   /* text or title before; NULL when added */
  char               *new_text;   /* after; NULL when removed */
  char               *phase;      /* the title of the note's phase, in the newer
                                   * journey (the older one for a removal) */
} KrJourneyChange;

void       kr_journey_change_free (KrJourneyChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrJourneyChange, kr_journey_change_free)

/* What @newer changed in @older: the title, then phases in @newer's order
 * and the removed ones, then notes the same way, then the details. Notes
 * and phases are matched by id. An empty array when nothing differs. */
GPtrArray *kr_journey_diff        (KrJourney *older,
                                   KrJourney *newer);

G_END_DECLS
