// CPU/memory recommendation for Fargate: a baseline per runtime, raised by the framework's minimum and by
// heavy dependencies (ML libraries, headless browsers, image processing). Always a valid Fargate pair.
import type { Evidence, Resources } from '../report.js'
import type { Candidate } from '../candidate.js'
import { RESOURCES } from '../precedence.js'

/** A runtime's starting size (each ecosystem declares its own in `ecosystems/<eco>/runtime.ts`). */
export interface RuntimeBaseline {
  /** Shown in the source: `python runtime baseline`. */
  name: string
  cpu: number
  memory: number
  reason: string
}

export function runtimeBaseline(name: string, cpu: number, memory: number, reason: string): RuntimeBaseline {
  return { name, cpu, memory, reason }
}

export const UNKNOWN_RUNTIME = runtimeBaseline(
  'unknown',
  256,
  512,
  'no runtime detected: the smallest Fargate size'
)

/** Dependencies known to need more memory, with the minimum pair they imply. Matched by exact name. */
const HEAVY: [string[], number, number, string][] = [
  [
    [
      'torch',
      'tensorflow',
      'tensorflow-cpu',
      'transformers',
      'sentence-transformers',
      'jax',
      '@tensorflow/tfjs-node',
      'onnxruntime',
      'onnxruntime-node',
      'spacy',
      'vllm'
    ],
    2048,
    8192,
    'machine-learning libraries load large models'
  ],
  [
    [
      'puppeteer',
      'playwright',
      'playwright-core',
      '@playwright/test',
      'selenium',
      'selenium-webdriver',
      'chromium'
    ],
    1024,
    2048,
    'a headless browser needs 2 GiB'
  ],
  [
    ['pandas', 'numpy', 'scipy', 'scikit-learn', 'polars', 'opencv-python', 'opencv-python-headless'],
    512,
    2048,
    'data libraries keep arrays in memory'
  ],
  [
    [
      'sharp',
      'canvas',
      'pillow',
      'Pillow',
      'ffmpeg-static',
      'fluent-ffmpeg',
      'imagemagick',
      'rmagick',
      'mini_magick'
    ],
    512,
    1024,
    'image/video processing needs headroom'
  ],
  [['streamlit', 'gradio'], 512, 1024, 'interactive data apps keep session state in memory']
]

const VALID_MEMORY: Record<number, number[]> = {
  256: [512, 1024, 2048],
  512: [1024, 2048, 3072, 4096],
  1024: [2048, 3072, 4096, 5120, 6144, 7168, 8192],
  2048: range(4096, 16384, 1024),
  4096: range(8192, 30720, 1024)
}

function range(from: number, to: number, step: number): number[] {
  const out: number[] = []
  for (let v = from; v <= to; v += step) out.push(v)
  return out
}

/** Smallest valid Fargate pair with at least `cpu` units and `memory` MiB. */
export function fargatePair(cpu: number, memory: number): { cpu: number; memory: number } {
  for (const c of [256, 512, 1024, 2048, 4096]) {
    if (c < cpu) continue
    const m = VALID_MEMORY[c]!.find(v => v >= memory)
    if (m !== undefined) return { cpu: c, memory: m }
  }
  return { cpu: 4096, memory: 30720 }
}

export function isValidFargatePair(cpu: number, memory: number): boolean {
  return VALID_MEMORY[cpu]?.includes(memory) ?? false
}

export interface ResourceInput {
  runtime: RuntimeBaseline
  /** Framework id and its minimum (from the framework data), if any. */
  framework?: { id: string; resources?: { cpu: number; memory: number } }
  /** Runtime dependency names of the app. */
  dependencies: Iterable<string>
  /** Evidence lines for dependencies (name → evidence), used to prove a heavy-dependency bump. */
  evidenceFor?: (dependency: string) => Evidence | undefined
}

export function recommendResources(input: ResourceInput): Candidate<Resources> {
  const { cpu: baseCpu, memory: baseMem, reason: baseReason } = input.runtime
  let cpu = baseCpu
  let memory = baseMem
  const reasons = [baseReason]
  const evidence: Evidence[] = []
  const fw = input.framework?.resources
  if (fw && (fw.cpu > cpu || fw.memory > memory)) {
    cpu = Math.max(cpu, fw.cpu)
    memory = Math.max(memory, fw.memory)
    reasons.push(`${input.framework!.id} needs at least ${fw.cpu} CPU units / ${fw.memory} MiB`)
  }
  const deps = new Set(input.dependencies)
  for (const [names, c, m, why] of HEAVY) {
    const hit = names.filter(n => deps.has(n))
    if (hit.length === 0 || (c <= cpu && m <= memory)) continue
    cpu = Math.max(cpu, c)
    memory = Math.max(memory, m)
    reasons.push(`${hit.join(', ')}: ${why}`)
    for (const h of hit) {
      const e = input.evidenceFor?.(h)
      if (e && evidence.length < 3) evidence.push(e)
    }
  }
  const pair = fargatePair(cpu, memory)
  return {
    value: { ...pair, reason: reasons.join('; ') },
    confidence: evidence.length > 0 ? RESOURCES.heavyDependency : RESOURCES.baseline,
    source:
      reasons.length === 1
        ? `${input.runtime.name} runtime baseline`
        : `${input.runtime.name} runtime + ${evidence.length > 0 ? 'heavy dependencies' : `${input.framework?.id} minimum`}`,
    evidence
  }
}
