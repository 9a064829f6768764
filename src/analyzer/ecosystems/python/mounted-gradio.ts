// Gradio as a component of another framework's app: `gr.mount_gradio_app(app, demo, path="/ui")` mounts a
// Gradio Blocks into a FastAPI app, which is what the server runs (`uvicorn speaches.main:create_app`). The
// gradio dependency then ranks above fastapi (it pulls fastapi in and is the more specific library), but the
// app is the FastAPI one. A Gradio app that launches itself (`demo.launch()`) mounts nothing and stays gradio.
import type { AppContext } from '../../provider.js'
import { matchFirst } from '../../signals/evidence.js'
import type { Evidence } from '../../report.js'

const MOUNT_CALL = /\bmount_gradio_app\s*\(/

/** The first of `files` (at most 150 read) that mounts a Gradio app into another app, with the call's line. */
export function gradioMount(ctx: AppContext, files: readonly string[]): Evidence | null {
  for (const path of files.slice(0, 150)) {
    const text = ctx.tree.read(path)
    if (text === null || !text.includes('mount_gradio_app')) continue
    const m = matchFirst(path, text, MOUNT_CALL)
    if (m) return m.evidence
  }
  return null
}
