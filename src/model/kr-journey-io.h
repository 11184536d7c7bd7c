/* kr-journey-io.h: reading and writing the .klantreis format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kr-journey.h"

G_BEGIN_DECLS

#define KR_FORMAT_VERSION 1
#define KR_FORMAT_MAX_BYTES (64 * 1024 * 1024)
#define KR_FORMAT_MAX_DEPTH 512

#define KR_JOURNEY_ERROR (kr_journey_error_quark ())
GQuark kr_journey_error_quark (void);

typedef enum
{
  KR_JOURNEY_ERROR_SYNTAX,      /* not JSON; the message names line and column */
  KR_JOURNEY_ERROR_ENCODING,    /* not UTF-8, or a zero byte */
  KR_JOURNEY_ERROR_INVALID,     /* JSON, but not a valid journey; names a path */
  KR_JOURNEY_ERROR_TOO_NEW,     /* a higher format version */
  KR_JOURNEY_ERROR_TOO_LARGE,   /* over KR_FORMAT_MAX_BYTES */
  KR_JOURNEY_ERROR_TOO_DEEP,    /* nested deeper than KR_FORMAT_MAX_DEPTH */
} KrJourneyError;

/* Parses a whole document. On success @warnings (if not NULL) receives a
 * new array of translated messages about values that were clamped or dropped. */
KrJourney *kr_journey_load_bytes (GBytes        *bytes,
                                  GPtrArray    **warnings,
                                  GError       **error);
/* Reads @file, refusing files over KR_FORMAT_MAX_BYTES before reading them.
 * @etag (if not NULL) receives the entity tag for a later save. */
KrJourney *kr_journey_load_file  (GFile         *file,
                                  char         **etag,
                                  GPtrArray    **warnings,
                                  GCancellable  *cancellable,
                                  GError       **error);
/* The canonical bytes: the same document always gives the same bytes. */
GBytes    *kr_journey_to_bytes   (KrJourney     *journey);
/* Writes atomically beside @file and renames over it. With @etag set, a
 * file changed on disk since it was read is not overwritten
 * (G_IO_ERROR_WRONG_ETAG). @new_etag receives the tag of what was written. */
gboolean   kr_journey_save_file  (KrJourney     *journey,
                                  GFile         *file,
                                  const char    *etag,
                                  char         **new_etag,
                                  GCancellable  *cancellable,
                                  GError       **error);

G_END_DECLS
