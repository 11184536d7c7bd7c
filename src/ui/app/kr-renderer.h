/* kr-renderer.h: drawing with cairo where OpenGL would only be emulated
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

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

/* Call in main (), before GTK starts and before any other thread: on a
 * machine without a GPU, and unless the user chose otherwise, asks GTK to
 * draw with cairo and to set up no GL. */
void     kr_renderer_avoid_software_gl     (void);
/* Whether kr_renderer_avoid_software_gl () changed the environment. */
gboolean kr_renderer_changed_environment   (void);
/* Gives @context the values the user had, for a program the app opens. */
void     kr_renderer_prepare_launch_context (GAppLaunchContext *context);
/* Puts back what kr_renderer_avoid_software_gl () changed. Like it, only
 * while no other thread runs: for the tests. */
void     kr_renderer_restore_environment   (void);

G_END_DECLS
