// The provider registry. Order does not decide the winner (scores do); it only breaks exact ties.
import type { Provider } from './types.js'

export const PROVIDERS: Provider<never>[] = []
