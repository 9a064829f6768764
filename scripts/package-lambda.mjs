#!/usr/bin/env node
// Packs dist/lambda/ (the ncc bundle of src/lambda) into the zip infrastructure/modules/analyzer deploys
// (variable package_file): index.js becomes index.mjs, Lambda's Node.js ESM entry. Reproducible: entries
// sorted, timestamps fixed at 1980-01-01, modes 0644, deflate level 9 — the same bundle always gives the
// same bytes, so terraform's source_code_hash changes only when the code does.
//   node scripts/package-lambda.mjs [--from dist/lambda] [--out build/deplight-analyzer.zip]
import { Buffer } from 'node:buffer'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { crc32, deflateRawSync } from 'node:zlib'

export function zipEntries(entries) {
  const locals = []
  const centrals = []
  let offset = 0
  for (const { name, data } of [...entries].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const nameBytes = Buffer.from(name, 'utf8')
    const packed = deflateRawSync(data, { level: 9 })
    const crc = crc32(data)
    const common = Buffer.alloc(26)
    common.writeUInt16LE(20, 0) // version needed: 2.0 (deflate)
    common.writeUInt16LE(0x0800, 2) // UTF-8 names
    common.writeUInt16LE(8, 4) // deflate
    common.writeUInt16LE(0, 6) // time 00:00:00
    common.writeUInt16LE((0 << 9) | (1 << 5) | 1, 8) // date 1980-01-01
    common.writeUInt32LE(crc, 10)
    common.writeUInt32LE(packed.length, 14)
    common.writeUInt32LE(data.length, 18)
    common.writeUInt16LE(nameBytes.length, 22)
    common.writeUInt16LE(0, 24) // no extra field (no extended timestamps)
    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), common, nameBytes, packed])
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE((3 << 8) | 20, 4) // made by: Unix, 2.0 (so the mode below applies)
    common.copy(central, 6, 0, 26)
    central.writeUInt16LE(0, 32) // comment length
    central.writeUInt16LE(0, 34) // disk
    central.writeUInt16LE(0, 36) // internal attributes
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38) // regular file, rw-r--r--
    central.writeUInt32LE(offset, 42)
    centrals.push(Buffer.concat([central, nameBytes]))
    locals.push(local)
    offset += local.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(centrals.length, 8)
  end.writeUInt16LE(centrals.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

export function packageLambda(from, out) {
  const entries = readdirSync(from)
    .sort()
    .map(name => ({ name: name === 'index.js' ? 'index.mjs' : name, data: readFileSync(join(from, name)) }))
  if (!entries.some(e => e.name === 'index.mjs'))
    throw new Error(`${from}/index.js not found: run npm run build first`)
  const zip = zipEntries(entries)
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, zip)
  return zip
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const args = process.argv.slice(2)
  const arg = (flag, fallback) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : fallback)
  try {
    const out = resolve(arg('--out', 'build/deplight-analyzer.zip'))
    const zip = packageLambda(resolve(arg('--from', 'dist/lambda')), out)
    console.log(`wrote ${out} (${zip.length} bytes)`)
  } catch (err) {
    console.error(`package-lambda: ${err.message}`)
    process.exit(1)
  }
}
