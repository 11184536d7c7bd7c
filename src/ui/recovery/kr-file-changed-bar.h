/* kr-file-changed-bar.h: notices when the open file changes on disk
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  KR_FILE_STATE_UNCHANGED,
  KR_FILE_STATE_CHANGED,   /* someone else wrote it */
  KR_FILE_STATE_DELETED,   /* it is gone, or moved away */
} KrFileState;

#define KR_TYPE_FILE_CHANGED_BAR (kr_file_changed_bar_get_type ())
G_DECLARE_FINAL_TYPE (KrFileChangedBar, kr_file_changed_bar, KR, FILE_CHANGED_BAR, GtkWidget)

/* Watches @file (NULL for none), which was read or written with entity
 * tag @etag. The bar shows itself when the file on disk no longer has it,
 * with three choices that it emits as "reload", "keep" and "save-copy". */
void         kr_file_changed_bar_set_file     (KrFileChangedBar *self,
                                               GFile            *file,
                                               const char       *etag);
/* Looks at the file now, as when the window comes back to the front. */
void         kr_file_changed_bar_check        (KrFileChangedBar *self);
KrFileState  kr_file_changed_bar_get_state    (KrFileChangedBar *self);
/* The entity tag of what is on disk now, or NULL: "keep mine" takes it
 * as the one to save over. */
const char  *kr_file_changed_bar_get_disk_etag (KrFileChangedBar *self);
/* Shows @name in the bar's text: the window's name for the file. */
void         kr_file_changed_bar_set_name     (KrFileChangedBar *self,
                                               const char       *name);
/* Hides the bar until the file changes again. */
void         kr_file_changed_bar_dismiss      (KrFileChangedBar *self);

G_END_DECLS
