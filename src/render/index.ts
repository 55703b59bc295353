/**
 * Static rendering of the profieltaart as SVG text. Pure TypeScript without a DOM, so it runs in
 * Node (the command-line tool, a build step) as well as in the browser.
 */

export { renderProfileSvg, DEFAULT_SVG_WIDTH, DEFAULT_FONT_FAMILY, type ProfileSvgOptions } from './profile-svg.js';
export { renderProfile, type RenderProfileOptions, type RenderProfileResult } from './render-profile.js';
export { estimateTextWidth, wrapText, type Weight } from './text-width.js';
export { escapeXml } from './svg-markup.js';
export { countSummary } from './summary.js';
