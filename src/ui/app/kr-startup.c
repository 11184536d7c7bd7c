/* kr-startup.c: how long the app takes to show a journey
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The process's own start time, from /proc/self/stat, counts the loading
 * of the libraries too, which is a fair part of what a user waits for. A
 * constructor notes the time as the program loads, before main (), as a
 * fallback where /proc is not there.
 */
#define G_LOG_DOMAIN "kr-startup"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "kr-startup.h"

static gint64 load_time_us;   /* CLOCK_BOOTTIME, like /proc's start time */

static gint64
boottime_now_us (void)
{
  struct timespec ts;

  if (clock_gettime (CLOCK_BOOTTIME, &ts) != 0)
    return 0;
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

#if defined(__GNUC__)
__attribute__ ((constructor))
#endif
static void
record_load_time (void)
{
  load_time_us = boottime_now_us ();
}

/* The 22nd field of /proc/self/stat: clock ticks from boot to the start
 * of the process. The command name in field 2 may hold spaces and
 * parentheses, so the count starts after its last ')'. */
static gboolean
read_process_start_us (gint64 *start_us)
{
  g_autofree char *contents = NULL;
  const char *p;
  long ticks_per_second = sysconf (_SC_CLK_TCK);
  guint64 start_ticks;
  int field = 2;

  if (ticks_per_second <= 0 ||
      !g_file_get_contents ("/proc/self/stat", &contents, NULL, NULL))
    return FALSE;

  p = strrchr (contents, ')');
  if (p == NULL)
    return FALSE;
  p++;

  while (*p != '\0' && field < 22)
    {
      while (*p == ' ')
        p++;
      field++;
      if (field == 22)
        break;
      while (*p != '\0' && *p != ' ')
        p++;
    }

  if (field != 22 || sscanf (p, "%" G_GUINT64_FORMAT, &start_ticks) != 1)
    return FALSE;

  *start_us = (gint64) (start_ticks * G_USEC_PER_SEC / (guint64) ticks_per_second);
  return TRUE;
}

gboolean
kr_startup_is_reporting (void)
{
  return g_strcmp0 (g_getenv ("KLANTREIS_REPORT_STARTUP"), "1") == 0;
}

double
kr_startup_get_elapsed_ms (void)
{
  gint64 now = boottime_now_us ();
  gint64 start = load_time_us;
  gint64 process_start;

  /* /proc counts in clock ticks (10 ms); take it only when it is earlier,
   * as it should be, than the moment the program was loaded. */
  if (read_process_start_us (&process_start) && process_start <= start)
    start = process_start;

  if (start == 0 || now == 0)
    return 0;
  return (now - start) / 1000.0;
}

void
kr_startup_report_first_frame (const char *renderer)
{
  static gboolean reported;

  if (reported || !kr_startup_is_reporting ())
    return;

  reported = TRUE;
  /* A machine-read line, never translated. */
  fprintf (stderr, "startup.first_frame %.1f ms\n", kr_startup_get_elapsed_ms ());
  fprintf (stderr, "startup.renderer %s\n", renderer);
  fflush (stderr);
}
