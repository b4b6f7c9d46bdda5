#!/usr/bin/env bash
# Benchmark: the deputies list at scale. Loads N deputies (default 100000) into a bench database of the test
# MariaDB, starts the built backend against it and times the API with curl (median and p95 of 20 calls each).
# Prints figures; asserts nothing.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd); cd "$ROOT"
N=${N:-100000}
PORT=8095
DB=luzhi_test_bench
scripts/stack.sh start-infra test >/dev/null
MDB=".run/dist/mariadb/bin/mariadb --no-defaults --socket=.run/test/mariadb.sock -uroot"
[ -f backend/target/quarkus-app/quarkus-run.jar ] || (cd backend && mvn -B -q package -DskipTests)
$MDB -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  GRANT ALL ON $DB.* TO 'luzhi'@'127.0.0.1';"
LUZHI_HTTP_PORT=$PORT LUZHI_DB_URL="jdbc:mysql://127.0.0.1:13307/$DB" LUZHI_KEYCLOAK_URL=http://localhost:8190 LUZHI_DEMO_DATA=true \
  java -Xmx512m -jar backend/target/quarkus-app/quarkus-run.jar > .run/test/logs/bench-backend.log 2>&1 &
API=$!
trap 'kill $API 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 1; done

echo "loading $N deputies ..."
t0=$(date +%s.%N)
$MDB $DB <<SQL
SET SESSION max_recursive_iterations = 10000000;
INSERT INTO person (name, gender, ethnicity, birth_date, id_number, phone, version, created_at, updated_at)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < $N)
SELECT CONCAT(ELT(1 + n % 20, '王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','马','朱','胡','郭','何','林','高','罗'),
              ELT(1 + (n DIV 20) % 12, '建国','秀英','志强','丽娟','海涛','春梅','德明','晓燕','国庆','玉兰','文博','静怡'), n),
       IF(n % 3 = 0, 'FEMALE', 'MALE'), '汉族', DATE_ADD('1960-01-01', INTERVAL n % 12000 DAY),
       CONCAT('B', LPAD(n, 17, '0')), CONCAT('139', LPAD(n, 8, '0')), 0, NOW(6), NOW(6) FROM seq;
INSERT INTO deputy_mandate (congress_id, person_id, name, term, delegation_id, station_id, party, occupation_group, occupation, status, version, created_at, updated_at)
SELECT 1, p.id, p.name, 18, 1 + p.id % 8, 1 + p.id % 8, ELT(1 + p.id % 4, 'CPC','CPC','DEMOCRATIC_PARTY','MASSES'),
       ELT(1 + p.id % 6, 'WORKER','FARMER','PROFESSIONAL','OFFICIAL','ENTERPRISE','OTHER'),
       CONCAT(ELT(1 + p.id % 5, '村党支部书记','中学教师','企业职工','个体工商户','种粮大户'), p.id), 'ACTIVE', 0, NOW(6), NOW(6)
FROM person p WHERE p.id_number LIKE 'B%';
ANALYZE TABLE person, deputy_mandate;
SQL
t1=$(date +%s.%N)
printf 'loaded %s deputies in %.1f s\n' "$N" "$(echo "$t1 - $t0" | bc)"

TOKEN=$(curl -s -d grant_type=password -d client_id=luzhi-cli -d username=staff1 -d password=luzhi123 \
  http://localhost:8190/realms/luzhi/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
measure() { # label url
  local times=() t
  for _ in $(seq 1 20); do
    t=$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$2")
    times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v l="$1" '{a[NR]=$1} END {printf "%-46s median %6.1f ms   p95 %6.1f ms\n", l, a[int(NR/2)+1]*1000, a[int(NR*0.95)]*1000}'
}
echo "figures over $N deputies (20 calls each, one client, 2 cores):"
measure "first page, sorted by name"            "/api/v1/deputies?size=20&sort=name,asc"
measure "page 100, sorted by name"              "/api/v1/deputies?size=20&page=100&sort=name,asc"
measure "filter delegation + party"             "/api/v1/deputies?delegationId=4&party=DEMOCRATIC_PARTY&size=20"
measure "search name substring (q=建国12)"       "/api/v1/deputies?q=%E5%BB%BA%E5%9B%BD12&size=20"
measure "search occupation substring (q=种粮)"   "/api/v1/deputies?q=%E7%A7%8D%E7%B2%AE&size=20"
measure "one deputy by id"                      "/api/v1/deputies/1000"
measure "units list"                            "/api/v1/units?size=50"
rss=$(ps -o rss= -p $API); echo "backend resident memory after the run: $((rss / 1024)) MB"

# ---- evaluation: recompute every score over 5,000,000 activity participations ----------------------------
A=${A:-5000000}
YEAR=$(TZ=Asia/Shanghai date +%Y)
ACTS=$((A / 100))
echo "loading $ACTS activities with 100 deputies each ($A participations) in $YEAR ..."
t0=$(date +%s.%N)
$MDB $DB <<SQL
SET SESSION max_recursive_iterations = 10000000;
INSERT INTO activity (congress_id, type_id, title, occurred_on, status, version, created_at, updated_at)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < $ACTS)
SELECT 1, 1 + n % 11, CONCAT('基准活动', n), DATE_ADD('$YEAR-01-01', INTERVAL n % 330 DAY), 'CONFIRMED', 0, NOW(6), NOW(6) FROM seq;
SET @lo = (SELECT MIN(id) FROM deputy_mandate WHERE congress_id = 1);
SET @n = (SELECT COUNT(*) FROM deputy_mandate WHERE congress_id = 1);
INSERT INTO activity_participant (activity_id, mandate_id, congress_id, year, type_id, counted, attendance, rating)
WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i < 99)
SELECT a.id, @lo + (a.id * 100 + k.i) % @n, 1, YEAR(a.occurred_on), a.type_id, TRUE,
       ELT(1 + (a.id + k.i) % 10, 'PRESENT','PRESENT','PRESENT','PRESENT','PRESENT','PRESENT','PRESENT','PRESENT','LEAVE','ABSENT'),
       IF(a.type_id = 9, 60 + (a.id + k.i) % 40, NULL)
FROM activity a CROSS JOIN k WHERE a.title LIKE '基准活动%';
ANALYZE TABLE activity, activity_participant;
SQL
t1=$(date +%s.%N)
printf 'loaded %s participations in %.1f s\n' "$A" "$(echo "$t1 - $t0" | bc)"
TOKEN=$(curl -s -d grant_type=password -d client_id=luzhi-cli -d username=staff1 -d password=luzhi123 \
  http://localhost:8190/realms/luzhi/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
post() { curl -s -w ' %{time_total}' -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "http://127.0.0.1:$PORT$1" ${2:+-d "$2"}; }
echo "recompute all scores for $YEAR (the demo scheme: 13 indicators), three runs:"
for run in 1 2 3; do
  out=$(post "/api/v1/evaluation/scores/recompute?year=$YEAR")
  echo "  run $run: $(sed -E 's/.*"deputies":([0-9]+).*"millis":([0-9]+).*\} ([0-9.]+)$/\1 deputies, \2 ms in the engine, \3 s over HTTP/' <<<"$out")"
done
DEP=$($MDB -N $DB -e "SELECT MIN(id) + 4242 FROM deputy_mandate WHERE congress_id = 1")
measure "one deputy's score with its breakdown"  "/api/v1/evaluation/scores/$DEP?year=$YEAR"
measure "one deputy's dossier (一人一档)"         "/api/v1/evaluation/dossiers/$DEP?year=$YEAR"
measure "ranking, first page"                    "/api/v1/evaluation/scores?year=$YEAR&size=20"
measure "ranking, page 2000 (offset)"            "/api/v1/evaluation/scores?year=$YEAR&size=20&page=2000"
CUR=$($MDB -N $DB -e "SELECT CONCAT(rank_no, ':', mandate_id) FROM score WHERE congress_id = 1 AND year = $YEAR ORDER BY rank_no, mandate_id LIMIT 1 OFFSET 39999")
measure "ranking, after row 40,000 (keyset)"     "/api/v1/evaluation/scores?year=$YEAR&size=20&after=$CUR"
exp=$(curl -s -o /tmp/luzhi-bench-scores.csv -w '%{time_total} %{size_download}' -H "Authorization: Bearer $TOKEN" \
  "http://127.0.0.1:$PORT/api/v1/evaluation/scores/export?year=$YEAR")
echo "export the whole ranking as CSV: $(($(wc -l < /tmp/luzhi-bench-scores.csv) - 1)) rows, ${exp#* } bytes in ${exp%% *} s"
rm -f /tmp/luzhi-bench-scores.csv
body="{\"typeId\":3,\"title\":\"基准视察\",\"occurredOn\":\"$YEAR-06-01\",\"participants\":[{\"deputyId\":$DEP,\"attendance\":\"PRESENT\"}]}"
out=$(post /api/v1/evaluation/activities "$body" | tail -c 12)
echo "record one activity (its deputy's score recomputed in the same request): ${out##* } s"
rss=$(ps -o rss= -p $API); echo "backend resident memory after the evaluation run: $((rss / 1024)) MB"
