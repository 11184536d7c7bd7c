/* kr-journey-reader-private.h: the pieces the format reader is built from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kr-json-parser.h"
#include "kr-model-private.h"

G_BEGIN_DECLS

/* Where a value sits in the document. Paths are only turned into text
 * when a message needs them, so reading costs no allocations for them. */
typedef struct _Path Path;
struct _Path
{
  const Path *parent;
  const char *key;     /* a member name, or NULL for an array index */
  guint       index;
};

#define PATH_KEY(p, k) ((Path) { (p), (k), 0 })
#define PATH_INDEX(p, i) ((Path) { (p), NULL, (i) })

typedef struct
{
  const KrJsonDoc *doc;
  GPtrArray       *warnings;
  GError          *error;
} Reader;

/* A key that is not in an object. */
#define NONE G_MAXUINT32

char *
kr_reader_path_to_string (const Path *path);

/* Messages: both name the place of the problem. An error stops the read;
 * a warning reports a value that was clamped or dropped. */
gboolean G_GNUC_PRINTF (4, 5)
kr_reader_fail (Reader     *reader,
                int         code,
                const Path *path,
                const char *format,
                ...);

void G_GNUC_PRINTF (3, 4)
kr_reader_warn (Reader     *reader,
                const Path *path,
                const char *format,
                ...);

const char *
kr_reader_describe_node (Reader    *reader,
                         KrJsonRef  ref);

gboolean
kr_reader_fail_type (Reader     *reader,
                     const Path *path,
                     const char *expected,
                     KrJsonRef   ref);

gboolean
kr_reader_is_number (Reader    *reader,
                     KrJsonRef  ref);

gboolean
kr_reader_read_string (Reader      *reader,
                       const Path  *path,
                       KrJsonRef    ref,
                       const char **out);

gboolean
kr_reader_read_boolean (Reader     *reader,
                        const Path *path,
                        KrJsonRef   ref,
                        gboolean   *out);

gboolean
kr_reader_read_number (Reader     *reader,
                       const Path *path,
                       KrJsonRef   ref,
                       double     *out);

gboolean
kr_reader_read_clamped (Reader     *reader,
                        const Path *path,
                        KrJsonRef   node,
                        double      min,
                        double      max,
                        double     *out);

gboolean
kr_reader_read_order (Reader     *reader,
                      const Path *path,
                      KrJsonRef   node,
                      guint      *out);

gboolean
kr_reader_check_unknown_value (Reader     *reader,
                               const Path *path,
                               KrJsonRef   ref);

gboolean
kr_reader_sort_members (Reader            *reader,
                        const Path        *path,
                        KrJsonRef          object,
                        const char *const *keys,
                        guint              n_keys,
                        KrJsonRef         *slots,
                        JsonObject       **extra);

gboolean
kr_reader_require (Reader     *reader,
                   const Path *parent,
                   const char *key,
                   KrJsonRef   slot);

gboolean
kr_reader_expect_object (Reader     *reader,
                         const Path *path,
                         KrJsonRef   ref);

gboolean
kr_reader_expect_array (Reader     *reader,
                        const Path *path,
                        KrJsonRef   ref);

gboolean
kr_reader_read_optional_string (Reader      *reader,
                                const Path  *parent,
                                const char  *key,
                                KrJsonRef    slot,
                                const char **out);

gboolean
kr_reader_check_unique (Reader     *reader,
                        GHashTable *seen,
                        const Path *item_path,
                        const char *id);

const char *
kr_reader_read_emotion_id (Reader     *reader,
                           const Path *path,
                           KrJsonRef    node);

G_END_DECLS
