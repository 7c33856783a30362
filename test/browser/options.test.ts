import { expect } from '@open-wc/testing';
import { mount, until, text, cleanup, shadow } from './helpers.js';

/** Wrong attribute values, as an editor might type them: each gives its error inside the element, translated, and one hf-error. */
const cases: Array<[string, string]> = [
  ['<hf-pasientrate view="tabell"></hf-pasientrate>', '«tabell» er ikke en gyldig verdi for view. Gyldige verdier: chart, table.'],
  ['<hf-pasientrate sort="størrelse"></hf-pasientrate>', '«størrelse» er ikke en gyldig verdi for sort. Gyldige verdier: file, value, name.'],
  ['<hf-pasientrate measure="senger"></hf-pasientrate>', '«senger» er ikke en gyldig verdi for measure. Gyldige verdier: rate.'],
  ['<hf-pasientrate period="1999"></hf-pasientrate>', '«1999» er ikke en gyldig verdi for period. Gyldige verdier: 2019.'],
  ['<hf-pasientrate kommune="Bodø"></hf-pasientrate>', '«Bodø» er ikke en gyldig verdi for kommune. Bruk et kommunenummer med fire sifre, for eksempel 1804 for Bodø.'],
  ['<hf-pasientrate kommune="9999"></hf-pasientrate>', '«9999» er ikke en gyldig verdi for kommune.'],
  ['<hf-pasientrate helsefellesskap="hfs-atlantis"></hf-pasientrate>', '«hfs-atlantis» er ikke en gyldig verdi for helsefellesskap. Gyldige verdier: hfs-ostfold, hfs-akershus,'],
  ['<hf-pasientrate helsefellesskap="hfs-unn" kommune="Tromsø"></hf-pasientrate>', '«Tromsø» er ikke en gyldig verdi for kommune.'],
  ['<hf-pasientrate timeout="snart"></hf-pasientrate>', '«snart» er ikke en gyldig verdi for timeout. Bruk et antall millisekunder større enn 0.'],
  ['<framskriving-chart variant="stepz"></framskriving-chart>', '«stepz» er ikke en gyldig verdi for variant. Gyldige verdier: trend, steps.'],
  ['<framskriving-chart tjeneste="dps"></framskriving-chart>', '«dps» er ikke en gyldig verdi for tjeneste. Gyldige verdier: alle, bup,'],
  ['<framskriving-chart lang="nn" hf="unm"></framskriving-chart>', '«unm» er ikkje ein gyldig verdi for hf. Gyldige verdiar: ahus,'],
  ['<arsverk-tabell gruppe="eldre"></arsverk-tabell>', '«eldre» er ikke en gyldig verdi for gruppe. Gyldige verdier: alle, voksne, barn-og-unge.'],
  ['<arsverk-tabell fylke="99"></arsverk-tabell>', '«99» er ikke en gyldig verdi for fylke. Gyldige verdier: 03,'],
  ['<arsverk-tabell lang="en" kommune="Bergen"></arsverk-tabell>', '“Bergen” is not a valid value of kommune. Use a four-digit municipality number, for example 1804 for Bodø.'],
];

describe('a wrong attribute value', () => {
  afterEach(cleanup);

  for (const [markup, message] of cases) {
    it(`${markup}: says which values are valid, inside the element, and fires hf-error once`, async () => {
      const { el, events } = mount(markup);
      await until(() => events.error.length, 'hf-error');
      await new Promise((r) => setTimeout(r, 100));
      expect(events.error).to.have.length(1);
      expect(events.error[0]!.detail).to.include({ code: 'unknown-option' });
      expect(events.error[0]!.detail.message.startsWith(message), events.error[0]!.detail.message).to.equal(true);
      expect(text(el, '[role=alert] strong')).to.equal(events.error[0]!.detail.message);
      // The attribute is at fault, not the file: the file's address is not shown.
      expect(shadow(el).querySelectorAll('[role=alert] .detail')).to.have.length(0);
      expect(events.render).to.have.length(0);
    });
  }

  it('is taken with spaces around it, as typed into a CMS', async () => {
    const { el, events } = mount('<hf-pasientrate view=" table " sort=" value"></hf-pasientrate>');
    await until(() => events.render.length, 'hf-render');
    expect(events.render[0]!.detail.view).to.equal('table');
    expect(shadow(el).querySelectorAll('tbody tr').length).to.equal(20);
    expect(events.error).to.have.length(0);
  });

  it('is put right by setting a valid value: the element draws', async () => {
    const { el, events } = mount('<hf-pasientrate view="tabell"></hf-pasientrate>');
    await until(() => events.error.length, 'hf-error');
    el.setAttribute('view', 'table');
    await until(() => events.render.length, 'hf-render');
    expect(shadow(el).querySelector('[role=alert]')).to.equal(null);
    expect(shadow(el).querySelectorAll('tbody tr').length).to.equal(20);
  });
});
