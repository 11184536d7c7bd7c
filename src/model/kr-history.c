/* kr-history.c: undo and redo of a journey's edits
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kr-history"

#include "config.h"

#include "kr-history.h"

struct _KrHistory
{
  GObject    parent_instance;

  GPtrArray *done;       /* applied steps, oldest first */
  GPtrArray *undone;     /* reverted steps, most recently reverted last */
  GPtrArray *group;      /* the commands of the open group, or NULL */
  char      *group_label;
  guint      group_depth;
  /* Length of @done when the document was saved; -1 when the saved state
   * can no longer be reached (it was undone and then replaced). */
  gint64     saved_at;
  /* The key of the last step when push_merging made it, and may add to
   * it; NULL once anything else has happened. */
  gconstpointer merge_key;
};

G_DEFINE_FINAL_TYPE (KrHistory, kr_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  gboolean can_undo;
  gboolean can_redo;
  gboolean modified;
  const char *undo_label;
  const char *redo_label;
} State;

static State
get_state (KrHistory *self)
{
  return (State) {
    kr_history_get_can_undo (self),
    kr_history_get_can_redo (self),
    kr_history_get_modified (self),
    kr_history_get_undo_label (self),
    kr_history_get_redo_label (self),
  };
}

/* Notifies only what really changed between @before and now. */
static void
notify_changes (KrHistory   *self,
                const State *before)
{
  State after = get_state (self);

  if (before->can_undo != after.can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (before->can_redo != after.can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (before->undo_label != after.undo_label)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  if (before->redo_label != after.redo_label)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
  if (before->modified != after.modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
record (KrHistory *self,
        KrCommand *command)
{
  State before = get_state (self);

  self->merge_key = NULL;
  if (self->saved_at > (gint64)self->done->len)
    self->saved_at = -1;
  g_ptr_array_set_size (self->undone, 0);
  g_ptr_array_add (self->done, command);

  notify_changes (self, &before);
}

static void
kr_history_finalize (GObject *object)
{
  KrHistory *self = (KrHistory *)object;

  g_clear_pointer (&self->done, g_ptr_array_unref);
  g_clear_pointer (&self->undone, g_ptr_array_unref);
  g_clear_pointer (&self->group, g_ptr_array_unref);
  g_clear_pointer (&self->group_label, g_free);

  G_OBJECT_CLASS (kr_history_parent_class)->finalize (object);
}

static void
kr_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  KrHistory *self = KR_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, kr_history_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, kr_history_get_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, kr_history_get_undo_label (self));
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, kr_history_get_redo_label (self));
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, kr_history_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kr_history_class_init (KrHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = kr_history_finalize;
  object_class->get_property = kr_history_get_property;

  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, ro);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, ro);
  properties[PROP_UNDO_LABEL] = g_param_spec_string ("undo-label", NULL, NULL, NULL, ro);
  properties[PROP_REDO_LABEL] = g_param_spec_string ("redo-label", NULL, NULL, NULL, ro);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kr_history_init (KrHistory *self)
{
  self->done = g_ptr_array_new_with_free_func (g_object_unref);
  self->undone = g_ptr_array_new_with_free_func (g_object_unref);
}

KrHistory *
kr_history_new (void)
{
  return g_object_new (KR_TYPE_HISTORY, NULL);
}

void
kr_history_push (KrHistory *self,
                 KrCommand *command)
{
  g_return_if_fail (KR_IS_HISTORY (self));
  g_return_if_fail (KR_IS_COMMAND (command));

  kr_command_apply (command);

  if (self->group != NULL)
    g_ptr_array_add (self->group, command);
  else
    record (self, command);
}

void
kr_history_push_onto_last (KrHistory *self,
                           KrCommand *command)
{
  g_autoptr(GPtrArray) commands = NULL;
  State before;
  KrCommand *last;

  g_return_if_fail (KR_IS_HISTORY (self));
  g_return_if_fail (KR_IS_COMMAND (command));

  if (self->group != NULL || self->done->len == 0 || self->undone->len > 0)
    {
      kr_history_push (self, command);
      return;
    }

  before = get_state (self);
  self->merge_key = NULL;
  kr_command_apply (command);

  last = g_ptr_array_steal_index (self->done, self->done->len - 1);
  commands = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (commands, last);
  g_ptr_array_add (commands, command);
  g_ptr_array_add (self->done, kr_group_command_new (kr_command_get_label (last), commands));

  /* Saved between the two, the file holds a state no undo returns to. */
  if (self->saved_at == (gint64)self->done->len)
    self->saved_at = -1;

  notify_changes (self, &before);
}

void
kr_history_push_merging (KrHistory     *self,
                         KrCommand     *command,
                         gconstpointer  merge_key)
{
  State before;

  g_return_if_fail (KR_IS_HISTORY (self));
  g_return_if_fail (KR_IS_COMMAND (command));

  if (merge_key == NULL || merge_key != self->merge_key || self->group != NULL ||
      self->done->len == 0 || self->undone->len > 0 ||
      !kr_command_merge (g_ptr_array_index (self->done, self->done->len - 1), command))
    {
      kr_history_push (self, command);
      self->merge_key = self->group == NULL ? merge_key : NULL;
      return;
    }

  before = get_state (self);
  kr_command_apply (command);
  g_object_unref (command);

  /* Saved in the middle of the step: no undo goes back to what the file
   * holds. A save ends merging, so this is only a safeguard. */
  if (self->saved_at == (gint64)self->done->len)
    self->saved_at = -1;

  notify_changes (self, &before);
}

void
kr_history_stop_merging (KrHistory *self)
{
  g_return_if_fail (KR_IS_HISTORY (self));

  self->merge_key = NULL;
}

void
kr_history_begin_group (KrHistory  *self,
                        const char *label)
{
  g_return_if_fail (KR_IS_HISTORY (self));

  if (self->group_depth++ > 0)
    return;

  self->group = g_ptr_array_new_with_free_func (g_object_unref);
  g_free (self->group_label);
  self->group_label = g_strdup (label);
}

void
kr_history_end_group (KrHistory *self)
{
  g_autoptr(GPtrArray) commands = NULL;

  g_return_if_fail (KR_IS_HISTORY (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  commands = g_steal_pointer (&self->group);
  if (commands->len == 0)
    return;

  /* The commands are already applied; the group only records them. */
  record (self, kr_group_command_new (self->group_label, commands));
}

gboolean
kr_history_undo (KrHistory *self)
{
  State before;
  KrCommand *command;

  g_return_val_if_fail (KR_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->group == NULL, FALSE);

  if (self->done->len == 0)
    return FALSE;

  before = get_state (self);
  self->merge_key = NULL;
  command = g_ptr_array_steal_index (self->done, self->done->len - 1);
  kr_command_revert (command);
  g_ptr_array_add (self->undone, command);
  notify_changes (self, &before);

  return TRUE;
}

gboolean
kr_history_redo (KrHistory *self)
{
  State before;
  KrCommand *command;

  g_return_val_if_fail (KR_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->group == NULL, FALSE);

  if (self->undone->len == 0)
    return FALSE;

  before = get_state (self);
  self->merge_key = NULL;
  command = g_ptr_array_steal_index (self->undone, self->undone->len - 1);
  kr_command_apply (command);
  g_ptr_array_add (self->done, command);
  notify_changes (self, &before);

  return TRUE;
}

gboolean
kr_history_get_can_undo (KrHistory *self)
{
  g_return_val_if_fail (KR_IS_HISTORY (self), FALSE);
  return self->done->len > 0;
}

gboolean
kr_history_get_can_redo (KrHistory *self)
{
  g_return_val_if_fail (KR_IS_HISTORY (self), FALSE);
  return self->undone->len > 0;
}

const char *
kr_history_get_undo_label (KrHistory *self)
{
  g_return_val_if_fail (KR_IS_HISTORY (self), NULL);

  if (self->done->len == 0)
    return NULL;
  return kr_command_get_label (g_ptr_array_index (self->done, self->done->len - 1));
}

const char *
kr_history_get_redo_label (KrHistory *self)
{
  g_return_val_if_fail (KR_IS_HISTORY (self), NULL);

  if (self->undone->len == 0)
    return NULL;
  return kr_command_get_label (g_ptr_array_index (self->undone, self->undone->len - 1));
}

void
kr_history_mark_saved (KrHistory *self)
{
  State before;

  g_return_if_fail (KR_IS_HISTORY (self));

  before = get_state (self);
  self->merge_key = NULL;
  self->saved_at = self->done->len;
  notify_changes (self, &before);
}

void
kr_history_mark_unsaved (KrHistory *self)
{
  State before;

  g_return_if_fail (KR_IS_HISTORY (self));

  before = get_state (self);
  self->saved_at = -1;
  notify_changes (self, &before);
}

gboolean
kr_history_get_modified (KrHistory *self)
{
  g_return_val_if_fail (KR_IS_HISTORY (self), FALSE);
  return self->saved_at != (gint64)self->done->len;
}

void
kr_history_clear (KrHistory *self)
{
  State before;

  g_return_if_fail (KR_IS_HISTORY (self));
  g_return_if_fail (self->group == NULL);

  before = get_state (self);
  self->merge_key = NULL;
  g_ptr_array_set_size (self->done, 0);
  g_ptr_array_set_size (self->undone, 0);
  self->saved_at = 0;
  notify_changes (self, &before);
}
