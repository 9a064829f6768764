// PHP base images that bundle nginx in front of php-fpm under their own process manager (s6's `/init`,
// supervisord, a start script): a Dockerfile FROM one of them without CMD or ENTRYPOINT serves the app
// through that nginx. The start command reported for them is the front server's, as for an image whose
// supervisord runs nginx beside php-fpm (signals/supervisord.ts ranks the web-facing program first), and
// not a framework's default server (FrankenPHP, `php artisan serve`), which such an image never runs.
// The Apache, Unit and FrankenPHP variants of these families are not nginx and are left out.

/** nginx + php-fpm bundles: serversideup/php's `*-fpm-nginx*` tags, trafex, webdevops, richarvey. */
export const PHP_NGINX_IMAGE =
  /^(?:docker\.io\/|ghcr\.io\/)?(?:serversideup\/php:[^\s]*-fpm-nginx|trafex\/php-nginx(?::|$)|webdevops\/php-nginx(?::|$)|richarvey\/nginx-php-fpm(?::|$))/

/** The front server's command in those images. */
export const PHP_NGINX_COMMAND = "nginx -g 'daemon off;'"
