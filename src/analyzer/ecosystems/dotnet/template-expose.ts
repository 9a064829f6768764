// Visual Studio's ASP.NET Core Dockerfile template wrote `EXPOSE 80` / `EXPOSE 443` in its `base` stage
// until .NET 8. A project moved to .NET 8 keeps those lines while its image (mcr.microsoft.com/dotnet/aspnet:8.0,
// ASPNETCORE_HTTP_PORTS=8080) listens on 8080: EXPOSE only documents, and here it documents the old template
// (holdout35 mymeetings-api: src/Dockerfile:3 `FROM …/aspnet:8.0 AS base`, :5-6 EXPOSE 80/443, :41 `FROM base AS
// final`, docker-compose.yml:10 '5000:8080'). With nothing that rebinds Kestrel (ASPNETCORE_URLS,
// ASPNETCORE_HTTP_PORTS, HTTP_PORTS in the Dockerfile; Kestrel/urls settings or a Listen call in code: the
// caller checks those), the image's 8080 is what the server binds, above the EXPOSE.
import type { Candidate } from '../../candidate.js'
import { PORT } from '../../precedence.js'

/** The variables that move ASP.NET Core off the image's own binding. */
const REBINDS =
  /\b(?:ASPNETCORE_URLS|ASPNETCORE_HTTP_PORTS|ASPNETCORE_HTTPS_PORTS|HTTP_PORTS|DOTNET_URLS|URLS)\b|--urls\b/

/**
 * The final stage's base image through `FROM <stage> AS <name>` aliases: `FROM base AS final` after
 * `FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base` is the aspnet image. With the FROM line's number.
 */
export function finalStageImage(text: string): { image: string; line: number } | null {
  const stages = new Map<string, { image: string; line: number }>()
  let last: { image: string; line: number } | null = null
  text.split('\n').forEach((raw, i) => {
    const m = /^[ \t]*FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/i.exec(raw)
    if (!m) return
    const from = stages.get(m[1]!.toLowerCase()) ?? { image: m[1]!, line: i + 1 }
    if (m[2]) stages.set(m[2].toLowerCase(), from)
    last = from
  })
  return last
}

/**
 * 8080 when the final stage runs on an ASP.NET Core 8+ image, the Dockerfile EXPOSEs only 80 and/or 443 (the
 * pre-.NET 8 template's ports) and sets nothing that rebinds Kestrel; null otherwise.
 */
export function templateExposeOnNet8(path: string, text: string): Candidate<number> | null {
  const image = finalStageImage(text)
  const m = image && /mcr\.microsoft\.com\/dotnet\/(?:aspnet|runtime|runtime-deps):(\d+)/i.exec(image.image)
  if (!m || Number(m[1]) < 8) return null
  const lines = text.split('\n')
  const exposes = lines
    .map((l, i) => ({ m: /^[ \t]*EXPOSE\s+(.+)$/i.exec(l), line: i + 1 }))
    .filter(e => e.m !== null)
  if (exposes.length === 0) return null
  const ports = exposes.flatMap(e =>
    e
      .m![1]!.trim()
      .split(/\s+/)
      .map(p => p.replace(/\/tcp$/i, ''))
  )
  if (!ports.every(p => p === '80' || p === '443') || !ports.includes('80')) return null
  if (lines.some(l => /^[ \t]*(?:ENV|ARG|ENTRYPOINT|CMD)\b/i.test(l) && REBINDS.test(l))) return null
  return {
    value: 8080,
    confidence: PORT.runtimeConfig,
    source: `${m[0]} binds 8080 (ASPNETCORE_HTTP_PORTS); EXPOSE ${[...new Set(ports)].join('/')} is the pre-.NET 8 template's`,
    evidence: [
      { file: path, line: image!.line, text: lines[image!.line - 1]!.trim() },
      ...exposes.map(e => ({ file: path, line: e.line, text: lines[e.line - 1]!.trim() }))
    ],
    replacedBy: ['ASPNETCORE_URLS', 'ASPNETCORE_HTTP_PORTS', 'HTTP_PORTS']
  }
}
