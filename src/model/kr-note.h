/* kr-note.h: one sticky note of a journey
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The lanes of the journey schema a note can sit in, top to bottom.
 * The numeric order is also the order notes are written in. */
typedef enum
{
  KR_NOTE_KIND_ACTIVITY,
  KR_NOTE_KIND_PAIN,
  KR_NOTE_KIND_GAIN,
  KR_NOTE_KIND_IMPROVEMENT,
} KrNoteKind;

#define KR_NOTE_N_KINDS 4

/* How far an idea for improvement has come. NONE is the absence of the
 * key: a note that was never given a status. */
typedef enum
{
  KR_NOTE_STATUS_NONE,
  KR_NOTE_STATUS_IDEA,
  KR_NOTE_STATUS_PLANNED,
  KR_NOTE_STATUS_DONE,
} KrNoteStatus;

#define KR_NOTE_N_STATUSES 4
#define KR_VALENCE_MIN (-5.0)
#define KR_VALENCE_MAX 5.0

#define KR_TYPE_NOTE_KIND (kr_note_kind_get_type ())
GType kr_note_kind_get_type (void);

const char *kr_note_kind_to_string (KrNoteKind kind);
gboolean    kr_note_kind_from_string (const char *str,
                                      KrNoteKind *kind);

#define KR_TYPE_NOTE_STATUS (kr_note_status_get_type ())
GType kr_note_status_get_type (void);

/* The file's word for a status ("idea", "planned", "done"); NULL for none. */
const char *kr_note_status_to_string   (KrNoteStatus  status);
gboolean    kr_note_status_from_string (const char   *str,
                                        KrNoteStatus *status);

#define KR_TYPE_NOTE (kr_note_get_type ())
G_DECLARE_FINAL_TYPE (KrNote, kr_note, KR, NOTE, GObject)

KrNote     *kr_note_new                 (const char *id,
                                         const char *phase_id,
                                         KrNoteKind  kind,
                                         const char *text);
KrNote     *kr_note_copy                (KrNote     *self);
const char *kr_note_get_id              (KrNote     *self);
const char *kr_note_get_phase           (KrNote     *self);
void        kr_note_set_phase           (KrNote     *self,
                                         const char *phase_id);
KrNoteKind  kr_note_get_kind            (KrNote     *self);
void        kr_note_set_kind            (KrNote     *self,
                                         KrNoteKind  kind);
const char *kr_note_get_text            (KrNote     *self);
void        kr_note_set_text            (KrNote     *self,
                                         const char *text);
guint       kr_note_get_order           (KrNote     *self);
void        kr_note_set_order           (KrNote     *self,
                                         guint       order);
gboolean    kr_note_get_has_valence     (KrNote     *self);
void        kr_note_set_has_valence     (KrNote     *self,
                                         gboolean    has_valence);
double      kr_note_get_valence         (KrNote     *self);
void        kr_note_set_valence         (KrNote     *self,
                                         double      valence);
const char *kr_note_get_channel         (KrNote     *self);
void        kr_note_set_channel         (KrNote     *self,
                                         const char *channel);
gboolean    kr_note_get_moment_of_truth (KrNote     *self);
void        kr_note_set_moment_of_truth (KrNote     *self,
                                         gboolean    moment_of_truth);
gboolean    kr_note_get_red_thread      (KrNote     *self);
void        kr_note_set_red_thread      (KrNote     *self,
                                         gboolean    red_thread);
const char *kr_note_get_emotion         (KrNote     *self);
void        kr_note_set_emotion         (KrNote     *self,
                                         const char *emotion_id);
const char *kr_note_get_colour          (KrNote     *self);
void        kr_note_set_colour          (KrNote     *self,
                                         const char *colour);
/* Who picks an improvement up, and how far it has come. Any kind of note
 * may carry them, so that an idea turned into a pain and back keeps them;
 * the app shows them on improvements. */
const char *kr_note_get_owner           (KrNote     *self);
void        kr_note_set_owner           (KrNote     *self,
                                         const char *owner);
KrNoteStatus kr_note_get_status         (KrNote     *self);
void        kr_note_set_status          (KrNote     *self,
                                         KrNoteStatus status);

gboolean    kr_colour_is_valid          (const char *colour);

G_END_DECLS
