import { FEATURE_BITS } from './text-features';

const tables = new WeakMap<Int32Array, Int32Array>();

/**
 * Where each hashed feature sits in a sorted list of features (-1: not in it), as one dense table built on first use
 * and kept as long as the list is. Scoring looks up every feature of every passage in a model's lists; on a pass over
 * a large lab that is millions of lookups, and a binary search over 136,000 features was a third of the work.
 * The table (4 MB) is built where it is used, so it never crosses to the worker with the model.
 */
export function featureSlots(features: Int32Array): Int32Array {
  let slots = tables.get(features);
  if (!slots) {
    slots = new Int32Array(1 << FEATURE_BITS).fill(-1);
    for (let i = 0; i < features.length; i++) slots[features[i]!] = i;
    tables.set(features, slots);
  }
  return slots;
}
