// Python: pip, Poetry, uv, Pipenv; Django, FastAPI, Flask, Starlette, Streamlit, Gradio, plain servers.
import type { Ecosystem } from '../../ecosystem.js'
import { pythonDockerfile } from './dockerfile.js'
import { pythonProvider } from './provider.js'

export const pythonEcosystem: Ecosystem = {
  id: 'python',
  providers: [pythonProvider],
  generators: [
    {
      id: 'python',
      languages: ['python'],
      dockerignore: [
        '**/__pycache__',
        '**/*.py[cod]',
        '.venv',
        'venv',
        '.pytest_cache',
        '.mypy_cache',
        '.ruff_cache',
        '.tox',
        '**/*.egg-info',
        'htmlcov',
        '.coverage'
      ],
      render: pythonDockerfile
    }
  ]
}
