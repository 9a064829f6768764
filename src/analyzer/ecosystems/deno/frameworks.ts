// Deno frameworks as data: matched against deno.json imports and import specifiers in the entry files.
import type { FrameworkSpec } from '../../framework.js'

export const DENO_FRAMEWORKS: FrameworkSpec[] = [
  {
    id: 'fresh',
    name: 'Fresh',
    dependencies: ['$fresh/', 'jsr:@fresh/core', 'fresh'],
    markerFiles: ['fresh.gen.ts', 'fresh.config.ts'],
    specificity: 1,
    kind: 'server',
    port: 8000,
    startCommand: 'deno run -A main.ts',
    buildCommand: 'deno task build'
  },
  {
    id: 'hono',
    name: 'Hono',
    dependencies: ['hono', 'jsr:@hono/hono', '@hono/hono'],
    specificity: 0.93,
    kind: 'server',
    port: 8000
  },
  {
    id: 'oak',
    name: 'Oak',
    dependencies: ['oak', 'jsr:@oak/oak', '@oak/oak'],
    specificity: 0.92,
    kind: 'server',
    port: 8000
  },
  {
    id: 'express',
    name: 'Express',
    dependencies: ['npm:express', 'express'],
    specificity: 0.9,
    kind: 'server',
    port: 3000
  }
]
