/* kr-cli.h: the command-line work that needs no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit codes of --check and --export. */
enum
{
  KR_EXIT_OK = 0,
  KR_EXIT_BAD_INPUT = 1,
  KR_EXIT_BAD_ARGUMENTS = 2,
};

/* Prints each file's errors and warnings; KR_EXIT_BAD_INPUT if any fails. */
int kr_cli_check  (const char * const *paths);
/* Writes @output in the format its extension names. */
int kr_cli_export (const char *output,
                   const char * const *inputs);

G_END_DECLS
