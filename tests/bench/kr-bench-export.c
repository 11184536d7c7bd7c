/* kr-bench-export.c: how long exports take
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * export.handout_pdf   a whole `klantreis --export out.pdf sample` process,
 *                      with no display (target ≤ 100 ms)
 * export.handout_1000  the handout PDF of a 1,000-note journey, in-process
 *                      (target ≤ 1 s)
 * export.png_2x        the sample's map as PNG at 2×, in-process (≤ 300 ms)
 * export.poster_a3     the sample's A3 poster PDF, in-process: the map fitted
 *                      to the page at the largest size that fits
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "kr-export.h"
#include "kr-model.h"

#define RUNS 9

int kr_bench_export (const char *app_path,
                     const char *sample);

static int
compare_doubles (const void *a,
                 const void *b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return (da > db) - (da < db);
}

static double
median_of (double *values,
           guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

static KrJourney *
make_journey (guint n_notes)
{
  KrJourney *journey = kr_journey_new ();
  GListStore *phases = G_LIST_STORE (kr_journey_get_phases (journey));
  GListStore *notes = G_LIST_STORE (kr_journey_get_notes (journey));
  guint order[7][KR_NOTE_N_KINDS] = { { 0 } };

  kr_journey_set_title (journey, "Ik wil mijn huis verduurzamen en daarvoor subsidie krijgen");
  for (guint p = 0; p < 7; p++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", p + 1);
      g_autofree char *title = g_strdup_printf ("Ik zet stap %u op weg naar subsidie", p + 1);
      g_autoptr(KrPhase) phase = kr_phase_new (id, title);

      kr_phase_set_feeling (phase, "Ik voel me onzeker, maar ook nieuwsgierig naar wat komt.");
      g_list_store_append (phases, phase);
    }
  for (guint i = 0; i < n_notes; i++)
    {
      guint p = (i * 7919) % 7;
      KrNoteKind kind = i % 10 < 6 ? KR_NOTE_KIND_ACTIVITY : (KrNoteKind) (1 + i % 3);
      g_autofree char *id = g_strdup_printf ("n%u", i + 1);
      g_autofree char *phase_id = g_strdup_printf ("p%u", p + 1);
      g_autofree char *text = g_strdup_printf ("Ik bel de gemeente (%u) om te vragen waar mijn "
                                               "aanvraag blijft, omdat ik niets heb gehoord", i);
      g_autoptr(KrNote) note = kr_note_new (id, phase_id, kind, text);

      kr_note_set_order (note, order[p][kind]++);
      if (kind == KR_NOTE_KIND_ACTIVITY)
        {
          kr_note_set_has_valence (note, TRUE);
          kr_note_set_valence (note, (double) (i % 11) - 5);
          kr_note_set_channel (note, "telefoon");
        }
      g_list_store_append (notes, note);
    }
  return journey;
}

static double
time_process (const char *app_path,
              const char *sample,
              const char *output)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  start = g_get_monotonic_time ();
  process = g_subprocess_launcher_spawn (launcher, &error, app_path, "--export", output, sample,
                                         NULL);
  if (process == NULL || !g_subprocess_wait_check (process, NULL, &error))
    {
      fprintf (stderr, "export: %s\n", error->message);
      return -1;
    }
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
kr_bench_export (const char *app_path,
                 const char *sample)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (sample);
  g_autoptr(KrJourney) journey = NULL;
  g_autoptr(KrJourney) large = make_journey (1000);
  g_autofree char *dir = g_dir_make_tmp ("kr-bench-export-XXXXXX", &error);
  g_autofree char *pdf = NULL;
  g_autofree char *png = NULL;
  double times[RUNS];

  if (dir == NULL)
    {
      fprintf (stderr, "export: %s\n", error->message);
      return 1;
    }
  pdf = g_build_filename (dir, "out.pdf", NULL);
  png = g_build_filename (dir, "out.png", NULL);

  journey = kr_journey_load_file (file, NULL, NULL, NULL, &error);
  if (journey == NULL)
    {
      fprintf (stderr, "export: %s: %s\n", sample, error->message);
      return 1;
    }

  for (guint i = 0; i < RUNS; i++)
    if ((times[i] = time_process (app_path, sample, pdf)) < 0)
      return 1;
  printf ("export.handout_pdf %.1f ms\n", median_of (times, RUNS));

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!kr_export_pdf (large, pdf, KR_EXPORT_HANDOUT, KR_PAPER_A4, &error))
        {
          fprintf (stderr, "export: %s\n", error->message);
          return 1;
        }
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  printf ("export.handout_1000 %.1f ms\n", median_of (times, RUNS));

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!kr_export_png (journey, png, 2, &error))
        {
          fprintf (stderr, "export: %s\n", error->message);
          return 1;
        }
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  printf ("export.png_2x %.1f ms\n", median_of (times, RUNS));

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!kr_export_pdf (journey, pdf, KR_EXPORT_POSTER, KR_PAPER_A3, &error))
        {
          fprintf (stderr, "export: %s\n", error->message);
          return 1;
        }
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  printf ("export.poster_a3 %.1f ms\n", median_of (times, RUNS));

  g_unlink (pdf);
  g_unlink (png);
  g_rmdir (dir);
  return 0;
}
