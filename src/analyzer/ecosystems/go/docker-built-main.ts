// The main package the app's own Dockerfile compiles (`go build -o /beszel ./internal/cmd/hub`): the image
// ships that binary, so of several mains (beszel's hub beside its agent) it is the app, whatever else
// listens. Relative to the module folder, '' for the root.
import { dockerInstructions } from '../../signals/dockerfile.js'
import type { AppContext } from '../../provider.js'

/** `go build` flags that take a value (the value is no package). */
const VALUE_FLAGS = new Set(['-o', '-ldflags', '-gcflags', '-tags', '-mod', '-p', '-pkgdir', '-buildmode'])

/** The package folders `go build` compiles in the app's Dockerfile (`./cmd/server` → `cmd/server`). */
export function dockerBuiltMains(ctx: AppContext): string[] {
  const path = ctx.signals.dockerfile
  const text = path ? ctx.tree.read(path) : null
  if (!text) return []
  const dirs = new Set<string>()
  for (const ins of dockerInstructions(text)) {
    if (ins.keyword !== 'RUN') continue
    for (const m of ins.args.matchAll(/\bgo\s+build\b([^;&|]*)/g)) {
      const words = m[1]!
        .replace(/"[^"]*"|'[^']*'/g, '""')
        .trim()
        .split(/\s+/)
      for (let i = 0; i < words.length; i++) {
        const w = words[i]!
        if (VALUE_FLAGS.has(w)) i++
        else if (/^\.\/[\w./-]*$/.test(w) && !w.endsWith('.go'))
          dirs.add(
            w
              .replace(/^\.\//, '')
              .replace(/\/+$/, '')
              .replace(/\/\.\.\.$/, '')
          )
      }
    }
  }
  return [...dirs].filter(d => !d.includes('...'))
}
