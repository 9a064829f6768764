// Python web frameworks as data. `startCommand` is a template the Python provider fills in:
// {{module}} = `pkg.mod:app` (ASGI/WSGI target), {{file}} = entry file, {{port}} = the chosen port.
// Commands keep the $PORT contract: the container sets PORT and the default is the inferred port.
// Each entry also names the module whose import proves it, the calls that create its app object, and how
// it starts when it has none (see framework-spec.ts).
import { djangoProject } from './django.js'
import type { PythonFrameworkSpec } from './framework-spec.js'
import { dashServer } from './start.js'

const uvicorn = 'uvicorn {{module}} --host 0.0.0.0 --port ${PORT:-{{port}}}'
const gunicorn = 'gunicorn {{module}} --bind 0.0.0.0:${PORT:-{{port}}}'
/** Application-factory names ASGI projects use besides the framework's constructor. */
const APP_FACTORIES = [
  'create_app',
  'get_application',
  'get_app',
  'build_app',
  'make_app',
  'create_application'
]

export const PYTHON_FRAMEWORKS: readonly PythonFrameworkSpec[] = [
  {
    id: 'django',
    name: 'Django',
    language: 'python',
    dependencies: ['django'],
    markerFiles: ['manage.py'],
    specificity: 1,
    kind: 'server',
    port: 8000,
    startCommand: gunicorn,
    imports: 'django',
    project: djangoProject,
    serves: 'wsgi',
    collectsStatic: true,
    settingsModuleVariable: 'DJANGO_SETTINGS_MODULE'
  },
  {
    id: 'fastapi',
    name: 'FastAPI',
    language: 'python',
    dependencies: ['fastapi'],
    specificity: 0.95,
    kind: 'server',
    port: 8000,
    startCommand: uvicorn,
    imports: 'fastapi',
    appConstructors: ['FastAPI', ...APP_FACTORIES],
    serves: 'asgi'
  },
  {
    id: 'streamlit',
    name: 'Streamlit',
    language: 'python',
    dependencies: ['streamlit'],
    specificity: 1,
    kind: 'server',
    port: 8501,
    startCommand: 'streamlit run {{file}} --server.port ${PORT:-{{port}}} --server.address 0.0.0.0',
    healthPath: '/_stcore/health',
    resources: { cpu: 512, memory: 1024 },
    imports: 'streamlit',
    scriptEntry: { runsThroughMain: false },
    env: ['STREAMLIT_SERVER_HEADLESS=true']
  },
  {
    id: 'gradio',
    name: 'Gradio',
    language: 'python',
    dependencies: ['gradio'],
    specificity: 1,
    kind: 'server',
    port: 7860,
    startCommand: 'python {{file}}',
    resources: { cpu: 512, memory: 1024 },
    imports: 'gradio',
    scriptEntry: { runsThroughMain: true },
    env: ['GRADIO_SERVER_NAME=0.0.0.0']
  },
  {
    id: 'dash',
    name: 'Dash',
    language: 'python',
    dependencies: ['dash'],
    specificity: 0.97,
    kind: 'server',
    port: 8050,
    startCommand: gunicorn,
    imports: 'dash',
    appConstructors: ['Dash', 'dash.Dash'],
    wsgiTarget: dashServer
  },
  {
    id: 'litestar',
    name: 'Litestar',
    language: 'python',
    dependencies: ['litestar'],
    specificity: 0.95,
    kind: 'server',
    port: 8000,
    startCommand: uvicorn,
    imports: 'litestar',
    appConstructors: ['Litestar', ...APP_FACTORIES]
  },
  {
    id: 'flask',
    name: 'Flask',
    language: 'python',
    dependencies: ['flask'],
    specificity: 0.9,
    kind: 'server',
    port: 8000,
    startCommand: gunicorn,
    imports: 'flask',
    appConstructors: ['Flask', 'create_app'],
    serves: 'wsgi'
  },
  {
    id: 'quart',
    name: 'Quart',
    language: 'python',
    dependencies: ['quart'],
    specificity: 0.92,
    kind: 'server',
    port: 8000,
    startCommand: uvicorn,
    imports: 'quart',
    appConstructors: ['Quart']
  },
  {
    id: 'sanic',
    name: 'Sanic',
    language: 'python',
    dependencies: ['sanic'],
    specificity: 0.9,
    kind: 'server',
    port: 8000,
    startCommand: 'sanic {{module}} --host 0.0.0.0 --port ${PORT:-{{port}}}',
    imports: 'sanic',
    appConstructors: ['Sanic']
  },
  {
    id: 'falcon',
    name: 'Falcon',
    language: 'python',
    dependencies: ['falcon'],
    specificity: 0.85,
    kind: 'server',
    port: 8000,
    startCommand: gunicorn,
    imports: 'falcon',
    appConstructors: ['falcon.App', 'falcon.API', 'App', 'API']
  },
  {
    id: 'starlette',
    name: 'Starlette',
    language: 'python',
    dependencies: ['starlette'],
    specificity: 0.8,
    kind: 'server',
    port: 8000,
    startCommand: uvicorn,
    imports: 'starlette',
    appConstructors: ['Starlette', ...APP_FACTORIES],
    serves: 'asgi'
  },
  {
    id: 'aiohttp',
    name: 'aiohttp',
    language: 'python',
    dependencies: ['aiohttp'],
    specificity: 0.6,
    kind: 'server',
    port: 8080,
    startCommand: 'python {{file}}',
    imports: 'aiohttp'
  },
  {
    id: 'tornado',
    name: 'Tornado',
    language: 'python',
    dependencies: ['tornado'],
    specificity: 0.6,
    kind: 'server',
    port: 8888,
    startCommand: 'python {{file}}',
    imports: 'tornado'
  },
  {
    id: 'bottle',
    name: 'Bottle',
    language: 'python',
    dependencies: ['bottle'],
    specificity: 0.8,
    kind: 'server',
    port: 8080,
    startCommand: 'python {{file}}',
    imports: 'bottle'
  }
]
