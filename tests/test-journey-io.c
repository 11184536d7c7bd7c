/* test-journey-io.c: reading and writing the .klantreis format
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <json-glib/json-glib.h>

#include "kr-model.h"
#include "kr-test-util.h"

static KrJourney *
load_path (const char  *path,
           GPtrArray  **warnings,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  return kr_journey_load_file (file, NULL, warnings, NULL, error);
}

static GBytes *
save_to_bytes (KrJourney *journey)
{
  return kr_journey_to_bytes (journey);
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  gsize la, lb;
  const char *da = g_bytes_get_data (a, &la);
  const char *db = g_bytes_get_data (b, &lb);

  if (la != lb || memcmp (da, db, la) != 0)
    {
      g_autofree char *sa = g_strndup (da, la);
      g_autofree char *sb = g_strndup (db, lb);
      g_assert_cmpstr (sa, ==, sb);
    }
}

/* The sample ships in canonical form: reading and writing it gives back
 * exactly the bytes on disk. */
static void
test_sample_round_trip (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "verduurzamen.klantreis", NULL);
  g_autoptr(GBytes) original = kr_test_read_bytes (path);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KrJourney) journey = NULL;
  g_autoptr(GBytes) saved = NULL;

  journey = kr_journey_load_bytes (original, &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);
  g_assert_cmpstr (kr_journey_get_title (journey), ==, "Ik wil mijn huis verduurzamen");
  g_assert_cmpuint (g_list_model_get_n_items (kr_journey_get_phases (journey)), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (kr_journey_get_notes (journey)), >=, 44);

  saved = save_to_bytes (journey);
  assert_bytes_equal (original, saved);
}

/* Every good file loads cleanly, and its canonical form is a fixed point. */
static void
test_good_files (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "good", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GPtrArray) warnings = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(KrJourney) first = NULL;
      g_autoptr(KrJourney) second = NULL;
      g_autoptr(GBytes) once = NULL;
      g_autoptr(GBytes) twice = NULL;

      g_test_message ("%s", name);
      first = load_path (path, &warnings, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (warnings->len, ==, 0);

      once = save_to_bytes (first);
      second = kr_journey_load_bytes (once, NULL, &error);
      g_assert_no_error (error);
      twice = save_to_bytes (second);
      assert_bytes_equal (once, twice);
      n++;
    }
  g_assert_cmpuint (n, >=, 6);
}

/* Reads EXPECTED.tsv: file name → the place its message must name. */
static GHashTable *
read_expected (const char *dir_path)
{
  g_autofree char *path = g_build_filename (dir_path, "EXPECTED.tsv", NULL);
  g_autoptr(GBytes) bytes = kr_test_read_bytes (path);
  g_auto(GStrv) lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  GHashTable *expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", 2);
      g_assert_nonnull (fields[1]);
      g_hash_table_insert (expected, g_strdup (fields[0]), g_strdup (fields[1]));
    }
  return expected;
}

/* "line 1" must not match "line 12"; lines are matched without case. */
static gboolean
message_names_place (const char *message,
                     const char *place)
{
  g_autofree char *lower = g_ascii_strdown (message, -1);
  g_autofree char *lower_place = g_ascii_strdown (place, -1);
  const char *found = lower;

  while ((found = strstr (found, lower_place)) != NULL)
    {
      const char *after = found + strlen (lower_place);

      if (!g_str_has_prefix (lower_place, "line") || !g_ascii_isdigit (*after))
        return TRUE;
      found = after;
    }
  return FALSE;
}

/* Each broken file fails with its own message, which names the place. */
static void
test_bad_files (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  g_autoptr(GHashTable) expected = read_expected (dir_path);
  g_autoptr(GHashTable) messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, value;

  g_assert_cmpuint (g_hash_table_size (expected), >=, 40);

  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *path = g_build_filename (dir_path, key, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(KrJourney) journey = NULL;
      const char *other;

      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
      journey = load_path (path, NULL, &error);
      g_test_message ("%s: %s", (char *)key, error ? error->message : "(loaded)");
      g_assert_null (journey);
      g_assert_error (error, KR_JOURNEY_ERROR, error->code);
      if (!message_names_place (error->message, value))
        g_error ("%s: “%s” does not name “%s”", (char *)key, error->message, (char *)value);

      other = g_hash_table_lookup (messages, error->message);
      if (other != NULL)
        g_error ("%s and %s fail with the same message: %s", (char *)key, other, error->message);
      g_hash_table_insert (messages, g_strdup (error->message), g_strdup (key));
    }
}

/* Out-of-range values load, clamped, with a warning that names the place. */
static void
test_warn_files (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "warn", NULL);
  g_autoptr(GHashTable) expected = read_expected (dir_path);
  GHashTableIter iter;
  gpointer key, value;

  g_assert_cmpuint (g_hash_table_size (expected), >=, 6);

  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *path = g_build_filename (dir_path, key, NULL);
      g_autoptr(GPtrArray) warnings = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(KrJourney) journey = NULL;

      journey = load_path (path, &warnings, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (warnings->len, ==, 1);
      g_test_message ("%s: %s", (char *)key, (char *)warnings->pdata[0]);
      g_assert_true (message_names_place (warnings->pdata[0], value));
    }
}

static void
test_clamped_values (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "warn",
                                                 "valence-9.klantreis", NULL);
  g_autoptr(KrJourney) journey = load_path (path, NULL, NULL);
  g_autoptr(KrNote) note = NULL;

  g_assert_nonnull (journey);
  note = g_list_model_get_item (kr_journey_get_notes (journey), 0);
  g_assert_cmpfloat (kr_note_get_valence (note), ==, 5.0);
}

/* Walks the original and the saved tree side by side: every unknown key
 * (they all start with x_ in the fixture) is back, with the same value. */
static guint
assert_unknown_kept (JsonNode *original,
                     JsonNode *saved)
{
  guint n = 0;

  if (JSON_NODE_HOLDS_OBJECT (original))
    {
      JsonObject *a = json_node_get_object (original);
      JsonObject *b = json_node_get_object (saved);
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init (&iter, a);
      while (json_object_iter_next (&iter, &name, &member))
        {
          if (g_str_has_prefix (name, "x_"))
            {
              g_assert_true (json_object_has_member (b, name));
              g_assert_true (json_node_equal (member, json_object_get_member (b, name)));
              n++;
            }
          else if (json_object_has_member (b, name))
            n += assert_unknown_kept (member, json_object_get_member (b, name));
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (original))
    {
      JsonArray *a = json_node_get_array (original);
      JsonArray *b = json_node_get_array (saved);

      g_assert_cmpuint (json_array_get_length (a), ==, json_array_get_length (b));
      for (guint i = 0; i < json_array_get_length (a); i++)
        n += assert_unknown_kept (json_array_get_element (a, i), json_array_get_element (b, i));
    }

  return n;
}

static void
test_unknown_keys (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good",
                                                 "unknown-keys.klantreis", NULL);
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *out_path = g_build_filename (dir, "saved.klantreis", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (out_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KrJourney) journey = NULL;
  g_autoptr(JsonParser) original = json_parser_new ();
  g_autoptr(JsonParser) saved = json_parser_new ();
  g_autoptr(KrCommand) edit = NULL;
  g_autoptr(KrPhase) phase = NULL;

  journey = load_path (path, NULL, &error);
  g_assert_no_error (error);

  /* An edit in the same object must not disturb its unknown keys. */
  phase = g_list_model_get_item (kr_journey_get_phases (journey), 0);
  edit = kr_set_command_new (phase, "Rename", "title", "Ik meld mijn verhuizing", NULL);
  kr_command_apply (edit);

  kr_journey_save_file (journey, out, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  json_parser_load_from_file (original, path, &error);
  g_assert_no_error (error);
  json_parser_load_from_file (saved, out_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (assert_unknown_kept (json_parser_get_root (original),
                                         json_parser_get_root (saved)), >=, 20);

  kr_test_remove_tree (dir);
}

static void
test_too_large (void)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "huge.klantreis", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KrJourney) journey = NULL;
  FILE *f = fopen (path, "w");

  /* A sparse file: refused by its size, never read. */
  g_assert_nonnull (f);
  g_assert_cmpint (ftruncate (fileno (f), KR_FORMAT_MAX_BYTES + 1), ==, 0);
  fclose (f);

  journey = load_path (path, NULL, &error);
  g_assert_null (journey);
  g_assert_error (error, KR_JOURNEY_ERROR, KR_JOURNEY_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "64"));

  kr_test_remove_tree (dir);
}

static void
test_deep_nesting_in_memory (void)
{
  const guint depth = 200000;
  GString *text = g_string_new ("{\"format\": \"klantreis\", \"version\": 1, \"x\": ");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KrJourney) journey = NULL;

  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '}');
  bytes = g_string_free_to_bytes (text);

  journey = kr_journey_load_bytes (bytes, NULL, &error);
  g_assert_null (journey);
  g_assert_error (error, KR_JOURNEY_ERROR, KR_JOURNEY_ERROR_TOO_DEEP);
}

static void
test_newer_version (void)
{
  const char *text = "{\"format\": \"klantreis\", \"version\": 2, \"whatever\": true}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(KrJourney) journey = kr_journey_load_bytes (bytes, NULL, &error);

  g_assert_null (journey);
  g_assert_error (error, KR_JOURNEY_ERROR, KR_JOURNEY_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version of Klantreis"));
}

static KrJourney *
load_sample (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "verduurzamen.klantreis", NULL);
  g_autoptr(GError) error = NULL;
  KrJourney *journey = load_path (path, NULL, &error);

  g_assert_no_error (error);
  return journey;
}

static void
test_save_and_reload (void)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "reis.klantreis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KrJourney) journey = load_sample ();
  g_autoptr(KrJourney) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(GBytes) a = NULL;
  g_autoptr(GBytes) b = NULL;

  g_assert_true (kr_journey_save_file (journey, file, NULL, &etag, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (etag);

  reloaded = load_path (path, NULL, &error);
  g_assert_no_error (error);
  a = kr_journey_to_bytes (journey);
  b = kr_test_read_bytes (path);
  assert_bytes_equal (a, b);

  /* Saving again with the etag of the last save succeeds. */
  g_assert_true (kr_journey_save_file (reloaded, file, etag, NULL, NULL, &error));
  g_assert_no_error (error);

  kr_test_remove_tree (dir);
}

/* CI runs as root, for whom permissions are no obstacle, so saves are made
 * to fail in ways that hold for everyone. */
/* A save replaces the file with a new one, and the new one has the old
 * one's mode: a journey a team shares through its group stays writable for
 * them, whatever the umask. A new file gets the umask's mode. */
static void
test_save_keeps_mode (void)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "gedeeld.klantreis", NULL);
  g_autofree char *fresh_path = g_build_filename (dir, "nieuw.klantreis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) fresh = g_file_new_for_path (fresh_path);
  g_autoptr(KrJourney) journey = load_sample ();
  g_autoptr(GError) error = NULL;
  mode_t old_umask = umask (022);
  GStatBuf st;

  g_assert_true (kr_journey_save_file (journey, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0644);

  g_assert_cmpint (g_chmod (path, 0664), ==, 0);
  kr_journey_set_title (journey, "Ik deel mijn reis");
  g_assert_true (kr_journey_save_file (journey, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0664);

  g_assert_true (kr_journey_save_file (journey, fresh, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (fresh_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0644);

  umask (old_umask);
  kr_test_remove_tree (dir);
}

static void
test_save_parent_is_file (void)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *parent = g_build_filename (dir, "not-a-folder", NULL);
  g_autofree char *path = g_build_filename (parent, "reis.klantreis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KrJourney) journey = load_sample ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  g_assert_true (g_file_set_contents (parent, "keep me\n", -1, NULL));
  before = kr_test_read_bytes (parent);

  g_assert_false (kr_journey_save_file (journey, file, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);

  after = kr_test_read_bytes (parent);
  assert_bytes_equal (before, after);
  kr_test_remove_tree (dir);
}

/* The temporary file beside a 255-byte name cannot be made: the save must
 * fail and leave the existing file alone. */
static void
test_save_fails_keeps_old_file (void)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *name = g_strnfill (255 - strlen (".klantreis"), 'a');
  g_autofree char *base = g_strconcat (name, ".klantreis", NULL);
  g_autofree char *path = g_build_filename (dir, base, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KrJourney) journey = load_sample ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  const char *old = "{\"format\": \"klantreis\", \"version\": 1, \"title\": \"oud\", "
                    "\"phases\": [], \"notes\": []}\n";

  FILE *f;

  /* Written in place: g_file_set_contents () would need the temporary name too. */
  f = fopen (path, "w");
  g_assert_nonnull (f);
  fputs (old, f);
  fclose (f);
  before = kr_test_read_bytes (path);

  g_assert_false (kr_journey_save_file (journey, file, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);

  after = kr_test_read_bytes (path);
  assert_bytes_equal (before, after);
  kr_test_remove_tree (dir);
}

/* A disk that fills up halfway through the write: the file size limit makes
 * write () fail with EFBIG, as a full disk fails with ENOSPC. */
static void
test_save_disk_full_keeps_old_file (void)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "reis.klantreis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KrJourney) journey = load_sample ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  struct rlimit saved, limited;
  gboolean ok;
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  g_assert_true (g_file_set_contents (path, "{\"old\": true}\n", -1, NULL));
  before = kr_test_read_bytes (path);

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limited = saved;
  limited.rlim_cur = 1024;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limited), ==, 0);
  ok = kr_journey_save_file (journey, file, NULL, NULL, NULL, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);

  g_assert_false (ok);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  after = kr_test_read_bytes (path);
  assert_bytes_equal (before, after);

  /* No temporary file is left behind. */
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);

  kr_test_remove_tree (dir);
}

static void
test_save_wrong_etag (void)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "reis.klantreis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KrJourney) journey = load_sample ();
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(GFileInfo) info = NULL;
  const char *theirs = "{\"changed\": \"by someone else\"}\n";
  g_autoptr(GBytes) after = NULL;

  g_assert_true (kr_journey_save_file (journey, file, NULL, &etag, NULL, &error));

  /* Someone else writes the file, with another modification time. */
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));
  info = g_file_info_new ();
  g_file_info_set_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED, 1000000000);
  g_file_info_set_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC, 0);
  g_assert_true (g_file_set_attributes_from_info (file, info, G_FILE_QUERY_INFO_NONE, NULL, NULL));

  g_assert_false (kr_journey_save_file (journey, file, etag, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);

  after = kr_test_read_bytes (path);
  g_assert_cmpmem (g_bytes_get_data (after, NULL), g_bytes_get_size (after), theirs, strlen (theirs));
  kr_test_remove_tree (dir);
}

static void
test_canonical_order (void)
{
  g_autoptr(KrJourney) journey = kr_journey_new ();
  g_autoptr(KrPhase) p1 = kr_phase_new ("p1", "Een");
  g_autoptr(KrPhase) p2 = kr_phase_new ("p2", "Twee");
  g_autoptr(KrNote) a = kr_note_new ("a", "p2", KR_NOTE_KIND_IMPROVEMENT, "a");
  g_autoptr(KrNote) b = kr_note_new ("b", "p2", KR_NOTE_KIND_ACTIVITY, "b");
  g_autoptr(KrNote) c = kr_note_new ("c", "p1", KR_NOTE_KIND_PAIN, "c");
  g_autoptr(KrNote) d = kr_note_new ("d", "p2", KR_NOTE_KIND_ACTIVITY, "d");
  g_autoptr(GBytes) bytes = NULL;
  const char *text, *pos_c, *pos_d, *pos_b, *pos_a;

  g_list_store_append (G_LIST_STORE (kr_journey_get_phases (journey)), p1);
  g_list_store_append (G_LIST_STORE (kr_journey_get_phases (journey)), p2);
  kr_note_set_has_valence (b, TRUE);
  kr_note_set_has_valence (d, TRUE);
  kr_note_set_order (b, 1);
  kr_note_set_order (d, 0);
  kr_note_set_valence (d, 2.5);
  g_list_store_append (G_LIST_STORE (kr_journey_get_notes (journey)), a);
  g_list_store_append (G_LIST_STORE (kr_journey_get_notes (journey)), b);
  g_list_store_append (G_LIST_STORE (kr_journey_get_notes (journey)), c);
  g_list_store_append (G_LIST_STORE (kr_journey_get_notes (journey)), d);

  bytes = kr_journey_to_bytes (journey);
  text = g_bytes_get_data (bytes, NULL);
  pos_c = strstr (text, "\"id\": \"c\"");
  pos_d = strstr (text, "\"id\": \"d\"");
  pos_b = strstr (text, "\"id\": \"b\"");
  pos_a = strstr (text, "\"id\": \"a\"");
  /* Phase order first, then lane, then order. */
  g_assert_true (pos_c < pos_d && pos_d < pos_b && pos_b < pos_a);
  g_assert_nonnull (strstr (text, "\"valence\": 2.5"));
  g_assert_true (g_str_has_suffix (text, "}\n"));
  g_assert_true (g_str_has_prefix (text, "{\n  \"format\": \"klantreis\",\n  \"version\": 1,\n"));
}

/* An improvement's owner and status, and the persona a journey is for:
 * read, written in their place among the keys, and read back. */
static void
test_owner_status_persona (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good",
                                                 "improvements.klantreis", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KrJourney) journey = load_path (path, NULL, &error);
  g_autoptr(KrJourney) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  KrNote *planned, *done, *pain;
  const char *text, *colour_pos;

  g_assert_no_error (error);
  g_assert_cmpstr (kr_journey_get_persona (journey), ==, "bram");
  planned = kr_journey_find_note (journey, "n1", NULL);
  done = kr_journey_find_note (journey, "n2", NULL);
  pain = kr_journey_find_note (journey, "n4", NULL);
  g_assert_cmpstr (kr_note_get_owner (planned), ==, "Team Burgerzaken");
  g_assert_cmpint (kr_note_get_status (planned), ==, KR_NOTE_STATUS_PLANNED);
  g_assert_null (kr_note_get_owner (done));
  g_assert_cmpint (kr_note_get_status (done), ==, KR_NOTE_STATUS_DONE);
  g_assert_cmpint (kr_note_get_status (pain), ==, KR_NOTE_STATUS_NONE);
  g_assert_cmpstr (kr_note_get_owner (pain), ==, "Klantcontact");

  /* Cleared, they are left out; set, they come after the older keys. */
  kr_note_set_status (pain, KR_NOTE_STATUS_IDEA);
  kr_note_set_colour (pain, "#ffc9de");
  kr_note_set_owner (done, NULL);
  kr_note_set_status (done, KR_NOTE_STATUS_NONE);
  kr_journey_set_persona (journey, "anna");
  bytes = save_to_bytes (journey);
  text = g_bytes_get_data (bytes, NULL);
  g_assert_nonnull (strstr (text, "\"colour\": \"#ffc9de\",\n      \"owner\": \"Klantcontact\",\n"
                                  "      \"status\": \"idea\"\n"));
  g_assert_nonnull (strstr (text, "\n  ],\n  \"persona\": \"anna\",\n  \"phases\": ["));
  colour_pos = strstr (text, "\"id\": \"n2\"");
  g_assert_nonnull (colour_pos);
  g_assert_true (strstr (colour_pos, "\"status\"") > strstr (colour_pos, "\"id\": \"n3\""));

  again = kr_journey_load_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kr_journey_get_persona (again), ==, "anna");
  g_assert_cmpint (kr_note_get_status (kr_journey_find_note (again, "n4", NULL)), ==,
                   KR_NOTE_STATUS_IDEA);
  g_assert_cmpint (kr_note_get_status (kr_journey_find_note (again, "n2", NULL)), ==,
                   KR_NOTE_STATUS_NONE);

  /* An older file, without the keys, is as it was. */
  kr_journey_set_persona (again, NULL);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = save_to_bytes (again);
  g_assert_null (strstr (g_bytes_get_data (bytes, NULL), "\"persona\":"));
}

/* The method's empty schema: every text in the UI's language, a journey
 * of that language, canonical on disk, and nothing to warn about. */
static void
test_template (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "templates",
                                                 "method-schema.klantreis", NULL);
  g_autoptr(GBytes) original = kr_test_read_bytes (path);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KrJourney) plain = NULL;
  g_autoptr(KrJourney) journey = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(KrPhase) first = NULL;
  g_autoptr(KrPhase) last = NULL;
  GListModel *phases;

  /* As a file it is a fixed point of the writer. */
  plain = kr_journey_load_bytes (original, &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);
  saved = save_to_bytes (plain);
  assert_bytes_equal (original, saved);

  journey = kr_template_load (original, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kr_journey_get_language (journey), ==, "en");
  g_assert_cmpstr (kr_journey_get_title (journey), ==, "I …");
  phases = kr_journey_get_phases (journey);
  /* A phase before the first contact, three "I …", and one after. */
  g_assert_cmpuint (g_list_model_get_n_items (phases), ==, 5);
  first = g_list_model_get_item (phases, 0);
  last = g_list_model_get_item (phases, 4);
  g_assert_nonnull (strstr (kr_phase_get_title (first), "before the first contact"));
  g_assert_nonnull (strstr (kr_phase_get_title (last), "after the last contact"));
  for (guint i = 1; i < 4; i++)
    {
      g_autoptr(KrPhase) phase = g_list_model_get_item (phases, i);
      g_assert_cmpstr (kr_phase_get_title (phase), ==, "I …");
    }
  g_assert_cmpuint (g_list_model_get_n_items (kr_journey_get_notes (journey)), ==, 0);
  g_assert_nonnull (kr_journey_find_persona (journey, kr_journey_get_persona (journey), NULL));

  /* Bytes that are no journey fail as any file would. */
  {
    g_autoptr(GBytes) bad = g_bytes_new_static ("{", 1);
    g_autoptr(KrJourney) none = kr_template_load (bad, &error);

    g_assert_null (none);
    g_assert_error (error, KR_JOURNEY_ERROR, KR_JOURNEY_ERROR_SYNTAX);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/journey/io/sample-round-trip", test_sample_round_trip);
  g_test_add_func ("/journey/io/good-files", test_good_files);
  g_test_add_func ("/journey/io/load/bad-files", test_bad_files);
  g_test_add_func ("/journey/io/load/warn-files", test_warn_files);
  g_test_add_func ("/journey/io/load/clamped", test_clamped_values);
  g_test_add_func ("/journey/io/load/too-large", test_too_large);
  g_test_add_func ("/journey/io/load/deep-nesting", test_deep_nesting_in_memory);
  g_test_add_func ("/journey/io/load/newer-version", test_newer_version);
  g_test_add_func ("/journey/io/unknown-keys", test_unknown_keys);
  g_test_add_func ("/journey/io/canonical-order", test_canonical_order);
  g_test_add_func ("/journey/io/owner-status-persona", test_owner_status_persona);
  g_test_add_func ("/journey/io/template", test_template);
  g_test_add_func ("/journey/io/save/reload", test_save_and_reload);
  g_test_add_func ("/journey/io/save/keeps-mode", test_save_keeps_mode);
  g_test_add_func ("/journey/io/save/parent-is-file", test_save_parent_is_file);
  g_test_add_func ("/journey/io/save/keeps-old-file", test_save_fails_keeps_old_file);
  g_test_add_func ("/journey/io/save/disk-full", test_save_disk_full_keeps_old_file);
  g_test_add_func ("/journey/io/save/wrong-etag", test_save_wrong_etag);

  return g_test_run ();
}
