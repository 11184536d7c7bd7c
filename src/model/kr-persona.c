/* kr-persona.c: a customer type with its empathy map (inleefschema)
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kr-persona"

#include "config.h"

#include "kr-model-private.h"
#include "kr-persona.h"

struct _KrPersona
{
  GObject     parent_instance;

  char       *id;
  char       *fields[KR_PERSONA_N_FIELDS];
  JsonObject *extra;
};

G_DEFINE_FINAL_TYPE (KrPersona, kr_persona, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  /* One property per KrPersonaField, in that order. */
  PROP_FIRST_FIELD,
  N_PROPS = PROP_FIRST_FIELD + KR_PERSONA_N_FIELDS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char *key;
  const char *property;
} field_info[KR_PERSONA_N_FIELDS] = {
  { "name", "name" },
  { "description", "description" },
  { "thinks_feels", "thinks-feels" },
  { "hears", "hears" },
  { "sees", "sees" },
  { "says_does", "says-does" },
  { "wants_needs", "wants-needs" },
};

const char *
kr_persona_field_to_key (KrPersonaField field)
{
  g_return_val_if_fail (field < KR_PERSONA_N_FIELDS, NULL);
  return field_info[field].key;
}

const char *
kr_persona_field_to_property (KrPersonaField field)
{
  g_return_val_if_fail (field < KR_PERSONA_N_FIELDS, NULL);
  return field_info[field].property;
}

static void
kr_persona_finalize (GObject *object)
{
  KrPersona *self = (KrPersona *)object;

  g_clear_pointer (&self->id, g_free);
  for (guint i = 0; i < KR_PERSONA_N_FIELDS; i++)
    g_clear_pointer (&self->fields[i], g_free);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (kr_persona_parent_class)->finalize (object);
}

static void
kr_persona_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  KrPersona *self = KR_PERSONA (object);

  if (prop_id == PROP_ID)
    g_value_set_string (value, self->id);
  else if (prop_id >= PROP_FIRST_FIELD && prop_id < N_PROPS)
    g_value_set_string (value, self->fields[prop_id - PROP_FIRST_FIELD]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
kr_persona_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  KrPersona *self = KR_PERSONA (object);

  if (prop_id == PROP_ID)
    self->id = g_value_dup_string (value);
  else if (prop_id >= PROP_FIRST_FIELD && prop_id < N_PROPS)
    kr_persona_set_field (self, prop_id - PROP_FIRST_FIELD, g_value_get_string (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
kr_persona_class_init (KrPersonaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kr_persona_finalize;
  object_class->get_property = kr_persona_get_property;
  object_class->set_property = kr_persona_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  for (guint i = 0; i < KR_PERSONA_N_FIELDS; i++)
    properties[PROP_FIRST_FIELD + i] =
      g_param_spec_string (field_info[i].property, NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kr_persona_init (KrPersona *self)
{
}

KrPersona *
kr_persona_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (KR_TYPE_PERSONA, "id", id, NULL);
}

KrPersona *
kr_persona_copy (KrPersona *self)
{
  KrPersona *copy;

  g_return_val_if_fail (KR_IS_PERSONA (self), NULL);

  copy = kr_persona_new (self->id);
  for (guint i = 0; i < KR_PERSONA_N_FIELDS; i++)
    copy->fields[i] = g_strdup (self->fields[i]);
  kr_replace_extra (&copy->extra, self->extra);

  return copy;
}

const char *
kr_persona_get_id (KrPersona *self)
{
  g_return_val_if_fail (KR_IS_PERSONA (self), NULL);
  return self->id;
}

const char *
kr_persona_get_field (KrPersona      *self,
                      KrPersonaField  field)
{
  g_return_val_if_fail (KR_IS_PERSONA (self), NULL);
  g_return_val_if_fail (field < KR_PERSONA_N_FIELDS, NULL);
  return self->fields[field];
}

void
kr_persona_set_field (KrPersona      *self,
                      KrPersonaField  field,
                      const char     *value)
{
  g_return_if_fail (KR_IS_PERSONA (self));
  g_return_if_fail (field < KR_PERSONA_N_FIELDS);

  if (kr_replace_string (&self->fields[field], value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_FIELD + field]);
}

JsonObject *
kr_persona_get_extra (KrPersona *self)
{
  return self->extra;
}

void
kr_persona_set_extra (KrPersona  *self,
                      JsonObject *extra)
{
  kr_replace_extra (&self->extra, extra);
}
