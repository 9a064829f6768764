// A Gradio Blocks mounted into a FastAPI app (`gr.mount_gradio_app(app, demo, path=…)`) is a page of the
// FastAPI app the server runs: the framework is fastapi, though the gradio dependency pulls fastapi in and
// outranks it. A Gradio app that launches itself stays gradio.
import { analyze } from '../../../../src/analyzer/analyze.js'
import { gradioMount } from '../../../../src/analyzer/ecosystems/python/mounted-gradio.js'
import { treeFromFiles } from '../../../../src/analyzer/tree.js'

const fields = (files: Record<string, string>) => {
  const report = analyze(treeFromFiles(files))
  const app = report.apps.find(a => a.appDir === report.primary)!
  return {
    appDir: app.appDir,
    framework: app.framework.value,
    packageManager: app.packageManager.value,
    startCommand: app.startCommand.value,
    port: app.port.value,
    healthPath: app.healthPath.value
  }
}

describe('Gradio mounted into a FastAPI app', () => {
  it('reads a uvicorn factory app that mounts a Gradio UI at the root (speech-server layout)', () => {
    const report = analyze(
      treeFromFiles({
        'pyproject.toml':
          '[project]\nname = "voicebox"\nrequires-python = "==3.12.*"\ndependencies = [\n    "fastapi>=0.115",\n    "gradio>=5.0",\n    "uvicorn>=0.30",\n]\n',
        'uv.lock': 'version = 1\n',
        'src/voicebox/__init__.py': '',
        'src/voicebox/ui.py':
          'import gradio as gr\n\n\ndef create_demo():\n    with gr.Blocks() as demo:\n        gr.Markdown("hi")\n    return demo\n',
        'src/voicebox/main.py':
          'from fastapi import FastAPI\nimport gradio as gr\n\nfrom voicebox.ui import create_demo\n\n\ndef create_app() -> FastAPI:\n    app = FastAPI()\n\n    @app.get("/health")\n    def health():\n        return {"ok": True}\n\n    app = gr.mount_gradio_app(app, create_demo(), path="")\n    return app\n',
        Dockerfile:
          'FROM python:3.12-slim\nWORKDIR /srv\nCOPY . .\nRUN pip install uv && uv sync --frozen\nENV UVICORN_HOST=0.0.0.0\nENV UVICORN_PORT=8000\nEXPOSE 8000\nCMD ["uvicorn", "--factory", "voicebox.main:create_app"]\n'
      })
    )
    const app = report.apps.find(a => a.appDir === report.primary)!
    expect({
      appDir: app.appDir,
      framework: app.framework.value,
      packageManager: app.packageManager.value,
      startCommand: app.startCommand.value,
      port: app.port.value,
      healthPath: app.healthPath.value
    }).toEqual({
      appDir: '.',
      framework: 'fastapi',
      packageManager: 'uv',
      startCommand: 'uvicorn --factory voicebox.main:create_app',
      port: 8000,
      healthPath: '/health'
    })
    expect(app.framework.evidence.map(e => `${e.file}:${e.line}`)).toContain('src/voicebox/main.py:14')
  })

  it('reads a module-level FastAPI app that mounts Gradio under a path (gradio.mount_gradio_app)', () => {
    expect(
      fields({
        'requirements.txt': 'gradio==5.9.1\nfastapi==0.115.6\nuvicorn==0.34.0\n',
        'app.py':
          'import gradio\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get("/healthz")\ndef healthz():\n    return "ok"\n\n\nwith gradio.Blocks() as ui:\n    gradio.Textbox()\n\napp = gradio.mount_gradio_app(app, ui, path="/ui")\n',
        Dockerfile:
          'FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nEXPOSE 7000\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "7000"]\n'
      })
    ).toEqual({
      appDir: '.',
      framework: 'fastapi',
      packageManager: 'pip',
      startCommand: 'uvicorn app:app --host 0.0.0.0 --port 7000',
      port: 7000,
      healthPath: '/healthz'
    })
  })

  it('keeps a Gradio app that launches itself, fastapi installed beside it (negative)', () => {
    expect(
      fields({
        'requirements.txt': 'gradio==5.9.1\nfastapi==0.115.6\n',
        'app.py':
          'import gradio as gr\n\nwith gr.Blocks() as demo:\n    gr.Textbox()\n\nif __name__ == "__main__":\n    demo.launch(server_name="0.0.0.0")\n'
      })
    ).toEqual({
      appDir: '.',
      framework: 'gradio',
      packageManager: 'pip',
      startCommand: 'python app.py',
      port: 7860,
      healthPath: null
    })
  })

  it('finds the mount call only where one is made', () => {
    const tree = treeFromFiles({
      'a.py': 'import gradio as gr\n# mount_gradio_app is documented elsewhere\n',
      'b.py': 'import gradio as gr\napp = gr.mount_gradio_app(app, demo, path="/")\n'
    })
    const ctx = { tree, appDir: '.' } as unknown as Parameters<typeof gradioMount>[0]
    expect(gradioMount(ctx, ['a.py'])).toBeNull()
    expect(gradioMount(ctx, ['a.py', 'b.py'])).toEqual(expect.objectContaining({ file: 'b.py', line: 2 }))
  })
})
