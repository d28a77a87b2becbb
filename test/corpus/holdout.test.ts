/**
 * The engine on the holdout threads (test/corpus/holdout): written after the engine, to judge it on material
 * it was not tuned on (English B2B, credit notes, several invoices, payment plans, look-alike non-debtor mail).
 * Same thresholds as the labelled corpus: debtor precision/recall ≥ 0.95, each field ≥ 90 %.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from './score';

suite('holdout threads', join(dirname(fileURLToPath(import.meta.url)), 'holdout'), 0.9);
