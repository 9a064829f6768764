// The eight stages in a terminal while a run goes: on a TTY a block of eight lines redrawn in place (a
// spinner and a running clock on the active stage, the build's latest output line beside it); elsewhere
// one plain line per finished stage, so logs and pipes stay readable.
import type { RunRecord, StageRecord } from '../pipeline/contracts.js'
import { formatDuration } from '../pipeline/duration.js'
import { STAGES } from '../pipeline/stages.js'

export interface ProgressOut {
  write(s: string): unknown
  isTTY?: boolean
  columns?: number
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏']
const MARK: Record<StageRecord['status'], string> = {
  pending: '·',
  running: '▸',
  success: '✓',
  failure: '✗',
  skipped: '-',
  cancelled: '■'
}
const TITLE_WIDTH = Math.max(...STAGES.map(s => s.title.length))

export function stageLine(stage: StageRecord, now: number, spinner = MARK.running, activity = ''): string {
  const title = STAGES.find(s => s.id === stage.id)?.title ?? stage.id
  const mark = stage.status === 'running' ? spinner : MARK[stage.status]
  const elapsed =
    stage.status === 'running' && stage.startedAt
      ? formatDuration(now - Date.parse(stage.startedAt))
      : stage.durationMs !== null && stage.status !== 'skipped' && stage.status !== 'pending'
        ? formatDuration(stage.durationMs)
        : ''
  const detail = stage.status === 'running' ? activity : (stage.detail ?? '')
  return `  ${mark} ${title.padEnd(TITLE_WIDTH)}  ${elapsed.padStart(8)}  ${detail}`.trimEnd()
}

export class ProgressView {
  private record: RunRecord | null = null
  private printed = new Set<string>()
  private drawnLines = 0
  private frame = 0
  private activity = ''
  private timer: NodeJS.Timeout | null = null

  constructor(private readonly out: ProgressOut) {}

  get live(): boolean {
    return this.out.isTTY === true
  }

  update(record: RunRecord): void {
    this.record = record
    if (this.live) {
      this.timer ??= setInterval(() => this.draw(), 100)
      this.draw()
    } else {
      for (const stage of record.stages) {
        const done = stage.status !== 'pending' && stage.status !== 'running'
        if (done && !this.printed.has(stage.id)) {
          this.printed.add(stage.id)
          this.out.write(`${stageLine(stage, Date.now())}\n`)
        }
      }
    }
  }

  /** The latest line of work in progress (a build step), shown beside the running stage on a TTY. */
  note(line: string): void {
    this.activity = line.replace(/\s+/g, ' ').trim()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    if (this.live) this.draw()
  }

  private draw(): void {
    if (!this.record) return
    const width = Math.max(40, (this.out.columns ?? 100) - 1)
    const spinner = SPINNER[this.frame++ % SPINNER.length] as string
    const lines = this.record.stages.map(stage =>
      clip(stageLine(stage, Date.now(), spinner, this.activity), width)
    )
    const up = this.drawnLines ? `\x1b[${this.drawnLines}A` : ''
    this.out.write(`${up}${lines.map(line => `\x1b[2K${line}\n`).join('')}`)
    this.drawnLines = lines.length
  }
}

function clip(line: string, width: number): string {
  return [...line].length > width ? `${[...line].slice(0, width - 1).join('')}…` : line
}
