/* kr-recovery.h: recovery copies of journeys with unsaved changes
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A copy lives in the recovery folder as three files that share an id:
 * <id>.klantreis, the journey in its canonical form (an ordinary journey
 * file); <id>.record, a small key file that says where the original lives,
 * its entity tag when it was opened, when the copy was made and which
 * instance made it; and <id>.lock, which the instance that owns the copy
 * holds locked for as long as it runs. The kernel lets go of the lock when
 * the process ends in any way, kill -9 included, so a copy whose lock can
 * be taken belongs to nobody: it is what a crash left behind.
 */
#pragma once

#include <gio/gio.h>

#include "kr-journey.h"

G_BEGIN_DECLS

#define KR_TYPE_RECOVERY_COPY (kr_recovery_copy_get_type ())
G_DECLARE_FINAL_TYPE (KrRecoveryCopy, kr_recovery_copy, KR, RECOVERY_COPY, GObject)

/* $XDG_STATE_HOME/klantreis/recovery (a new string). */
char           *kr_recovery_get_default_dir        (void);
/* Makes @dir and its parents; @dir itself is only the user's (0700). */
gboolean        kr_recovery_ensure_dir             (const char      *dir,
                                                    GError         **error);
/* What names this running instance in the records it writes: the host,
 * the process and a random part that no other start shares. */
const char     *kr_recovery_get_instance_id        (void);

/* A new copy in @dir, owned by this process. Nothing is written, and no
 * folder made, until kr_recovery_copy_write (), which takes the lock
 * before the first file appears. */
KrRecoveryCopy *kr_recovery_copy_new               (const char      *dir);
/* Every copy in @dir that no running instance owns, now owned by this
 * process, newest first. Leftovers without a journey are cleaned away.
 * A folder that does not exist has no copies. */
GPtrArray      *kr_recovery_claim_orphans          (const char      *dir,
                                                    GCancellable    *cancellable,
                                                    GError         **error);

const char     *kr_recovery_copy_get_id            (KrRecoveryCopy  *self);
/* The file the journey was opened from or last saved to; NULL if it never was. */
const char     *kr_recovery_copy_get_original_uri  (KrRecoveryCopy  *self);
/* The original's entity tag when it was opened, or NULL. */
const char     *kr_recovery_copy_get_original_etag (KrRecoveryCopy  *self);
/* When the copy on disk was made, or NULL when none is. */
GDateTime      *kr_recovery_copy_get_saved         (KrRecoveryCopy  *self);
/* The instance that wrote the copy on disk, or NULL. */
const char     *kr_recovery_copy_get_instance      (KrRecoveryCopy  *self);
char           *kr_recovery_copy_get_journey_path  (KrRecoveryCopy  *self);
char           *kr_recovery_copy_get_record_path   (KrRecoveryCopy  *self);
/* Whether the journey file is there. */
gboolean        kr_recovery_copy_exists            (KrRecoveryCopy  *self);

/* Writes @journey (canonical bytes) and the record beside it, each
 * atomically and durably. Reads nothing of @self that changes, so it may
 * run in a thread of its own while the main thread goes on; one write at a
 * time per copy. @original_uri and @original_etag may be NULL. On success
 * the copy's own fields are NOT updated: call
 * kr_recovery_copy_set_written () from the thread that owns @self. */
gboolean        kr_recovery_copy_write             (KrRecoveryCopy  *self,
                                                    GBytes          *journey,
                                                    const char      *original_uri,
                                                    const char      *original_etag,
                                                    GDateTime       *saved,
                                                    GCancellable    *cancellable,
                                                    GError         **error);
void            kr_recovery_copy_set_written       (KrRecoveryCopy  *self,
                                                    const char      *original_uri,
                                                    const char      *original_etag,
                                                    GDateTime       *saved);
/* Reads the journey of the copy. */
KrJourney      *kr_recovery_copy_load_journey      (KrRecoveryCopy  *self,
                                                    GError         **error);
/* Removes the journey and the record, but keeps the copy's id and lock, so
 * that the next change is kept under the same id. */
void            kr_recovery_copy_clear             (KrRecoveryCopy  *self);

/* When the last reference goes, a copy with files keeps them and lets go
 * of its lock, for the next start to offer; one without leaves nothing. */

G_END_DECLS
