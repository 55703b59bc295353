/**
 * The `wijkmonitor` command-line tool: `valideer`, `converteer`, `svg` and `png`. Messages are Dutch
 * unless `--lang en` is given. Exit codes: 0 when all is well, 1 when problems were found or nothing
 * could be made, 2 for a usage error (unknown option, missing argument or invalid option value).
 * `valideer` and `converteer` fail only on errors, and on warnings too with `--streng`. For
 * `converteer` a skipped row or value is a warning.
 */

import { cac, type CAC } from 'cac';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatJsonChunks } from '../convert/format-json.js';
import { findOtherSeparator, parseSheet, type Sheet } from '../convert/sheet.js';
import { convertSpreadsheet, type ConversionNotice, type SpreadsheetMapping } from '../convert/spreadsheet.js';
import { parseJsonText } from '../model/parse-json.js';
import { countProblems } from '../model/problem-list.js';
import type { Lang, Problem, Weergave } from '../model/types.js';
import { renderProfile } from '../render/render-profile.js';
import { closestMatch } from '../model/strings.js';
import { VERSION } from '../version.js';
import { findRealPath, leadsToStandardOutput, writeFileAtomically } from './atomic-write.js';
import { checkMonitorFile } from './check-file.js';
import { decodeText, encodingMismatch, parseEncodingOption, type Encoding } from './decode.js';
import { cliMessages, formatEncodingChoices, type CliMessages } from './messages.js';

/** Exit codes of the tool. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** Output streams of the tool; tests pass their own to capture the text. */
export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Standard streams whose reader has gone, such as `head -1` after its first line. */
const closedStreams = new WeakSet<NodeJS.WriteStream>();
const watchedStreams = new WeakSet<NodeJS.WriteStream>();

/**
 * Makes a closed pipe (EPIPE) on `stream` end the output quietly instead of crashing the process with
 * an unhandled 'error' event. Writes after that are dropped, so the command still finishes and exits
 * with its own status. Any other stream error is rethrown.
 */
function watchStream(stream: NodeJS.WriteStream): void {
  if (watchedStreams.has(stream)) {
    return;
  }
  watchedStreams.add(stream);
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') {
      throw error;
    }
    closedStreams.add(stream);
  });
}

function writeTo(stream: NodeJS.WriteStream, content: string | Uint8Array): void {
  watchStream(stream);
  if (closedStreams.has(stream) || stream.destroyed) {
    return;
  }
  stream.write(content);
}

const processOutput: CliOutput = {
  stdout: (text) => writeTo(process.stdout, text),
  stderr: (text) => writeTo(process.stderr, text),
};

/** An error in how the tool was called, reported with exit code 2. */
class UsageError extends Error {}

/** An expected failure such as a missing file, reported as one message with exit code 1. */
class ReportedError extends Error {}

interface Context {
  lang: Lang;
  messages: CliMessages;
  output: CliOutput;
}

/** Returns the value of the first `--lang` in `argv`, or undefined. */
function langOption(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument.startsWith('--lang=')) return argument.slice('--lang='.length);
    if (argument === '--lang') return argv[index + 1] ?? '';
  }
  return undefined;
}

/** Finds `--lang` before parsing, so that even usage errors are written in the chosen language. */
function detectLang(argv: readonly string[]): Lang {
  return /^en\b/i.test(langOption(argv) ?? '') ? 'en' : 'nl';
}

/** Language tags that `--lang` accepts: Dutch or English, with or without a region such as `nl-BE`. */
const LANG_VALUE = /^(nl|en)(-[a-z0-9]+)*$/i;

const COMMANDS = new Set(['valideer', 'converteer', 'svg', 'png']);

/** Options that need no command. */
const GLOBAL_OPTIONS = new Set(['--lang', '--help', '-h', '--version', '-v']);

/** Returns the first argument that is not an option or the value of `--lang`, or null. */
function findCommand(argv: readonly string[]): string | null {
  for (let index = 0; index < argv.length; index++) {
    if (argv[index] === '--lang') {
      index++;
    } else if (!argv[index].startsWith('-')) {
      return argv[index];
    }
  }
  return null;
}

/** Runs the tool with `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], output: CliOutput = processOutput): Promise<number> {
  const lang = detectLang(argv);
  const context: Context = { lang, messages: cliMessages[lang], output };
  const cli = buildCli(context);

  try {
    const command = findCommand(argv);
    const langValue = langOption(argv);
    if (langValue !== undefined && !LANG_VALUE.test(langValue)) {
      throw new UsageError(context.messages.usage.invalidValue('--lang', langValue, 'nl, en'));
    }
    const wantsHelp = argv.includes('--help') || argv.includes('-h') || argv.includes('--version') || argv.includes('-v');
    const unknownOption = argv.find((argument) => argument.startsWith('-') && !GLOBAL_OPTIONS.has(argument.split('=')[0]));
    if (command === null && !wantsHelp) {
      throw new UsageError(
        unknownOption === undefined ? context.messages.usage.noCommand : context.messages.usage.unknownOption(unknownOption, suggestOption(unknownOption, GLOBAL_OPTIONS)),
      );
    }
    if (command !== null && !COMMANDS.has(command)) {
      throw new UsageError(context.messages.usage.unknownCommand(command));
    }

    cli.parse(['node', 'wijkmonitor', ...withSwitchValues(withoutStandardOutput(argv), context.messages)], { run: false });
    if (!cli.matchedCommand) {
      return EXIT_OK;
    }
    const code = await cli.runMatchedCommand();
    return typeof code === 'number' ? code : EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError || (error instanceof Error && error.name === 'CACError')) {
      output.stderr(`wijkmonitor: ${translateUsageError(error as Error, context.messages, cli, argv)}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof ReportedError) {
      output.stderr(`wijkmonitor: ${error.message}\n`);
      return EXIT_PROBLEMS;
    }
    throw error;
  }
}

/**
 * Returns `argv` without `--uit -` and `--uit=-` (or `-o`), because `-` names standard output, where
 * results go without `--uit`.
 */
function withoutStandardOutput(argv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if ((argument === '--uit' || argument === '-o') && argv[index + 1] === '-') {
      index++;
    } else if (argument !== '--uit=-' && argument !== '-o=-') {
      kept.push(argument);
    }
  }
  return kept;
}

/** Options that are on or off and take no value of their own. */
const SWITCHES = new Set(['--streng', '--css-variabelen']);
const SWITCH_ON = new Set(['true', 'ja', 'yes', '1']);
const SWITCH_OFF = new Set(['false', 'nee', 'no', '0']);

/**
 * Returns `argv` with `--streng=ja` (or `true`, `yes`, `1`) as `--streng`, and `--streng=nee` (or
 * `false`, `no`, `0`) removed together with every `--streng` before it, as scripts write switches.
 * Other values raise a usage error, because the parser would read them as a stray argument or as off.
 */
function withSwitchValues(argv: readonly string[], messages: CliMessages): string[] {
  let rewritten: string[] = [];
  for (const argument of argv) {
    const equals = argument.indexOf('=');
    const name = equals === -1 ? argument : argument.slice(0, equals);
    if (equals === -1 || !SWITCHES.has(name)) {
      rewritten.push(argument);
      continue;
    }

    const value = argument.slice(equals + 1);
    if (SWITCH_ON.has(value.toLowerCase())) {
      rewritten.push(name);
    } else if (SWITCH_OFF.has(value.toLowerCase())) {
      // The last value wins, so `--streng=nee` after `--streng` turns it off again.
      rewritten = rewritten.filter((earlier) => earlier !== name);
    } else {
      throw new UsageError(messages.usage.switchValue(name, value));
    }
  }
  return rewritten;
}

/** English option names that users try, with the option of this tool that does the same. */
const ENGLISH_OPTIONS: Record<string, string> = {
  '--out': '--uit',
  '--output': '--uit',
  '--strict': '--streng',
  '--mapping': '--koppeling',
  '--encoding': '--codering',
  '--years': '--jaren',
  '--year': '--jaar',
  '--area': '--gebied',
  '--width': '--breedte',
  '--scale': '--schaal',
};

/** Returns the known option that `option` probably means: its Dutch name, or the closest by edit distance. */
function suggestOption(option: string, known: ReadonlySet<string>): string | null {
  const name = option.split('=')[0];
  const dutch = ENGLISH_OPTIONS[name.toLowerCase()];
  if (dutch !== undefined && known.has(dutch)) return dutch;
  return closestMatch(name, [...known].filter((candidate) => candidate.startsWith('--')));
}

/** Returns the options of the matched command and the global ones, such as `--uit` and `--lang`. */
function knownOptions(cli: CAC): Set<string> {
  const options = [...cli.globalCommand.options, ...(cli.matchedCommand?.options ?? [])];
  return new Set([...GLOBAL_OPTIONS, ...options.flatMap((option) => option.rawName.match(/--?[\w-]+/g) ?? [])]);
}

/** Rewrites the English errors of cac in the chosen language; keeps our own usage errors. */
function translateUsageError(error: Error, messages: CliMessages, cli: CAC, argv: readonly string[]): string {
  if (error instanceof UsageError) {
    return error.message;
  }
  const text = error.message;
  let match = /^Unknown option `(.+)`$/.exec(text);
  if (match) {
    // cac names an option in camel case (--cssVariabelen); the user typed --css-variabelen.
    const option = match[1].replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    return messages.usage.unknownOption(option, suggestOption(option, knownOptions(cli)));
  }
  match = /^missing required args for command `(\S+)/.exec(text);
  if (match) return messages.usage.missingArgument(match[1]);
  match = /^option `(.+)` value is missing$/.exec(text);
  if (match) return messages.usage.missingValue(typedOptionName(match[1], argv));
  match = /^Unused args: (.+)$/.exec(text);
  if (match) return messages.usage.unusedArguments(match[1].replaceAll('`', ''));
  return text;
}

/** Returns the name of the option `rawName` (such as `-o, --uit <bestand>`) as the user typed it last. */
function typedOptionName(rawName: string, argv: readonly string[]): string {
  const names = rawName.split(' <')[0].split(/,\s*/);
  const typed = [...argv].reverse().find((argument) => names.includes(argument.split('=')[0]));
  return typed?.split('=')[0] ?? names[names.length - 1];
}

function buildCli(context: Context): CAC {
  const { messages } = context;
  const cli = cac('wijkmonitor');
  cli.option('--lang <taal>', messages.options.lang);

  cli
    .command('valideer <bestand>', messages.commands.valideer)
    .option('--streng', messages.options.streng)
    .example((name) => `  $ ${name} valideer monitor.json`)
    .example((name) => `  $ ${name} valideer monitor.json --streng`)
    .action((file: string, options: Record<string, unknown>) => validateCommand(context, file, options.streng === true));

  cli
    .command('converteer <...bestanden>', messages.commands.converteer)
    .option('--koppeling <bestand>', messages.options.koppeling)
    .option('--gebieden <bestand>', messages.options.gebieden)
    .option('--jaren <lijst>', messages.options.jaren)
    .option('--codering <naam>', messages.options.codering)
    .option('-o, --uit <bestand>', messages.options.uit)
    .option('--streng', messages.options.strengConverteer)
    .example((name) => `  $ ${name} converteer cijfers-2020.csv --koppeling koppeling.json --uit monitor.json`)
    .action((files: string[], options: Record<string, unknown>) => convertCommand(context, files, options));

  for (const format of ['svg', 'png'] as const) {
    const command = cli
      .command(`${format} <bestand>`, messages.commands[format])
      .option('--gebied <naam>', messages.options.gebied)
      .option('--jaar <jaar>', messages.options.jaar)
      .option('--breedte <px>', messages.options.breedte)
      .option('--weergave <weergave>', messages.options.weergave)
      .option('-o, --uit <bestand>', messages.options.uit);
    if (format === 'svg') {
      command.option('--css-variabelen', messages.options.cssVariabelen);
    } else {
      command.option('--schaal <factor>', messages.options.schaal);
    }
    command
      .example((name) => `  $ ${name} ${format} monitor.json --gebied "Binnenstad centrum" --uit taart.${format}`)
      .action((file: string, options: Record<string, unknown>) => renderCommand(context, format, file, options));
  }

  cli.help((sections) =>
    sections.map((section) => {
      if (section.title === undefined) {
        return { ...section, body: `${section.body}\n${messages.description}` };
      }
      const title = section.title.startsWith('For more info') ? messages.sections.more : messages.sections[section.title] ?? section.title;
      const body = section.body
        .replace('Display this message', messages.options.help)
        .replace('Display version number', messages.options.version)
        .replace('<command> [options]', messages.sections.usageLine);
      return { ...section, title, body };
    }),
  );
  cli.version(VERSION);
  return cli;
}

async function readBytes(context: Context, path: string): Promise<Uint8Array> {
  try {
    return await readFile(resolve(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new ReportedError(context.messages.fileNotFound(path));
    }
    throw new ReportedError(context.messages.fileUnreadable(path, describeFileError(context, error)));
  }
}

/** Names the cause of a file system error in the chosen language, or returns Node's own text for a rare code. */
function describeFileError(context: Context, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code !== undefined && context.messages.fileErrors[code]) || (error as Error).message;
}

/**
 * Writes the result to `path`, or to standard output when `path` is null or leads there. An
 * iterable of strings is written piece by piece. A file is replaced only once all of it is written
 * (see `writeFileAtomically`).
 */
async function writeResult(context: Context, path: string | null, content: string | Uint8Array | Iterable<string>): Promise<void> {
  // Node gives a child process a socket as standard output, which open() cannot open again by path.
  if (path === null || (await leadsToStandardOutput(path))) {
    if (typeof content === 'string') {
      context.output.stdout(content);
    } else if (content instanceof Uint8Array) {
      writeTo(process.stdout, content);
    } else {
      for (const chunk of content) context.output.stdout(chunk);
    }
    return;
  }
  try {
    await writeFileAtomically(path, content);
  } catch (error) {
    throw new ReportedError(context.messages.fileUnwritable(path, describeFileError(context, error)));
  }
  context.output.stderr(`${context.messages.wrote(path)}\n`);
}

/**
 * Raises a usage error when `--uit` leads to one of the input files, which writing would destroy.
 * Symbolic links and hard links count: an existing target is compared by device and inode, and a
 * new one by its real path.
 */
async function rejectOutputOverInput(context: Context, target: string | null, inputs: string[]): Promise<void> {
  if (target === null) {
    return;
  }
  const output = await stat(target).catch(() => null);
  const outputPath = await findRealPath(target).catch(() => resolve(target));
  for (const input of inputs) {
    const file = await stat(input).catch(() => null);
    const sameFile = output !== null && file !== null && output.dev === file.dev && output.ino === file.ino;
    if (sameFile || (await findRealPath(input).catch(() => resolve(input))) === outputPath) {
      throw new UsageError(context.messages.outputIsInput(target));
    }
  }
}

/** Reads a string option; a flag given without its value is a usage error. */
function stringOption(options: Record<string, unknown>, name: string, messages: CliMessages): string | null {
  const value = options[name];
  if (value === undefined || value === null || value === false) {
    return null;
  }
  if (value === true) {
    throw new UsageError(messages.usage.missingValue(`--${name}`));
  }
  return String(Array.isArray(value) ? value[value.length - 1] : value);
}

function formatProblem(context: Context, file: string, problem: Problem): string {
  const severity = context.messages.severity[problem.severity];
  return `${file}: ${problem.path}: ${severity}: ${problem.message[context.lang]} [${problem.code}]`;
}

/**
 * Validates a monitor file. Errors give exit code 1. Warnings are printed but give 0, so that a web
 * editor's upload check or a CI script passes a usable file, unless `strict` (`--streng`) is set.
 */
async function validateCommand(context: Context, file: string, strict: boolean): Promise<number> {
  const { messages, output } = context;
  const bytes = await readBytes(context, file);
  const { text } = decodeText(bytes);
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    output.stdout(`${formatProblem(context, file, parsed.problem)}\n`);
    output.stdout(`${messages.problemCount(1, 0)}\n`);
    if (looksLikeSpreadsheet(file, bytes, text)) output.stdout(`${messages.spreadsheetNotMonitor(file)}\n`);
    return EXIT_PROBLEMS;
  }

  if (looksLikeMapping(parsed.value)) {
    const message = { nl: cliMessages.nl.mappingNotMonitor(file), en: cliMessages.en.mappingNotMonitor(file) };
    output.stdout(`${formatProblem(context, file, { severity: 'error', path: '$', code: 'koppeling-not-monitor', message })}\n`);
    output.stdout(`${messages.problemCount(1, 0)}\n`);
    return EXIT_PROBLEMS;
  }

  const { monitor, problems: all } = checkMonitorFile(parsed.value);
  for (const problem of all) {
    output.stdout(`${formatProblem(context, file, problem)}\n`);
  }

  if (all.length === 0) {
    output.stdout(`${messages.valid(file)}\n`);
    return EXIT_OK;
  }
  const counts = countProblems(all);
  // The count stays the last line, which scripts read.
  if (monitor === null) output.stdout(`${messages.checksSkipped}\n`);
  output.stdout(`${messages.problemCount(counts.errors, counts.warnings)}\n`);
  return counts.errors > 0 || strict ? EXIT_PROBLEMS : EXIT_OK;
}

/**
 * True for the mapping file of `converteer --koppeling`: an object with `invoer` and without the
 * `formaat` of a monitor. The validator would only report the `gebied` that a profile needs.
 */
function looksLikeMapping(json: unknown): boolean {
  return typeof json === 'object' && json !== null && !Array.isArray(json) && 'invoer' in json && !('formaat' in json);
}

/**
 * True for a workbook, a file named as a spreadsheet export, or text whose first line has separators
 * but that does not start as JSON does, such as a CSV export passed to `valideer` by mistake.
 */
function looksLikeSpreadsheet(path: string, bytes: Uint8Array, text: string): boolean {
  if (isWorkbook(bytes) || /\.(csv|tsv|xlsx?|ods)$/i.test(path)) return true;
  const firstLine = text.trimStart().split(/\r?\n/, 1)[0];
  return !/^[{[]/.test(firstLine) && /[;,\t]/.test(firstLine);
}

/** Starts a zip archive (xlsx, ods) or an OLE compound file (xls), the formats of spreadsheet workbooks. */
function isWorkbook(bytes: Uint8Array): boolean {
  const startsWith = (signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  return startsWith([0x50, 0x4b, 0x03, 0x04]) || startsWith([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
}

/**
 * Reads and decodes one CSV file. A `--codering` that its bytes contradict adds a warning to
 * `warnings`, because the names would otherwise reach the monitor garbled without a word.
 */
async function readSheet(context: Context, path: string, encoding: Encoding | null, encodingText: string, warnings: ConversionNotice[]): Promise<Sheet> {
  const bytes = await readBytes(context, path);
  if (isWorkbook(bytes)) {
    throw new ReportedError(context.messages.workbookNotCsv(path));
  }
  const mismatch = encodingMismatch(bytes, encoding);
  if (mismatch !== null) {
    const message = { nl: cliMessages.nl.encodingMismatch(mismatch, encodingText), en: cliMessages.en.encodingMismatch(mismatch, encodingText) };
    warnings.push({ file: path, line: null, code: 'encoding-mismatch', message });
  }
  const decoded = decodeText(bytes, encoding);
  const sheet = parseSheet(decoded.text, path);
  if (sheet === null) {
    throw new ReportedError(context.messages.fileEmpty(path));
  }
  // A header of one column has none of the accepted separators, so the default `,` was not found.
  if (sheet.header.length === 1) {
    context.output.stderr(`${context.messages.decoded(path, decoded.encoding, null, findOtherSeparator(sheet.header[0]))}\n`);
  } else {
    const separator = sheet.separator === '\t' ? 'tab' : sheet.separator;
    context.output.stderr(`${context.messages.decoded(path, decoded.encoding, separator, null)}\n`);
  }
  return sheet;
}

/** Codes of conversion notices about the mapping file, which the message prefixes with its path. */
const MAPPING_NOTICES = new Set(['mapping-invalid', 'monitor-invalid']);

/**
 * Converts spreadsheet exports into a monitor file. Errors give exit code 1 and write nothing.
 * Skipped rows and values, the other warnings and the warnings that `valideer` gives on the output
 * are printed, and the file is written with exit code 0. With `--streng` they give exit code 1 and
 * nothing is written.
 */
async function convertCommand(context: Context, files: string[], options: Record<string, unknown>): Promise<number> {
  const { messages, output, lang } = context;
  const mappingPath = stringOption(options, 'koppeling', context.messages);
  if (mappingPath === null) {
    throw new UsageError(messages.usage.missingOption('--koppeling'));
  }

  const encodingText = stringOption(options, 'codering', context.messages) ?? 'auto';
  const encoding = parseEncodingOption(encodingText);
  if (encoding === undefined) {
    throw new UsageError(messages.usage.invalidValue('--codering', encodingText, formatEncodingChoices(lang)));
  }

  const jarenText = stringOption(options, 'jaren', context.messages);
  const jaren = jarenText === null ? undefined : jarenText.split(',').map((part) => Number(part.trim()));
  if (jaren !== undefined && (jaren.length !== files.length || jaren.some((jaar) => !Number.isInteger(jaar) || jaar < 1900 || jaar > 2100))) {
    throw new UsageError(messages.usage.invalidValue('--jaren', jarenText!, lang === 'nl' ? `één jaartal per bestand (${files.length})` : `one year per file (${files.length})`));
  }
  const gebiedenPath = stringOption(options, 'gebieden', context.messages);
  const target = stringOption(options, 'uit', context.messages);
  await rejectOutputOverInput(context, target, [...files, mappingPath, ...(gebiedenPath === null ? [] : [gebiedenPath])]);

  const mappingText = decodeText(await readBytes(context, mappingPath)).text;
  const mappingJson = parseJsonText(mappingText);
  if (!mappingJson.ok) {
    throw new ReportedError(messages.notJsonMapping(mappingPath, mappingJson.problem.message[lang]));
  }

  const encodingWarnings: ConversionNotice[] = [];
  const sheets: Sheet[] = [];
  for (const file of files) {
    sheets.push(await readSheet(context, file, encoding, encodingText, encodingWarnings));
  }
  const gebieden = gebiedenPath === null ? null : await readSheet(context, gebiedenPath, encoding, encodingText, encodingWarnings);

  const result = convertSpreadsheet({ sheets, gebieden, jaren }, mappingJson.value as SpreadsheetMapping);
  result.warnings.unshift(...encodingWarnings);
  for (const notice of [...result.skipped, ...result.warnings, ...result.errors]) {
    const file = notice.file === '' && MAPPING_NOTICES.has(notice.code) ? mappingPath : notice.file;
    const place = file === '' ? '' : `${file}${notice.line === null ? '' : `:${notice.line}`}: `;
    const severity = result.errors.includes(notice) ? messages.severity.error : messages.severity.warning;
    output.stderr(`${place}${severity}: ${notice.message[lang]} [${notice.code}]\n`);
  }
  // The checks of valideer, on the monitor as it will be written. The converter has already turned
  // the validator's errors into its own, so these are warnings, such as a deelthema without values in
  // one jaar. They are named as valideer names them, by the output file and a JSON path. Writing
  // leaves out keys whose value is undefined, which a mapping read from JSON gives only at the top
  // level (`titel`, `bron`, `waarden`), so a shallow copy without them is the file's content.
  const written = result.monitor === null ? null : Object.fromEntries(Object.entries(result.monitor).filter(([, value]) => value !== undefined));
  const fileProblems = written === null ? [] : checkMonitorFile(written).problems;
  for (const problem of fileProblems) {
    output.stderr(`${formatProblem(context, target ?? 'stdout', problem)}\n`);
  }
  const fileCounts = countProblems(fileProblems);
  if (result.filtered > 0) {
    output.stderr(`${messages.filteredCount(result.filtered)}\n`);
  }
  if (result.monitor === null || fileCounts.errors > 0) {
    output.stderr(`${messages.notConverted}\n`);
    return EXIT_PROBLEMS;
  }

  // With --streng a warning fails the run and nothing is written, so that a monitor that lacks the
  // skipped rows never reaches the output path.
  const warningCount = result.warnings.length + fileCounts.warnings;
  const hasWarnings = result.skipped.length > 0 || warningCount > 0;
  const strict = options.streng === true;
  if (strict && hasWarnings) {
    output.stderr(`${messages.notConvertedStrict}\n`);
  } else {
    await writeResult(context, target, monitorFileChunks(result.monitor));
    const jarenList = [...new Set(result.monitor.resultaten.map((entry) => entry.jaar))].sort((a, b) => a - b).join(', ');
    output.stderr(`${messages.converted(target ?? 'stdout', result.monitor.gebieden.length, jarenList, result.monitor.resultaten.length)}\n`);
  }

  // The counts stay the last lines, as in valideer.
  if (result.skipped.length > 0) {
    output.stderr(`${messages.skippedCount(result.skipped.length)}\n`);
  }
  if (warningCount > 0) {
    output.stderr(`${messages.warningCount(warningCount)}\n`);
  }
  return strict && hasWarnings ? EXIT_PROBLEMS : EXIT_OK;
}

/**
 * Yields the text of a monitor file in pieces of about 64 KB, so that a large monitor is never held
 * as one string: one of 8,000 gebieden in two jaren is a text of 33 MB. The small pieces of
 * `formatJsonChunks` are joined first, because writing each result separately took twice the system
 * time on that monitor.
 */
function* monitorFileChunks(monitor: unknown): Generator<string> {
  let pending = '';
  for (const chunk of formatJsonChunks(monitor)) {
    pending += chunk;
    if (pending.length >= 65_536) {
      yield pending;
      pending = '';
    }
  }
  yield `${pending}\n`;
}

function readRenderOptions(context: Context, options: Record<string, unknown>) {
  const { messages } = context;
  const jaarText = stringOption(options, 'jaar', context.messages);
  const jaar = jaarText === null ? null : Number(jaarText);
  if (jaar !== null && !Number.isInteger(jaar)) {
    throw new UsageError(messages.usage.invalidValue('--jaar', jaarText!, '2020'));
  }

  const widthText = stringOption(options, 'breedte', context.messages);
  const width = widthText === null ? undefined : Number(widthText);
  if (width !== undefined && !(Number.isFinite(width) && width >= 120 && width <= 4000)) {
    throw new UsageError(messages.usage.invalidValue('--breedte', widthText!, '120 – 4000'));
  }

  const weergaveText = stringOption(options, 'weergave', context.messages) ?? 'situatie';
  if (weergaveText !== 'situatie' && weergaveText !== 'ontwikkeling') {
    throw new UsageError(messages.usage.invalidValue('--weergave', weergaveText, 'situatie, ontwikkeling'));
  }

  return {
    gebied: stringOption(options, 'gebied', context.messages),
    jaar,
    width,
    weergave: weergaveText as Weergave,
    lang: context.lang,
    cssVariables: options.cssVariabelen === true,
  };
}

async function renderCommand(context: Context, format: 'svg' | 'png', file: string, options: Record<string, unknown>): Promise<number> {
  const { messages, output, lang } = context;
  const renderOptions = readRenderOptions(context, options);
  const scaleText = stringOption(options, 'schaal', context.messages);
  const scale = scaleText === null ? 2 : Number(scaleText);
  if (!(Number.isFinite(scale) && scale > 0 && scale <= 8)) {
    throw new UsageError(messages.usage.invalidValue('--schaal', scaleText ?? '', '0,5 – 8'));
  }
  const target = stringOption(options, 'uit', context.messages);
  await rejectOutputOverInput(context, target, [file]);

  const { text } = decodeText(await readBytes(context, file));
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    output.stderr(`${formatProblem(context, file, parsed.problem)}\n`);
    return EXIT_PROBLEMS;
  }

  const rendered = renderProfile(parsed.value, renderOptions);
  if (!rendered.ok) {
    for (const problem of rendered.problems.filter((entry) => entry.severity === 'error')) {
      output.stderr(`${formatProblem(context, file, problem)}\n`);
    }
    output.stderr(`wijkmonitor: ${rendered.message[lang]}\n`);
    return EXIT_PROBLEMS;
  }

  if (format === 'svg') {
    await writeResult(context, target, rendered.svg);
    return EXIT_OK;
  }

  // @resvg/resvg-js is an optional peer dependency (a 4 MB native module), so only users of the png
  // command install it.
  let Resvg: typeof import('@resvg/resvg-js').Resvg;
  try {
    ({ Resvg } = await import('@resvg/resvg-js'));
  } catch (error) {
    const notInstalled = (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND';
    throw new ReportedError(notInstalled ? messages.pngNotInstalled : messages.pngUnavailable((error as Error).message));
  }
  const png = new Resvg(rendered.svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true },
  })
    .render()
    .asPng();
  await writeResult(context, target, png);
  return EXIT_OK;
}
