/**
 * From data to SVG in one call: validates a monitor or profile, selects the gebied and jaar the way
 * `<profiel-taart>` does, and renders the static profieltaart.
 */

import { findGebied, noResultMessage, selectResult, unknownGebiedMessage } from '../model/select.js';
import type { Problem, Text } from '../model/types.js';
import { validate } from '../model/validate.js';
import { renderProfileSvg, type ProfileSvgOptions } from './profile-svg.js';

export interface RenderProfileOptions extends ProfileSvgOptions {
  /** Code or naam of the gebied; may be left out when the data contains one gebied. */
  gebied?: string | null;
  /** Jaar to show; the latest jaar with results for the gebied by default. */
  jaar?: number | null;
}

export type RenderProfileResult =
  | { ok: true; svg: string; gebied: string; jaar: number; problems: Problem[] }
  | {
      ok: false;
      /** Reason that nothing was rendered, in Dutch and English. */
      message: Text;
      /** The validator's problems; for invalid data these explain the message. */
      problems: Problem[];
    };

/** Validates `input`, selects the gebied and jaar, and renders the SVG, or returns why it cannot. */
export function renderProfile(input: unknown, options: RenderProfileOptions = {}): RenderProfileResult {
  const { monitor, problems } = validate(input);
  if (monitor === null) {
    const errors = problems.filter((problem) => problem.severity === 'error').length;
    return {
      ok: false,
      message: {
        nl: `De gegevens bevatten ${errors === 1 ? 'een fout' : `${errors} fouten`}; er is geen profieltaart getekend.`,
        en: `The data contains ${errors === 1 ? 'an error' : `${errors} errors`}; no profieltaart was drawn.`,
      },
      problems,
    };
  }

  let query = options.gebied?.trim() ?? '';
  if (query === '') {
    if (monitor.gebieden.length !== 1) {
      const example = monitor.gebieden.find((gebied) => gebied.type === 'buurt') ?? monitor.gebieden[0];
      return {
        ok: false,
        message: {
          nl: `Er is geen gebied gekozen. Geef een gebied op met zijn naam of code, bijvoorbeeld "${example?.naam ?? ''}".`,
          en: `No gebied was chosen. Give a gebied by its naam or code, for example "${example?.naam ?? ''}".`,
        },
        problems,
      };
    }
    query = monitor.gebieden[0].code;
  }

  const found = findGebied(monitor, query);
  if (!('gebied' in found)) {
    return { ok: false, message: unknownGebiedMessage(query, found.suggestions), problems };
  }

  const selected = selectResult(monitor, found.gebied, options.jaar ?? undefined);
  if (!('result' in selected)) {
    return { ok: false, message: noResultMessage(found.gebied, selected.jaar, selected.jaren), problems };
  }

  return {
    ok: true,
    svg: renderProfileSvg(monitor, selected.result, options),
    gebied: found.gebied.code,
    jaar: selected.jaar,
    problems,
  };
}
