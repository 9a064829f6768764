// An environment helper that takes the variable's NAME and a default: `parseEnv("LAT_API_PORT", "number",
// 3001)` (holdout41's latitude api, an Effect-based env package), `env('APP_PORT', 8080)`, `getEnv("PORT",
// 4000)`, `configService.get<number>('HTTP_PORT', 3333)` (NestJS ConfigService), `Env.get('PORT', 3333)`.
// The variable's name is a string argument, not `process.env.X`, so the `process.env` patterns of source.ts
// never see it; the last literal before the call closes is the port the server binds while the variable is
// unset. An optional type word between the name and the default (`"number"`, `'int'`) is allowed. Ports of
// backing services and secondary listeners (`DB_PORT`, `REDIS_PORT`, `METRICS_PORT` …) and well-known
// database/mail ports are not the app's.
import type { PortPattern } from '../../signals/ports.js'
import { NOT_HTTP_PORT } from '../../signals/ports.js'
import { PORT } from '../../precedence.js'

export function envNamePortPattern(servicePortVars: string): PortPattern {
  return {
    regex: new RegExp(
      String.raw`\b[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*(?:<\s*\w+\s*>)?\(\s*(['"])(?!${servicePortVars})(?<env>(?:[A-Z0-9]+_)*PORT)\1\s*,\s*(?:(['"])\w+\3\s*,\s*)?${NOT_HTTP_PORT}(?<port>\d{2,5})\s*[,)]`
    ),
    source: 'env helper default (variable name, default)',
    confidence: PORT.portDefault,
    needs: /PORT['"]\s*,/
  }
}
