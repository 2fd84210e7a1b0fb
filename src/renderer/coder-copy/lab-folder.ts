/** The folder part of a lab's path, in the path's own separator style (the renderer has no path module). */
export function besideLab(labPath: string, fileName: string): string {
  const cut = Math.max(labPath.lastIndexOf('/'), labPath.lastIndexOf('\\'));
  return cut < 0 ? fileName : `${labPath.slice(0, cut + 1)}${fileName}`;
}

/** A file name safe on every OS from a person's name. */
export function copyFileName(labPath: string, coder: string): string {
  const cut = Math.max(labPath.lastIndexOf('/'), labPath.lastIndexOf('\\'));
  const base = labPath.slice(cut + 1).replace(/\.scalinglab$/i, '');
  const who = coder.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'second coder';
  return `${base} for ${who}.scalinglab`;
}
