// Whole-file renderers for heldout-y114: each puts one provider value (Tok) into a realistic
// config / infrastructure file with non-secret neighbours (digests, ids, hosts). Skipped by the
// loader (leading "_").
import {
  type FileDoc, type Gen, type Tok, SVCS, b64e, camel, dotted, kebab, oneLine, pascal, snake, split, yq, yv,
} from "./_gen.ts";

export type Renderer = { name: string; render: (g: Gen, t: Tok) => FileDoc };

const img = (g: Gen, svc: string) => `registry.example.com/acme/${svc}@sha256:${g.sha256()}`;
const envLines = (t: Tok, fmt: (k: string, v: string) => string) => [...t.comp.map(([k, v]) => fmt(k, v)), fmt(t.env, t.value)];
const q = (v: string) => JSON.stringify(v);
const sq = (v: string) => `'${v.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

// ---------------------------------------------------------------- deploy / infra

export const DEPLOY: Renderer[] = [
  {
    name: "docker-compose.yml environment",
    render: (g, t) => {
      const svc = g.pick(SVCS);
      const env = envLines(t, (k, v) => `      ${k}: ${yv(v, 6)}`).join("\n");
      return { path: "docker-compose.prod.yml", lang: "yaml", kind: "docker-compose file", content:
`# compose file for the ${svc} stack (prod)
services:
  ${svc}:
    image: ${img(g, svc)}
    restart: unless-stopped
    ports:
      - "8080:8080"
    environment:
      NODE_ENV: production
      LOG_LEVEL: info
${env}
    healthcheck:
      test: ["CMD", "wget", "-qO-", "http://localhost:8080/healthz"]
      interval: 30s
  postgres:
    image: postgres:16.4@sha256:${g.sha256()}
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}
` };
    },
  },
  {
    name: "Kubernetes Secret (stringData) + Deployment, multi-document",
    render: (g, t) => {
      const svc = g.pick(SVCS);
      const data = envLines(t, (k, v) => `  ${k}: ${yv(v, 2)}`).join("\n");
      return { path: `k8s/${svc}/secret.yaml`, lang: "yaml", kind: "Kubernetes manifest", content:
`apiVersion: v1
kind: Secret
metadata:
  name: ${svc}-env
  namespace: prod
  labels:
    app.kubernetes.io/name: ${svc}
type: Opaque
stringData:
${data}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${svc}
  namespace: prod
spec:
  replicas: 3
  selector:
    matchLabels:
      app: ${svc}
  template:
    metadata:
      labels:
        app: ${svc}
      annotations:
        checksum/secret: ${g.sha256()}
    spec:
      containers:
        - name: ${svc}
          image: ${img(g, svc)}
          envFrom:
            - secretRef:
                name: ${svc}-env
` };
    },
  },
  {
    name: "Kubernetes Secret (base64 data)",
    render: (g, t) => {
      const svc = g.pick(SVCS);
      const data = envLines(t, (k, v) => `  ${k}: ${b64e(v)}`).join("\n");
      return { path: `manifests/${svc}-secret.yaml`, lang: "yaml", kind: "Kubernetes Secret", content:
`# kubectl get secret ${svc}-credentials -n prod -o yaml
apiVersion: v1
data:
${data}
kind: Secret
metadata:
  creationTimestamp: "2024-0${g.range(1, 9)}-1${g.range(0, 9)}T0${g.range(0, 9)}:2${g.range(0, 9)}:11Z"
  name: ${svc}-credentials
  namespace: prod
  resourceVersion: "${g.dig(8)}"
  uid: ${g.uuid()}
type: Opaque
` };
    },
  },
  {
    name: "Helm values.yaml (nested)",
    render: (g, t) => {
      const svc = g.pick(SVCS);
      const [sec, key] = split(t.env);
      const comp = t.comp.map(([k, v]) => `    ${camel(split(k)[1])}: ${yv(v, 4)}`).join("\n");
      return { path: `charts/${svc}/values-prod.yaml`, lang: "yaml", kind: "Helm values file", content:
`replicaCount: 2
image:
  repository: registry.example.com/acme/${svc}
  digest: sha256:${g.sha256()}
  pullPolicy: IfNotPresent
ingress:
  enabled: true
  hosts:
    - host: ${svc}.example.com
      paths: ["/"]
integrations:
  ${sec}:
    enabled: true
${comp ? comp + "\n" : ""}    ${camel(key)}: ${yv(t.value, 4)}
resources:
  limits: { cpu: 500m, memory: 512Mi }
podAnnotations:
  commit: ${g.sha1()}
` };
    },
  },
  {
    name: "Terraform terraform.tfvars",
    render: (g, t) => ({ path: `envs/prod/terraform.tfvars`, lang: "hcl", kind: "Terraform tfvars file", content:
`# prod
project     = "acme-prod"
region      = "${g.pick(["eu-west-1", "us-east-2", "europe-west4"])}"
environment = "production"
ami_id      = "ami-${g.hex(17)}"
${envLines(t, (k, v) => `${snake(k).padEnd(11)} = ${v.includes("\n") ? `<<-EOT\n${v}\nEOT` : q(v)}`).join("\n")}
tags = {
  owner = "platform"
  cost  = "cc-${g.dig(4)}"
}
` }),
  },
  {
    name: "Terraform .tf (kubernetes_secret resource)",
    render: (g, t) => {
      const svc = g.pick(SVCS);
      return { path: `modules/${svc}/secrets.tf`, lang: "hcl", kind: "Terraform configuration", content:
`terraform {
  required_providers {
    kubernetes = { source = "hashicorp/kubernetes", version = "~> 2.31" }
  }
}

resource "kubernetes_secret" "${snake(svc)}_env" {
  metadata {
    name      = "${svc}-env"
    namespace = "prod"
  }
  data = {
${envLines(t, (k, v) => `    ${k} = ${v.includes("\n") ? `<<-EOT\n${v}\n    EOT` : q(v)}`).join("\n")}
  }
}
` };
    },
  },
  {
    name: "Terraform state (terraform.tfstate JSON)",
    render: (g, t) => {
      const svc = g.pick(SVCS);
      const res = envLines(t, (k, v) => k).map((k, i) => {
        const v = i === t.comp.length ? t.value : t.comp[i]![1];
        return {
          mode: "managed", type: "aws_ssm_parameter", name: snake(k), provider: "provider[\"registry.terraform.io/hashicorp/aws\"]",
          instances: [{ schema_version: 0, attributes: { arn: `arn:aws:ssm:eu-west-1:${g.dig(12)}:parameter/${svc}/${k}`, name: `/${svc}/${k}`, type: "SecureString", value: v, version: g.range(1, 9), tier: "Standard", key_id: "alias/aws/ssm", id: `/${svc}/${k}` }, sensitive_attributes: [[{ type: "get_attr", value: "value" }]] }],
        };
      });
      return { path: "terraform.tfstate", lang: "json", kind: "Terraform state file", content: JSON.stringify({ version: 4, terraform_version: "1.9.5", serial: g.range(10, 400), lineage: g.uuid(), outputs: {}, resources: res, check_results: null }, null, 2) };
    },
  },
  {
    name: "Ansible group_vars YAML",
    render: (g, t) => ({ path: `inventories/prod/group_vars/${g.pick(["all", "app", "web"])}.yml`, lang: "yaml", kind: "Ansible group_vars file", content:
`---
app_user: deploy
app_dir: /srv/${g.pick(SVCS)}
app_release_sha: ${g.sha1()}
nginx_worker_processes: auto
${envLines(t, (k, v) => `${snake(k)}: ${yv(v, 0)}`).join("\n")}
ntp_servers:
  - ntp1.example.org
` }),
  },
  {
    name: "Ansible INI inventory with group vars",
    render: (g, t) => ({ path: "inventories/prod/hosts.ini", lang: "ini", kind: "Ansible inventory", content:
`[web]
web-01.example.net ansible_host=10.0.${g.range(1, 9)}.11
web-02.example.net ansible_host=10.0.${g.range(1, 9)}.12

[web:vars]
ansible_user=ubuntu
ansible_python_interpreter=/usr/bin/python3
${envLines(t, (k, v) => `${snake(k)}=${v.includes("\n") ? q(oneLine(v)) : v}`).join("\n")}
` }),
  },
  {
    name: "GitHub Actions workflow env",
    render: (g, t) => ({ path: `.github/workflows/${g.pick(["deploy", "release", "nightly"])}.yml`, lang: "yaml", kind: "GitHub Actions workflow", content:
`name: deploy
on:
  push:
    branches: [main]
env:
${envLines(t, (k, v) => `  ${k}: ${yv(v, 2)}`).join("\n")}
jobs:
  deploy:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@${g.sha1()} # v4.2.2
      - uses: actions/setup-node@${g.sha1()} # v4.1.0
        with:
          node-version: 20
      - run: npm ci && npm run deploy
` }),
  },
  {
    name: "GitLab CI variables",
    render: (g, t) => ({ path: ".gitlab-ci.yml", lang: "yaml", kind: "GitLab CI config", content:
`stages: [build, deploy]
variables:
  DOCKER_DRIVER: overlay2
${envLines(t, (k, v) => `  ${k}: ${yv(v, 2)}`).join("\n")}
build:
  stage: build
  image: docker:27@sha256:${g.sha256()}
  script:
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
deploy:
  stage: deploy
  script:
    - ./scripts/deploy.sh
  only: [main]
` }),
  },
  {
    name: "CircleCI config environment",
    render: (g, t) => ({ path: ".circleci/config.yml", lang: "yaml", kind: "CircleCI config", content:
`version: 2.1
orbs:
  node: circleci/node@5.2.0
jobs:
  release:
    docker:
      - image: cimg/node:20.17
    environment:
${envLines(t, (k, v) => `      ${k}: ${yv(v, 6)}`).join("\n")}
    steps:
      - checkout
      - run: npm ci
      - run: npm run release
workflows:
  main:
    jobs: [release]
` }),
  },
  {
    name: "Azure Pipelines variables",
    render: (g, t) => ({ path: "azure-pipelines.yml", lang: "yaml", kind: "Azure Pipelines YAML", content:
`trigger:
  branches:
    include: [main]
pool:
  vmImage: ubuntu-latest
variables:
  - name: buildConfiguration
    value: Release
${envLines(t, (k, v) => `  - name: ${k}\n    value: ${yv(v, 4)}`).join("\n")}
steps:
  - task: UseDotNet@2
    inputs:
      version: 8.x
  - script: dotnet publish -c $(buildConfiguration)
` }),
  },
  {
    name: "systemd unit Environment=",
    render: (g, t) => {
      const svc = g.pick(SVCS);
      return { path: `/etc/systemd/system/${svc}.service`, lang: "ini", kind: "systemd unit", content:
`[Unit]
Description=${svc} service
After=network-online.target

[Service]
User=${svc}
WorkingDirectory=/opt/${svc}
${envLines(t, (k, v) => `Environment="${k}=${oneLine(v)}"`).join("\n")}
Environment="RELEASE=${g.sha1().slice(0, 12)}"
ExecStart=/opt/${svc}/bin/${svc} --port 8080
Restart=on-failure

[Install]
WantedBy=multi-user.target
` };
    },
  },
  {
    name: "crontab with environment lines",
    render: (g, t) => ({ path: "crontab.txt", lang: "crontab", kind: "crontab", content:
`# m h  dom mon dow   command
SHELL=/bin/bash
MAILTO=ops@example.com
${envLines(t, (k, v) => `${k}=${oneLine(v)}`).join("\n")}
${g.range(0, 59)} 3 * * * /opt/jobs/nightly-sync.sh >> /var/log/nightly-sync.log 2>&1
*/15 * * * * /opt/jobs/reconcile.py --since 15m
` }),
  },
  {
    name: "Jenkinsfile environment block",
    render: (g, t) => ({ path: "Jenkinsfile", lang: "groovy", kind: "Jenkinsfile", content:
`pipeline {
  agent { label 'linux' }
  environment {
${envLines(t, (k, v) => `    ${k} = ${v.includes("\n") ? `'''${v}'''` : sq(v)}`).join("\n")}
    IMAGE_TAG = "\${env.GIT_COMMIT.take(12)}"
  }
  stages {
    stage('Deploy') {
      steps { sh './deploy.sh prod' }
    }
  }
}
` }),
  },
  {
    name: "ECS task definition JSON",
    render: (g, t) => {
      const svc = g.pick(SVCS);
      return { path: `ecs/${svc}-taskdef.json`, lang: "json", kind: "ECS task definition", content: JSON.stringify({
        family: svc, networkMode: "awsvpc", cpu: "512", memory: "1024",
        executionRoleArn: `arn:aws:iam::${g.dig(12)}:role/ecsTaskExecutionRole`,
        containerDefinitions: [{ name: svc, image: img(g, svc), essential: true, portMappings: [{ containerPort: 8080 }],
          environment: [{ name: "NODE_ENV", value: "production" }, ...envLines(t, (k, v) => JSON.stringify({ name: k, value: v })).map((s) => JSON.parse(s) as unknown)],
          logConfiguration: { logDriver: "awslogs", options: { "awslogs-group": `/ecs/${svc}`, "awslogs-region": "eu-west-1" } } }],
      }, null, 2) };
    },
  },
  {
    name: "serverless.yml provider.environment",
    render: (g, t) => ({ path: "serverless.yml", lang: "yaml", kind: "Serverless Framework config", content:
`service: ${g.pick(SVCS)}-fn
frameworkVersion: "3"
provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-1
  environment:
${envLines(t, (k, v) => `    ${k}: ${yv(v, 4)}`).join("\n")}
functions:
  handler:
    handler: dist/handler.main
    events:
      - httpApi: "POST /events"
` }),
  },
  {
    name: "Nomad job env stanza",
    render: (g, t) => {
      const svc = g.pick(SVCS);
      return { path: `nomad/${svc}.nomad.hcl`, lang: "hcl", kind: "Nomad job spec", content:
`job "${svc}" {
  datacenters = ["dc1"]
  group "app" {
    count = 2
    task "${svc}" {
      driver = "docker"
      config {
        image = "${img(g, svc)}"
      }
      env {
${envLines(t, (k, v) => `        ${k} = ${v.includes("\n") ? `<<EOF\n${v}\nEOF` : q(v)}`).join("\n")}
      }
    }
  }
}
` };
    },
  },
  {
    name: "cloud-init user-data write_files",
    render: (g, t) => ({ path: "cloud-init/user-data.yaml", lang: "yaml", kind: "cloud-init user-data", content:
`#cloud-config
hostname: app-${g.lan(4)}
users:
  - name: deploy
    ssh_authorized_keys:
      - ${g.sshEd("deploy@laptop")}
write_files:
  - path: /etc/default/app
    permissions: "0600"
    content: |
${envLines(t, (k, v) => `      ${k}=${oneLine(v)}`).join("\n")}
runcmd:
  - systemctl enable --now app
` }),
  },
  {
    name: "Dockerfile ENV",
    render: (g, t) => ({ path: "Dockerfile", lang: "dockerfile", kind: "Dockerfile", content:
`FROM node:20-alpine@sha256:${g.sha256()} AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
${envLines(t, (k, v) => `ENV ${k}=${v.includes("\n") || v.includes(" ") ? q(oneLine(v)) : v}`).join("\n")}
EXPOSE 8080
CMD ["node", "dist/server.js"]
` }),
  },
  {
    name: "Bitbucket Pipelines step variables",
    render: (g, t) => ({ path: "bitbucket-pipelines.yml", lang: "yaml", kind: "Bitbucket Pipelines config", content:
`image: atlassian/default-image:4
pipelines:
  branches:
    main:
      - step:
          name: Deploy
          deployment: production
          script:
            - pipe: atlassian/ssh-run:0.8.1
              variables:
                SSH_USER: deploy
                SERVER: app.example.net
${envLines(t, (k, v) => `                ${k}: ${yv(v, 16)}`).join("\n")}
                COMMAND: ./deploy.sh
` }),
  },
];

// ---------------------------------------------------------------- application config

export const APPS: Renderer[] = [
  {
    name: ".env.production",
    render: (g, t) => ({ path: ".env.production", lang: "dotenv", kind: "dotenv file", content:
`# --- ${g.pick(SVCS)} production ---
NODE_ENV=production
PORT=8080
PUBLIC_BASE_URL=https://app.example.com
BUILD_SHA=${g.sha1()}
${envLines(t, (k, v) => `${k}=${v.includes("\n") ? q(oneLine(v)) : v}`).join("\n")}
TENANT_ID=${g.uuid()}
FEATURE_FLAGS=new-checkout,async-export
` }),
  },
  {
    name: "Spring application.yml",
    render: (g, t) => {
      const [sec, key] = split(t.env);
      return { path: "src/main/resources/application-prod.yml", lang: "yaml", kind: "Spring Boot application.yml", content:
`spring:
  application:
    name: ${g.pick(SVCS)}
  datasource:
    url: jdbc:postgresql://db.example.com:5432/app
    username: app
    password: \${DB_PASSWORD}
management:
  endpoints:
    web:
      exposure:
        include: health,info
acme:
  integrations:
    ${sec}:
${t.comp.map(([k, v]) => `      ${kebab(split(k)[1])}: ${yv(v, 6)}`).join("\n")}${t.comp.length ? "\n" : ""}      ${kebab(key)}: ${yv(t.value, 6)}
` };
    },
  },
  {
    name: ".NET appsettings.Production.json",
    render: (g, t) => {
      const [sec, key] = split(t.env);
      const section: Record<string, string> = {};
      for (const [k, v] of t.comp) section[pascal(split(k)[1])] = v;
      section[pascal(key)] = t.value;
      return { path: "appsettings.Production.json", lang: "json", kind: ".NET appsettings.json", content: JSON.stringify({
        Logging: { LogLevel: { Default: "Information", "Microsoft.AspNetCore": "Warning" } },
        AllowedHosts: "*",
        Integrations: { [pascal(sec)]: section },
        Build: { Commit: g.sha1() },
      }, null, 2) };
    },
  },
  {
    name: "Django settings.py",
    render: (g, t) => ({ path: "config/settings/production.py", lang: "python", kind: "Django settings module", content:
`from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["app.example.com"]
CSRF_TRUSTED_ORIGINS = ["https://app.example.com"]

${envLines(t, (k, v) => v.includes("\n") ? `${k} = """${v}"""` : `${k} = os.environ.get(${q(k)}, ${q(v)})`).join("\n")}

STATIC_ROOT = BASE_DIR / "staticfiles"
LOGGING["root"]["level"] = "INFO"
` }),
  },
  {
    name: "Rails credentials.yml (decrypted)",
    render: (g, t) => {
      const [sec, key] = split(t.env);
      return { path: "config/credentials/production.yml", lang: "yaml", kind: "Rails credentials (decrypted, from `rails credentials:show`)", content:
`# rails credentials:show --environment production
${sec}:
${t.comp.map(([k, v]) => `  ${snake(split(k)[1])}: ${yv(v, 2)}`).join("\n")}${t.comp.length ? "\n" : ""}  ${snake(key)}: ${yv(t.value, 2)}
active_record_encryption:
  key_derivation_salt_note: rotate with bin/rails db:encryption:init
` };
    },
  },
  {
    name: "Laravel .env",
    render: (g, t) => ({ path: ".env", lang: "dotenv", kind: "Laravel/PHP .env", content:
`APP_NAME=Acme
APP_ENV=production
APP_DEBUG=false
APP_URL=https://shop.example.com
LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=shop
${envLines(t, (k, v) => `${k}=${v.includes("\n") || v.includes(" ") ? q(oneLine(v)) : v}`).join("\n")}
QUEUE_CONNECTION=redis
` }),
  },
  {
    name: "wp-config.php define()",
    render: (g, t) => ({ path: "wp-config.php", lang: "php", kind: "WordPress wp-config.php", content:
`<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
${envLines(t, (k, v) => `define( '${k}', ${sq(v)} );`).join("\n")}
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
` }),
  },
  {
    name: "Java application.properties",
    render: (g, t) => ({ path: "src/main/resources/application.properties", lang: "properties", kind: "Java .properties file", content:
`server.port=8080
spring.profiles.active=prod
info.build.commit=${g.sha1()}
${envLines(t, (k, v) => `acme.${dotted(k)}=${oneLine(v)}`).join("\n")}
logging.level.root=INFO
` }),
  },
  {
    name: "supervisord program environment",
    render: (g, t) => {
      const svc = g.pick(SVCS);
      return { path: `/etc/supervisor/conf.d/${svc}.conf`, lang: "ini", kind: "supervisord program config", content:
`[program:${svc}]
command=/opt/${svc}/venv/bin/gunicorn app:wsgi -b 0.0.0.0:8000 -w 4
directory=/opt/${svc}
user=${svc}
autostart=true
autorestart=true
environment=${envLines(t, (k, v) => `${k}="${oneLine(v).replace(/"/g, '\\"')}"`).join(",")},PYTHONUNBUFFERED="1"
stdout_logfile=/var/log/${svc}.log
` };
    },
  },
  {
    name: "config.toml section",
    render: (g, t) => {
      const [sec, key] = split(t.env);
      return { path: "config/production.toml", lang: "toml", kind: "TOML app config", content:
`[server]
bind = "0.0.0.0:8080"
workers = 4

[integrations.${sec}]
${t.comp.map(([k, v]) => `${snake(split(k)[1])} = ${q(v)}`).join("\n")}${t.comp.length ? "\n" : ""}${snake(key)} = ${t.value.includes("\n") ? `"""\n${t.value}\n"""` : q(t.value)}

[telemetry]
service_name = "${g.pick(SVCS)}"
` };
    },
  },
  {
    name: "fly.toml [env]",
    render: (g, t) => ({ path: "fly.toml", lang: "toml", kind: "fly.toml", content:
`app = "acme-${g.pick(SVCS)}"
primary_region = "ams"

[build]
  image = "${img(g, "app")}"

[env]
  LOG_LEVEL = "info"
${envLines(t, (k, v) => `  ${k} = ${q(v)}`).join("\n")}

[http_service]
  internal_port = 8080
  force_https = true
` }),
  },
  {
    name: "Node config/production.json",
    render: (g, t) => {
      const [sec, key] = split(t.env);
      const section: Record<string, string> = {};
      for (const [k, v] of t.comp) section[camel(split(k)[1])] = v;
      section[camel(key)] = t.value;
      return { path: "config/production.json", lang: "json", kind: "node-config JSON", content: JSON.stringify({
        server: { port: 8080, trustProxy: true },
        [sec]: section,
        cache: { ttlSeconds: 300, etagSeed: g.hex(16) },
      }, null, 2) };
    },
  },
  {
    name: "Python config.ini",
    render: (g, t) => {
      const [sec, key] = split(t.env);
      return { path: "config.ini", lang: "ini", kind: "INI config", content:
`[app]
name = ${g.pick(SVCS)}
debug = false

[${sec}]
${t.comp.map(([k, v]) => `${snake(split(k)[1])} = ${oneLine(v)}`).join("\n")}${t.comp.length ? "\n" : ""}${snake(key)} = ${oneLine(t.value)}

[logging]
level = INFO
` };
    },
  },
  {
    name: "Kustomize secretGenerator literals",
    render: (g, t) => ({ path: "overlays/prod/kustomization.yaml", lang: "yaml", kind: "Kustomize kustomization", content:
`apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: prod
resources:
  - ../../base
images:
  - name: app
    newName: registry.example.com/acme/app
    digest: sha256:${g.sha256()}
secretGenerator:
  - name: app-env
    literals:
${envLines(t, (k, v) => `      - ${k}=${oneLine(v)}`).join("\n")}
` }),
  },
];

export { yq };
