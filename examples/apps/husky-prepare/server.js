const { createServer } = require('node:http')
const ms = require('ms')

const port = Number(process.env.PORT || 3000)
const server = createServer((req, res) => {
  if (req.url === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ status: 'ok', installedBy: 'husky-prepare', uptime: ms(Math.round(process.uptime() * 1000)) }))
    return
  }
  res.writeHead(200, { 'content-type': 'text/plain' })
  res.end('hello\n')
})

server.listen(port, () => console.log(`listening on ${port}`))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
