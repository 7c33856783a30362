/**
 * URLs of the files shipped beside the code (datasets, code lists). This module sits one folder
 * below the package root in both `src/` and `dist/`, so the same relative path works from
 * source, from the built bundle and from any CDN that serves the package as published.
 */
export function assetUrl(path: string): string {
  return new URL(`../data-contracts/${path}`, import.meta.url).href;
}
