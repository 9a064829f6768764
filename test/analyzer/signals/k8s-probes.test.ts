import { envPortsIn, probesIn, readK8sProbes } from '../../../src/analyzer/signals/k8s-probes.js'
import { treeFromFiles } from '../../../src/analyzer/tree.js'

const deployment = `apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api:2.0
          ports:
            - name: http
              containerPort: 9898
          livenessProbe:
            httpGet:
              path: /healthz
              port: http
        - name: db
          image: postgres:16
          livenessProbe:
            httpGet:
              path: /health
              port: 5432
`

describe('probesIn', () => {
  test('httpGet probe: path, and the named port resolved to its containerPort; infra containers skipped', () => {
    expect(probesIn('k8s/deploy.yaml', deployment)).toEqual([
      {
        path: '/healthz',
        healthNamed: true,
        port: 9898,
        file: 'k8s/deploy.yaml',
        line: 14,
        text: 'path: /healthz'
      }
    ])
  })

  test('exec probe checking a local URL gives path and port', () => {
    const text = `containers:
  - name: web
    image: acme/web
    readinessProbe:
      exec:
        command: ["curl", "-f", "http://localhost:8081/ready"]
`
    expect(probesIn('deploy/web.yaml', text)).toMatchObject([{ path: '/ready', port: 8081 }])
  })

  test('Helm templates in the probe are ignored, not guessed', () => {
    const text = `livenessProbe:
  httpGet:
    path: {{ .Values.probes.path }}
    port: {{ .Values.service.port }}
`
    expect(probesIn('charts/app/templates/deployment.yaml', text)).toEqual([])
  })
})

describe('readK8sProbes', () => {
  test('reads only deployment folders of the app', () => {
    const tree = treeFromFiles({
      'svc/go.mod': 'module x\n',
      'svc/k8s/deploy.yaml': deployment,
      'svc/testdata/deploy.yaml': deployment.replace('/healthz', '/other')
    })
    const facts = readK8sProbes(tree, 'svc')
    expect(facts.healthPath.map(c => c.value)).toEqual(['/healthz'])
    expect(facts.port.map(c => c.value)).toEqual([9898])
    expect(facts.port[0]!.evidence[0]).toMatchObject({ file: 'svc/k8s/deploy.yaml', line: 14 })
  })

  test('probes that disagree lower the confidence', () => {
    const other = deployment.replace('/healthz', '/readyz').replace('9898', '7000')
    const tree = treeFromFiles({ 'k8s/a.yaml': deployment, 'k8s/b.yaml': deployment, 'k8s/c.yaml': other })
    const { healthPath, port } = readK8sProbes(tree, '.')
    expect(healthPath.map(c => c.value)).toEqual(['/healthz', '/readyz'])
    expect(healthPath[0]!.confidence).toBeLessThan(0.58)
    expect(port[0]!.value).toBe(9898)
    expect(port[0]!.confidence).toBeLessThan(0.9)
  })
})

describe('probes of paths that name no health endpoint', () => {
  const probing = (path: string): string => deployment.replace('/healthz', path)
  test('are kept, ranked below every health-named probe', () => {
    const tree = treeFromFiles({ 'k8s/a.yaml': probing('/stats/'), 'k8s/b.yaml': deployment })
    const { healthPath } = readK8sProbes(tree, '.')
    expect(healthPath.map(c => c.value)).toEqual(['/healthz', '/stats/'])
    expect(healthPath[1]!.confidence).toBeLessThan(healthPath[0]!.confidence)
    // Far below a route the code declares (HEALTH.route, 0.85).
    expect(healthPath[1]!.confidence).toBeLessThanOrEqual(0.5)
  })
  test('the site root, odd characters and templates are never a probe path', () => {
    for (const path of ['/', '/status?full=1', '{{ .Values.path }}'])
      expect(readK8sProbes(treeFromFiles({ 'k8s/a.yaml': probing(path) }), '.').healthPath).toEqual([])
  })
})

describe('envPortsIn', () => {
  const manifest = `apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/web:1.0
          env:
            - name: NODE_ENV
              value: production
            - name: PORT
              value: "8080"
            - name: METRICS_PORT
              value: "9100"
        - name: cache
          image: redis:7
          env:
            - name: PORT
              value: "6380"
`
  test('the PORT of an app container; other variables and infrastructure containers are not', () => {
    expect(envPortsIn('k8s/web.yaml', manifest)).toEqual([
      { path: null, port: 8080, file: 'k8s/web.yaml', line: 13, text: 'value: "8080"' }
    ])
  })
  test('readK8sProbes reports it as a port the deployment sets in PORT', () => {
    expect(readK8sProbes(treeFromFiles({ 'k8s/web.yaml': manifest }), '.').port).toEqual([
      expect.objectContaining({
        value: 8080,
        source: 'k8s/web.yaml Kubernetes container env PORT',
        setsEnv: ['PORT']
      })
    ])
    // A value taken from a secret or a template names no port.
    const templated = manifest.replace('value: "8080"', 'value: {{ .Values.port | quote }}')
    expect(readK8sProbes(treeFromFiles({ 'k8s/web.yaml': templated }), '.').port).toEqual([])
  })
})
