/* kr-autosave.h: keeps a recovery copy of a journey with unsaved changes
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kr-history.h"
#include "kr-journey.h"
#include "kr-recovery.h"

G_BEGIN_DECLS

/* A copy is written this long after the last change … */
#define KR_AUTOSAVE_QUIET_MS 1000
/* … and at the latest this long after the first change not yet written,
 * however the changes keep coming. */
#define KR_AUTOSAVE_MAX_DELAY_MS 5000
/* After a failed write the next try waits this long, doubling up to
 * KR_AUTOSAVE_RETRY_MAX_MS. */
#define KR_AUTOSAVE_RETRY_MS 2000
#define KR_AUTOSAVE_RETRY_MAX_MS 30000
/* The user is told after this many failed writes in a row. */
#define KR_AUTOSAVE_FAILURES_TOLD 3

#define KR_TYPE_AUTOSAVE (kr_autosave_get_type ())
G_DECLARE_FINAL_TYPE (KrAutosave, kr_autosave, KR, AUTOSAVE, GObject)

/* Copies go to @dir, or the default recovery folder when NULL. */
KrAutosave     *kr_autosave_new             (const char     *dir);
/* Other waits than the KR_AUTOSAVE_ ones, for tests. */
void            kr_autosave_set_timing      (KrAutosave     *self,
                                             guint           quiet_ms,
                                             guint           max_delay_ms,
                                             guint           retry_ms);
/* Follows @journey and @history: while the history is modified, a copy is
 * kept; when it is not (saved, or undone to the saved state), the copy
 * goes. @copy (or NULL) is a claimed copy to go on in, as when a recovered
 * journey is restored. NULLs stop following. */
void            kr_autosave_set_document    (KrAutosave     *self,
                                             KrJourney      *journey,
                                             KrHistory      *history,
                                             KrRecoveryCopy *copy);
/* Where the journey's file is and its entity tag when it was read, for
 * the record; NULL for a journey never saved. */
void            kr_autosave_set_original    (KrAutosave     *self,
                                             GFile          *file,
                                             const char     *etag);
/* Removes the copy on disk, such as when changes are discarded. */
void            kr_autosave_discard         (KrAutosave     *self);
/* Starts a write now rather than after the wait, if there are unsaved
 * changes; the main thread only makes the canonical bytes. */
void            kr_autosave_write_now       (KrAutosave     *self);
/* Writes now and waits for it, when there are unsaved changes not yet
 * written: for a window that goes without asking. */
void            kr_autosave_write_sync      (KrAutosave     *self);

KrRecoveryCopy *kr_autosave_get_copy        (KrAutosave     *self);
/* Whether a write is under way. */
gboolean        kr_autosave_get_busy        (KrAutosave     *self);
/* TRUE once KR_AUTOSAVE_FAILURES_TOLD writes in a row failed, until one
 * succeeds; the last error is then in kr_autosave_get_error (). */
gboolean        kr_autosave_get_failing     (KrAutosave     *self);
const GError   *kr_autosave_get_error       (KrAutosave     *self);
/* How many copies were written, for tests. */
guint           kr_autosave_get_n_written   (KrAutosave     *self);

G_END_DECLS
