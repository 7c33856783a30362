/** Registers a tag once: a second copy of the bundle on the page must not throw. */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
