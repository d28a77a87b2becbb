/**
 * The engine on the second, blind holdout (test/corpus/holdout2): written before its author read the detection
 * code (HTML-only Outlook, QP/base64, Latin-1, forwards, accounting firms, instalments, duplicata, cheque,
 * rejected debits, PDF-only reminder, US/Belgian/Swiss formats, auto-reply, quotes and pro-forma).
 * Same thresholds as the labelled corpus: debtor precision/recall ≥ 0.95, each field ≥ 90 %.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from './score';

suite('blind holdout threads (holdout2)', join(dirname(fileURLToPath(import.meta.url)), 'holdout2'), 0.9);
