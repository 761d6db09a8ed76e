#!/usr/bin/env bash
# Installs dependencies and builds the CMS and the site for production.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
install_deps
setup_env
build_cms
build_web
