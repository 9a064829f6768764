// How a JVM framework's own configuration moves its health endpoint: Spring Boot Actuator's base path and
// management port, Quarkus SmallRye Health's root paths and management interface. Referenced from the
// framework entries (frameworks.ts) as `health.fromConfig`.
import { CONFIDENCE } from '../../candidate.js'
import type { Evidence, Warning } from '../../report.js'
import { joinRoute } from '../../signals/health.js'
import { configValue, type ConfigValue } from './config.js'

/** The health candidate being built: path, the app's path prefix, confidence and proof. */
export interface HealthSetting {
  path: string
  pathPrefix: string
  confidence: number
  evidence: Evidence[]
  /**
   * The endpoint is served on a management port, not the web port: the load balancer's GET on the web port
   * cannot reach it, so it names no health path for the app (the HEALTH_ON_OTHER_PORT warning says why).
   */
  otherPort?: boolean
}

export type HealthConfigReader = (
  config: Map<string, ConfigValue[]>,
  health: HealthSetting,
  warnings: Warning[]
) => HealthSetting

/** Actuator: `management.endpoints.web.base-path`; on `management.server.port` the LB cannot see it. */
export const actuatorHealth: HealthConfigReader = (config, health, warnings) => {
  const out = { ...health, evidence: [...health.evidence] }
  const base = configValue(config, ['management.endpoints.web.base-path'])
  if (base) {
    out.path = joinRoute(base.value, 'health')
    out.evidence.push(base.evidence)
  }
  const mgmtPort = configValue(config, ['management.server.port'])
  const appPort = configValue(config, ['server.port'])
  if (mgmtPort && mgmtPort.value !== appPort?.value) {
    warnings.push({
      code: 'HEALTH_ON_OTHER_PORT',
      message: `${mgmtPort.evidence.file}:${mgmtPort.evidence.line}: Actuator runs on management.server.port ${mgmtPort.value}; the load balancer checks the app port — remove the setting or set app.healthPath`,
      file: mgmtPort.evidence.file,
      line: mgmtPort.evidence.line
    })
    // Not reachable on the app port: only a route the app serves itself can be its check.
    out.confidence = CONFIDENCE.convention
    out.otherPort = true
  }
  return out
}

/** SmallRye Health under Quarkus' non-application root (`/q`), moved by root-path settings. */
export const smallryeHealth: HealthConfigReader = (config, health, warnings) => {
  const out = { ...health, evidence: [...health.evidence] }
  const root = configValue(config, ['quarkus.smallrye-health.root-path'])
  // Quarkus serves /q/* under quarkus.http.root-path unless non-application-root-path is absolute.
  const nonApp = configValue(config, ['quarkus.http.non-application-root-path'])
  const q = nonApp ? nonApp.value.replace(/^(?!\/)/, '/') : '/q'
  if (nonApp) {
    out.evidence.push(nonApp.evidence)
    if (nonApp.value.startsWith('/')) out.pathPrefix = ''
  }
  out.path = root
    ? root.value.startsWith('/')
      ? root.value
      : joinRoute(q, root.value)
    : joinRoute(q, 'health')
  const management = configValue(config, ['quarkus.management.enabled'])
  if (management?.value === 'true') {
    warnings.push({
      code: 'HEALTH_ON_OTHER_PORT',
      message: `${management.evidence.file}:${management.evidence.line}: quarkus.management.enabled serves health on the management port (9000); the load balancer checks the app port — disable it or set app.healthPath`,
      file: management.evidence.file,
      line: management.evidence.line
    })
    out.confidence = CONFIDENCE.convention
    out.otherPort = true
  }
  return out
}

/**
 * Micronaut management: `endpoints.all.path` moves every endpoint; `endpoints.all.port` (or the health
 * endpoint's own `port`) serves them on a management port the load balancer cannot see.
 */
export const micronautHealth: HealthConfigReader = (config, health, warnings) => {
  const out = { ...health, evidence: [...health.evidence] }
  const base = configValue(config, ['endpoints.all.path'])
  if (base && base.value !== '/') {
    out.path = joinRoute(base.value, 'health')
    out.evidence.push(base.evidence)
  }
  const mgmtPort = configValue(config, ['endpoints.health.port', 'endpoints.all.port'])
  const appPort = configValue(config, ['micronaut.server.port'])
  if (mgmtPort && mgmtPort.value !== (appPort?.value ?? '8080')) {
    warnings.push({
      code: 'HEALTH_ON_OTHER_PORT',
      message: `${mgmtPort.evidence.file}:${mgmtPort.evidence.line}: Micronaut serves its management endpoints on port ${mgmtPort.value}; the load balancer checks the app port — remove the setting or set app.healthPath`,
      file: mgmtPort.evidence.file,
      line: mgmtPort.evidence.line
    })
    out.confidence = CONFIDENCE.convention
    out.otherPort = true
  }
  return out
}
