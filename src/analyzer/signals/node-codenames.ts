// Node.js LTS lines by codename: `.nvmrc` says `lts/iron`, the official image is tagged `node:krypton-alpine`.
export const NODE_CODENAMES: Readonly<Record<string, number>> = {
  argon: 4,
  boron: 6,
  carbon: 8,
  dubnium: 10,
  erbium: 12,
  fermium: 14,
  gallium: 16,
  hydrogen: 18,
  iron: 20,
  jod: 22,
  krypton: 24
}
