// A React 19 app's component, compiled against the built types by test/unit/package.test.ts.
import type {} from 'hf-indikatorer/react';
import type { HfErrorDetail } from 'hf-indikatorer';

export function Indicators({ kommune }: { kommune: string }) {
  return (
    <section>
      <hf-pasientrate kommune={kommune} view="table" sort="value" onhf-error={(e) => console.warn(e.detail.message satisfies HfErrorDetail['message'])} />
      <framskriving-chart kommune={kommune} variant="steps" tjeneste="bup vop" />
      <arsverk-tabell kommune={kommune} measure="arsverk" class="wide" />
      <hf-utvikling kommune={kommune} series="malgruppe" index="2016" onhf-render={(e) => console.log(e.detail.view)} />
    </section>
  );
}
