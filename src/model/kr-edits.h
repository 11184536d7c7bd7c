/* kr-edits.h: the edits a user makes, as undoable commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each function returns one command (a group where several changes belong
 * together) that the caller pushes on the document's KrHistory; nothing
 * here changes the journey by itself. Orders are renumbered 0, 1, 2 … in
 * every lane an edit touches, so the file stays tidy.
 */
#pragma once

#include "kr-command.h"
#include "kr-journey.h"

G_BEGIN_DECLS

/* Moves @notes (borrowed KrNotes) to the phase @phase_id and the lane of
 * @kind, at @index among that lane's notes that are not moved (G_MAXUINT
 * for the end); notes of another kind become @kind. When @kind is an
 * activity the first note gets @valence (NAN keeps it) and the others keep
 * their distance to it; a note that becomes an activity without a valence
 * gets the first note's. */
KrCommand *kr_edit_move_notes     (KrJourney  *journey,
                                   GPtrArray  *notes,
                                   const char *phase_id,
                                   KrNoteKind  kind,
                                   guint       index,
                                   double      valence);
/* Changes the valence of @notes by @delta, clamped to -5..+5. */
KrCommand *kr_edit_nudge_valence  (KrJourney  *journey,
                                   GPtrArray  *notes,
                                   double      delta);
/* Puts the activities among @notes at @valence, clamped to -5..+5: a height
 * typed as a number. NULL when none of them would change. */
KrCommand *kr_edit_set_valence    (KrJourney  *journey,
                                   GPtrArray  *notes,
                                   double      valence);
/* A new note in @phase_id at @index of its lane; returns the note too. */
KrCommand *kr_edit_add_note       (KrJourney  *journey,
                                   const char *phase_id,
                                   KrNoteKind  kind,
                                   guint       index,
                                   double      valence,
                                   const char *text,
                                   KrNote    **note);
KrCommand *kr_edit_delete_notes   (KrJourney  *journey,
                                   GPtrArray  *notes);
/* Changes a note's kind: it leaves its lane for the end of the new one. An
 * activity made from another kind gets valence 0. */
KrCommand *kr_edit_set_note_kind  (KrJourney  *journey,
                                   KrNote     *note,
                                   KrNoteKind  kind);

KrCommand *kr_edit_add_phase      (KrJourney  *journey,
                                   guint       position,
                                   const char *title,
                                   KrPhase   **phase);
/* Removes the phase and every note in it. */
KrCommand *kr_edit_delete_phase   (KrJourney  *journey,
                                   KrPhase    *phase);
KrCommand *kr_edit_move_phase     (KrJourney  *journey,
                                   KrPhase    *phase,
                                   guint       position);

/* The clipboard. Notes travel as a small JSON document of the format's note
 * objects, with plain text (one note per line) beside it for other apps. */
#define KR_NOTES_MIME_TYPE "application/x-klantreis-notes+json"

char      *kr_notes_to_json       (GPtrArray  *notes);
char      *kr_notes_to_text       (GPtrArray  *notes);
/* Pastes notes from kr_notes_to_json () output, keeping their kinds, or
 * one note of @kind per non-empty line of @text, into @phase_id from
 * @index on. Pasted notes get fresh ids. Returns NULL when there is
 * nothing to paste; @pasted (if not NULL) receives the new notes. */
KrCommand *kr_edit_paste_json     (KrJourney  *journey,
                                   const char *json,
                                   const char *phase_id,
                                   guint       index,
                                   GPtrArray **pasted);
KrCommand *kr_edit_paste_text     (KrJourney  *journey,
                                   const char *text,
                                   const char *phase_id,
                                   KrNoteKind  kind,
                                   guint       index,
                                   double      valence,
                                   GPtrArray **pasted);

G_END_DECLS
