const http = require('node:http')
const dayjs = require('dayjs')

const port = Number(process.env.PORT || 4100)
http
  .createServer((_req, res) => res.end(`admin at ${dayjs().format('YYYY-MM-DD')}`))
  .listen(port, () => console.log(`admin listening on ${port}`))
