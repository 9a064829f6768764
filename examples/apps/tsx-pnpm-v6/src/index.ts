import { createServer } from 'node:http'
import ms from 'ms'

const port: number = Number(process.env.PORT || 3000)
const started = Date.now()

const server = createServer((req, res) => {
  if (req.url === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ status: 'ok', runtime: 'tsx', up: ms(Date.now() - started) }))
    return
  }
  res.writeHead(200, { 'content-type': 'text/plain' })
  res.end('hello from TypeScript run by tsx\n')
})

server.listen(port, () => console.log(`listening on ${port}`))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
