/* kr-json-parser.h: a strict JSON parser into a flat tape
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum
{
  KR_JSON_NULL,
  KR_JSON_FALSE,
  KR_JSON_TRUE,
  KR_JSON_INT,
  KR_JSON_DOUBLE,
  KR_JSON_STRING,
  KR_JSON_ARRAY,
  KR_JSON_OBJECT,
} KrJsonType;

/* A parsed document: every value in one array, in document order, each
 * container followed by its children. A value is named by its index. */
typedef struct _KrJsonDoc KrJsonDoc;
typedef guint32 KrJsonRef;

/* Parses exactly RFC 8259 JSON from valid UTF-8 @data. Unlike json-glib's
 * own parser it refuses comments, single quotes, duplicate keys and trailing
 * data, limits nesting to @max_depth, and names line and column in every
 * error (KR_JOURNEY_ERROR_SYNTAX, or KR_JOURNEY_ERROR_TOO_DEEP). Integers
 * beyond 64 bits become doubles; numbers beyond double range become
 * infinite for the caller to refuse. The root is the value at index 0. */
KrJsonDoc  *kr_json_parse         (const char      *data,
                                   gsize            length,
                                   guint            max_depth,
                                   GError         **error);
void        kr_json_doc_free      (KrJsonDoc       *doc);

KrJsonType  kr_json_type          (const KrJsonDoc *doc,
                                   KrJsonRef        ref);
/* For an object member, its key; NULL otherwise. */
const char *kr_json_key           (const KrJsonDoc *doc,
                                   KrJsonRef        ref);
const char *kr_json_get_string    (const KrJsonDoc *doc,
                                   KrJsonRef        ref);
gint64      kr_json_get_int       (const KrJsonDoc *doc,
                                   KrJsonRef        ref);
/* A number of either kind, as a double. */
double      kr_json_get_number    (const KrJsonDoc *doc,
                                   KrJsonRef        ref);
/* The number of members or elements of a container. */
guint       kr_json_get_size      (const KrJsonDoc *doc,
                                   KrJsonRef        ref);
/* The first child of a non-empty container, and the sibling after @ref. */
KrJsonRef   kr_json_first_child   (const KrJsonDoc *doc,
                                   KrJsonRef        ref);
KrJsonRef   kr_json_next_sibling  (const KrJsonDoc *doc,
                                   KrJsonRef        ref);
/* A json-glib copy of the value, for keys kept without being understood. */
JsonNode   *kr_json_to_node       (const KrJsonDoc *doc,
                                   KrJsonRef        ref);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KrJsonDoc, kr_json_doc_free)

G_END_DECLS
