/* test-cli.c: klantreis --check, --export and --version, as a shell runs them
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <locale.h>
#include <string.h>

#include "kr-test-util.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *r)
{
  g_clear_pointer (&r->out, g_free);
  g_clear_pointer (&r->err, g_free);
}

/* Runs the installed-layout binary with no display at all, as on a server. */
static Result
run_with_env (const char * const *env_extra,
              const char         *first_arg,
              ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  Result r = { 0 };
  va_list args;

  g_ptr_array_add (argv, (gpointer)g_getenv ("KLANTREIS_BIN"));
  va_start (args, first_arg);
  for (const char *a = first_arg; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer)a);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  for (guint i = 0; env_extra != NULL && env_extra[i] != NULL; i += 2)
    g_subprocess_launcher_setenv (launcher, env_extra[i], env_extra[i + 1], TRUE);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &r.out, &r.err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  r.status = g_subprocess_get_exit_status (process);
  return r;
}

#define run(...) run_with_env (NULL, __VA_ARGS__)

static char *
fixture (const char *dir,
         const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", dir, name, NULL);
}

static char *
sample (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "verduurzamen.klantreis",
                                NULL);
}

static void
test_version (void)
{
  Result r = run ("--version", NULL);

  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, PACKAGE_VERSION));
  result_clear (&r);
}

static void
test_check_good (void)
{
  g_autofree char *good = sample ();
  g_autofree char *warn = fixture ("warn", "valence-9.klantreis");
  Result r = run ("--check", good, warn, NULL);

  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "verduurzamen.klantreis: OK"));
  /* Warnings are printed, but are no failure. */
  g_assert_nonnull (strstr (r.err, "notes[0].valence"));
  result_clear (&r);
}

static void
test_check_bad (void)
{
  g_autofree char *good = sample ();
  g_autofree char *bad = fixture ("bad", "note-unknown-phase.klantreis");
  Result r = run ("--check", good, bad, NULL);

  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.out, "verduurzamen.klantreis: OK"));
  g_assert_nonnull (strstr (r.err, "notes[2].phase"));
  g_assert_nonnull (strstr (r.err, "ph9"));
  result_clear (&r);
}

/* Advice follows a file's warnings as "FILE: advice: ID: message", one a
 * line, with an id of the stable list, and never changes the exit status. */
static void
test_check_advice (void)
{
  static const char *const ids[] = {
    "scope", "phase-count", "phase-title", "phase-empty", "emotions", "curve",
    "moment-of-truth", "red-thread", "improvements", "persona", NULL,
  };
  g_autofree char *good = sample ();
  g_autofree char *warn = fixture ("warn", "valence-9.klantreis");
  g_autofree char *bad = fixture ("bad", "note-unknown-phase.klantreis");
  g_autofree char *prefix = g_strdup_printf ("%s: advice: ", warn);
  g_autofree char *warning = g_strdup_printf ("%s: warning: ", warn);
  g_auto(GStrv) lines = NULL;
  gboolean seen_advice = FALSE;
  guint n_advice = 0;
  Result r = run ("--check", good, warn, NULL);

  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "valence-9.klantreis: OK"));
  /* The method's own example leaves nothing to advise. */
  g_assert_null (strstr (r.err, "verduurzamen.klantreis: advice"));

  lines = g_strsplit (r.err, "\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) parts = NULL;

      if (g_str_has_prefix (lines[i], warning))
        {
          g_assert_false (seen_advice);
          continue;
        }
      g_assert_true (g_str_has_prefix (lines[i], prefix));
      seen_advice = TRUE;
      n_advice++;
      parts = g_strsplit (lines[i] + strlen (prefix), ": ", 2);
      g_assert_true (g_strv_contains (ids, parts[0]));
      g_assert_nonnull (parts[1]);
      g_assert_cmpuint (strlen (parts[1]), >, 10);
    }
  /* Two phases, no scope, no persona, no gains, no ideas. */
  g_assert_nonnull (strstr (r.err, "advice: phase-count: The journey has 2 phases"));
  g_assert_nonnull (strstr (r.err, "advice: scope: The scope does not say who the customer is"));
  g_assert_nonnull (strstr (r.err, "advice: red-thread: "));
  g_assert_nonnull (strstr (r.err, "advice: improvements: "));
  g_assert_nonnull (strstr (r.err, "advice: persona: "));
  g_assert_cmpuint (n_advice, >=, 8);
  result_clear (&r);

  /* With a file that fails, the status is that of the failure alone. */
  r = run ("--check", warn, bad, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, prefix));
  g_assert_null (strstr (r.err, "note-unknown-phase.klantreis: advice"));
  result_clear (&r);
}

static void
test_check_missing_file (void)
{
  Result r = run ("--check", "/nonexistent/reis.klantreis", NULL);

  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "/nonexistent/reis.klantreis"));
  result_clear (&r);
}

static void
test_check_no_files (void)
{
  Result r = run ("--check", NULL);

  g_assert_cmpint (r.status, ==, 2);
  g_assert_cmpstr (r.err, !=, "");
  result_clear (&r);
}

static void
test_export_canonical (void)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *out = g_build_filename (dir, "schoon.klantreis", NULL);
  g_autofree char *in = fixture ("good", "minimal.klantreis");
  g_autofree char *contents = NULL;
  Result r = run ("--export", out, in, NULL);

  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "{\n  \"format\": \"klantreis\",\n  \"version\": 1,\n"));
  result_clear (&r);
  kr_test_remove_tree (dir);
}

static void
test_export_bad_arguments (void)
{
  g_autofree char *in = sample ();
  Result r;

  r = run ("--export", "/tmp/out.docx", in, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, ".docx"));
  result_clear (&r);

  r = run ("--export", "/tmp/out.klantreis", NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);

  r = run ("--export", "/tmp/out.klantreis", in, in, NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);
}

static void
test_export_bad_input (void)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *out = g_build_filename (dir, "uit.klantreis", NULL);
  g_autofree char *in = fixture ("bad", "version-2.klantreis");
  Result r = run ("--export", out, in, NULL);

  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "newer version"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  result_clear (&r);
  kr_test_remove_tree (dir);
}

static void
test_export_unwritable (void)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *blocker = g_build_filename (dir, "file", NULL);
  g_autofree char *out = g_build_filename (blocker, "uit.klantreis", NULL);
  g_autofree char *in = sample ();
  Result r;

  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  r = run ("--export", out, in, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, out));
  result_clear (&r);
  kr_test_remove_tree (dir);
}

/* pdfinfo's "Pages:" and "Page size:", or NULL when poppler-utils is not
 * installed. */
static char *
pdf_info (const char *path)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (pdfinfo == NULL)
    return NULL;
  g_spawn_sync (NULL, (char *[]){ pdfinfo, (char *)path, NULL }, NULL,
                G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
assert_file_starts_with (const char *path,
                         const char *prefix,
                         gsize       length)
{
  g_autofree char *contents = NULL;
  gsize size = 0;

  g_assert_true (g_file_get_contents (path, &contents, &size, NULL));
  g_assert_cmpuint (size, >, 1000);
  g_assert_cmpmem (contents, length, prefix, length);
}

/* PDF, PNG and SVG with no display at all. */
static void
test_export_formats (void)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "reis.pdf", NULL);
  g_autofree char *png = g_build_filename (dir, "reis.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "reis.svg", NULL);
  g_autofree char *in = sample ();
  g_autofree char *info = NULL;
  Result r;

  r = run ("--export", pdf, in, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  result_clear (&r);
  assert_file_starts_with (pdf, "%PDF-", 5);
  info = pdf_info (pdf);
  if (info != NULL)
    {
      g_assert_nonnull (strstr (info, "841.89 x 595.276 pts (A4)"));
      g_assert_null (strstr (info, "Pages:           1\n"));
      g_assert_nonnull (strstr (info, "Title:           Ik wil mijn huis verduurzamen"));
    }

  r = run ("--export", png, "--scale=1", in, NULL);
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);
  assert_file_starts_with (png, "\x89PNG\r\n\x1a\n", 8);

  r = run ("--export", svg, in, NULL);
  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);
  assert_file_starts_with (svg, "<?xml", 5);

  kr_test_remove_tree (dir);
}

static void
test_export_poster (void)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "poster.pdf", NULL);
  g_autofree char *in = sample ();
  g_autofree char *info = NULL;
  Result r = run ("--export", pdf, in, "--layout=poster", "--paper=a3", NULL);

  g_assert_cmpint (r.status, ==, 0);
  result_clear (&r);
  assert_file_starts_with (pdf, "%PDF-", 5);
  info = pdf_info (pdf);
  if (info == NULL)
    {
      g_test_skip ("pdfinfo is not installed (poppler-utils)");
      kr_test_remove_tree (dir);
      return;
    }
  g_assert_nonnull (strstr (info, "Pages:           1\n"));
  g_assert_nonnull (strstr (info, "1190.55 x 841.89 pts (A3)"));
  kr_test_remove_tree (dir);
}

static void
test_export_bad_options (void)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "uit.pdf", NULL);
  g_autofree char *png = g_build_filename (dir, "uit.png", NULL);
  g_autofree char *jpg = g_build_filename (dir, "uit.jpg", NULL);
  g_autofree char *in = sample ();
  g_autoptr(GDir) listing = NULL;
  Result r;

  r = run ("--export", pdf, in, "--paper=a5", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "a5"));
  result_clear (&r);

  r = run ("--export", pdf, in, "--layout=boek", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "boek"));
  result_clear (&r);

  r = run ("--export", png, in, "--scale=9", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "9"));
  result_clear (&r);

  r = run ("--export", png, in, "--scale=0", NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);

  r = run ("--export", png, in, "--scale=twee", NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);

  r = run ("--export", pdf, in, in, NULL);
  g_assert_cmpint (r.status, ==, 2);
  result_clear (&r);

  r = run ("--export", jpg, in, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, ".jpg"));
  result_clear (&r);

  /* Nothing was written. */
  listing = g_dir_open (dir, 0, NULL);
  g_assert_null (g_dir_read_name (listing));
  kr_test_remove_tree (dir);
}

/* A bad journey, or an output that cannot be written: 1, and no file. */
static void
test_export_pdf_bad_input (void)
{
  g_autofree char *dir = kr_test_make_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "uit.pdf", NULL);
  g_autofree char *blocker = g_build_filename (dir, "bestand", NULL);
  g_autofree char *under = g_build_filename (blocker, "uit.pdf", NULL);
  g_autofree char *bad = fixture ("bad", "version-2.klantreis");
  g_autofree char *in = sample ();
  Result r;

  r = run ("--export", pdf, bad, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "version-2.klantreis"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  result_clear (&r);

  r = run ("--export", pdf, "/nonexistent/reis.klantreis", NULL);
  g_assert_cmpint (r.status, ==, 1);
  result_clear (&r);

  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  r = run ("--export", under, in, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, under));
  result_clear (&r);

  kr_test_remove_tree (dir);
}

/* The messages a Dutch user reads are Dutch. */
static void
test_dutch_messages (void)
{
  const char *env[] = {
    "LANG", "nl_NL.UTF-8",
    "LC_ALL", "nl_NL.UTF-8",
    "LANGUAGE", "nl",
    "KLANTREIS_LOCALEDIR", g_getenv ("KLANTREIS_LOCALEDIR"),
    NULL,
  };
  g_autofree char *bad = fixture ("bad", "activity-valence-missing.klantreis");
  Result r;

  if (!g_file_test ("/usr/lib/locale/locale-archive", G_FILE_TEST_EXISTS) ||
      !g_str_has_prefix (setlocale (LC_ALL, "nl_NL.UTF-8") ?: "", "nl"))
    {
      setlocale (LC_ALL, "");
      g_test_skip ("the nl_NL.UTF-8 locale is not installed (build-aux/test installs it)");
      return;
    }
  setlocale (LC_ALL, "");

  r = run_with_env (env, "--check", bad, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_test_message ("%s", r.err);
  g_assert_nonnull (strstr (r.err, "notes[0].valence"));
  g_assert_nonnull (strstr (r.err, "activiteit"));
  g_assert_null (strstr (r.err, "activity needs"));
  result_clear (&r);

  /* Advice too, in the method's words; the ids stay as they are. */
  {
    g_autofree char *minimal = fixture ("good", "minimal.klantreis");

    r = run_with_env (env, "--check", minimal, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_test_message ("%s", r.err);
    g_assert_nonnull (strstr (r.err, ": advies: phase-count: De klantreis heeft 2 fasen"));
    g_assert_nonnull (strstr (r.err, ": advies: improvements: Nog geen verbeterideeën"));
    /* Without a language of its own, a Dutch UI checks for "Ik". */
    g_assert_null (strstr (r.err, "phase-title"));
    result_clear (&r);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/check/good", test_check_good);
  g_test_add_func ("/cli/check/bad", test_check_bad);
  g_test_add_func ("/cli/check/advice", test_check_advice);
  g_test_add_func ("/cli/check/missing-file", test_check_missing_file);
  g_test_add_func ("/cli/check/no-files", test_check_no_files);
  g_test_add_func ("/cli/export/canonical", test_export_canonical);
  g_test_add_func ("/cli/export/bad-arguments", test_export_bad_arguments);
  g_test_add_func ("/cli/export/bad-input", test_export_bad_input);
  g_test_add_func ("/cli/export/unwritable", test_export_unwritable);
  g_test_add_func ("/cli/export/formats", test_export_formats);
  g_test_add_func ("/cli/export/poster", test_export_poster);
  g_test_add_func ("/cli/export/bad-options", test_export_bad_options);
  g_test_add_func ("/cli/export/pdf-bad-input", test_export_pdf_bad_input);
  g_test_add_func ("/cli/dutch", test_dutch_messages);

  return g_test_run ();
}
