// Dockerfile variants named with an underscore (`dockerfile_hub`, `Dockerfile_web`, holdout14 beszel) are found
// like the dotted and hyphenated ones, by the same production/development naming rules.
import { primaryApp } from '../../support/analyzed-app.js'

function primary(files: Record<string, string>) {
  const app = primaryApp(files)
  return { port: app.port.value, start: app.startCommand.value, portFile: app.port.evidence[0]?.file }
}

const goApp = {
  'go.mod': 'module example.com/hub\n\ngo 1.22\n',
  'main.go': 'package main\n\nimport "net/http"\n\nfunc main() { http.ListenAndServe(":3000", nil) }\n'
}
const nodeApp = {
  'package.json': JSON.stringify({
    name: 'svc',
    scripts: { start: 'node index.js' },
    dependencies: { express: '4' }
  }),
  'index.js': "require('express')().listen(process.env.PORT || 3000)\n"
}

describe('underscore-named Dockerfile variants', () => {
  test('Go: dockerfile_server beside dockerfile_dev is the image (EXPOSE and CMD read from it)', () => {
    const f = primary({
      ...goApp,
      dockerfile_server:
        'FROM golang:1.22 AS b\nCOPY . .\nRUN go build -o /hub .\nFROM alpine\nCOPY --from=b /hub /hub\nEXPOSE 8090\nENTRYPOINT ["/hub"]\nCMD ["serve", "--http=0.0.0.0:8090"]\n',
      dockerfile_dev: 'FROM golang:1.22\nCOPY . .\nEXPOSE 4000\nCMD ["go", "run", "."]\n'
    })
    expect(f.port).toBe(8090)
    expect(f.portFile).toBe('dockerfile_server')
    expect(f.start).toBe('/hub serve --http=0.0.0.0:8090')
  })

  test('Node: Dockerfile_prod is the image', () => {
    const f = primary({
      ...nodeApp,
      Dockerfile_prod: 'FROM node:20\nCOPY . .\nRUN npm ci\nEXPOSE 8081\nCMD ["node", "index.js"]\n'
    })
    expect(f.port).toBe(8081)
    expect(f.portFile).toBe('Dockerfile_prod')
    expect(f.start).toBe('node index.js')
  })

  test('negative: a development variant or a lint config named after Dockerfiles is not the image', () => {
    const f = primary({
      ...nodeApp,
      Dockerfile_dev: 'FROM node:20\nCOPY . .\nEXPOSE 9999\nCMD ["npm", "run", "dev"]\n',
      'dockerfile_lint.yml': 'EXPOSE 7777\nCMD ["x"]\n'
    })
    expect(f.port).toBe(3000)
    expect(f.start).toBe('npm start')
  })
})
