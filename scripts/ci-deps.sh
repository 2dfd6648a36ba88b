#!/bin/sh
# Installs the system tools the tests use as real peers: curl, openssl, update-ca-certificates
# (Debian package ca-certificates), git (with git-http-backend), python3 (urllib proxy client)
# and tmux (a real terminal for the operator view). Idempotent: does nothing when all are present.
# Works as root (CI containers) without sudo, and with sudo otherwise.
set -eu

missing=""
command -v curl >/dev/null 2>&1 || missing="$missing curl"
command -v openssl >/dev/null 2>&1 || missing="$missing openssl"
command -v git >/dev/null 2>&1 || missing="$missing git"
command -v python3 >/dev/null 2>&1 || missing="$missing python3"
command -v tmux >/dev/null 2>&1 || missing="$missing tmux"
# update-ca-certificates lives in /usr/sbin, which is not on every user's PATH.
if ! command -v update-ca-certificates >/dev/null 2>&1 && [ ! -x /usr/sbin/update-ca-certificates ]; then
  missing="$missing update-ca-certificates"
fi

if [ -z "$missing" ]; then
  echo "ci-deps: curl, openssl, update-ca-certificates, git, python3 and tmux are present"
  exit 0
fi

echo "ci-deps: missing:$missing"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ci-deps: apt-get not found; install curl, openssl, ca-certificates and git with this system's package manager" >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "ci-deps: not root and sudo not found; run as root: apt-get install curl openssl ca-certificates git" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends curl openssl ca-certificates git python3 tmux
echo "ci-deps: installed"
