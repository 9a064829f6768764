// Python services: pip, uv, Poetry or Pipenv into a virtualenv built in one stage and copied into a clean
// slim runtime; Django's collectstatic at build time; gunicorn/uvicorn start commands bound to $PORT.
import { pinRuntime, TOOL_IMAGES } from '../../render/base-images.js'
import { hintAppPath, hintBoolean, hintList, hintPath, hintString } from '../../render/hints.js'
import {
  addUser,
  cmdInstruction,
  dockerfile,
  expose,
  header,
  healthcheck,
  lockfileInContext,
  portLines,
  safeCommand,
  type DockerfileContext,
  type GeneratedDockerfile
} from '../../render/dockerfile/common.js'
import { PYTHON_VERSIONS } from './runtime.js'
import { frameworkById } from '../../framework.js'
import { PYTHON_FRAMEWORKS } from './frameworks.js'

interface PythonInstall {
  /** Stages before the build stage (the uv binary image). */
  preStages: string[]
  /** Build-stage lines: manifests first, then the dependency install. */
  dependencies: string[]
  /** After the source is copied (installing the project itself). */
  afterSource: string[]
  label: string
}

const PIP_CACHE = '--mount=type=cache,target=/root/.cache/pip'

function manifestFiles(ctx: DockerfileContext): string[] {
  return ctx.app.packageManager.evidence.map(evidence => evidence.file.split('/').pop() ?? '')
}

function pythonInstall(ctx: DockerfileContext): PythonInstall | null {
  const { app } = ctx
  const pm = app.packageManager.value.toLowerCase()
  const files = manifestFiles(ctx)
  if (pm === 'uv') {
    const frozen = lockfileInContext(ctx, 'uv.lock', 'uv') ? ' --frozen' : ''
    return {
      label: 'uv',
      preStages: [`FROM ${ctx.image(TOOL_IMAGES.uv)} AS uv`, ''],
      dependencies: [
        'COPY --from=uv /uv /usr/local/bin/uv',
        'ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PROJECT_ENVIRONMENT=/opt/venv UV_PYTHON_DOWNLOADS=never',
        frozen ? 'COPY pyproject.toml uv.lock ./' : 'COPY pyproject.toml ./',
        `RUN --mount=type=cache,target=/root/.cache/uv uv sync${frozen} --no-dev --no-install-project`
      ],
      afterSource: [`RUN --mount=type=cache,target=/root/.cache/uv uv sync${frozen} --no-dev --no-editable`]
    }
  }
  if (pm === 'poetry') {
    const locked = lockfileInContext(ctx, 'poetry.lock', 'Poetry')
    return {
      label: 'Poetry',
      preStages: [],
      dependencies: [
        '# Poetry lives in its own virtualenv so it never lands in the app environment.',
        `RUN ${PIP_CACHE} python -m venv /opt/poetry && /opt/poetry/bin/pip install poetry==${TOOL_IMAGES.poetry}`,
        'RUN python -m venv /opt/venv',
        locked ? 'COPY pyproject.toml poetry.lock ./' : 'COPY pyproject.toml ./',
        'RUN --mount=type=cache,target=/root/.cache/pypoetry POETRY_VIRTUALENVS_CREATE=false /opt/poetry/bin/poetry install --only main --no-root --no-interaction'
      ],
      afterSource: []
    }
  }
  // A Pipfile without its lock beside a requirements file (exported from it): pip installs the pinned file.
  const pipenvUnlockedWithRequirements =
    pm === 'pipenv' &&
    hintPath(app, 'requirementsFile') !== null &&
    !app.packageManager.evidence.some(e => e.file.endsWith('Pipfile.lock'))
  if (pm === 'pipenv' && !pipenvUnlockedWithRequirements) {
    const locked = lockfileInContext(ctx, 'Pipfile.lock', 'Pipenv')
    return {
      label: 'Pipenv',
      preStages: [],
      dependencies: [
        `RUN ${PIP_CACHE} python -m venv /opt/pipenv && /opt/pipenv/bin/pip install pipenv==${TOOL_IMAGES.pipenv}`,
        'RUN python -m venv /opt/venv',
        locked ? 'COPY Pipfile Pipfile.lock ./' : 'COPY Pipfile ./',
        `RUN ${PIP_CACHE} ${locked ? '' : '/opt/pipenv/bin/pipenv lock && '}/opt/pipenv/bin/pipenv requirements > /tmp/requirements.txt && pip install -r /tmp/requirements.txt`
      ],
      afterSource: []
    }
  }
  const requirements =
    hintPath(app, 'requirementsFile') ?? files.find(file => /^requirements.*\.txt$/.test(file)) ?? null
  if (requirements) {
    return {
      label: 'pip',
      preStages: [],
      dependencies: [
        'RUN python -m venv /opt/venv',
        `COPY ${requirements} ./`,
        `RUN ${PIP_CACHE} pip install -r ${requirements.split('/').pop()}`
      ],
      afterSource: []
    }
  }
  if (files.includes('pyproject.toml') && hintBoolean(app, 'pythonVirtualProject') === true) {
    // An application pyproject (no [build-system]): building it as a package fails on the usual layouts,
    // so only its [project] dependencies are installed — read by uv, since pip cannot install them alone.
    return {
      label: 'pip',
      preStages: [`FROM ${ctx.image(TOOL_IMAGES.uv)} AS uv`, ''],
      dependencies: [
        'COPY --from=uv /uv /usr/local/bin/uv',
        'RUN python -m venv /opt/venv',
        'COPY pyproject.toml ./',
        'RUN --mount=type=cache,target=/root/.cache/uv uv pip install --python /opt/venv -r pyproject.toml'
      ],
      afterSource: []
    }
  }
  if (files.includes('pyproject.toml') || files.includes('setup.py')) {
    // No lockfile or requirements: the project installs itself, so its manifest cannot be split from the source.
    return {
      label: 'pip',
      preStages: [],
      dependencies: ['RUN python -m venv /opt/venv', 'COPY pyproject.toml* setup.py* setup.cfg* ./'],
      afterSource: [`RUN ${PIP_CACHE} pip install .`]
    }
  }
  return null
}

function pythonStart(ctx: DockerfileContext): string {
  const { app } = ctx
  const start = safeCommand(ctx, app.startCommand.value, 'start')
  if (start) return start
  const serves = frameworkById(PYTHON_FRAMEWORKS, app.framework.value)?.serves
  const wsgi = hintString(app, 'wsgiModule')
  const asgi = hintString(app, 'asgiApp')
  const safeTarget = (value: string | null): string | null =>
    value && /^[\w.]+(:[\w.]+)?$/.test(value) ? value : null
  if (serves === 'wsgi' && safeTarget(wsgi)) return `gunicorn ${wsgi} --bind 0.0.0.0:$PORT`
  if (serves === 'asgi' && safeTarget(asgi)) return `uvicorn ${asgi} --host 0.0.0.0 --port $PORT`
  const entry = hintAppPath(app, 'entry')
  if (entry) return `python ${entry}`
  ctx.warn(
    'NO_START_COMMAND',
    'No Python start command was found; the image runs `python main.py`. Set app.startCommand.'
  )
  return 'python main.py'
}

export function pythonDockerfile(ctx: DockerfileContext): GeneratedDockerfile {
  const { app } = ctx
  const pin = pinRuntime(PYTHON_VERSIONS, app.runtimeVersion.value)
  const image = `python:${pin.version}-slim-bookworm`
  const install = pythonInstall(ctx)
  const framework = app.framework.value
  const spec = frameworkById(PYTHON_FRAMEWORKS, framework)
  const managePy = hintPath(app, 'djangoManagePy') ?? 'manage.py'
  const collectstatic = spec?.collectsStatic === true && hintBoolean(app, 'djangoStaticRoot') !== false
  const nativeBuild = hintBoolean(app, 'nativeBuild') === true
  // Packages the start command needs that the project does not declare (gunicorn for a Flask app …).
  const extras = hintList(app, 'pythonExtraPackages').filter(name =>
    /^[A-Za-z0-9][A-Za-z0-9._-]*(\[[A-Za-z0-9,_-]+\])?([<>=~!]=?[A-Za-z0-9.*]+)?$/.test(name)
  )
  const extraInstall =
    install && extras.length > 0
      ? `RUN ${install.label === 'uv' ? '--mount=type=cache,target=/root/.cache/uv uv pip install --python /opt/venv' : `${PIP_CACHE} pip install`} ${extras.join(' ')}`
      : null
  const summary = `${framework === 'none' ? 'web app' : framework} on Python ${install ? `with ${install.label}` : '(standard library only)'}`
  const settingsVariable = spec?.settingsModuleVariable
  const settings = settingsVariable ? hintString(app, 'djangoSettingsModule') : null
  const runtimeEnv = portLines(
    ctx,
    settingsVariable && settings && /^[\w.]+$/.test(settings) ? { [settingsVariable]: settings } : {}
  )

  const base = [
    `FROM ${ctx.image(image)} AS base`,
    install
      ? 'ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 VIRTUAL_ENV=/opt/venv PATH=/opt/venv/bin:$PATH'
      : 'ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1',
    'WORKDIR /app'
  ]
  const runtime = (copies: string[]): string[] => [
    'FROM base AS runtime',
    addUser(),
    ...copies,
    ...runtimeEnv,
    'USER app',
    expose(ctx),
    ...healthcheck('python', ctx.healthPath),
    cmdInstruction(pythonStart(ctx))
  ]

  if (!install) {
    return {
      generator: 'python',
      context: ctx.context,
      text: dockerfile(header(ctx, summary, [`${image} — ${pin.how}`]), base, '', runtime(['COPY . .']))
    }
  }
  return {
    generator: 'python',
    context: ctx.context,
    text: dockerfile(
      header(ctx, summary, [`${image} — ${pin.how}`]),
      install.preStages,
      base,
      '',
      'FROM base AS build',
      nativeBuild
        ? 'RUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y --no-install-recommends build-essential'
        : null,
      install.dependencies,
      'COPY . .',
      install.afterSource,
      extraInstall,
      collectstatic
        ? [
            '# Static files are collected at build time; a throwaway key satisfies settings that require one.',
            `RUN SECRET_KEY=collectstatic-only DJANGO_SECRET_KEY=collectstatic-only python ${managePy} collectstatic --noinput`
          ]
        : null,
      '',
      runtime(['COPY --from=build /opt/venv /opt/venv', 'COPY --from=build /app /app'])
    )
  }
}
