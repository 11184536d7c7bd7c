/* kr-note.c: one sticky note of a journey
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kr-note"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kr-model-private.h"
#include "kr-note.h"

struct _KrNote
{
  GObject     parent_instance;

  char       *id;
  char       *phase;
  KrNoteKind  kind;
  char       *text;
  guint       order;
  double      valence;
  char       *channel;
  char       *emotion;
  char       *colour;
  char       *owner;
  KrNoteStatus status;
  JsonObject *extra;
  guint       has_valence : 1;
  guint       moment_of_truth : 1;
  guint       red_thread : 1;
};

G_DEFINE_FINAL_TYPE (KrNote, kr_note, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PHASE,
  PROP_KIND,
  PROP_TEXT,
  PROP_ORDER,
  PROP_HAS_VALENCE,
  PROP_VALENCE,
  PROP_CHANNEL,
  PROP_MOMENT_OF_TRUTH,
  PROP_RED_THREAD,
  PROP_EMOTION,
  PROP_COLOUR,
  PROP_OWNER,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const kind_names[KR_NOTE_N_KINDS] = {
  "activity", "pain", "gain", "improvement",
};

GType
kr_note_kind_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { KR_NOTE_KIND_ACTIVITY, "KR_NOTE_KIND_ACTIVITY", "activity" },
        { KR_NOTE_KIND_PAIN, "KR_NOTE_KIND_PAIN", "pain" },
        { KR_NOTE_KIND_GAIN, "KR_NOTE_KIND_GAIN", "gain" },
        { KR_NOTE_KIND_IMPROVEMENT, "KR_NOTE_KIND_IMPROVEMENT", "improvement" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("KrNoteKind"), values);
      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

const char *
kr_note_kind_to_string (KrNoteKind kind)
{
  g_return_val_if_fail (kind < KR_NOTE_N_KINDS, NULL);

  return kind_names[kind];
}

gboolean
kr_note_kind_from_string (const char *str,
                          KrNoteKind *kind)
{
  for (guint i = 0; i < KR_NOTE_N_KINDS; i++)
    {
      if (g_strcmp0 (str, kind_names[i]) == 0)
        {
          *kind = i;
          return TRUE;
        }
    }

  return FALSE;
}

GType
kr_note_status_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { KR_NOTE_STATUS_NONE, "KR_NOTE_STATUS_NONE", "none" },
        { KR_NOTE_STATUS_IDEA, "KR_NOTE_STATUS_IDEA", "idea" },
        { KR_NOTE_STATUS_PLANNED, "KR_NOTE_STATUS_PLANNED", "planned" },
        { KR_NOTE_STATUS_DONE, "KR_NOTE_STATUS_DONE", "done" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("KrNoteStatus"), values);
      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

static const char * const status_names[KR_NOTE_N_STATUSES] = {
  NULL, "idea", "planned", "done",
};

const char *
kr_note_status_to_string (KrNoteStatus status)
{
  g_return_val_if_fail (status < KR_NOTE_N_STATUSES, NULL);

  return status_names[status];
}

gboolean
kr_note_status_from_string (const char   *str,
                            KrNoteStatus *status)
{
  /* "none" is no word of the file: a note without a status has no key. */
  for (guint i = KR_NOTE_STATUS_IDEA; i < KR_NOTE_N_STATUSES; i++)
    {
      if (g_strcmp0 (str, status_names[i]) == 0)
        {
          *status = i;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
kr_colour_is_valid (const char *colour)
{
  if (colour == NULL || strlen (colour) != 7 || colour[0] != '#')
    return FALSE;

  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (colour[i]))
      return FALSE;

  return TRUE;
}

static void
kr_note_finalize (GObject *object)
{
  KrNote *self = (KrNote *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->phase, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->channel, g_free);
  g_clear_pointer (&self->emotion, g_free);
  g_clear_pointer (&self->colour, g_free);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (kr_note_parent_class)->finalize (object);
}

static void
kr_note_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  KrNote *self = KR_NOTE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_PHASE:
      g_value_set_string (value, self->phase);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_ORDER:
      g_value_set_uint (value, self->order);
      break;
    case PROP_HAS_VALENCE:
      g_value_set_boolean (value, self->has_valence);
      break;
    case PROP_VALENCE:
      g_value_set_double (value, self->valence);
      break;
    case PROP_CHANNEL:
      g_value_set_string (value, self->channel);
      break;
    case PROP_MOMENT_OF_TRUTH:
      g_value_set_boolean (value, self->moment_of_truth);
      break;
    case PROP_RED_THREAD:
      g_value_set_boolean (value, self->red_thread);
      break;
    case PROP_EMOTION:
      g_value_set_string (value, self->emotion);
      break;
    case PROP_COLOUR:
      g_value_set_string (value, self->colour);
      break;
    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_note_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  KrNote *self = KR_NOTE (object);

  switch (prop_id)
    {
    case PROP_ID:
      /* Construct-only: ids never change, commands refer to them. */
      self->id = g_value_dup_string (value);
      break;
    case PROP_PHASE:
      kr_note_set_phase (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      kr_note_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_TEXT:
      kr_note_set_text (self, g_value_get_string (value));
      break;
    case PROP_ORDER:
      kr_note_set_order (self, g_value_get_uint (value));
      break;
    case PROP_HAS_VALENCE:
      kr_note_set_has_valence (self, g_value_get_boolean (value));
      break;
    case PROP_VALENCE:
      kr_note_set_valence (self, g_value_get_double (value));
      break;
    case PROP_CHANNEL:
      kr_note_set_channel (self, g_value_get_string (value));
      break;
    case PROP_MOMENT_OF_TRUTH:
      kr_note_set_moment_of_truth (self, g_value_get_boolean (value));
      break;
    case PROP_RED_THREAD:
      kr_note_set_red_thread (self, g_value_get_boolean (value));
      break;
    case PROP_EMOTION:
      kr_note_set_emotion (self, g_value_get_string (value));
      break;
    case PROP_COLOUR:
      kr_note_set_colour (self, g_value_get_string (value));
      break;
    case PROP_OWNER:
      kr_note_set_owner (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      kr_note_set_status (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_note_class_init (KrNoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = kr_note_finalize;
  object_class->get_property = kr_note_get_property;
  object_class->set_property = kr_note_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PHASE] = g_param_spec_string ("phase", NULL, NULL, NULL, rw);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, KR_TYPE_NOTE_KIND, KR_NOTE_KIND_ACTIVITY, rw);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", rw);
  properties[PROP_ORDER] = g_param_spec_uint ("order", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_HAS_VALENCE] = g_param_spec_boolean ("has-valence", NULL, NULL, FALSE, rw);
  properties[PROP_VALENCE] =
    g_param_spec_double ("valence", NULL, NULL, KR_VALENCE_MIN, KR_VALENCE_MAX, 0, rw);
  properties[PROP_CHANNEL] = g_param_spec_string ("channel", NULL, NULL, NULL, rw);
  properties[PROP_MOMENT_OF_TRUTH] =
    g_param_spec_boolean ("moment-of-truth", NULL, NULL, FALSE, rw);
  properties[PROP_RED_THREAD] = g_param_spec_boolean ("red-thread", NULL, NULL, FALSE, rw);
  properties[PROP_EMOTION] = g_param_spec_string ("emotion", NULL, NULL, NULL, rw);
  properties[PROP_COLOUR] = g_param_spec_string ("colour", NULL, NULL, NULL, rw);
  properties[PROP_OWNER] = g_param_spec_string ("owner", NULL, NULL, NULL, rw);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, KR_TYPE_NOTE_STATUS, KR_NOTE_STATUS_NONE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kr_note_init (KrNote *self)
{
  self->text = g_strdup ("");
}

KrNote *
kr_note_new (const char *id,
             const char *phase_id,
             KrNoteKind  kind,
             const char *text)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (KR_TYPE_NOTE,
                       "id", id,
                       "phase", phase_id,
                       "kind", kind,
                       "text", text ? text : "",
                       NULL);
}

/* A deep copy with the same id, for clipboards and commands that need a
 * detached note. */
KrNote *
kr_note_copy (KrNote *self)
{
  KrNote *copy;

  g_return_val_if_fail (KR_IS_NOTE (self), NULL);

  copy = kr_note_new (self->id, self->phase, self->kind, self->text);
  copy->order = self->order;
  copy->has_valence = self->has_valence;
  copy->valence = self->valence;
  copy->channel = g_strdup (self->channel);
  copy->moment_of_truth = self->moment_of_truth;
  copy->red_thread = self->red_thread;
  copy->emotion = g_strdup (self->emotion);
  copy->colour = g_strdup (self->colour);
  copy->owner = g_strdup (self->owner);
  copy->status = self->status;
  /* Unknown keys are never edited, so the copy can share them. */
  kr_replace_extra (&copy->extra, self->extra);

  return copy;
}

const char *
kr_note_get_id (KrNote *self)
{
  g_return_val_if_fail (KR_IS_NOTE (self), NULL);
  return self->id;
}

const char *
kr_note_get_phase (KrNote *self)
{
  g_return_val_if_fail (KR_IS_NOTE (self), NULL);
  return self->phase;
}

void
kr_note_set_phase (KrNote     *self,
                   const char *phase_id)
{
  g_return_if_fail (KR_IS_NOTE (self));

  if (kr_replace_string (&self->phase, phase_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHASE]);
}

KrNoteKind
kr_note_get_kind (KrNote *self)
{
  g_return_val_if_fail (KR_IS_NOTE (self), KR_NOTE_KIND_ACTIVITY);
  return self->kind;
}

void
kr_note_set_kind (KrNote     *self,
                  KrNoteKind  kind)
{
  g_return_if_fail (KR_IS_NOTE (self));
  g_return_if_fail (kind < KR_NOTE_N_KINDS);

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
kr_note_get_text (KrNote *self)
{
  g_return_val_if_fail (KR_IS_NOTE (self), NULL);
  return self->text;
}

void
kr_note_set_text (KrNote     *self,
                  const char *text)
{
  g_return_if_fail (KR_IS_NOTE (self));

  if (kr_replace_string (&self->text, text ? text : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

guint
kr_note_get_order (KrNote *self)
{
  g_return_val_if_fail (KR_IS_NOTE (self), 0);
  return self->order;
}

void
kr_note_set_order (KrNote *self,
                   guint   order)
{
  g_return_if_fail (KR_IS_NOTE (self));

  if (self->order == order)
    return;
  self->order = order;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORDER]);
}

gboolean
kr_note_get_has_valence (KrNote *self)
{
  g_return_val_if_fail (KR_IS_NOTE (self), FALSE);
  return self->has_valence;
}

void
kr_note_set_has_valence (KrNote   *self,
                         gboolean  has_valence)
{
  g_return_if_fail (KR_IS_NOTE (self));

  has_valence = !!has_valence;
  if (self->has_valence == (guint)has_valence)
    return;
  self->has_valence = has_valence;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_VALENCE]);
}

double
kr_note_get_valence (KrNote *self)
{
  g_return_val_if_fail (KR_IS_NOTE (self), 0);
  return self->valence;
}

void
kr_note_set_valence (KrNote *self,
                     double  valence)
{
  g_return_if_fail (KR_IS_NOTE (self));
  g_return_if_fail (isfinite (valence));

  valence = CLAMP (valence, KR_VALENCE_MIN, KR_VALENCE_MAX);
  if (self->valence == valence)
    return;
  self->valence = valence;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALENCE]);
}

const char *
kr_note_get_channel (KrNote *self)
{
  g_return_val_if_fail (KR_IS_NOTE (self), NULL);
  return self->channel;
}

void
kr_note_set_channel (KrNote     *self,
                     const char *channel)
{
  g_return_if_fail (KR_IS_NOTE (self));

  if (kr_replace_string (&self->channel, channel))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANNEL]);
}

gboolean
kr_note_get_moment_of_truth (KrNote *self)
{
  g_return_val_if_fail (KR_IS_NOTE (self), FALSE);
  return self->moment_of_truth;
}

void
kr_note_set_moment_of_truth (KrNote   *self,
                             gboolean  moment_of_truth)
{
  g_return_if_fail (KR_IS_NOTE (self));

  moment_of_truth = !!moment_of_truth;
  if (self->moment_of_truth == (guint)moment_of_truth)
    return;
  self->moment_of_truth = moment_of_truth;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MOMENT_OF_TRUTH]);
}

gboolean
kr_note_get_red_thread (KrNote *self)
{
  g_return_val_if_fail (KR_IS_NOTE (self), FALSE);
  return self->red_thread;
}

void
kr_note_set_red_thread (KrNote   *self,
                        gboolean  red_thread)
{
  g_return_if_fail (KR_IS_NOTE (self));

  red_thread = !!red_thread;
  if (self->red_thread == (guint)red_thread)
    return;
  self->red_thread = red_thread;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RED_THREAD]);
}

const char *
kr_note_get_emotion (KrNote *self)
{
  g_return_val_if_fail (KR_IS_NOTE (self), NULL);
  return self->emotion;
}

void
kr_note_set_emotion (KrNote     *self,
                     const char *emotion_id)
{
  g_return_if_fail (KR_IS_NOTE (self));

  if (kr_replace_string (&self->emotion, emotion_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMOTION]);
}

const char *
kr_note_get_colour (KrNote *self)
{
  g_return_val_if_fail (KR_IS_NOTE (self), NULL);
  return self->colour;
}

void
kr_note_set_colour (KrNote     *self,
                    const char *colour)
{
  g_return_if_fail (KR_IS_NOTE (self));
  g_return_if_fail (colour == NULL || kr_colour_is_valid (colour));

  if (kr_replace_string (&self->colour, colour))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOUR]);
}

const char *
kr_note_get_owner (KrNote *self)
{
  g_return_val_if_fail (KR_IS_NOTE (self), NULL);
  return self->owner;
}

void
kr_note_set_owner (KrNote     *self,
                   const char *owner)
{
  g_return_if_fail (KR_IS_NOTE (self));

  if (kr_replace_string (&self->owner, owner))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);
}

KrNoteStatus
kr_note_get_status (KrNote *self)
{
  g_return_val_if_fail (KR_IS_NOTE (self), KR_NOTE_STATUS_NONE);
  return self->status;
}

void
kr_note_set_status (KrNote       *self,
                    KrNoteStatus  status)
{
  g_return_if_fail (KR_IS_NOTE (self));
  g_return_if_fail (status < KR_NOTE_N_STATUSES);

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

JsonObject *
kr_note_get_extra (KrNote *self)
{
  return self->extra;
}

void
kr_note_set_extra (KrNote     *self,
                   JsonObject *extra)
{
  kr_replace_extra (&self->extra, extra);
}
