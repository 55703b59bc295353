// Tests of the `wijkmonitor` command-line tool. They build dist/cli.js with the repository's rollup
// configuration and run bin/wijkmonitor.js in a child process, as a user would after `npm ci`.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { buildCli, repoRoot } from './build.mjs';

const bin = join(repoRoot, 'bin/wijkmonitor.js');
const examples = join(repoRoot, 'docs/examples');
const slice = join(repoRoot, 'test/fixtures/rivm-slice');
const demoMapping = join(repoRoot, 'demo/data/mapping.json');
const sourceData = resolve(repoRoot, process.env.WIJKMONITOR_SOURCE_DATA ?? '../shared/data');

let workDir;

/** Runs the tool and returns its exit code, standard output and standard error. */
function run(...args) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: workDir, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the tool with a standard output whose reader has already closed, as `| head -1` leaves it once
 * head has its line. The read end is closed in the same tick as the spawn, well before the child's
 * Node process can write, so its writes meet a closed pipe (EPIPE).
 */
function runIntoClosedPipe(...args) {
  const child = spawn(process.execPath, [bin, ...args], { cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  child.stdout.destroy();

  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolvePromise({ code, signal, stderr }));
  });
}

/** Writes a file into the temporary folder; `encoding` `windows-1252` writes those bytes. */
function writeInput(name, text, encoding = 'utf-8') {
  const path = join(workDir, name);
  writeFileSync(path, encoding === 'utf-8' ? text : iconv.encode(text, encoding));
  return path;
}

/** Converts the wide example and returns its monitor, which the validator tests then break on purpose. */
function readExampleMonitor() {
  const result = run('converteer', join(examples, 'cijfers-breed.csv'), '--koppeling', join(examples, 'koppeling-breed.json'));
  assert.equal(result.code, 0, result.stderr);
  return JSON.parse(result.stdout);
}

const WIDE_HEADER = 'gebiedcode;naam;type;ouder;jaar;uitkeringen_pct;schuldhulp_per_1000;tevreden_woonomgeving_pct;overlast_pct;slachtoffer_pct';
const WIDE_ROWS = [
  'GM9999;Sint-Michielsgestel;gemeente;;2022;4,1;12,3;81,0;18,2;9,4',
  'WK999901;Berlicum;wijk;GM9999;2022;3,5;8,9;90,8;12,0;9,7',
  'BU99990101;Ideeënbuurt;buurt;WK999901;2022;3,7;8,0;81,5;11,5;8,9',
  'BU99990102;Het Caféplein;buurt;WK999901;2022;5,1;14,0;70,2;22,5;12,1',
];

before(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'wijkmonitor-cli-'));
  await buildCli();
});

after(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('help and usage', () => {
  it('prints Dutch help by default', () => {
    const result = run('--help');

    assert.equal(result.code, 0);
    assert.match(result.stdout, /Gebruik:/);
    assert.match(result.stdout, /valideer <bestand>\s+Controleer een monitor- of profielbestand/);
    assert.match(result.stdout, /Toon deze uitleg/);
  });

  it('prints English help with --lang en', () => {
    const result = run('svg', '--help', '--lang', 'en');

    assert.equal(result.code, 0);
    assert.match(result.stdout, /Options:/);
    assert.match(result.stdout, /--breedte <px>\s+Width in pixels/);
  });

  const usageCases = [
    { args: [], message: 'Geef een opdracht: valideer, converteer, svg of png.' },
    { args: ['teken', 'x.json'], message: 'Onbekende opdracht "teken".' },
    { args: ['svg', 'x.json', '--kleur', 'rood'], message: 'Onbekende optie --kleur.' },
    { args: ['valideer'], message: 'Er ontbreekt een bestand bij de opdracht "valideer".' },
    { args: ['svg', 'x.json', '--breedte', 'breed'], message: 'Ongeldige waarde "breed" voor --breedte' },
    { args: ['svg', 'x.json', '--weergave', 'trend'], message: 'Ongeldige waarde "trend" voor --weergave' },
    { args: ['converteer', 'x.csv'], message: 'De optie --koppeling is verplicht bij deze opdracht.' },
    { args: ['converteer', 'x.csv', '--koppeling', 'k.json', '--codering', 'ebcdic'], message: 'Ongeldige waarde "ebcdic" voor --codering' },
    { args: ['--hlep'], message: 'Onbekende optie --hlep.' },
    { args: ['valideer', 'a.json', 'b.json'], message: 'Te veel argumenten: b.json.' },
    // An option of another command, named as the user typed it and not in camel case.
    { args: ['valideer', 'a.json', '--css-variabelen'], message: 'Onbekende optie --css-variabelen.' },
  ];
  for (const { args, message } of usageCases) {
    it(`exits 2 for ${JSON.stringify(args)}`, () => {
      const result = run(...args);

      assert.equal(result.code, 2);
      assert.ok(result.stderr.includes(message), result.stderr);
    });
  }

  it('writes usage errors in English with --lang en', () => {
    const result = run('--lang', 'en', 'teken');

    assert.equal(result.code, 2);
    assert.match(result.stderr, /Unknown command "teken"/);
  });

  it('rejects a --lang other than nl or en', () => {
    const french = run('valideer', 'x.json', '--lang', 'fr');
    const inline = run('valideer', 'x.json', '--lang=english');

    assert.equal(french.code, 2);
    assert.match(french.stderr, /^wijkmonitor: Ongeldige waarde "fr" voor --lang; verwacht: nl, en\.$/m);
    assert.equal(inline.code, 2);
    assert.match(inline.stderr, /Ongeldige waarde "english" voor --lang/);
  });

  it('accepts a --lang with a region', () => {
    const result = run('valideer', join(examples, 'missing.json'), '--lang', 'en-GB');

    assert.notEqual(result.code, 2, result.stderr);
    assert.doesNotMatch(result.stderr, /--lang/);
  });

  it('suggests --uit for --out', () => {
    const dutch = run('converteer', 'x.csv', '--koppeling', 'k.json', '--out', 'monitor.json');
    const english = run('converteer', 'x.csv', '--koppeling', 'k.json', '--out', 'monitor.json', '--lang', 'en');

    assert.equal(dutch.code, 2);
    assert.equal(dutch.stderr, 'wijkmonitor: Onbekende optie --out. Bedoelt u --uit? Bekijk de opties met --help.\n');
    assert.equal(english.code, 2);
    assert.equal(english.stderr, 'wijkmonitor: Unknown option --out. Did you mean --uit? See the options with --help.\n');
  });

  it('suggests the closest option of the command', () => {
    const typo = run('svg', 'x.json', '--gebeid', 'Berlicum');
    const otherCommand = run('valideer', 'x.json', '--koppeling', 'k.json', '--lang', 'en');
    const withoutCommand = run('--hlep');

    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /Onbekende optie --gebeid\. Bedoelt u --gebied\?/);
    // valideer has no --koppeling, and no option of valideer is close to it.
    assert.equal(otherCommand.code, 2);
    assert.equal(otherCommand.stderr, 'wijkmonitor: Unknown option --koppeling. See the options with --help.\n');
    assert.equal(withoutCommand.code, 2);
    assert.match(withoutCommand.stderr, /Onbekende optie --hlep\. Bedoelt u --help\?/);
  });
});

describe('valideer', () => {
  it('accepts a valid monitor', () => {
    const path = writeInput('valid.json', JSON.stringify(readExampleMonitor()));
    const result = run('valideer', path);

    assert.equal(result.code, 0, result.stdout);
    assert.match(result.stdout, /geen problemen gevonden/);
  });

  it('points a spreadsheet to converteer', () => {
    const csv = `${WIDE_HEADER}\nBU07960101;Binnenstad centrum;buurt;WK079601;2020;4,1;12;81;20;9\n`;
    const cases = [
      { name: 'cijfers.csv', text: csv },
      { name: 'cijfers.txt', text: `"gebiedcode";"naam"\n"BU07960101";"Binnenstad centrum"\n` },
      { name: 'werkmap.xlsx', text: 'PK\u0003\u0004' },
    ];
    for (const { name, text } of cases) {
      const result = run('valideer', writeInput(name, text));

      assert.equal(result.code, 1, `${name}: ${result.stdout}`);
      assert.match(result.stdout, new RegExp(`${name.replace('.', '\\.')} lijkt een rekenblad \\(CSV of werkmap\\), geen monitorbestand\\. Zet het eerst om: wijkmonitor converteer`), name);
    }
  });

  it('points a mapping file to converteer', () => {
    for (const mapping of [join(examples, 'koppeling-breed.json'), join(examples, 'koppeling-lang.json'), demoMapping]) {
      const dutch = run('valideer', mapping);
      const english = run('valideer', mapping, '--lang', 'en');

      assert.equal(dutch.code, 1, dutch.stdout);
      assert.equal(
        dutch.stdout,
        `${mapping}: $: fout: Dit lijkt een koppelbestand (met "invoer"), geen monitor- of profielbestand. Een koppelbestand hoort bij converteer: wijkmonitor converteer cijfers.csv --koppeling ${mapping} --uit monitor.json. Controleer daarna monitor.json. [koppeling-not-monitor]\n` +
          '1 fout en 0 waarschuwingen gevonden.\n',
      );
      assert.equal(english.code, 1, english.stdout);
      assert.match(english.stdout, /error: This looks like a mapping file \(it has "invoer"\), not a monitor or profile file\./);
      assert.doesNotMatch(english.stdout, /"gebied"/);
    }
  });

  it('gives no spreadsheet hint for broken JSON', () => {
    const result = run('valideer', writeInput('kapot.json', '{ "formaat": "monitor", "gebieden": [1, 2,\n'));

    assert.equal(result.code, 1, result.stdout);
    assert.doesNotMatch(result.stdout, /rekenblad/);
  });

  it('warns on values far outside domein', () => {
    const monitor = readExampleMonitor();
    const [first] = monitor.resultaten;
    const deelthema = Object.keys(first.deelthemas)[0];
    first.deelthemas[deelthema].waarde = 1e308;
    first.totaal.waarde = 9;
    const singleValue = run('valideer', writeInput('far.json', JSON.stringify(monitor)));

    assert.equal(singleValue.code, 0, singleValue.stdout);
    assert.match(
      singleValue.stdout,
      new RegExp(`\\$\\.resultaten\\[0\\]\\.deelthemas\\.${deelthema}\\.waarde: waarschuwing: De waarde 1,00e\\+308 van deelthema "[^"]+" voor .+ \\(${first.gebied}\\) in ${first.jaar} ligt ver buiten waarden\\.domein \\[−2,0, 2,0\\]\\. Met straal="waarde" tekent de profieltaart dit deelthema tot de rand van de ring, alsof de waarde 2,0 is\\. Klopt de waarde, of het domein\\?`),
    );
    // The totaal is only shown as text, so a value of 9 is drawn as it is.
    assert.doesNotMatch(singleValue.stdout, /totaal/);
    assert.match(singleValue.stdout, /0 fouten en 1 waarschuwing gevonden/);

    let outside = 0;
    for (const result of monitor.resultaten) {
      for (const score of Object.values(result.deelthemas)) {
        if (typeof score.waarde !== 'number') continue;
        score.waarde = 9;
        outside++;
      }
    }
    const manyValues = run('valideer', writeInput('far-many.json', JSON.stringify(monitor)), '--lang', 'en');
    assert.ok(outside > 21, `the example has only ${outside} deelthema values`);
    assert.match(manyValues.stdout, new RegExp(`\\b${outside - 20} more values lie far outside the domain of waarden`));
    // The closing line stands for the values it leaves out, so the count is of values, not of lines.
    assert.match(manyValues.stdout, new RegExp(`0 errors and ${outside} warnings found`));
  });

  it('passes every JSON example of the READMEs', () => {
    const found = [];
    for (const readme of ['README.nl.md', 'README.md']) {
      const text = readFileSync(join(repoRoot, readme), 'utf8');
      for (const [, language, body] of text.matchAll(/```(\w*)\n([\s\S]*?)```/g)) {
        const inline = [...body.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)].map((match) => match[1]);
        for (const json of language === 'json' ? [body] : inline) {
          found.push({ name: `${readme.replace('.md', '')}-${found.length + 1}.json`, json });
        }
      }
    }

    // README.nl.md has a profile; README.md has a monitor and a profile.
    assert.equal(found.length, 3);
    for (const { name, json } of found) {
      const path = writeInput(name, json);
      const dutch = run('valideer', path, '--streng');
      const english = run('valideer', path, '--streng', '--lang', 'en');

      assert.equal(dutch.code, 0, dutch.stdout);
      assert.equal(dutch.stdout, `${path}: geen problemen gevonden.\n`);
      assert.equal(english.code, 0, english.stdout);
      assert.equal(english.stdout, `${path}: no problems found.\n`);
    }
  });

  it('takes a mark as profile totaal', () => {
    const profile = {
      gebied: 'De Haren',
      jaar: 2022,
      totaal: { waarde: '6,8', klasse: 'boven gemiddeld' },
      themas: [{ naam: 'Werk & leren', waarde: '7,1', klasse: 'boven', deelthemas: [{ naam: 'Uitkeringen', waarde: '0,6', klasse: 'boven' }] }],
    };
    const result = run('valideer', writeInput('mark.json', JSON.stringify(profile)), '--streng');

    assert.equal(result.code, 0, result.stdout);
    assert.match(result.stdout, /mark\.json: geen problemen gevonden\./);
  });

  it('names a profile deelthema outside the domain', () => {
    const profile = {
      gebied: 'De Haren',
      jaar: 2022,
      totaal: { waarde: '6,8', klasse: 'boven' },
      themas: [{ naam: 'Werk & leren', klasse: 'boven', deelthemas: [{ naam: 'Werk', klasse: 'boven' }, { naam: 'Uitkeringen', waarde: '7,2', klasse: 'boven' }] }],
    };
    const path = writeInput('mark-deelthema.json', JSON.stringify(profile));
    const dutch = run('valideer', path, '--streng');
    const english = run('valideer', path, '--streng', '--lang', 'en');

    assert.equal(dutch.code, 1);
    assert.ok(
      dutch.stdout.includes(
        'mark-deelthema.json: $.themas[0].deelthemas[1].waarde: waarschuwing: De waarde 7,2 van deelthema "Uitkeringen" voor De Haren in 2022 ligt ver buiten [−2,0, 2,0], ' +
          'het standaarddomein voor waarden.soort "z-score", want het bestand geeft geen waarden.domein. Met straal="waarde" tekent de profieltaart dit deelthema tot de rand van de ring, alsof de waarde 2,0 is.',
      ),
      dutch.stdout,
    );
    assert.match(dutch.stdout, /geef dan "waarden": \{ "soort": "cijfer" \} voor rapportcijfers van 1 tot 10, of een eigen waarden\.domein\. \[value-outside-domein\]/);
    assert.equal(english.code, 1);
    assert.ok(
      english.stdout.includes(
        'mark-deelthema.json: $.themas[0].deelthemas[1].waarde: warning: The value 7.2 of deelthema "Uitkeringen" for De Haren in 2022 lies far outside [−2.0, 2.0], ' +
          'the default domain of waarden.soort "z-score", because the file sets no waarden.domein. With straal="waarde" the profieltaart draws this deelthema to the edge of the ring, as if the value were 2.0.',
      ),
      english.stdout,
    );
  });

  it('warns on shared gebied names', () => {
    const monitor = readExampleMonitor();
    const [first, second] = monitor.gebieden;
    second.naam = ` ${first.naam.toUpperCase()} `;
    const result = run('valideer', writeInput('shared-name.json', JSON.stringify(monitor)));

    assert.equal(result.code, 0, result.stdout);
    assert.ok(
      result.stdout.includes(`waarschuwing: De naam "${first.naam}" hoort bij meer dan één gebied (${first.code}, ${second.code}). Een element met gebied="${first.naam}" toont het eerste; gebruik daar de code.`),
      result.stdout,
    );
    assert.match(result.stdout, /0 fouten en 1 waarschuwing gevonden/);
  });

  it('reports a deelthema missing in one jaar', () => {
    const result = run('valideer', join(repoRoot, 'demo/data/s-hertogenbosch.json'));

    assert.equal(result.code, 0, result.stdout);
    assert.match(result.stdout, /waarschuwing: Deelthema "Geluidhinder" heeft in 2016 voor geen enkel gebied een waarde, maar wel in 2020/);
    assert.match(result.stdout, /0 fouten en 1 waarschuwing gevonden/);
  });

  it('fails on warnings only with --streng', () => {
    const path = join(repoRoot, 'demo/data/s-hertogenbosch.json');
    const lenient = run('valideer', path);
    const strict = run('valideer', path, '--streng');

    assert.equal(lenient.code, 0, lenient.stdout);
    assert.equal(strict.code, 1, strict.stdout);
    assert.equal(strict.stdout, lenient.stdout);
    assert.match(strict.stdout, /0 fouten en 1 waarschuwing gevonden/);
  });

  it('fails on errors without --streng', () => {
    const monitor = readExampleMonitor();
    monitor.resultaten[0].jaar = 'twintig';
    const path = writeInput('error.json', JSON.stringify(monitor));

    assert.equal(run('valideer', path).code, 1);
    assert.equal(run('valideer', path, '--streng').code, 1);
  });

  it('says which checks an error skipped', () => {
    const monitor = readExampleMonitor();
    monitor.resultaten[0].jaar = 'twintig';
    const broken = run('valideer', writeInput('skipped.json', JSON.stringify(monitor)));
    const warned = run('valideer', join(repoRoot, 'demo/data/s-hertogenbosch.json'));

    assert.match(broken.stdout, /De controles op dubbele namen, samenhang tussen de jaren en het waardebereik zijn overgeslagen, omdat ze een bestand zonder fouten nodig hebben\. .*\n1 fout en 0 waarschuwingen gevonden\.\n$/);
    assert.doesNotMatch(warned.stdout, /overgeslagen/);
  });

  it('explains --streng in the help', () => {
    const dutch = run('valideer', '--help');
    const english = run('valideer', '--help', '--lang', 'en');

    assert.match(dutch.stdout, /--streng\s+Eindig ook met afsluitcode 1 als er alleen waarschuwingen zijn/);
    assert.match(english.stdout, /--streng\s+Also exit with code 1 when there are only warnings/);
  });

  it('warns on 1,234 without decimal commas', () => {
    const monitor = readExampleMonitor();
    monitor.resultaten[0].totaal.waarde = '1,234';
    const path = writeInput('comma-thousands.json', JSON.stringify(monitor));
    const result = run('valideer', path);
    const strict = run('valideer', path, '--streng');

    assert.equal(result.code, 0, result.stdout);
    assert.ok(
      result.stdout.includes(
        `${path}: $.resultaten[0].totaal.waarde: waarschuwing: "1,234" wordt gelezen met de komma als decimaalteken, maar kan ook 1234 betekenen, ` +
          'met de komma tussen de duizendtallen zoals in Engelse exports. Geen ander getal als tekst in dit bestand heeft een decimaalkomma. ' +
          'Bedoelt u 1234, schrijf dan 1234 zonder komma. Bedoelt u het getal met drie decimalen, schrijf dan 1.234 met een punt en zonder aanhalingstekens. [number-comma-ambiguous]',
      ),
      result.stdout,
    );
    assert.match(result.stdout, /0 fouten en 1 waarschuwing gevonden\.\n$/);
    assert.equal(strict.code, 1, strict.stdout);
  });

  it('still reads 1,234 as 1.234', () => {
    const profile = {
      gebied: 'De Haren',
      jaar: 2022,
      totaal: { waarde: '1,234', klasse: 'boven gemiddeld' },
      themas: [{ naam: 'Werk & leren', deelthemas: [{ naam: 'Uitkeringen', waarde: 1.234, klasse: 'boven gemiddeld' }] }],
    };
    const result = run('svg', writeInput('comma-profile.json', JSON.stringify(profile)));

    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Totaal: 1,2, Boven gemiddeld/);
    assert.doesNotMatch(result.stdout, /1\.234/);
  });

  it('trusts 1,234 beside decimal commas', () => {
    const monitor = readExampleMonitor();
    monitor.resultaten[0].totaal.waarde = '1,234';
    monitor.resultaten[1].totaal.waarde = '0,6';
    const result = run('valideer', writeInput('comma-decimals.json', JSON.stringify(monitor)));

    assert.equal(result.code, 0, result.stdout);
    assert.match(result.stdout, /geen problemen gevonden/);
  });

  it('names a decimal point beside 1,234', () => {
    const monitor = readExampleMonitor();
    monitor.resultaten[0].totaal.waarde = '-1,234';
    monitor.resultaten[1].totaal.waarde = '0,6';
    monitor.resultaten[2].totaal.waarde = '0.6';
    const result = run('valideer', writeInput('comma-points.json', JSON.stringify(monitor)), '--lang', 'en');

    assert.equal(result.code, 0, result.stdout);
    assert.ok(
      result.stdout.includes(
        '$.resultaten[0].totaal.waarde: warning: "-1,234" is read with the comma as decimal separator, so as -1.234, but it may mean -1234, ' +
          'with the comma between thousands as English exports write it. Other numbers written as text in this file have a decimal point, such as "0.6". ' +
          'If you mean -1234, write -1234 without the comma. If you mean -1.234, write -1.234 as a JSON number without quotes. [number-comma-ambiguous]',
      ),
      result.stdout,
    );
    assert.match(result.stdout, /0 errors and 1 warning found\.\n$/);
  });

  it('counts comma numbers beyond 20', () => {
    const monitor = readExampleMonitor();
    let total = 0;
    for (const entry of monitor.resultaten) {
      for (const score of [entry.totaal, ...Object.values(entry.themas)]) {
        if (typeof score.waarde !== 'number') continue;
        score.waarde = '1,500';
        total++;
      }
    }
    const result = run('valideer', writeInput('comma-many.json', JSON.stringify(monitor)));
    const lines = result.stdout.trimEnd().split('\n');

    assert.ok(total > 21, `the example has only ${total} values`);
    assert.equal(result.code, 0, result.stdout);
    assert.equal(lines.filter((line) => line.endsWith('[number-comma-ambiguous]')).length, 21);
    assert.ok(result.stdout.includes(`Nog ${total - 20} getallen als tekst kunnen op dezelfde manier duizendtallen of decimalen betekenen.`), result.stdout);
    assert.equal(lines.at(-1), `0 fouten en ${total} waarschuwingen gevonden.`);
  });

  it('lists every problem with its path', () => {
    const monitor = readExampleMonitor();
    monitor.gebieden.push({ ...monitor.gebieden[2] });
    monitor.gebieden[3].ouder = 'WK999909';
    monitor.resultaten[4].deelthemas.uitkeringen.klasse = 'bovengemiddeld';
    const path = writeInput('broken.json', JSON.stringify(monitor, null, 2));
    const result = run('valideer', path);

    assert.equal(result.code, 1);
    assert.match(result.stdout, /\$\.gebieden\[9\]\.code: fout: De gebiedscode "BU99990101" komt meer dan één keer voor/);
    assert.match(result.stdout, /\$\.gebieden\[3\]\.ouder: fout: Het bovenliggende gebied "WK999909"/);
    assert.match(result.stdout, /\$\.resultaten\[4\]\.deelthemas\.uitkeringen\.klasse: fout: .*"bovengemiddeld"/);
    assert.match(result.stdout, /3 fouten/);
  });

  it('points at a JSON syntax error', () => {
    const path = writeInput('syntax.json', '{\n  "formaat": "wijkmonitor/1",\n  "gebieden": [,]\n}');
    const result = run('valideer', path, '--lang', 'en');

    assert.equal(result.code, 1);
    assert.match(result.stdout, /Line 3, column/);
  });

  it('reports a missing file', () => {
    const result = run('valideer', 'bestaat-niet.json');

    assert.equal(result.code, 1);
    assert.match(result.stderr, /Bestand niet gevonden: bestaat-niet\.json/);
  });

  it('counts errors beyond the shown 50', () => {
    const monitor = readExampleMonitor();
    const gebied = monitor.resultaten[0].gebied;
    for (let index = 0; index < 246; index++) {
      monitor.resultaten.push({ gebied, jaar: 1000 + index });
    }
    const result = run('valideer', writeInput('many-errors.json', JSON.stringify(monitor)));
    const lines = result.stdout.trimEnd().split('\n');

    assert.equal(result.code, 1);
    assert.equal(lines.filter((line) => line.includes(': fout: Het jaar ')).length, 50);
    assert.match(result.stdout, /Nog 196 fout\(en\) en 0 waarschuwing\(en\) zijn niet getoond/);
    assert.equal(lines.at(-1), '246 fouten en 0 waarschuwingen gevonden.');
  });

  it('groups thousands in counts', () => {
    const monitor = readExampleMonitor();
    const gebied = monitor.resultaten[0].gebied;
    for (let index = 0; index < 1200; index++) {
      monitor.resultaten.push({ gebied, jaar: `jaar ${index}` });
    }
    const path = writeInput('thousands-of-errors.json', JSON.stringify(monitor));
    const dutch = run('valideer', path);
    const english = run('valideer', path, '--lang', 'en');

    assert.match(dutch.stdout, /Nog 1\.150 fout\(en\) en 0 waarschuwing\(en\)/);
    assert.equal(dutch.stdout.trimEnd().split('\n').at(-1), '1.200 fouten en 0 waarschuwingen gevonden.');
    assert.match(english.stdout, /1,150 more error\(s\) and 0 more warning\(s\)/);
    assert.equal(english.stdout.trimEnd().split('\n').at(-1), '1,200 errors and 0 warnings found.');
  });
});

describe('closed standard output', () => {
  let validPath;
  let invalidPath;
  before(() => {
    const monitor = readExampleMonitor();
    validPath = writeInput('pipe-valid.json', JSON.stringify(monitor));
    monitor.resultaten[0].jaar = 'twintig';
    invalidPath = writeInput('pipe-invalid.json', JSON.stringify(monitor));
  });

  const cases = [
    { name: 'valideer with problems', args: () => ['valideer', invalidPath], code: 1 },
    { name: 'valideer without problems', args: () => ['valideer', validPath], code: 0 },
    { name: 'svg to standard output', args: () => ['svg', validPath, '--gebied', 'Ideeënbuurt'], code: 0 },
    { name: 'png to standard output', args: () => ['png', validPath, '--gebied', 'Ideeënbuurt'], code: 0 },
  ];
  for (const { name, args, code } of cases) {
    it(`ends ${name} quietly`, async () => {
      const result = await runIntoClosedPipe(...args());

      assert.equal(result.signal, null);
      assert.equal(result.stderr, '');
      assert.equal(result.code, code);
    });
  }
});

describe('converteer', () => {
  it('reproduces the demo monitor from the real RIVM files', (context) => {
    const gebieden = join(sourceData, 'gebieden-s-hertogenbosch.csv');
    const editions = [2016, 2020].map((jaar) => join(sourceData, `raw/rivm-gezondheid-50090NED-${jaar}-18plus-s-hertogenbosch.csv`));
    if (![gebieden, ...editions].every((path) => existsSync(path))) {
      context.skip(`source data not found in ${sourceData}; set WIJKMONITOR_SOURCE_DATA`);
      return;
    }
    const output = join(workDir, 'demo.json');
    const result = run('converteer', ...editions, '--koppeling', demoMapping, '--gebieden', gebieden, '--uit', output);

    assert.equal(result.code, 0, result.stderr);
    assert.equal(readFileSync(output, 'utf8'), readFileSync(join(repoRoot, 'demo/data/s-hertogenbosch.json'), 'utf8'));
  });

  it('converts the committed RIVM slice', () => {
    const output = join(workDir, 'slice.json');
    const result = run(
      'converteer',
      join(slice, 'rivm-2016-18plus.csv'),
      join(slice, 'rivm-2020-18plus.csv'),
      '--koppeling', demoMapping,
      '--gebieden', join(slice, 'gebieden.csv'),
      '--uit', output,
    );
    const monitor = JSON.parse(readFileSync(output, 'utf8'));
    const broek2020 = monitor.resultaten.find((entry) => entry.gebied === 'BU07960201' && entry.jaar === 2020);

    assert.equal(result.code, 0, result.stderr);
    assert.equal(monitor.gebieden.length, 9);
    assert.ok(!monitor.gebieden.some((gebied) => gebied.code === 'BU07960708'));
    assert.deepEqual(broek2020.totaal, { waarde: null, reden: 'geen-gegevens', ontwikkelingReden: 'geen-gegevens' });
    const validation = run('valideer', output);
    assert.equal(validation.code, 0, validation.stdout);
    assert.match(validation.stdout, /0 fouten en 1 waarschuwing gevonden/, 'only the Geluidhinder warning is expected');
  });

  it('reads both layouts and encodings alike', () => {
    const wide = run('converteer', join(examples, 'cijfers-breed.csv'), '--koppeling', join(examples, 'koppeling-breed.json'));
    const long = run('converteer', join(examples, 'cijfers-lang.csv'), '--koppeling', join(examples, 'koppeling-lang.json'));

    assert.equal(wide.code, 0, wide.stderr);
    assert.equal(long.code, 0, long.stderr);
    assert.match(wide.stderr, /tekencodering windows-1252, scheidingsteken ;/);
    assert.match(long.stderr, /tekencodering utf-8, scheidingsteken ,/);
    assert.equal(wide.stdout, long.stdout);

    const names = JSON.parse(wide.stdout).gebieden.map((gebied) => gebied.naam);
    assert.ok(names.includes('Ideeënbuurt'));
    assert.ok(names.includes('Het Caféplein'));
    assert.ok(names.includes('Coöperatiebuurt'));
  });

  it('reads comma decimals as numbers', () => {
    const monitor = JSON.parse(run('converteer', join(examples, 'cijfers-breed.csv'), '--koppeling', join(examples, 'koppeling-breed.json')).stdout);
    const hoefijzer = monitor.resultaten.find((entry) => entry.gebied === 'BU99990203' && entry.jaar === 2020);

    assert.equal(typeof hoefijzer.deelthemas.uitkeringen.waarde, 'number');
    assert.equal(hoefijzer.deelthemas.schuldhulp.waarde, null);
  });

  it('keeps Windows-1252 names from a forced encoding', () => {
    const path = writeInput('gestel.csv', [WIDE_HEADER, ...WIDE_ROWS].join('\r\n'), 'windows-1252');
    const detected = run('converteer', path, '--koppeling', join(examples, 'koppeling-breed.json'));
    const forced = run('converteer', path, '--koppeling', join(examples, 'koppeling-breed.json'), '--codering', 'utf-8');

    assert.ok(JSON.parse(detected.stdout).gebieden.some((gebied) => gebied.naam === 'Ideeënbuurt'));
    assert.ok(JSON.parse(forced.stdout).gebieden.some((gebied) => gebied.naam === 'Idee\ufffdnbuurt'));
  });

  it('rejects a file with the wrong separator', () => {
    const path = writeInput('pipes.csv', [WIDE_HEADER, ...WIDE_ROWS].join('\n').replaceAll(';', '|'));
    const output = join(workDir, 'pipes.json');
    const result = run('converteer', path, '--koppeling', join(examples, 'koppeling-breed.json'), '--uit', output);

    assert.equal(result.code, 1);
    assert.match(result.stderr, /pipes\.csv:1: fout: Kolommen "gebiedcode", "jaar", "naam", "type", "ouder" ontbreken in de kopregel \(gebiedcode\|naam\|type/);
    assert.match(result.stderr, /pipes\.csv: tekencodering utf-8, geen scheidingsteken gevonden: de kopregel bevat geen puntkomma \(;\), komma \(,\) of tab, wel "\|"\n/);
    assert.match(result.stderr, /De kopregel heeft maar één kolom, want er staat geen puntkomma \(;\), komma \(,\) of tab in, wel "\|"\. Sla het bestand op met een van die drie scheidingstekens\./);
    assert.doesNotMatch(result.stderr, /scheidingsteken ,/);
    assert.match(result.stderr, /Er is geen monitorbestand geschreven/);
    assert.ok(!existsSync(output));

    const english = run('converteer', path, '--koppeling', join(examples, 'koppeling-breed.json'), '--lang', 'en');
    assert.equal(english.code, 1);
    assert.match(english.stderr, /pipes\.csv: encoding utf-8, no separator found: the header contains no semicolon \(;\), comma \(,\) or tab, but it does contain "\|"\n/);
    assert.match(english.stderr, /The header has a single column, because it contains no semicolon \(;\), comma \(,\) or tab, but it does contain "\|"\. Save the file with one of those three separators\./);
  });

  it('reads a tab-separated file', () => {
    const path = writeInput('tabs.csv', [WIDE_HEADER, ...WIDE_ROWS].join('\n').replaceAll(';', '\t'));
    const result = run('converteer', path, '--koppeling', join(examples, 'koppeling-breed.json'));

    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /tabs\.csv: tekencodering utf-8, scheidingsteken tab\n/);
  });

  it('names missing columns', () => {
    const header = WIDE_HEADER.replace(';jaar', '').replace(';overlast_pct', '');
    const rows = WIDE_ROWS.map((row) => row.split(';').filter((_, index) => index !== 4 && index !== 8).join(';'));
    const path = writeInput('columns.csv', [header, ...rows].join('\n'));
    const result = run('converteer', path, '--koppeling', join(examples, 'koppeling-breed.json'), '--lang', 'en');

    assert.equal(result.code, 1);
    assert.match(result.stderr, /columns\.csv:1: error: Column "jaar" is missing from the header/);
  });

  it('reports an indicator column that no file has', () => {
    const header = WIDE_HEADER.replace(';overlast_pct', '');
    const rows = WIDE_ROWS.map((row) => row.split(';').filter((_, index) => index !== 8).join(';'));
    const path = writeInput('indicator.csv', [header, ...rows].join('\n'));
    const result = run('converteer', path, '--koppeling', join(examples, 'koppeling-breed.json'));

    assert.equal(result.code, 1);
    assert.match(result.stderr, /Indicator "overlast_pct" uit het koppelbestand staat als kolom in geen enkel invoerbestand\. Controleer de spelling\./);
  });

  it('suggests a renamed indicator column', () => {
    const path = writeInput('renamed.csv', [WIDE_HEADER.replace('overlast_pct', 'overlast'), ...WIDE_ROWS].join('\n'));
    const dutch = run('converteer', path, '--koppeling', join(examples, 'koppeling-breed.json'));
    const english = run('converteer', path, '--koppeling', join(examples, 'koppeling-breed.json'), '--lang', 'en');

    assert.equal(dutch.code, 1);
    assert.match(dutch.stderr, /fout: Indicator "overlast_pct" uit het koppelbestand staat als kolom in geen enkel invoerbestand\. Bedoelt u kolom "overlast"\? \[indicator-missing\]/);
    assert.equal(english.code, 1);
    assert.match(english.stderr, /error: Indicator "overlast_pct" of the mapping is as a column in none of the input files\. Did you mean column "overlast"\? \[indicator-missing\]/);
  });

  it('suggests a renamed required column', () => {
    const path = writeInput('renamed-key.csv', [WIDE_HEADER.replace('gebiedcode', 'gebied_code'), ...WIDE_ROWS].join('\n'));
    const dutch = run('converteer', path, '--koppeling', join(examples, 'koppeling-breed.json'));
    const english = run('converteer', path, '--koppeling', join(examples, 'koppeling-breed.json'), '--lang', 'en');

    assert.equal(dutch.code, 1);
    assert.match(dutch.stderr, /renamed-key\.csv:1: fout: Kolom "gebiedcode" ontbreekt in de kopregel \([^)]*\)\. Is "gebied_code" de kolom "gebiedcode"\? \[column-missing\]/);
    assert.equal(english.code, 1);
    assert.match(english.stderr, /renamed-key\.csv:1: error: Column "gebiedcode" is missing from the header \([^)]*\)\. Is "gebied_code" the column "gebiedcode"\? \[column-missing\]/);
  });

  it('skips text in number columns', () => {
    const rows = [...WIDE_ROWS];
    rows[2] = rows[2].replace('81,5', 'onbekend');
    rows[1] = rows[1].replace(';3,5;', ';3.5;');
    rows[3] = rows[3].replace('5,1', '1.234');
    const path = writeInput('text.csv', [WIDE_HEADER, ...rows].join('\n'));
    const output = join(workDir, 'text.json');
    const result = run('converteer', path, '--koppeling', join(examples, 'koppeling-breed.json'), '--uit', output);
    const monitor = JSON.parse(readFileSync(output, 'utf8'));
    const buurt = monitor.resultaten.find((entry) => entry.gebied === 'BU99990101');

    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /text\.csv:4: waarschuwing: Waarde overgeslagen: "onbekend" in kolom "tevreden_woonomgeving_pct"/);
    assert.match(result.stderr, /text\.csv:5: waarschuwing: Waarde overgeslagen: "1\.234" in kolom "uitkeringen_pct" kan duizendtallen of decimalen betekenen/);
    assert.match(result.stderr, /De andere getallen in deze kolom en dit bestand laten geen decimaalteken zien, of allebei/);
    assert.match(result.stderr, /2 regels of waarden overgeslagen/);
    assert.equal(buurt.deelthemas.woonomgeving.waarde, null);
  });

  it('names a wide column once', () => {
    const rows = [...WIDE_ROWS];
    rows[2] = rows[2].replace('81,5', 'onbekend');
    const path = writeInput('column-once.csv', [WIDE_HEADER, ...rows].join('\n'));
    const dutch = run('converteer', path, '--koppeling', join(examples, 'koppeling-breed.json'));
    const english = run('converteer', path, '--koppeling', join(examples, 'koppeling-breed.json'), '--lang', 'en');

    assert.equal(dutch.code, 0, dutch.stderr);
    assert.match(dutch.stderr, /column-once\.csv:4: waarschuwing: Waarde overgeslagen: "onbekend" in kolom "tevreden_woonomgeving_pct" is geen getal\./);
    assert.equal(english.code, 0, english.stderr);
    assert.match(english.stderr, /column-once\.csv:4: warning: Value skipped: "onbekend" in column "tevreden_woonomgeving_pct" is not a number\./);
  });

  it('names the indicator of a long value column', () => {
    const text = readFileSync(join(examples, 'cijfers-lang.csv'), 'utf8').replace('"12,3"', 'onbekend');
    const path = writeInput('long-text.csv', text);
    const dutch = run('converteer', path, '--koppeling', join(examples, 'koppeling-lang.json'));
    const english = run('converteer', path, '--koppeling', join(examples, 'koppeling-lang.json'), '--lang', 'en');

    assert.equal(dutch.code, 0, dutch.stderr);
    assert.match(dutch.stderr, /long-text\.csv:3: waarschuwing: Waarde overgeslagen: "onbekend" in kolom "waarde" \(schuldhulp_per_1000\) is geen getal\./);
    assert.equal(english.code, 0, english.stderr);
    assert.match(english.stderr, /long-text\.csv:3: warning: Value skipped: "onbekend" in column "waarde" \(schuldhulp_per_1000\) is not a number\./);
  });

  it('reads dot decimals with decimaalteken', () => {
    const header = WIDE_HEADER.replaceAll(';', ',');
    const rows = WIDE_ROWS.map((row) => row.replaceAll(',', '.').replaceAll(';', ','));
    rows[0] = rows[0].replace(',4.1,', ',4.125,');
    const path = writeInput('dots.csv', [header, ...rows].join('\n'));
    const mapping = JSON.parse(readFileSync(join(examples, 'koppeling-breed.json'), 'utf8'));
    const auto = run('converteer', path, '--koppeling', join(examples, 'koppeling-breed.json'));
    mapping.invoer.decimaalteken = '.';
    const mappingPath = writeInput('koppeling-punt.json', JSON.stringify(mapping));
    const strict = run('converteer', path, '--koppeling', mappingPath);

    assert.equal(strict.code, 0, strict.stderr);
    assert.equal(auto.code, 0, auto.stderr);
    assert.equal(auto.stdout, strict.stdout, 'the other cells of the column write decimal points');
  });

  it('reads space groups and scientific notation', () => {
    const rows = [...WIDE_ROWS];
    rows[0] = rows[0].replace(';12,3;', ';1 012,3;').replace(';4,1;', ';4,1E+00;');
    rows[1] = rows[1].replace(';8,9;', ';1\u00a0008,9;').replace(';3,5;', ';3.5E+00;');
    rows[2] = rows[2].replace(';8,0;', ';1\u202f000;').replace(';3,7;', ';3,7e-1;');
    rows[3] = rows[3].replace(';5,1;', ';\u22125,1E+00;');
    const plain = [...WIDE_ROWS];
    plain[0] = plain[0].replace(';12,3;', ';1012,3;');
    plain[1] = plain[1].replace(';8,9;', ';1008,9;');
    plain[2] = plain[2].replace(';8,0;', ';1000;').replace(';3,7;', ';0,37;');
    plain[3] = plain[3].replace(';5,1;', ';-5,1;');
    const mapping = join(examples, 'koppeling-breed.json');
    const result = run('converteer', writeInput('spreadsheet-numbers.csv', [WIDE_HEADER, ...rows].join('\n')), '--koppeling', mapping);
    const expected = run('converteer', writeInput('plain-numbers.csv', [WIDE_HEADER, ...plain].join('\n')), '--koppeling', mapping);

    assert.equal(result.code, 0, result.stderr);
    assert.equal(expected.code, 0, expected.stderr);
    assert.equal(result.stdout, expected.stdout);
  });

  it('reads 1.012 by its column', () => {
    const rows = [...WIDE_ROWS];
    rows[1] = rows[1].replace(';8,9;', ';1.008;');
    const plain = [...WIDE_ROWS];
    plain[1] = plain[1].replace(';8,9;', ';1008;');
    const mapping = join(examples, 'koppeling-breed.json');
    const commas = run('converteer', writeInput('column-commas.csv', [WIDE_HEADER, ...rows].join('\n')), '--koppeling', mapping);
    const expected = run('converteer', writeInput('column-plain.csv', [WIDE_HEADER, ...plain].join('\n')), '--koppeling', mapping);

    assert.equal(commas.code, 0, commas.stderr);
    assert.equal(commas.stdout, expected.stdout, 'the other cells of the column write decimal commas');
  });

  it('reads 1.012 by its file', () => {
    const integers = WIDE_ROWS.map((row) => row.replace(/;(\d+),\d;(\d+),\d;/, ';$1;$2;'));
    const rows = [...integers];
    rows[3] = rows[3].replace(/;\d+;(\d+;[^;]+;[^;]+;[^;]+)$/, ';1.014;$1');
    const plain = [...integers];
    plain[3] = plain[3].replace(/;\d+;(\d+;[^;]+;[^;]+;[^;]+)$/, ';1014;$1');
    const mapping = join(examples, 'koppeling-breed.json');
    const result = run('converteer', writeInput('file-commas.csv', [WIDE_HEADER, ...rows].join('\n')), '--koppeling', mapping);
    const expected = run('converteer', writeInput('file-plain.csv', [WIDE_HEADER, ...plain].join('\n')), '--koppeling', mapping);

    assert.ok(rows[3].includes(';1.014;'), rows[3]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, expected.stdout, 'the other columns write decimal commas');
  });

  it('keeps 1.012 ambiguous without evidence', () => {
    const integers = WIDE_ROWS.map((row) => row.replace(/(;[\d]+),\d/g, '$1'));
    integers[3] = integers[3].replace(/;5;/, ';1.012;');
    const path = writeInput('integers.csv', [WIDE_HEADER, ...integers].join('\n'));
    const result = run('converteer', path, '--koppeling', join(examples, 'koppeling-breed.json'));

    assert.ok(!integers.some((row) => /\d,\d/.test(row)), 'the file has no decimal comma');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /integers\.csv:5: waarschuwing: Waarde overgeslagen: "1\.012" in kolom "uitkeringen_pct" kan duizendtallen of decimalen betekenen\. De andere getallen in deze kolom en dit bestand laten geen decimaalteken zien/);
  });

  it('reads 1,234 by a column of points', () => {
    const points = WIDE_ROWS.map((row) => row.replaceAll(',', '.'));
    const rows = [...points];
    rows[1] = rows[1].replace(';8.9;', ';1,008;');
    rows[2] = rows[2].replace(';8.0;', ';1,000.5;');
    const plain = [...points];
    plain[1] = plain[1].replace(';8.9;', ';1008;');
    plain[2] = plain[2].replace(';8.0;', ';1000.5;');
    const mapping = join(examples, 'koppeling-breed.json');
    const result = run('converteer', writeInput('column-points.csv', [WIDE_HEADER, ...rows].join('\n')), '--koppeling', mapping);
    const expected = run('converteer', writeInput('column-points-plain.csv', [WIDE_HEADER, ...plain].join('\n')), '--koppeling', mapping);

    assert.equal(result.code, 0, result.stderr);
    assert.doesNotMatch(result.stderr, /waarschuwing/);
    assert.equal(expected.code, 0, expected.stderr);
    assert.equal(result.stdout, expected.stdout, 'the other cells of the column write decimal points');
  });

  it('reads 1,234 by a column of commas', () => {
    const rows = [...WIDE_ROWS];
    rows[1] = rows[1].replace(';8,9;', ';1,008;');
    const plain = [...WIDE_ROWS];
    plain[1] = plain[1].replace(';8,9;', ';1,0080;');
    const mapping = join(examples, 'koppeling-breed.json');
    const result = run('converteer', writeInput('column-commas-1008.csv', [WIDE_HEADER, ...rows].join('\n')), '--koppeling', mapping);
    const expected = run('converteer', writeInput('column-commas-plain.csv', [WIDE_HEADER, ...plain].join('\n')), '--koppeling', mapping);

    assert.equal(result.code, 0, result.stderr);
    assert.doesNotMatch(result.stderr, /waarschuwing/);
    assert.equal(result.stdout, expected.stdout, 'the other cells of the column write decimal commas');
  });

  it('reads 1,234 by its file', () => {
    const points = WIDE_ROWS.map((row) => row.replaceAll(',', '.').replace(/;2022;(\d+)\.\d;/, ';2022;$1;'));
    const rows = [...points];
    rows[3] = rows[3].replace(';2022;5;', ';2022;1,014;');
    const plain = [...points];
    plain[3] = plain[3].replace(';2022;5;', ';2022;1014;');
    const mapping = join(examples, 'koppeling-breed.json');
    const result = run('converteer', writeInput('file-points.csv', [WIDE_HEADER, ...rows].join('\n')), '--koppeling', mapping);
    const expected = run('converteer', writeInput('file-points-plain.csv', [WIDE_HEADER, ...plain].join('\n')), '--koppeling', mapping);

    assert.ok(rows[3].includes(';1,014;'), rows[3]);
    assert.equal(result.code, 0, result.stderr);
    assert.doesNotMatch(result.stderr, /waarschuwing/);
    assert.equal(result.stdout, expected.stdout, 'the other columns write decimal points');
  });

  it('reads three decimals without evidence', () => {
    const rows = WIDE_ROWS.map((row) => row.replace(/(\d),(\d)(?=;|$)/g, '$1,$200'));
    const mapping = join(examples, 'koppeling-breed.json');
    const result = run('converteer', writeInput('three-decimals.csv', [WIDE_HEADER, ...rows].join('\n')), '--koppeling', mapping);
    const expected = run('converteer', writeInput('one-decimal.csv', [WIDE_HEADER, ...WIDE_ROWS].join('\n')), '--koppeling', mapping);

    assert.ok(rows[0].endsWith(';4,100;12,300;81,000;18,200;9,400'), rows[0]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, expected.stdout, 'a comma is the decimal separator by default');
  });

  describe('1,234 without a decimal separator elsewhere', () => {
    const mapping = join(examples, 'koppeling-breed.json');
    // Every value an integer, so that no cell of the file shows a decimal separator.
    const integers = () => WIDE_ROWS.map((row) => row.replace(/(;\d+),\d(?=;|$)/g, '$1'));
    const lastLine = (text) => text.trimEnd().split('\n').at(-1);

    it('warns in Dutch and writes', () => {
      const rows = integers();
      rows[3] = rows[3].replace(';2022;5;', ';2022;1,014;');
      const path = writeInput('comma-integers.csv', [WIDE_HEADER, ...rows].join('\n'));
      const output = join(workDir, 'comma-integers.json');
      rmSync(output, { force: true });
      const result = run('converteer', path, '--koppeling', mapping, '--uit', output);

      assert.equal(rows[0], 'GM9999;Sint-Michielsgestel;gemeente;;2022;4;12;81;18;9', 'the other cells are integers');
      assert.equal(result.code, 0, result.stderr);
      assert.ok(
        result.stderr.includes(
          'comma-integers.csv:5: waarschuwing: "1,014" in kolom "uitkeringen_pct" is gelezen als 1,014, met de komma als decimaalteken, en niet als 1014, ' +
            'want geen ander getal in deze kolom of dit bestand laat een decimaalteken zien. In een Engelse export betekent het 1014. ' +
            'Bedoelt u 1014, zet dan in het koppelbestand invoer.decimaalteken op "."; zet het op "," als de komma wel het decimaalteken is. [number-comma-ambiguous]\n',
        ),
        result.stderr,
      );
      assert.equal(lastLine(result.stderr), '1 waarschuwing over de gegevens; zie hierboven.');
      assert.ok(existsSync(output), 'the monitor file is written');
    });

    it('fails in English with --streng', () => {
      const rows = integers();
      rows[3] = rows[3].replace(';2022;5;', ';2022;-1,014;');
      const path = writeInput('comma-integers-strict.csv', [WIDE_HEADER, ...rows].join('\n'));
      const result = run('converteer', path, '--koppeling', mapping, '--streng', '--lang', 'en');

      assert.equal(result.code, 1);
      assert.equal(result.stdout, '');
      assert.ok(
        result.stderr.includes(
          'comma-integers-strict.csv:5: warning: "-1,014" in column "uitkeringen_pct" was read as −1.014, with the comma as decimal separator, not as -1014, ' +
            'because no other number in this column or file shows a decimal separator. In an English export it means -1014. ' +
            'If you mean -1014, set invoer.decimaalteken in the mapping to "."; set it to "," if the comma is the decimal separator. [number-comma-ambiguous]\n',
        ),
        result.stderr,
      );
      assert.equal(lastLine(result.stderr), '1 warning about the data; see above.');
    });

    it('shows the reading without trailing zeros', () => {
      const rows = integers();
      rows[3] = rows[3].replace(';2022;5;', ';2022;4,100;');
      const path = writeInput('comma-trailing-zeros.csv', [WIDE_HEADER, ...rows].join('\n'));
      const result = run('converteer', path, '--koppeling', mapping);

      assert.equal(result.code, 0, result.stderr);
      assert.ok(
        result.stderr.includes('"4,100" in kolom "uitkeringen_pct" is gelezen als 4,1, met de komma als decimaalteken, en niet als 4100, '),
        result.stderr,
      );
    });

    it('warns once per column', () => {
      const rows = integers();
      rows[1] = rows[1].replace(';2022;3;', ';2022;3,500;');
      rows[2] = rows[2].replace(';2022;3;', ';2022;3,700;');
      rows[3] = rows[3].replace(';2022;5;', ';2022;1,014;');
      rows[2] = rows[2].replace(/;8$/, ';8,125');
      const path = writeInput('comma-columns.csv', [WIDE_HEADER, ...rows].join('\n'));
      const result = run('converteer', path, '--koppeling', mapping);
      const warnings = result.stderr.split('\n').filter((line) => line.endsWith('[number-comma-ambiguous]'));

      assert.equal(result.code, 0, result.stderr);
      assert.equal(warnings.length, 2, result.stderr);
      assert.match(warnings[0], /\/comma-columns\.csv:3: waarschuwing: "3,500" in kolom "uitkeringen_pct" .* Zo zijn nog 2 waarden in deze kolom gelezen\. /);
      assert.match(warnings[1], /\/comma-columns\.csv:4: waarschuwing: "8,125" in kolom "slachtoffer_pct" .* betekent het 8125\. Bedoelt u 8125,/);
      assert.equal(lastLine(result.stderr), '2 waarschuwingen over de gegevens; zie hierboven.');
    });

    it('warns once for the long layout', () => {
      const text = readFileSync(join(examples, 'cijfers-lang.csv'), 'utf8').replace(/"(\d+),\d"/g, '$1');
      const lines = text.trimEnd().split(/\r?\n/);
      lines[1] = lines[1].replace(/,4$/, ',"4,125"');
      lines[3] = lines[3].replace(/,81$/, ',"81,500"');
      const path = writeInput('comma-long.csv', `${lines.join('\n')}\n`);
      const result = run('converteer', path, '--koppeling', join(examples, 'koppeling-lang.json'));
      const warnings = result.stderr.split('\n').filter((line) => line.endsWith('[number-comma-ambiguous]'));

      assert.ok(lines[1].endsWith(',uitkeringen_pct,"4,125"'), lines[1]);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(warnings.length, 1, result.stderr);
      assert.match(warnings[0], /comma-long\.csv:2: waarschuwing: "4,125" in kolom "waarde" \(uitkeringen_pct\) is gelezen als 4,125, met de komma als decimaalteken, en niet als 4125, .* Zo is nog 1 waarde in deze kolom gelezen\. /);
    });

    it('stays silent when decimaalteken is set', () => {
      const rows = integers();
      rows[3] = rows[3].replace(';2022;5;', ';2022;1,014;');
      const path = writeInput('comma-integers-set.csv', [WIDE_HEADER, ...rows].join('\n'));
      const settings = JSON.parse(readFileSync(mapping, 'utf8'));
      settings.invoer.decimaalteken = ',';
      const result = run('converteer', path, '--koppeling', writeInput('koppeling-decimaalkomma.json', JSON.stringify(settings)));

      assert.equal(result.code, 0, result.stderr);
      assert.doesNotMatch(result.stderr, /number-comma-ambiguous|waarschuwing/);
    });
  });

  it('skips 1,234 when the file shows both', () => {
    const rows = WIDE_ROWS.map((row) => {
      const cells = row.split(';');
      cells[5] = cells[5].replace(/,\d$/, '');
      cells[8] = cells[8].replace(',', '.');
      return cells.join(';');
    });
    rows[3] = rows[3].replace(';2022;5;', ';2022;1,014;');
    const path = writeInput('both-separators.csv', [WIDE_HEADER, ...rows].join('\n'));
    const result = run('converteer', path, '--koppeling', join(examples, 'koppeling-breed.json'));

    assert.ok(rows[3].includes(';1,014;'), rows[3]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /both-separators\.csv:5: waarschuwing: Waarde overgeslagen: "1,014" in kolom "uitkeringen_pct" kan duizendtallen of decimalen betekenen\. De andere getallen in deze kolom en dit bestand laten beide decimaaltekens zien\./);
  });

  it('rejects the other separator with decimaalteken', () => {
    const rows = [...WIDE_ROWS];
    rows[1] = rows[1].replace(';8,9;', ';1 008.9;').replace(';3,5;', ';3.5E+00;');
    const mapping = JSON.parse(readFileSync(join(examples, 'koppeling-breed.json'), 'utf8'));
    mapping.invoer.decimaalteken = ',';
    const mappingPath = writeInput('koppeling-komma-streng.json', JSON.stringify(mapping));
    const result = run('converteer', writeInput('other-separator.csv', [WIDE_HEADER, ...rows].join('\n')), '--koppeling', mappingPath);

    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /other-separator\.csv:3: waarschuwing: Waarde overgeslagen: "1 008\.9" .* is geen getal/);
    assert.match(result.stderr, /other-separator\.csv:3: waarschuwing: Waarde overgeslagen: "3\.5E\+00" .* is geen getal/);
  });

  it('rejects invalid thousands groups with decimaalteken', () => {
    const points = WIDE_ROWS.map((row) => row.replaceAll(',', '.'));
    const cases = [
      [',', WIDE_ROWS, '0.234'],
      [',', WIDE_ROWS, '01.234'],
      [',', WIDE_ROWS, '-0.234'],
      ['.', points, '0,234'],
    ];
    for (const [separator, baseRows, text] of cases) {
      const rows = [...baseRows];
      rows[1] = rows[1].replace(/;8[.,]9;/, `;${text};`);
      const mapping = JSON.parse(readFileSync(join(examples, 'koppeling-breed.json'), 'utf8'));
      mapping.invoer.decimaalteken = separator;
      const mappingPath = writeInput('koppeling-groepen.json', JSON.stringify(mapping));
      const result = run('converteer', writeInput('groups.csv', [WIDE_HEADER, ...rows].join('\n')), '--koppeling', mappingPath);
      const quoted = text.replace('.', '\\.');

      assert.ok(rows[1].includes(`;${text};`), rows[1]);
      assert.equal(result.code, 0, `${text}: ${result.stderr}`);
      assert.match(result.stderr, new RegExp(`groups\\.csv:3: waarschuwing: Waarde overgeslagen: "${quoted}" in kolom "schuldhulp_per_1000" is geen getal`));
    }
  });

  it('reads thousands dots with decimaalteken comma', () => {
    const rows = [...WIDE_ROWS];
    rows[1] = rows[1].replace(';8,9;', ';1.008,9;');
    const path = writeInput('thousands.csv', [WIDE_HEADER, ...rows].join('\n'));
    const mapping = JSON.parse(readFileSync(join(examples, 'koppeling-breed.json'), 'utf8'));
    mapping.invoer.decimaalteken = ',';
    const mappingPath = writeInput('koppeling-komma.json', JSON.stringify(mapping));
    const result = run('converteer', path, '--koppeling', mappingPath);
    const wijk = JSON.parse(result.stdout).resultaten.find((entry) => entry.gebied === 'WK999901');

    assert.equal(result.code, 0, result.stderr);
    assert.ok(wijk.deelthemas.schuldhulp.waarde < -1, 'a value of 1008.9 scores far below the gemeente');
  });

  it('reports an invalid mapping', () => {
    const cases = [
      ['[]', /Het koppelbestand is ongeldig: het moet een JSON-object/],
      ['{ "invoer": { "sleutelkolom": "gebiedcode" } }', /"invoer" \(een object\) en "themas" \(een lijst\) zijn verplicht/],
      ['{ "invoer": ', /Het koppelbestand .*koppeling-kapot\.json is geen geldige JSON/],
    ];
    for (const [text, message] of cases) {
      const mappingPath = writeInput('koppeling-kapot.json', text);
      const result = run('converteer', join(examples, 'cijfers-breed.csv'), '--koppeling', mappingPath);

      assert.equal(result.code, 1, text);
      assert.match(result.stderr, message);
    }
  });

  it('skips duplicate rows with both lines', () => {
    const path = writeInput('duplicate.csv', [WIDE_HEADER, ...WIDE_ROWS, WIDE_ROWS[2]].join('\n'));
    const result = run('converteer', path, '--koppeling', join(examples, 'koppeling-breed.json'));

    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /duplicate\.csv:6: waarschuwing: Regel overgeslagen: gebied BU99990101 in 2022 staat al op regel 4 van .*duplicate\.csv/);
    assert.ok(result.stdout.includes('"formaat": "wijkmonitor/1"'));
  });

  it('skips duplicate rows in the long layout', () => {
    const text = readFileSync(join(examples, 'cijfers-lang.csv'), 'utf8');
    const lines = text.split('\n');
    const path = writeInput('long-duplicate.csv', [...lines.slice(0, -1), lines[3], ''].join('\n'));
    const result = run('converteer', path, '--koppeling', join(examples, 'koppeling-lang.json'));

    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, new RegExp(`long-duplicate\\.csv:${lines.length}: waarschuwing: Regel overgeslagen: indicator "tevreden_woonomgeving_pct" van gebied GM9999 in 2020 staat al op regel 4`));
  });

  it('skips rows with the wrong number of fields', () => {
    const path = writeInput('fields.csv', [WIDE_HEADER, ...WIDE_ROWS, 'BU99990103;Coöperatiebuurt;buurt'].join('\n'));
    const result = run('converteer', path, '--koppeling', join(examples, 'koppeling-breed.json'));

    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /fields\.csv:6: waarschuwing: Regel overgeslagen: 3 velden, maar de kopregel heeft er 10/);
  });

  it('rejects an empty file', () => {
    const path = writeInput('empty.csv', '\ufeff\r\n\r\n');
    const result = run('converteer', path, '--koppeling', join(examples, 'koppeling-breed.json'));

    assert.equal(result.code, 1);
    assert.match(result.stderr, /Het bestand .*empty\.csv is leeg of bevat alleen lege regels/);
  });

  it('requires a row for the gemeente', () => {
    const path = writeInput('no-gemeente.csv', [WIDE_HEADER, ...WIDE_ROWS.slice(1)].join('\n').replace(';GM9999;', ';;'));
    const result = run('converteer', path, '--koppeling', join(examples, 'koppeling-breed.json'));

    assert.equal(result.code, 1);
    assert.match(result.stderr, /De gebieden moeten precies één gemeente bevatten, maar het zijn er 0/);
  });

  it('skips rows of gebieden outside the gebieden list', () => {
    const gebieden = writeInput('gebieden.csv', 'code,naam,type,ouder\nGM9999,Sint-Michielsgestel,gemeente,\nWK999901,Berlicum,wijk,GM9999\n');
    const header = 'gebiedcode;jaar;uitkeringen_pct;schuldhulp_per_1000;tevreden_woonomgeving_pct;overlast_pct;slachtoffer_pct';
    const rows = WIDE_ROWS.map((row) => row.split(';').filter((_, index) => index === 0 || index > 3).join(';'));
    const data = writeInput('listed.csv', [header, ...rows].join('\n'));
    const mapping = JSON.parse(readFileSync(join(examples, 'koppeling-breed.json'), 'utf8'));
    delete mapping.invoer.naamkolom;
    delete mapping.invoer.typekolom;
    delete mapping.invoer.ouderkolom;
    const mappingPath = writeInput('koppeling.json', JSON.stringify(mapping));
    const result = run('converteer', data, '--koppeling', mappingPath, '--gebieden', gebieden);

    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /listed\.csv:4: waarschuwing: Regel overgeslagen: gebied "BU99990101" staat niet in de gebiedenlijst/);
    assert.deepEqual(JSON.parse(result.stdout).gebieden.map((gebied) => gebied.code), ['GM9999', 'WK999901']);
  });

  it('takes the jaar of each file from --jaren', () => {
    const header = WIDE_HEADER.replace(';jaar', '');
    const rows = WIDE_ROWS.map((row) => row.replace(';2022;', ';'));
    const path = writeInput('no-jaar.csv', [header, ...rows].join('\n'));
    const mapping = JSON.parse(readFileSync(join(examples, 'koppeling-breed.json'), 'utf8'));
    delete mapping.invoer.periodekolom;
    const mappingPath = writeInput('koppeling-zonder-jaar.json', JSON.stringify(mapping));

    const withJaar = run('converteer', path, '--koppeling', mappingPath, '--jaren', '2021');
    const without = run('converteer', path, '--koppeling', mappingPath);

    assert.equal(withJaar.code, 0, withJaar.stderr);
    assert.deepEqual([...new Set(JSON.parse(withJaar.stdout).resultaten.map((entry) => entry.jaar))], [2021]);
    assert.equal(without.code, 1);
    assert.match(without.stderr, /geef dan voor elk bestand het jaar op/);
  });
});

describe('converteer with spreadsheet quirks', () => {
  const mappingPath = join(examples, 'koppeling-breed.json');
  const exampleText = () => iconv.decode(readFileSync(join(examples, 'cijfers-breed.csv')), 'windows-1252');
  const exampleLines = () => exampleText().trimEnd().split(/\r?\n/);
  let reference;

  /** Writes a mapping that differs from the wide example by `change`, and returns its path. */
  function writeMapping(name, change) {
    const mapping = JSON.parse(readFileSync(mappingPath, 'utf8'));
    change(mapping);
    return writeInput(name, JSON.stringify(mapping));
  }

  before(() => {
    reference = run('converteer', join(examples, 'cijfers-breed.csv'), '--koppeling', mappingPath).stdout;
  });

  it('reads rows with trailing separators', () => {
    const [header, ...rows] = exampleLines();
    const path = writeInput('trailing.csv', [header, ...rows.map((row) => `${row};`)].join('\r\n'));
    const result = run('converteer', path, '--koppeling', mappingPath);

    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, reference);
  });

  it('reads Excel rows without trailing empty cells', () => {
    const [header, ...rows] = exampleLines();
    const padded = rows.map((row, index) => (index < 16 ? `${row};` : row));
    const path = writeInput('opmerking.csv', [`${header};opmerking`, ...padded].join('\r\n'));
    const result = run('converteer', path, '--koppeling', mappingPath);

    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, reference);
  });

  it('still skips one row with an extra field', () => {
    const lines = exampleLines();
    lines[3] = lines[3].replace(';3,7;', ';;3,7;').replace(/;8,9$/, ';');
    const path = writeInput('shifted.csv', lines.join('\n'));
    const result = run('converteer', path, '--koppeling', mappingPath);

    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /shifted\.csv:4: waarschuwing: Regel overgeslagen: 11 velden, maar de kopregel heeft er 10/);
  });

  it('names the lines an unclosed quote swallows', () => {
    const lines = exampleLines();
    lines[2] = lines[2].replace('Berlicum', '"Berlicum');
    const path = writeInput('quote.csv', `${lines.join('\n')}\n`);
    const result = run('converteer', path, '--koppeling', mappingPath);

    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /quote\.csv:3: waarschuwing: Regels 3 tot en met 19 overgeslagen\. Het aanhalingsteken \("\) op regel 3 wordt pas op regel 19 of nooit gesloten/);
  });

  it('keeps a quoted name across lines', () => {
    const lines = exampleLines();
    lines[2] = lines[2].replace('Berlicum', '"Berlicum\r\n(kern)"');
    const path = writeInput('multiline.csv', lines.join('\r\n'));
    const result = run('converteer', path, '--koppeling', mappingPath);

    assert.equal(result.code, 0, result.stderr);
    assert.ok(JSON.parse(result.stdout).gebieden.some((gebied) => gebied.naam === 'Berlicum\r\n(kern)'));
  });

  it('reads UTF-16 without byte order mark', () => {
    const path = join(workDir, 'utf16.csv');
    writeFileSync(path, iconv.encode(exampleText(), 'utf-16le', { addBOM: false }));
    const result = run('converteer', path, '--koppeling', mappingPath);

    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /tekencodering utf-16le/);
    assert.equal(result.stdout, reference);
  });

  it('lists every --codering in the help', () => {
    const dutch = run('converteer', '--help');
    const english = run('converteer', '--help', '--lang', 'en');

    assert.match(
      dutch.stdout,
      /--codering <naam>\s+Tekencodering van de CSV-bestanden: auto \(standaard\), utf-8 \(ook utf8\), utf-16le, utf-16be of windows-1252 \(ook cp1252, latin1, latin-1, iso-8859-1 of ansi\)/,
    );
    assert.match(
      english.stdout,
      /--codering <naam>\s+Character encoding of the CSV files: auto \(default\), utf-8 \(also utf8\), utf-16le, utf-16be or windows-1252 \(also cp1252, latin1, latin-1, iso-8859-1 or ansi\)/,
    );
  });

  it('accepts every --codering of the help', () => {
    const cases = [
      ['auto', 'windows-1252', 'windows-1252'],
      ['utf-8', 'utf-8', 'utf-8'],
      ['UTF8', 'utf-8', 'utf-8'],
      ['utf-16le', 'utf-16le', 'utf-16le'],
      ['utf-16be', 'utf-16be', 'utf-16be'],
      ['windows-1252', 'windows-1252', 'windows-1252'],
      ['cp1252', 'windows-1252', 'windows-1252'],
      ['latin1', 'windows-1252', 'windows-1252'],
      ['Latin-1', 'windows-1252', 'windows-1252'],
      ['ISO-8859-1', 'windows-1252', 'windows-1252'],
      ['ansi', 'windows-1252', 'windows-1252'],
    ];
    for (const [value, fileEncoding, shown] of cases) {
      const path = join(workDir, `codering-${fileEncoding}.csv`);
      writeFileSync(path, iconv.encode(exampleText(), fileEncoding, { addBOM: false }));
      const result = run('converteer', path, '--koppeling', mappingPath, '--codering', value);

      assert.equal(result.code, 0, `${value}: ${result.stderr}`);
      assert.match(result.stderr, new RegExp(`codering-${fileEncoding}\\.csv: tekencodering ${shown}, scheidingsteken ;`), value);
      assert.equal(result.stdout, reference, value);
    }
  });

  it('warns when the bytes contradict --codering', () => {
    const utf8 = join(workDir, 'codering-tegen-utf8.csv');
    writeFileSync(utf8, iconv.encode(exampleText(), 'utf-8', { addBOM: false }));
    const windows = join(workDir, 'codering-tegen-1252.csv');
    writeFileSync(windows, iconv.encode(exampleText(), 'windows-1252'));

    const asWindows = run('converteer', utf8, '--koppeling', mappingPath, '--codering', 'latin1');
    const asUtf8 = run('converteer', windows, '--koppeling', mappingPath, '--codering', 'utf-8', '--lang', 'en');
    const strict = run('converteer', utf8, '--koppeling', mappingPath, '--codering', 'latin1', '--streng');

    assert.equal(asWindows.code, 0, asWindows.stderr);
    assert.ok(
      asWindows.stderr.includes(
        'codering-tegen-utf8.csv: waarschuwing: Dit bestand is UTF-8, maar --codering latin1 leest het als Windows-1252, zodat letters als ë verkeerd worden gelezen (Ã«). ' +
          'Laat --codering weg of gebruik --codering utf-8. [encoding-mismatch]\n',
      ),
      asWindows.stderr,
    );
    assert.equal(asUtf8.code, 0, asUtf8.stderr);
    assert.ok(
      asUtf8.stderr.includes(
        'codering-tegen-1252.csv: warning: This file is not valid UTF-8, but --codering utf-8 reads it as such, so letters such as ë are lost (�). ' +
          'Leave out --codering or use --codering windows-1252. [encoding-mismatch]\n',
      ),
      asUtf8.stderr,
    );
    assert.equal(strict.code, 1, strict.stderr);
    assert.equal(strict.stdout, '');
  });

  it('lists every --codering in its usage error', () => {
    const result = run('converteer', join(examples, 'cijfers-breed.csv'), '--koppeling', mappingPath, '--codering', 'iso-8859-15');

    assert.equal(result.code, 2);
    assert.ok(
      result.stderr.includes(
        'Ongeldige waarde "iso-8859-15" voor --codering; verwacht: auto (standaard), utf-8 (ook utf8), utf-16le, utf-16be of windows-1252 (ook cp1252, latin1, latin-1, iso-8859-1 of ansi).',
      ),
      result.stderr,
    );
  });

  it('rejects an xlsx workbook', () => {
    const path = join(workDir, 'cijfers.xlsx');
    writeFileSync(path, Buffer.from('504b0304140006000800000021000000', 'hex'));
    const result = run('converteer', path, '--koppeling', mappingPath);

    assert.equal(result.code, 1);
    assert.match(result.stderr, /wijkmonitor: Het bestand .*cijfers\.xlsx is een werkmap van Excel of LibreOffice .* sla het blad op als CSV/);
  });

  it('reads n.b. and empty cells as missing', () => {
    const lines = exampleLines();
    lines[3] = lines[3].replace(';3,7;', ';n.b.;');
    lines[4] = lines[4].replace(';2,7;', ';N.B.;');
    const custom = writeMapping('koppeling-nb.json', (mapping) => {
      mapping.invoer.ontbrekend = ['n.b.'];
    });
    const path = writeInput('nb.csv', lines.join('\n'));
    const byDefault = run('converteer', path, '--koppeling', mappingPath);
    const withMarkers = run('converteer', path, '--koppeling', custom);

    assert.equal(byDefault.code, 0, byDefault.stderr);
    assert.equal(withMarkers.code, 0, withMarkers.stderr);
    const ideeen = JSON.parse(byDefault.stdout).resultaten.find((entry) => entry.gebied === 'BU99990101' && entry.jaar === 2020);
    assert.equal(ideeen.deelthemas.uitkeringen.waarde, null);
    const hoefijzer = JSON.parse(withMarkers.stdout).resultaten.find((entry) => entry.gebied === 'BU99990203' && entry.jaar === 2020);
    assert.equal(hoefijzer.deelthemas.schuldhulp.waarde, null, 'the empty cell stays missing');
  });

  it('warns about a gebied missing in a jaar', () => {
    const lines = exampleLines().filter((line) => !line.startsWith('BU99990102;') || !line.includes(';2022;'));
    const path = writeInput('gap.csv', lines.join('\n'));
    const result = run('converteer', path, '--koppeling', mappingPath);

    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /waarschuwing: Gebied BU99990102 \(Het Caféplein\) heeft geen regel in 2022, wel in 2020/);
    assert.match(result.stderr, /1 waarschuwing over de gegevens/);
    assert.ok(result.stdout.includes('"formaat": "wijkmonitor/1"'));
  });

  it('names codes that differ in case', () => {
    const lines = exampleLines();
    lines[3] = lines[3].replace('BU99990101', 'bu99990101');
    const path = writeInput('case.csv', lines.join('\n'));
    const result = run('converteer', path, '--koppeling', mappingPath);

    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /Gebied bu99990101 \(Ideeënbuurt\) heeft geen regel in 2022, wel in 2020\. .* gebied BU99990101 verschilt alleen in hoofdletters/);
  });
});

describe('converteer exit codes', () => {
  const mappingPath = join(examples, 'koppeling-breed.json');
  const duplicateCsv = () => writeInput('exit-duplicate.csv', [WIDE_HEADER, ...WIDE_ROWS, WIDE_ROWS[2]].join('\n'));
  const lastLine = (text) => text.trimEnd().split('\n').at(-1);

  it('writes the file despite skipped rows', () => {
    const output = join(workDir, 'exit-lenient.json');
    rmSync(output, { force: true });
    const result = run('converteer', duplicateCsv(), '--koppeling', mappingPath, '--uit', output);

    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /exit-duplicate\.csv:6: waarschuwing: Regel overgeslagen: gebied BU99990101 in 2022 staat al op regel 4/);
    assert.match(result.stderr, /Geschreven: .*exit-lenient\.json/);
    assert.equal(lastLine(result.stderr), '1 regel of waarde overgeslagen; zie hierboven.');
    assert.equal(JSON.parse(readFileSync(output, 'utf8')).formaat, 'wijkmonitor/1');
  });

  it('writes nothing for skipped rows with --streng', () => {
    const output = join(workDir, 'exit-strict.json');
    rmSync(output, { force: true });
    const result = run('converteer', duplicateCsv(), '--koppeling', mappingPath, '--uit', output, '--streng');

    assert.equal(result.code, 1);
    assert.match(result.stderr, /exit-duplicate\.csv:6: waarschuwing: Regel overgeslagen/);
    assert.ok(
      result.stderr.includes('Er is geen monitorbestand geschreven, omdat --streng elke overgeslagen regel of waarde en elke waarschuwing als fout telt.'),
      result.stderr,
    );
    assert.doesNotMatch(result.stderr, /Geschreven:/);
    assert.equal(lastLine(result.stderr), '1 regel of waarde overgeslagen; zie hierboven.');
    assert.ok(!existsSync(output), 'no monitor file at --uit');
  });

  it('reads --streng=ja and --streng=nee', () => {
    const output = join(workDir, 'exit-switch.json');
    rmSync(output, { force: true });
    const on = run('converteer', duplicateCsv(), '--koppeling', mappingPath, '--uit', output, '--streng=ja');
    const onWithoutFile = existsSync(output);
    const off = run('converteer', duplicateCsv(), '--koppeling', mappingPath, '--uit', output, '--streng=nee');
    // The demo monitor has one warning: Geluidhinder has no values in 2016.
    const demo = join(repoRoot, 'demo/data/s-hertogenbosch.json');
    const validateOn = run('valideer', demo, '--streng=TRUE');
    const validateOff = run('valideer', demo, '--streng=0');
    const invalid = run('valideer', output, '--streng=misschien');
    const english = run('converteer', duplicateCsv(), '--koppeling', mappingPath, '--streng=soms', '--lang', 'en');

    assert.equal(on.code, 1, on.stderr);
    assert.ok(!onWithoutFile, 'no monitor file with --streng=ja');
    assert.equal(off.code, 0, off.stderr);
    assert.equal(JSON.parse(readFileSync(output, 'utf8')).formaat, 'wijkmonitor/1');
    assert.equal(validateOn.code, 1, validateOn.stdout + validateOn.stderr);
    assert.equal(validateOff.code, 0, validateOff.stdout + validateOff.stderr);
    assert.equal(invalid.code, 2);
    assert.equal(
      invalid.stderr,
      'wijkmonitor: Ongeldige waarde "misschien" voor --streng. Schrijf alleen --streng om de optie aan te zetten, of laat de optie weg (--streng=ja en --streng=nee mogen ook).\n',
    );
    assert.equal(english.code, 2);
    assert.match(english.stderr, /Invalid value "soms" for --streng\. Write only --streng to turn the option on/);
  });

  it('leads into the counts with --streng', () => {
    const rows = [...WIDE_ROWS, WIDE_ROWS[2]];
    rows[1] = rows[1].replace(';3,5;', ';onbekend;');
    const path = writeInput('exit-order.csv', [WIDE_HEADER, ...rows].join('\n'));
    const dutch = run('converteer', path, '--koppeling', mappingPath, '--streng');
    const english = run('converteer', path, '--koppeling', mappingPath, '--streng', '--lang', 'en');

    assert.equal(dutch.code, 1);
    assert.deepEqual(dutch.stderr.trimEnd().split('\n').slice(-2), [
      'Er is geen monitorbestand geschreven, omdat --streng elke overgeslagen regel of waarde en elke waarschuwing als fout telt. Los de waarschuwingen hierboven op, of laat --streng weg. In totaal:',
      '2 regels of waarden overgeslagen; zie hierboven.',
    ]);
    assert.equal(english.code, 1);
    assert.deepEqual(english.stderr.trimEnd().split('\n').slice(-2), [
      'No monitor file was written, because --streng counts every skipped row or value and every warning as an error. Fix the warnings above, or leave out --streng. In total:',
      '2 rows or values skipped; see above.',
    ]);
  });

  it('keeps an older output file with --streng', () => {
    const output = writeInput('exit-older.json', '{ "formaat": "wijkmonitor/1" }\n');
    const result = run('converteer', duplicateCsv(), '--koppeling', mappingPath, '--uit', output, '--streng');

    assert.equal(result.code, 1);
    assert.equal(readFileSync(output, 'utf8'), '{ "formaat": "wijkmonitor/1" }\n');
  });

  it('prints no JSON for skipped rows with --streng', () => {
    const result = run('converteer', duplicateCsv(), '--koppeling', mappingPath, '--streng', '--lang', 'en');

    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.ok(result.stderr.includes('No monitor file was written, because --streng counts every skipped row or value and every warning as an error.'), result.stderr);
    assert.equal(lastLine(result.stderr), '1 row or value skipped; see above.');
  });

  it('fails on a gebied gap with --streng', () => {
    // A third buurt keeps two buurten in 2020. With one, the standard deviation that scales the
    // scores cannot be computed, and the deelthema's without a score in 2020 would add warnings.
    const rows = [...WIDE_ROWS, 'BU99990103;Kerkbuurt;buurt;WK999901;2022;4,4;10,1;77,0;16,3;10,2'];
    const rows2020 = rows.filter((row) => !row.startsWith('BU99990102;')).map((row) => row.replace(';2022;', ';2020;'));
    const lines = [WIDE_HEADER, ...rows, ...rows2020];
    const path = writeInput('exit-gap.csv', lines.join('\n'));
    const lenient = run('converteer', path, '--koppeling', mappingPath);
    const strict = run('converteer', path, '--koppeling', mappingPath, '--streng');

    assert.equal(lenient.code, 0, lenient.stderr);
    assert.match(lenient.stderr, /waarschuwing: Gebied BU99990102 \(Het Caféplein\) heeft geen regel in 2020, wel in 2022/);
    assert.equal(lastLine(lenient.stderr), '1 waarschuwing over de gegevens; zie hierboven.');
    assert.equal(strict.code, 1);
    assert.equal(strict.stdout, '');
    assert.equal(lastLine(strict.stderr), '1 waarschuwing over de gegevens; zie hierboven.');
  });

  it('reports the warnings of valideer', () => {
    const inputs = [join(slice, 'rivm-2016-18plus.csv'), join(slice, 'rivm-2020-18plus.csv'), '--koppeling', demoMapping, '--gebieden', join(slice, 'gebieden.csv')];
    const output = join(workDir, 'exit-valideer.json');
    rmSync(output, { force: true });
    const strict = run('converteer', ...inputs, '--uit', output, '--streng');
    const strictWithoutFile = !existsSync(output);
    const lenient = run('converteer', ...inputs, '--uit', output);
    const validation = run('valideer', output, '--streng');
    const warning = 'waarschuwing: Deelthema "Geluidhinder" heeft in 2016 voor geen enkel gebied een waarde, maar wel in 2020. Ontbreekt een kolom in de gegevens van 2016? [deelthema-missing-in-jaar]';

    assert.equal(strict.code, 1, strict.stderr);
    assert.ok(strictWithoutFile, 'no monitor file with --streng');
    assert.ok(strict.stderr.includes(`${output}: $.resultaten: ${warning}\n`), strict.stderr);
    assert.equal(lastLine(strict.stderr), '1 waarschuwing over de gegevens; zie hierboven.');
    assert.equal(lenient.code, 0, lenient.stderr);
    assert.ok(lenient.stderr.includes(`${output}: $.resultaten: ${warning}\n`), lenient.stderr);
    assert.equal(lastLine(lenient.stderr), '1 waarschuwing over de gegevens; zie hierboven.');
    assert.equal(validation.code, 1, validation.stdout);
    assert.ok(validation.stdout.includes(`${output}: $.resultaten: ${warning}\n`), validation.stdout);
  });

  it('agrees with valideer on the real RIVM files', (context) => {
    const gebieden = join(sourceData, 'gebieden-s-hertogenbosch.csv');
    const editions = [2016, 2020].map((jaar) => join(sourceData, `raw/rivm-gezondheid-50090NED-${jaar}-18plus-s-hertogenbosch.csv`));
    if (![gebieden, ...editions].every((path) => existsSync(path))) {
      context.skip(`source data not found in ${sourceData}; set WIJKMONITOR_SOURCE_DATA`);
      return;
    }
    const output = join(workDir, 'exit-real.json');
    const converted = run('converteer', ...editions, '--koppeling', demoMapping, '--gebieden', gebieden, '--uit', output, '--lang', 'en');
    const lenient = run('valideer', output, '--lang', 'en');
    const strict = run('valideer', output, '--streng', '--lang', 'en');
    const warningLines = (text) => text.split('\n').filter((line) => line.includes(': warning: '));

    assert.equal(converted.code, 0, converted.stderr);
    assert.equal(lenient.code, 0, lenient.stdout);
    assert.equal(strict.code, 1, strict.stdout);
    assert.deepEqual(warningLines(converted.stderr), warningLines(lenient.stdout));
    assert.equal(warningLines(converted.stderr).length, 1);
    assert.match(converted.stderr, /Deelthema "Noise annoyance" has no value for any gebied in 2016/);
  });

  it('passes a clean file with --streng', () => {
    const lenient = run('converteer', join(examples, 'cijfers-breed.csv'), '--koppeling', mappingPath);
    const strict = run('converteer', join(examples, 'cijfers-breed.csv'), '--koppeling', mappingPath, '--streng');

    assert.equal(strict.code, 0, strict.stderr);
    assert.equal(strict.stdout, lenient.stdout);
    assert.doesNotMatch(strict.stderr, /waarschuwing/);
  });

  it('explains --streng in the help', () => {
    const dutch = run('converteer', '--help');
    const english = run('converteer', '--help', '--lang', 'en');

    assert.equal(dutch.code, 0);
    assert.match(dutch.stdout, /--streng\s+Eindig met afsluitcode 1 en schrijf niets als er een regel of waarde is overgeslagen/);
    assert.match(english.stdout, /--streng\s+Exit with code 1 and write nothing when a row or value was skipped/);
  });
});

describe('converteer with a faulty mapping', () => {
  const data = join(examples, 'cijfers-breed.csv');

  function writeMapping(name, change) {
    const mapping = JSON.parse(readFileSync(join(examples, 'koppeling-breed.json'), 'utf8'));
    change(mapping);
    return writeInput(name, JSON.stringify(mapping));
  }

  it('writes valid JSON without titel', () => {
    const path = writeMapping('zonder-titel.json', (mapping) => {
      delete mapping.titel;
      delete mapping.waarden;
    });
    const result = run('converteer', data, '--koppeling', path);

    assert.equal(result.code, 0, result.stderr);
    assert.doesNotThrow(() => JSON.parse(result.stdout));
  });

  it('writes nothing for a thema without deelthemas', () => {
    const path = writeMapping('leeg-thema.json', (mapping) => {
      mapping.themas.push({ id: 'samenleven', label: 'Samenleven', deelthemas: [] });
    });
    const output = join(workDir, 'leeg-thema-monitor.json');
    const result = run('converteer', data, '--koppeling', path, '--uit', output);

    assert.equal(result.code, 1);
    assert.match(result.stderr, /leeg-thema\.json: fout: Het koppelbestand levert een ongeldig monitorbestand op, bij \$\.themas\[3\]\.deelthemas: Thema "Samenleven" heeft geen deelthema's/);
    assert.ok(!existsSync(output));
  });

  const cases = [
    ['indicatoren null', (mapping) => { mapping.themas[0].deelthemas[0].indicatoren = null; }, 'themas[0].deelthemas[0] moet een object met een lijst "indicatoren" zijn.'],
    ['thema null', (mapping) => { mapping.themas[1] = null; }, 'themas[1] moet een object met een lijst "deelthemas" zijn.'],
    ['richting hoger', (mapping) => { mapping.themas[0].deelthemas[0].indicatoren[0].richting = 'hoger'; }, 'indicator uitkeringen_pct van deelthema uitkeringen heeft richting "hoger"; gebruik "+" (hoger is beter) of "-" (lager is beter).'],
    ['vanaf as text', (mapping) => { mapping.schalen.situatie.klassen[0].vanaf = '0,5'; }, 'klasse "boven" van schalen.situatie heeft een getal als vanaf nodig'],
    ['ontbrekend as text', (mapping) => { mapping.invoer.ontbrekend = 'n.b.'; }, '"ontbrekend" is "n.b."; schrijf een lijst van teksten'],
    ['filter as text', (mapping) => { mapping.invoer.filter = 'Leeftijd'; }, '"filter" is "Leeftijd"; schrijf een object met kolom en waarde'],
    ['filter with a number', (mapping) => { mapping.invoer.filter = { type: 1 }; }, '"filter" is {"type":1}'],
  ];
  for (const [name, change, message] of cases) {
    it(`explains ${name} in Dutch`, () => {
      const path = writeMapping('kapot.json', change);
      const result = run('converteer', data, '--koppeling', path);

      assert.equal(result.code, 1);
      assert.ok(result.stderr.includes(`kapot.json: fout: Het koppelbestand is ongeldig: ${message}`), result.stderr);
    });
  }
});

describe('converteer output', () => {
  const mappingPath = join(examples, 'koppeling-breed.json');

  it('explains an output folder that does not exist', () => {
    const result = run('converteer', join(examples, 'cijfers-breed.csv'), '--koppeling', mappingPath, '--uit', 'geen map/monitor.json');

    assert.equal(result.code, 1);
    assert.match(result.stderr, /wijkmonitor: Bestand geen map\/monitor\.json kon niet worden geschreven: de map bestaat niet\. Kies met --uit een ander bestand/);
  });

  it('explains an output path that is a folder', () => {
    const result = run('converteer', join(examples, 'cijfers-breed.csv'), '--koppeling', mappingPath, '--uit', '.', '--lang', 'en');

    assert.equal(result.code, 1);
    assert.match(result.stderr, /wijkmonitor: File \. could not be written: this is a folder, not a file\./);
  });

  it('rejects an input file as output', () => {
    const path = writeInput('invoer.csv', exampleCsv());
    const result = run('converteer', path, '--koppeling', mappingPath, '--uit', path);

    assert.equal(result.code, 2);
    assert.match(result.stderr, /Het uitvoerbestand .*invoer\.csv is ook een invoerbestand/);
    assert.equal(readFileSync(path, 'utf8'), exampleCsv());
  });

  it('rejects svg output over its input', () => {
    const monitorPath = writeInput('eigen.json', readFileSync(join(repoRoot, 'demo/data/s-hertogenbosch.json'), 'utf8'));
    const result = run('svg', monitorPath, '--gebied', 'BU07960101', '--uit', 'eigen.json');

    assert.equal(result.code, 2);
    assert.ok(JSON.parse(readFileSync(monitorPath, 'utf8')).gebieden.length > 0);
  });

  it('converts a large export in bounded memory', () => {
    const gebieden = writeInput('groot-gebieden.csv', repeatSliceRows(readFileSync(join(slice, 'gebieden.csv'), 'utf8'), 'code', 'ouder'));
    const editions = [2016, 2020].map((jaar) =>
      writeInput(`groot-${jaar}.csv`, repeatSliceRows(readFileSync(join(slice, `rivm-${jaar}-18plus.csv`), 'utf8'), 'Codering_3', null)));
    const output = join(workDir, 'groot.json');
    const args = ['converteer', ...editions, '--koppeling', demoMapping, '--gebieden', gebieden];
    // About 3.3 MB of CSV and 33 MB of JSON. With Node 20 the converter passed with
    // --max-old-space-size=96 and failed with 92. The checks of valideer, which build every result,
    // raised that from under 80. Building the whole JSON text at once needed more than 128 MB.
    const limited = spawnSync(process.execPath, ['--max-old-space-size=112', bin, ...args, '--uit', output], { cwd: workDir, encoding: 'utf8', timeout: 120_000 });
    const toStdout = spawnSync(process.execPath, [bin, ...args], { cwd: workDir, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });

    assert.equal(limited.status, 0, limited.stderr.slice(-2000));
    assert.match(limited.stderr, /groot\.json: 8\.?001 gebieden, jaren 2016, 2020, 16\.?002 resultaten/);
    assert.equal(toStdout.status, 0, toStdout.stderr.slice(-2000));
    assert.equal(toStdout.stdout, readFileSync(output, 'utf8'));
    assert.equal(JSON.parse(toStdout.stdout).resultaten.length, 16_002);
  });

  it('removes its temporary file on SIGTERM', async () => {
    const gebieden = writeInput('signaal-gebieden.csv', repeatSliceRows(readFileSync(join(slice, 'gebieden.csv'), 'utf8'), 'code', 'ouder'));
    const editions = [2016, 2020].map((jaar) =>
      writeInput(`signaal-${jaar}.csv`, repeatSliceRows(readFileSync(join(slice, `rivm-${jaar}-18plus.csv`), 'utf8'), 'Codering_3', null)));
    const folder = join(workDir, 'uit-signaal');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    const output = join(folder, 'monitor.json');
    writeFileSync(output, '{ "formaat": "wijkmonitor/1" }\n');

    const child = spawn(process.execPath, [bin, 'converteer', ...editions, '--koppeling', demoMapping, '--gebieden', gebieden, '--uit', output], {
      cwd: workDir,
      stdio: 'ignore',
      timeout: 120_000,
    });
    const closed = new Promise((resolvePromise) => child.on('close', (code, signal) => resolvePromise({ code, signal })));
    // Writing 33 MB takes long enough to see the temporary file in a listing every 5 ms.
    const timer = setInterval(() => {
      if (readdirSync(folder).some((name) => name.endsWith('.tmp'))) {
        clearInterval(timer);
        child.kill('SIGTERM');
      }
    }, 5);
    const { code, signal } = await closed;
    clearInterval(timer);

    assert.equal(signal, 'SIGTERM', `the tool was stopped while writing, not done with exit code ${code}`);
    assert.deepEqual(readdirSync(folder), ['monitor.json']);
    assert.equal(readFileSync(output, 'utf8'), '{ "formaat": "wijkmonitor/1" }\n');
  });

  function exampleCsv() {
    return iconv.decode(readFileSync(join(examples, 'cijfers-breed.csv')), 'windows-1252');
  }

  /**
   * Repeats every row of a slice file except the gemeente's 1,000 times, with `-0`, `-1`, … after the
   * gebied code and after the code in `parentColumn`, so that the copies form gebieden of their own.
   */
  function repeatSliceRows(text, codeColumn, parentColumn) {
    const [header, ...rows] = text.trimEnd().split('\n');
    const columns = header.split(',');
    const code = columns.indexOf(codeColumn);
    const parent = parentColumn === null ? -1 : columns.indexOf(parentColumn);
    const lines = [header];
    for (let copy = 0; copy < 1000; copy++) {
      for (const row of rows) {
        const cells = row.split(',');
        if (cells[code].startsWith('GM')) {
          if (copy === 0) lines.push(row);
          continue;
        }
        cells[code] += `-${copy}`;
        if (parent >= 0 && !cells[parent].startsWith('GM')) cells[parent] += `-${copy}`;
        lines.push(cells.join(','));
      }
    }
    return `${lines.join('\n')}\n`;
  }
});

describe('svg and png', () => {
  let monitorPath;
  before(() => {
    monitorPath = writeInput('monitor.json', JSON.stringify(readExampleMonitor()));
  });

  it('writes a standalone SVG', () => {
    const output = join(workDir, 'taart.svg');
    const result = run('svg', monitorPath, '--gebied', 'Ideeënbuurt', '--uit', output);
    const svg = readFileSync(output, 'utf8');

    assert.equal(result.code, 0, result.stderr);
    assert.match(svg, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svg, /role="img"/);
    assert.match(svg, /viewBox="0 0 640 \d+"/);
    assert.match(svg, /<title id="[^"]+">Profieltaart Ideeënbuurt, 2022<\/title>/);
    assert.match(svg, /<desc id="[^"]+">Situatie ten opzichte van het gemiddelde van de gemeente\./);
  });

  it('writes SVG to standard output', () => {
    const result = run('svg', monitorPath, '--gebied', 'BU99990101', '--jaar', '2020', '--lang', 'en', '--breedte', '360');

    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /<title id="[^"]+">Profile chart Ideeënbuurt, 2020<\/title>/);
    assert.match(result.stdout, /viewBox="0 0 360 \d+"/);
  });

  it('writes standard Dutch labels in English', () => {
    const monitor = readExampleMonitor();
    for (const scale of Object.values(monitor.schalen)) {
      for (const klasse of scale.klassen) klasse.label = klasse.label.nl;
    }
    monitor.schalen.situatie.klassen[2].label = 'Flink onder gemiddeld';
    const path = writeInput('plain-labels.json', JSON.stringify(monitor));
    const english = run('svg', path, '--gebied', 'Ideeënbuurt', '--lang', 'en');
    const dutch = run('svg', path, '--gebied', 'Ideeënbuurt');

    assert.equal(english.code, 0, english.stderr);
    for (const label of ['Above average', 'Average', 'Improved', 'About the same', 'Declined']) {
      assert.ok(english.stdout.includes(`>${label}<`), `English legend lacks ${label}`);
    }
    assert.doesNotMatch(english.stdout, />(Boven gemiddeld|Gemiddeld|Vooruit gegaan|Ongeveer gelijk gebleven|Achteruit gegaan)</);
    assert.ok(english.stdout.includes('>Flink onder gemiddeld<'), 'a label of its own stays as written');
    assert.equal(dutch.code, 0, dutch.stderr);
    assert.ok(dutch.stdout.includes('>Boven gemiddeld<'), 'Dutch keeps the Dutch label');
  });

  it('escapes names in the SVG', () => {
    const profile = {
      gebied: '<script>alert("x")</script> & Co',
      jaar: 2022,
      themas: [{ naam: 'Werk & leren', deelthemas: [{ naam: 'A <b>', klasse: 'boven' }] }],
    };
    const path = writeInput('profile.json', JSON.stringify(profile));
    const result = run('svg', path);

    assert.equal(result.code, 0, result.stderr);
    assert.ok(!result.stdout.includes('<script'));
    assert.ok(result.stdout.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co'));
    assert.ok(result.stdout.includes('Werk &amp; leren'));
  });

  it('suggests names for an unknown gebied', () => {
    const result = run('svg', monitorPath, '--gebied', 'Ideenbuur');

    assert.equal(result.code, 1);
    assert.match(result.stderr, /Gebied "Ideenbuur" niet gevonden\. Bedoelde u: Ideeënbuurt/);
  });

  it('lists the problems of invalid data', () => {
    const path = writeInput('invalid.json', JSON.stringify({ formaat: 'wijkmonitor/1', gebieden: [], themas: [], resultaten: [] }));
    const result = run('svg', path, '--gebied', 'x');

    assert.equal(result.code, 1);
    assert.match(result.stderr, /invalid\.json: \$\.schalen: fout:/);
    assert.match(result.stderr, /er is geen profieltaart getekend/);
  });

  it('writes a PNG at the chosen scale', () => {
    const output = join(workDir, 'taart.png');
    const result = run('png', monitorPath, '--gebied', 'Het Caféplein', '--breedte', '400', '--schaal', '1.5', '--uit', output);
    const png = readFileSync(output);

    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(png.readUInt32BE(16), 600);
  });
});

describe('output files', () => {
  const data = join(examples, 'cijfers-breed.csv');
  const mappingPath = join(examples, 'koppeling-breed.json');
  const older = '{ "formaat": "wijkmonitor/1" }\n';

  /** Makes an empty folder for one test, so that its listing shows any temporary file left behind. */
  function makeFolder(name) {
    const folder = join(workDir, name);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    return folder;
  }

  /**
   * Runs the tool with a maximum file size of `kilobytes` KiB (`ulimit -f`). Node 20 ignores
   * SIGXFSZ, so a write past that size fails with EFBIG halfway through the file. This works for
   * root too, whom file permissions do not stop.
   */
  function runWithFileSizeLimit(kilobytes, ...args) {
    const script = `ulimit -f ${kilobytes} && exec "$0" "$@"`;
    const result = spawnSync('/bin/sh', ['-c', script, process.execPath, bin, ...args], { cwd: workDir, encoding: 'utf8', timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('keeps the old file when converteer fails', () => {
    const folder = makeFolder('uit-vol');
    const output = join(folder, 'monitor.json');
    writeFileSync(output, older);
    const result = runWithFileSizeLimit(2, 'converteer', data, '--koppeling', mappingPath, '--uit', output);
    const complete = run('converteer', data, '--koppeling', mappingPath);

    assert.ok(complete.stdout.length > 4096, 'the monitor is larger than the limit of 2 KiB');
    assert.equal(result.code, 1);
    assert.ok(result.stderr.includes(`wijkmonitor: Bestand ${output} kon niet worden geschreven: het bestand wordt groter dan het systeem toestaat.`), result.stderr);
    assert.doesNotMatch(result.stderr, /Geschreven:/);
    assert.equal(readFileSync(output, 'utf8'), older);
    assert.deepEqual(readdirSync(folder), ['monitor.json']);
  });

  it('writes no file when converteer fails', () => {
    const folder = makeFolder('uit-vol-nieuw');
    const result = runWithFileSizeLimit(2, 'converteer', data, '--koppeling', mappingPath, '--uit', join(folder, 'monitor.json'), '--lang', 'en');

    assert.equal(result.code, 1);
    assert.match(result.stderr, /could not be written: the file would exceed the maximum file size of the system\./);
    assert.deepEqual(readdirSync(folder), []);
  });

  it('keeps the old SVG when svg fails', () => {
    const folder = makeFolder('uit-svg');
    const monitorPath = writeInput('uit-svg-monitor.json', JSON.stringify(readExampleMonitor()));
    const output = join(folder, 'taart.svg');
    writeFileSync(output, '<svg/>\n');
    const result = runWithFileSizeLimit(1, 'svg', monitorPath, '--gebied', 'Ideeënbuurt', '--uit', output);

    assert.equal(result.code, 1);
    assert.match(result.stderr, /kon niet worden geschreven: het bestand wordt groter dan het systeem toestaat/);
    assert.equal(readFileSync(output, 'utf8'), '<svg/>\n');
    assert.deepEqual(readdirSync(folder), ['taart.svg']);
  });

  it('keeps the permissions of an old file', () => {
    const folder = makeFolder('uit-rechten');
    const output = join(folder, 'monitor.json');
    writeFileSync(output, older);
    chmodSync(output, 0o640);
    const result = run('converteer', data, '--koppeling', mappingPath, '--uit', output);

    assert.equal(result.code, 0, result.stderr);
    assert.equal(JSON.parse(readFileSync(output, 'utf8')).gebieden.length, 9);
    assert.equal(statSync(output).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(folder), ['monitor.json']);
  });

  it('replaces the file a symlink points to', () => {
    const folder = makeFolder('uit-link');
    mkdirSync(join(folder, 'versies'));
    const real = join(folder, 'versies', 'monitor-2022.json');
    writeFileSync(real, older);
    const link = join(folder, 'monitor.json');
    symlinkSync('versies/monitor-2022.json', link);
    const result = run('converteer', data, '--koppeling', mappingPath, '--uit', link);

    assert.equal(result.code, 0, result.stderr);
    assert.ok(lstatSync(link).isSymbolicLink(), 'the link is still a link');
    assert.equal(JSON.parse(readFileSync(real, 'utf8')).gebieden.length, 9);
    assert.deepEqual(readdirSync(join(folder, 'versies')), ['monitor-2022.json']);
  });

  it('explains a loop of symlinks', () => {
    const folder = makeFolder('uit-link-kring');
    symlinkSync('b.json', join(folder, 'a.json'));
    symlinkSync('a.json', join(folder, 'b.json'));
    const result = run('converteer', data, '--koppeling', mappingPath, '--uit', join(folder, 'a.json'));

    assert.equal(result.code, 1);
    assert.match(result.stderr, /a\.json kon niet worden geschreven: het pad volgt te veel symbolische koppelingen, of een kring ervan\./);
    assert.deepEqual(readdirSync(folder), ['a.json', 'b.json']);
  });

  it('creates the file a dangling symlink names', () => {
    const folder = makeFolder('uit-link-nieuw');
    const link = join(folder, 'monitor.json');
    symlinkSync('monitor-2024.json', link);
    const result = run('converteer', data, '--koppeling', mappingPath, '--uit', link);

    assert.equal(result.code, 0, result.stderr);
    assert.ok(lstatSync(link).isSymbolicLink(), 'the link is still a link');
    assert.equal(JSON.parse(readFileSync(join(folder, 'monitor-2024.json'), 'utf8')).gebieden.length, 9);
  });


  /** Runs the tool without blocking, so that a reader started by the test can take its output. */
  function runAsync(...args) {
    const child = spawn(process.execPath, [bin, ...args], { cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    return new Promise((resolvePromise, reject) => {
      child.on('error', reject);
      child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    });
  }

  it('rejects a symlink to the svg input', () => {
    const folder = makeFolder('uit-link-invoer');
    const monitorText = readFileSync(join(repoRoot, 'demo/data/s-hertogenbosch.json'), 'utf8');
    const monitorPath = join(folder, 'monitor.json');
    writeFileSync(monitorPath, monitorText);
    symlinkSync('monitor.json', join(folder, 'link.svg'));
    const result = run('svg', monitorPath, '--gebied', 'Binnenstad centrum', '--uit', join(folder, 'link.svg'));

    assert.equal(result.code, 2);
    assert.match(result.stderr, /wijkmonitor: Het uitvoerbestand .*link\.svg is ook een invoerbestand en zou worden overschreven\./);
    assert.equal(readFileSync(monitorPath, 'utf8'), monitorText);
  });

  it('rejects a symlink to the mapping', () => {
    const folder = makeFolder('uit-link-koppeling');
    const mappingText = readFileSync(mappingPath, 'utf8');
    const mapping = join(folder, 'koppeling.json');
    writeFileSync(mapping, mappingText);
    symlinkSync('koppeling.json', join(folder, 'uit.json'));
    const result = run('converteer', data, '--koppeling', mapping, '--uit', join(folder, 'uit.json'), '--lang', 'en');

    assert.equal(result.code, 2);
    assert.match(result.stderr, /wijkmonitor: The output file .*uit\.json is also an input file and would be overwritten\./);
    assert.equal(readFileSync(mapping, 'utf8'), mappingText);
  });

  it('rejects a hard link to the input', () => {
    const folder = makeFolder('uit-harde-link');
    const input = join(folder, 'cijfers.csv');
    writeFileSync(input, readFileSync(data, 'utf8'));
    linkSync(input, join(folder, 'monitor.json'));
    const result = run('converteer', input, '--koppeling', mappingPath, '--uit', join(folder, 'monitor.json'));

    assert.equal(result.code, 2);
    assert.match(result.stderr, /is ook een invoerbestand/);
    assert.equal(readFileSync(input, 'utf8'), readFileSync(data, 'utf8'));
  });

  it('writes into a FIFO at --uit', async () => {
    const folder = makeFolder('uit-fifo');
    const fifo = join(folder, 'pipe');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo works');
    const received = join(workDir, 'uit-fifo-gelezen.svg');
    const reader = spawn('/bin/sh', ['-c', 'exec cat "$0" > "$1"', fifo, received], { stdio: 'ignore', timeout: 30_000 });
    const readerDone = new Promise((resolvePromise) => reader.on('close', resolvePromise));
    const monitorPath = writeInput('uit-fifo-monitor.json', JSON.stringify(readExampleMonitor()));
    const result = await runAsync('svg', monitorPath, '--gebied', 'Ideeënbuurt', '--uit', fifo);
    await readerDone;

    assert.equal(result.code, 0, result.stderr);
    assert.ok(lstatSync(fifo).isFIFO(), 'the FIFO is still a FIFO');
    assert.match(readFileSync(received, 'utf8'), /^<\?xml[\s\S]*<\/svg>\n?$/);
    assert.deepEqual(readdirSync(folder), ['pipe']);
  });

  it('writes /dev/stdout into a pipe', () => {
    const monitorPath = writeInput('uit-stdout-monitor.json', JSON.stringify(readExampleMonitor()));
    // Standard output is a pipe to cat here. spawnSync gives the tool a socket instead. Neither is a
    // device or a file, so the test writes nowhere else.
    const script = '"$0" "$@" | cat';
    const piped = spawnSync('/bin/sh', ['-c', script, process.execPath, bin, 'svg', monitorPath, '--gebied', 'Ideeënbuurt', '--uit', '/dev/stdout'], { cwd: workDir, encoding: 'utf8', timeout: 60_000 });
    const socket = run('svg', monitorPath, '--gebied', 'Ideeënbuurt', '--uit', '/dev/stdout');

    assert.equal(piped.status, 0, piped.stderr);
    assert.match(piped.stdout, /^<\?xml[\s\S]*<\/svg>\n?$/);
    assert.equal(socket.code, 0, socket.stderr);
    assert.match(socket.stdout, /^<\?xml[\s\S]*<\/svg>\n?$/);
  });

  it('writes a 250-byte file name', () => {
    const folder = makeFolder('uit-lange-naam');
    const name = `${'a'.repeat(246)}.svg`;
    const monitorPath = writeInput('uit-lange-naam-monitor.json', JSON.stringify(readExampleMonitor()));
    const result = run('svg', monitorPath, '--gebied', 'Ideeënbuurt', '--uit', join(folder, name));

    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(readdirSync(folder), [name]);
  });

  it('explains a file name that is too long', () => {
    const folder = makeFolder('uit-te-lang');
    const name = `${'a'.repeat(256)}.svg`;
    const monitorPath = writeInput('uit-te-lang-monitor.json', JSON.stringify(readExampleMonitor()));
    const dutch = run('svg', monitorPath, '--gebied', 'Ideeënbuurt', '--uit', join(folder, name));
    const english = run('svg', monitorPath, '--gebied', 'Ideeënbuurt', '--uit', join(folder, name), '--lang', 'en');

    assert.equal(dutch.code, 1);
    assert.match(dutch.stderr, /kon niet worden geschreven: de bestandsnaam of het pad is langer dan het systeem toestaat\. Kies met --uit/);
    assert.doesNotMatch(dutch.stderr, /ENAMETOOLONG/);
    assert.match(english.stderr, /could not be written: the file name or path is longer than the system allows\./);
    assert.deepEqual(readdirSync(folder), []);
  });

  it('resolves .. after a symlinked folder', () => {
    const folder = makeFolder('uit-link-map');
    mkdirSync(join(folder, 'echt', 'sub'), { recursive: true });
    symlinkSync('echt/sub', join(folder, 'lnk'));
    const monitorPath = writeInput('uit-link-map-monitor.json', JSON.stringify(readExampleMonitor()));
    const result = spawnSync(process.execPath, [bin, 'svg', monitorPath, '--gebied', 'Ideeënbuurt', '--uit', 'lnk/../taart.svg'], { cwd: folder, encoding: 'utf8', timeout: 60_000 });

    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(readdirSync(join(folder, 'echt')), ['sub', 'taart.svg']);
    assert.deepEqual(readdirSync(folder), ['echt', 'lnk']);
  });

  for (const uit of [['--uit', '-'], ['--uit=-'], ['-o', '-']]) {
    it(`writes ${uit.join(' ')} to standard output`, () => {
      const folder = makeFolder('uit-streepje');
      const monitorPath = writeInput('uit-streepje-monitor.json', JSON.stringify(readExampleMonitor()));
      const result = spawnSync(process.execPath, [bin, 'svg', monitorPath, '--gebied', 'Ideeënbuurt', ...uit], { cwd: folder, encoding: 'utf8', timeout: 60_000 });

      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /^<\?xml[\s\S]*<\/svg>\n?$/);
      assert.deepEqual(readdirSync(folder), []);
    });
  }

  it('names a value-less option as typed', () => {
    const long = run('svg', 'monitor.json', '--gebied', 'Ideeënbuurt', '--uit');
    const short = run('svg', 'monitor.json', '--gebied', 'Ideeënbuurt', '-o');

    assert.equal(long.code, 2);
    assert.equal(long.stderr, 'wijkmonitor: De optie --uit heeft een waarde nodig.\n');
    assert.equal(short.code, 2);
    assert.equal(short.stderr, 'wijkmonitor: De optie -o heeft een waarde nodig.\n');
  });
});
