/* kr-history.h: undo and redo of a journey's edits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kr-command.h"

G_BEGIN_DECLS

#define KR_TYPE_HISTORY (kr_history_get_type ())
G_DECLARE_FINAL_TYPE (KrHistory, kr_history, KR, HISTORY, GObject)

KrHistory  *kr_history_new            (void);
/* Applies @command and records it (takes ownership). Clears redo. Inside a
 * group the command joins the group instead. */
void        kr_history_push           (KrHistory  *self,
                                       KrCommand  *command);
/* Applies @command and makes it part of the last step, which keeps its
 * label: for what finishes that step, such as the words typed into a note
 * that was just added, so that one undo takes both. Takes ownership. When
 * there is no last step to join, or something to redo, it is an ordinary
 * push. */
void        kr_history_push_onto_last (KrHistory  *self,
                                       KrCommand  *command);
/* Applies @command; when the last step was pushed here with the same
 * @merge_key and nothing has happened to the history since, the command
 * becomes part of that step instead of a step of its own (it must be of
 * the same kind: kr_command_merge ()). Typing in one field is so one step,
 * however many keys it takes, while the document follows every key. Takes
 * ownership. */
void        kr_history_push_merging   (KrHistory     *self,
                                       KrCommand     *command,
                                       gconstpointer  merge_key);
/* Ends what push_merging joins: the next push starts a step of its own.
 * Any other push, an undo, a redo or a save does the same. */
void        kr_history_stop_merging   (KrHistory  *self);
/* Groups the commands of one gesture (a drag, a paste) into one step.
 * Groups nest; the outermost label wins. An empty group leaves no step. */
void        kr_history_begin_group    (KrHistory  *self,
                                       const char *label);
void        kr_history_end_group      (KrHistory  *self);
gboolean    kr_history_undo           (KrHistory  *self);
gboolean    kr_history_redo           (KrHistory  *self);
gboolean    kr_history_get_can_undo   (KrHistory  *self);
gboolean    kr_history_get_can_redo   (KrHistory  *self);
const char *kr_history_get_undo_label (KrHistory  *self);
const char *kr_history_get_redo_label (KrHistory  *self);
/* The saved-point marker: the document is modified unless the history
 * stands exactly where it was at the last save. */
void        kr_history_mark_saved     (KrHistory  *self);
/* Makes the document modified however it is undone or redone: it holds
 * what no file on disk has, such as a recovered copy. */
void        kr_history_mark_unsaved   (KrHistory  *self);
gboolean    kr_history_get_modified   (KrHistory  *self);
void        kr_history_clear          (KrHistory  *self);

G_END_DECLS
