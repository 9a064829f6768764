import {
  appDockerfile,
  appFolderDockerfile,
  readSharedSignals
} from '../../../src/analyzer/signals/shared.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'
import { primaryApp, primaryFields } from '../../support/analyzed-app.js'

const runnable =
  'FROM python:3.12\nCOPY ./app ./app\nCOPY requirements.txt .\nEXPOSE 9000\nCMD ["python", "-m", "app"]\n'

test('a docker/ Dockerfile built from the app folder is the app Dockerfile', () => {
  const tree = treeFromFiles({
    'requirements.txt': 'fastapi\n',
    'app/__init__.py': '',
    'docker/Dockerfile': runnable
  })
  expect(appDockerfile(tree, '.')).toBe('docker/Dockerfile')
  const s = readSharedSignals(tree, '.')
  expect(s.dockerfile).toBe('docker/Dockerfile')
  expect(s.port[0]).toMatchObject({ value: 9000, evidence: [{ file: 'docker/Dockerfile', line: 4 }] })
})

test('a docker/ Dockerfile is not adopted when it builds its own folder or runs nothing', () => {
  // Its sources live in docker/ itself: it is built with docker/ as context (a sidecar image).
  const ownContext = treeFromFiles({
    'requirements.txt': 'fastapi\n',
    'app/__init__.py': '',
    'docker/Dockerfile': 'FROM nginx\nCOPY nginx.conf /etc/nginx/nginx.conf\n',
    'docker/nginx.conf': 'events {}\n'
  })
  expect(appDockerfile(ownContext, '.')).toBeNull()
  // The last stage has no command (a multi-target file whose release stage is not last).
  const noCommand = treeFromFiles({
    'package.json': '{"name":"x"}',
    'src/index.js': '',
    'docker/Dockerfile':
      'FROM node:20 AS release\nCOPY src ./src\nCMD ["node", "src/index.js"]\nFROM node:20 AS upload\nCOPY src ./src\n'
  })
  expect(appDockerfile(noCommand, '.')).toBeNull()
  // No manifest above it: nothing to adopt it.
  expect(appDockerfile(treeFromFiles({ 'app/x.py': '', 'docker/Dockerfile': runnable }), '.')).toBeNull()
  // The app's own Dockerfile always wins.
  const both = treeFromFiles({
    'requirements.txt': '',
    'app/x.py': '',
    Dockerfile: 'FROM python\nCMD ["python", "x.py"]\n',
    'docker/Dockerfile': runnable
  })
  expect(appDockerfile(both, '.')).toBe('Dockerfile')
})

describe('a JVM build root whose main class lives in a member ships that member', () => {
  const files = (mainClass: string, extra: Record<string, string> = {}) => ({
    'settings.gradle': "include 'cli', 'core'\n",
    'build.gradle': `plugins { id 'application' }\nfinal mainClassName = "${mainClass}"\napplication { mainClass = mainClassName }\n`,
    Dockerfile: 'FROM eclipse-temurin:21\nCOPY docker /\nENTRYPOINT ["/app/orbit"]\nCMD ["server"]\n',
    'cli/build.gradle': "plugins { id 'java' }\n",
    'cli/src/main/java/dev/orbit/cli/Main.java': 'class Main { public static void main(String[] a) {} }',
    'core/build.gradle': "plugins { id 'java-library' }\n",
    'core/src/main/java/dev/orbit/core/Engine.java': 'class Engine {}',
    ...extra
  })

  test('the member with the main class gets the root Dockerfile; the others do not', () => {
    const tree = treeFromFiles(files('dev.orbit.cli.Main'))
    expect(appDockerfile(tree, 'cli')).toBe('Dockerfile')
    expect(appDockerfile(tree, 'core')).toBeNull()
  })

  test('POM `<mainClass>` and Kotlin sources count too', () => {
    const tree = treeFromFiles({
      'pom.xml':
        '<project><modules><module>api</module></modules><build><plugins><plugin><configuration><mainClass>com.acme.api.App</mainClass></configuration></plugin></plugins></build></project>',
      Dockerfile: 'FROM eclipse-temurin:21\nCOPY target/app.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]\n',
      'api/pom.xml': '<project></project>',
      'api/src/main/kotlin/com/acme/api/App.kt': 'fun main() {}'
    })
    expect(appDockerfile(tree, 'api')).toBe('Dockerfile')
  })

  test('a main class that is in no member, or a different one, links nothing', () => {
    expect(appDockerfile(treeFromFiles(files('dev.orbit.other.Main')), 'cli')).toBeNull()
    expect(appDockerfile(treeFromFiles(files('dev.orbit.core.Engine')), 'cli')).toBeNull()
  })
})

describe('the Maven/Gradle src/main/docker convention', () => {
  const moduleDockerfile =
    'FROM eclipse-temurin:21-jre\nCOPY ./target/lib/ ./lib/\nCOPY ./target/server.jar ./\nCMD ["java", "-cp", "server.jar:lib/*", "com.acme.Main"]\n'

  test("a module's src/main/docker/Dockerfile is its Dockerfile although it copies only build output", () => {
    const tree = treeFromFiles({
      'pom.xml': '<project><packaging>pom</packaging><modules><module>server</module></modules></project>',
      'server/pom.xml': '<project><artifactId>server</artifactId></project>',
      'server/src/main/java/com/acme/Main.java': 'class Main { public static void main(String[] a) {} }',
      'server/src/main/docker/Dockerfile': moduleDockerfile
    })
    expect(appDockerfile(tree, 'server')).toBe('server/src/main/docker/Dockerfile')
    expect(readSharedSignals(tree, 'server').startCommand[0]?.value).toBe(
      'java -cp server.jar:lib/* com.acme.Main'
    )
  })

  test('Quarkus variants: Dockerfile.jvm is chosen over .native and .legacy-jar (Gradle module)', () => {
    const run = (jar: string): string =>
      `FROM registry.access.redhat.com/ubi9/openjdk-21\nCOPY build/${jar} /deployments/\nENTRYPOINT ["/opt/run-java.sh"]\n`
    const tree = treeFromFiles({
      'build.gradle.kts': 'plugins { id("io.quarkus") }',
      'src/main/java/A.java': '',
      'src/main/docker/Dockerfile.jvm': run('quarkus-app/'),
      'src/main/docker/Dockerfile.legacy-jar': run('*-runner.jar'),
      'src/main/docker/Dockerfile.native':
        'FROM ubi-minimal\nCOPY build/*-runner /work/application\nENTRYPOINT ["./application"]\n'
    })
    expect(appDockerfile(tree, '.')).toBe('src/main/docker/Dockerfile.jvm')
  })

  test('without a pom.xml or Gradle build the folder needs a COPY from the app like any other', () => {
    const tree = treeFromFiles({
      'package.json': '{"name":"x"}',
      'index.js': '',
      'src/main/docker/Dockerfile': moduleDockerfile
    })
    expect(appDockerfile(tree, '.')).toBeNull()
  })
})

test("a multi-target docker/ Dockerfile whose last stage runs nothing is the app folder's, not its Dockerfile", () => {
  const multi =
    'FROM node:22 AS release\nCOPY package.json .\nCMD ["node", "server.js"]\nFROM node:22 AS upload\nRUN tar cz .\n'
  const tree = treeFromFiles({ 'package.json': '{}', 'server.js': '', 'docker/Dockerfile': multi })
  expect(appDockerfile(tree, '.')).toBeNull()
  expect(appFolderDockerfile(tree, '.')).toBe('docker/Dockerfile')
  // Nothing copied from the app folder: another image's Dockerfile.
  const other = treeFromFiles({
    'package.json': '{}',
    'docker/Dockerfile': 'FROM nginx\nCOPY nginx.conf /etc/\n'
  })
  expect(appFolderDockerfile(other, '.')).toBeNull()
})

test('hyphenated Dockerfile variants in a Dockerfile folder: the one that builds from the app folder', () => {
  const released = 'FROM alpine\nCOPY app /usr/bin/app\nEXPOSE 4433\nENTRYPOINT ["app"]\nCMD ["serve"]\n'
  const fromSource =
    'FROM golang AS b\nCOPY go.mod go.mod\nCOPY . .\nRUN go build -o /app\nFROM alpine\nCOPY --from=b /app /usr/bin/app\nENTRYPOINT ["app"]\n'
  const tree = treeFromFiles({
    'go.mod': 'module x\n',
    'main.go': 'package main\n',
    '.docker/Dockerfile-alpine': released,
    '.docker/Dockerfile-build': fromSource,
    '.docker/Dockerfile-debug': 'FROM golang\nCOPY go.mod .\nENTRYPOINT ["dlv"]\n'
  })
  expect(appDockerfile(tree, '.')).toBe('.docker/Dockerfile-build')
  // Negative: variants that only COPY a binary built elsewhere (or a debug image) are not the app's build.
  const prebuilt = treeFromFiles({
    'go.mod': 'module x\n',
    'main.go': 'package main\n',
    '.docker/Dockerfile-alpine': released,
    '.docker/Dockerfile-distroless': released,
    '.docker/Dockerfile-debug': 'FROM golang\nCOPY go.mod .\nENTRYPOINT ["dlv"]\n'
  })
  expect(appDockerfile(prebuilt, '.')).toBeNull()
  // Negative: production-named variants that COPY prebuilt binaries do not hand over to a build-tool
  // variant beside them (`Dockerfile.make`, CMD /bin/sh) that copies the source.
  const buildTool = treeFromFiles({
    'go.mod': 'module x\n',
    'main.go': 'package main\n',
    'docker/Dockerfile.server.multiarch': released,
    'docker/Dockerfile.make': 'FROM golang\nCOPY go.mod .\nCMD ["/bin/sh"]\n'
  })
  expect(appDockerfile(buildTool, '.')).toBeNull()
})

// A root Dockerfile whose builder stage copies a member into the folder the last stage runs in (`COPY
// src/backend /app` in `back-builder`, `COPY --from=back-builder /app /app` + WORKDIR /app in the last stage):
// its command (`uvicorn impress.asgi:application`) runs that member though it names no folder (holdout27's
// La Suite Docs). The member takes the image's command, not its framework's default.
describe('a root Dockerfile whose builder stage copies a member into the final WORKDIR runs that member', () => {
  const full = (files: Record<string, string>, dir: string) =>
    primaryFields(files, ['dockerfile', 'framework', 'startCommand', 'port', 'packageManager'], dir)

  it('Django member src/backend: the image CMD (uvicorn …asgi) over the WSGI default', () => {
    const files = {
      'src/backend/pyproject.toml': '[project]\nname = "site"\ndependencies = ["django>=5", "uvicorn"]\n',
      'src/backend/uv.lock': 'version = 1\n',
      'src/backend/manage.py':
        'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_app.settings")\n',
      'src/backend/site_app/__init__.py': '',
      'src/backend/site_app/settings.py':
        'ROOT_URLCONF = "site_app.urls"\nWSGI_APPLICATION = "site_app.wsgi.application"\n',
      'src/backend/site_app/urls.py': 'urlpatterns = []\n',
      'src/backend/site_app/wsgi.py': 'application = None\n',
      'src/backend/site_app/asgi.py': 'application = None\n',
      'src/frontend/package.json':
        '{"name":"front","scripts":{"build":"vite build"},"devDependencies":{"vite":"^5"}}',
      'src/frontend/index.html': '<html></html>',
      Dockerfile: [
        'FROM python:3.13-slim AS base',
        'FROM base AS back-builder',
        'WORKDIR /app',
        'COPY src/backend /app',
        'RUN pip install uv && uv sync --locked',
        'FROM base AS core',
        'COPY --from=back-builder /app /app',
        'WORKDIR /app',
        'FROM core AS production',
        'CMD ["uvicorn", "--host=0.0.0.0", "site_app.asgi:application"]',
        ''
      ].join('\n')
    }
    expect(full(files, 'src/backend')).toEqual({
      dockerfile: 'Dockerfile',
      framework: 'django',
      startCommand: 'uvicorn --host=0.0.0.0 site_app.asgi:application',
      port: 8000,
      packageManager: 'uv'
    })
  })

  it('Express member services/api: the image CMD and EXPOSE', () => {
    const files = {
      'services/api/package.json':
        '{"name":"api","scripts":{"start":"node src/index.js","dev":"nodemon src/index.js"},"dependencies":{"express":"^4"}}',
      'services/api/package-lock.json': '{"lockfileVersion":3}',
      'services/api/src/index.js': 'const app = require("express")()\napp.listen(process.env.PORT || 3000)\n',
      'services/web/package.json':
        '{"name":"web","scripts":{"build":"vite build"},"devDependencies":{"vite":"^5"}}',
      'services/web/index.html': '<html></html>',
      Dockerfile: [
        'FROM node:22 AS build',
        'WORKDIR /srv',
        'COPY services/api /srv',
        'RUN npm ci --omit=dev',
        'FROM node:22-slim',
        'COPY --from=build /srv /srv',
        'WORKDIR /srv',
        'EXPOSE 7070',
        'ENV PORT=7070',
        'CMD ["node", "src/index.js"]',
        ''
      ].join('\n')
    }
    expect(full(files, 'services/api')).toEqual({
      dockerfile: 'Dockerfile',
      framework: 'express',
      startCommand: 'node src/index.js',
      port: 7070,
      packageManager: 'npm'
    })
  })

  it('negative: a last stage holding two members runs neither by folder', () => {
    const files = {
      'services/api/package.json':
        '{"name":"api","scripts":{"start":"node src/index.js"},"dependencies":{"express":"^4"}}',
      'services/api/package-lock.json': '{"lockfileVersion":3}',
      'services/api/src/index.js': 'const app = require("express")()\napp.listen(process.env.PORT || 3000)\n',
      'services/worker/package.json':
        '{"name":"worker","scripts":{"start":"node worker.js"},"dependencies":{"express":"^4"}}',
      'services/worker/worker.js': 'const app = require("express")()\napp.listen(4000)\n',
      Dockerfile: [
        'FROM node:22 AS build',
        'WORKDIR /srv',
        'COPY services/api /srv',
        'COPY services/worker /srv',
        'FROM node:22-slim',
        'COPY --from=build /srv /srv',
        'WORKDIR /srv',
        'CMD ["node", "run-all.js"]',
        ''
      ].join('\n')
    }
    expect(full(files, 'services/api')).toEqual({
      dockerfile: null,
      framework: 'express',
      startCommand: 'npm start',
      port: 3000,
      packageManager: 'npm'
    })
  })
})

// Folders named for the Dockerfiles they keep (`docker-files/alpine.Dockerfile` beside
// `docker-files/ubuntu.Dockerfile`): flavours of one image built with the app folder as context, adopted by
// the same COPY proof as a `docker/` folder (holdout29 glances).
describe('a Dockerfile folder named for its Dockerfiles', () => {
  const flavour = (base: string) =>
    `FROM ${base} AS release\nCOPY ./monitor/. /app/monitor/\nCOPY docker-requirements.txt .\nRUN pip install -r docker-requirements.txt\nEXPOSE 61208\nWORKDIR /app\nCMD ["/bin/sh", "-c", "python3 -m monitor \${MONITOR_OPT}"]\n`

  test('docker-files/ with two flavours: the first proven one is the app Dockerfile', () => {
    const tree = treeFromFiles({
      'pyproject.toml':
        '[project]\nname = "monitor"\nrequires-python = ">=3.10"\ndependencies = ["psutil"]\n',
      'docker-requirements.txt': 'fastapi==0.115.0\nuvicorn==0.34.0\npsutil==7.0.0\n',
      'monitor/__init__.py': '',
      'monitor/__main__.py': 'from monitor.main import main\nmain()\n',
      'docker-files/alpine.Dockerfile': flavour('alpine:3.22'),
      'docker-files/ubuntu.Dockerfile': flavour('ubuntu:24.04')
    })
    expect(appDockerfile(tree, '.')).toBe('docker-files/alpine.Dockerfile')
    const s = readSharedSignals(tree, '.')
    expect(s.port[0]).toMatchObject({
      value: 61208,
      evidence: [{ file: 'docker-files/alpine.Dockerfile', line: 5 }]
    })
    expect(s.startCommand[0]?.value).toBe('python3 -m monitor ${MONITOR_OPT}')
  })

  test('dockerfiles/ with a standard Dockerfile of a Node app', () => {
    const tree = treeFromFiles({
      'package.json':
        '{"name":"relay","scripts":{"start":"node src/server.js"},"dependencies":{"express":"4"}}',
      'src/server.js': 'require("express")().listen(4000)\n',
      'dockerfiles/Dockerfile':
        'FROM node:22-alpine\nWORKDIR /srv\nCOPY package.json .\nCOPY src ./src\nRUN npm install\nEXPOSE 4000\nCMD ["node", "src/server.js"]\n'
    })
    expect(appDockerfile(tree, '.')).toBe('dockerfiles/Dockerfile')
    expect(readSharedSignals(tree, '.').startCommand[0]?.value).toBe('node src/server.js')
  })

  test('negative: a Dockerfile folder that builds its own context (a database image) is not the app one', () => {
    const tree = treeFromFiles({
      'package.json': '{"name":"relay","dependencies":{"express":"4"}}',
      'src/server.js': '',
      'docker-files/postgres.Dockerfile': 'FROM postgres:17\nCOPY init.sql /docker-entrypoint-initdb.d/\n',
      'docker-files/init.sql': 'select 1;\n'
    })
    expect(appDockerfile(tree, '.')).toBeNull()
  })
})

// An all-in-one root image whose stages build several members: the member it runs takes the image (its
// start command and port), whether the final stage is on that member's runtime image or copies that member's
// build output out of a build stage.
describe('an all-in-one root image and the member it runs', () => {
  const ANGULAR = {
    'web-ui/package.json': JSON.stringify({
      name: 'web-ui',
      scripts: { build: 'ng build' },
      dependencies: { '@angular/core': '^18.0.0' },
      devDependencies: { '@angular/cli': '^18.0.0', typescript: '^5.0.0' }
    }),
    'web-ui/angular.json': '{}'
  }
  const SPRING = {
    ...ANGULAR,
    'api/settings.gradle': "rootProject.name = 'api'\n",
    'api/build.gradle':
      "plugins {\n  id 'org.springframework.boot' version '3.3.0'\n  id 'java'\n}\ndependencies {\n  implementation 'org.springframework.boot:spring-boot-starter-web'\n}\n",
    'api/src/main/java/app/Application.java':
      'package app;\nimport org.springframework.boot.autoconfigure.SpringBootApplication;\n@SpringBootApplication\npublic class Application {}\n',
    Dockerfile:
      'FROM node:22-alpine AS ui\nWORKDIR /ui\nCOPY ./web-ui /ui/\nRUN npm ci && npm run build\n\nFROM gradle:8-jdk21-alpine AS api\nWORKDIR /api\nCOPY ./api/build.gradle ./api/settings.gradle /api/\nCOPY ./api/src /api/src\nRUN gradle build\n\n' +
      'FROM eclipse-temurin:21-jre-alpine\nCOPY --from=ui /ui/dist/browser /srv/www\nCOPY --from=api /api/build/libs/api.jar /app/app.jar\nEXPOSE 7070\nCMD ["java", "-jar", "/app/app.jar"]\n'
  }
  const NODE_SERVER = {
    'package.json': JSON.stringify({ name: 'root', private: true, scripts: { build: 'turbo build' } }),
    'pnpm-workspace.yaml': 'packages:\n  - server\n  - web\n  - shared\n',
    'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
    'server/package.json': JSON.stringify({
      name: 'server',
      scripts: { build: 'tsc', start: 'node dist/index.js', 'make-bin': 'pkg dist/index.js -o bin/app' },
      dependencies: { fastify: '^5.0.0', shared: 'workspace:*' }
    }),
    'server/src/index.ts': "import Fastify from 'fastify'\nFastify().listen({ port: 3000 })\n",
    'web/package.json': JSON.stringify({
      name: 'web',
      scripts: { dev: 'vite', build: 'vite build' },
      dependencies: { react: '^18.0.0' },
      devDependencies: { vite: '^5.0.0' }
    }),
    'web/index.html': '<div id="root"></div>',
    'shared/package.json': JSON.stringify({ name: 'shared', main: 'index.js' }),
    Dockerfile:
      'FROM debian:bookworm-slim AS base\nEXPOSE 8000\nENTRYPOINT ["/app/app"]\nCMD ["server"]\n\nFROM base AS sources\nWORKDIR /app\nCOPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./\nCOPY server/ ./server\nCOPY shared/ ./shared\nCOPY web ./web\n\n' +
      'FROM sources AS build\nRUN pnpm install && pnpm build && pnpm --filter server make-bin\n\nFROM base AS full\nWORKDIR /app\nCOPY --from=build /app/server/bin /app/server/bin\nRUN ln -s /app/server/bin/app /app/app\n'
  }

  it('a Spring Boot member on the final stage’s JVM image beside an Angular member: the image’s command and port', () => {
    const tree = treeFromFiles(SPRING)
    expect(appDockerfile(tree, 'api')).toBe('Dockerfile')
    expect(appDockerfile(tree, 'web-ui')).toBeNull()
    const app = primaryApp(SPRING, 'api')
    expect(app.startCommand.value).toBe('java -jar /app/app.jar')
    expect(app.startCommand.source).toBe('Dockerfile CMD')
    expect(app.port.value).toBe(7070)
    expect(app.port.source).toBe('Dockerfile EXPOSE')
  })

  it('a fastify member whose compiled binary the final stage copies out of the build stage: `/app/app server` on 8000', () => {
    const tree = treeFromFiles(NODE_SERVER)
    expect(appDockerfile(tree, 'server')).toBe('Dockerfile')
    expect(appDockerfile(tree, 'web')).toBeNull()
    const app = primaryApp(NODE_SERVER, 'server')
    expect(app.startCommand.value).toBe('/app/app server')
    expect(app.port.value).toBe(8000)
  })

  it('negative: a final stage that copies two members’ output out of the build stage attaches to neither', () => {
    const tree = treeFromFiles({
      ...NODE_SERVER,
      Dockerfile: NODE_SERVER.Dockerfile.replace(
        'RUN ln -s',
        'COPY --from=build /app/web/dist /app/web/dist\nRUN ln -s'
      )
    })
    expect(appDockerfile(tree, 'server')).toBeNull()
    expect(appDockerfile(tree, 'web')).toBeNull()
  })
})
