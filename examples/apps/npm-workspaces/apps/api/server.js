const express = require('express')
const { greeting, healthBody } = require('@demo/shared')

const app = express()
const port = Number(process.env.PORT || 4000)

app.get('/health', (_req, res) => res.json(healthBody()))
app.get('/', (req, res) => res.type('html').send(greeting(req.query.name || 'workspace')))

const server = app.listen(port, () => console.log(`api listening on ${port}`))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
