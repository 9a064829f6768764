// The job summary's cache line: hit or miss, and what the hit saved against the fresh analysis it replaced.
import type { CacheOutcome } from '../../pipeline/analysis-cache/cached-analyze.js'
import { escapeMarkdown } from '../../analyzer/render/markdown.js'
import { formatDuration } from '../../pipeline/duration.js'

export function cacheSummaryLine(cache: CacheOutcome): string | null {
  switch (cache.status) {
    case 'off':
      return null
    case 'hit':
      return `Analysis cache: **hit** (${cache.backend}) in ${formatDuration(cache.lookupMs)}; the analysis it replaced took ${formatDuration(cache.analysisMs)}, so this run saved ${formatDuration(Math.max(0, cache.analysisMs - cache.lookupMs))}.`
    case 'miss':
      return `Analysis cache: **miss** (${cache.backend}); analysed in ${formatDuration(cache.analysisMs)}${cache.stored ? ', stored for the next run' : ', not stored (see the warnings)'}.`
    case 'unavailable':
      return `Analysis cache: **unavailable** (${cache.backend}: ${escapeMarkdown(cache.reason)}); analysed without it in ${formatDuration(cache.analysisMs)}.`
  }
}
