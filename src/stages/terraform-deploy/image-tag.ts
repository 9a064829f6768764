// The image tag rule of infrastructure/modules/service (variable "image_tag"), checked before the tag
// reaches a command line; a test keeps the two in step.
export const IMAGE_TAG = /^([0-9a-f]{7,64}|[A-Za-z0-9_][A-Za-z0-9._-]{0,127})$/

export function validateImageTag(tag: string, what = 'image-tag'): string {
  if (!IMAGE_TAG.test(tag))
    throw new Error(
      `${what} "${tag}" is not valid: use a commit SHA (7-64 hex characters) or a Docker tag (letters, digits, '_', '.', '-'; at most 128 characters; not starting with '.' or '-')`
    )
  return tag
}
