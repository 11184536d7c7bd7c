/* kr-journey.c: the journey document
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kr-journey"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "kr-journey.h"
#include "kr-model-private.h"

/* The three lists of a journey. Each item in them is watched so that a
 * change anywhere in the document reaches "changed". */
typedef struct
{
  GListStore *store;
  GHashTable *watched;   /* item → notify handler id */
} WatchedList;

enum { LIST_PHASES, LIST_NOTES, LIST_PERSONAS, N_LISTS };

struct _KrJourney
{
  GObject              parent_instance;

  char                *title;
  char                *language;
  KrJourneyState       state;
  KrJourneyValidation  validation;
  char                *reason;
  char                *scope[KR_SCOPE_N_FIELDS];
  char                *persona;
  char                *created;
  char                *modified;
  JsonObject          *extra;
  JsonObject          *scope_extra;
  WatchedList          lists[N_LISTS];
};

G_DEFINE_FINAL_TYPE (KrJourney, kr_journey, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_LANGUAGE,
  PROP_STATE,
  PROP_VALIDATION,
  PROP_REASON,
  PROP_PERSONA,
  PROP_CREATED,
  PROP_MODIFIED,
  /* One property per KrScopeField, in that order. */
  PROP_FIRST_SCOPE,
  N_PROPS = PROP_FIRST_SCOPE + KR_SCOPE_N_FIELDS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const struct {
  const char *key;
  const char *property;
} scope_info[KR_SCOPE_N_FIELDS] = {
  { "customer", "scope-customer" },
  { "goal", "scope-goal" },
  { "start", "scope-start" },
  { "end", "scope-end" },
  { "out_of_scope", "scope-out-of-scope" },
  { "known", "scope-known" },
};

GType
kr_journey_state_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { KR_JOURNEY_STATE_CURRENT, "KR_JOURNEY_STATE_CURRENT", "current" },
        { KR_JOURNEY_STATE_DESIRED, "KR_JOURNEY_STATE_DESIRED", "desired" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("KrJourneyState"), values);
      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

GType
kr_journey_validation_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { KR_JOURNEY_VALIDATION_LIGHT, "KR_JOURNEY_VALIDATION_LIGHT", "light" },
        { KR_JOURNEY_VALIDATION_VALIDATED, "KR_JOURNEY_VALIDATION_VALIDATED", "validated" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("KrJourneyValidation"),
                                           values);
      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

const char *
kr_scope_field_to_key (KrScopeField field)
{
  g_return_val_if_fail (field < KR_SCOPE_N_FIELDS, NULL);
  return scope_info[field].key;
}

const char *
kr_scope_field_to_property (KrScopeField field)
{
  g_return_val_if_fail (field < KR_SCOPE_N_FIELDS, NULL);
  return scope_info[field].property;
}

static void
emit_changed (KrJourney *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
item_notify_cb (GObject    *item,
                GParamSpec *pspec,
                KrJourney  *self)
{
  emit_changed (self);
}

static void
watch_item (KrJourney   *self,
            WatchedList *list,
            GObject     *item)
{
  gulong id;

  if (g_hash_table_contains (list->watched, item))
    return;
  id = g_signal_connect (item, "notify", G_CALLBACK (item_notify_cb), self);
  g_hash_table_insert (list->watched, g_object_ref (item), GSIZE_TO_POINTER (id));
}

/* Drops the handlers of items that left the list. Items may live on after
 * removal (an undo step holds them) and must then stop reporting here. */
static void
unwatch_removed (WatchedList *list)
{
  g_autoptr(GHashTable) present = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer item, id;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list->store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) obj = g_list_model_get_item (G_LIST_MODEL (list->store), i);
      g_hash_table_add (present, obj);
    }

  g_hash_table_iter_init (&iter, list->watched);
  while (g_hash_table_iter_next (&iter, &item, &id))
    {
      if (g_hash_table_contains (present, item))
        continue;
      g_signal_handler_disconnect (item, GPOINTER_TO_SIZE (id));
      g_hash_table_iter_remove (&iter);
    }
}

static void
list_items_changed_cb (GListModel *model,
                       guint       position,
                       guint       removed,
                       guint       added,
                       KrJourney  *self)
{
  WatchedList *list = NULL;

  for (guint i = 0; i < N_LISTS; i++)
    if (G_LIST_MODEL (self->lists[i].store) == model)
      list = &self->lists[i];
  g_assert (list != NULL);

  if (removed > 0)
    unwatch_removed (list);
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      watch_item (self, list, item);
    }

  emit_changed (self);
}

static void
kr_journey_dispose (GObject *object)
{
  KrJourney *self = (KrJourney *)object;

  for (guint i = 0; i < N_LISTS; i++)
    {
      WatchedList *list = &self->lists[i];
      GHashTableIter iter;
      gpointer item, id;

      if (list->store == NULL)
        continue;
      g_signal_handlers_disconnect_by_data (list->store, self);
      g_hash_table_iter_init (&iter, list->watched);
      while (g_hash_table_iter_next (&iter, &item, &id))
        g_signal_handler_disconnect (item, GPOINTER_TO_SIZE (id));
      g_clear_pointer (&list->watched, g_hash_table_unref);
      g_clear_object (&list->store);
    }

  G_OBJECT_CLASS (kr_journey_parent_class)->dispose (object);
}

static void
kr_journey_finalize (GObject *object)
{
  KrJourney *self = (KrJourney *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->reason, g_free);
  for (guint i = 0; i < KR_SCOPE_N_FIELDS; i++)
    g_clear_pointer (&self->scope[i], g_free);
  g_clear_pointer (&self->persona, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_pointer (&self->scope_extra, json_object_unref);

  G_OBJECT_CLASS (kr_journey_parent_class)->finalize (object);
}

static void
kr_journey_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  KrJourney *self = KR_JOURNEY (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_VALIDATION:
      g_value_set_enum (value, self->validation);
      break;
    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    case PROP_PERSONA:
      g_value_set_string (value, self->persona);
      break;
    case PROP_CREATED:
      g_value_set_string (value, self->created);
      break;
    case PROP_MODIFIED:
      g_value_set_string (value, self->modified);
      break;
    default:
      if (prop_id >= PROP_FIRST_SCOPE && prop_id < N_PROPS)
        g_value_set_string (value, self->scope[prop_id - PROP_FIRST_SCOPE]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_journey_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  KrJourney *self = KR_JOURNEY (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      kr_journey_set_title (self, g_value_get_string (value));
      break;
    case PROP_LANGUAGE:
      kr_journey_set_language (self, g_value_get_string (value));
      break;
    case PROP_STATE:
      kr_journey_set_state (self, g_value_get_enum (value));
      break;
    case PROP_VALIDATION:
      kr_journey_set_validation (self, g_value_get_enum (value));
      break;
    case PROP_REASON:
      kr_journey_set_reason (self, g_value_get_string (value));
      break;
    case PROP_PERSONA:
      kr_journey_set_persona (self, g_value_get_string (value));
      break;
    case PROP_CREATED:
      kr_journey_set_created (self, g_value_get_string (value));
      break;
    case PROP_MODIFIED:
      kr_journey_set_modified (self, g_value_get_string (value));
      break;
    default:
      if (prop_id >= PROP_FIRST_SCOPE && prop_id < N_PROPS)
        kr_journey_set_scope (self, prop_id - PROP_FIRST_SCOPE, g_value_get_string (value));
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_journey_class_init (KrJourneyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = kr_journey_dispose;
  object_class->finalize = kr_journey_finalize;
  object_class->get_property = kr_journey_get_property;
  object_class->set_property = kr_journey_set_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", rw);
  properties[PROP_LANGUAGE] = g_param_spec_string ("language", NULL, NULL, NULL, rw);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, KR_TYPE_JOURNEY_STATE, KR_JOURNEY_STATE_CURRENT, rw);
  properties[PROP_VALIDATION] =
    g_param_spec_enum ("validation", NULL, NULL, KR_TYPE_JOURNEY_VALIDATION,
                       KR_JOURNEY_VALIDATION_LIGHT, rw);
  properties[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, NULL, rw);
  properties[PROP_PERSONA] = g_param_spec_string ("persona", NULL, NULL, NULL, rw);
  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, NULL, rw);
  properties[PROP_MODIFIED] = g_param_spec_string ("modified", NULL, NULL, NULL, rw);
  for (guint i = 0; i < KR_SCOPE_N_FIELDS; i++)
    properties[PROP_FIRST_SCOPE + i] =
      g_param_spec_string (scope_info[i].property, NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KrJourney::changed:
   *
   * Emitted after any change anywhere in the document: its own properties,
   * its lists, or a property of a phase, note or persona in them. Views that
   * redraw the whole journey follow this one signal.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kr_journey_init (KrJourney *self)
{
  const GType types[N_LISTS] = { KR_TYPE_PHASE, KR_TYPE_NOTE, KR_TYPE_PERSONA };

  self->title = g_strdup ("");
  for (guint i = 0; i < N_LISTS; i++)
    {
      self->lists[i].store = g_list_store_new (types[i]);
      self->lists[i].watched = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
      g_signal_connect (self->lists[i].store, "items-changed",
                        G_CALLBACK (list_items_changed_cb), self);
    }

  /* Our own notifications count as changes too. */
  g_signal_connect (self, "notify", G_CALLBACK (item_notify_cb), self);
}

KrJourney *
kr_journey_new (void)
{
  return g_object_new (KR_TYPE_JOURNEY, NULL);
}

#define STRING_ACCESSORS(field, PROP)                                     \
  const char *                                                            \
  kr_journey_get_##field (KrJourney *self)                                \
  {                                                                       \
    g_return_val_if_fail (KR_IS_JOURNEY (self), NULL);                    \
    return self->field;                                                   \
  }                                                                       \
  void                                                                    \
  kr_journey_set_##field (KrJourney  *self,                               \
                          const char *value)                              \
  {                                                                       \
    g_return_if_fail (KR_IS_JOURNEY (self));                              \
    if (kr_replace_string (&self->field, value))                          \
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);       \
  }

STRING_ACCESSORS (language, PROP_LANGUAGE)
STRING_ACCESSORS (reason, PROP_REASON)
STRING_ACCESSORS (persona, PROP_PERSONA)
STRING_ACCESSORS (created, PROP_CREATED)
STRING_ACCESSORS (modified, PROP_MODIFIED)

const char *
kr_journey_get_title (KrJourney *self)
{
  g_return_val_if_fail (KR_IS_JOURNEY (self), NULL);
  return self->title;
}

void
kr_journey_set_title (KrJourney  *self,
                      const char *title)
{
  g_return_if_fail (KR_IS_JOURNEY (self));

  if (kr_replace_string (&self->title, title ? title : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

KrJourneyState
kr_journey_get_state (KrJourney *self)
{
  g_return_val_if_fail (KR_IS_JOURNEY (self), KR_JOURNEY_STATE_CURRENT);
  return self->state;
}

void
kr_journey_set_state (KrJourney      *self,
                      KrJourneyState  state)
{
  g_return_if_fail (KR_IS_JOURNEY (self));

  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

KrJourneyValidation
kr_journey_get_validation (KrJourney *self)
{
  g_return_val_if_fail (KR_IS_JOURNEY (self), KR_JOURNEY_VALIDATION_LIGHT);
  return self->validation;
}

void
kr_journey_set_validation (KrJourney           *self,
                           KrJourneyValidation  validation)
{
  g_return_if_fail (KR_IS_JOURNEY (self));

  if (self->validation == validation)
    return;
  self->validation = validation;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALIDATION]);
}

const char *
kr_journey_get_scope (KrJourney    *self,
                      KrScopeField  field)
{
  g_return_val_if_fail (KR_IS_JOURNEY (self), NULL);
  g_return_val_if_fail (field < KR_SCOPE_N_FIELDS, NULL);
  return self->scope[field];
}

void
kr_journey_set_scope (KrJourney    *self,
                      KrScopeField  field,
                      const char   *value)
{
  g_return_if_fail (KR_IS_JOURNEY (self));
  g_return_if_fail (field < KR_SCOPE_N_FIELDS);

  if (kr_replace_string (&self->scope[field], value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_SCOPE + field]);
}

GListModel *
kr_journey_get_phases (KrJourney *self)
{
  g_return_val_if_fail (KR_IS_JOURNEY (self), NULL);
  return G_LIST_MODEL (self->lists[LIST_PHASES].store);
}

GListModel *
kr_journey_get_notes (KrJourney *self)
{
  g_return_val_if_fail (KR_IS_JOURNEY (self), NULL);
  return G_LIST_MODEL (self->lists[LIST_NOTES].store);
}

GListModel *
kr_journey_get_personas (KrJourney *self)
{
  g_return_val_if_fail (KR_IS_JOURNEY (self), NULL);
  return G_LIST_MODEL (self->lists[LIST_PERSONAS].store);
}

/* Items of all three lists have a string "id"; the getter is passed in to
 * avoid a property lookup per item. */
static gpointer
find_by_id (GListModel   *model,
            const char   *id,
            const char *(*get_id) (gpointer),
            guint        *position)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      gpointer item = g_list_model_get_item (model, i);

      g_object_unref (item);  /* the list keeps it alive */
      if (g_strcmp0 (get_id (item), id) == 0)
        {
          if (position != NULL)
            *position = i;
          return item;
        }
    }

  return NULL;
}

KrPhase *
kr_journey_find_phase (KrJourney  *self,
                       const char *id,
                       guint      *position)
{
  g_return_val_if_fail (KR_IS_JOURNEY (self), NULL);
  return find_by_id (kr_journey_get_phases (self), id,
                     (const char *(*) (gpointer))kr_phase_get_id, position);
}

KrNote *
kr_journey_find_note (KrJourney  *self,
                      const char *id,
                      guint      *position)
{
  g_return_val_if_fail (KR_IS_JOURNEY (self), NULL);
  return find_by_id (kr_journey_get_notes (self), id,
                     (const char *(*) (gpointer))kr_note_get_id, position);
}

KrPersona *
kr_journey_find_persona (KrJourney  *self,
                         const char *id,
                         guint      *position)
{
  g_return_val_if_fail (KR_IS_JOURNEY (self), NULL);
  return find_by_id (kr_journey_get_personas (self), id,
                     (const char *(*) (gpointer))kr_persona_get_id, position);
}

typedef struct
{
  KrNote *note;
  guint   position;
} SortEntry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const SortEntry *ea = a;
  const SortEntry *eb = b;
  guint oa = kr_note_get_order (ea->note);
  guint ob = kr_note_get_order (eb->note);

  if (oa != ob)
    return oa < ob ? -1 : 1;
  return ea->position < eb->position ? -1 : (ea->position > eb->position);
}

GPtrArray *
kr_journey_collect_notes (KrJourney  *self,
                          const char *phase_id,
                          KrNoteKind  kind)
{
  GListModel *notes;
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (SortEntry));
  GPtrArray *result;
  guint n;

  g_return_val_if_fail (KR_IS_JOURNEY (self), NULL);

  notes = kr_journey_get_notes (self);
  n = g_list_model_get_n_items (notes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KrNote) note = g_list_model_get_item (notes, i);

      if (kr_note_get_kind (note) == kind && g_strcmp0 (kr_note_get_phase (note), phase_id) == 0)
        g_array_append_val (entries, ((SortEntry) { note, i }));
    }

  g_array_sort (entries, compare_entries);
  result = g_ptr_array_sized_new (entries->len);
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (result, g_array_index (entries, SortEntry, i).note);

  return result;
}

static guint64
max_suffix (GListModel   *model,
            const char   *prefix,
            const char *(*get_id) (gpointer))
{
  gsize len = strlen (prefix);
  guint n = g_list_model_get_n_items (model);
  guint64 max = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      const char *id = get_id (item);
      guint64 value;

      if (strncmp (id, prefix, len) == 0 &&
          g_ascii_string_to_unsigned (id + len, 10, 0, G_MAXUINT64, &value, NULL))
        max = MAX (max, value);
    }

  return max;
}

static gboolean
id_in_use (KrJourney  *self,
           const char *id)
{
  return kr_journey_find_phase (self, id, NULL) != NULL ||
         kr_journey_find_note (self, id, NULL) != NULL ||
         kr_journey_find_persona (self, id, NULL) != NULL;
}

char *
kr_journey_make_id_after (KrJourney  *self,
                          const char *prefix,
                          guint64    *number)
{
  g_return_val_if_fail (KR_IS_JOURNEY (self), NULL);
  g_return_val_if_fail (prefix != NULL, NULL);
  g_return_val_if_fail (number != NULL, NULL);

  /* Past the largest number there is, a file may have taken any other: so
   * each candidate is checked, and the count starts again at 1. There are
   * far fewer items than numbers, so a free one comes soon. */
  for (;;)
    {
      g_autofree char *id = NULL;

      *number = *number < G_MAXUINT64 ? *number + 1 : 1;
      id = g_strdup_printf ("%s%" G_GUINT64_FORMAT, prefix, *number);
      if (!id_in_use (self, id))
        return g_steal_pointer (&id);
    }
}

char *
kr_journey_make_id (KrJourney  *self,
                    const char *prefix)
{
  guint64 max = 0;

  g_return_val_if_fail (KR_IS_JOURNEY (self), NULL);
  g_return_val_if_fail (prefix != NULL, NULL);

  /* Ids only have to be unique within their own list, but one number
   * sequence over all three keeps them easy to tell apart in a file. */
  max = MAX (max, max_suffix (kr_journey_get_phases (self), prefix,
                              (const char *(*) (gpointer))kr_phase_get_id));
  max = MAX (max, max_suffix (kr_journey_get_notes (self), prefix,
                              (const char *(*) (gpointer))kr_note_get_id));
  max = MAX (max, max_suffix (kr_journey_get_personas (self), prefix,
                              (const char *(*) (gpointer))kr_persona_get_id));

  return kr_journey_make_id_after (self, prefix, &max);
}

JsonObject *
kr_journey_get_extra (KrJourney *self)
{
  return self->extra;
}

void
kr_journey_set_extra (KrJourney  *self,
                      JsonObject *extra)
{
  kr_replace_extra (&self->extra, extra);
}

JsonObject *
kr_journey_get_scope_extra (KrJourney *self)
{
  return self->scope_extra;
}

void
kr_journey_set_scope_extra (KrJourney  *self,
                            JsonObject *extra)
{
  kr_replace_extra (&self->scope_extra, extra);
}
