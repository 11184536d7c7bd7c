/* kr-export-private.h: what the handout's content and its drawing share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "kr-export.h"
#include "kr-painter-private.h"

G_BEGIN_DECLS

#define MARGIN          36.0    /* what office printers can reach */
#define FOOTER_HEIGHT   28.0    /* the footer line and the gap above it */
#define LEGEND_HEIGHT   30.0
#define COLUMN_MIN_WIDTH 330.0  /* the text pages set as many columns as fit */
#define COLUMN_GAP      28.0
#define SHORT_BLOCK_LINES 4     /* a block this short is never parted */
#define VALENCE_INDENT  27.0    /* room for "+2.5" beside an activity */

#define BODY_SIZE       10.5
#define META_SIZE       8.5
#define H1_SIZE         18.0
#define H2_SIZE         12.5
#define H3_SIZE         10.5
#define FOOTER_SIZE     8.0
#define SUBTITLE_SIZE   9.5
#define SUBTITLE_GAP    3.0     /* between a map page's title and the line under it */
#define MAP_GAP         10.0    /* between the heading of a map page and the map */

typedef enum
{
  MARKER_NONE,
  MARKER_BULLET,
  MARKER_STAR,
  MARKER_PAIN,
  MARKER_GAIN,
  MARKER_IMPROVEMENT,
  MARKER_VALENCE,              /* an activity's valence, "+3", in a tinted box */
} Marker;

typedef enum
{
  BLOCK_H2,
  BLOCK_H3,
  BLOCK_TEXT,
  BLOCK_ITEM,
} BlockKind;

typedef struct
{
  BlockKind    kind;
  Marker       marker;
  double       valence;        /* MARKER_VALENCE */
  PangoLayout *layout;
  double       x;              /* the indent for the marker, at the start of the line */
  gboolean     rtl;            /* Arabic or Hebrew: the start of a line is on the right */
  double       space_before;
  guint        n_lines;
  double      *line_top;       /* in the layout, points */
  double      *line_bottom;
} Block;

typedef struct
{
  char  *title;                /* the heading of each of its pages */
  char  *outline;              /* the PDF bookmark */
  guint  first_block;
  guint  n_blocks;
} Section;

typedef enum
{
  PAGE_MAP,
  PAGE_TEXT,
} PageKind;

typedef struct
{
  guint  block;
  guint  first_line;
  guint  n_lines;
  double x;                    /* of its column, from the page's margin */
  double y;                    /* of the top of the first line, on the page */
} Piece;

typedef struct
{
  PageKind  kind;
  guint     map;               /* a map page: which part of the map */
  int       section;           /* -1 for the map */
  gboolean  continued;
  GArray   *pieces;            /* of Piece */
} Page;

struct _KrHandout
{
  KrJourney      *journey;
  KrExportLayout  layout_kind;
  char           *title;
  char           *date;
  double          width, height;
  guint           n_columns;   /* of text, side by side on a text page */
  double          column_width;

  KrStyle        *style;
  GPtrArray      *maps;        /* of KrLayout: the map, or its parts, a page each */
  double          map_top;     /* below the heading of a map page */
  PangoContext   *context;
  char           *family;

  GArray         *blocks;      /* of Block */
  GArray         *sections;    /* of Section */
  GArray         *pages;       /* of Page */
};

const char *
kr_handout_tr (const char *msgid);

/* "+3", "−2", "0", "+2.5": an activity's valence as the handout writes it. */
char *
kr_handout_format_valence (double value);

PangoLayout *
kr_handout_new_layout (KrHandout  *self,
                       double      size,
                       PangoWeight weight,
                       double      width);

/* The width of a column of text. */
double
kr_handout_text_width (KrHandout *self);

char *
kr_handout_continued_title (const Section *section,
                            gboolean       continued);

/* The map pages (kr-export-map.c). */
void
kr_handout_build_map (KrHandout *self);

PangoLayout *
kr_handout_map_title (KrHandout *self);

char *
kr_handout_kind_line (KrJourney *journey);

/* Where a map page draws @map: its top left, and the scale, which is 1
 * unless a phase is too full for any page. */
void
kr_handout_map_placement (KrHandout      *self,
                          const KrLayout *map,
                          double         *x,
                          double         *y,
                          double         *scale);

/* "Phases 3–4 of 7" on a page of the map in parts; NULL for the whole map. */
char *
kr_handout_part_marker (KrHandout *self,
                        guint      map);

G_END_DECLS
