// Symfony version/info routes that anonymous users may GET (see signals/info-routes.ts): `#[Route]` attributes
// and `@Route` annotations on controller actions (under the class's own route prefix), kept when the
// security configuration's first `access_control` entry matching the path grants anonymous access
// (`IS_AUTHENTICATED_ANONYMOUSLY`, `PUBLIC_ACCESS`), and the action and its class carry no `IsGranted`.
// A `.{_format}` placeholder with a default is requested with that format (`/api/version.json`).
import type { Evidence } from '../../report.js'
import type { AppContext } from '../../provider.js'
import type { Candidate } from '../../candidate.js'
import { evidenceAt } from '../../signals/evidence.js'
import { joinRoute } from '../../signals/health.js'
import { infoRank, publicInfoCandidates, type InfoRoute } from '../../signals/info-routes.js'

const SECURITY_FILES = [
  'config/packages/security.yaml',
  'config/packages/security.yml',
  'app/config/security.yml',
  'app/config/security.yaml'
]

const ANONYMOUS = /\b(?:IS_AUTHENTICATED_ANONYMOUSLY|PUBLIC_ACCESS)\b/

interface AccessRule {
  pattern: RegExp
  raw: string
  anonymous: boolean
  evidence: Evidence
}

/** `- { path: ^/api/(doc|version), roles: IS_AUTHENTICATED_ANONYMOUSLY }` entries, in order. */
function accessRules(ctx: AppContext): AccessRule[] {
  for (const rel of SECURITY_FILES) {
    const path = ctx.path(rel)
    const text = ctx.tree.read(path)
    if (text === null) continue
    const rules: AccessRule[] = []
    for (const m of text.matchAll(/^\s*-\s*\{\s*path:\s*['"]?([^,'"}]+?)['"]?\s*,([^}\n]*)\}/gm)) {
      let pattern: RegExp
      try {
        pattern = new RegExp(m[1]!.trim())
      } catch {
        continue
      }
      if (!/\broles?\s*:/.test(m[2]!)) continue
      rules.push({
        pattern,
        raw: m[1]!.trim(),
        anonymous: ANONYMOUS.test(m[2]!),
        evidence: evidenceAt(path, text, m.index)
      })
    }
    return rules
  }
  return []
}

// Arguments may hold arrays and one level of parentheses (`methods: ['GET']`, `requirements={"id"="\d+"}`).
const ROUTE_ATTRIBUTE = /#\[Route\(((?:[^()]|\([^()]*\))*)\)\]|@Route\(((?:[^()]|\([^()]*\))*)\)/g
const GRANTED = /(?:#\[|@)(?:IsGranted|Security)\s*\(/
const DATABASE = /\b(?:EntityManager\w*|\w+Repository|Connection|Config)\s+\$\w+/

/** Anonymous version/info GETs of Symfony controllers under `files`, as health candidates. */
export function symfonyInfoCandidates(ctx: AppContext, files: readonly string[]): Candidate<string>[] {
  const controllers = files.filter(f => /(?:^|\/)src\/.*Controller\.php$/.test(f))
  if (controllers.length === 0) return []
  const rules = accessRules(ctx)
  if (rules.length === 0) return []
  const routes: InfoRoute[] = []
  for (const file of controllers.slice(0, 300)) {
    const text = ctx.tree.read(file)
    if (text === null || !/Route\(/.test(text)) continue
    const cls = /\bclass\s+\w+[^{]*\{/.exec(text)
    if (!cls) continue
    const head = text.slice(0, cls.index)
    if (GRANTED.test(head.slice(head.lastIndexOf(';') + 1))) continue
    const classRoute = [...head.matchAll(ROUTE_ATTRIBUTE)].pop()
    const prefix = classRoute ? (routeArgs(classRoute[1] ?? classRoute[2]!)?.path ?? '') : ''
    ROUTE_ATTRIBUTE.lastIndex = 0
    for (const m of text.slice(cls.index).matchAll(ROUTE_ATTRIBUTE)) {
      const args = routeArgs(m[1] ?? m[2]!)
      if (!args || (args.methods && !args.methods.includes('GET'))) continue
      const index = cls.index + m.index
      const rest = text.slice(index)
      const fn = /\bfunction\s+(\w+)\s*\(([^)]*)\)/.exec(rest)
      if (!fn || GRANTED.test(rest.slice(0, fn.index))) continue
      const path = joinRoute(prefix, args.path)
      if (infoRank(path, fn[1]!) < 0) continue
      const rule = rules.find(r => r.pattern.test(path))
      if (!rule?.anonymous) continue
      const db = DATABASE.exec(fn[2]!)
      routes.push({
        path,
        handler: fn[1]!,
        evidence: [evidenceAt(file, text, index), rule.evidence],
        publicBecause: `security access_control grants anonymous access to ${rule.raw}`,
        database: db ? db[0] : null
      })
    }
  }
  return publicInfoCandidates(routes)
}

/** `path: '/api/version.{_format}', methods: ['GET'], defaults: ['_format' => 'json']` → the probe path. */
function routeArgs(args: string): { path: string; methods: string[] | null } | null {
  const named = /\bpath\s*[:=]\s*["']([^"']*)["']/.exec(args)
  const first = /^\s*["']([^"']*)["']/.exec(args)
  const raw = named?.[1] ?? first?.[1]
  if (raw === undefined) return null
  const methods = /\bmethods\s*[:=]\s*[[{]([^\]}]*)[\]}]/.exec(args)
  const format = /["']_format["']\s*(?:=>|:|=)\s*["'](\w+)["']/.exec(args)?.[1]
  let path = raw
  if (/\.\{_format\}$/.test(path)) {
    if (!format) return null
    path = path.replace(/\{_format\}$/, format)
  }
  return {
    path,
    methods: methods ? [...methods[1]!.matchAll(/["'](\w+)["']/g)].map(x => x[1]!.toUpperCase()) : null
  }
}
