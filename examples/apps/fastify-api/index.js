import Fastify from 'fastify'

const app = Fastify({ logger: false })
const port = Number(process.env.PORT ?? 8080)

app.get('/healthz', async () => ({ status: 'ok' }))
app.get('/', async () => 'hello from fastify')

await app.listen({ port, host: '0.0.0.0' })
console.log(`fastify listening on ${port}`)
