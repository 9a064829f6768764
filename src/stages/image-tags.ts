// Putting the image's tags through the registry API once the build is pushed under its ctx- tag. The
// commit tag is immutable on ECR: a run that died after pushing it (or an older build-push) leaves it
// naming an image this run did not build, and a re-run can never overwrite it. So a tag write that the
// registry refuses is not fatal by itself: compare digests — the same image means the tag is already
// right; another image means the commit tag keeps naming what it named, and this run reports that.
import type { Manifest, RegistryClient } from '../integrations/registry/client.js'
import { isImmutableTagError } from '../integrations/registry/errors.js'

export type TagOutcome =
  | { status: 'written' | 'present' }
  /** The tag already names another image and the registry will not move it. */
  | { status: 'kept'; digest: string }

/** Puts `manifest` under `tag`, unless the tag already names exactly it; reports an immovable tag. */
export async function putTag(
  client: RegistryClient,
  repository: string,
  tag: string,
  manifest: Manifest
): Promise<TagOutcome> {
  const current = await client.headManifest(repository, tag)
  if (current?.digest === manifest.digest) return { status: 'present' }
  try {
    await client.putManifest(repository, tag, manifest)
    return { status: 'written' }
  } catch (error) {
    if (!isImmutableTagError(error)) throw error
    // Another run may have written it meanwhile: look again before deciding.
    const now = await client.headManifest(repository, tag)
    if (!now) throw error
    return now.digest === manifest.digest ? { status: 'present' } : { status: 'kept', digest: now.digest }
  }
}

export interface PublishedTags {
  /** What the primary (commit) tag names now: the built image, or the one an earlier run left there. */
  manifest: Manifest
  /** Set when the primary tag kept an earlier image: what happened, for the log. */
  warning: string | null
}

/**
 * The primary tag first; the extra tags then follow whatever the primary tag names, so they all agree. An
 * extra tag that is immutable and names a third image is an error: it cannot be made right.
 */
export async function publishTags(
  client: RegistryClient,
  repository: string,
  built: { manifest: Manifest; ctxTag: string },
  primary: string,
  extras: string[]
): Promise<PublishedTags> {
  let manifest = built.manifest
  let warning: string | null = null
  const outcome = await putTag(client, repository, primary, manifest)
  if (outcome.status === 'kept') {
    manifest = await client.getManifest(repository, primary)
    warning =
      `tag ${primary} already names ${outcome.digest} (pushed by an earlier run of this commit) and cannot be overwritten; ` +
      `this build (${built.manifest.digest}, tagged ${built.ctxTag}) is not put under it, so ${primary} keeps meaning ${outcome.digest} and the deploy uses that image`
  }
  for (const tag of extras) {
    const extra = await putTag(client, repository, tag, manifest)
    if (extra.status === 'kept') {
      throw new Error(
        `tag ${tag} already names ${extra.digest} in ${repository} and the registry will not move it to ${manifest.digest}; ` +
          'give extra-tags that are new for each run, or make that tag mutable (ecr_mutable_tag_filters in the bootstrap module)'
      )
    }
  }
  return { manifest, warning }
}
