/**
 * What the pane takes from src/core, imported module by module rather than through src/core/index.ts:
 * the index re-exports the e-invoice reader statically, which would put fast-xml-parser and the XML
 * readers in the pane's first download. The e-invoice reader (engine/index.ts) and the letters with their
 * precompiled templates (engine/letter.ts) are imported lazily, after the stage is shown.
 */
export * from '../../core/model';
export * from '../../core/util';
export { describeProblem } from '../../core/i18n';
export { threadFromParts, htmlToText, type MessageParts } from '../../core/mail';
export { computePenalties } from '../../core/law';
export { findMarkers, markerFromHeaders, subjectMarker, footerReference, relanceHeaders } from '../../core/markers';
export { detectCase } from '../../core/detect';
export { planStage } from '../../core/stage';
