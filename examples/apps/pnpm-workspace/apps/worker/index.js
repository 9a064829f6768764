const dayjs = require('dayjs')
setInterval(() => console.log(`worker tick ${dayjs().format()}`), 60_000)
