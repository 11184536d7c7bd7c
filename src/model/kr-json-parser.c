/* kr-json-parser.c: a strict JSON parser that builds json-glib nodes
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib 1.6 accepts much that is not JSON, keeps the last of two
 * duplicate keys without a word, turns large integers into -1 and recurses
 * without limit. A journey is a public, diff-friendly format, so it is read
 * strictly here.
 *
 * The values go into one flat array (a tape) and the strings into one
 * arena, rather than a tree of json-glib nodes: building and freeing a node
 * tree with a hash table per object costs more than the parse itself. Only
 * keys the reader does not know become json-glib nodes (kr_json_to_node ()).
 */
#define G_LOG_DOMAIN "kr-json-parser"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "kr-journey-io.h"
#include "kr-json-parser.h"

typedef struct
{
  guint32 type;
  guint32 size;      /* members or elements of a container */
  guint32 next;      /* the index after this value and all inside it */
  guint32 key;       /* arena offset + 1 of an object member's key; 0 for none */
  union {
    gint64  i;
    double  d;
    guint32 str;     /* arena offset of a string */
  } v;
} Value;

struct _KrJsonDoc
{
  GArray  *values;
  GString *arena;
};

typedef struct
{
  const char *start;
  const char *pos;
  const char *end;
  guint       depth;
  guint       max_depth;
  KrJsonDoc  *doc;
  GArray     *keys;       /* arena offsets of the keys of the open objects */
  GError    **error;
} Parser;

static gboolean parse_value (Parser *p, guint32 key);

static void
position_of (Parser     *p,
             const char *at,
             guint      *line,
             guint      *column)
{
  const char *line_start = p->start;

  *line = 1;
  for (const char *c = p->start; c < at; c++)
    if (*c == '\n')
      {
        (*line)++;
        line_start = c + 1;
      }
  /* Columns count characters, as an editor shows them. */
  *column = g_utf8_strlen (line_start, at - line_start) + 1;
}

static gboolean G_GNUC_PRINTF (3, 4)
fail_at (Parser     *p,
         const char *at,
         const char *format,
         ...)
{
  g_autofree char *what = NULL;
  guint line, column;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  position_of (p, at, &line, &column);
  g_set_error (p->error, KR_JOURNEY_ERROR, KR_JOURNEY_ERROR_SYNTAX,
               /* TRANSLATORS: the last %s says what is wrong */
               _("Line %u, column %u: %s"), line, column, what);
  return FALSE;
}

static gboolean
fail_unexpected (Parser     *p,
                 const char *expected)
{
  if (p->pos >= p->end)
    /* TRANSLATORS: %s is what was expected, like "a value" */
    return fail_at (p, p->pos, _("the file ends where %s was expected"), expected);
  else
    {
      gunichar c = g_utf8_get_char (p->pos);
      char found[8] = { 0 };

      /* A quotation mark between quotation marks would read as a typo. */
      if (c == '"')
        /* TRANSLATORS: %s is what was expected; a text in quotation marks is a JSON string */
        return fail_at (p, p->pos, _("expected %s, found a text in quotation marks"), expected);

      g_unichar_to_utf8 (c, found);
      /* TRANSLATORS: "expected a value, found “x”" */
      return fail_at (p, p->pos, _("expected %s, found “%s”"), expected,
                      g_unichar_isprint (c) ? found : "?");
    }
}

static void
skip_space (Parser *p)
{
  while (p->pos < p->end &&
         (*p->pos == ' ' || *p->pos == '\n' || *p->pos == '\r' || *p->pos == '\t'))
    p->pos++;
}

static gboolean
match_word (Parser     *p,
            const char *word)
{
  gsize len = strlen (word);

  if ((gsize)(p->end - p->pos) < len || memcmp (p->pos, word, len) != 0)
    return FALSE;
  p->pos += len;
  return TRUE;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
read_hex4 (Parser  *p,
           guint32 *out)
{
  guint32 value = 0;

  if (p->end - p->pos < 4)
    return FALSE;
  for (int i = 0; i < 4; i++)
    {
      int digit = hex_value (p->pos[i]);
      if (digit < 0)
        return FALSE;
      value = (value << 4) | digit;
    }
  p->pos += 4;
  *out = value;
  return TRUE;
}

/* Appends a string to the arena, NUL-terminated, and returns its offset;
 * p->pos is on the opening quote. Returns G_MAXUINT32 on error. */
static guint32
parse_string (Parser *p)
{
  GString *arena = p->doc->arena;
  guint32 offset = arena->len;
  const char *open = p->pos++;

  for (;;)
    {
      const char *run = p->pos;

      /* Copy plain runs in one go: most text has no escapes. */
      while (p->pos < p->end && *p->pos != '"' && *p->pos != '\\' &&
             (guchar)*p->pos >= 0x20)
        p->pos++;
      g_string_append_len (arena, run, p->pos - run);

      if (p->pos >= p->end)
        {
          fail_at (p, open, _("this text is not closed with a quote"));
          return G_MAXUINT32;
        }
      if (*p->pos == '"')
        {
          p->pos++;
          g_string_append_c (arena, '\0');
          return offset;
        }
      if ((guchar)*p->pos < 0x20)
        {
          fail_at (p, p->pos, _("a line break or control character inside text must be "
                                "written as an escape such as \\n"));
          return G_MAXUINT32;
        }

      /* A backslash escape. */
      {
        const char *escape = p->pos++;
        guint32 c;

        if (p->pos >= p->end)
          {
            fail_at (p, open, _("this text is not closed with a quote"));
            return G_MAXUINT32;
          }
        switch (*p->pos++)
          {
          case '"': g_string_append_c (arena, '"'); continue;
          case '\\': g_string_append_c (arena, '\\'); continue;
          case '/': g_string_append_c (arena, '/'); continue;
          case 'b': g_string_append_c (arena, '\b'); continue;
          case 'f': g_string_append_c (arena, '\f'); continue;
          case 'n': g_string_append_c (arena, '\n'); continue;
          case 'r': g_string_append_c (arena, '\r'); continue;
          case 't': g_string_append_c (arena, '\t'); continue;
          case 'u':
            break;
          default:
            fail_at (p, escape, _("unknown escape in text"));
            return G_MAXUINT32;
          }

        if (!read_hex4 (p, &c))
          {
            fail_at (p, escape, _("\\u must be followed by four hexadecimal digits"));
            return G_MAXUINT32;
          }
        if (c >= 0xD800 && c <= 0xDBFF)
          {
            guint32 low;

            if (!match_word (p, "\\u") || !read_hex4 (p, &low) || low < 0xDC00 || low > 0xDFFF)
              {
                fail_at (p, escape, _("a \\u escape names half of a character"));
                return G_MAXUINT32;
              }
            c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
          }
        else if (c >= 0xDC00 && c <= 0xDFFF)
          {
            fail_at (p, escape, _("a \\u escape names half of a character"));
            return G_MAXUINT32;
          }
        if (c == 0)
          {
            /* The model keeps C strings, which end at a zero. */
            fail_at (p, escape, _("text may not contain the zero character \\u0000"));
            return G_MAXUINT32;
          }
        g_string_append_unichar (arena, c);
      }
    }
}

/* The word around a bad number, to show in the message. */
static char *
bad_token (Parser     *p,
           const char *start)
{
  const char *end = start;

  while (end < p->end && end - start < 24 && !strchr (" \t\r\n,]}", *end))
    end = g_utf8_next_char (end);
  return g_strndup (start, end - start);
}

static gboolean
fail_number (Parser     *p,
             const char *start,
             const char *why)
{
  g_autofree char *token = bad_token (p, start);

  /* TRANSLATORS: “-Infinity” is not a number: <reason> */
  return fail_at (p, start, _("“%s” is not a number: %s"), token, why);
}

static Value *
push_value (Parser  *p,
            guint32  type,
            guint32  key)
{
  Value value = { .type = type, .key = key };

  g_array_append_val (p->doc->values, value);
  return &g_array_index (p->doc->values, Value, p->doc->values->len - 1);
}

/* A scalar has no children, so it ends right after itself. */
static Value *
push_scalar (Parser  *p,
             guint32  type,
             guint32  key)
{
  Value *value = push_value (p, type, key);

  value->next = p->doc->values->len;
  return value;
}

static gboolean
parse_number (Parser  *p,
              guint32  key)
{
  const char *start = p->pos;
  gboolean is_integer = TRUE;
  char buf[64];
  g_autofree char *heap = NULL;
  char *text;
  gsize len;

  if (p->pos < p->end && *p->pos == '-')
    p->pos++;
  if (p->pos < p->end && *p->pos == '0')
    p->pos++;
  else if (p->pos < p->end && *p->pos >= '1' && *p->pos <= '9')
    while (p->pos < p->end && g_ascii_isdigit (*p->pos))
      p->pos++;
  else
    return fail_number (p, start, _("a minus sign must be followed by digits"));

  if (p->pos < p->end && *p->pos == '.')
    {
      is_integer = FALSE;
      p->pos++;
      if (p->pos >= p->end || !g_ascii_isdigit (*p->pos))
        return fail_number (p, start, _("a decimal point must be followed by digits"));
      while (p->pos < p->end && g_ascii_isdigit (*p->pos))
        p->pos++;
    }

  if (p->pos < p->end && (*p->pos == 'e' || *p->pos == 'E'))
    {
      is_integer = FALSE;
      p->pos++;
      if (p->pos < p->end && (*p->pos == '+' || *p->pos == '-'))
        p->pos++;
      if (p->pos >= p->end || !g_ascii_isdigit (*p->pos))
        return fail_number (p, start, _("an exponent must have digits"));
      while (p->pos < p->end && g_ascii_isdigit (*p->pos))
        p->pos++;
    }

  /* Leading zeros such as 007 stop after the 0 and are caught here. */
  if (p->pos < p->end && g_ascii_isdigit (*p->pos))
    return fail_number (p, start, _("only the number 0 itself may start with 0"));
  if (p->pos < p->end && (g_ascii_isalpha (*p->pos) || *p->pos == '.'))
    return fail_number (p, start, _("it has letters or points where they do not belong"));

  /* strtod needs a terminated copy; the data may not end after it. */
  len = p->pos - start;
  if (len < sizeof buf)
    text = buf;
  else
    text = heap = g_malloc (len + 1);
  memcpy (text, start, len);
  text[len] = '\0';

  if (is_integer)
    {
      gint64 value;

      errno = 0;
      value = g_ascii_strtoll (text, NULL, 10);
      if (errno != ERANGE)
        {
          push_scalar (p, KR_JSON_INT, key)->v.i = value;
          return TRUE;
        }
    }
  /* Out of range doubles become ±infinity; the reader refuses them with
   * the path of the value. */
  push_scalar (p, KR_JSON_DOUBLE, key)->v.d = g_ascii_strtod (text, NULL);
  return TRUE;
}

static gboolean
enter (Parser     *p,
       const char *at)
{
  if (++p->depth > p->max_depth)
    {
      guint line, column;

      position_of (p, at, &line, &column);
      g_set_error (p->error, KR_JOURNEY_ERROR, KR_JOURNEY_ERROR_TOO_DEEP,
                   _("Line %u: the data is nested more than %u levels deep"),
                   line, p->max_depth);
      return FALSE;
    }
  return TRUE;
}

/* Closes the container at @index: its size and where it ends. */
static void
close_container (Parser  *p,
                 guint32  index,
                 guint32  size)
{
  Value *container = &g_array_index (p->doc->values, Value, index);

  container->size = size;
  container->next = p->doc->values->len;
  p->pos++;
  p->depth--;
}

static gboolean
key_is_new (Parser  *p,
            guint    first,
            guint32  key)
{
  const char *name = p->doc->arena->str + key;

  /* Objects in a journey have a dozen members at most; a linear look at
   * the keys so far beats a hash table per object. */
  for (guint i = first; i < p->keys->len; i++)
    if (strcmp (p->doc->arena->str + g_array_index (p->keys, guint32, i), name) == 0)
      return FALSE;
  return TRUE;
}

static gboolean
parse_object (Parser  *p,
              guint32  key)
{
  guint32 index = p->doc->values->len;
  guint first_key = p->keys->len;
  guint32 size = 0;

  if (!enter (p, p->pos))
    return FALSE;
  push_value (p, KR_JSON_OBJECT, key);
  p->pos++;

  skip_space (p);
  if (p->pos < p->end && *p->pos == '}')
    {
      close_container (p, index, 0);
      return TRUE;
    }

  for (;;)
    {
      const char *key_start;
      guint32 member_key;

      skip_space (p);
      key_start = p->pos;
      if (p->pos >= p->end || *p->pos != '"')
        return fail_unexpected (p, _("a key in quotes"));
      if ((member_key = parse_string (p)) == G_MAXUINT32)
        return FALSE;
      if (!key_is_new (p, first_key, member_key))
        return fail_at (p, key_start, _("the key “%s” appears twice in one object"),
                        p->doc->arena->str + member_key);
      g_array_append_val (p->keys, member_key);

      skip_space (p);
      if (p->pos >= p->end || *p->pos != ':')
        return fail_unexpected (p, _("a colon after the key"));
      p->pos++;

      if (!parse_value (p, member_key + 1))
        return FALSE;
      size++;

      skip_space (p);
      if (p->pos < p->end && *p->pos == ',')
        {
          p->pos++;
          continue;
        }
      if (p->pos < p->end && *p->pos == '}')
        {
          g_array_set_size (p->keys, first_key);
          close_container (p, index, size);
          return TRUE;
        }
      return fail_unexpected (p, _("a comma or a closing brace"));
    }
}

static gboolean
parse_array (Parser  *p,
             guint32  key)
{
  guint32 index = p->doc->values->len;
  guint32 size = 0;

  if (!enter (p, p->pos))
    return FALSE;
  push_value (p, KR_JSON_ARRAY, key);
  p->pos++;

  skip_space (p);
  if (p->pos < p->end && *p->pos == ']')
    {
      close_container (p, index, 0);
      return TRUE;
    }

  for (;;)
    {
      if (!parse_value (p, 0))
        return FALSE;
      size++;

      skip_space (p);
      if (p->pos < p->end && *p->pos == ',')
        {
          p->pos++;
          continue;
        }
      if (p->pos < p->end && *p->pos == ']')
        {
          close_container (p, index, size);
          return TRUE;
        }
      return fail_unexpected (p, _("a comma or a closing bracket"));
    }
}

static gboolean
parse_value (Parser  *p,
             guint32  key)
{
  guint32 str;

  skip_space (p);
  if (p->pos >= p->end)
    return fail_unexpected (p, _("a value"));

  switch (*p->pos)
    {
    case '{':
      return parse_object (p, key);
    case '[':
      return parse_array (p, key);
    case '"':
      if ((str = parse_string (p)) == G_MAXUINT32)
        return FALSE;
      push_scalar (p, KR_JSON_STRING, key)->v.str = str;
      return TRUE;
    case 't':
      if (match_word (p, "true"))
        return push_scalar (p, KR_JSON_TRUE, key) != NULL;
      break;
    case 'f':
      if (match_word (p, "false"))
        return push_scalar (p, KR_JSON_FALSE, key) != NULL;
      break;
    case 'n':
      if (match_word (p, "null"))
        return push_scalar (p, KR_JSON_NULL, key) != NULL;
      break;
    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return parse_number (p, key);
    default:
      break;
    }

  return fail_unexpected (p, _("a value"));
}

void
kr_json_doc_free (KrJsonDoc *doc)
{
  if (doc == NULL)
    return;
  g_array_unref (doc->values);
  g_string_free (doc->arena, TRUE);
  g_free (doc);
}

KrJsonDoc *
kr_json_parse (const char  *data,
               gsize        length,
               guint        max_depth,
               GError     **error)
{
  g_autoptr(KrJsonDoc) doc = g_new0 (KrJsonDoc, 1);
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (guint32));
  Parser p = {
    .start = data,
    .pos = data,
    .end = data + length,
    .max_depth = max_depth,
    .doc = doc,
    .keys = keys,
    .error = error,
  };

  /* A journey note takes about a dozen values and 200 bytes of text. */
  doc->values = g_array_sized_new (FALSE, FALSE, sizeof (Value), length / 24 + 16);
  doc->arena = g_string_sized_new (length + 16);

  if (!parse_value (&p, 0))
    return NULL;

  skip_space (&p);
  if (p.pos < p.end)
    {
      fail_at (&p, p.pos, _("there is more after the end of the document"));
      return NULL;
    }

  return g_steal_pointer (&doc);
}

static const Value *
value_at (const KrJsonDoc *doc,
          KrJsonRef        ref)
{
  g_assert (ref < doc->values->len);
  return &g_array_index (doc->values, Value, ref);
}

KrJsonType
kr_json_type (const KrJsonDoc *doc,
              KrJsonRef        ref)
{
  return value_at (doc, ref)->type;
}

const char *
kr_json_key (const KrJsonDoc *doc,
             KrJsonRef        ref)
{
  const Value *value = value_at (doc, ref);

  return value->key > 0 ? doc->arena->str + value->key - 1 : NULL;
}

const char *
kr_json_get_string (const KrJsonDoc *doc,
                    KrJsonRef        ref)
{
  const Value *value = value_at (doc, ref);

  g_return_val_if_fail (value->type == KR_JSON_STRING, NULL);
  return doc->arena->str + value->v.str;
}

gint64
kr_json_get_int (const KrJsonDoc *doc,
                 KrJsonRef        ref)
{
  const Value *value = value_at (doc, ref);

  g_return_val_if_fail (value->type == KR_JSON_INT, 0);
  return value->v.i;
}

double
kr_json_get_number (const KrJsonDoc *doc,
                    KrJsonRef        ref)
{
  const Value *value = value_at (doc, ref);

  if (value->type == KR_JSON_INT)
    return value->v.i;
  g_return_val_if_fail (value->type == KR_JSON_DOUBLE, 0);
  return value->v.d;
}

guint
kr_json_get_size (const KrJsonDoc *doc,
                  KrJsonRef        ref)
{
  return value_at (doc, ref)->size;
}

KrJsonRef
kr_json_first_child (const KrJsonDoc *doc,
                     KrJsonRef        ref)
{
  g_return_val_if_fail (value_at (doc, ref)->size > 0, ref);
  return ref + 1;
}

KrJsonRef
kr_json_next_sibling (const KrJsonDoc *doc,
                      KrJsonRef        ref)
{
  return value_at (doc, ref)->next;
}

JsonNode *
kr_json_to_node (const KrJsonDoc *doc,
                 KrJsonRef        ref)
{
  const Value *value = value_at (doc, ref);
  JsonNode *node = json_node_alloc ();

  switch ((KrJsonType)value->type)
    {
    case KR_JSON_NULL:
      return json_node_init_null (node);
    case KR_JSON_FALSE:
    case KR_JSON_TRUE:
      return json_node_init_boolean (node, value->type == KR_JSON_TRUE);
    case KR_JSON_INT:
      return json_node_init_int (node, value->v.i);
    case KR_JSON_DOUBLE:
      return json_node_init_double (node, value->v.d);
    case KR_JSON_STRING:
      return json_node_init_string (node, doc->arena->str + value->v.str);
    case KR_JSON_ARRAY:
      {
        g_autoptr(JsonArray) array = json_array_sized_new (value->size);
        KrJsonRef child = ref + 1;

        for (guint i = 0; i < value->size; i++, child = kr_json_next_sibling (doc, child))
          json_array_add_element (array, kr_json_to_node (doc, child));
        return json_node_init_array (node, array);
      }
    case KR_JSON_OBJECT:
    default:
      {
        g_autoptr(JsonObject) object = json_object_new ();
        KrJsonRef child = ref + 1;

        for (guint i = 0; i < value->size; i++, child = kr_json_next_sibling (doc, child))
          json_object_set_member (object, kr_json_key (doc, child), kr_json_to_node (doc, child));
        return json_node_init_object (node, object);
      }
    }
}
