/** A CSS colour's red, green and blue, 0–255: `#rrggbb`, or `rgb(…)`/`rgba(…)` as a browser computes it. */
export function channels(colour: string): number[] {
  return colour.startsWith('#')
    ? [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16))
    : colour
        .match(/[\d.]+/g)!
        .slice(0, 3)
        .map(Number);
}
