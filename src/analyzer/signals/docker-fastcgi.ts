// php-fpm speaks FastCGI, not HTTP: the 9000 an fpm image or stage EXPOSEs is for a web server in front of it
// (nginx, Apache, Caddy), never the port the platform can route HTTP to. A multi-target Dockerfile
// (`ARG BASE=fpm` … `FROM ${BASE}-base`) often builds both variants: when the selected stage only runs
// php-fpm, the stage of the same file that serves HTTP (an Apache/nginx/Caddy/FrankenPHP image with its own
// EXPOSE) gives the port.
import type { Candidate } from '../candidate.js'
import { copiedFrom, type ContextCopy } from './docker-copies.js'
import type { Evidence } from '../report.js'
import { PORT } from '../precedence.js'

/** php-fpm's FastCGI listen port (its image's `listen = 9000`). */
export const FASTCGI_PORT = 9000

/** Official and common php-fpm images: `php:8.3-fpm-alpine`, `php:fpm`, `bitnami/php-fpm`. */
const FPM_IMAGE = /^(?:docker\.io\/)?(?:library\/)?php:(?:[^\s]*-)?fpm\b|^(?:docker\.io\/)?bitnami\/php-fpm\b/

/** A command that runs php-fpm in the foreground (`php-fpm`, `php-fpm8.3 -F`, `/usr/sbin/php-fpm -F`). */
const FPM_COMMAND = /^(?:\S*\/)?php-fpm[\d.]*(?:\s|$)/

/**
 * Whether an EXPOSEd port is php-fpm's FastCGI listener: 9000 in a stage built on a php-fpm image, or in a
 * stage whose command is php-fpm.
 */
export function isFastCgiPort(port: number, baseImage: string, command: string | null): boolean {
  if (port !== FASTCGI_PORT) return false
  return FPM_IMAGE.test(baseImage) || (command !== null && FPM_COMMAND.test(command.trim()))
}

/** Where front servers read their configuration in an image: Caddy's Caddyfile, nginx's and Apache's conf files. */
const FRONT_CONFIG_DEST =
  /^\/etc\/(?:caddy\/Caddyfile|nginx\/(?:nginx\.conf|conf\.d\/[^/]+\.conf|sites-(?:enabled|available)\/[^/]+)|apache2\/(?:ports\.conf|sites-(?:enabled|available)\/[^/]+))$/

/** `:9000 {`, `http://:9000`, `localhost:9000 {` (Caddy); `listen 9000;`, `listen [::]:9000` (nginx); `Listen 9000` (Apache). */
function configListens(text: string, port: number): boolean {
  const caddy = new RegExp(`^[ \\t]*(?:https?://)?[\\w.*-]*:${port}\\b[^\\n]*\\{`, 'm')
  const nginx = new RegExp(`^[ \\t]*listen[ \\t]+(?:\\[::\\]:|[\\d.]+:|\\*:)?${port}\\b`, 'mi')
  return caddy.test(text) || nginx.test(text)
}

/**
 * Whether a front-server configuration the image copies from the build context (`COPY
 * docker/configurations/Caddyfile /etc/caddy/Caddyfile`) listens on `port`: then that port answers HTTP,
 * though the image is built on a php-fpm one (which then listens on a unix socket).
 */
export function frontServerListensOn(
  port: number,
  copies: readonly ContextCopy[],
  dockerfileDir: string,
  readFile: (path: string) => string | null
): boolean {
  for (const copy of copies)
    for (const dest of [
      copy.dest,
      ...copy.sources.map(s => `${copy.dest.replace(/\/+$/, '')}/${s.split('/').pop()}`)
    ]) {
      if (!FRONT_CONFIG_DEST.test(dest)) continue
      for (const source of copiedFrom(dest, [...copies]))
        for (const base of dockerfileDir === '.' ? ['.'] : ['.', dockerfileDir]) {
          const text = readFile(base === '.' ? source : `${base}/${source}`)
          if (text !== null && configListens(text, port)) return true
        }
    }
  return false
}

/** serversideup/php images that serve HTTP themselves (`8.4-fpm-nginx-alpine`, `8.3-unit`, `8.4-frankenphp`). */
export const SERVERSIDEUP_WEB_IMAGE =
  /^(?:docker\.io\/|ghcr\.io\/)?serversideup\/php:[^\s]*?(?:fpm-nginx|fpm-apache|frankenphp|unit)(?:-[\w.-]+)?$/

/** Web-server images that answer HTTP themselves (Apache, nginx, Caddy, FrankenPHP and their PHP bundles). */
const HTTP_SERVER_IMAGE = new RegExp(
  /^(?:docker\.io\/|ghcr\.io\/)?(?:library\/|nginxinc\/|bitnami\/)?(?:nginx|nginx-unprivileged|httpd|caddy)(?::|$)|^(?:docker\.io\/)?(?:library\/)?php:[^\s]*apache|^(?:docker\.io\/)?dunglas\/frankenphp(?::|$)|^(?:docker\.io\/)?(?:richarvey\/nginx-php-fpm|webdevops\/php-(?:nginx|apache)|trafex\/php-nginx)(?::|$)/
    .source +
    '|' +
    SERVERSIDEUP_WEB_IMAGE.source
)

/** What the Dockerfile reader keeps of each named stage (see dockerfile.ts). */
export interface StagePorts {
  port: Candidate<number>[]
  baseImage: string
}

/**
 * The HTTP port of the stage in the same Dockerfile that serves HTTP, for a selected stage that only runs
 * php-fpm: the first named stage built on a web-server image, with its own EXPOSE (a FastCGI one left out).
 * Ranked as an image default: it is another build target's port, not the selected one's.
 */
export function httpSiblingPort(
  stages: ReadonlyMap<string, StagePorts>,
  dropped: readonly Candidate<number>[]
): Candidate<number> | null {
  for (const [name, stage] of stages) {
    if (!HTTP_SERVER_IMAGE.test(stage.baseImage)) continue
    const exposed = stage.port.find(p => !dropped.includes(p) && p.source === 'Dockerfile EXPOSE')
    if (!exposed) continue
    const why: Evidence[] = dropped.slice(0, 1).flatMap(d => d.evidence.slice(0, 1))
    return {
      value: exposed.value,
      confidence: PORT.imageDefault,
      source: `Dockerfile EXPOSE of stage ${name} (${stage.baseImage} serves HTTP; the selected stage's ${FASTCGI_PORT} is php-fpm FastCGI)`,
      evidence: [...exposed.evidence, ...why]
    }
  }
  return null
}

/**
 * A FROM image with the file's global ARGs (those before the first FROM, the only ones FROM may use)
 * substituted: `${BASE}-base` with `ARG BASE=fpm` → `fpm-base`. Left as written when a variable has no value.
 */
export function expandFromImage(image: string, globalArg: (name: string) => string | undefined): string {
  let unresolved = false
  const out = image.replace(
    /\$(?:\{(\w+)(?::?-([^}]*))?\}|(\w+))/g,
    (_, braced: string | undefined, fallback: string | undefined, bare: string | undefined) => {
      const value = globalArg((braced ?? bare)!) || fallback
      if (value === undefined || value === '') unresolved = true
      return value ?? ''
    }
  )
  return unresolved ? image : out
}
