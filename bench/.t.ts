import { scan } from '../src/analyzer/index.js'
import { createAppContext } from '../src/analyzer/context.js'
import { goComposedHealth } from '../src/analyzer/ecosystems/go/routes.js'
const tree = scan(process.argv[2]!)
const files = tree.filesUnder('.').map(f => f.path).filter(p => p.endsWith('.go'))
// @ts-ignore
const ctx = { tree } as any
console.log(files, JSON.stringify(goComposedHealth(ctx, files), null, 1).slice(0, 1500))
