import { analyze, scan } from '../src/analyzer/index.js'
const r: any = analyze(scan(process.argv[2]!))
console.log('primary', r.primary)
for (const a of r.apps) console.log(a.appDir, a.framework.value, a.packageManager.value, a.port.value, JSON.stringify(a.startCommand.value), a.healthPath.value, a.runtimeVersion.value)
