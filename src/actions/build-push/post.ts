// Post step of build-push (action.yml `post:`): removes the temporary DOCKER_CONFIG with the login.
import { runPost } from './docker-config.js'

runPost()
