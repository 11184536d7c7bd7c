/* kr-command.h: one undoable change to a journey
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define KR_TYPE_COMMAND (kr_command_get_type ())
G_DECLARE_DERIVABLE_TYPE (KrCommand, kr_command, KR, COMMAND, GObject)

struct _KrCommandClass
{
  GObjectClass parent_class;

  void     (*apply)  (KrCommand *self);
  void     (*revert) (KrCommand *self);
  /* Takes in @other, a later change of the same thing: the command then
   * goes from its own old values to @other's new ones. FALSE (the
   * default) when the two cannot be one. */
  gboolean (*merge)  (KrCommand *self,
                      KrCommand *other);
};

void        kr_command_apply     (KrCommand  *self);
void        kr_command_revert    (KrCommand  *self);
gboolean    kr_command_merge     (KrCommand  *self,
                                  KrCommand  *other);
/* What the Undo and Redo menu items say, already translated. */
const char *kr_command_get_label (KrCommand  *self);
void        kr_command_set_label (KrCommand  *self,
                                  const char *label);

/* Sets properties of @object like g_object_set (): NULL-terminated pairs of
 * property name and value. The old values are captured now, when the command
 * is made, and restored in reverse order on revert. */
KrCommand *kr_set_command_new        (gpointer    object,
                                      const char *label,
                                      const char *first_property,
                                      ...) G_GNUC_NULL_TERMINATED;
/* Same, with GValues, for callers that build the list at run time. */
KrCommand *kr_set_command_newv       (gpointer      object,
                                      const char   *label,
                                      guint         n_properties,
                                      const char  **names,
                                      const GValue *values);
/* Inserts @item into @store at @position, which must be valid when the
 * command is applied. */
KrCommand *kr_insert_command_new     (GListStore *store,
                                      guint       position,
                                      gpointer    item,
                                      const char *label);
/* Removes the item at @position of @store. */
KrCommand *kr_remove_command_new     (GListStore *store,
                                      guint       position,
                                      const char *label);
/* Moves the item at @from to @to (the index it has after the move). */
KrCommand *kr_move_command_new       (GListStore *store,
                                      guint       from,
                                      guint       to,
                                      const char *label);
/* Several commands applied in order and reverted in reverse order. Keeps a
 * reference to @commands, an array that owns its commands (or NULL). */
KrCommand *kr_group_command_new      (const char *label,
                                      GPtrArray  *commands);
guint      kr_group_command_get_size (KrCommand  *self);

G_END_DECLS
