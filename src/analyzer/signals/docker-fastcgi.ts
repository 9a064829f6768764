// php-fpm speaks FastCGI, not HTTP: the 9000 an fpm image or stage EXPOSEs is for a web server in front of it
// (nginx, Apache, Caddy), never the port the platform can route HTTP to. A multi-target Dockerfile
// (`ARG BASE=fpm` … `FROM ${BASE}-base`) often builds both variants: when the selected stage only runs
// php-fpm, the stage of the same file that serves HTTP (an Apache/nginx/Caddy/FrankenPHP image with its own
// EXPOSE) gives the port.
import type { Candidate } from '../candidate.js'
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

/** Web-server images that answer HTTP themselves (Apache, nginx, Caddy, FrankenPHP and their PHP bundles). */
const HTTP_SERVER_IMAGE =
  /^(?:docker\.io\/|ghcr\.io\/)?(?:library\/|nginxinc\/|bitnami\/)?(?:nginx|nginx-unprivileged|httpd|caddy)(?::|$)|^(?:docker\.io\/)?(?:library\/)?php:[^\s]*apache|^(?:docker\.io\/)?dunglas\/frankenphp(?::|$)|^(?:docker\.io\/)?(?:richarvey\/nginx-php-fpm|webdevops\/php-(?:nginx|apache)|trafex\/php-nginx)(?::|$)/

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
