exports.healthBody = () => ({ status: 'ok', from: 'shared' })
