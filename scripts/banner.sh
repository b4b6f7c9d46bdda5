#!/usr/bin/env bash
# Prints where Lüzhi runs and who can log in.
cat <<'TXT'

  履职 Lüzhi is running.

  Open:      http://localhost:8080
  API:       http://localhost:8080/api/v1   (contract: openapi.yaml, live: http://localhost:8081/q/openapi)
  Keycloak:  http://localhost:8180          (console user kcadmin / kcadmin)
  Mail:      the platform mails through a local server that keeps every message (nothing leaves the machine):
             SMTP 127.0.0.1:2525; read them at http://localhost:8025/api/user/unit1@demo.luzhi.invalid/messages/
             (any demo user's address: <username>@demo.luzhi.invalid) or with an IMAP client on 127.0.0.1:3143
             (user = the address, any password)

  Demo users (password luzhi123 for all):
    admin       系统管理员   刘强
    staff1      常委会工作人员 王芳
    leader1     常委会领导   陈志远
    committee1  专门委员会   赵敏
    deputy1     人大代表     王建国
    unit1       承办单位     李明（县住房和城乡建设局）
    staff2      另一人大（城关镇）的工作人员 孙丽
  Service account for scripts: client luzhi-integration / secret luzhi-integration-secret

  Stop with: make stop
TXT
