// The dotnet runtime as data: the Fargate size a plain app starts from and the version
// line its images are pinned to (the pinning rule and the table's date are in render/base-images.ts).
import type { RuntimeLine } from '../../render/base-images.js'
import type { RuntimeBaseline } from '../../signals/resources.js'

export const DOTNET_BASELINE: RuntimeBaseline = {
  name: 'dotnet',
  cpu: 512,
  memory: 1024,
  reason: 'the .NET runtime with JIT needs 1 GiB'
}

export const DOTNET_VERSIONS: RuntimeLine = {
  name: 'dotnet',
  latest: { 6: '6.0', 7: '7.0', 8: '8.0', 9: '9.0', 10: '10.0' },
  fallback: '8.0'
}
