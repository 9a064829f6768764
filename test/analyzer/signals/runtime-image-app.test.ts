// An all-in-one image: a Node stage builds the frontend, another stage the backend, and the final stage on the
// backend's runtime image copies the frontend's output and runs the backend. The backend ships, not the
// frontend the stage walk reaches first (holdout34: endurain's FastAPI + Vue, booklore's Spring Boot + Angular).
import { analyze } from '../../../src/analyzer/analyze.js'
import { finalImageApps } from '../../../src/analyzer/signals/final-image-apps.js'
import { runtimeImageApps } from '../../../src/analyzer/signals/runtime-image-app.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const vueClient = (dir: string): Record<string, string> => ({
  [`${dir}/package.json`]: JSON.stringify({
    name: 'client',
    scripts: { dev: 'vite', build: 'vite build' },
    dependencies: { vue: '^3.4.0' },
    devDependencies: { vite: '^5.0.0', typescript: '^5.0.0' }
  }),
  [`${dir}/index.html`]: '<div id="app"></div>',
  [`${dir}/tsconfig.json`]: '{}'
})

const PY_DOCKERFILE = `FROM node:24-slim AS frontend-build
WORKDIR /tmp/frontend
COPY frontend/app/package*.json ./
RUN npm ci
COPY frontend/app ./
RUN npm run build

FROM python:3.13-alpine AS requirements-stage
WORKDIR /tmp/backend
RUN pip install poetry
COPY backend/pyproject.toml backend/poetry.lock* ./
RUN poetry export -f requirements.txt --output requirements.txt

FROM python:3.13-alpine
WORKDIR /app/frontend
COPY --from=frontend-build /tmp/frontend/dist ./dist
WORKDIR /app/backend
COPY --from=requirements-stage /tmp/backend/requirements.txt ./requirements.txt
RUN pip install -r ./requirements.txt
COPY backend/app ./
EXPOSE 8080
CMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8080"]
`

/** A FastAPI backend (poetry) and a Vue client, imaged by docker/Dockerfile from the repository root. */
const fastapiAndVue = (): Record<string, string> => ({
  'docker/Dockerfile': PY_DOCKERFILE,
  'backend/pyproject.toml': `[tool.poetry]\nname = "backend"\n\n[tool.poetry.dependencies]\npython = "^3.13"\nfastapi = "^0.115.0"\nuvicorn = "^0.30.0"\n`,
  'backend/poetry.lock': '',
  'backend/app/main.py': `from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/health")\ndef health():\n    return {"ok": True}\n`,
  ...vueClient('frontend/app')
})

const JVM_DOCKERFILE = `FROM node:22-alpine AS angular-build
WORKDIR /angular-app
COPY ./web-ui/package.json ./web-ui/package-lock.json ./
RUN npm install
COPY ./web-ui /angular-app/
RUN npm run build

FROM gradle:8-jdk21-alpine AS springboot-build
WORKDIR /springboot-app
COPY ./api/build.gradle ./api/settings.gradle /springboot-app/
COPY ./api/src /springboot-app/src
RUN gradle clean build

FROM eclipse-temurin:21-jre-alpine
RUN apk add nginx
COPY ./nginx.conf /etc/nginx/nginx.conf
COPY --from=angular-build /angular-app/dist/browser /usr/share/nginx/html
COPY --from=springboot-build /springboot-app/build/libs/api.jar /app/app.jar
EXPOSE 8080
CMD ["java", "-jar", "/app/app.jar"]
`

/** A Spring Boot API (Gradle) and an Angular client, imaged by the root Dockerfile. */
const springAndAngular = (): Record<string, string> => ({
  Dockerfile: JVM_DOCKERFILE,
  'nginx.conf': 'events {}\n',
  'api/settings.gradle': "rootProject.name = 'api'\n",
  'api/build.gradle': `plugins {\n  id 'org.springframework.boot' version '3.3.0'\n  id 'java'\n}\njava { toolchain { languageVersion = JavaLanguageVersion.of(21) } }\ndependencies {\n  implementation 'org.springframework.boot:spring-boot-starter-web'\n}\n`,
  'api/src/main/java/app/Application.java': `package app;\nimport org.springframework.boot.autoconfigure.SpringBootApplication;\n@SpringBootApplication\npublic class Application {}\n`,
  'web-ui/package.json': JSON.stringify({
    name: 'web-ui',
    scripts: { build: 'ng build' },
    dependencies: { '@angular/core': '^18.0.0' },
    devDependencies: { '@angular/cli': '^18.0.0', typescript: '^5.0.0' }
  }),
  'web-ui/angular.json': '{}',
  'web-ui/tsconfig.json': '{}'
})

describe('the app of the final stage’s runtime image', () => {
  it('python image: the FastAPI backend ships, not the Vue client the walk reaches first, field by field', () => {
    const files = fastapiAndVue()
    const tree = treeFromFiles(files)
    const apps = ['backend', 'frontend/app']
    const walked = finalImageApps(PY_DOCKERFILE, apps, { wholeFolder: p => tree.has(p) })
    expect(walked.map(w => w.dir)).toEqual(['frontend/app'])
    expect(runtimeImageApps(tree, PY_DOCKERFILE, apps, walked)).toEqual([
      { dir: 'backend', line: 20, text: 'COPY backend/app ./' }
    ])
    const report = analyze(tree)
    expect(report.primary).toBe('backend')
    const app = report.apps.find(a => a.appDir === 'backend')!
    expect(app.language.value).toBe('python')
    expect(app.framework.value).toBe('fastapi')
    expect(app.packageManager.value).toBe('poetry')
    expect(app.runtimeVersion.value).toBe('3.13')
  })

  it('JVM image: the Spring Boot API ships, not the Angular client, field by field', () => {
    const tree = treeFromFiles(springAndAngular())
    const apps = ['api', 'web-ui']
    expect(runtimeImageApps(tree, JVM_DOCKERFILE, apps, finalImageApps(JVM_DOCKERFILE, apps))).toEqual([
      { dir: 'api', line: 10, text: 'COPY ./api/build.gradle ./api/settings.gradle /springboot-app/' }
    ])
    const report = analyze(tree)
    expect(report.primary).toBe('api')
    const app = report.apps.find(a => a.appDir === 'api')!
    expect(app.language.value).toBe('java')
    expect(app.framework.value).toBe('spring-boot')
    expect(app.packageManager.value).toBe('gradle')
    expect(app.runtimeVersion.value).toBe('21')
  })

  it('negative: a Node final image, a binary on a plain image, or two apps of the language keep the walk', () => {
    const tree = treeFromFiles({
      ...vueClient('web'),
      'server/package.json': JSON.stringify({ name: 'server', dependencies: { express: '^4.0.0' } }),
      'api/go.mod': 'module api\n',
      'a/requirements.txt': 'flask\n',
      'b/requirements.txt': 'flask\n'
    })
    const found = [{ dir: 'web', line: 3, text: 'COPY web ./' }]
    // A Node image serving the client's build from an express server: the walk's answer stands.
    const node =
      'FROM node:22 AS web\nCOPY web ./\nRUN npm run build\nFROM node:22-slim\nCOPY --from=web /dist ./public\nCOPY server ./\nCMD ["node", "index.js"]\n'
    expect(runtimeImageApps(tree, node, ['server', 'web'], found)).toBe(found)
    // A Go binary on alpine: the image's runtime says nothing.
    const go =
      'FROM node:22 AS web\nCOPY web ./\nFROM golang:1.23 AS api\nCOPY api ./\nFROM alpine\nCOPY --from=web /dist /www\nCOPY --from=api /out/api /api\nCMD ["/api"]\n'
    expect(runtimeImageApps(tree, go, ['api', 'web'], found)).toBe(found)
    // Two Python apps copied into a Python image: which one runs is not said.
    const two =
      'FROM node:22 AS web\nCOPY web ./\nFROM python:3.12\nCOPY --from=web /dist ./static\nCOPY a ./a\nCOPY b ./b\nCMD ["python", "a/main.py"]\n'
    expect(runtimeImageApps(tree, two, ['a', 'b', 'web'], found)).toBe(found)
  })
})
