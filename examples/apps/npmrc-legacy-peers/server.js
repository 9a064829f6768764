const { createServer } = require('node:http')
const react = require('react')

const port = Number(process.env.PORT || 3000)
const server = createServer((req, res) => {
  if (req.url === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ status: 'ok', installedBy: 'npmrc-legacy-peers', react: react.version }))
    return
  }
  res.writeHead(200, { 'content-type': 'text/plain' })
  res.end('hello\n')
})

server.listen(port, () => console.log(`listening on ${port}`))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
