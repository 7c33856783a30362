/**
 * The download buttons' work: the code that writes the files loads on the first click, and a
 * download that fails is said in the element and reported, never thrown into the page.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Lang } from '../format/number.js';
import type { Loaded, ViewModel } from './view-model.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

export class DownloadController {
  /** The format of the download that just failed, for the element to say so. */
  failed?: string;
  readonly #host: Host;
  readonly #onFail: (format: string) => void;

  constructor(host: Host, onFail: (format: string) => void) {
    this.#host = host;
    this.#onFail = onFail;
  }

  async start(format: string, view: ViewModel, loaded: Loaded, lang: Lang): Promise<void> {
    this.failed = undefined;
    try {
      const { download } = await import('./download.js');
      await download(format, view, loaded, lang, this.#host);
    } catch {
      this.failed = format;
      this.#onFail(format);
    }
    this.#host.requestUpdate();
  }
}
