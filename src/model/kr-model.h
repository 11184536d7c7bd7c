/* kr-model.h: the document layer in one include
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kr-autosave.h"
#include "kr-coach.h"
#include "kr-command.h"
#include "kr-edits.h"
#include "kr-emotion.h"
#include "kr-history.h"
#include "kr-journey.h"
#include "kr-journey-diff.h"
#include "kr-journey-io.h"
#include "kr-method.h"
#include "kr-note.h"
#include "kr-persona.h"
#include "kr-phase.h"
#include "kr-recovery.h"
#include "kr-template.h"
