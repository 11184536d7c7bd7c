#!/usr/bin/env bash
# Installs the Debian 12 packages that building, running and testing
# Klantreis need, but only those that are missing. Sourced by run and test.

KR_BUILD_PACKAGES=(
  gcc meson ninja-build pkg-config gettext itstool
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libgtk-4-bin libadwaita-1-dev
  libjson-glib-dev libcairo2-dev libpango1.0-dev zlib1g-dev
  desktop-file-utils appstream shared-mime-info libxml2-utils
)
KR_TEST_PACKAGES=(
  libglib-testing-0-dev python3 python3-jsonschema yelp-tools
  xvfb xauth dbus dbus-x11 locales at-spi2-core python3-dogtail
  libpoppler-glib-dev poppler-utils libgl1-mesa-dri
  openbox libx11-dev libxtst-dev gsettings-desktop-schemas xdotool
  # Emoji in notes are drawn by an emoji font; the export tests look at them.
  fonts-noto-color-emoji
)

kr_missing_packages () {
  local pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      printf '%s\n' "$pkg"
    fi
  done
}

kr_install_packages () {
  local missing
  mapfile -t missing < <(kr_missing_packages "$@")
  if ((${#missing[@]} == 0)); then
    return 0
  fi

  echo "Installing: ${missing[*]}"
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# The Dutch locale, so that the translation can be tested as a user sees it.
kr_ensure_dutch_locale () {
  if locale -a 2>/dev/null | grep -qi '^nl_NL\.utf-\?8$'; then
    return 0
  fi
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
  fi
  "${sudo[@]}" sed -i 's/^# *\(nl_NL.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  grep -q '^nl_NL.UTF-8 UTF-8' /etc/locale.gen || echo 'nl_NL.UTF-8 UTF-8' | "${sudo[@]}" tee -a /etc/locale.gen >/dev/null
  "${sudo[@]}" locale-gen >/dev/null
}
