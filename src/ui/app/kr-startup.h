/* kr-startup.h: how long the app takes to show a journey
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With KLANTREIS_REPORT_STARTUP=1 in the environment, the first frame that
 * shows a journey prints "startup.first_frame X ms" to stderr, measured
 * from the start of the process, and "startup.renderer NAME", the GSK
 * renderer that drew it, for benchmarks and tests to read.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether the environment asks for the report. */
gboolean kr_startup_is_reporting      (void);
/* Prints the report, and the name of the renderer that drew the frame,
 * once per process; later calls do nothing. */
void     kr_startup_report_first_frame (const char *renderer);
/* Milliseconds since the process started. */
double   kr_startup_get_elapsed_ms    (void);

G_END_DECLS
