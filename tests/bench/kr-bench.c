/* kr-bench.c: measures what the issues set targets for
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints one "metric value unit" line per figure, the median of several
 * runs, so that results can be compared and collected by scripts:
 *
 *   kr-bench io --notes 10000
 *   kr-bench canvas --notes 2000
 *   kr-bench startup [FILE]     (needs a display: run it under xvfb-run)
 *   kr-bench export [FILE]
 *   kr-bench recovery [--notes N]  (the sample unless N is given)
 *
 * Lines starting with '#' say more about the figure above them.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "kr-json-parser.h"
#include "kr-model.h"

#define N_RUNS 9
#define N_PHASES 7

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

/* A journey of @n_notes over seven phases, with the lanes and the text
 * lengths of a real workshop. */
static KrJourney *
generate_journey (guint n_notes)
{
  KrJourney *journey = kr_journey_new ();
  GListStore *phases = G_LIST_STORE (kr_journey_get_phases (journey));
  GListStore *notes = G_LIST_STORE (kr_journey_get_notes (journey));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint order[N_PHASES][KR_NOTE_N_KINDS] = { { 0 } };

  kr_journey_set_title (journey, "Ik vraag een vergunning aan");
  for (guint i = 0; i < N_PHASES; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i + 1);
      g_autofree char *title = g_strdup_printf ("Ik doe stap %u van de aanvraag", i + 1);
      g_autoptr(KrPhase) phase = kr_phase_new (id, title);

      kr_phase_set_emotion_from (phase, "apprehension");
      kr_phase_set_feeling (phase, "Ik voel me onzeker over wat er gaat gebeuren");
      g_list_store_append (phases, phase);
    }

  for (guint i = 0; i < n_notes; i++)
    {
      guint p = g_rand_int_range (rand, 0, N_PHASES);
      KrNoteKind kind = i % 5 < 3 ? KR_NOTE_KIND_ACTIVITY : (KrNoteKind)(i % 5);
      g_autofree char *id = g_strdup_printf ("n%u", i + 1);
      g_autofree char *phase_id = g_strdup_printf ("p%u", p + 1);
      g_autofree char *text = g_strdup_printf ("Ik bel de gemeente om te vragen waar mijn "
                                               "aanvraag %u blijft, omdat ik morgen op reis ga", i);
      KrNote *note = kr_note_new (id, phase_id, MIN (kind, KR_NOTE_KIND_IMPROVEMENT), text);

      kr_note_set_order (note, order[p][kr_note_get_kind (note)]++);
      if (kr_note_get_kind (note) == KR_NOTE_KIND_ACTIVITY)
        {
          kr_note_set_has_valence (note, TRUE);
          kr_note_set_valence (note, g_rand_int_range (rand, -5, 6));
          kr_note_set_channel (note, "telefoon");
        }
      kr_note_set_red_thread (note, i % 7 == 0);
      g_ptr_array_add (items, note);
    }
  g_list_store_splice (notes, 0, 0, items->pdata, items->len);

  return journey;
}

static void
bench_io (guint n_notes)
{
  g_autoptr(KrJourney) journey = generate_journey (n_notes);
  g_autoptr(GBytes) bytes = kr_journey_to_bytes (journey);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kr-bench-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "bench.klantreis", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  double load[N_RUNS], save[N_RUNS], parse[N_RUNS], strict[N_RUNS], build[N_RUNS];

  g_assert_no_error (error);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(KrJourney) loaded = NULL;
      g_autoptr(KrJourney) built = NULL;
      g_autoptr(KrJsonDoc) root = NULL;
      gint64 t0, t1;

      /* The two halves of a load: the strict parse into json-glib nodes,
       * then the whole load from bytes less that parse. */
      t0 = g_get_monotonic_time ();
      root = kr_json_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                            KR_FORMAT_MAX_DEPTH, &error);
      t1 = g_get_monotonic_time ();
      g_assert_no_error (error);
      strict[run] = (t1 - t0) / 1000.0;
      t0 = g_get_monotonic_time ();
      built = kr_journey_load_bytes (bytes, NULL, &error);
      t1 = g_get_monotonic_time ();
      g_assert_no_error (error);
      build[run] = (t1 - t0) / 1000.0 - strict[run];

      /* The whole open: read the file, parse strictly, build the model. */
      t0 = g_get_monotonic_time ();
      loaded = kr_journey_load_file (file, NULL, NULL, NULL, &error);
      t1 = g_get_monotonic_time ();
      g_assert_no_error (error);
      load[run] = (t1 - t0) / 1000.0;

      /* The whole save: canonical bytes, written beside and renamed. */
      t0 = g_get_monotonic_time ();
      kr_journey_save_file (loaded, file, NULL, NULL, NULL, &error);
      t1 = g_get_monotonic_time ();
      g_assert_no_error (error);
      save[run] = (t1 - t0) / 1000.0;

      /* The floor to compare against: json-glib parsing the same bytes. */
      t0 = g_get_monotonic_time ();
      json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                  g_bytes_get_size (bytes), &error);
      t1 = g_get_monotonic_time ();
      g_assert_no_error (error);
      parse[run] = (t1 - t0) / 1000.0;
    }

  g_print ("io.notes %u count\n", n_notes);
  g_print ("io.bytes %" G_GSIZE_FORMAT " B\n", g_bytes_get_size (bytes));
  g_print ("io.load %.1f ms\n", median (load, N_RUNS));
  g_print ("io.save %.1f ms\n", median (save, N_RUNS));
  g_print ("io.parse %.1f ms\n", median (parse, N_RUNS));
  g_print ("io.load_parse %.1f ms\n", median (strict, N_RUNS));
  g_print ("io.load_model %.1f ms\n", median (build, N_RUNS));

  g_unlink (path);
  g_rmdir (dir);
}

static gboolean
tick_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* What a recovery copy costs the main thread: the canonical bytes and
 * handing them to the writing thread (kr_autosave_write_now ()); and, for
 * comparison, the whole write in that thread, fsync included. */
static void
bench_recovery (KrJourney *journey)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kr-bench-XXXXXX", &error);
  g_autoptr(KrAutosave) autosave = kr_autosave_new (dir);
  g_autoptr(KrHistory) history = kr_history_new ();
  g_autoptr(GBytes) bytes = kr_journey_to_bytes (journey);
  double main_thread[N_RUNS], write[N_RUNS];
  guint idle = g_timeout_add (10, tick_cb, NULL);

  g_assert_no_error (error);
  kr_autosave_set_document (autosave, journey, history, NULL);

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autofree char *title = g_strdup_printf ("Ik vraag een vergunning aan (%u)", run);
      gint64 t0, t1, t2;

      /* A change, as the user makes one; the write is then asked for at
       * once rather than after the wait. */
      kr_history_push (history, kr_set_command_new (journey, "Rename", "title", title, NULL));
      t0 = g_get_monotonic_time ();
      kr_autosave_write_now (autosave);
      t1 = g_get_monotonic_time ();
      while (kr_autosave_get_busy (autosave))
        g_main_context_iteration (NULL, TRUE);
      t2 = g_get_monotonic_time ();
      g_assert_cmpuint (kr_autosave_get_n_written (autosave), ==, run + 1);
      main_thread[run] = (t1 - t0) / 1000.0;
      write[run] = (t2 - t0) / 1000.0;
    }

  g_print ("recovery.notes %u count\n", g_list_model_get_n_items (kr_journey_get_notes (journey)));
  g_print ("recovery.bytes %" G_GSIZE_FORMAT " B\n", g_bytes_get_size (bytes));
  g_print ("recovery.main_thread_ms %.3f ms\n", median (main_thread, N_RUNS));
  g_print ("recovery.write_ms %.1f ms\n", median (write, N_RUNS));
  g_print ("# recovery.write_ms: until the copy and its record are on disk, in the writing thread\n");

  kr_autosave_discard (autosave);
  g_source_remove (idle);
  g_rmdir (dir);
}

int kr_bench_canvas (guint n_notes);
int kr_bench_export (const char *app_path,
                     const char *sample);

/* Starts the app on @file again and again, each time until it reports its
 * first painted frame (KLANTREIS_REPORT_STARTUP=1), and prints the median
 * as @metric, with the renderer that drew the frames. @gsk_renderer NULL
 * leaves the choice to the app, as a user would. */
static gboolean
bench_startup_series (const char *app,
                      const char *schemas,
                      const char *file,
                      const char *gsk_renderer,
                      const char *metric)
{
  g_autofree char *renderer = NULL;
  double times[N_RUNS];

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GSubprocessLauncher) launcher =
        g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE | G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
      g_autoptr(GSubprocess) process = NULL;
      g_autoptr(GDataInputStream) err = NULL;
      g_autoptr(GError) error = NULL;
      char *line;

      g_subprocess_launcher_setenv (launcher, "KLANTREIS_REPORT_STARTUP", "1", TRUE);
      g_subprocess_launcher_setenv (launcher, "GSETTINGS_SCHEMA_DIR", schemas, TRUE);
      g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);
      if (gsk_renderer != NULL)
        g_subprocess_launcher_setenv (launcher, "GSK_RENDERER", gsk_renderer, TRUE);
      /* Each run is a fresh process: the previous one has been ended, so
       * none is left for this one to hand the file to. */
      process = g_subprocess_launcher_spawn (launcher, &error, app, file, NULL);
      if (process == NULL)
        {
          g_printerr ("%s\n", error->message);
          return FALSE;
        }

      /* The time comes first, then the renderer. */
      err = g_data_input_stream_new (g_subprocess_get_stderr_pipe (process));
      times[run] = -1;
      while ((line = g_data_input_stream_read_line_utf8 (err, NULL, NULL, NULL)) != NULL)
        {
          double ms;
          gboolean done = FALSE;

          if (sscanf (line, "startup.first_frame %lf ms", &ms) == 1)
            times[run] = ms;
          else if (g_str_has_prefix (line, "startup.renderer "))
            {
              g_free (renderer);
              renderer = g_strdup (line + strlen ("startup.renderer "));
              done = TRUE;
            }
          g_free (line);
          if (done)
            break;
        }
      g_subprocess_force_exit (process);
      g_subprocess_wait (process, NULL, NULL);
      if (times[run] < 0)
        {
          g_printerr ("the app reported no first frame\n");
          return FALSE;
        }
    }

  g_print ("%s %.1f ms\n", metric, median (times, N_RUNS));
  g_print ("# %s: drawn by %s\n", metric, renderer);
  return TRUE;
}

/* The app as a user starts it, and then with GL forced, for comparison. */
static int
bench_startup (const char *bench_path,
               const char *file)
{
  g_autofree char *dir = g_path_get_dirname (bench_path);
  g_autofree char *app = g_build_filename (dir, "..", "..", "src", "klantreis", NULL);
  g_autofree char *schemas = g_build_filename (dir, "..", "..", "data", NULL);

  if (!bench_startup_series (app, schemas, file, NULL, "startup.first_frame") ||
      !bench_startup_series (app, schemas, file, "gl", "startup.first_frame_gl"))
    return 1;
  return 0;
}

static void
usage (void)
{
  g_printerr ("Usage: kr-bench io|canvas|recovery [--notes N]\n"
              "       kr-bench startup|export [FILE]\n");
  exit (2);
}

int
main (int   argc,
      char *argv[])
{
  guint n_notes = 0;

  if (argc < 2)
    usage ();

  if (strcmp (argv[1], "startup") == 0)
    return bench_startup (argv[0], argc > 2 ? argv[2] : SOURCE_SAMPLEDIR "/verduurzamen.klantreis");
  if (strcmp (argv[1], "export") == 0)
    {
      g_autofree char *dir = g_path_get_dirname (argv[0]);
      g_autofree char *app = g_build_filename (dir, "..", "..", "src", "klantreis", NULL);

      return kr_bench_export (app, argc > 2 ? argv[2] : SOURCE_SAMPLEDIR "/verduurzamen.klantreis");
    }

  for (int i = 2; i < argc; i++)
    {
      guint64 value;

      if (strcmp (argv[i], "--notes") == 0 && i + 1 < argc &&
          g_ascii_string_to_unsigned (argv[i + 1], 10, 0, 10000000, &value, NULL))
        {
          n_notes = value;
          i++;
        }
      else
        usage ();
    }

  /* Each benchmark's default is the size its target is set for. */
  if (strcmp (argv[1], "io") == 0)
    bench_io (n_notes > 0 ? n_notes : 10000);
  else if (strcmp (argv[1], "canvas") == 0)
    return kr_bench_canvas (n_notes > 0 ? n_notes : 2000);
  else if (strcmp (argv[1], "recovery") == 0)
    {
      g_autoptr(KrJourney) journey = NULL;
      g_autoptr(GError) error = NULL;

      if (n_notes > 0)
        {
          journey = generate_journey (n_notes);
        }
      else
        {
          g_autoptr(GFile) sample = g_file_new_for_path (SOURCE_SAMPLEDIR "/verduurzamen.klantreis");

          journey = kr_journey_load_file (sample, NULL, NULL, NULL, &error);
          g_assert_no_error (error);
        }
      bench_recovery (journey);
    }
  else
    usage ();

  return 0;
}
