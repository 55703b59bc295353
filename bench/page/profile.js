/**
 * The data every chart in the benchmark draws: one real gebied of the demo monitor in its two
 * jaren. `extractProfile` turns the demo file into plain rows that every library can use, and a
 * small monitor (the gebied, its parents and its results) for wijkmonitor's `data` property.
 */

/** Gebied with all three classes, all three trend shapes and classes that change between the jaren. */
export const GEBIED_CODE = 'BU07960105';
export const JAREN = [2016, 2020];

/** Fills by class id, shared by every peer so that the charts look alike. */
export const COLOURS = {
  boven: '#2e7d5b',
  gemiddeld: '#c9c9c9',
  beneden: '#c2452d',
  none: '#eeeeee',
};

function score(entry) {
  if (!entry) return { value: null, klasse: null, ontwikkeling: null };
  const value = typeof entry.waarde === 'number' ? entry.waarde : null;
  return {
    value,
    klasse: value === null ? null : (entry.klasse ?? null),
    ontwikkeling: entry.ontwikkeling ?? null,
  };
}

/** Builds the benchmark profile of `code` from a parsed monitor file in the wijkmonitor/1 format. */
export function extractProfile(monitor, code = GEBIED_CODE) {
  const byCode = new Map(monitor.gebieden.map((gebied) => [gebied.code, gebied]));
  const gebied = byCode.get(code);
  if (!gebied) throw new Error(`Gebied ${code} is not in the demo monitor.`);

  const chain = [];
  for (let current = gebied; current; current = current.ouder ? byCode.get(current.ouder) : undefined) {
    chain.unshift(current);
  }
  const resultaten = monitor.resultaten.filter((result) => result.gebied === code && JAREN.includes(result.jaar));

  const jaren = {};
  for (const result of resultaten) {
    jaren[result.jaar] = {
      totaal: score(result.totaal),
      themas: Object.fromEntries(monitor.themas.map((thema) => [thema.id, score(result.themas?.[thema.id])])),
      deelthemas: Object.fromEntries(
        monitor.themas.flatMap((thema) => thema.deelthemas).map((deel) => [deel.id, score(result.deelthemas?.[deel.id])]),
      ),
    };
  }
  for (const jaar of JAREN) {
    if (!jaren[jaar]) throw new Error(`Gebied ${code} has no result in ${jaar}.`);
  }

  return {
    gebied: { code: gebied.code, naam: gebied.naam },
    themas: monitor.themas.map((thema) => ({
      id: thema.id,
      label: thema.label.nl,
      deelthemas: thema.deelthemas.map((deel) => ({ id: deel.id, label: deel.label.nl })),
    })),
    jaren,
    colours: COLOURS,
    monitor: { ...monitor, gebieden: chain, resultaten },
  };
}
