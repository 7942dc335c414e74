#!/bin/bash
# rws-rstudio-auth: the sign-in check of the workspace's RStudio Server (its PAM helper
# interface: rserver, running as the owner, starts it with the user name as the argument and
# the password on standard input; exit status 0 admits). Admits only the owner (RWS_OWNER),
# with the service password rserver has from its root-only environment file.
[ "$#" -eq 1 ] || exit 1
pw=
IFS= read -r pw || true
[ -n "${RWS_SERVICE_PASSWORD:-}" ] && [ -n "${RWS_OWNER:-}" ] && [ "$1" = "$RWS_OWNER" ] && [ "$pw" = "$RWS_SERVICE_PASSWORD" ]
