import fc from 'fast-check';

/** Values that have broken chart libraries: non-finite and extreme numbers, wrong types, odd text. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    1e308,
    -1e308,
    5e-324,
    Number.MAX_SAFE_INTEGER,
    -1,
    60,
    '',
    ' ',
    '6,8',
    '−0,4',
    '-0,4',
    '1.234,5',
    'NaN',
    'Infinity',
    '1e400',
    null,
    undefined,
    true,
    false,
    [],
    {},
    [null],
    '\u0000',
    '\u202Eomgekeerd',
    'a'.repeat(5000),
  ),
  fc.double(),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.anything({ maxDepth: 2, withNullPrototype: true, withBigInt: true }),
);

/** Names and labels: ordinary, long, Unicode and hostile text, or a value of the wrong type. */
export const hostileName: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'Werk & leren',
      'Gezondheidsbevorderingsmaatregelenprogramma',
      'Een heel lange naam van een deelthema die ver buiten elke ring en elk label van de profieltaart loopt',
      '👩‍👩‍👧‍👦 gezin',
      'ملخص الحي',
      '<img src=x onerror=alert(1)>',
      '{{constructor}}',
      '__proto__',
      'x'.repeat(1000),
    ),
  },
  { weight: 1, arbitrary: hostileValue },
);

const scoreFields = {
  waarde: hostileValue,
  klasse: fc.oneof(fc.constantFrom<unknown>('boven', 'gemiddeld', 'beneden', 'Boven gemiddeld', 'BOVEN', null, 'onbekend'), hostileValue),
  ontwikkeling: fc.oneof(fc.constantFrom<unknown>('vooruit', 'gelijk', 'achteruit', null, 'weg'), hostileValue),
  verschil: hostileValue,
  reden: fc.oneof(fc.constantFrom<unknown>('geen-gegevens', 'te-weinig-waarnemingen', null), hostileName),
};

const plausibleValue = fc.oneof(
  fc.double({ min: -3, max: 3, noNaN: true }),
  fc.constantFrom('6,8', '−0,4', '0', null),
);

const deelthema = fc.record(
  {
    id: fc.oneof(fc.constantFrom('a', 'b', 'dubbel', 'dubbel'), hostileName),
    naam: hostileName,
    omschrijving: hostileName,
    ...scoreFields,
    waarde: fc.oneof({ weight: 3, arbitrary: plausibleValue }, { weight: 1, arbitrary: hostileValue }),
  },
  { requiredKeys: ['naam'] },
);

const thema = fc.record(
  {
    id: fc.oneof(fc.constantFrom('t1', 't2', 'dubbel'), hostileName),
    naam: hostileName,
    ...scoreFields,
    deelthemas: fc.oneof(
      { weight: 6, arbitrary: fc.array(deelthema, { maxLength: 6 }) },
      { weight: 1, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: fc.array(deelthema, { minLength: 60, maxLength: 60 }) },
      { weight: 1, arbitrary: hostileValue },
    ),
  },
  { requiredKeys: ['naam', 'deelthemas'] },
);

/** Profiles as a web editor might write them, from nearly right to nonsense. */
export const hostileProfile: fc.Arbitrary<unknown> = fc.record(
  {
    gebied: fc.oneof(hostileName, fc.record({ naam: hostileName, code: hostileName })),
    jaar: fc.oneof(fc.integer({ min: 1990, max: 2040 }), hostileValue),
    totaal: fc.oneof(plausibleValue, fc.record(scoreFields, { requiredKeys: [] }), hostileValue),
    themas: fc.oneof({ weight: 8, arbitrary: fc.array(thema, { maxLength: 7 }) }, { weight: 1, arbitrary: hostileValue }),
    waarden: fc.record(
      {
        soort: fc.oneof(fc.constantFrom<unknown>('z-score', 'index', 'cijfer'), hostileValue),
        domein: fc.oneof(fc.tuple(hostileValue, hostileValue), fc.constant([-2, 2]), hostileValue),
        decimalen: fc.oneof(fc.integer({ min: -3, max: 25 }), hostileValue),
      },
      { requiredKeys: [] },
    ),
    titel: hostileName,
    bron: hostileName,
  },
  { requiredKeys: ['gebied', 'jaar', 'themas'] },
);

/** One edit to a JSON-like tree, addressed by the index of a node in depth-first order. */
export interface Mutation {
  node: number;
  kind: 'replace' | 'delete' | 'duplicate' | 'empty' | 'grow';
  value: unknown;
}

export const mutations: fc.Arbitrary<Mutation[]> = fc.array(
  fc.record({
    node: fc.nat(),
    kind: fc.constantFrom<Mutation['kind']>('replace', 'replace', 'delete', 'duplicate', 'empty', 'grow'),
    value: hostileValue,
  }),
  { minLength: 1, maxLength: 4 },
);

type Container = Record<string, unknown> | unknown[];

function slots(root: unknown): [Container, string | number][] {
  const found: [Container, string | number][] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        found.push([value, index]);
        visit(item);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        found.push([value as Record<string, unknown>, key]);
        visit((value as Record<string, unknown>)[key]);
      }
    }
  };
  visit(root);
  return found;
}

/** Applies `edits` to a deep copy of `tree`: wrong types, missing keys, duplicates, empty and 60-long arrays. */
export function mutate(tree: unknown, edits: Mutation[]): unknown {
  const copy = structuredClone(tree);
  for (const edit of edits) {
    const all = slots(copy);
    if (all.length === 0) return copy;
    const [parent, key] = all[edit.node % all.length];
    const current = (parent as Record<string | number, unknown>)[key];

    switch (edit.kind) {
      case 'replace':
        (parent as Record<string | number, unknown>)[key] = edit.value;
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key as string];
        break;
      case 'duplicate':
        if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(current));
        break;
      case 'empty':
        (parent as Record<string | number, unknown>)[key] = Array.isArray(current) ? [] : {};
        break;
      case 'grow':
        if (Array.isArray(current) && current.length > 0) {
          (parent as Record<string | number, unknown>)[key] = Array.from({ length: 60 }, (_, index) =>
            structuredClone(current[index % current.length]),
          );
        }
        break;
    }
  }
  return copy;
}
