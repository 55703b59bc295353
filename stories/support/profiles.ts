/**
 * Deterministic profiles for the stories, written in the short profile form that a web editor
 * pastes into a CMS. The real monitor of 's-Hertogenbosch is served by Storybook at
 * /data/s-hertogenbosch.json and the test fixtures at /fixtures/.
 */

/** URL of the demo monitor: 122 gebieden of 's-Hertogenbosch, jaren 2016 and 2020. */
export const DEMO_URL = '/data/s-hertogenbosch.json';

/** One deelthema in every class of both scales, so that each colour, pattern and trend shows. */
export const everyClass = {
  gebied: 'Voorbeeldbuurt',
  jaar: 2022,
  totaal: { waarde: '0,2', klasse: 'gemiddeld', ontwikkeling: 'vooruit', verschil: '0,3' },
  themas: [
    {
      naam: 'Werk & leren',
      waarde: '0,7', klasse: 'boven gemiddeld',
      deelthemas: [
        { naam: 'Uitkeringen', waarde: '0,9', klasse: 'boven', ontwikkeling: 'vooruit' },
        { naam: 'Opleiding', waarde: '0,1', klasse: 'gemiddeld', ontwikkeling: 'gelijk' },
      ],
    },
    {
      naam: 'Welzijn',
      waarde: '0,1', klasse: 'gemiddeld',
      deelthemas: [
        { naam: 'Gezondheid', waarde: '−0,7', klasse: 'beneden', ontwikkeling: 'achteruit' },
        { naam: 'Eenzaamheid', waarde: '0,6', klasse: 'boven', ontwikkeling: 'gelijk' },
      ],
    },
    {
      naam: 'Samenleven',
      waarde: '−0,6', klasse: 'beneden gemiddeld',
      deelthemas: [
        { naam: 'Betrokkenheid', waarde: '−0,8', klasse: 'beneden', ontwikkeling: 'vooruit' },
        { naam: 'Vrijwilligerswerk', waarde: null, reden: 'te-weinig-waarnemingen' },
      ],
    },
    {
      naam: 'Leefomgeving',
      waarde: '0,1', klasse: 'gemiddeld',
      deelthemas: [{ naam: 'Groen', waarde: '0,3', klasse: 'gemiddeld', ontwikkeling: 'achteruit' }],
    },
    {
      naam: 'Veiligheid',
      waarde: '0,7', klasse: 'boven gemiddeld',
      deelthemas: [
        { naam: 'Overlast', waarde: '1,1', klasse: 'boven', ontwikkeling: 'vooruit' },
        { naam: 'Criminaliteit', waarde: '0,0', klasse: 'gemiddeld', ontwikkeling: 'gelijk' },
      ],
    },
  ],
};

/** A gemeente's own scale with seven classes, rated 3 (best) to −3 (worst). */
export const sevenClasses = {
  gebied: 'Zevenklassenbuurt',
  jaar: 2022,
  totaal: { waarde: '0,4', klasse: 'iets-beter' },
  schalen: {
    situatie: {
      klassen: [
        { id: 'veel-beter', label: 'Veel beter', waardering: 3 },
        { id: 'beter', label: 'Beter', waardering: 2 },
        { id: 'iets-beter', label: 'Iets beter', waardering: 1 },
        { id: 'gelijk', label: 'Gelijk', waardering: 0 },
        { id: 'iets-slechter', label: 'Iets slechter', waardering: -1 },
        { id: 'slechter', label: 'Slechter', waardering: -2 },
        { id: 'veel-slechter', label: 'Veel slechter', waardering: -3 },
      ],
    },
  },
  themas: [
    {
      naam: 'Werk & leren',
      deelthemas: [
        { naam: 'Uitkeringen', waarde: '1,6', klasse: 'veel-beter' },
        { naam: 'Opleiding', waarde: '1,1', klasse: 'beter' },
      ],
    },
    {
      naam: 'Welzijn',
      deelthemas: [
        { naam: 'Gezondheid', waarde: '0,6', klasse: 'iets-beter' },
        { naam: 'Eenzaamheid', waarde: '0,1', klasse: 'gelijk' },
      ],
    },
    {
      naam: 'Samenleven',
      deelthemas: [
        { naam: 'Betrokkenheid', waarde: '−0,6', klasse: 'iets-slechter' },
        { naam: 'Vrijwilligerswerk', waarde: '−1,2', klasse: 'slechter' },
      ],
    },
    { naam: 'Leefomgeving', deelthemas: [{ naam: 'Groen', waarde: '−1,8', klasse: 'veel-slechter' }] },
    { naam: 'Veiligheid', deelthemas: [{ naam: 'Overlast', waarde: '0,0', klasse: 'gelijk' }] },
  ],
};

const THEMAS = ['Werk & leren', 'Welzijn', 'Samenleven', 'Leefomgeving', 'Veiligheid'];

/** Every value missing: nothing may be drawn as 0. */
export const noData = {
  gebied: 'Nieuwbouwwijk zonder cijfers',
  jaar: 2022,
  totaal: null,
  themas: THEMAS.map((naam) => ({ naam, deelthemas: [{ naam: `${naam}: gegevens`, waarde: null, reden: 'geen-gegevens' }] })),
};

/** Every score exactly 0 and average: 0 must show as "0,0", not as missing. */
export const allZero = {
  gebied: 'Gemiddelde buurt',
  jaar: 2022,
  totaal: { waarde: 0, klasse: 'gemiddeld' },
  themas: THEMAS.map((naam) => ({
    naam,
    waarde: '0,1', klasse: 'gemiddeld',
    deelthemas: [
      { naam: `${naam} A`, waarde: 0, klasse: 'gemiddeld', ontwikkeling: 'gelijk', verschil: 0 },
      { naam: `${naam} B`, waarde: 0, klasse: 'gemiddeld', ontwikkeling: 'gelijk', verschil: 0 },
    ],
  })),
};

/** Long Dutch names of a gebied, themes and deelthema's, as municipal data has them. */
export const longNames = {
  gebied: 'Overig landelijk gebied De Groote Wielen en omgeving van de Maaspoort',
  jaar: 2022,
  totaal: { waarde: '−0,3', klasse: 'gemiddeld' },
  themas: [
    {
      naam: 'Werk, inkomen en onderwijsdeelname',
      waarde: '0,1', klasse: 'gemiddeld',
      deelthemas: [
        { naam: 'Huishoudens met een uitkering of bijstandsuitkering', waarde: '0,2', klasse: 'gemiddeld' },
        { naam: 'Voortijdige schoolverlaters zonder startkwalificatie', waarde: '−0,9', klasse: 'beneden' },
      ],
    },
    {
      naam: 'Gezondheid en welbevinden',
      waarde: '−0,6', klasse: 'beneden gemiddeld',
      deelthemas: [
        { naam: 'Ervaren gezondheid goed of zeer goed', waarde: '−0,6', klasse: 'beneden' },
        { naam: 'Psychische gezondheid en veerkracht', waarde: '0,1', klasse: 'gemiddeld' },
      ],
    },
    {
      naam: 'Samenleven en sociale samenhang',
      waarde: '0,1', klasse: 'gemiddeld',
      deelthemas: [{ naam: 'Burenhulp en betrokkenheid bij de buurt', waarde: '0,4', klasse: 'gemiddeld' }],
    },
    {
      naam: 'Leefomgeving en woonomgeving',
      waarde: '0,7', klasse: 'boven gemiddeld',
      deelthemas: [{ naam: 'Tevredenheid met groen en speelvoorzieningen', waarde: '0,8', klasse: 'boven' }],
    },
    {
      naam: 'Veiligheid en veiligheidsbeleving',
      waarde: '0,1', klasse: 'gemiddeld',
      deelthemas: [{ naam: 'Overlast van verkeer, jongeren en buren', waarde: '−0,2', klasse: 'gemiddeld' }],
    },
  ],
};

/** Invalid data with three problems, each reported with its JSON path. */
export const invalid = {
  gebied: 'Foutbuurt',
  jaar: '2022',
  themas: [{ naam: 'Welzijn', deelthemas: [{ naam: 'Gezondheid', waarde: '6,8,1', klasse: 'uitstekend' }] }],
};

/** Inline JSON as a CMS editor with smart quotes turned on delivers it. */
export const smartQuotesJson = '{ “gebied”: “De Haren”, “jaar”: 2022, “themas”: [] }';

/** A profile with a Dutch decimal comma in a JSON number, as a web editor types it. */
export const decimalCommaJson = `{ "gebied": "De Haren", "jaar": 2022, "totaal": 0,4,
  "themas": [{ "naam": "Welzijn", "deelthemas": [{ "naam": "Gezondheid", "waarde": 6,8 }] }] }`;
