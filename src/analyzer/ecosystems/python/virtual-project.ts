// A pyproject.toml without a [build-system] table describes an application, not a package: uv calls it a
// "virtual project" and installs only its dependencies. pip instead builds it with setuptools' legacy
// backend, whose automatic package discovery refuses the usual application layout (`app/` beside
// `migrations/`, or `main.py` beside a package: "Multiple top-level packages discovered in a flat-layout"),
// so `pip install .` fails the image build. Such a project gets its [project] dependencies installed and
// runs from its source folder — unless its start command runs one of its own console scripts, which exist
// only once the project itself is installed.
import type { AppContext } from '../../provider.js'
import { getPath, isRecord } from '../../signals/manifests.js'
import { consoleScripts, programOf, startedConsoleScript } from './console-script-start.js'

export function isVirtualProject(
  ctx: AppContext,
  pyproject: Record<string, unknown> | null,
  startCommand: string | null
): boolean {
  if (!pyproject || !isRecord(getPath(pyproject, 'project'))) return false
  if (getPath(pyproject, 'build-system') !== undefined) return false
  // setup.py / setup.cfg configure the legacy build: the project is meant to be installed.
  if (ctx.has('setup.py') || ctx.has('setup.cfg')) return false
  // Dependencies computed by the build backend can only be read by building the project.
  const dynamic = getPath(pyproject, 'project', 'dynamic')
  if (Array.isArray(dynamic) && dynamic.includes('dependencies')) return false
  const scripts = consoleScripts(ctx, pyproject)
  if (startCommand !== null && scripts.has(programOf(startCommand))) return false
  // The repository's own Dockerfile or Procfile runs one of them.
  if (startedConsoleScript(ctx, scripts) !== null) return false
  return true
}
