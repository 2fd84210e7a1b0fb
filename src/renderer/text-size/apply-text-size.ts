import './icon-scale.css';

/**
 * Sets the root font size: Mantine writes its sizes in rem (numbers given to its props included), so the whole
 * interface follows, where the browser's own zoom would also shrink the layout width the pages are built for.
 */
export function applyTextSize(percent: number): void {
  const root = document.documentElement;
  root.style.fontSize = percent === 100 ? '' : `${percent}%`;
  root.dataset.textSize = String(percent);
  root.style.setProperty('--wb-text-scale', String(percent / 100));
}

/** The size last applied to this window, if any. */
export function appliedTextSize(): number | undefined {
  const n = Number(document.documentElement.dataset.textSize);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}
