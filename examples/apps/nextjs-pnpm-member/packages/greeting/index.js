// A workspace package the web app imports: the standalone server must carry it.
exports.greeting = () => ({ status: 'ok', from: 'greeting' })
