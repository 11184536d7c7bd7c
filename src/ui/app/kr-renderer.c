/* kr-renderer.c: drawing with cairo where OpenGL would only be emulated
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK draws windows with OpenGL. On a machine without a GPU (a virtual
 * machine, a remote desktop, a projector laptop without its graphics
 * driver) Mesa emulates GL on the CPU with llvmpipe, and that is slow:
 * GTK 4.8 sets GL up when it opens the display (about 110 ms here), again
 * when the window is realised (about 100 ms) and compiles shaders for the
 * first frame (about 100 ms more), and frames then come every 30-65 ms.
 * GTK's cairo renderer shows the same window in less than half the time
 * and animates at 60 frames a second there; the journey itself is painted
 * with cairo in either case. So without a GPU, and unless the user chose a
 * renderer in GSK_RENDERER, Klantreis asks GTK for its cairo renderer and
 * not to set up GL or Vulkan at all.
 *
 * The wish goes to GTK through its environment variables: GSK_RENDERER,
 * which GTK reads when it realises its first window, and GDK_DEBUG
 * (GDK_DISABLE from GTK 4.16, which warns about the old keys), which it
 * reads while it starts; without the latter GTK would still set GL up, and
 * without the former it would say, for each window, that GL is off. They
 * are set in main (), before any thread runs, and stay: changing the
 * environment while other threads read it is not safe. Programs the app
 * opens get the user's own values through their launch context instead
 * (kr-launch.c).
 */
#define G_LOG_DOMAIN "kr-renderer"

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "kr-renderer.h"

/* The variables changed, and the values they had (NULL: not set). */
typedef struct
{
  const char *name;
  char       *previous_value;
} Change;

static Change changes[2];
static guint n_changes;

static void
change_variable (const char *name,
                 const char *value)
{
  g_assert (n_changes < G_N_ELEMENTS (changes));

  changes[n_changes].name = name;
  changes[n_changes].previous_value = g_strdup (g_getenv (name));
  n_changes++;
  g_setenv (name, value, TRUE);
}

gboolean
kr_renderer_machine_has_gpu (const char *dev_dir)
{
  g_autofree char *dri = g_build_filename (dev_dir, "dri", NULL);
  g_autofree char *nvidia = g_build_filename (dev_dir, "nvidiactl", NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  /* NVIDIA's driver runs GL without a DRM render node. */
  if (g_file_test (nvidia, G_FILE_TEST_EXISTS))
    return TRUE;

  /* A card node alone may be a plain framebuffer; GL needs a render node. */
  dir = g_dir_open (dri, 0, NULL);
  if (dir == NULL)
    return FALSE;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "renderD"))
      return TRUE;

  return FALSE;
}

char *
kr_renderer_plan_without_gl (guint        gtk_minor,
                             const char  *gsk_renderer,
                             const char  *debug_value,
                             const char  *disable_value,
                             const char **out_name)
{
  const char *current;
  const char *keys;

  g_return_val_if_fail (out_name != NULL, NULL);

  *out_name = NULL;
  if (gsk_renderer != NULL && gsk_renderer[0] != '\0')
    return NULL;

  if (gtk_minor >= 16)
    {
      *out_name = "GDK_DISABLE";
      current = disable_value;
      keys = "gl,vulkan";
    }
  else
    {
      *out_name = "GDK_DEBUG";
      current = debug_value;
      keys = "gl-disable,vulkan-disable";
    }

  if (current == NULL || current[0] == '\0')
    return g_strdup (keys);
  return g_strconcat (current, ",", keys, NULL);
}

static gboolean
gl_would_be_software (void)
{
  const char *forced = g_getenv ("LIBGL_ALWAYS_SOFTWARE");

  /* Mesa's own switch for rendering on the CPU, even with a GPU. */
  if (forced != NULL && forced[0] != '\0' && strcmp (forced, "0") != 0 &&
      g_ascii_strcasecmp (forced, "false") != 0)
    return TRUE;

  return !kr_renderer_machine_has_gpu ("/dev");
}

void
kr_renderer_avoid_software_gl (void)
{
  g_autofree char *value = NULL;
  const char *name;

  g_return_if_fail (n_changes == 0);

  if (!gl_would_be_software ())
    return;

  value = kr_renderer_plan_without_gl (gtk_get_minor_version (),
                                       g_getenv ("GSK_RENDERER"),
                                       g_getenv ("GDK_DEBUG"),
                                       g_getenv ("GDK_DISABLE"),
                                       &name);
  if (value == NULL)
    return;

  change_variable ("GSK_RENDERER", "cairo");
  change_variable (name, value);
  g_debug ("No GPU: GTK draws with cairo, and %s=%s", name, value);
}

gboolean
kr_renderer_changed_environment (void)
{
  return n_changes > 0;
}

void
kr_renderer_prepare_launch_context (GAppLaunchContext *context)
{
  g_return_if_fail (G_IS_APP_LAUNCH_CONTEXT (context));

  for (guint i = 0; i < n_changes; i++)
    {
      if (changes[i].previous_value != NULL)
        g_app_launch_context_setenv (context, changes[i].name, changes[i].previous_value);
      else
        g_app_launch_context_unsetenv (context, changes[i].name);
    }
}

void
kr_renderer_restore_environment (void)
{
  for (guint i = 0; i < n_changes; i++)
    {
      if (changes[i].previous_value != NULL)
        g_setenv (changes[i].name, changes[i].previous_value, TRUE);
      else
        g_unsetenv (changes[i].name);
      g_clear_pointer (&changes[i].previous_value, g_free);
    }
  n_changes = 0;
}
