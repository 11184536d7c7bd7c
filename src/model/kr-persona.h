/* kr-persona.h: a customer type with its empathy map (inleefschema)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The text fields of a persona, in file order. */
typedef enum
{
  KR_PERSONA_NAME,
  KR_PERSONA_DESCRIPTION,
  KR_PERSONA_THINKS_FEELS,
  KR_PERSONA_HEARS,
  KR_PERSONA_SEES,
  KR_PERSONA_SAYS_DOES,
  KR_PERSONA_WANTS_NEEDS,
} KrPersonaField;

#define KR_PERSONA_N_FIELDS 7

#define KR_TYPE_PERSONA (kr_persona_get_type ())
G_DECLARE_FINAL_TYPE (KrPersona, kr_persona, KR, PERSONA, GObject)

KrPersona  *kr_persona_new           (const char     *id);
KrPersona  *kr_persona_copy          (KrPersona      *self);
const char *kr_persona_get_id        (KrPersona      *self);
const char *kr_persona_get_field     (KrPersona      *self,
                                      KrPersonaField  field);
void        kr_persona_set_field     (KrPersona      *self,
                                      KrPersonaField  field,
                                      const char     *value);
/* The JSON key and the GObject property name of a field. */
const char *kr_persona_field_to_key  (KrPersonaField  field);
const char *kr_persona_field_to_property (KrPersonaField field);

G_END_DECLS
