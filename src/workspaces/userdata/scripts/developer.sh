#!/bin/bash
# Developer conveniences: GitHub CLI credentials from a secret, dotfiles with yadm, a
# bootstrap script run once as the owner.

rws_home_of() {
  getent passwd "$1" | cut -d: -f6
}

# rws_dev_github OWNER KIND LOCATION: writes the GitHub CLI's hosts.yml (0600, the owner's).
rws_dev_github() {
  local tok home
  rws_secret_value tok "$2" "$3"
  [[ $tok =~ ^(gh[pousr]_[A-Za-z0-9_]{20,251}|github_pat_[A-Za-z0-9_]{20,251}|[0-9a-f]{40})$ ]] ||
    rws_fail "the secret $3 does not hold a GitHub token (ghp_..., github_pat_...). Fix: store only the token in it"
  home=$(rws_home_of "$1")
  # Written as the owner, never by root inside the home (see rws_user_put).
  if printf 'github.com:\n    oauth_token: %s\n    git_protocol: https\n' "$tok" | rws_user_put "$1" "$home/.config/gh/hosts.yml" 0600; then
    rws_log "GitHub CLI credentials of $1 written from $3"
  fi
}

# rws_dev_dotfiles OWNER URL: clones the dotfiles repository with yadm, once.
rws_dev_dotfiles() {
  local home
  home=$(rws_home_of "$1")
  if [ -d "$home/.local/share/yadm/repo.git" ]; then
    rws_log "dotfiles of $1 already cloned"
    return 0
  fi
  command -v yadm >/dev/null 2>&1 || rws_net yadm
  rws_net dotfiles "$1" "$2" "$home"
}

# rws_dev_bootstrap OWNER FILE: the workspace's bootstrap script, as the owner, in the home
# (the script comes on standard input: the payload folder is root's).
rws_dev_bootstrap() {
  local rc=0
  # The owner changes into the home, not root (a home that is a link leads nowhere root can be).
  # shellcheck disable=SC2016
  rws_as "$1" /bin/bash -c 'cd -- "$HOME" && exec /bin/bash -s' <"$2" || rc=$?
  [ "$rc" -eq 0 ] || rws_fail "the bootstrap script exited with status $rc (run as $1; its output is in the log above). Fix: correct developer.bootstrapScript; the next run retries it"
}

# rws_shell_of USER SHELL: sets a template account's login shell.
rws_shell_of() {
  [ "$(getent passwd "$1" | cut -d: -f7)" = "$2" ] || usermod -s "$2" "$1"
}
