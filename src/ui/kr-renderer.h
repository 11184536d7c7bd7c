/* kr-renderer.h: drawing with cairo where OpenGL would only be emulated
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @dev_dir ("/dev" outside the tests) holds a device that GL can
 * run on: a DRM render node, or NVIDIA's own driver. */
gboolean kr_renderer_machine_has_gpu       (const char  *dev_dir);

/* What to put in the environment so that GTK draws with cairo and sets up
 * no GL or Vulkan, for GTK 4.@gtk_minor: the variable's name in
 * @out_name, and its new value, which keeps @current (its value now, or
 * NULL) in front, as the return value. Returns NULL when the user has
 * chosen a renderer in GSK_RENDERER already. */
char    *kr_renderer_plan_without_gl       (guint        gtk_minor,
                                            const char  *gsk_renderer,
                                            const char  *debug_value,
                                            const char  *disable_value,
                                            const char **out_name);

/* Call in main (), before GTK starts: on a machine without a GPU, and
 * unless the user chose otherwise, asks GTK to draw with cairo and to set
 * up no GL. */
void     kr_renderer_avoid_software_gl     (void);
/* Call once GTK has realised its first window: puts back what
 * kr_renderer_avoid_software_gl () changed, so the programs the app opens
 * start with the user's own environment. */
void     kr_renderer_restore_environment   (void);

G_END_DECLS
