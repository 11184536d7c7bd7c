/* kr-journey.h: the journey document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kr-note.h"
#include "kr-persona.h"
#include "kr-phase.h"

G_BEGIN_DECLS

typedef enum
{
  KR_JOURNEY_STATE_CURRENT,   /* huidige klantreis, IST */
  KR_JOURNEY_STATE_DESIRED,   /* gewenste klantreis, SOLL */
} KrJourneyState;

typedef enum
{
  KR_JOURNEY_VALIDATION_LIGHT,
  KR_JOURNEY_VALIDATION_VALIDATED,
} KrJourneyValidation;

/* The scope questions of step 1, in file order. */
typedef enum
{
  KR_SCOPE_CUSTOMER,
  KR_SCOPE_GOAL,
  KR_SCOPE_START,
  KR_SCOPE_END,
  KR_SCOPE_OUT_OF_SCOPE,
  KR_SCOPE_KNOWN,
} KrScopeField;

#define KR_SCOPE_N_FIELDS 6

#define KR_TYPE_JOURNEY_STATE (kr_journey_state_get_type ())
GType kr_journey_state_get_type (void);
#define KR_TYPE_JOURNEY_VALIDATION (kr_journey_validation_get_type ())
GType kr_journey_validation_get_type (void);

#define KR_TYPE_JOURNEY (kr_journey_get_type ())
G_DECLARE_FINAL_TYPE (KrJourney, kr_journey, KR, JOURNEY, GObject)

KrJourney          *kr_journey_new                (void);

const char         *kr_journey_get_title          (KrJourney          *self);
void                kr_journey_set_title          (KrJourney          *self,
                                                   const char         *title);
const char         *kr_journey_get_language       (KrJourney          *self);
void                kr_journey_set_language       (KrJourney          *self,
                                                   const char         *language);
KrJourneyState      kr_journey_get_state          (KrJourney          *self);
void                kr_journey_set_state          (KrJourney          *self,
                                                   KrJourneyState      state);
KrJourneyValidation kr_journey_get_validation     (KrJourney          *self);
void                kr_journey_set_validation     (KrJourney          *self,
                                                   KrJourneyValidation validation);
const char         *kr_journey_get_reason         (KrJourney          *self);
void                kr_journey_set_reason         (KrJourney          *self,
                                                   const char         *reason);
const char         *kr_journey_get_scope          (KrJourney          *self,
                                                   KrScopeField        field);
void                kr_journey_set_scope          (KrJourney          *self,
                                                   KrScopeField        field,
                                                   const char         *value);
/* The id of the persona the journey is for, or NULL. */
const char         *kr_journey_get_persona        (KrJourney          *self);
void                kr_journey_set_persona        (KrJourney          *self,
                                                   const char         *persona_id);
const char         *kr_journey_get_created        (KrJourney          *self);
void                kr_journey_set_created        (KrJourney          *self,
                                                   const char         *created);
const char         *kr_journey_get_modified       (KrJourney          *self);
void                kr_journey_set_modified       (KrJourney          *self,
                                                   const char         *modified);

/* The lists are GListStores: edit them through commands (kr-commands.h)
 * so that every change can be undone. Views follow "items-changed". */
GListModel         *kr_journey_get_phases         (KrJourney          *self);
GListModel         *kr_journey_get_notes          (KrJourney          *self);
GListModel         *kr_journey_get_personas       (KrJourney          *self);

KrPhase            *kr_journey_find_phase         (KrJourney          *self,
                                                   const char         *id,
                                                   guint              *position);
KrNote             *kr_journey_find_note          (KrJourney          *self,
                                                   const char         *id,
                                                   guint              *position);
KrPersona          *kr_journey_find_persona       (KrJourney          *self,
                                                   const char         *id,
                                                   guint              *position);
/* The notes of one phase and lane, sorted by order (then by position in
 * the notes list). Returns a new array of borrowed notes. */
GPtrArray          *kr_journey_collect_notes      (KrJourney          *self,
                                                   const char         *phase_id,
                                                   KrNoteKind          kind);
/* A fresh id with the given prefix ("p", "n", "persona") unused in the journey. */
char               *kr_journey_make_id            (KrJourney          *self,
                                                   const char         *prefix);
/* The next id unused in the journey whose number comes after @number, for
 * several ids made in one edit before any is in the journey; @number is
 * set to the number it took. */
char               *kr_journey_make_id_after      (KrJourney          *self,
                                                   const char         *prefix,
                                                   guint64            *number);

const char         *kr_scope_field_to_key         (KrScopeField        field);
const char         *kr_scope_field_to_property    (KrScopeField        field);

G_END_DECLS
