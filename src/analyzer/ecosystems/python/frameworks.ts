// Python web frameworks as data. `startCommand` is a template the Python provider fills in:
// {{module}} = `pkg.mod:app` (ASGI/WSGI target), {{file}} = entry file, {{port}} = the chosen port.
// Commands keep the $PORT contract: the container sets PORT and the default is the inferred port.
import type { FrameworkSpec } from '../../framework.js'

const uvicorn = 'uvicorn {{module}} --host 0.0.0.0 --port ${PORT:-{{port}}}'
const gunicorn = 'gunicorn {{module}} --bind 0.0.0.0:${PORT:-{{port}}}'

export const PYTHON_FRAMEWORKS: readonly FrameworkSpec[] = [
  {
    id: 'django',
    name: 'Django',
    language: 'python',
    dependencies: ['django'],
    markerFiles: ['manage.py'],
    specificity: 1,
    kind: 'server',
    port: 8000,
    startCommand: gunicorn
  },
  {
    id: 'fastapi',
    name: 'FastAPI',
    language: 'python',
    dependencies: ['fastapi'],
    specificity: 0.95,
    kind: 'server',
    port: 8000,
    startCommand: uvicorn
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
    resources: { cpu: 512, memory: 1024 }
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
    resources: { cpu: 512, memory: 1024 }
  },
  {
    id: 'dash',
    name: 'Dash',
    language: 'python',
    dependencies: ['dash'],
    specificity: 0.97,
    kind: 'server',
    port: 8050,
    startCommand: gunicorn
  },
  {
    id: 'litestar',
    name: 'Litestar',
    language: 'python',
    dependencies: ['litestar'],
    specificity: 0.95,
    kind: 'server',
    port: 8000,
    startCommand: uvicorn
  },
  {
    id: 'flask',
    name: 'Flask',
    language: 'python',
    dependencies: ['flask'],
    specificity: 0.9,
    kind: 'server',
    port: 8000,
    startCommand: gunicorn
  },
  {
    id: 'quart',
    name: 'Quart',
    language: 'python',
    dependencies: ['quart'],
    specificity: 0.92,
    kind: 'server',
    port: 8000,
    startCommand: uvicorn
  },
  {
    id: 'sanic',
    name: 'Sanic',
    language: 'python',
    dependencies: ['sanic'],
    specificity: 0.9,
    kind: 'server',
    port: 8000,
    startCommand: 'sanic {{module}} --host 0.0.0.0 --port ${PORT:-{{port}}}'
  },
  {
    id: 'falcon',
    name: 'Falcon',
    language: 'python',
    dependencies: ['falcon'],
    specificity: 0.85,
    kind: 'server',
    port: 8000,
    startCommand: gunicorn
  },
  {
    id: 'starlette',
    name: 'Starlette',
    language: 'python',
    dependencies: ['starlette'],
    specificity: 0.8,
    kind: 'server',
    port: 8000,
    startCommand: uvicorn
  },
  {
    id: 'aiohttp',
    name: 'aiohttp',
    language: 'python',
    dependencies: ['aiohttp'],
    specificity: 0.6,
    kind: 'server',
    port: 8080,
    startCommand: 'python {{file}}'
  },
  {
    id: 'tornado',
    name: 'Tornado',
    language: 'python',
    dependencies: ['tornado'],
    specificity: 0.6,
    kind: 'server',
    port: 8888,
    startCommand: 'python {{file}}'
  },
  {
    id: 'bottle',
    name: 'Bottle',
    language: 'python',
    dependencies: ['bottle'],
    specificity: 0.8,
    kind: 'server',
    port: 8080,
    startCommand: 'python {{file}}'
  }
]

/** Constructor calls that create the app object, per framework: `app = FastAPI(` → `module:app`. */
export const PYTHON_APP_CONSTRUCTORS: Record<string, string[]> = {
  fastapi: [
    'FastAPI',
    'create_app',
    'get_application',
    'get_app',
    'build_app',
    'make_app',
    'create_application'
  ],
  flask: ['Flask', 'create_app'],
  starlette: [
    'Starlette',
    'create_app',
    'get_application',
    'get_app',
    'build_app',
    'make_app',
    'create_application'
  ],
  litestar: [
    'Litestar',
    'create_app',
    'get_application',
    'get_app',
    'build_app',
    'make_app',
    'create_application'
  ],
  quart: ['Quart'],
  sanic: ['Sanic'],
  falcon: ['falcon.App', 'falcon.API', 'App', 'API'],
  dash: ['Dash', 'dash.Dash']
}

/** Import names that prove a framework is used by a file (streamlit/gradio entries are found this way). */
export const PYTHON_IMPORTS: Record<string, string> = {
  streamlit: 'streamlit',
  gradio: 'gradio',
  fastapi: 'fastapi',
  flask: 'flask',
  starlette: 'starlette',
  django: 'django',
  dash: 'dash',
  litestar: 'litestar',
  quart: 'quart',
  sanic: 'sanic',
  aiohttp: 'aiohttp',
  tornado: 'tornado',
  bottle: 'bottle',
  falcon: 'falcon'
}
