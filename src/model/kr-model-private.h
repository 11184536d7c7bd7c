/* kr-model-private.h: internals shared by the model and the format code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "kr-journey.h"

G_BEGIN_DECLS

/* Keys a reader does not know, kept so that a save writes them back.
 * Each object owns a reference to its JsonObject (or NULL for none). */
JsonObject *kr_note_get_extra            (KrNote     *self);
void        kr_note_set_extra            (KrNote     *self,
                                          JsonObject *extra);
JsonObject *kr_phase_get_extra           (KrPhase    *self);
void        kr_phase_set_extra           (KrPhase    *self,
                                          JsonObject *extra);
JsonObject *kr_phase_get_metrics_extra   (KrPhase    *self);
void        kr_phase_set_metrics_extra   (KrPhase    *self,
                                          JsonObject *extra);
JsonObject *kr_persona_get_extra         (KrPersona  *self);
void        kr_persona_set_extra         (KrPersona  *self,
                                          JsonObject *extra);
JsonObject *kr_journey_get_extra         (KrJourney  *self);
void        kr_journey_set_extra         (KrJourney  *self,
                                          JsonObject *extra);
JsonObject *kr_journey_get_scope_extra   (KrJourney  *self);
void        kr_journey_set_scope_extra   (KrJourney  *self,
                                          JsonObject *extra);

/* Replaces *@field with a copy of @value; TRUE when it changed. Empty and
 * NULL are different: an empty string is written, NULL is left out. */
static inline gboolean
kr_replace_string (char       **field,
                   const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static inline void
kr_replace_extra (JsonObject **field,
                  JsonObject  *extra)
{
  if (*field == extra)
    return;
  if (extra != NULL)
    json_object_ref (extra);
  g_clear_pointer (field, json_object_unref);
  *field = extra;
}

G_END_DECLS
