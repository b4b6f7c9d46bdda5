-- Keycloak keeps its own database beside Lüzhi's.
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY 'change-me-keycloak';
GRANT ALL ON keycloak.* TO 'keycloak'@'%';
