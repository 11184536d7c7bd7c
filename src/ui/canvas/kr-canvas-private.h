/* kr-canvas-private.h: what the parts of KrCanvas share
 *
 * Copyright 2026 The Klantreis developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kr-canvas.h"
#include "kr-canvas-item.h"
#include "kr-edits.h"
#include "kr-painter.h"

G_BEGIN_DECLS

/* Room around the map when it is panned to an edge, in widget pixels. */
#define KR_CANVAS_MARGIN 32.0
/* How far the pointer moves before a press becomes a drag. */
#define KR_CANVAS_DRAG_THRESHOLD 4.0

typedef enum
{
  KR_CANVAS_DRAG_NONE,
  KR_CANVAS_DRAG_PENDING_NOTES,  /* pressed on a note, not yet moved */
  KR_CANVAS_DRAG_NOTES,
  KR_CANVAS_DRAG_PENDING_PHASE,  /* pressed on a phase title */
  KR_CANVAS_DRAG_PHASE,
  KR_CANVAS_DRAG_PAN,
  KR_CANVAS_DRAG_RUBBER_BAND,
  KR_CANVAS_DRAG_CURVE,          /* a point of the emotion curve, up or down */
} KrCanvasDragMode;

struct _KrCanvas
{
  GtkWidget           parent_instance;

  KrJourney          *journey;
  KrHistory          *history;

  KrStyle            *style;
  KrLayout           *layout;
  guint               tick_id;
  guint               layout_dirty : 1;
  /* The first layout of a document decides the first view. */
  guint               view_pending : 1;
  /* Set once KLANTREIS_REPORT_STARTUP has been answered. */
  guint               startup_reported : 1;
  /* Allocation places the children itself; it must not queue another. */
  guint               in_allocate : 1;
  /* What changed during an allocation and is told once it is over: the
   * header bar follows the zoom and the actions, and must not be resized
   * while the window is being laid out. */
  guint               notify_zoom_pending : 1;
  guint               actions_pending : 1;
  /* Ctrl+Tab moves the focus without moving the selection. */
  guint               focus_keeps_selection : 1;
  /* "-" was pressed at this time, and a digit soon after makes the height
   * negative; whether "-" left a step to take back for it. Any change to
   * the journey ends the wait, so that only that step is ever undone. */
  guint               minus_undoable : 1;
  gint64              minus_time;
  guint               deferred_id;

  /* The view: widget = map × zoom − scroll. */
  double              zoom;
  double              scroll_x;
  double              scroll_y;
  int                 view_width;
  int                 view_height;

  /* The painted map, kept while neither the map nor the view changes, so
   * that selection and drag feedback redraw only themselves. */
  GskRenderNode      *map_node;

  /* After an edit, what moved slides from where it was (slide_from) to
   * its new place; slide_frame is the map on its way, painted instead of
   * the layout until the slide is over. */
  KrLayout           *slide_from;
  KrLayout           *slide_frame;
  gint64              slide_start;
  guint               slide_tick_id;

  /* Children: an item per note and per phase title, in reading order. */
  GHashTable         *items;             /* KrNote or KrPhase → KrCanvasItem */
  GHashTable         *curve_items;       /* KrPhase → KrCanvasItem of its curve point */
  GPtrArray          *focus_order;       /* KrCanvasItem, borrowed */

  /* Selection, in the order the notes were picked; holds references. */
  GPtrArray          *selection;

  /* Where Ctrl+Enter and paste put notes when nothing is selected: the
   * last place the user clicked on an empty lane, in map units. */
  gboolean            has_insertion_point;
  double              insertion_x;
  double              insertion_y;

  /* Pointer gestures */
  GtkGesture         *click;
  GtkGesture         *drag;
  KrCanvasDragMode    drag_mode;
  double              drag_start_x;      /* widget coordinates of the press */
  double              drag_start_y;
  double              drag_dx;
  double              drag_dy;
  double              drag_scroll_x;     /* the view when the drag began */
  double              drag_scroll_y;
  guint               autoscroll_id;     /* tick while a note is held at an edge */
  guint               drag_moved : 1;
  /* The current press moved far enough to be a drag; unlike drag_moved it
   * lasts past the release, so that the click gesture, which hears of the
   * release in either order, can tell a drag from a click. */
  guint               press_moved : 1;
  /* A plain click on a note that is one of several selected narrows the
   * selection to it, but only once it turns out not to be a drag. */
  guint               narrow_on_release : 1;
  KrNote             *drag_note;         /* the note under the pointer */
  GPtrArray          *drag_notes;        /* what moves with it */
  gboolean            drop_valid;
  /* Text from another application is over the map. */
  gboolean            text_drop;
  const char         *cursor_name;
  KrDropTarget        drop;
  KrPhase            *drag_phase;
  /* A curve drag applies its steps live, inside one history group. */
  double              drag_curve_zero;   /* map y of 0 on the curve */
  double              drag_curve_step;   /* map units per step */
  guint               phase_drop_position;
  GPtrArray          *band_base;         /* the selection the band adds to */
  double              gesture_zoom;      /* the zoom when a pinch began */
  double              pointer_x;
  double              pointer_y;
  gboolean            has_pointer;

  /* The in-place editor */
  GtkWidget          *editor;            /* GtkTextView, or NULL */
  GtkCssProvider     *editor_css;
  char               *editor_css_text;   /* what editor_css holds */
  KrNote             *edit_note;
  KrPhase            *edit_phase;
  guint               edit_title : 1;    /* the journey's own title */
  /* The note was made for this edit: cancelling takes it away again. */
  guint               edit_is_new : 1;
  guint               edit_finishing : 1;

  /* Popovers */
  GtkWidget          *note_popover;
  GtkWidget          *phase_menu;
  GtkWidget          *feeling_popover;
  GtkWidget          *canvas_menu;
  GtkWidget          *metrics_popover;
  GtkWidget          *writing_help;
  KrPhase            *menu_phase;
  /* A right click on the scope card: its menu opens on the release. */
  gboolean            scope_menu_on_release;

  GSimpleActionGroup *actions;
};

/* kr-canvas.c */
void               _kr_canvas_queue_relayout      (KrCanvas           *self);
void               _kr_canvas_ensure_layout       (KrCanvas           *self);
/* The layout as it shows now: on its way while notes slide to their new
 * places, else the layout itself. Hit tests use the layout itself. */
const KrLayout    *_kr_canvas_get_shown_layout    (KrCanvas           *self);
/* Emits "open-files". */
void               _kr_canvas_open_files          (KrCanvas           *self,
                                                   GdkFileList        *files);
/* Tells "zoom" now, or after the allocation in progress. */
void               _kr_canvas_notify_zoom         (KrCanvas           *self);
void               _kr_canvas_push                (KrCanvas           *self,
                                                   KrCommand          *command);
void               _kr_canvas_update_actions      (KrCanvas           *self);
void               _kr_canvas_get_accent          (KrCanvas           *self,
                                                   GdkRGBA            *rgba);

/* kr-canvas-view.c */
void               _kr_canvas_apply_first_view    (KrCanvas           *self);
void               _kr_canvas_invalidate_view     (KrCanvas           *self);
void               _kr_canvas_set_view            (KrCanvas           *self,
                                                   double              zoom,
                                                   double              scroll_x,
                                                   double              scroll_y);
void               _kr_canvas_zoom_at             (KrCanvas           *self,
                                                   double              zoom,
                                                   double              widget_x,
                                                   double              widget_y);
void               _kr_canvas_pan_by              (KrCanvas           *self,
                                                   double              dx,
                                                   double              dy);
void               _kr_canvas_scroll_to_rect      (KrCanvas           *self,
                                                   const KrRect       *map_rect);
void               _kr_canvas_rect_to_widget      (KrCanvas           *self,
                                                   const KrRect       *map_rect,
                                                   graphene_rect_t    *out);
/* How wide the lane names are where they are kept in view at the left
 * edge, scrolled sideways; 0 while they are in their own place. */
double             _kr_canvas_get_pinned_gutter_width (KrCanvas   *self);
/* Whether (@x, @y), in widget coordinates, is on those names. */
gboolean           _kr_canvas_in_pinned_gutter    (KrCanvas           *self,
                                                   double              x,
                                                   double              y);
KrRect             _kr_canvas_get_visible_rect    (KrCanvas           *self);

/* kr-canvas-selection.c */
void               _kr_canvas_snapshot_selection  (KrCanvas           *self,
                                                   cairo_t            *cr);
gboolean           _kr_canvas_is_selected         (KrCanvas           *self,
                                                   KrNote             *note);
void               _kr_canvas_set_selection       (KrCanvas           *self,
                                                   GPtrArray          *notes);
void               _kr_canvas_toggle_selected     (KrCanvas           *self,
                                                   KrNote             *note);
void               _kr_canvas_add_to_selection    (KrCanvas           *self,
                                                   KrNote             *note);
/* A new array of the selected notes, holding references, for keeping. */
GPtrArray         *_kr_canvas_dup_selection       (KrCanvas           *self);
/* A new array of the same notes without references or a free function,
 * to hand to the edits (kr-edits.h), which borrow their notes. */
GPtrArray         *_kr_canvas_borrow_notes        (GPtrArray          *notes);
gpointer           _kr_canvas_ref_note            (gconstpointer       note,
                                                   gpointer            user_data);
/* The note keyboard commands act on: the focused one if selected, else the
 * last one picked. */
KrNote            *_kr_canvas_get_lead_note       (KrCanvas           *self);
/* The phase the user is at: of the focused title, curve point or note, or
 * of the lead note. NULL when there is none. */
KrPhase           *_kr_canvas_get_current_phase   (KrCanvas           *self);

/* kr-canvas-a11y.c */
void               _kr_canvas_sync_items          (KrCanvas           *self);
void               _kr_canvas_clear_items         (KrCanvas           *self);
void               _kr_canvas_allocate_items      (KrCanvas           *self);
KrCanvasItem      *_kr_canvas_find_item           (KrCanvas           *self,
                                                   gpointer            note_or_phase);
KrCanvasItem      *_kr_canvas_find_curve_item     (KrCanvas           *self,
                                                   KrPhase            *phase);
/* Gives keyboard focus to @item, scrolling to it. */
void               _kr_canvas_focus_widget_item   (KrCanvas           *self,
                                                   KrCanvasItem       *item);
/* Gives keyboard focus to the item of a note or phase, scrolling to it. */
void               _kr_canvas_focus_item          (KrCanvas           *self,
                                                   gpointer            note_or_phase);
KrCanvasItem      *_kr_canvas_get_focus_item      (KrCanvas           *self);
gboolean           _kr_canvas_focus               (GtkWidget          *widget,
                                                   GtkDirectionType    direction);
void               _kr_canvas_set_focus_child     (GtkWidget          *widget,
                                                   GtkWidget          *child);
char              *_kr_canvas_describe_note       (KrCanvas           *self,
                                                   KrNote             *note,
                                                   guint               phase_index,
                                                   char              **description);

/* kr-canvas-hit.c: what is under a place on the map */
KrPhase           *_kr_canvas_phase_title_at      (KrCanvas           *self,
                                                   double              map_x,
                                                   double              map_y);
gboolean           _kr_canvas_title_at            (KrCanvas           *self,
                                                   double              map_x,
                                                   double              map_y);
KrPhase           *_kr_canvas_curve_point_at      (KrCanvas           *self,
                                                   double              map_x,
                                                   double              map_y);
gboolean           _kr_canvas_is_note_lane        (KrLane              lane);
/* Where a note added at (@map_x, @map_y) goes: its phase, kind, place in
 * the time order, and for an activity its valence (else NAN). FALSE off
 * the lanes of notes. */
gboolean           _kr_canvas_new_note_at         (KrCanvas           *self,
                                                   double              map_x,
                                                   double              map_y,
                                                   KrPhase           **phase,
                                                   KrNoteKind         *kind,
                                                   guint              *index,
                                                   double             *valence);
void               _kr_canvas_set_cursor          (KrCanvas           *self,
                                                   const char         *name);
void               _kr_canvas_update_hover_cursor (KrCanvas           *self);
/* Focus on what was pressed, without scrolling to it. */
void               _kr_canvas_grab_item_focus     (KrCanvas           *self,
                                                   gpointer            note_or_phase);

/* kr-canvas-dnd.c */
void               _kr_canvas_dnd_init            (KrCanvas           *self);
void               _kr_canvas_cancel_drag         (KrCanvas           *self);

/* kr-canvas-pointer.c, after _kr_canvas_dnd_init () */
void               _kr_canvas_pointer_init        (KrCanvas           *self);

/* kr-canvas-feedback.c */
void               _kr_canvas_snapshot_drag       (KrCanvas           *self,
                                                   cairo_t            *cr);
/* The column of @phase in the layout on show. */
gboolean           _kr_canvas_phase_index         (KrCanvas           *self,
                                                   KrPhase            *phase,
                                                   guint              *index);

/* kr-canvas-keys.c */
void               _kr_canvas_keys_init           (KrCanvas           *self);
/* Moves the selection one step in time order (-1 or +1), across phase
 * boundaries at the ends of a lane. */
void               _kr_canvas_move_selection      (KrCanvas           *self,
                                                   int                 direction);

/* kr-canvas-actions.c */
void               _kr_canvas_actions_init        (KrCanvas           *self);
void               _kr_canvas_actions_update      (KrCanvas           *self);
/* Where a new note goes: after the lead note; else at the end of the
 * activities of the phase whose title or curve point has the focus; else
 * at the last click on an empty lane; else in the first phase. */
gboolean           _kr_canvas_find_insertion      (KrCanvas           *self,
                                                   KrPhase           **phase,
                                                   KrNoteKind         *kind,
                                                   guint              *index,
                                                   double             *valence);
void               _kr_canvas_add_note_at         (KrCanvas           *self,
                                                   KrPhase            *phase,
                                                   KrNoteKind          kind,
                                                   guint               index,
                                                   double              valence);
void               _kr_canvas_show_note_popover   (KrCanvas           *self,
                                                   KrNote             *note);
void               _kr_canvas_show_phase_menu     (KrCanvas           *self,
                                                   KrPhase            *phase);
/* The emotion wheel for a phase's "van … naar …" feelings. */
/* During a drag of notes: the curve value phase @phase will have once they
 * land, as the dashed preview shows it; FALSE for a gap or no drag. */
gboolean      _kr_canvas_get_preview_curve      (KrCanvas   *self,
                                                 guint       phase,
                                                 double     *value);
void          _kr_canvas_show_feeling_popover   (KrCanvas   *self,
                                                 KrPhase    *phase);
void               _kr_canvas_show_canvas_menu    (KrCanvas           *self,
                                                   double              widget_x,
                                                   double              widget_y);
/* Opens @popover pointing at @rect (canvas coordinates) on the side where
 * it fits; the map's menus, with @model, at a point. */
void               _kr_canvas_popup_at            (KrCanvas              *self,
                                                   GtkPopover            *popover,
                                                   const graphene_rect_t *rect);
void               _kr_canvas_popup_menu_at       (KrCanvas           *self,
                                                   GMenuModel         *model,
                                                   double              widget_x,
                                                   double              widget_y);
/* The sections of the map's own menu, at the end of @menu. */
void               _kr_canvas_append_map_menu     (GMenu              *menu);

/* kr-canvas-method.c: the map's ways into the method's panel and popovers */
/* The scope card's own menu: its title, and the journey's details. */
void               _kr_canvas_show_scope_menu     (KrCanvas           *self,
                                                   double              widget_x,
                                                   double              widget_y);
/* A phase's measures: CES, CSAT and NPS. */
void               _kr_canvas_show_metrics_popover (KrCanvas          *self,
                                                    KrPhase           *phase);
/* The writing guide under an activity being typed. */
void               _kr_canvas_attach_writing_help (KrCanvas           *self);
void               _kr_canvas_detach_writing_help (KrCanvas           *self);
void               _kr_canvas_present_method_popovers (KrCanvas       *self);
void               _kr_canvas_dispose_method_popovers (KrCanvas       *self);
void               _kr_canvas_present_popovers    (KrCanvas           *self);
void               _kr_canvas_dispose_popovers    (KrCanvas           *self);

/* kr-canvas-clipboard.c */
void               _kr_canvas_copy                (KrCanvas           *self);
void               _kr_canvas_cut                 (KrCanvas           *self);
void               _kr_canvas_paste               (KrCanvas           *self);
/* One note per line of @text, with the place chosen as for a new note or,
 * from a drop, at the map point (@x, @y). */
void               _kr_canvas_paste_text          (KrCanvas           *self,
                                                   const char         *text,
                                                   gboolean            at_point,
                                                   double              x,
                                                   double              y);

/* kr-canvas-edit.c */
void               _kr_canvas_begin_edit          (KrCanvas           *self,
                                                   KrNote             *note,
                                                   KrPhase            *phase,
                                                   gboolean            is_new);
/* kr-canvas.c: the "editing" property changed. */
void               _kr_canvas_notify_editing      (KrCanvas           *self);
/* The journey's title, in place on the map. */
void               _kr_canvas_begin_edit_title    (KrCanvas           *self);
/* Ends the edit, keeping the text when @commit. */
void               _kr_canvas_end_edit            (KrCanvas           *self,
                                                   gboolean            commit);
void               _kr_canvas_allocate_editor     (KrCanvas           *self);
void               _kr_canvas_snapshot_editor_ring (KrCanvas          *self,
                                                   cairo_t            *cr);
/* Ends an edit whose note or phase has left the journey. */
void               _kr_canvas_check_edit          (KrCanvas           *self);

G_END_DECLS
