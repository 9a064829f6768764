// What Python framework entries can say beyond FrameworkSpec (types only, so the entries, the start-command
// reader and framework-specific readers can share them without importing one another).
import type { Candidate } from '../../candidate.js'
import type { FrameworkSpec } from '../../framework.js'
import type { AppContext } from '../../provider.js'
import type { Evidence } from '../../report.js'
import type { Hints } from '../../hints.js'
import type { AppObject } from './entry.js'
import type { DependencySet } from '../common/framework-score.js'

export interface StartPlan {
  command: string
  confidence: number
  source: string
  evidence: Evidence[]
  /** True when the app itself picks its port (`python main.py` with uvicorn.run(port=…)). */
  portFromSource: boolean
  extraPackages: string[]
  entry?: string
  importRoot?: string
  /** Facts of the project layout for the generator (Django: manage.py below the root, STATIC_ROOT set). */
  hints?: Pick<Hints, 'djangoManagePy' | 'djangoStaticRoot'>
}

/**
 * A framework whose project layout says how it builds, starts and routes (Django: settings, WSGI module,
 * STATIC_ROOT, urlpatterns) instead of an app object in source.
 */
export interface PythonProjectReader {
  buildCommand(ctx: AppContext, sources: string[]): Candidate<string>[]
  start(ctx: AppContext, sources: string[], deps: DependencySet): StartPlan | null
  health(ctx: AppContext, sources: string[]): Candidate<string>[]
}

export interface PythonFrameworkSpec extends FrameworkSpec {
  /** The module whose import proves a file uses the framework (settles close calls, finds entry scripts). */
  imports?: string
  /** Calls that create the app object (`app = FastAPI(` → `module:app`); `startCommand` runs it. */
  appConstructors?: string[]
  /** The WSGI callable when it is not the app object itself (Dash serves `app.server`). */
  wsgiTarget?: (ctx: AppContext, app: AppObject) => string
  /**
   * The app is a script importing the framework, run as the entry file: with `startCommand` as a template
   * (Streamlit), or as `python <file>` through the script that launches it (`runsThroughMain`, Gradio).
   */
  scriptEntry?: { runsThroughMain: boolean }
  project?: PythonProjectReader
  /** The image's default server when the report has no start command but names the app (hints). */
  serves?: 'wsgi' | 'asgi'
  /** The image runs the framework's static-files collection (hint `djangoStaticRoot: false` skips it). */
  collectsStatic?: boolean
  /** Variable that names the settings module in the image (from the `djangoSettingsModule` hint). */
  settingsModuleVariable?: string
}
