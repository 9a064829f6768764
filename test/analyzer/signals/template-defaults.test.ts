// Config files rendered at container start (gomplate/Go templates, envsubst): read with every variable unset.
import {
  hasTemplateDefaults,
  renderTemplateDefaults
} from '../../../src/analyzer/signals/template-defaults.js'

describe('renderTemplateDefaults', () => {
  it('reads getenv defaults and drops actions without one', () => {
    const text = [
      'issuer: {{ getenv "ISSUER" "http://127.0.0.1:5556/idp" }}',
      "http: {{ env.Getenv 'HTTP' '0.0.0.0:5556' }}",
      'secret: {{ .Env.SECRET }}',
      'level: {{ .Values.log.level | default "info" }}'
    ].join('\n')
    expect(renderTemplateDefaults(text).split('\n')).toEqual([
      'issuer: http://127.0.0.1:5556/idp',
      'http: 0.0.0.0:5556',
      'secret: ',
      'level: info'
    ])
  })

  it('drops blocks that need a variable set, keeps their else branch and the line count', () => {
    const text = [
      'web:',
      '{{- if getenv "HTTPS" "" }}',
      '  https: {{ .Env.HTTPS }}',
      '{{- else }}',
      '  http: :8080',
      '{{- end }}',
      '{{ if not (getenv "NO_METRICS") }}',
      'metrics: true',
      '{{ end }}'
    ].join('\n')
    const out = renderTemplateDefaults(text).split('\n')
    expect(out).toHaveLength(9)
    expect(out.filter(l => l.trim())).toEqual(['web:', '  http: :8080', 'metrics: true'])
  })

  it('reads ${X:-default} and ${X-default}; leaves ${X} alone', () => {
    expect(renderTemplateDefaults('port = "${PORT:-7788}"\nhost = "${HOST-0.0.0.0}"\nkey = "${KEY}"')).toBe(
      'port = "7788"\nhost = "0.0.0.0"\nkey = "${KEY}"'
    )
  })

  it('leaves text without templates as it is (negative)', () => {
    const plain = 'server:\n  port: 3000\n'
    expect(hasTemplateDefaults(plain)).toBe(false)
    expect(renderTemplateDefaults(plain)).toBe(plain)
    expect(renderTemplateDefaults('{{ unclosed\nport: 1')).toBe('{{ unclosed\nport: 1')
  })
})
