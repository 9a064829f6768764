// A small app whose Dockerfile has an expensive-looking dependency step worth caching and a source step
// that changes between commits. Its base is the busybox stand-in (Docker Hub is unreachable here).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const BASE_IMAGE = 'deplight-test/busybox:1'

export function writeFixtureApp(workspace: string, version = 'v1'): string {
  const app = join(workspace, 'app')
  mkdirSync(join(app, 'src'), { recursive: true })
  writeFileSync(
    join(app, 'Dockerfile'),
    [
      `FROM ${BASE_IMAGE}`,
      'WORKDIR /app',
      'COPY deps.txt ./',
      'RUN sleep 1 && cp deps.txt installed.txt',
      'COPY src/ ./src/',
      'RUN cat src/app.sh > run.sh',
      'CMD ["sh", "/app/run.sh"]',
      ''
    ].join('\n')
  )
  writeFileSync(join(app, 'deps.txt'), 'left-pad@1.3.0\n')
  writeFileSync(join(app, '.dockerignore'), 'notes/\n*.log\n')
  mkdirSync(join(app, 'notes'), { recursive: true })
  writeFileSync(join(app, 'notes', 'todo.md'), 'not part of the image\n')
  setSource(app, version)
  return app
}

export function setSource(app: string, version: string): void {
  writeFileSync(join(app, 'src', 'app.sh'), `echo "hello from ${version}"\n`)
}

export function tempWorkspace(): string {
  return mkdtempSync(join(process.env.TMPDIR ?? '/tmp', 'dl-ws-'))
}
