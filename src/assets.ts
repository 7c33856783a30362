/**
 * URLs of the files shipped beside the code (datasets, code lists). From source they are the
 * readable files in `data-contracts/`; the build rewrites the folder below to `./data-contracts/`,
 * the minified copies it writes into `dist/`, so the bundle finds them from any host or CDN.
 */
const FOLDER = '../data-contracts/';

export function assetUrl(path: string): string {
  return new URL(`${FOLDER}${path}`, import.meta.url).href;
}
