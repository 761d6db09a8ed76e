#!/usr/bin/env bash
# Seeds the demo content into the CMS's configured database (idempotent).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
install_deps
setup_env
build_cms
(cd cms && node --disable-warning=MODULE_TYPELESS_PACKAGE_JSON scripts/seed.mts)
