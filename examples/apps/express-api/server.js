const express = require('express')

const app = express()
const port = Number(process.env.PORT || 3000)

app.get('/health', (_req, res) => res.json({ status: 'ok' }))
app.get('/', (_req, res) => res.send('hello from express'))

const server = app.listen(port, () => console.log(`express listening on ${port}`))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
