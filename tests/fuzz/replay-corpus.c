/* replay-corpus.c: runs the fuzz target over files, without libFuzzer
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Replays every file in the folders it is given, then a fixed number of
 * deterministic mutations of each (bit flips, cuts, duplicated spans), so
 * that gcc builds exercise the loader's error paths too.
 */
#include "config.h"

#include <glib.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

#define MUTATIONS_PER_FILE 200

static void
mutate_and_run (const guint8 *data,
                gsize         size,
                GRand        *rand)
{
  for (guint i = 0; i < MUTATIONS_PER_FILE; i++)
    {
      g_autofree guint8 *copy = g_malloc (size * 2 + 1);
      gsize len = size;

      memcpy (copy, data, size);
      switch (g_rand_int_range (rand, 0, 4))
        {
        case 0: /* flip a few bits */
          for (int k = 0; k < 4 && len > 0; k++)
            copy[g_rand_int_range (rand, 0, len)] ^= 1u << g_rand_int_range (rand, 0, 8);
          break;
        case 1: /* cut the end off */
          len = len > 0 ? g_rand_int_range (rand, 0, len) : 0;
          break;
        case 2: /* repeat a span */
          if (len > 1)
            {
              gsize from = g_rand_int_range (rand, 0, len);
              gsize n = g_rand_int_range (rand, 1, 64);
              gsize to = g_rand_int_range (rand, 0, len);

              n = MIN (n, len - from);

              memmove (copy + to + n, copy + to, len - to);
              memcpy (copy + to, data + from, n);
              len += n;
            }
          break;
        default: /* a random byte somewhere */
          if (len > 0)
            copy[g_rand_int_range (rand, 0, len)] = g_rand_int_range (rand, 0, 256);
          break;
        }
      LLVMFuzzerTestOneInput (copy, len);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);
  guint n_files = 0;

  for (int a = 1; a < argc; a++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GDir) dir = g_dir_open (argv[a], 0, &error);
      const char *name;

      if (dir == NULL)
        g_error ("%s", error->message);

      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (argv[a], name, NULL);
          g_autofree char *contents = NULL;
          gsize length;

          if (!g_str_has_suffix (name, ".klantreis"))
            continue;
          if (!g_file_get_contents (path, &contents, &length, &error))
            g_error ("%s", error->message);

          LLVMFuzzerTestOneInput ((const guint8 *)contents, length);
          /* Mutating the 200,000-deep file is slow and adds nothing. */
          if (length < 64 * 1024)
            mutate_and_run ((const guint8 *)contents, length, rand);
          n_files++;
        }
    }

  /* The plain closing line that test runners read. */
  g_print ("%u passed, 0 failed\n", n_files);
  return n_files > 0 ? 0 : 1;
}
