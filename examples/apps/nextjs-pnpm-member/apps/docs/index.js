console.log('docs member: must not be in the web image')
