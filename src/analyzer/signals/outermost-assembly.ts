// Several JVM modules bundle other app modules (assembly-modules.ts): a layered build where `app` depends on
// `api`, which depends on `data` and `security` (holdout39 tolgee: backend/app → backend/api → backend/data).
// Every layer "bundles" the one below, but only the outermost is the application that ships: a module that
// another assembly bundles is a layer of it. Among the outermost ones (an enterprise edition beside the
// community app), the one that bundles the most modules leads.

export interface Assembly {
  dir: string
  bundles: string[]
  file: string
}

/** The assemblies ranked: strength 0.4 for the outermost that bundles most, 0.38 other outermost, 0.35 layers. */
export function rankAssemblies<T extends Assembly>(
  assemblies: readonly T[]
): { assembly: T; strength: number }[] {
  const bundled = new Set(assemblies.flatMap(a => a.bundles))
  const outer = assemblies.filter(a => !bundled.has(a.dir))
  const most = Math.max(0, ...outer.map(a => a.bundles.length))
  const widest = outer.filter(a => a.bundles.length === most)
  // A tie between outermost assemblies says nothing: they all keep the plain assembly strength.
  const lead = widest.length === 1 ? widest[0] : undefined
  const strengthOf = (a: T): number => {
    if (!outer.includes(a)) return outer.length > 0 ? 0.35 : 0.4
    return lead && a !== lead ? 0.38 : 0.4
  }
  return assemblies.map(assembly => ({ assembly, strength: strengthOf(assembly) }))
}
