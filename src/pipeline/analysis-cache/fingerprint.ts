// The "analyzer version" in the cache key. VERSION alone is not enough: the moving v3 tag ships new
// analyzer code without a version bump, and a cache keyed on "3.0.0" would then serve reports the new code
// would not produce. So the key carries a hash of the code that runs: the bundle file itself
// (dist/<entry>/index.js, which holds the analyzer) or, from sources (tests, tsx), every file under
// src/analyzer plus src/version.ts.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { VERSION } from '../../version.js'

let memo: string | null = null

export function analyzerFingerprint(): string {
  return (memo ??= `${VERSION}+${codeHash(fileURLToPath(import.meta.url))}`)
}

function codeHash(self: string): string {
  const h = createHash('sha256')
  if (self.endsWith('.ts')) {
    const src = join(dirname(self), '..', '..')
    for (const file of [...listFiles(join(src, 'analyzer')), join(src, 'version.ts')]) {
      h.update(`${file.slice(src.length)}\0`)
      h.update(readBytes(file))
    }
  } else {
    h.update(readBytes(self))
  }
  return h.digest('hex').slice(0, 16)
}

function listFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...listFiles(full))
    else if (entry.isFile()) out.push(full)
  }
  return out
}

/** Behind a function boundary so ncc's asset relocator leaves the path alone. */
function readBytes(path: string): Buffer {
  return readFileSync(path)
}
