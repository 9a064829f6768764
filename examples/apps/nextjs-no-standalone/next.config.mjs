/** @type {import('next').NextConfig} */
const nextConfig = {
  // No output: 'standalone': the image runs `next start` from .next with the production node_modules.
  poweredByHeader: false
}

export default nextConfig
