#!/usr/bin/env bash
# Browser and server tests need Debian's chromium and nginx (a test tool's own browser
# download cannot work here). Installs them when missing and we are root with apt;
# otherwise says exactly what to install.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "Устанавливаю для тестов: ${missing[*]} (apt-get)…" >&2
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >&2
else
	echo "Для тестов нужны пакеты: ${missing[*]}. Установите их, например: sudo apt-get install ${missing[*]}" >&2
	exit 1
fi
