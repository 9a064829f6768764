import { analyze, scan } from '/work/wt/corpus3/src/analyzer/index.js'
const [dir, app, field] = process.argv.slice(2)
const r: any = analyze(scan(dir))
console.log('primary', r.primary, 'apps', r.apps.map((a: any) => a.appDir).join(','))
for (const a of r.apps) {
  if (app && a.appDir !== app) continue
  const s = JSON.stringify(field ? a[field] : a, null, 1)
  console.log(s.slice(0, 5000))
}
