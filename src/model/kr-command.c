/* kr-command.c: undoable changes to a journey
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kr-command"

#include "config.h"

#include <gobject/gvaluecollector.h>

#include "kr-command.h"

typedef struct
{
  char *label;
} KrCommandPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (KrCommand, kr_command, G_TYPE_OBJECT)

static void
kr_command_finalize (GObject *object)
{
  KrCommandPrivate *priv = kr_command_get_instance_private (KR_COMMAND (object));

  g_clear_pointer (&priv->label, g_free);

  G_OBJECT_CLASS (kr_command_parent_class)->finalize (object);
}

static void
kr_command_class_init (KrCommandClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kr_command_finalize;
}

static void
kr_command_init (KrCommand *self)
{
}

void
kr_command_apply (KrCommand *self)
{
  g_return_if_fail (KR_IS_COMMAND (self));
  KR_COMMAND_GET_CLASS (self)->apply (self);
}

void
kr_command_revert (KrCommand *self)
{
  g_return_if_fail (KR_IS_COMMAND (self));
  KR_COMMAND_GET_CLASS (self)->revert (self);
}

gboolean
kr_command_merge (KrCommand *self,
                  KrCommand *other)
{
  KrCommandClass *klass;

  g_return_val_if_fail (KR_IS_COMMAND (self), FALSE);
  g_return_val_if_fail (KR_IS_COMMAND (other), FALSE);

  klass = KR_COMMAND_GET_CLASS (self);
  return klass->merge != NULL && klass->merge (self, other);
}

const char *
kr_command_get_label (KrCommand *self)
{
  KrCommandPrivate *priv = kr_command_get_instance_private (self);

  g_return_val_if_fail (KR_IS_COMMAND (self), NULL);
  return priv->label;
}

void
kr_command_set_label (KrCommand  *self,
                      const char *label)
{
  KrCommandPrivate *priv = kr_command_get_instance_private (self);

  g_return_if_fail (KR_IS_COMMAND (self));
  g_free (priv->label);
  priv->label = g_strdup (label);
}

/* Set: property changes with their old values. */

#define KR_TYPE_SET_COMMAND (kr_set_command_get_type ())
G_DECLARE_FINAL_TYPE (KrSetCommand, kr_set_command, KR, SET_COMMAND, KrCommand)

struct _KrSetCommand
{
  KrCommand  parent_instance;

  GObject   *object;
  guint      n_properties;
  char     **names;       /* interned, NULL-terminated */
  GValue    *old_values;
  GValue    *new_values;
};

G_DEFINE_FINAL_TYPE (KrSetCommand, kr_set_command, KR_TYPE_COMMAND)

static void
set_values (KrSetCommand *self,
            const GValue *values,
            gboolean      reverse)
{
  /* One freeze, so that views see the properties change together. */
  g_object_freeze_notify (self->object);
  for (guint i = 0; i < self->n_properties; i++)
    {
      guint k = reverse ? self->n_properties - 1 - i : i;
      g_object_set_property (self->object, self->names[k], &values[k]);
    }
  g_object_thaw_notify (self->object);
}

static void
kr_set_command_apply (KrCommand *command)
{
  KrSetCommand *self = KR_SET_COMMAND (command);
  set_values (self, self->new_values, FALSE);
}

static void
kr_set_command_revert (KrCommand *command)
{
  KrSetCommand *self = KR_SET_COMMAND (command);
  set_values (self, self->old_values, TRUE);
}

/* The same properties of the same object, in the same order: the later
 * command's new values become ours, and our old values stay. */
static gboolean
kr_set_command_merge (KrCommand *command,
                      KrCommand *other_command)
{
  KrSetCommand *self = KR_SET_COMMAND (command);
  KrSetCommand *other;

  if (!KR_IS_SET_COMMAND (other_command))
    return FALSE;
  other = KR_SET_COMMAND (other_command);
  if (other->object != self->object || other->n_properties != self->n_properties)
    return FALSE;
  /* The names are interned, so equal names are the same pointer. */
  for (guint i = 0; i < self->n_properties; i++)
    if (other->names[i] != self->names[i])
      return FALSE;

  for (guint i = 0; i < self->n_properties; i++)
    g_value_copy (&other->new_values[i], &self->new_values[i]);
  return TRUE;
}

static void
kr_set_command_finalize (GObject *object)
{
  KrSetCommand *self = KR_SET_COMMAND (object);

  for (guint i = 0; i < self->n_properties; i++)
    {
      g_value_unset (&self->old_values[i]);
      g_value_unset (&self->new_values[i]);
    }
  g_clear_pointer (&self->old_values, g_free);
  g_clear_pointer (&self->new_values, g_free);
  g_clear_pointer (&self->names, g_free);
  g_clear_object (&self->object);

  G_OBJECT_CLASS (kr_set_command_parent_class)->finalize (object);
}

static void
kr_set_command_class_init (KrSetCommandClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kr_set_command_finalize;
  KR_COMMAND_CLASS (klass)->apply = kr_set_command_apply;
  KR_COMMAND_CLASS (klass)->revert = kr_set_command_revert;
  KR_COMMAND_CLASS (klass)->merge = kr_set_command_merge;
}

static void
kr_set_command_init (KrSetCommand *self)
{
}

KrCommand *
kr_set_command_newv (gpointer      object,
                     const char   *label,
                     guint         n_properties,
                     const char  **names,
                     const GValue *values)
{
  KrSetCommand *self;
  GObjectClass *klass;

  g_return_val_if_fail (G_IS_OBJECT (object), NULL);

  klass = G_OBJECT_GET_CLASS (object);
  self = g_object_new (KR_TYPE_SET_COMMAND, NULL);
  kr_command_set_label (KR_COMMAND (self), label);
  self->object = g_object_ref (object);
  self->n_properties = n_properties;
  self->names = g_new0 (char *, n_properties + 1);
  self->old_values = g_new0 (GValue, n_properties);
  self->new_values = g_new0 (GValue, n_properties);

  for (guint i = 0; i < n_properties; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (klass, names[i]);

      if (pspec == NULL)
        {
          g_critical ("%s has no property “%s”", G_OBJECT_TYPE_NAME (object), names[i]);
          g_object_unref (self);
          return NULL;
        }
      self->names[i] = (char *)g_intern_string (names[i]);
      g_value_init (&self->old_values[i], pspec->value_type);
      g_object_get_property (object, names[i], &self->old_values[i]);
      g_value_init (&self->new_values[i], pspec->value_type);
      g_value_copy (&values[i], &self->new_values[i]);
    }

  return KR_COMMAND (self);
}

KrCommand *
kr_set_command_new (gpointer    object,
                    const char *label,
                    const char *first_property,
                    ...)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  GObjectClass *klass;
  KrCommand *command;
  va_list args;

  g_return_val_if_fail (G_IS_OBJECT (object), NULL);

  klass = G_OBJECT_GET_CLASS (object);
  g_array_set_clear_func (values, (GDestroyNotify)g_value_unset);

  va_start (args, first_property);
  for (const char *name = first_property; name != NULL; name = va_arg (args, const char *))
    {
      GParamSpec *pspec = g_object_class_find_property (klass, name);
      GValue value = G_VALUE_INIT;
      g_autofree char *error = NULL;

      if (pspec == NULL)
        {
          g_critical ("%s has no property “%s”", G_OBJECT_TYPE_NAME (object), name);
          va_end (args);
          return NULL;
        }
      G_VALUE_COLLECT_INIT (&value, pspec->value_type, args, 0, &error);
      if (error != NULL)
        {
          g_critical ("%s", error);
          va_end (args);
          return NULL;
        }
      g_ptr_array_add (names, (gpointer)name);
      g_array_append_val (values, value);
    }
  va_end (args);

  command = kr_set_command_newv (object, label, names->len, (const char **)names->pdata,
                                 (const GValue *)values->data);
  return command;
}

/* Insert and remove: the two halves of one operation on a list store. */

#define KR_TYPE_LIST_COMMAND (kr_list_command_get_type ())
G_DECLARE_FINAL_TYPE (KrListCommand, kr_list_command, KR, LIST_COMMAND, KrCommand)

struct _KrListCommand
{
  KrCommand   parent_instance;

  GListStore *store;
  GObject    *item;
  guint       position;
  guint       target;     /* for a move: the index after the move */
  enum { LIST_INSERT, LIST_REMOVE, LIST_MOVE } op;
};

G_DEFINE_FINAL_TYPE (KrListCommand, kr_list_command, KR_TYPE_COMMAND)

static void
list_insert (KrListCommand *self,
             guint          position)
{
  g_return_if_fail (position <= g_list_model_get_n_items (G_LIST_MODEL (self->store)));
  g_list_store_insert (self->store, position, self->item);
}

static void
list_remove (KrListCommand *self,
             guint          position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->store), position);

  /* A history out of step with its document is a programming error. */
  g_return_if_fail (item == self->item);
  g_list_store_remove (self->store, position);
}

/* A move is one items-changed over the affected range rather than a remove
 * and an insert, so a view sees a single change. */
static void
list_move (KrListCommand *self,
           guint          from,
           guint          to)
{
  guint lo = MIN (from, to), hi = MAX (from, to);
  guint n = hi - lo + 1;
  g_autofree gpointer *items = g_new (gpointer, n);

  for (guint i = 0; i < n; i++)
    items[i] = g_list_model_get_item (G_LIST_MODEL (self->store), lo + i);

  {
    g_autofree gpointer *moved = g_new (gpointer, n);
    guint k = 0;

    if (from < to)
      {
        for (guint i = 1; i < n; i++)
          moved[k++] = items[i];
        moved[k++] = items[0];
      }
    else
      {
        moved[k++] = items[n - 1];
        for (guint i = 0; i + 1 < n; i++)
          moved[k++] = items[i];
      }
    g_list_store_splice (self->store, lo, n, moved, n);
  }

  for (guint i = 0; i < n; i++)
    g_object_unref (items[i]);
}

static void
kr_list_command_apply (KrCommand *command)
{
  KrListCommand *self = KR_LIST_COMMAND (command);

  switch (self->op)
    {
    case LIST_INSERT:
      list_insert (self, self->position);
      break;
    case LIST_REMOVE:
      list_remove (self, self->position);
      break;
    case LIST_MOVE:
      list_move (self, self->position, self->target);
      break;
    }
}

static void
kr_list_command_revert (KrCommand *command)
{
  KrListCommand *self = KR_LIST_COMMAND (command);

  switch (self->op)
    {
    case LIST_INSERT:
      list_remove (self, self->position);
      break;
    case LIST_REMOVE:
      list_insert (self, self->position);
      break;
    case LIST_MOVE:
      list_move (self, self->target, self->position);
      break;
    }
}

static void
kr_list_command_finalize (GObject *object)
{
  KrListCommand *self = KR_LIST_COMMAND (object);

  g_clear_object (&self->store);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (kr_list_command_parent_class)->finalize (object);
}

static void
kr_list_command_class_init (KrListCommandClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kr_list_command_finalize;
  KR_COMMAND_CLASS (klass)->apply = kr_list_command_apply;
  KR_COMMAND_CLASS (klass)->revert = kr_list_command_revert;
}

static void
kr_list_command_init (KrListCommand *self)
{
}

static KrCommand *
list_command_new (GListStore *store,
                  guint       position,
                  GObject    *item,
                  int         op,
                  const char *label)
{
  KrListCommand *self = g_object_new (KR_TYPE_LIST_COMMAND, NULL);

  kr_command_set_label (KR_COMMAND (self), label);
  self->store = g_object_ref (store);
  self->item = item;
  self->position = position;
  self->op = op;

  return KR_COMMAND (self);
}

KrCommand *
kr_insert_command_new (GListStore *store,
                       guint       position,
                       gpointer    item,
                       const char *label)
{
  g_return_val_if_fail (G_IS_LIST_STORE (store), NULL);
  g_return_val_if_fail (G_IS_OBJECT (item), NULL);

  /* The position is checked when the command is applied: in a group, the
   * commands before it may first make the list longer. */
  return list_command_new (store, position, g_object_ref (item), LIST_INSERT, label);
}

KrCommand *
kr_remove_command_new (GListStore *store,
                       guint       position,
                       const char *label)
{
  g_return_val_if_fail (G_IS_LIST_STORE (store), NULL);
  g_return_val_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (store)), NULL);

  return list_command_new (store, position,
                           g_list_model_get_item (G_LIST_MODEL (store), position),
                           LIST_REMOVE, label);
}

KrCommand *
kr_move_command_new (GListStore *store,
                     guint       from,
                     guint       to,
                     const char *label)
{
  KrCommand *command;
  guint n;

  g_return_val_if_fail (G_IS_LIST_STORE (store), NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  g_return_val_if_fail (from < n && to < n, NULL);

  command = list_command_new (store, from, g_list_model_get_item (G_LIST_MODEL (store), from),
                              LIST_MOVE, label);
  KR_LIST_COMMAND (command)->target = to;
  return command;
}

/* Group: the commands of one gesture. */

#define KR_TYPE_GROUP_COMMAND (kr_group_command_get_type ())
G_DECLARE_FINAL_TYPE (KrGroupCommand, kr_group_command, KR, GROUP_COMMAND, KrCommand)

struct _KrGroupCommand
{
  KrCommand  parent_instance;
  GPtrArray *commands;
};

G_DEFINE_FINAL_TYPE (KrGroupCommand, kr_group_command, KR_TYPE_COMMAND)

static void
kr_group_command_apply (KrCommand *command)
{
  KrGroupCommand *self = KR_GROUP_COMMAND (command);

  for (guint i = 0; i < self->commands->len; i++)
    kr_command_apply (g_ptr_array_index (self->commands, i));
}

static void
kr_group_command_revert (KrCommand *command)
{
  KrGroupCommand *self = KR_GROUP_COMMAND (command);

  for (guint i = self->commands->len; i > 0; i--)
    kr_command_revert (g_ptr_array_index (self->commands, i - 1));
}

static void
kr_group_command_finalize (GObject *object)
{
  KrGroupCommand *self = KR_GROUP_COMMAND (object);

  g_clear_pointer (&self->commands, g_ptr_array_unref);

  G_OBJECT_CLASS (kr_group_command_parent_class)->finalize (object);
}

static void
kr_group_command_class_init (KrGroupCommandClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kr_group_command_finalize;
  KR_COMMAND_CLASS (klass)->apply = kr_group_command_apply;
  KR_COMMAND_CLASS (klass)->revert = kr_group_command_revert;
}

static void
kr_group_command_init (KrGroupCommand *self)
{
}

KrCommand *
kr_group_command_new (const char *label,
                      GPtrArray  *commands)
{
  KrGroupCommand *self = g_object_new (KR_TYPE_GROUP_COMMAND, NULL);

  kr_command_set_label (KR_COMMAND (self), label);
  self->commands = commands != NULL ? g_ptr_array_ref (commands)
                                    : g_ptr_array_new_with_free_func (g_object_unref);
  return KR_COMMAND (self);
}

guint
kr_group_command_get_size (KrCommand *self)
{
  g_return_val_if_fail (KR_IS_GROUP_COMMAND (self), 0);
  return KR_GROUP_COMMAND (self)->commands->len;
}
