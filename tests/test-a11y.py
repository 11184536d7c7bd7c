#!/usr/bin/python3
# test-a11y.py: what a screen reader finds on the journey map, over AT-SPI
#
# Copyright 2026 The Klantreis developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starts the real app on the sample journey and reads its accessibility tree
# with dogtail, as Orca would. Needs a display and a session bus:
#   xvfb-run -a dbus-run-session -- meson test -C build test-a11y

import os
import subprocess
import sys
import time

# What a screen reader announces as something to press or tick.
CONTROL_ROLES = ('push button', 'toggle button', 'menu button', 'split button', 'check box',
                 'radio button')

def main():
    app_path, sample = sys.argv[1], sys.argv[2]

    # The accessibility bus starts when the toolkit is asked for it.
    subprocess.run(['gsettings', 'set', 'org.gnome.desktop.interface',
                    'toolkit-accessibility', 'true'], check=False)
    env = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE='')
    env.pop('G_DEBUG', None)
    app = subprocess.Popen([app_path, sample], env=env)
    failures = []
    checks = 0

    def check(condition, message):
        nonlocal checks
        checks += 1
        if not condition:
            failures.append(message)
            print('not ok - ' + message)
        else:
            print('ok - ' + message)

    try:
        from dogtail import tree
        from dogtail.config import config
        config.searchShowingOnly = False
        config.defaultDelay = 0.2

        klantreis = None
        deadline = time.time() + 30
        while klantreis is None and time.time() < deadline:
            try:
                klantreis = tree.root.application('klantreis')
            except Exception:
                time.sleep(0.5)
        check(klantreis is not None, 'the app is on the accessibility bus')
        if klantreis is None:
            return 1

        def buttons():
            return klantreis.findChildren(lambda n: n.roleName == 'push button' and
                                          n.name.startswith(('Activity:', 'Pain:', 'Gain:',
                                                             'Improvement:', 'Phase ')),
                                          recursive=True)

        found = []
        deadline = time.time() + 20
        while len(found) < 65 and time.time() < deadline:
            found = buttons()
            if len(found) < 65:
                time.sleep(0.5)
        names = [n.name for n in found]

        # 59 notes and 6 phase titles in the sample.
        check(len(names) == 65, 'every note and phase title is a button (%d found)' % len(names))
        check(any(n.startswith('Activity: Ik moet iets met mijn woning') and
                  n.endswith('below the line, phase 1') for n in names),
              'an activity says what it is, its side of the line and its phase')
        check(any(n.startswith('Pain: Het aanvraagformulier is niet te vinden') for n in names),
              'a pain says it is a pain')
        check(any(n.startswith('Gain: ') for n in names), 'gains are named as gains')
        check(any(n.startswith('Phase 6: Ik wacht') for n in names), 'phase titles are named')
        focusable = [n for n in found[:10] if n.focusable]
        check(len(focusable) == min(10, len(found)), 'notes can take the keyboard focus')

        # A curve point is a slider a screen reader can name and read.
        sliders = klantreis.findChildren(lambda n: n.roleName == 'slider' and
                                         n.name.startswith('Emotion curve, phase '),
                                         recursive=True)
        check(len(sliders) == 6, 'every phase has a curve point as a slider (%d found)'
              % len(sliders))

        def badly_named(where):
            bad = []
            for n in klantreis.findChildren(lambda n: n.roleName in CONTROL_ROLES,
                                            recursive=True):
                name = n.name or ''
                half = name[:len(name) // 2].strip()
                if (not name.strip() or name.startswith(('Gtk', 'Adw')) or
                        '_' in name or (half and name == half + ' ' + half)):
                    bad.append('%s %r' % (n.roleName, name))
            check(not bad, 'every control %s has a name to say: %s' % (where, ', '.join(bad)))

        # The header bar's buttons and menu buttons, icons and all.
        badly_named('in the window')

        # And those of a note's popover, opened from the keyboard.
        # GTK 4.8 gives the window's extents for its own place on the
        # screen: the window manager puts this one at the top left.
        import pyatspi
        from dogtail import rawinput
        note = next(n for n in found if n.name.startswith('Activity: '))
        x, y, width, height = note.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        check(0 <= x and 0 <= y and width > 0 and height > 0,
              'the first activity is on the screen at %d,%d' % (x, y))
        rawinput.click(x + width // 2, y + height // 2)
        time.sleep(0.5)
        rawinput.keyCombo('<Alt>Return')
        def pain_button():
            return klantreis.findChildren(lambda n: n.roleName in CONTROL_ROLES and
                                          n.name == 'Pain', recursive=True)

        deadline = time.time() + 10
        while time.time() < deadline and not pain_button():
            time.sleep(0.5)
        check(bool(pain_button()), 'the note popover opens from the keyboard')
        badly_named('in a note\'s popover')
        rawinput.pressKey('Escape')
    finally:
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()

    print('%d passed, %d failed' % (checks - len(failures), len(failures)))
    return 1 if failures else 0

if __name__ == '__main__':
    sys.exit(main())
