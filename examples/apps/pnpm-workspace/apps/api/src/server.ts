import { createServer } from 'node:http'
import ms from 'ms'
// eslint-disable-next-line @typescript-eslint/no-require-imports
const shared: { healthBody(): Record<string, string> } = require('@demo/shared')

const port = Number(process.env.PORT || 4000)
const started = Date.now()

const server = createServer((req, res) => {
  if (req.url === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ ...shared.healthBody(), up: ms(Date.now() - started) }))
    return
  }
  res.writeHead(200, { 'content-type': 'text/plain' })
  res.end('hello from the pnpm workspace api\n')
})

server.listen(port, () => console.log(`api listening on ${port}`))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
