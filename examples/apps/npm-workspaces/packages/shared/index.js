const escapeHtml = require('escape-html')

/** Shared by the workspace's apps: the greeting page and the health answer. */
exports.greeting = name => `<p>hello ${escapeHtml(String(name))} from a shared package</p>`
exports.healthBody = () => ({ status: 'ok', from: 'shared' })
