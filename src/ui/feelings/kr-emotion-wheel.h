/* kr-emotion-wheel.h: Plutchik's wheel of emotions as a picker
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kr-emotion.h"

G_BEGIN_DECLS

#define KR_TYPE_EMOTION_WHEEL (kr_emotion_wheel_get_type ())
G_DECLARE_FINAL_TYPE (KrEmotionWheel, kr_emotion_wheel, KR, EMOTION_WHEEL, GtkWidget)

GtkWidget       *kr_emotion_wheel_new          (void);
/* The emotions shown as chosen, with a "1" and a "2" badge: a phase's
 * "from" and "to". NULL for none. */
void             kr_emotion_wheel_set_chosen   (KrEmotionWheel *self,
                                                const char     *first,
                                                const char     *second);
/* The segment under the keyboard focus, or NULL. */
const KrEmotion *kr_emotion_wheel_get_focused  (KrEmotionWheel *self);
/* Moves the keyboard focus to @emotion's segment. */
void             kr_emotion_wheel_focus_emotion (KrEmotionWheel  *self,
                                                 const KrEmotion *emotion);
/* The emotion whose segment holds the point, in widget coordinates. */
const KrEmotion *kr_emotion_wheel_emotion_at   (KrEmotionWheel *self,
                                                double          x,
                                                double          y);
/* The centre of @emotion's segment, in widget coordinates. */
void             kr_emotion_wheel_get_segment_centre (KrEmotionWheel  *self,
                                                      const KrEmotion *emotion,
                                                      double          *x,
                                                      double          *y);

/* Whether the label of @emotion had to be cut short to fit its segment,
 * at the size the wheel has now. */
gboolean          kr_emotion_wheel_label_is_cut (KrEmotionWheel  *self,
                                                 const KrEmotion *emotion);

G_END_DECLS
